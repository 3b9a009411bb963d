/* succession-chart-cairo.h — draws a chart layout with cairo, for print and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "succession-chart-canvas.h"

G_BEGIN_DECLS

/* A measure function for SuccessionChartOptions: @user_data is a PangoLayout set up with
 * the label font. */
double succession_chart_cairo_measure      (const char             *text,
                                            gpointer                user_data);

/* Draws @layout on @cr: bands, grid, bars, labels, axis, today and cursor, and the names
 * column when the layout has one. @font is the label font; @selected may be NULL. */
void   succession_chart_cairo_paint        (SuccessionChartLayout        *layout,
                                            cairo_t                      *cr,
                                            const PangoFontDescription   *font,
                                            const char                   *pango_language,
                                            const SuccessionChartPalette *palette,
                                            SuccessionTenure             *selected);

/* Sets @text into @layout as text (never markup), its runs of Han characters tagged with the
 * Chinese the interface calls for (succession_format_han_language()) so they take the right
 * glyph shapes whatever the interface language. */
/* A canvas drawing on @cr, with @text for its labels. */
void   succession_chart_cairo_canvas_init  (SuccessionChartCanvas        *canvas,
                                            cairo_t                      *cr,
                                            PangoLayout                  *text);

/* Shows @layout at @cr's current point, as pango_cairo_show_layout(), or, when @cr collects
 * text (succession_chart_cairo_collect_text()), appends its lines to the collected SVG instead
 * of drawing glyphs. Every painter draws its text through this. */
void   succession_chart_show_layout        (cairo_t                      *cr,
                                            PangoLayout                  *layout);
/* From now on the text drawn on @cr goes into @svg as SVG <text> elements (device units). */
void   succession_chart_cairo_collect_text (cairo_t                      *cr,
                                            GString                      *svg);

/* The chart's key: what the two shades, the hatching, the dashed outline and the fades mean,
 * flowing in lines within @width from @cr's origin, in @text's font. With @cr NULL it only
 * measures. Returns its height. */
double succession_chart_cairo_paint_legend (cairo_t                      *cr,
                                            PangoLayout                  *text,
                                            const SuccessionChartPalette *palette,
                                            double                        width);

G_END_DECLS
