/* succession-chart-snapshot.h — the chart canvas over a GtkSnapshot, for the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-chart-canvas.h"

G_BEGIN_DECLS

/* The chart's colours from @widget's style (Adwaita's named colours, high contrast included),
 * with whole-pixel lines. */
void succession_chart_snapshot_palette_init (SuccessionChartPalette *palette,
                                             GtkWidget              *widget);

/* A canvas drawing into @snapshot, with @text (a layout of the widget) for its labels. */
void succession_chart_snapshot_canvas_init  (SuccessionChartCanvas  *canvas,
                                             GtkSnapshot            *snapshot,
                                             PangoLayout            *text);

G_END_DECLS
