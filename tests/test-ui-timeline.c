/* test-ui-timeline.c — the timeline on the office page and the chart page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "succession-application.h"
#include "succession-chart-cairo.h"
#include "succession-chart-page.h"
#include "succession-holder-row.h"
#include "succession-i18n.h"
#include "succession-legend.h"
#include "succession-office-check-row.h"
#include "succession-office-page.h"
#include "succession-test-utils.h"
#include "succession-timeline.h"
#include "succession-window.h"

static SuccessionApplication *app;

static SuccessionWindow *
main_window (void)
{
  return succession_test_main_window (app);
}

/* The tenures whose drawn span meets the window, counted from the data. */
static guint
count_in_range (SuccessionChartData *data,
                double               first,
                double               last)
{
  guint n = 0;

  for (guint r = 0; r < succession_chart_data_get_n_rows (data); r++)
    {
      SuccessionChartRow *row = succession_chart_data_get_row (data, r);

      for (guint l = 0; l < row->lanes->len; l++)
        {
          SuccessionChartLane *lane = g_ptr_array_index (row->lanes, l);

          for (guint i = 0; i < lane->items->len; i++)
            {
              SuccessionChartItem *item = &g_array_index (lane->items, SuccessionChartItem, i);

              if (item->start_lo < last && item->end_hi > first)
                n++;
            }
        }
    }

  return n;
}

static void
assert_bars_match (SuccessionTimeline *timeline)
{
  SuccessionChartData *data = succession_timeline_get_data (timeline);
  guint                expected;

  g_assert_nonnull (succession_timeline_get_layout (timeline));
  expected = count_in_range (data, succession_timeline_get_first_day (timeline),
                             succession_timeline_get_last_day (timeline));
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (succession_timeline_get_n_visible_bars (timeline), ==, expected);
}

static void
test_office_bars (void)
{
  SuccessionWindow    *window = main_window ();
  SuccessionTimeline  *timeline = succession_test_office_timeline (window, "npcsc-secretary-general");
  SuccessionChartData *data = succession_timeline_get_data (timeline);
  SuccessionOffice    *office = succession_dataset_get_office (succession_window_get_dataset (window),
                                                               "npcsc-secretary-general");

  g_assert_nonnull (data);
  /* Fitted: every tenure with a start date is drawn. */
  g_assert_cmpuint (succession_timeline_get_n_visible_bars (timeline), ==, succession_chart_data_get_n_items (data));
  g_assert_cmpuint (succession_chart_data_get_n_items (data), <=, succession_office_get_n_tenures (office));
  g_assert_cmpuint (succession_chart_data_get_n_items (data), >, 0);
  assert_bars_match (timeline);

  /* Zoomed in, only the tenures that meet the window are. */
  succession_timeline_zoom (timeline, 4);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  assert_bars_match (timeline);
  g_assert_cmpuint (succession_timeline_get_n_visible_bars (timeline), <, succession_chart_data_get_n_items (data));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "timeline-office"));
}

static void
test_keys_follow_table (void)
{
  SuccessionWindow    *window = main_window ();
  SuccessionTimeline  *timeline = succession_test_office_timeline (window, "npcsc-secretary-general");
  GtkWidget           *page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  GtkSingleSelection  *selection = succession_office_page_get_selection (SUCCESSION_OFFICE_PAGE (page));
  SuccessionTenure    *first, *second;
  SuccessionHolderRow *row;

  /* The table selects the first holder: the timeline follows. */
  gtk_single_selection_set_selected (selection, 0);
  row = gtk_single_selection_get_selected_item (selection);
  first = succession_holder_row_get_tenure (row);
  g_assert_true (succession_timeline_get_focused (timeline) == first);

  /* Right moves to the next bar of the lane, and the table follows. */
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "s", "right"));
  row = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (row);
  second = succession_holder_row_get_tenure (row);
  g_assert_true (second != first);
  g_assert_true (succession_timeline_get_focused (timeline) == second);
  g_assert_cmpint (succession_date_compare (succession_tenure_get_start_date (second),
                                            succession_tenure_get_start_date (first)),
                   >, 0);

  /* Left goes back; End goes to the last. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "s", "left"));
  g_assert_true (succession_holder_row_get_tenure (gtk_single_selection_get_selected_item (selection)) == first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "s", "end"));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), >, 1);
  succession_test_wait_for_frame (GTK_WIDGET (window));
}

static void
test_zoom_and_fit (void)
{
  SuccessionWindow   *window = main_window ();
  SuccessionTimeline *timeline = succession_test_office_timeline (window, "npcsc-chairperson");
  double              first = succession_timeline_get_first_day (timeline);
  double              last = succession_timeline_get_last_day (timeline);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-in", NULL));
  g_assert_cmpfloat (succession_timeline_get_last_day (timeline) - succession_timeline_get_first_day (timeline), <,
                     (last - first) * 0.9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.pan", "i", 1));
  g_assert_cmpfloat (succession_timeline_get_first_day (timeline), >, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-out", NULL));
  g_assert_cmpfloat (succession_timeline_get_last_day (timeline) - succession_timeline_get_first_day (timeline), >,
                     (last - first) * 1.1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-fit", NULL));
  g_assert_cmpfloat_with_epsilon (succession_timeline_get_first_day (timeline), first, 0.5);
  g_assert_cmpfloat_with_epsilon (succession_timeline_get_last_day (timeline), last, 0.5);
}

static void
screenshot_chart (SuccessionWindow *window,
                  int               width,
                  int               height,
                  const char       *name)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  succession_test_spin (200);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), name));
}

/* The chart's key is on screen below the chart, whole: its allocation holds every line it
 * needs at the width it has, and it stays inside the window. */
static void
assert_key_shown (SuccessionWindow *window)
{
  GtkWidget      *legend = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_LEGEND, NULL);
  graphene_rect_t bounds;
  int             needed = 0;

  g_assert_nonnull (legend);
  g_assert_true (gtk_widget_get_mapped (legend));
  g_assert_true (gtk_widget_compute_bounds (legend, GTK_WIDGET (window), &bounds));
  /* What the key needs at its width, worked out by the painter itself. */
  {
    g_autoptr(PangoLayout) text = gtk_widget_create_pango_layout (legend, NULL);
    SuccessionChartPalette palette;

    succession_chart_palette_init_print (&palette);
    needed = (int) ceil (succession_chart_paint_legend (NULL, text, &palette, gtk_widget_get_width (legend)));
  }
  /* At least a line of text. */
  g_assert_cmpint (needed, >=, 12);
  g_assert_cmpint (gtk_widget_get_height (legend), >=, needed);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (window)));
}

static void
test_chart_page (void)
{
  SuccessionWindow    *window = main_window ();
  AdwStyleManager     *style = adw_style_manager_get_default ();
  SuccessionChartPage *page;
  SuccessionTimeline  *timeline;
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  g_auto (GStrv) saved = NULL;
  const char *two[] = { "npcsc-chairperson", "cppcc-chairperson", NULL };

  gtk_window_unmaximize (GTK_WINDOW (window));
  g_assert_true (succession_window_show_page (window, "chart"));
  page = SUCCESSION_CHART_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_CHART_PAGE, NULL));
  timeline = succession_chart_page_get_timeline (page);

  /* The default offices, from the settings, stacked. */
  g_assert_cmpuint (g_strv_length ((char **) succession_chart_page_get_selected_offices (page)), ==, 4);
  g_assert_cmpuint (succession_chart_data_get_n_rows (succession_timeline_get_data (timeline)), ==, 4);

  screenshot_chart (window, 1280, 800, "chart-wide");
  assert_bars_match (timeline);
  assert_key_shown (window);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot_chart (window, 1280, 800, "chart-wide-dark");
  screenshot_chart (window, 360, 700, "chart-narrow-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  screenshot_chart (window, 360, 700, "chart-narrow");
  assert_bars_match (timeline);
  assert_key_shown (window);

  /* Choosing offices is remembered. */
  succession_chart_page_set_selected_offices (page, two);
  g_assert_cmpuint (succession_chart_data_get_n_rows (succession_timeline_get_data (timeline)), ==, 2);
  saved = g_settings_get_strv (settings, "chart-offices");
  g_assert_cmpstrv (saved, two);
  g_settings_reset (settings, "chart-offices");
  g_assert_cmpuint (succession_chart_data_get_n_rows (succession_timeline_get_data (timeline)), ==, 4);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthWait;

static gboolean
has_width (gpointer data)
{
  WidthWait *wait = data;

  /* The window's own width, within what client-side decorations take off the asked size. */
  return ABS (gtk_widget_get_width (wait->widget) - wait->width) <= 24;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* The Offices popover at a wide and a phone-sized window: readable rows grouped by body, a
 * choice made there changes the chart and is remembered. */
static void
choose_offices_at (SuccessionWindow *window,
                   int               width,
                   const char       *name)
{
  SuccessionChartPage *page;
  SuccessionTimeline  *timeline;
  GtkWidget           *button, *popover, *list;
  GtkWidget           *secretary_check = NULL;
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  g_auto (GStrv) saved = NULL;
  guint n_rows = 0, n_headers = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
  g_assert_true (succession_window_show_page (window, "chart"));
  /* A slow build (sanitizers) takes a while to resize: wait for it, not for a fixed time. */
  {
    WidthWait wait = { GTK_WIDGET (window), width };

    g_assert_true (succession_test_wait_until (has_width, &wait, 10000));
  }
  page = SUCCESSION_CHART_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_CHART_PAGE, NULL));
  timeline = succession_chart_page_get_timeline (page);
  button = succession_test_find_child (GTK_WIDGET (page), GTK_TYPE_MENU_BUTTON, "offices_button");
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (succession_test_wait_until (is_mapped, popover, 10000));
  succession_test_wait_for_frame (popover);
  /* Wide enough for an office's name on a line or two, not a syllable a line. */
  g_assert_cmpint (gtk_widget_get_width (popover), >=, MIN (280, width - 60));
  g_assert_cmpint (gtk_widget_get_width (popover), <=, width);

  list = succession_test_find_child (popover, GTK_TYPE_LIST_VIEW, "offices_view");
  g_assert_nonnull (list);
  for (GtkWidget *item = gtk_widget_get_first_child (list); item; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      GtkWidget *check;

      if (row == NULL || !SUCCESSION_IS_OFFICE_CHECK_ROW (row))
        continue;
      check = succession_office_check_row_get_check (SUCCESSION_OFFICE_CHECK_ROW (row));
      if (check == NULL)
        {
          n_headers++;
          continue;
        }
      n_rows++;
      /* The rows on screen (a list view also keeps rows for lines out of sight, unallocated). */
      if (gtk_widget_get_mapped (row) && gtk_widget_get_child_visible (item))
        g_assert_cmpint (gtk_widget_get_width (row), >=, 240);
      if (g_str_has_prefix (succession_office_check_row_get_title (SUCCESSION_OFFICE_CHECK_ROW (row)), "Secretary-General of the Standing"))
        secretary_check = check;
    }
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (succession_dataset_get_offices (succession_window_get_dataset (window))));
  /* One heading per body: the NPC Standing Committee and the CPPCC National Committee. */
  g_assert_cmpuint (n_headers, ==, 2);
  g_free (succession_test_screenshot (popover, name));

  /* Ticking an office puts it on the chart and into the settings. */
  g_assert_nonnull (secretary_check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (secretary_check), !gtk_check_button_get_active (GTK_CHECK_BUTTON (secretary_check)));
  saved = g_settings_get_strv (settings, "chart-offices");
  g_assert_cmpuint (succession_chart_data_get_n_rows (succession_timeline_get_data (timeline)), ==, g_strv_length (saved));
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_settings_reset (settings, "chart-offices");
}

static void
test_offices_popover (void)
{
  SuccessionWindow *window = main_window ();

  gtk_window_unmaximize (GTK_WINDOW (window));
  choose_offices_at (window, 1280, "chart-offices-wide");
  choose_offices_at (window, 360, "chart-offices-narrow");
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = succession_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/timeline/office-bars", test_office_bars);
  g_test_add_func ("/ui/timeline/keys-follow-table", test_keys_follow_table);
  g_test_add_func ("/ui/timeline/zoom-and-fit", test_zoom_and_fit);
  g_test_add_func ("/ui/timeline/chart-page", test_chart_page);
  g_test_add_func ("/ui/timeline/offices-popover", test_offices_popover);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
