/* succession-timeline-view.c — the timeline's time window: zoom, pan, fit, and keeping a bar in view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-timeline"

#include "config.h"

#include <math.h>

#include "succession-timeline-private.h"

void
succession_timeline_zoom_at (SuccessionTimeline *self,
                             double              anchor_day,
                             double              factor)
{
  double span = self->last_day - self->first_day;
  double new_span = CLAMP (span / factor, MIN_SPAN_DAYS, MAX_SPAN_DAYS);
  double t = span > 0 ? (anchor_day - self->first_day) / span : 0.5;

  /* The day under the anchor stays where it is. */
  succession_timeline_set_window (self, anchor_day - t * new_span, anchor_day + (1 - t) * new_span);
}

void
succession_timeline_zoom (SuccessionTimeline *self,
                          double              factor)
{
  g_return_if_fail (SUCCESSION_IS_TIMELINE (self));
  g_return_if_fail (factor > 0);

  succession_timeline_zoom_at (self, (self->first_day + self->last_day) / 2, factor);
}

void
succession_timeline_pan (SuccessionTimeline *self,
                         double              days)
{
  succession_timeline_set_window (self, self->first_day + days, self->last_day + days);
}

double
succession_timeline_days_per_pixel (SuccessionTimeline *self)
{
  double plot = gtk_widget_get_width (GTK_WIDGET (self)) - succession_timeline_name_width (self);

  return (self->last_day - self->first_day) / MAX (plot, 1);
}

void
succession_timeline_fit_all (SuccessionTimeline *self)
{
  double first, last, margin;

  g_return_if_fail (SUCCESSION_IS_TIMELINE (self));

  if (self->data == NULL || !succession_chart_data_get_extent (self->data, &first, &last))
    {
      SuccessionDate from = { 1949, 1, 1, 0 }, to = { 2030, 1, 1, 0 };

      first = succession_date_get_first_day (&from);
      last = succession_date_get_first_day (&to);
    }

  margin = MAX ((last - first) * 0.02, 30);
  succession_timeline_set_window (self, first - margin, last + margin);
}

/* Brings @tenure's bar into the window (and its lane into view), moving as little as possible. */
void
succession_timeline_reveal (SuccessionTimeline *self,
                            SuccessionTenure   *tenure)
{
  const SuccessionChartItem *item;
  guint                      row, lane, index;
  double                     span = self->last_day - self->first_day;
  double                     margin = span * 0.05;

  if (self->data == NULL || !succession_chart_data_find (self->data, tenure, &row, &lane, &index))
    return;

  item = &g_array_index (((SuccessionChartLane *) g_ptr_array_index (succession_chart_data_get_row (self->data, row)->lanes,
                                                                     lane))
                           ->items,
                         SuccessionChartItem, index);
  if (item->end_hi - item->start_lo > span - 2 * margin)
    {
      if (item->end_hi < self->first_day || item->start_lo > self->last_day)
        succession_timeline_pan (self, (item->start_lo - margin) - self->first_day);
    }
  else if (item->start_lo < self->first_day)
    succession_timeline_pan (self, item->start_lo - margin - self->first_day);
  else if (item->end_hi > self->last_day)
    succession_timeline_pan (self, item->end_hi + margin - self->last_day);

  if (self->vadjustment != NULL)
    {
      SuccessionChartOptions options;
      double                 lane_y, value, page;

      succession_timeline_options_init (&options);
      lane_y = options.axis_height +
               succession_chart_data_get_lanes_before (self->data, row) * options.lane_height +
               row * 2 * options.row_padding + options.row_padding + lane * options.lane_height;
      value = gtk_adjustment_get_value (self->vadjustment);
      page = gtk_adjustment_get_page_size (self->vadjustment);
      if (lane_y - options.axis_height < value)
        gtk_adjustment_set_value (self->vadjustment, lane_y - options.axis_height - options.row_padding);
      else if (lane_y + options.lane_height > value + page)
        gtk_adjustment_set_value (self->vadjustment, lane_y + options.lane_height + options.row_padding - page);
    }
}
