/* succession-chart-scale.h — how wide a printed chart's name column is, and its readable scale
 *
 * Both are read off the chart's own names, so an office with thirty seats and long names
 * prints as legibly as one with a single holder, on as few sheets as that allows. No GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-chart-layout.h"

G_BEGIN_DECLS

/* The smallest scale (points per year) a readable chart uses: year ticks still fit. */
#define SUCCESSION_CHART_SCALE_FLOOR 12.0

double succession_chart_name_column_width (SuccessionChartData          *data,
                                           const SuccessionChartOptions *options,
                                           double                        most);

double succession_chart_readable_scale    (SuccessionChartData          *data,
                                           const SuccessionChartOptions *options,
                                           double                        most);

G_END_DECLS
