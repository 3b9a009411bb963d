/* succession-chart-layout.h — the geometry of a succession chart for one view of it
 *
 * Given the chart data, a time window, a size and a text measurer, compute where every
 * visible bar, label, term band, tick, "today" mark and date cursor goes. Pure geometry:
 * one painter (succession-chart-painter.c) draws it for the widget, print and export alike,
 * so what is printed is what is on screen. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-chart-data.h"

G_BEGIN_DECLS

/* Width in the layout's units (pixels or points) of @text at the label font. */
typedef double (*SuccessionChartMeasure) (const char *text,
                                          gpointer    user_data);

typedef enum {
  SUCCESSION_CHART_TICKS_DECADES,
  SUCCESSION_CHART_TICKS_YEARS,
  SUCCESSION_CHART_TICKS_MONTHS,
} SuccessionChartTickLevel;

typedef struct {
  double                  first_day;       /* the time window: days at the left and right edges */
  double                  last_day;
  double                  width;           /* the whole area, names column included */
  double                  name_width;      /* the column of row names at the left (0: none) */
  double                  axis_height;     /* the time axis at the top */
  double                  lane_height;     /* one lane; a row is its lanes plus padding */
  double                  row_padding;
  double                  visible_top;     /* only rows meeting [visible_top, visible_bottom) */
  double                  visible_bottom;  /* are laid out; use 0 and G_MAXDOUBLE for all */
  double                  label_padding;
  double                  min_tick_spacing;
  gboolean                show_bands;
  gboolean                show_today;
  double                  cursor_day;      /* the "on date" cursor; NAN for none */
  SuccessionChartMeasure  measure;
  gpointer                measure_data;
} SuccessionChartOptions;

/* Fills @options with the defaults the widget uses (sizes in pixels). */
void succession_chart_options_init (SuccessionChartOptions *options);

typedef enum {
  SUCCESSION_CHART_LABEL_NONE,     /* no room: the tooltip and the table say who */
  SUCCESSION_CHART_LABEL_INSIDE,   /* inside its bar: labels never stand outside one */
} SuccessionChartLabelPlace;

typedef struct {
  const SuccessionChartItem *item;
  guint                      row;
  guint                      lane;
  guint                      index;       /* in its lane */
  double                     x0, x1;      /* the drawn bar, fades included */
  double                     solid_x0;    /* where the fade at the start ends */
  double                     solid_x1;    /* where the fade at the end begins */
  double                     y, height;
  SuccessionChartLabelPlace  label_place;
  gboolean                   label_on_fade; /* the label crosses a fade: drawn dark, not light */
  const char                *label_text;  /* the item's label, or its short form where only that fits */
  double                     label_x;     /* left edge of the label text */
  double                     label_width;
} SuccessionChartBar;

typedef struct {
  double          x0, x1;       /* clipped to the plot */
  double          y, height;    /* the row it bands */
  SuccessionTerm *term;
  int             number;
  gboolean        odd;          /* alternate shading */
  char           *label;       /* "14th"; NULL when it does not fit */
  double          label_x;
} SuccessionChartBand;

typedef struct {
  double   x;
  gboolean major;
  char    *label;              /* NULL for an unlabelled tick */
  double   label_x;            /* left edge of the label: right of the tick, or moved left to fit */
} SuccessionChartTick;

typedef struct {
  guint   row;
  double  y, height;
  char   *label;
} SuccessionChartRowBox;

typedef struct _SuccessionChartLayout SuccessionChartLayout;

SuccessionChartLayout *succession_chart_layout_new      (SuccessionChartData          *data,
                                                         const SuccessionChartOptions *options);
void                   succession_chart_layout_free     (SuccessionChartLayout        *self);

const SuccessionChartOptions *succession_chart_layout_get_options (SuccessionChartLayout *self);
/* The total height of all rows plus the axis, whatever the visible range. */
double                 succession_chart_layout_get_height (SuccessionChartLayout *self);
double                 succession_chart_layout_day_to_x  (SuccessionChartLayout *self,
                                                          double                 day);
double                 succession_chart_layout_x_to_day  (SuccessionChartLayout *self,
                                                          double                 x);

/* Laid-out parts; arrays owned by the layout. */
GArray                *succession_chart_layout_get_rows  (SuccessionChartLayout *self);  /* SuccessionChartRowBox */
GArray                *succession_chart_layout_get_bars  (SuccessionChartLayout *self);  /* SuccessionChartBar */
GArray                *succession_chart_layout_get_bands (SuccessionChartLayout *self);  /* SuccessionChartBand */
GArray                *succession_chart_layout_get_ticks (SuccessionChartLayout *self);  /* SuccessionChartTick */
SuccessionChartTickLevel succession_chart_layout_get_tick_level (SuccessionChartLayout *self);
/* x of the today mark and of the cursor; NAN when not shown. */
double                 succession_chart_layout_get_today_x  (SuccessionChartLayout *self);
double                 succession_chart_layout_get_cursor_x (SuccessionChartLayout *self);
/* The bar at (@x, @y), or NULL. */
const SuccessionChartBar *succession_chart_layout_pick   (SuccessionChartLayout *self,
                                                          double                 x,
                                                          double                 y);

/* The chart's key: what the two shades, the hatching, the dashed outline and the fades mean.
 * Laid out here, painted by the one painter, so the screen and the page say the same. */
typedef enum {
  SUCCESSION_CHART_KEY_HOLDERS,
  SUCCESSION_CHART_KEY_ACTING,
  SUCCESSION_CHART_KEY_VACANT,
  SUCCESSION_CHART_KEY_FADE,
  SUCCESSION_CHART_KEY_N_ITEMS
} SuccessionChartKeyKind;

#define SUCCESSION_CHART_KEY_SWATCH_WIDTH  28.0
#define SUCCESSION_CHART_KEY_SWATCH_HEIGHT 10.0

typedef struct {
  SuccessionChartKeyKind  kind;
  const char             *label;        /* translated */
  double                  swatch_x;     /* top left of the swatch */
  double                  swatch_y;
  double                  text_x;       /* top left of the text */
  double                  text_y;
  double                  wrap_width;   /* the width its text is wrapped to; -1 when on one line */
  double                  width;        /* swatch and text */
  double                  height;
} SuccessionChartKeyItem;

/* Size of @text wrapped at @wrap_width (-1: one line), in the key's font. */
typedef void (*SuccessionChartMeasureBlock) (const char *text,
                                             double      wrap_width,
                                             double     *width,
                                             double     *height,
                                             gpointer    user_data);

/* Places the key's items in lines within @width from (0, 0): an item goes on the next line
 * where it would not fit, and one wider than a whole line wraps its words. Returns the height. */
double succession_chart_key_layout (double                       width,
                                    SuccessionChartMeasureBlock  measure,
                                    gpointer                     user_data,
                                    SuccessionChartKeyItem       items[SUCCESSION_CHART_KEY_N_ITEMS]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionChartLayout, succession_chart_layout_free)

G_END_DECLS
