/* succession-chart-source.h — a page that says which offices its chart shows
 *
 * Print and export ask the page on screen, so what they make is what the user is looking at,
 * whatever dataset is open. No page knows the window, and the window knows no office ids.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "succession-chart-data.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_CHART_SOURCE (succession_chart_source_get_type ())
G_DECLARE_INTERFACE (SuccessionChartSource, succession_chart_source, SUCCESSION, CHART_SOURCE, GObject)

struct _SuccessionChartSourceInterface
{
  GTypeInterface parent_iface;

  GPtrArray           * (*dup_chart_offices) (SuccessionChartSource *self);
  SuccessionChartData * (*get_chart_data)    (SuccessionChartSource *self);
};

/* The SuccessionOffice objects the page's chart shows, in its order (borrowed from the page's
 * dataset; the array is the caller's); empty when it shows none. */
GPtrArray           *succession_chart_source_dup_chart_offices (SuccessionChartSource *self);
/* The chart data the page's timeline draws (borrowed), NULL before it has any: print and
 * export take this, so they show what the page shows, built once. */
SuccessionChartData *succession_chart_source_get_chart_data    (SuccessionChartSource *self);

G_END_DECLS
