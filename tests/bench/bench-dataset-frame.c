/* bench-dataset-frame.c — a dataset set on the window, to its first painted frame
 *
 * Loads each FILE (run-benchmarks gives generated datasets of 50, 500 and 5,000 offices), opens
 * the main window, and --rounds times, the files in turn: takes the dataset off the window, lets
 * it settle, then times succession_window_set_dataset () to the next frame's after-paint: what
 * the window does for a dataset that has just loaded (the sidebar, the page it opens on), as wall
 * time and as the main thread's CPU time (the work, without the wait for the frame clock). The
 * floor is the smallest file's work; the goal is a flat line, at most 1.2x from the smallest to
 * the largest. Then, on each file, On a Date: a date given to the page (1990, then 1991 in turn)
 * to the frame that shows its answers; and the Succession Chart page shown for each file, to its
 * frame (the page builds its list of offices to chart). Needs a display (run-benchmarks uses Xvfb). Not a test:
 * it judges nothing.
 *
 *   bench-dataset-frame [--rounds=N] FILE...
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"
#include "bench-frame.h"
#include "succession-application.h"
#include "succession-date-page.h"
#include "succession-model.h"
#include "succession-window.h"

typedef struct
{
  SuccessionWindow  *window;
  SuccessionDataset *dataset;
  GtkWidget         *date_page;
  const char        *date;
} FrameStart;

static void
set_dataset (gpointer data)
{
  FrameStart *what = data;

  succession_window_set_dataset (what->window, what->dataset);
}

/* Wall and main-thread CPU milliseconds of each measure, in the order taken. */
typedef struct
{
  GArray *wall;
  GArray *work;
} Times;

static Times *
times_new (void)
{
  Times *times = g_new0 (Times, 1);

  times->wall = g_array_new (FALSE, FALSE, sizeof (double));
  times->work = g_array_new (FALSE, FALSE, sizeof (double));
  return times;
}

static void
times_free (Times *times)
{
  g_array_unref (times->wall);
  g_array_unref (times->work);
  g_free (times);
}

static void
times_add (Times *times,
           double wall,
           double work)
{
  g_array_append_val (times->wall, wall);
  g_array_append_val (times->work, work);
}

/* One line of a table: the wall time to the painted frame, which includes the wait for the
 * frame clock's next frame (up to 16.7 ms), and the work on the main thread, which does not;
 * the ratio, of the work, is to the first line's. */
static void
print_times (const char *first_cells,
             Times      *times,
             double     *floor)
{
  double work = bench_median (times->work);

  if (*floor == 0)
    *floor = work;
  printf ("| %s | %.1f ms | %.1f ms | %.1f ms | %.2fx |\n", first_cells, bench_median (times->wall), work,
          bench_maximum (times->work), work / *floor);
}

/* From setting @dataset on @window to the end of the frame that shows it. */
static void
time_to_frame (SuccessionWindow  *window,
               SuccessionDataset *dataset,
               Times             *times)
{
  FrameStart what = { window, dataset, NULL, NULL };
  double     wall, work;

  succession_window_set_dataset (window, NULL);
  wall = bench_time_to_frame (GTK_WIDGET (window), set_dataset, &what, &work);
  if (times != NULL)
    times_add (times, wall, work);
}

static GtkWidget *
find_child (GtkWidget *root,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_child (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static void
set_date (gpointer data)
{
  FrameStart *what = data;

  succession_date_page_set_date (SUCCESSION_DATE_PAGE (what->date_page), what->date);
}

/* From giving On a Date @text to the end of the frame that shows its answers. */
static void
time_date_to_frame (SuccessionWindow *window,
                    GtkWidget        *date_page,
                    const char       *text,
                    Times            *times)
{
  FrameStart what = { window, NULL, date_page, text };
  double     wall, work;

  wall = bench_time_to_frame (GTK_WIDGET (window), set_date, &what, &work);
  if (times != NULL)
    times_add (times, wall, work);
}

static void
show_chart (gpointer data)
{
  FrameStart *what = data;

  succession_window_show_page (what->window, "chart");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) datasets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SuccessionApplication) app = NULL;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) times_free);
  SuccessionWindow *window;
  guint             rounds = 10;
  double            floor = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = NULL;
      SuccessionDataset *dataset;

      if (g_str_has_prefix (argv[i], "--rounds="))
        {
          rounds = MAX (1, atoi (argv[i] + strlen ("--rounds=")));
          continue;
        }
      file = g_file_new_for_commandline_arg (argv[i]);
      if ((dataset = succession_loader_load_file (loader, file, NULL, &error)) == NULL)
        {
          g_printerr ("bench-dataset-frame: %s: %s\n", argv[i], error->message);
          return 1;
        }
      /* The window's loader thread builds the search keys after a load; so does this. */
      succession_dataset_prepare_search (dataset);
      g_ptr_array_add (datasets, dataset);
      g_ptr_array_add (times, times_new ());
    }
  if (datasets->len == 0)
    {
      g_printerr ("usage: bench-dataset-frame [--rounds=N] FILE...\n");
      return 2;
    }

  window = bench_open_window (&app);
  bench_drain_main_loop ();

  /* One unmeasured round, then the files in turn. */
  for (guint d = 0; d < datasets->len; d++)
    time_to_frame (window, g_ptr_array_index (datasets, d), NULL);
  for (guint r = 0; r < rounds; r++)
    for (guint d = 0; d < datasets->len; d++)
      time_to_frame (window, g_ptr_array_index (datasets, d), g_ptr_array_index (times, d));

  printf ("Median of %u rounds, the files in turn, a 1100x800 window on the page a dataset opens to. The wall time\n"
          "includes the wait for the frame clock's next frame (frames come 16.7 ms apart); the work is the main\n"
          "thread's CPU time over the same span, and the ratio is the work's:\n\n",
          rounds);
  printf ("| offices | persons | set to painted frame, wall (median) | work (median) | work (max) | ratio to the smallest |\n"
          "|---:|---:|---:|---:|---:|---:|\n");
  for (guint d = 0; d < datasets->len; d++)
    {
      SuccessionDataset *dataset = g_ptr_array_index (datasets, d);
      g_autofree char   *cells = g_strdup_printf ("%u | %u", g_list_model_get_n_items (succession_dataset_get_offices (dataset)),
                                                  g_list_model_get_n_items (succession_dataset_get_persons (dataset)));

      print_times (cells, g_ptr_array_index (times, d), &floor);
    }

  /* On a Date, on each file. */
  printf ("\nOn a Date: a date given to the page, to the frame that shows its answers (median of %u):\n\n", rounds);
  printf ("| offices | date to painted frame, wall (median) | work (median) | work (max) | ratio to the smallest |\n"
          "|---:|---:|---:|---:|---:|\n");
  floor = 0;
  for (guint d = 0; d < datasets->len; d++)
    {
      SuccessionDataset *dataset = g_ptr_array_index (datasets, d);
      Times             *date_times = times_new ();
      g_autofree char   *cells = g_strdup_printf ("%u", g_list_model_get_n_items (succession_dataset_get_offices (dataset)));
      GtkWidget         *date_page;

      succession_window_set_dataset (window, dataset);
      succession_window_show_page (window, "date");
      date_page = find_child (GTK_WIDGET (window), SUCCESSION_TYPE_DATE_PAGE);
      time_date_to_frame (window, date_page, "1989", NULL);
      for (guint r = 0; r < rounds; r++)
        time_date_to_frame (window, date_page, r % 2 == 0 ? "1990" : "1991", date_times);
      print_times (cells, date_times, &floor);
      times_free (date_times);
    }

  /* The chart page, shown afresh for each file. */
  printf ("\nThe Succession Chart page shown with a dataset it has not seen, to its painted frame (median of %u):\n\n", rounds);
  printf ("| offices | chart page to painted frame, wall (median) | work (median) | work (max) | ratio to the smallest |\n"
          "|---:|---:|---:|---:|---:|\n");
  floor = 0;
  for (guint d = 0; d < datasets->len; d++)
    {
      SuccessionDataset *dataset = g_ptr_array_index (datasets, d);
      Times             *chart_times = times_new ();
      g_autofree char   *cells = g_strdup_printf ("%u", g_list_model_get_n_items (succession_dataset_get_offices (dataset)));

      for (guint r = 0; r <= rounds; r++)
        {
          FrameStart what = { window, NULL, NULL, NULL };
          double     wall, work;

          /* Another page first, and the dataset set anew, so that the chart page takes it when shown. */
          succession_window_show_page (window, "date");
          succession_window_set_dataset (window, NULL);
          succession_window_set_dataset (window, dataset);
          wall = bench_time_to_frame (GTK_WIDGET (window), show_chart, &what, &work);
          if (r > 0)
            times_add (chart_times, wall, work);
        }
      print_times (cells, chart_times, &floor);
      times_free (chart_times);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
