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
 * same keystrokes twice more, each timed to the end of the frame that paints its results:
 * typed back to back, each just after the frame of the one before, where the frame clock makes
 * the next frame wait its 16.7 ms; then at a person's pace, each 50 to 67 ms after the frame of the
 * one before (20 keystrokes a second, faster than anyone types), first with the entry's cursor
 * blinking (GTK's default: its fade runs the frame clock 60 times a second, so a keystroke's
 * frame waits for the next tick, as in any GTK 4 entry), then with blinking turned off (the
 * desktop's accessibility setting), where a keystroke's frame starts at once.
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

/* The times of the frame that paints a keystroke's results: when it began (the frame clock's
 * before-paint) and when it was painted. */
typedef struct
{
  gint64 began;
  gint64 painted;
} FrameTimes;

/* Every timed keystroke's own work: the search call, then the layout and paint of its frame. */
static GArray *keystroke_work;
/* Milliseconds from the last keystroke's painted frame to the next keystroke; 0: at once. */
static guint  keystroke_gap_ms;
static gint64 last_painted;

static gboolean
on_gap_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @keystroke_gap_ms, and up to one frame interval more, have passed
 * since the last painted frame: a person's keystrokes fall anywhere between two frames, not just
 * after one (the extra comes from a generator of fixed seed, so every run types alike). */
static void
wait_for_next_keystroke (void)
{
  static GRand *phase;
  gint64        due, now = g_get_monotonic_time ();
  gboolean      over = FALSE;

  if (keystroke_gap_ms == 0 || last_painted == 0)
    return;
  if (phase == NULL)
    phase = g_rand_new_with_seed (1);
  due = last_painted + keystroke_gap_ms * (gint64) 1000 + g_rand_int_range (phase, 0, 16667);
  if (now >= due)
    return;
  g_timeout_add_full (G_PRIORITY_HIGH, (guint) ((due - now + 999) / 1000), on_gap_over, &over, NULL);
  while (!over)
    g_main_context_iteration (NULL, TRUE);
}

static void
on_before_paint (GdkFrameClock *clock,
                 FrameTimes    *times)
{
  if (times->began == 0)
    times->began = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                FrameTimes    *times)
{
  times->painted = g_get_monotonic_time ();
}

/* The sidebar's search, and the frame that paints its results. The wait between the two is the
 * frame clock's (a frame comes every 16.7 ms, and the keystrokes are typed just after one), so
 * the keystroke's own work is also kept: the call, then its frame from before-paint on. */
static gboolean
search_sidebar_to_frame (gpointer    target,
                         const char *text,
                         guint      *n_results)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (target));
  FrameTimes     times = { 0, 0 };
  gulong         before, after;
  gint64         called, returned;
  double         work;

  before = g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &times);
  after = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &times);
  called = g_get_monotonic_time ();
  succession_sidebar_search (target, text);
  returned = g_get_monotonic_time ();
  gtk_widget_queue_draw (GTK_WIDGET (target));
  while (times.painted == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);
  work = ((returned - called) + (times.painted - times.began)) / 1000.0;
  g_array_append_val (keystroke_work, work);
  last_painted = times.painted;
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

          wait_for_next_keystroke (); /* untimed: a person's pace, when one is set */
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

      /* Keystroke to painted frame: what a user sees, typed back to back, then at a person's pace. */
      for (guint pace = 0; pace < 3; pace++)
        {
          static const char *const paces[] = { "back to back", "50 to 67 ms apart, cursor blinking",
                                               "50 to 67 ms apart, cursor not blinking" };
          g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
          const char      *how = paces[pace];
          g_autofree char *what = g_strdup_printf ("keystroke to painted frame, %s (search, rows, layout, paint)", how);

          keystroke_gap_ms = pace == 0 ? 0 : 50;
          g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", pace < 2, NULL);
          last_painted = 0;
          keystroke_work = g_array_new (FALSE, FALSE, sizeof (double));
          type_queries (search_sidebar_to_frame, view, MAX (1, rounds / 4), TRUE, per_query, n_final);
          print_rows (what, per_query, n_final, floor);
          for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
            g_array_append_vals (all, per_query[q]->data, per_query[q]->len);
          printf ("| keystroke to painted frame, %s, 90th percentile of every keystroke | %.3f ms | | |\n", how,
                  bench_percentile (all, 0.9));
          printf ("| the keystroke's own work (search call, then its frame's layout and paint), %s, every keystroke "
                  "| %.3f ms | %.3f ms | %.2fx |\n",
                  how, bench_median (keystroke_work), bench_maximum (keystroke_work), bench_median (keystroke_work) / floor);
          printf ("| the keystroke's own work, %s, 90th percentile of every keystroke | %.3f ms | | |\n", how,
                  bench_percentile (keystroke_work, 0.9));
          g_array_unref (keystroke_work);
          for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
            g_array_unref (per_query[q]);
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }

  return 0;
}
