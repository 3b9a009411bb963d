/* succession-chart-source.c — a page that says which offices its chart shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-chart-source.h"

G_DEFINE_INTERFACE (SuccessionChartSource, succession_chart_source, G_TYPE_OBJECT)

static void
succession_chart_source_default_init (SuccessionChartSourceInterface *iface)
{
}

GPtrArray *
succession_chart_source_dup_chart_offices (SuccessionChartSource *self)
{
  SuccessionChartSourceInterface *iface;

  g_return_val_if_fail (SUCCESSION_IS_CHART_SOURCE (self), g_ptr_array_new ());

  iface = SUCCESSION_CHART_SOURCE_GET_IFACE (self);
  g_return_val_if_fail (iface->dup_chart_offices != NULL, g_ptr_array_new ());
  return iface->dup_chart_offices (self);
}

SuccessionChartData *
succession_chart_source_get_chart_data (SuccessionChartSource *self)
{
  SuccessionChartSourceInterface *iface;

  g_return_val_if_fail (SUCCESSION_IS_CHART_SOURCE (self), NULL);

  iface = SUCCESSION_CHART_SOURCE_GET_IFACE (self);
  return iface->get_chart_data != NULL ? iface->get_chart_data (self) : NULL;
}
