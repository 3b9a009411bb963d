/* succession-chart-data.h — what a succession chart shows, prepared once per set of offices
 *
 * Rows are offices, split into lanes where tenures overlap (several seats, or a
 * legislature's members); items in a lane never overlap and are sorted, so the layout of
 * any time window is a binary search away. Built once, in O(n log n); every frame after
 * that costs what is visible. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-format.h"

G_BEGIN_DECLS

typedef struct {
  SuccessionTenure     *tenure;     /* borrowed: the data holds a ref on each office */
  /* Days, as SuccessionDay values widened to double. The bar is drawn from start_lo to end_hi;
   * [start_lo, start_hi] and [end_lo, end_hi] are the uncertain ends, drawn as fades. */
  double                start_lo;
  double                start_hi;
  double                end_lo;
  double                end_hi;
  SuccessionTenureKind  kind;
  gboolean              ongoing;
  gboolean              end_unknown;
  char                 *label;      /* the holder as the chart writes it */
  char                 *short_label; /* "Deng…" where the whole name does not fit, or NULL */
  char                 *family_label; /* "Deng", the family name alone, for the narrowest bars, or NULL */
} SuccessionChartItem;

typedef struct {
  GArray *items;                    /* SuccessionChartItem, sorted by start; no two overlap */
} SuccessionChartLane;

typedef struct {
  SuccessionOffice *office;
  char             *label;          /* the office as the chart writes it */
  SuccessionBody   *term_body;      /* whose terms band this row, or NULL */
  GPtrArray        *lanes;          /* SuccessionChartLane */
} SuccessionChartRow;

typedef struct _SuccessionChartData SuccessionChartData;

#define SUCCESSION_TYPE_CHART_DATA (succession_chart_data_get_type ())
GType                 succession_chart_data_get_type   (void) G_GNUC_CONST;

/* @offices: SuccessionOffice, in the order the rows are stacked. @today: the day ongoing
 * tenures run to. */
SuccessionChartData  *succession_chart_data_new        (GPtrArray             *offices,
                                                        SuccessionNameDisplay  display,
                                                        SuccessionDay          today);
/* The same with today's date: how every view builds its chart, so all say "in office" alike. */
SuccessionChartData  *succession_chart_data_new_today  (GPtrArray             *offices,
                                                        SuccessionNameDisplay  display);
SuccessionChartData  *succession_chart_data_ref        (SuccessionChartData   *self);
void                  succession_chart_data_unref      (SuccessionChartData   *self);

guint                 succession_chart_data_get_n_rows (SuccessionChartData   *self);
SuccessionChartRow   *succession_chart_data_get_row    (SuccessionChartData   *self,
                                                        guint                  i);
/* Total lanes over all rows: the chart's height in lanes. */
guint                 succession_chart_data_get_n_lanes (SuccessionChartData  *self);
guint                 succession_chart_data_get_n_items (SuccessionChartData  *self);
/* Lanes of the rows before @row (an empty row counts one), so a row's position is known
 * without walking the rows above it. */
guint                 succession_chart_data_get_lanes_before (SuccessionChartData *self,
                                                              guint                row);
/* Whether any item reaches into [@first_day, @last_day] (NAN for an open end). */
gboolean              succession_chart_data_has_items_between (SuccessionChartData *self,
                                                               double               first_day,
                                                               double               last_day);
/* The first and last day any item covers; FALSE when there is nothing to draw. */
gboolean              succession_chart_data_get_extent (SuccessionChartData   *self,
                                                        double                *first_day,
                                                        double                *last_day);
SuccessionDay         succession_chart_data_get_today  (SuccessionChartData   *self);
/* Where @tenure is drawn: row, lane and index in the lane; FALSE when it is not drawn. */
gboolean              succession_chart_data_find       (SuccessionChartData   *self,
                                                        SuccessionTenure      *tenure,
                                                        guint                 *row,
                                                        guint                 *lane,
                                                        guint                 *index);
/* The index of the first item of @lane that ends after @day (binary search). */
guint                 succession_chart_lane_search     (SuccessionChartLane   *lane,
                                                        double                 day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionChartData, succession_chart_data_unref)

G_END_DECLS
