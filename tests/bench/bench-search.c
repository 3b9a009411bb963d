/* bench-search.c — one search keystroke over 100,000 persons
 *
 * Loads a generated dataset (run-benchmarks makes one of 100,000 persons with
 * `generate-popolo --persons=100000`), runs one search to build the search keys, then types
 * two queries one character at a time, as the sidebar sees them: "peng zhen" (pinyin, nine
 * keystrokes) and "彭真明" (hanzi, three). Each keystroke is a call of
 * succession_dataset_search () with the sidebar's limit of 200 results; the sequence is typed
 * --rounds times and every keystroke timed. The floor is the bare cost of touching every
 * person: a loop over the 100,000 persons doing nothing but strlen () of each name.
 *
 * With --sidebar (needs a display: run-benchmarks uses Xvfb), the same keystrokes go through
 * a SuccessionSidebar in a window, succession_sidebar_search (), which also replaces the
 * result rows (at most 200); the main loop runs to idle between keystrokes, untimed. Then the
 * same keystrokes once more, each timed to the end of the frame that paints its results.
 *
 * Prints a table of medians and maxima per keystroke and their ratio to the floor.
 * Not a test: it judges nothing.
 *
 *   bench-search [--rounds=N] [--sidebar] FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"
#include "succession-model.h"
#include "succession-sidebar.h"

#define SEARCH_LIMIT 200 /* as in succession-sidebar.c */

static const char *const queries[] = { "peng zhen", "彭真明" };

typedef gboolean (*SearchFunc) (gpointer    target,
                                const char *text,
                                guint      *n_results);

static gboolean
search_dataset (gpointer    target,
                const char *text,
                guint      *n_results)
{
  g_autoptr(GPtrArray) results = succession_dataset_search (target, text, SEARCH_LIMIT);

  *n_results = results->len;
  return TRUE;
}

static gboolean
search_sidebar (gpointer    target,
                const char *text,
                guint      *n_results)
{
  succession_sidebar_search (target, text);
  *n_results = succession_sidebar_get_n_results (target);
  return TRUE;
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* The sidebar's search, and the frame that paints its results. */
static gboolean
search_sidebar_to_frame (gpointer    target,
                         const char *text,
                         guint      *n_results)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (target));
  gboolean       painted = FALSE;
  gulong         handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);

  succession_sidebar_search (target, text);
  gtk_widget_queue_draw (GTK_WIDGET (target));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  *n_results = succession_sidebar_get_n_results (target);
  return TRUE;
}

static void
drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Types each query one character at a time, @rounds times; per keystroke in ms. */
static void
type_queries (SearchFunc search,
              gpointer   target,
              guint      rounds,
              gboolean   drain,
              GArray   **per_query,
              guint     *n_final)
{
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    per_query[q] = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < rounds; r++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      for (const char *end = g_utf8_next_char (queries[q]);; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (queries[q], end - queries[q]);
          gint64           t0, t1;
          double           ms;

          t0 = g_get_monotonic_time ();
          search (target, prefix, &n_final[q]);
          t1 = g_get_monotonic_time ();
          ms = (t1 - t0) / 1000.0;
          g_array_append_val (per_query[q], ms);
          if (drain)
            drain_main_loop ();
          if (*end == '\0')
            break;
        }
}

static void
print_rows (const char  *what,
            GArray     **per_query,
            const guint *n_final,
            double       floor)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));

  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      glong  keys = g_utf8_strlen (queries[q], -1);
      double m;

      /* The first keystroke of a query scans every key; the others refine its matches. */
      for (guint i = 0; i < per_query[q]->len; i += keys)
        g_array_append_val (first, g_array_index (per_query[q], double, i));
      g_array_append_vals (all, per_query[q]->data, per_query[q]->len);
      m = bench_median (per_query[q]);
      printf ("| %s, \"%s\" (%ld keystrokes, %u results at the end) | %.3f ms | %.3f ms | %.2fx |\n",
              what, queries[q], keys, n_final[q], m, bench_maximum (per_query[q]), m / floor);
    }
  printf ("| %s, first keystroke of a query (a full scan) | %.3f ms | %.3f ms | %.2fx |\n",
          what, bench_median (first), bench_maximum (first), bench_median (first) / floor);
  printf ("| %s, every keystroke | %.3f ms | %.3f ms | %.2fx |\n", what, bench_median (all), bench_maximum (all), bench_median (all) / floor);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  GArray     *per_query[G_N_ELEMENTS (queries)];
  guint       n_final[G_N_ELEMENTS (queries)];
  const char *path = NULL;
  gboolean    sidebar = FALSE;
  guint       rounds = 20;
  double      load_s, first_ms, floor;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--rounds="))
        rounds = MAX (1, atoi (argv[i] + strlen ("--rounds=")));
      else if (g_str_equal (argv[i], "--sidebar"))
        sidebar = TRUE;
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      g_printerr ("usage: bench-search [--rounds=N] [--sidebar] FILE\n");
      return 2;
    }

  dataset = bench_load_dataset (path, persons, &load_s, &first_ms);

  floor = bench_names_floor_ms (persons, rounds * 4);

  printf ("%u persons, %u offices, %u bodies (loaded in %.1f s); first search, which builds the search keys: %.1f ms\n",
          persons->len, g_list_model_get_n_items (succession_dataset_get_offices (dataset)),
          g_list_model_get_n_items (succession_dataset_get_bodies (dataset)), load_s, first_ms);
  printf ("Each query typed one character at a time, %u rounds; limit %d results as in the sidebar.\n\n",
          rounds, SEARCH_LIMIT);
  printf ("| measure | median | max | ratio to the floor |\n|---|---:|---:|---:|\n");
  printf ("| floor: strlen () of every person's name | %.3f ms | | 1.00x |\n", floor);

  type_queries (search_dataset, dataset, rounds, FALSE, per_query, n_final);
  print_rows ("succession_dataset_search", per_query, n_final, floor);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    g_array_unref (per_query[q]);

  if (sidebar)
    {
      GtkWidget *window, *view;

      gtk_init ();
      adw_init ();
      window = gtk_window_new ();
      view = g_object_new (SUCCESSION_TYPE_SIDEBAR, NULL);
      gtk_window_set_child (GTK_WINDOW (window), view);
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 800);
      succession_sidebar_set_dataset (SUCCESSION_SIDEBAR (view), dataset);
      gtk_window_present (GTK_WINDOW (window));
      while (gtk_widget_get_height (view) < 700)
        g_main_context_iteration (NULL, TRUE);
      drain_main_loop ();

      type_queries (search_sidebar, view, MAX (1, rounds / 4), TRUE, per_query, n_final);
      print_rows ("succession_sidebar_search (search + rows)", per_query, n_final, floor);
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        g_array_unref (per_query[q]);

      /* Keystroke to painted frame: what a user sees. */
      type_queries (search_sidebar_to_frame, view, MAX (1, rounds / 4), TRUE, per_query, n_final);
      print_rows ("keystroke to painted frame (search, rows, layout, paint)", per_query, n_final, floor);
      {
        g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));

        for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
          g_array_append_vals (all, per_query[q]->data, per_query[q]->len);
        printf ("| keystroke to painted frame, 90th percentile of every keystroke | %.3f ms | | |\n",
                bench_percentile (all, 0.9));
      }
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        g_array_unref (per_query[q]);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  return 0;
}
