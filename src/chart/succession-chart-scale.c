/* succession-chart-scale.c — how wide a printed chart's name column is, and its readable scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <math.h>

#include "succession-chart-scale.h"

#define DAYS_PER_YEAR 365.2425

/* The share of bars whose holder's whole name must fit: the shortest tenures (an acting
 * holder of a few weeks) would abbreviate at any scale, so they do not set it. */
#define WHOLE_NAMES_SHARE 0.8

/* An office's name wraps in its column on as many lines as its row is high (two at least,
 * four at most, so a many-seat office does not take a third of every sheet for its name).
 * @most: the widest the column may be. */
double
succession_chart_name_column_width (SuccessionChartData          *data,
                                    const SuccessionChartOptions *options,
                                    double                        most)
{
  double line_height = options->lane_height * 0.6;
  double width = 0;

  g_return_val_if_fail (data != NULL && options != NULL && options->measure != NULL, 0);

  for (guint r = 0; r < succession_chart_data_get_n_rows (data); r++)
    {
      SuccessionChartRow *row = succession_chart_data_get_row (data, r);
      double              height = MAX (1, row->lanes->len) * options->lane_height + options->row_padding;
      double              lines = CLAMP (floor (height / line_height), 2, 4);

      width = MAX (width, options->measure (row->label, options->measure_data) / lines);
    }

  /* Room for the words that do not break where the average line would. */
  return CLAMP (width + 30, 72, MAX (72, most));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The scale (points per year) at which most holders' whole names fit in their bars, between
 * SUCCESSION_CHART_SCALE_FLOOR and @most. */
double
succession_chart_readable_scale (SuccessionChartData          *data,
                                 const SuccessionChartOptions *options,
                                 double                        most)
{
  g_autoptr(GArray) needs = g_array_new (FALSE, FALSE, sizeof (double));
  double scale;

  g_return_val_if_fail (data != NULL && options != NULL && options->measure != NULL, most);

  for (guint r = 0; r < succession_chart_data_get_n_rows (data); r++)
    {
      SuccessionChartRow *row = succession_chart_data_get_row (data, r);

      for (guint l = 0; l < row->lanes->len; l++)
        {
          SuccessionChartLane *lane = g_ptr_array_index (row->lanes, l);

          for (guint i = 0; i < lane->items->len; i++)
            {
              const SuccessionChartItem *item = &g_array_index (lane->items, SuccessionChartItem, i);
              double                     years = (item->end_hi - item->start_lo) / DAYS_PER_YEAR;
              double                     need;

              if (item->label == NULL || !(years > 0))
                continue;
              need = (options->measure (item->label, options->measure_data) + 2 * options->label_padding + 2) / years;
              g_array_append_val (needs, need);
            }
        }
    }
  if (needs->len == 0)
    return most;

  g_array_sort (needs, compare_doubles);
  scale = g_array_index (needs, double, (guint) floor (WHOLE_NAMES_SHARE * (needs->len - 1)));
  return CLAMP (ceil (scale), SUCCESSION_CHART_SCALE_FLOOR, MAX (SUCCESSION_CHART_SCALE_FLOOR, most));
}
