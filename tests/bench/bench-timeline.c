/* bench-timeline.c — the cost of one frame of the timeline with 100 and with 100,000 tenures
 *
 * Builds two datasets in memory with the same density in time (rows of five 24-year
 * tenures from 1900): 20 rows (100 tenures) and 20,000 rows (100,000 tenures). A window of
 * 1280 x 800 shows the same 20 years and the same rows of each, so a frame that costs what
 * is visible costs the same. Each frame pans by one pixel (so the layout and the render
 * node are rebuilt), snapshots the widget and renders the node with the window's renderer.
 * Prints the median per frame of each and the ratio. Not a test: it judges nothing.
 *
 *   bench-timeline [--frames=N]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "succession-timeline.h"

#define TENURES_PER_ROW 5
#define TENURE_YEARS 24

static GBytes *
generate (guint n_rows)
{
  GString *json = g_string_new ("{\"meta\":{\"title\":\"bench\",\"version\":\"1\",\"license\":\"CC0-1.0\","
                                "\"languages\":[\"en\"]},\"organizations\":[{\"id\":\"o\",\"name\":\"Body\"}],"
                                "\"posts\":[");

  for (guint r = 0; r < n_rows; r++)
    g_string_append_printf (json, "%s{\"id\":\"p%u\",\"label\":\"Office %u\",\"organization_id\":\"o\"}",
                            r > 0 ? "," : "", r, r);
  g_string_append (json, "],\"persons\":[{\"id\":\"x\",\"name\":\"Holder Name\"}],\"memberships\":[");
  for (guint r = 0; r < n_rows; r++)
    for (guint t = 0; t < TENURES_PER_ROW; t++)
      g_string_append_printf (json, "%s{\"id\":\"m%u-%u\",\"person_id\":\"x\",\"post_id\":\"p%u\","
                                    "\"start_date\":\"%d-0%u-15\",\"end_date\":\"%d-0%u-15\"}",
                              r > 0 || t > 0 ? "," : "", r, t, r,
                              1900 + t * TENURE_YEARS + (int) (r % 7), 1 + r % 9,
                              1900 + (t + 1) * TENURE_YEARS + (int) (r % 7), 1 + r % 9);
  g_string_append (json, "]}");
  return g_string_free_to_bytes (json);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static void
measure (guint   n_rows,
         guint   frames,
         double *frame_ms,
         double *snapshot_ms,
         guint  *bars)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = generate (n_rows);
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  g_autoptr(SuccessionChartData) data = NULL;
  g_autoptr(GArray) full = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) snap = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  GListModel    *model;
  GtkWidget     *window, *scroller, *timeline;
  SuccessionDate start = { 1950, 1, 1, 0 }, end = { 1970, 1, 1, 0 };
  double         first = succession_date_get_first_day (&start), last = succession_date_get_first_day (&end);

  dataset = succession_loader_load_bytes (loader, bytes, "bench", NULL, &error);
  g_assert_no_error (error);
  model = succession_dataset_get_offices (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (model, i);
      g_ptr_array_add (offices, office);
    }
  data = succession_chart_data_new (offices, SUCCESSION_NAME_DISPLAY_PINYIN, 739000);

  window = gtk_window_new ();
  scroller = gtk_scrolled_window_new ();
  timeline = succession_timeline_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_EXTERNAL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), timeline);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  succession_timeline_set_data (SUCCESSION_TIMELINE (timeline), data);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (timeline) < 1280 || gtk_widget_get_height (timeline) < 700)
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i < frames + 5; i++)
    {
      double         px = (last - first) / 1100.0;
      GtkSnapshot   *snapshot = gtk_snapshot_new ();
      GskRenderNode *node;
      GdkTexture    *texture;
      gint64         t0, t1, t2;

      /* Pan by a pixel: the cached layout and node are rebuilt. */
      succession_timeline_set_window (SUCCESSION_TIMELINE (timeline), first + (i % 2) * px, last + (i % 2) * px);
      t0 = g_get_monotonic_time ();
      GTK_WIDGET_GET_CLASS (timeline)->snapshot (timeline, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      t1 = g_get_monotonic_time ();
      texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (timeline),
                                                                  gtk_widget_get_height (timeline)));
      t2 = g_get_monotonic_time ();
      g_object_unref (texture);
      gsk_render_node_unref (node);
      if (i >= 5)
        {
          double s = (t1 - t0) / 1000.0, f = (t2 - t0) / 1000.0;

          g_array_append_val (snap, s);
          g_array_append_val (full, f);
        }
    }

  *bars = succession_timeline_get_n_visible_bars (SUCCESSION_TIMELINE (timeline));
  *snapshot_ms = median (snap);
  *frame_ms = median (full);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  guint  frames = 200;
  double small_frame, small_snap, big_frame, big_snap;
  guint  small_bars, big_bars;

  for (int i = 1; i < argc; i++)
    if (g_str_has_prefix (argv[i], "--frames="))
      frames = MAX (1, atoi (argv[i] + strlen ("--frames=")));

  gtk_init ();
  adw_init ();

  /* A first pass warms the font and glyph caches, which would otherwise bill the first size. */
  measure (20, 50, &small_frame, &small_snap, &small_bars);
  measure (20, frames, &small_frame, &small_snap, &small_bars);
  measure (20000, frames, &big_frame, &big_snap, &big_bars);

  g_print ("Median of %u frames, 1280x800, a 20-year window, each frame panned by one pixel:\n\n", frames);
  g_print ("| measure | 100 tenures | 100,000 tenures | ratio |\n|---|---|---|---|\n");
  g_print ("| bars drawn | %u | %u | |\n", small_bars, big_bars);
  g_print ("| layout + snapshot | %.3f ms | %.3f ms | %.2fx |\n", small_snap, big_snap, big_snap / small_snap);
  g_print ("| layout + snapshot + render | %.3f ms | %.3f ms | %.2fx |\n", small_frame, big_frame,
           big_frame / small_frame);
  return 0;
}
