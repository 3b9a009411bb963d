/* test-chart-layout.c — the geometry of the chart: positions, fades, lanes, ticks, labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "succession-chart-layout.h"

static SuccessionDataset *
load (const char *name)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char   *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", name, NULL);
  SuccessionDataset *dataset;

  file = g_file_new_for_path (path);
  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static double
day_of (const char *text)
{
  SuccessionDate date;

  g_assert_true (succession_date_parse (text, FALSE, &date, NULL));
  return succession_date_get_first_day (&date);
}

static SuccessionChartData *
chart_of (SuccessionDataset *dataset,
          const char        *office_id)
{
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  SuccessionOffice *office = succession_dataset_get_office (dataset, office_id);

  g_assert_nonnull (office);
  g_ptr_array_add (offices, office);
  return succession_chart_data_new (offices, SUCCESSION_NAME_DISPLAY_PINYIN, (SuccessionDay) day_of ("2024-01-01"));
}

static SuccessionChartLayout *
layout_for (SuccessionChartData *data,
            const char          *first,
            const char          *last,
            double               width,
            double               name_width)
{
  SuccessionChartOptions options;

  succession_chart_options_init (&options);
  options.first_day = day_of (first);
  options.last_day = day_of (last);
  options.width = width;
  options.name_width = name_width;
  return succession_chart_layout_new (data, &options);
}

static const SuccessionChartBar *
bar_of (SuccessionChartLayout *layout,
        const char            *label)
{
  GArray *bars = succession_chart_layout_get_bars (layout);

  for (guint i = 0; i < bars->len; i++)
    {
      const SuccessionChartBar *bar = &g_array_index (bars, SuccessionChartBar, i);

      if (g_str_has_prefix (bar->item->label, label))
        return bar;
    }
  g_assert_not_reached ();
}

static void
test_positions (void)
{
  g_autoptr(SuccessionDataset) dataset = load ("small.json");
  g_autoptr(SuccessionChartData) data = chart_of (dataset, "chair");
  g_autoptr(SuccessionChartLayout) layout = layout_for (data, "1950-01-01", "2000-01-01", 1100, 100);
  double                    scale = 1000 / (day_of ("2000-01-01") - day_of ("1950-01-01"));
  const SuccessionChartBar *ye = bar_of (layout, "Ye Jianying");

  /* x is linear in days from the left edge of the plot. */
  g_assert_cmpfloat_with_epsilon (succession_chart_layout_day_to_x (layout, day_of ("1950-01-01")), 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (succession_chart_layout_day_to_x (layout, day_of ("1954-09-27")),
                                  100 + (day_of ("1954-09-27") - day_of ("1950-01-01")) * scale, 1e-9);
  g_assert_cmpfloat_with_epsilon (succession_chart_layout_x_to_day (layout, 1100), day_of ("2000-01-01"), 1e-6);
  g_assert_cmpfloat_with_epsilon (ye->x0, 100 + (day_of ("1978-03-05") - day_of ("1950-01-01")) * scale, 1e-6);
  g_assert_cmpfloat_with_epsilon (ye->x1, 100 + (day_of ("1983-06-18") - day_of ("1950-01-01")) * scale, 1e-6);
  /* Full dates: no fade. */
  g_assert_cmpfloat_with_epsilon (ye->solid_x0, ye->x0, 1e-9);
}

static void
test_partial_dates (void)
{
  g_autoptr(SuccessionDataset) dataset = load ("small.json");
  g_autoptr(SuccessionChartData) data = chart_of (dataset, "sg");
  g_autoptr(SuccessionChartLayout) layout = layout_for (data, "1975-01-01", "1990-01-01", 1000, 0);
  double                    scale = 1000 / (day_of ("1990-01-01") - day_of ("1975-01-01"));
  const SuccessionChartBar *peng = bar_of (layout, "Peng Zhen");

  /* "1979-09": the bar fades in across September. */
  g_assert_cmpfloat_with_epsilon (peng->x0, (day_of ("1979-09-01") - day_of ("1975-01-01")) * scale, 1e-6);
  g_assert_cmpfloat_with_epsilon (peng->solid_x0 - peng->x0, 29 * scale, 1.01 * scale);
  /* …and out across September 1980. */
  g_assert_cmpfloat_with_epsilon (peng->x1 - peng->solid_x1, 29 * scale, 1.01 * scale);
}

static void
test_same_day_handover (void)
{
  g_autoptr(SuccessionDataset) dataset = load ("small.json");
  g_autoptr(SuccessionChartData) data = chart_of (dataset, "chair");
  g_autoptr(SuccessionChartLayout) layout = layout_for (data, "1970-01-01", "1995-01-01", 1000, 0);
  const SuccessionChartBar *ye = bar_of (layout, "Ye Jianying");
  const SuccessionChartBar *peng = bar_of (layout, "Peng Zhen");

  /* Handed over on 1983-06-18: one lane, the bars meet and do not overlap. */
  g_assert_cmpuint (succession_chart_data_get_n_lanes (data), ==, 1);
  g_assert_cmpuint (ye->lane, ==, peng->lane);
  g_assert_cmpfloat_with_epsilon (ye->x1, peng->x0, 1e-9);
  g_assert_cmpfloat (ye->x1, <=, peng->x0);
}

static void
assert_lanes_disjoint (SuccessionChartData *data)
{
  for (guint r = 0; r < succession_chart_data_get_n_rows (data); r++)
    {
      SuccessionChartRow *row = succession_chart_data_get_row (data, r);

      for (guint l = 0; l < row->lanes->len; l++)
        {
          GArray *items = ((SuccessionChartLane *) g_ptr_array_index (row->lanes, l))->items;

          for (guint i = 1; i < items->len; i++)
            {
              SuccessionChartItem *a = &g_array_index (items, SuccessionChartItem, i - 1);
              SuccessionChartItem *b = &g_array_index (items, SuccessionChartItem, i);

              /* Certain parts never overlap; uncertain ends may cross in a handover month. */
              g_assert_cmpfloat ((a->end_lo + a->end_hi) / 2, <=, (b->start_lo + b->start_hi) / 2 + 0.5);
              g_assert_cmpfloat (a->start_hi, <=, b->start_hi);
            }
        }
    }
}

static void
test_lanes (void)
{
  g_autoptr(SuccessionDataset) dataset = load ("chart.json");
  g_autoptr(SuccessionChartData) data = chart_of (dataset, "vice");
  g_autoptr(SuccessionChartLayout) layout = layout_for (data, "1955-01-01", "1990-01-01", 1000, 0);
  GArray *bars = succession_chart_layout_get_bars (layout);

  /* Two seats held by overlapping holders: two lanes, and a successor reuses a free lane. */
  g_assert_cmpuint (succession_chart_data_get_n_lanes (data), ==, 2);
  g_assert_cmpuint (bars->len, ==, 4);
  g_assert_cmpuint (bar_of (layout, "Alpha")->lane, ==, bar_of (layout, "Charlie")->lane);
  g_assert_cmpuint (bar_of (layout, "Bravo")->lane, ==, bar_of (layout, "Delta")->lane);
  g_assert_cmpuint (bar_of (layout, "Alpha")->lane, !=, bar_of (layout, "Bravo")->lane);
  g_assert_cmpfloat (bar_of (layout, "Alpha")->y, !=, bar_of (layout, "Bravo")->y);
  assert_lanes_disjoint (data);
}

static void
test_popolo_lanes (void)
{
  const char *samples[] = { "burundi-ep-popolo-v1.0.json", "zimbabwe-senate-ep-popolo-v1.0.json" };
  const char *root = g_getenv ("SUCCESSION_SOURCE_ROOT");

  if (root == NULL)
    {
      g_test_skip ("SUCCESSION_SOURCE_ROOT is not set");
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autofree char *path = g_build_filename (root, "..", "shared", "popolo-samples", samples[s], NULL);
      g_autoptr(SuccessionLoader) loader = succession_loader_new ();
      g_autoptr(SuccessionDataset) dataset = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GPtrArray) offices = g_ptr_array_new ();
      g_autoptr(SuccessionChartData) data = NULL;
      GListModel *model;
      double      first, last;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_skip ("the Popolo samples are not in ../shared");
          return;
        }

      file = g_file_new_for_path (path);
      dataset = succession_loader_load_file (loader, file, NULL, NULL);
      g_assert_nonnull (dataset);
      model = succession_dataset_get_offices (dataset);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(SuccessionOffice) office = g_list_model_get_item (model, i);
          g_ptr_array_add (offices, office);
        }
      data = succession_chart_data_new (offices, SUCCESSION_NAME_DISPLAY_PINYIN, (SuccessionDay) day_of ("2024-01-01"));
      g_assert_cmpuint (succession_chart_data_get_n_items (data), >, 0);
      assert_lanes_disjoint (data);

      /* Laid out whole, every item is a bar and no two bars of a lane overlap. */
      g_assert_true (succession_chart_data_get_extent (data, &first, &last));
      {
        SuccessionChartOptions options;
        g_autoptr(SuccessionChartLayout) layout = NULL;
        GArray *bars;

        succession_chart_options_init (&options);
        options.first_day = first;
        options.last_day = last;
        options.width = 2000;
        layout = succession_chart_layout_new (data, &options);
        bars = succession_chart_layout_get_bars (layout);
        g_assert_cmpuint (bars->len, ==, succession_chart_data_get_n_items (data));
        for (guint i = 1; i < bars->len; i++)
          {
            const SuccessionChartBar *a = &g_array_index (bars, SuccessionChartBar, i - 1);
            const SuccessionChartBar *b = &g_array_index (bars, SuccessionChartBar, i);

            if (a->row == b->row && a->lane == b->lane)
              g_assert_cmpfloat (a->solid_x1, <=, b->solid_x0 + 1e-6);
            else
              g_assert_true (a->row != b->row || a->y != b->y);
          }
      }
    }
}

static void
test_ticks (void)
{
  g_autoptr(SuccessionDataset) dataset = load ("small.json");
  g_autoptr(SuccessionChartData) data = chart_of (dataset, "chair");
  g_autoptr(SuccessionChartLayout) seventy = layout_for (data, "1950-01-01", "2020-01-01", 600, 0);
  g_autoptr(SuccessionChartLayout) ten = layout_for (data, "1975-01-01", "1985-01-01", 600, 0);
  g_autoptr(SuccessionChartLayout) one = layout_for (data, "1980-01-01", "1981-01-01", 600, 0);
  GArray *ticks;

  g_assert_cmpint (succession_chart_layout_get_tick_level (seventy), ==, SUCCESSION_CHART_TICKS_DECADES);
  g_assert_cmpint (succession_chart_layout_get_tick_level (ten), ==, SUCCESSION_CHART_TICKS_YEARS);
  g_assert_cmpint (succession_chart_layout_get_tick_level (one), ==, SUCCESSION_CHART_TICKS_MONTHS);

  /* Decade ticks sit on 1 January of a round year. */
  ticks = succession_chart_layout_get_ticks (seventy);
  g_assert_cmpuint (ticks->len, >=, 6);
  g_assert_cmpfloat_with_epsilon (g_array_index (ticks, SuccessionChartTick, 0).x,
                                  succession_chart_layout_day_to_x (seventy, day_of ("1950-01-01")), 1e-6);
  /* Ticks are far enough apart for their labels. */
  for (guint i = 1; i < ticks->len; i++)
    g_assert_cmpfloat (g_array_index (ticks, SuccessionChartTick, i).x - g_array_index (ticks, SuccessionChartTick, i - 1).x,
                       >=, 48);
}

static void
test_labels (void)
{
  g_autoptr(SuccessionDataset) dataset = load ("small.json");
  g_autoptr(SuccessionChartData) data = chart_of (dataset, "sg");

  /* At several zooms, labels of a lane never collide, and inside labels stay inside. */
  for (guint width = 300; width <= 2400; width += 300)
    {
      g_autoptr(SuccessionChartLayout) layout = layout_for (data, "1977-01-01", "1990-01-01", width, 0);
      GArray *bars = succession_chart_layout_get_bars (layout);
      guint   labelled = 0;

      for (guint i = 0; i < bars->len; i++)
        {
          const SuccessionChartBar *a = &g_array_index (bars, SuccessionChartBar, i);

          if (a->label_place == SUCCESSION_CHART_LABEL_NONE)
            continue;
          labelled++;
          if (a->label_place == SUCCESSION_CHART_LABEL_INSIDE)
            {
              g_assert_cmpfloat (a->label_x, >=, a->x0);
              g_assert_cmpfloat (a->label_x + a->label_width, <=, a->x1);
            }
          /* The short form ("Deng…") only where the whole name does not fit, and only inside. */
          g_assert_true (a->label_text == a->item->label || a->label_text == a->item->short_label ||
                         a->label_text == a->item->family_label);
          /* Labels are always inside their bar. */
          g_assert_cmpint (a->label_place, ==, SUCCESSION_CHART_LABEL_INSIDE);
          for (guint j = i + 1; j < bars->len; j++)
            {
              const SuccessionChartBar *b = &g_array_index (bars, SuccessionChartBar, j);

              if (b->label_place == SUCCESSION_CHART_LABEL_NONE || b->row != a->row || b->lane != a->lane)
                continue;
              g_assert_true (a->label_x + a->label_width <= b->label_x || b->label_x + b->label_width <= a->label_x);
            }
        }
      if (width >= 1200)
        g_assert_cmpuint (labelled, >, 0);
    }
}

/* Widths as a 12 px interface font sets them: 7 px a Latin letter, 13 px a character. */
static double
text_width (const char *text,
            gpointer    user_data)
{
  double width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 13.0 : 7.0;
  return width;
}

/* Labels of the laid-out @bars: each inside its bar, and no two over each other. */
static void
assert_labels_apart (GArray *bars)
{
  for (guint i = 0; i < bars->len; i++)
    {
      const SuccessionChartBar *a = &g_array_index (bars, SuccessionChartBar, i);

      if (a->label_place != SUCCESSION_CHART_LABEL_INSIDE)
        continue;
      g_assert_cmpfloat (a->label_x, >=, a->x0);
      g_assert_cmpfloat (a->label_x + a->label_width, <=, a->x1);
      for (guint j = 0; j < bars->len; j++)
        {
          const SuccessionChartBar *b = &g_array_index (bars, SuccessionChartBar, j);

          if (j == i || b->label_place != SUCCESSION_CHART_LABEL_INSIDE)
            continue;
          if (a->y + a->height <= b->y || b->y + b->height <= a->y)
            continue;
          /* Labels of one line of bars keep apart, and none runs over a neighbour's bar. */
          if (!(a->label_x + a->label_width <= b->label_x || b->label_x + b->label_width <= a->label_x))
            g_error ("“%s” and “%s” overlap", a->label_text, b->label_text);
          /* A bar painted later (a successor whose start is uncertain) never covers it. */
          if (j > i && !(b->x0 >= a->label_x + a->label_width || b->x1 <= a->label_x))
            g_error ("“%s” is under the bar of %s", a->label_text, b->item->label);
        }
    }
}

/* The bundled chart at the zoom the window opens with (the whole span on a plot 800 px wide),
 * in Pinyin and in characters: every bar that can hold its shortest form carries a label, always
 * inside the bar, and no two labels touch. */
static void
test_bundled_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionDataset) dataset = succession_dataset_new_bundled (&error);
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  const char                 *ids[] = { "cppcc-chairperson", "cppcc-secretary-general", "npcsc-chairperson", "npcsc-secretary-general" };
  const SuccessionNameDisplay displays[] = { SUCCESSION_NAME_DISPLAY_PINYIN, SUCCESSION_NAME_DISPLAY_CHARACTERS };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (offices, succession_dataset_get_office (dataset, ids[i]));

  for (guint d = 0; d < G_N_ELEMENTS (displays); d++)
    {
      g_autoptr(SuccessionChartData) data = NULL;
      g_autoptr(SuccessionChartLayout) layout = NULL;
      SuccessionChartOptions options;
      double                 first, last;
      GArray                *bars;
      guint                  labelled = 0, named = 0;

      data = succession_chart_data_new (offices, displays[d], (SuccessionDay) day_of ("2026-12-01"));
      g_assert_true (succession_chart_data_get_extent (data, &first, &last));
      succession_chart_options_init (&options);
      options.first_day = first;
      options.last_day = last;
      options.name_width = 170;
      options.width = 970;
      options.measure = text_width;
      layout = succession_chart_layout_new (data, &options);
      bars = succession_chart_layout_get_bars (layout);

      for (guint i = 0; i < bars->len; i++)
        {
          const SuccessionChartBar *bar = &g_array_index (bars, SuccessionChartBar, i);
          const char               *shortest = bar->item->family_label != NULL ? bar->item->family_label : bar->item->label;
          double                    room = MIN (bar->x1, 970) - MAX (bar->x0, 170);

          if (bar->item->kind == SUCCESSION_TENURE_KIND_VACANCY)
            continue;
          named++;
          if (bar->label_place == SUCCESSION_CHART_LABEL_INSIDE)
            labelled++;
          /* Room for the shortest form in the bar's own certain part: a name there. */
          if (MIN (bar->solid_x1, 970) - MAX (bar->solid_x0, 170) >= text_width (shortest, NULL) + 2 * options.label_padding)
            g_assert_cmpint (bar->label_place, ==, SUCCESSION_CHART_LABEL_INSIDE);
          if (bar->label_place != SUCCESSION_CHART_LABEL_INSIDE)
            g_test_message ("no label: %s (%.0f wide)", bar->item->label, room);
        }
      assert_labels_apart (bars);

      /* Narrower and wider, as on a phone or a printed sheet: still apart and inside. */
      for (double width = 300; width <= 2400; width += 150)
        {
          g_autoptr(SuccessionChartLayout) other = NULL;

          options.width = width;
          options.name_width = MIN (170, width / 4);
          other = succession_chart_layout_new (data, &options);
          assert_labels_apart (succession_chart_layout_get_bars (other));
        }
      /* Most of the tenures are five years or more: nearly all carry a name. */
      g_assert_cmpuint (named, >=, 50);
      g_assert_cmpuint (labelled, >=, named - 6);
    }
}

/* The bundled chart of the four default offices, names in characters, the whole span in
 * @width units with a names column of 170. */
static SuccessionChartLayout *
bundled_layout (SuccessionDataset *dataset,
                double             width)
{
  const char *ids[] = { "cppcc-chairperson", "cppcc-secretary-general", "npcsc-chairperson", "npcsc-secretary-general" };
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  g_autoptr(SuccessionChartData) data = NULL;
  SuccessionChartOptions options;
  double                 first, last;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (offices, succession_dataset_get_office (dataset, ids[i]));
  data = succession_chart_data_new (offices, SUCCESSION_NAME_DISPLAY_CHARACTERS, (SuccessionDay) day_of ("2026-12-01"));
  g_assert_true (succession_chart_data_get_extent (data, &first, &last));
  succession_chart_options_init (&options);
  options.first_day = first;
  options.last_day = last;
  options.name_width = 170;
  options.width = width;
  options.measure = text_width;
  return succession_chart_layout_new (data, &options);
}

/* Axis labels stand inside the plot, apart, and reach the chart's last years. */
static void
assert_axis (SuccessionChartLayout *layout)
{
  const SuccessionChartOptions *options = succession_chart_layout_get_options (layout);
  GArray                       *ticks = succession_chart_layout_get_ticks (layout);
  double                        previous_end = -G_MAXDOUBLE, last_labelled = -G_MAXDOUBLE, last_tick = -G_MAXDOUBLE;

  for (guint i = 0; i < ticks->len; i++)
    {
      const SuccessionChartTick *tick = &g_array_index (ticks, SuccessionChartTick, i);

      last_tick = tick->x;
      if (tick->label == NULL)
        continue;
      g_assert_cmpfloat (tick->label_x, >=, options->name_width);
      g_assert_cmpfloat (tick->label_x + text_width (tick->label, NULL), <=, options->width);
      g_assert_cmpfloat (tick->label_x, >, previous_end);
      previous_end = tick->label_x + text_width (tick->label, NULL);
      last_labelled = tick->x;
    }
  /* The last tick is labelled, or the one before it (whose label leaves it no room). */
  g_assert_cmpuint (ticks->len, >=, 2);
  g_assert_cmpfloat (last_labelled, >=, g_array_index (ticks, SuccessionChartTick, ticks->len - 2).x);
  g_assert_cmpfloat (last_tick, >=, last_labelled);
}

/* In Simplified Chinese: every term from the 1st to the 14th is numbered in every row, in one
 * form a row (第四届 beside 3 would read as a mistake), never across its band's edge; the names
 * keep apart; the axis runs to 2025年 when there is room for it. */
static void
test_zh_axis_and_terms (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionDataset) dataset = NULL;

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  setlocale (LC_ALL, "C");
  setlocale (LC_ALL, "C.UTF-8");
  dataset = succession_dataset_new_bundled (&error);
  g_assert_no_error (error);

  for (double width = 700; width <= 2200; width += 150)
    {
      g_autoptr(SuccessionChartLayout) layout = bundled_layout (dataset, width);
      GArray                       *bands = succession_chart_layout_get_bands (layout);
      GArray                       *rows = succession_chart_layout_get_rows (layout);
      const SuccessionChartOptions *options = succession_chart_layout_get_options (layout);
      gboolean                      found_2025 = FALSE;
      GArray                       *ticks = succession_chart_layout_get_ticks (layout);

      assert_labels_apart (succession_chart_layout_get_bars (layout));
      assert_axis (layout);
      for (guint i = 0; i < ticks->len; i++)
        if (g_strcmp0 (g_array_index (ticks, SuccessionChartTick, i).label, "2025年") == 0)
          found_2025 = TRUE;
      /* With five-year steps and room after 2020年 (a plot of 1130 px and more: the window
       * maximized), the last five years have their label too; narrower, the axis goes by
       * decades or 2020年 takes the room, and wider it counts every other year. */
      if (width >= 1300 && width <= 2050)
        g_assert_true (found_2025);

      for (guint r = 0; r < rows->len; r++)
        {
          guint row = g_array_index (rows, SuccessionChartRowBox, r).row;
          guint numbered = 0, ordinals = 0, highest = 0;

          for (guint b = 0; b < bands->len; b++)
            {
              const SuccessionChartBand *band = &g_array_index (bands, SuccessionChartBand, b);

              if (fabs (band->y - g_array_index (rows, SuccessionChartRowBox, r).y) > 0.5 || band->number <= 0)
                continue;
              highest = MAX (highest, (guint) band->number);
              /* A band two characters wide holds its number. */
              if (band->x1 - band->x0 >= 2 * 7.0 + 2 * options->label_padding)
                g_assert_nonnull (band->label);
              if (band->label == NULL)
                continue;
              numbered++;
              if (g_str_has_prefix (band->label, "第"))
                ordinals++;
              g_assert_cmpfloat (band->label_x, >=, band->x0);
              g_assert_cmpfloat (band->label_x + text_width (band->label, NULL), <=, band->x1);
            }
          g_test_message ("width %.0f row %u: %u terms numbered, %u as ordinals", width, row, numbered, ordinals);
          g_assert_cmpuint (highest, ==, 14);
          g_assert_true (ordinals == 0 || ordinals == numbered);
          /* The 11th to the 14th are there, whatever the width. */
          g_assert_cmpuint (numbered, >=, row <= 1 ? 14 : 12);
        }
    }

  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_count_and_pick (void)
{
  g_autoptr(SuccessionDataset) dataset = load ("small.json");
  g_autoptr(SuccessionChartData) data = chart_of (dataset, "sg");
  g_autoptr(SuccessionChartLayout) all = layout_for (data, "1970-01-01", "2030-01-01", 1000, 0);
  g_autoptr(SuccessionChartLayout) part = layout_for (data, "1980-01-01", "1981-01-01", 1000, 0);
  const SuccessionChartBar *bar;

  /* Every tenure with a start date is drawn, and only those in the window. */
  g_assert_cmpuint (succession_chart_layout_get_bars (all)->len, ==, succession_chart_data_get_n_items (data));
  g_assert_cmpuint (succession_chart_data_get_n_items (data), ==, 6);
  g_assert_cmpuint (succession_chart_layout_get_bars (part)->len, ==, 2);

  bar = bar_of (all, "Yang Shangkun");
  g_assert_true (succession_chart_layout_pick (all, (bar->x0 + bar->x1) / 2, bar->y + 1) == bar);
  g_assert_null (succession_chart_layout_pick (all, (bar->x0 + bar->x1) / 2, 1));
}

/* Text 7 units a character, 14 a line, wrapped at word boundaries as Pango would. */
static void
fake_block (const char *text,
            double      wrap_width,
            double     *width,
            double     *height,
            gpointer    user_data)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  double line = 0, widest = 0;
  guint  lines = 1;

  for (guint i = 0; words[i] != NULL; i++)
    {
      double w = 7.0 * g_utf8_strlen (words[i], -1);
      double with_space = line > 0 ? line + 7.0 + w : w;

      if (wrap_width > 0 && line > 0 && with_space > wrap_width)
        {
          lines++;
          widest = MAX (widest, line);
          line = w;
        }
      else
        line = with_space;
    }
  *width = MAX (widest, line);
  *height = 14.0 * lines;
}

/* The key says what each mark means, every item within the width it is given and none over
 * another: on one or two lines when wide, wrapped into more at a phone's width. */
static void
test_key (void)
{
  const double widths[] = { 1100, 700, 330, 200 };
  double       last_height = 0;

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      SuccessionChartKeyItem items[SUCCESSION_CHART_KEY_N_ITEMS];
      double                 height = succession_chart_key_layout (widths[w], fake_block, NULL, items);

      g_assert_cmpfloat (height, >=, last_height);
      last_height = height;
      for (guint i = 0; i < SUCCESSION_CHART_KEY_N_ITEMS; i++)
        {
          const SuccessionChartKeyItem *a = &items[i];

          g_assert_cmpint (a->kind, ==, i);
          g_assert_nonnull (a->label);
          g_assert_cmpuint (strlen (a->label), >, 5);
          /* Inside the key's box. */
          g_assert_cmpfloat (a->swatch_x, >=, 0);
          g_assert_cmpfloat (a->swatch_x + a->width, <=, widths[w]);
          g_assert_cmpfloat (a->text_y + a->height, <=, height);
          g_assert_cmpfloat (a->text_x, >=, a->swatch_x + SUCCESSION_CHART_KEY_SWATCH_WIDTH);
          for (guint j = i + 1; j < SUCCESSION_CHART_KEY_N_ITEMS; j++)
            {
              const SuccessionChartKeyItem *b = &items[j];
              gboolean                      apart = a->swatch_x + a->width <= b->swatch_x || b->swatch_x + b->width <= a->swatch_x ||
                               a->text_y + a->height <= b->text_y || b->text_y + b->height <= a->text_y;

              g_assert_true (apart);
            }
        }
      /* Wide: the four fit on two lines. Narrow: the long ones wrap their words. */
      if (widths[w] >= 1100)
        g_assert_cmpfloat (height, <=, 2 * 14 + 4);
      if (widths[w] <= 330)
        g_assert_cmpfloat (items[SUCCESSION_CHART_KEY_FADE].wrap_width, >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("SUCCESSION_LOCALEDIR");

  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-layout/bundled-labels", test_bundled_labels);
  g_test_add_func ("/chart/layout/positions", test_positions);
  g_test_add_func ("/chart/layout/partial-dates", test_partial_dates);
  g_test_add_func ("/chart/layout/same-day-handover", test_same_day_handover);
  g_test_add_func ("/chart/layout/lanes", test_lanes);
  g_test_add_func ("/chart/layout/popolo-lanes", test_popolo_lanes);
  g_test_add_func ("/chart/layout/ticks", test_ticks);
  g_test_add_func ("/chart/layout/labels", test_labels);
  g_test_add_func ("/chart/layout/count-and-pick", test_count_and_pick);
  g_test_add_func ("/chart/layout/key", test_key);
  g_test_add_func ("/chart/layout/zh-axis-and-terms", test_zh_axis_and_terms);

  return g_test_run ();
}
