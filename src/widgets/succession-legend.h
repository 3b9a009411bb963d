/* succession-legend.h — the chart's key on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SUCCESSION_TYPE_LEGEND (succession_legend_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionLegend, succession_legend, SUCCESSION, LEGEND, GtkWidget)

GtkWidget *succession_legend_new (void);

G_END_DECLS
