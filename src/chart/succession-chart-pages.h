/* succession-chart-pages.h — a succession chart cut into sheets of paper, and its tables
 *
 * The paginator behind printing and the PDF export. The time axis is split into columns of
 * tiles at a readable scale (or fitted to a number of pages across); rows that do not fit a
 * sheet go on to a second tier. Every tile repeats the row names and the axis, and is
 * labelled "A1", "B1", … (column letter along time, tier number down). When a tile takes
 * less than half a sheet, consecutive tiles go one under another on a sheet as strips, each
 * labelled at its top right corner; with one_tile_per_sheet every tile has a sheet of its
 * own, for taping the sheets together. The holder table of each office, with sources,
 * follows the chart. Every page has a header (title, dataset, date printed) and a footer
 * (page n of m, the tiles on the sheet). Sizes are in points; no GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <math.h>

#include "succession-chart-data.h"

G_BEGIN_DECLS

/* The largest readable scale: year ticks and their labels fit, and a five-year tenure has room
 * for a name. Charts whose names fit at less use less (succession-chart-scale.h). */
#define SUCCESSION_CHART_PAGES_DEFAULT_SCALE 36.0   /* points per year */

typedef struct {
  double       paper_width;       /* the sheet, in points */
  double       paper_height;
  double       margin_top;
  double       margin_bottom;
  double       margin_left;
  double       margin_right;
  double       points_per_year;   /* the scale when fit_pages_wide is 0; 0: the readable one */
  guint        fit_pages_wide;    /* > 0: fit the time axis to this many sheets across */
  double       first_day;         /* the time window; NAN for the chart's extent */
  double       last_day;
  gboolean     one_tile_per_sheet; /* FALSE: strips of short tiles share a sheet */
  gboolean     with_table;        /* the holder tables after the chart */
  const char  *title;             /* the header's title; NULL for the offices' names */
  const char  *dataset_title;     /* NULL for none */
  SuccessionNameDisplay display;  /* names in the table */
  SuccessionDay printed;          /* the date in the header; 0 for today */
} SuccessionChartPageSetup;

/* Fills @setup for a sheet of @paper_width x @paper_height points: 36 pt margins, the
 * default scale, the chart's whole extent, strips, with tables. */
void succession_chart_page_setup_init (SuccessionChartPageSetup *setup,
                                       double                    paper_width,
                                       double                    paper_height);

/* Paper sizes in points. */
#define SUCCESSION_PAPER_A4_WIDTH      595.276
#define SUCCESSION_PAPER_A4_HEIGHT     841.890
#define SUCCESSION_PAPER_LETTER_WIDTH  612.0
#define SUCCESSION_PAPER_LETTER_HEIGHT 792.0

typedef struct _SuccessionChartPages SuccessionChartPages;

SuccessionChartPages *succession_chart_pages_new         (SuccessionChartData            *data,
                                                          const SuccessionChartPageSetup *setup);
void                  succession_chart_pages_free        (SuccessionChartPages           *self);

guint                 succession_chart_pages_get_n_pages (SuccessionChartPages *self);
/* Tiles of the chart: columns along time and tiers down. The chart's pages come first, tier
 * by tier, each with one tile or with strips of consecutive columns. */
guint                 succession_chart_pages_get_n_columns (SuccessionChartPages *self);
guint                 succession_chart_pages_get_n_tiers   (SuccessionChartPages *self);
guint                 succession_chart_pages_get_n_chart_pages (SuccessionChartPages *self);
guint                 succession_chart_pages_get_n_table_pages (SuccessionChartPages *self);
/* The tiles on page @page; 0 for a table page. */
guint                 succession_chart_pages_get_n_tiles (SuccessionChartPages *self,
                                                          guint                 page);
/* "A1", "B1", … for the tile of @column (from 0) in @tier (from 0). Free with g_free. */
char                 *succession_chart_pages_get_tile_name (SuccessionChartPages *self,
                                                            guint                 column,
                                                            guint                 tier);
/* The name of tile @index (from 0, top down) of page @page; NULL for a table page. Free
 * with g_free. */
char                 *succession_chart_pages_get_tile_label (SuccessionChartPages *self,
                                                             guint                 page,
                                                             guint                 index);
/* Draws page @page (from 0) on @cr, whose origin is the sheet's top left corner, in points. */
void                  succession_chart_pages_draw_page   (SuccessionChartPages *self,
                                                          guint                 page,
                                                          cairo_t              *cr);

/* The whole chart on one sheet, for SVG and PNG: the size it needs (points) with @setup's
 * scale, window and title, and the drawing. Margins and tables are not used. */
void                  succession_chart_pages_get_whole_size (SuccessionChartPages *self,
                                                             double               *width,
                                                             double               *height);
void                  succession_chart_pages_draw_whole  (SuccessionChartPages *self,
                                                          cairo_t              *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionChartPages, succession_chart_pages_free)

G_END_DECLS
