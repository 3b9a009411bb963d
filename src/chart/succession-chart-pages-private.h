/* succession-chart-pages-private.h — what the paginator's files share
 *
 * succession-chart-pages.c plans and draws the chart's sheets (tiles, strips, header and
 * footer); succession-chart-table.c plans and draws the holder tables that follow them;
 * succession-chart-whole.c draws the whole chart as one picture; succession-chart-scale.c
 * chooses the readable scale and the width of the names column.
 * Sizes are in points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "succession-chart-layout.h"
#include "succession-chart-pages.h"

G_BEGIN_DECLS

/* Space between the chart and its key, on a sheet and in the whole picture. */
#define LEGEND_MARGIN 8.0

typedef struct {
  double top;      /* layout y of the first line of the tier (>= the axis height) */
  double bottom;
} SuccessionChartTier;

/* A chart sheet: tiles [first_column, first_column + n_columns) of one tier, one under
 * another as strips. */
typedef struct {
  guint    tier;
  guint    first_column;
  guint    n_columns;
  gboolean strips;   /* each tile under its label, as more than one fit a sheet */
} SuccessionChartSheet;

struct _SuccessionChartPages
{
  SuccessionChartData      *data;
  SuccessionChartPageSetup  setup;
  char                     *title;
  char                     *dataset_title;
  char                     *printed;
  const char               *language;
  PangoFontDescription     *font;
  PangoFontDescription     *bold;
  PangoFontDescription     *small;
  SuccessionChartOptions    options;   /* for every tile; window and rows set per tile */
  double                    legend_height; /* the key at the foot of each chart sheet, margin included */
  double                    first_day;
  double                    last_day;  /* where the chart ends: the last tile is cut there */
  double                    days_per_column;
  int                       first_year;       /* > 0: columns start on the first of January */
  int                       years_per_column;
  double                    scale;     /* points per day */
  double                    chart_height;
  guint                     n_columns;
  GArray                   *tiers;     /* SuccessionChartTier */
  GArray                   *sheets;    /* SuccessionChartSheet */
  GPtrArray                *tables;    /* one per chart row, for succession-chart-table.c */
  GPtrArray                *table_pages;
  GPtrArray                *references;  /* char *: "[n] citation", numbered in order of first use */
  GArray                   *reference_heights; /* double, one per reference */
  double                    header_row_height;
  double                    header_height;  /* title (up to two lines), dataset, rule */
  PangoLayout              *measure;   /* the label font, for the chart layout */
};

double       succession_chart_pages_printable_width  (SuccessionChartPages       *self);
double       succession_chart_pages_body_height      (SuccessionChartPages       *self);
/* A layout for text on @cr (or for measuring, with @cr NULL) in the interface language. */
PangoLayout *succession_chart_pages_new_text_layout  (SuccessionChartPages       *self,
                                                      cairo_t                    *cr,
                                                      const PangoFontDescription *font);
/* @text at (@x, @y), the top left corner. */
void         succession_chart_pages_show             (cairo_t                    *cr,
                                                      PangoLayout                *layout,
                                                      const char                 *text,
                                                      double                      x,
                                                      double                      y);

/* The chart's lines [@top, @bottom) (layout y) at @cr's origin, under the axis. */
void         succession_chart_pages_draw_chart       (SuccessionChartPages       *self,
                                                      cairo_t                    *cr,
                                                      SuccessionChartOptions     *options,
                                                      double                      top,
                                                      double                      bottom);

/* succession-chart-table.c: fills tables and table_pages (empty without with_table). */
void         succession_chart_pages_plan_tables      (SuccessionChartPages       *self);
/* Table page @index (from 0) at @cr's origin, under the header. */
void         succession_chart_pages_draw_table_page  (SuccessionChartPages       *self,
                                                      cairo_t                    *cr,
                                                      guint                       index);

G_END_DECLS
