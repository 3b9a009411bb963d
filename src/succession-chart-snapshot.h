/* succession-chart-snapshot.h — draws a chart layout into a GtkSnapshot, for the widget
 *
 * The counterpart of succession-chart-cairo: the same layout, the same parts in the same
 * order, with the colours of the widget's style instead of the print palette.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-chart-layout.h"

G_BEGIN_DECLS

typedef struct {
  GdkRGBA  background;
  GdkRGBA  text;
  GdkRGBA  dim_text;
  GdkRGBA  grid;
  GdkRGBA  band_even;
  GdkRGBA  band_odd;
  GdkRGBA  row_separator;
  GdkRGBA  bar;
  GdkRGBA  bar_alt;
  GdkRGBA  bar_text;
  GdkRGBA  acting;
  GdkRGBA  acting_text;
  GdkRGBA  vacancy;
  GdkRGBA  today;
  GdkRGBA  cursor;
  GdkRGBA  selection;
  GdkRGBA  focus;
  gboolean high_contrast;
} SuccessionChartSnapshotPalette;

/* The palette of @widget's style: light, dark or high contrast. */
void succession_chart_snapshot_palette_init (SuccessionChartSnapshotPalette *palette,
                                             GtkWidget                      *widget);

/* Draws @layout: rows scrolled up by @scroll_y under a fixed time axis, in a view
 * @view_height tall. @text is a PangoLayout with the label font. @selected and @focused
 * (a focus ring) may be NULL. */
void succession_chart_snapshot_paint (SuccessionChartLayout                *layout,
                                      GtkSnapshot                          *snapshot,
                                      PangoLayout                          *text,
                                      const SuccessionChartSnapshotPalette *palette,
                                      double                                scroll_y,
                                      double                                view_height,
                                      SuccessionTenure                     *selected,
                                      SuccessionTenure                     *focused);

G_END_DECLS
