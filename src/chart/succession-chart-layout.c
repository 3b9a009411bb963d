/* succession-chart-layout.c — the geometry of a succession chart for one view of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "succession-chart-layout.h"

struct _SuccessionChartLayout
{
  SuccessionChartData     *data;
  SuccessionChartOptions   options;
  double                   plot_x0;
  double                   plot_x1;
  double                   scale; /* units per day */
  double                   height;
  GArray                  *rows;
  GArray                  *bars;
  GArray                  *bands;
  GArray                  *ticks;
  SuccessionChartTickLevel tick_level;
  double                   today_x;
  double                   cursor_x;
};

void
succession_chart_options_init (SuccessionChartOptions *options)
{
  memset (options, 0, sizeof *options);
  options->width = 800;
  options->name_width = 0;
  options->axis_height = 28;
  options->lane_height = 26;
  options->row_padding = 6;
  options->visible_top = 0;
  options->visible_bottom = G_MAXDOUBLE;
  options->label_padding = 4;
  options->min_tick_spacing = 48;
  options->show_bands = TRUE;
  options->show_today = TRUE;
  options->cursor_day = NAN;
}

static double
measure (SuccessionChartLayout *self,
         const char            *text)
{
  if (self->options.measure == NULL)
    return 7.0 * g_utf8_strlen (text, -1); /* a plausible average, for callers without fonts */
  return self->options.measure (text, self->options.measure_data);
}

double
succession_chart_layout_day_to_x (SuccessionChartLayout *self,
                                  double                 day)
{
  return self->plot_x0 + (day - self->options.first_day) * self->scale;
}

double
succession_chart_layout_x_to_day (SuccessionChartLayout *self,
                                  double                 x)
{
  return self->options.first_day + (x - self->plot_x0) / self->scale;
}

static void
clear_band (gpointer data)
{
  g_free (((SuccessionChartBand *) data)->label);
}

static void
clear_tick (gpointer data)
{
  g_free (((SuccessionChartTick *) data)->label);
}

static void
clear_row (gpointer data)
{
  g_free (((SuccessionChartRowBox *) data)->label);
}

/* ---------------------------------------------------------------------------------------- */
/* Ticks                                                                                     */

static double
first_day_of_month (int year,
                    int month)
{
  SuccessionDate date = { (guint16) year, (guint8) month, 1, 0 };

  return succession_date_get_first_day (&date);
}

static char *
tick_label (int      year,
            int      month,
            gboolean with_month)
{
  SuccessionDate date = { (guint16) year, (guint8) (with_month ? month : 0), 0, 0 };

  return succession_format_date (&date);
}

/* Each label starts just right of its tick; one that would run past the plot's right edge
 * (the last year, 2025) moves left until it fits, and a label that would then touch the one
 * before it is left out rather than drawn over it or cut. */
static void
place_tick_labels (SuccessionChartLayout *self)
{
  double previous_end = -G_MAXDOUBLE;

  for (guint i = 0; i < self->ticks->len; i++)
    {
      SuccessionChartTick *tick = &g_array_index (self->ticks, SuccessionChartTick, i);
      double               w;

      if (tick->label == NULL)
        continue;
      w = measure (self, tick->label);
      tick->label_x = MIN (tick->x + 3, self->options.width - w - 1);
      if (tick->label_x < previous_end + 6 || tick->label_x < self->plot_x0)
        {
          g_clear_pointer (&tick->label, g_free);
          continue;
        }
      previous_end = tick->label_x + w;
    }
}

static void
layout_ticks (SuccessionChartLayout *self)
{
  static const int month_steps[] = { 1, 2, 3, 6 };
  static const int year_steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };
  double           day_px = self->scale;
  double           year_px = day_px * 365.2425;
  g_autofree char *sample_year = tick_label (2000, 0, FALSE);
  g_autofree char *sample_month = tick_label (2000, 9, TRUE);
  double           year_label = measure (self, sample_year) + 8;
  double           month_label = measure (self, sample_month) + 8;
  double           spacing = self->options.min_tick_spacing;
  SuccessionDate   first, last;
  int              step_months = 0, step_years = 0;

  succession_date_init_from_day (&first, (SuccessionDay) MAX (1, floor (self->options.first_day)));
  succession_date_init_from_day (&last, (SuccessionDay) MIN (3652059, ceil (self->options.last_day)));

  for (guint i = 0; i < G_N_ELEMENTS (month_steps); i++)
    if (month_steps[i] * year_px / 12 >= MAX (spacing, month_label))
      {
        step_months = month_steps[i];
        break;
      }

  if (step_months == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (year_steps); i++)
        if (year_steps[i] * year_px >= MAX (spacing, year_label))
          {
            step_years = year_steps[i];
            break;
          }
      if (step_years == 0)
        step_years = 1000;
    }

  if (step_months > 0)
    {
      int m = (first.year * 12 + first.month - 1);

      self->tick_level = SUCCESSION_CHART_TICKS_MONTHS;
      m = ((m + step_months - 1) / step_months) * step_months;
      for (; m <= last.year * 12 + last.month - 1; m += step_months)
        {
          int                 year = m / 12, month = m % 12 + 1;
          SuccessionChartTick tick;

          if (year < 1 || year > 9999)
            continue;
          tick.x = succession_chart_layout_day_to_x (self, first_day_of_month (year, month));
          if (tick.x < self->plot_x0 || tick.x > self->plot_x1)
            continue;
          tick.major = month == 1;
          tick.label = tick_label (year, month, TRUE);
          g_array_append_val (self->ticks, tick);
        }
      return;
    }

  self->tick_level = step_years >= 10 ? SUCCESSION_CHART_TICKS_DECADES : SUCCESSION_CHART_TICKS_YEARS;
  for (int year = ((first.year + step_years - 1) / step_years) * step_years; year <= last.year; year += step_years)
    {
      SuccessionChartTick tick;

      if (year < 1 || year > 9999)
        continue;
      tick.x = succession_chart_layout_day_to_x (self, first_day_of_month (year, 1));
      if (tick.x < self->plot_x0 || tick.x > self->plot_x1)
        continue;
      tick.major = step_years >= 10 ? year % (step_years * 5) == 0 : year % 10 == 0;
      tick.label = tick_label (year, 0, FALSE);
      g_array_append_val (self->ticks, tick);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Rows, bands and bars                                                                      */

static double
row_height (SuccessionChartLayout *self,
            SuccessionChartRow    *row)
{
  return MAX (1, row->lanes->len) * self->options.lane_height + 2 * self->options.row_padding;
}

/* The top of row @r (or the bottom of the last row for @r == n_rows). */
static double
row_top (SuccessionChartLayout *self,
         guint                  r)
{
  return self->options.axis_height +
         succession_chart_data_get_lanes_before (self->data, r) * self->options.lane_height +
         r * 2 * self->options.row_padding;
}

/* Term numbers at the left edge of their bands, from @first on (one row's): as ordinals
 * ("14th", 第十四届) when every band in view holds its ordinal, else as bare numbers
 * throughout the row, so a row never mixes "3" and "第四届"; a band too narrow for even its
 * number stays unlabelled. */
static void
label_bands (SuccessionChartLayout *self,
             guint                  first)
{
  double   pad = self->options.label_padding;
  gboolean ordinals = TRUE;

  for (guint b = first; b < self->bands->len && ordinals; b++)
    {
      SuccessionChartBand *band = &g_array_index (self->bands, SuccessionChartBand, b);
      g_autofree char     *ordinal = NULL;

      if (band->number <= 0)
        continue;
      ordinal = succession_format_ordinal (band->number);
      if (band->x1 - band->x0 < measure (self, ordinal) + 2 * pad)
        ordinals = FALSE;
    }

  for (guint b = first; b < self->bands->len; b++)
    {
      SuccessionChartBand *band = &g_array_index (self->bands, SuccessionChartBand, b);
      g_autofree char     *label = NULL;

      if (band->number <= 0)
        continue;
      label = ordinals ? succession_format_ordinal (band->number) : g_strdup_printf ("%d", band->number);
      if (band->x1 - band->x0 < measure (self, label) + 2 * pad)
        {
          g_free (label);
          label = g_strdup_printf ("%d", band->number);
        }
      if (band->x1 - band->x0 >= measure (self, label) + 2 * pad)
        {
          band->label = g_steal_pointer (&label);
          band->label_x = band->x0 + pad;
        }
    }
}

static void
layout_bands (SuccessionChartLayout *self,
              SuccessionChartRow    *row,
              double                 y,
              double                 height)
{
  GPtrArray *terms = succession_body_get_terms (row->term_body);
  guint      first_band = self->bands->len;

  for (guint i = 0; i < terms->len; i++)
    {
      SuccessionTerm       *term = g_ptr_array_index (terms, i);
      const SuccessionDate *start = succession_term_get_start_date (term);
      const SuccessionDate *end = succession_term_get_end_date (term);
      SuccessionChartBand   band = { 0 };
      double                start_day, end_day;

      if (!succession_date_is_set (start))
        continue;

      start_day = succession_date_get_first_day (start);
      if (succession_date_is_set (end))
        end_day = succession_date_get_first_day (end);
      else if (i + 1 < terms->len && succession_date_is_set (succession_term_get_start_date (g_ptr_array_index (terms, i + 1))))
        end_day = succession_date_get_first_day (succession_term_get_start_date (g_ptr_array_index (terms, i + 1)));
      else
        end_day = MAX ((double) succession_chart_data_get_today (self->data), start_day + 1);

      if (end_day <= self->options.first_day || start_day >= self->options.last_day)
        continue;

      band.x0 = MAX (self->plot_x0, succession_chart_layout_day_to_x (self, start_day));
      band.x1 = MIN (self->plot_x1, succession_chart_layout_day_to_x (self, end_day));
      band.y = y;
      band.height = height;
      band.term = term;
      band.number = succession_term_get_number (term);
      band.odd = i % 2 == 1;

      g_array_append_val (self->bands, band);
    }

  label_bands (self, first_band);
}

/* A label goes inside its own bar or nowhere: never beside it, where it could be read as the
 * neighbour's or run into it. The whole name where it fits, else the short form; in the solid
 * part of the bar where it fits there (light text on the full colour), else on the fade
 * (dark text, marked by label_on_fade). */
static void
place_label (SuccessionChartLayout *self,
             SuccessionChartBar    *bar,
             double                 next_x0,
             double                *lane_cursor)
{
  double pad = self->options.label_padding;
  double visible_x0 = MAX (bar->x0, self->plot_x0);
  /* The next bar of the lane is painted over this one where their fades cross: the label
   * stops where it begins. */
  double      visible_x1 = MIN (MIN (bar->x1, self->plot_x1), MAX (next_x0, visible_x0));
  double      solid_x0 = MAX (bar->solid_x0, visible_x0);
  double      solid_x1 = MIN (bar->solid_x1, visible_x1);
  const char *texts[] = { bar->item->label, bar->item->short_label, bar->item->family_label };

  *lane_cursor = MAX (*lane_cursor, bar->x1);
  bar->label_on_fade = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      double w;

      if (texts[i] == NULL)
        continue;
      w = measure (self, texts[i]);
      if (solid_x1 - solid_x0 >= w + 2 * pad)
        {
          bar->label_place = SUCCESSION_CHART_LABEL_INSIDE;
          bar->label_text = texts[i];
          bar->label_width = w;
          bar->label_x = solid_x0 + pad;
          return;
        }
      if (visible_x1 - visible_x0 >= w + 2 * pad)
        {
          bar->label_place = SUCCESSION_CHART_LABEL_INSIDE;
          bar->label_text = texts[i];
          bar->label_width = w;
          /* As much of it on the solid part as the bar allows. */
          bar->label_x = CLAMP (solid_x0 + pad, visible_x0 + pad, visible_x1 - pad - w);
          bar->label_on_fade = TRUE;
          return;
        }
    }

  bar->label_place = SUCCESSION_CHART_LABEL_NONE;
  bar->label_text = bar->item->label;
  bar->label_width = 0;
}

static void
layout_lane (SuccessionChartLayout *self,
             SuccessionChartLane   *lane,
             guint                  row_index,
             guint                  lane_index,
             double                 y)
{
  double first = self->options.first_day;
  double last = self->options.last_day;
  double lane_cursor = -G_MAXDOUBLE;
  guint  start = succession_chart_lane_search (lane, first);
  guint  first_bar = self->bars->len;

  for (guint i = start; i < lane->items->len; i++)
    {
      const SuccessionChartItem *item = &g_array_index (lane->items, SuccessionChartItem, i);
      SuccessionChartBar         bar = { 0 };

      if (item->start_lo >= last)
        break;
      if (item->end_hi <= first)
        continue;

      bar.item = item;
      bar.row = row_index;
      bar.lane = lane_index;
      bar.index = i;
      bar.x0 = succession_chart_layout_day_to_x (self, item->start_lo);
      bar.x1 = succession_chart_layout_day_to_x (self, item->end_hi);
      bar.solid_x0 = succession_chart_layout_day_to_x (self, item->start_hi);
      bar.solid_x1 = succession_chart_layout_day_to_x (self, item->end_lo);
      /* Every bar is at least a hairline wide, so a one-day tenure is still seen. */
      if (bar.x1 - bar.x0 < 1.0)
        bar.x1 = bar.x0 + 1.0;
      bar.y = y + 2;
      bar.height = self->options.lane_height - 4;
      g_array_append_val (self->bars, bar);
    }

  /* Labels once the lane's bars are known, so each label knows where the next bar begins. */
  for (guint b = first_bar; b < self->bars->len; b++)
    {
      SuccessionChartBar *bar = &g_array_index (self->bars, SuccessionChartBar, b);
      double              next_x0 = G_MAXDOUBLE;

      if (b + 1 < self->bars->len)
        next_x0 = g_array_index (self->bars, SuccessionChartBar, b + 1).x0;
      else if (bar->index + 1 < lane->items->len)
        next_x0 = succession_chart_layout_day_to_x (self,
                                                    g_array_index (lane->items, SuccessionChartItem, bar->index + 1).start_lo);

      place_label (self, bar, next_x0, &lane_cursor);
    }
}

SuccessionChartLayout *
succession_chart_layout_new (SuccessionChartData          *data,
                             const SuccessionChartOptions *options)
{
  SuccessionChartLayout *self;
  double                 y;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (SuccessionChartLayout, 1);
  self->data = succession_chart_data_ref (data);
  self->options = *options;
  if (!(self->options.last_day > self->options.first_day))
    self->options.last_day = self->options.first_day + 1;

  self->plot_x0 = self->options.name_width;
  self->plot_x1 = MAX (self->plot_x0 + 1, self->options.width);
  self->scale = (self->plot_x1 - self->plot_x0) / (self->options.last_day - self->options.first_day);

  self->rows = g_array_new (FALSE, FALSE, sizeof (SuccessionChartRowBox));
  g_array_set_clear_func (self->rows, clear_row);
  self->bars = g_array_new (FALSE, FALSE, sizeof (SuccessionChartBar));
  self->bands = g_array_new (FALSE, FALSE, sizeof (SuccessionChartBand));
  g_array_set_clear_func (self->bands, clear_band);
  self->ticks = g_array_new (FALSE, FALSE, sizeof (SuccessionChartTick));
  g_array_set_clear_func (self->ticks, clear_tick);

  layout_ticks (self);
  place_tick_labels (self);

  /* Rows above the visible range are skipped by a binary search on their position, and
   * lanes of a tall row by arithmetic: a frame costs what it shows, not what the data holds. */
  {
    guint n_rows = succession_chart_data_get_n_rows (data);
    guint lo = 0, hi = n_rows;

    while (lo < hi)
      {
        guint mid = lo + (hi - lo) / 2;

        if (row_top (self, mid + 1) <= self->options.visible_top)
          lo = mid + 1;
        else
          hi = mid;
      }

    for (guint r = lo; r < n_rows; r++)
      {
        SuccessionChartRow *row = succession_chart_data_get_row (data, r);
        double              height = row_height (self, row);
        double              lanes_y = 0;
        guint               first_lane = 0;

        y = row_top (self, r);
        /* Rows stack downwards: the binary search above relies on it. */
        g_assert (r == 0 || y >= row_top (self, r - 1));
        if (y >= self->options.visible_bottom)
          break;
        if (y + height <= self->options.visible_top)
          continue;

        {
          SuccessionChartRowBox box = { r, y, height, g_strdup (row->label) };

          g_array_append_val (self->rows, box);
        }

        if (self->options.show_bands && row->term_body != NULL)
          layout_bands (self, row, y, height);

        lanes_y = y + self->options.row_padding;
        if (self->options.visible_top > lanes_y)
          first_lane = (guint) MIN ((double) row->lanes->len,
                                    floor ((self->options.visible_top - lanes_y) / self->options.lane_height));
        for (guint l = first_lane; l < row->lanes->len; l++)
          {
            double lane_y = lanes_y + l * self->options.lane_height;

            if (lane_y >= self->options.visible_bottom)
              break;
            if (lane_y + self->options.lane_height <= self->options.visible_top)
              continue;
            layout_lane (self, g_ptr_array_index (row->lanes, l), r, l, lane_y);
          }
      }
  }
  self->height = row_top (self, succession_chart_data_get_n_rows (data));

  self->today_x = NAN;
  if (self->options.show_today)
    {
      double today = succession_chart_data_get_today (data);

      if (today >= self->options.first_day && today <= self->options.last_day)
        self->today_x = succession_chart_layout_day_to_x (self, today);
    }

  self->cursor_x = NAN;
  if (!isnan (self->options.cursor_day) &&
      self->options.cursor_day >= self->options.first_day && self->options.cursor_day <= self->options.last_day)
    self->cursor_x = succession_chart_layout_day_to_x (self, self->options.cursor_day);

  return self;
}

void
succession_chart_layout_free (SuccessionChartLayout *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->rows);
  g_array_unref (self->bars);
  g_array_unref (self->bands);
  g_array_unref (self->ticks);
  succession_chart_data_unref (self->data);
  g_free (self);
}

const SuccessionChartOptions *
succession_chart_layout_get_options (SuccessionChartLayout *self)
{
  return &self->options;
}

double
succession_chart_layout_get_height (SuccessionChartLayout *self)
{
  return self->height;
}

GArray *
succession_chart_layout_get_rows (SuccessionChartLayout *self)
{
  return self->rows;
}

GArray *
succession_chart_layout_get_bars (SuccessionChartLayout *self)
{
  return self->bars;
}

GArray *
succession_chart_layout_get_bands (SuccessionChartLayout *self)
{
  return self->bands;
}

GArray *
succession_chart_layout_get_ticks (SuccessionChartLayout *self)
{
  return self->ticks;
}

SuccessionChartTickLevel
succession_chart_layout_get_tick_level (SuccessionChartLayout *self)
{
  return self->tick_level;
}

double
succession_chart_layout_get_today_x (SuccessionChartLayout *self)
{
  return self->today_x;
}

double
succession_chart_layout_get_cursor_x (SuccessionChartLayout *self)
{
  return self->cursor_x;
}

const SuccessionChartBar *
succession_chart_layout_pick (SuccessionChartLayout *self,
                              double                 x,
                              double                 y)
{
  for (guint i = 0; i < self->bars->len; i++)
    {
      const SuccessionChartBar *bar = &g_array_index (self->bars, SuccessionChartBar, i);

      if (x >= bar->x0 && x < bar->x1 && y >= bar->y && y < bar->y + bar->height)
        return bar;
    }

  return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* The key                                                                                   */

#define KEY_GAP 4.0       /* between a swatch and its words, and between lines */
#define KEY_ITEM_GAP 14.0 /* between items of a line */

static const char *
key_label (SuccessionChartKeyKind kind)
{
  switch (kind)
    {
    case SUCCESSION_CHART_KEY_HOLDERS: return _ ("Holder (two shades tell successive holders apart)");
    case SUCCESSION_CHART_KEY_ACTING: return _ ("Acting holder (hatched)");
    case SUCCESSION_CHART_KEY_VACANT: return _ ("Vacant (dashed outline)");
    case SUCCESSION_CHART_KEY_FADE:
    case SUCCESSION_CHART_KEY_N_ITEMS:
    default: return _ ("Faded end: the date is known only to the month, the year or a bound");
    }
}

double
succession_chart_key_layout (double                      width,
                             SuccessionChartMeasureBlock measure_block,
                             gpointer                    user_data,
                             SuccessionChartKeyItem      items[SUCCESSION_CHART_KEY_N_ITEMS])
{
  double text_offset = SUCCESSION_CHART_KEY_SWATCH_WIDTH + KEY_GAP;
  double x = 0, y = 0, line_height = 0, first_line = SUCCESSION_CHART_KEY_SWATCH_HEIGHT;

  /* One line of text sets the line's height; the swatch sits in the middle of its first line. */
  for (guint k = 0; k < SUCCESSION_CHART_KEY_N_ITEMS; k++)
    {
      double w, h;

      measure_block (key_label (k), -1, &w, &h, user_data);
      first_line = MAX (first_line, h);
    }

  for (guint k = 0; k < SUCCESSION_CHART_KEY_N_ITEMS; k++)
    {
      SuccessionChartKeyItem *item = &items[k];
      double                  w, h;

      item->kind = k;
      item->label = key_label (k);
      item->wrap_width = -1;
      measure_block (item->label, -1, &w, &h, user_data);
      if (x > 0 && x + text_offset + w > width)
        {
          x = 0;
          y += line_height + KEY_GAP;
          line_height = 0;
        }
      if (x == 0 && text_offset + w > width)
        {
          item->wrap_width = MAX (1.0, width - text_offset);
          measure_block (item->label, item->wrap_width, &w, &h, user_data);
          w = MIN (w, item->wrap_width);
        }
      item->swatch_x = x;
      item->swatch_y = y + (first_line - SUCCESSION_CHART_KEY_SWATCH_HEIGHT) / 2;
      item->text_x = x + text_offset;
      item->text_y = y;
      item->width = text_offset + w;
      item->height = MAX (first_line, h);
      line_height = MAX (line_height, item->height);
      x += item->width + KEY_ITEM_GAP;
    }

  return y + line_height;
}
