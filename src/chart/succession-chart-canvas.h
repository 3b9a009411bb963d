/* succession-chart-canvas.h — the few drawing operations a chart needs, and the one painter
 *
 * The painter (succession-chart-painter.c) decides how every part of a chart looks: the
 * colour, fade, hatching and outline of a tenure's bar, where its label goes and in which
 * colour, the bands, the grid, the axis, the names. It draws through a canvas: a table of
 * operations over cairo (print and every export, succession-chart-cairo.c) or over a
 * GtkSnapshot (the timeline widget, succession-chart-snapshot.c). What is printed is what
 * is on screen because both are the same calls. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "succession-chart-layout.h"

G_BEGIN_DECLS

typedef struct {
  double red, green, blue, alpha;
} SuccessionChartColor;

typedef struct {
  double               offset;  /* 0 to 1 along the gradient */
  SuccessionChartColor color;
} SuccessionChartStop;

/* The colours, and the two line widths that differ between a screen (whole pixels) and
 * paper (hairlines); everything else about a mark is the painter's. */
typedef struct {
  SuccessionChartColor background;
  SuccessionChartColor text;
  SuccessionChartColor dim_text;
  SuccessionChartColor grid;
  SuccessionChartColor band_even;
  SuccessionChartColor band_odd;
  SuccessionChartColor row_separator;
  SuccessionChartColor bar;          /* regular tenures */
  SuccessionChartColor bar_alt;      /* every other regular tenure of a lane, so handovers show */
  SuccessionChartColor bar_text;     /* a label inside a regular bar */
  SuccessionChartColor acting;       /* acting tenures: hatched as well as coloured */
  SuccessionChartColor acting_text;  /* a label inside an acting bar, and its hatching */
  SuccessionChartColor vacancy;      /* vacancies: a dashed outline with no fill */
  SuccessionChartColor today;
  SuccessionChartColor cursor;
  SuccessionChartColor selection;
  SuccessionChartColor focus;
  double               grid_width;   /* grid lines */
  double               rule_width;   /* row separators */
  gboolean             high_contrast;
} SuccessionChartPalette;

void succession_chart_palette_init_print (SuccessionChartPalette *palette);

typedef struct {
  void (*fill_rect)         (gpointer                    canvas,
                             double                      x,
                             double                      y,
                             double                      width,
                             double                      height,
                             double                      radius,
                             const SuccessionChartColor *color);
  /* A horizontal gradient from @x_from to @x_to, filling the rectangle. */
  void (*fill_gradient)     (gpointer                    canvas,
                             double                      x,
                             double                      y,
                             double                      width,
                             double                      height,
                             double                      x_from,
                             double                      x_to,
                             const SuccessionChartStop  *stops,
                             guint                       n_stops);
  /* A border of @line_width inside the rectangle, dashed when @dashes is not NULL. */
  void (*stroke_rect)       (gpointer                    canvas,
                             double                      x,
                             double                      y,
                             double                      width,
                             double                      height,
                             double                      line_width,
                             const double               *dashes,
                             guint                       n_dashes,
                             const SuccessionChartColor *color);
  /* Straight lines (x0, y0, x1, y1 each) clipped to the rectangle. */
  void (*stroke_segments)   (gpointer                    canvas,
                             double                      x,
                             double                      y,
                             double                      width,
                             double                      height,
                             const double               *segments,
                             guint                       n_segments,
                             double                      line_width,
                             const SuccessionChartColor *color);
  /* @layout with its top left corner at (@x, @y). */
  void (*show_layout)       (gpointer                    canvas,
                             PangoLayout                *layout,
                             double                      x,
                             double                      y,
                             const SuccessionChartColor *color);
  void (*push_clip)         (gpointer                    canvas,
                             double                      x,
                             double                      y,
                             double                      width,
                             double                      height);
  void (*pop_clip)          (gpointer                    canvas);
  void (*push_translate)    (gpointer                    canvas,
                             double                      dx,
                             double                      dy);
  void (*pop_translate)     (gpointer                    canvas);
} SuccessionChartCanvasFuncs;

typedef struct {
  const SuccessionChartCanvasFuncs *funcs;
  gpointer                          data;
  PangoLayout                      *text;   /* set up with the label font and language */
} SuccessionChartCanvas;

/* What part of the chart is drawn and what is marked on it. */
typedef struct {
  double            scroll_y;      /* layout y at the top of the plot, under the axis */
  double            view_height;   /* the area drawn, axis included */
  SuccessionTenure *selected;
  SuccessionTenure *focused;
} SuccessionChartView;

void   succession_chart_paint        (SuccessionChartLayout        *layout,
                                      const SuccessionChartCanvas  *canvas,
                                      const SuccessionChartPalette *palette,
                                      const SuccessionChartView    *view);

/* The key (what a colour, a fade, a hatching and a dashed outline mean) at @width; returns
 * its height. With @canvas NULL only measures, with @text. */
double succession_chart_paint_legend (const SuccessionChartCanvas  *canvas,
                                      PangoLayout                  *text,
                                      const SuccessionChartPalette *palette,
                                      double                        width);

/* @text into @layout as plain text (never markup), Han runs tagged with the language
 * their glyphs should take. */
void   succession_chart_set_text     (PangoLayout                  *layout,
                                      const char                   *text);

G_END_DECLS
