/* succession-chart-page.h — several offices stacked on one time axis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"
#include "succession-timeline.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_CHART_PAGE (succession_chart_page_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionChartPage, succession_chart_page, SUCCESSION, CHART_PAGE, GtkWidget)

void                succession_chart_page_set_dataset          (SuccessionChartPage *self,
                                                                SuccessionDataset   *dataset);
/* The identifiers of the offices on the chart, in the order they are stacked. */
const char * const *succession_chart_page_get_selected_offices (SuccessionChartPage *self);
void                succession_chart_page_set_selected_offices (SuccessionChartPage *self,
                                                                const char * const  *ids);
SuccessionTimeline *succession_chart_page_get_timeline         (SuccessionChartPage *self);

G_END_DECLS
