/* succession-timeline-private.h — the timeline's fields, shared by its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-timeline.h"

G_BEGIN_DECLS

/* The narrowest window: two weeks; the widest: ten thousand years. */
#define MIN_SPAN_DAYS 14.0
#define MAX_SPAN_DAYS 3652059.0

struct _SuccessionTimeline
{
  GtkWidget              parent_instance;

  SuccessionChartData   *data;
  GtkSelectionModel     *selection;
  double                 first_day;
  double                 last_day;
  double                 cursor_day;

  GtkAdjustment         *hadjustment;
  GtkAdjustment         *vadjustment;
  GtkScrollablePolicy    hscroll_policy;
  GtkScrollablePolicy    vscroll_policy;

  /* The cache: the layout of the current window and size, and its render node. */
  SuccessionChartLayout *layout;
  GskRenderNode         *node;
  PangoLayout           *measure_layout;
  PangoLayout           *text_layout;
  int                    last_width;
  int                    last_height;

  SuccessionTenure      *focused;      /* borrowed from the data */
  SuccessionTenure      *selected;     /* borrowed from the data */

  /* What a screen reader was last told (name and description), to tell it only changes. */
  char                  *accessible_label;
  char                  *accessible_description;

  /* Input */
  double                 pointer_x;
  double                 drag_first_day;
  double                 gesture_first_day;
  double                 gesture_last_day;
};

/* succession-timeline.c */
void              succession_timeline_options_init     (SuccessionChartOptions *options);
void              succession_timeline_invalidate       (SuccessionTimeline *self);
void              succession_timeline_update_accessible (SuccessionTimeline *self);
void              succession_timeline_invalidate_node  (SuccessionTimeline *self);
double            succession_timeline_get_scroll_y     (SuccessionTimeline *self);
double            succession_timeline_name_width       (SuccessionTimeline *self);
double            succession_timeline_content_height   (SuccessionTimeline *self);
double            succession_timeline_days_per_pixel   (SuccessionTimeline *self);
SuccessionTenure *succession_timeline_item_tenure      (gpointer            item);
void              succession_timeline_select_tenure    (SuccessionTimeline *self,
                                                        SuccessionTenure   *tenure);
void              succession_timeline_reveal           (SuccessionTimeline *self,
                                                        SuccessionTenure   *tenure);
void              succession_timeline_zoom_at          (SuccessionTimeline *self,
                                                        double              anchor_day,
                                                        double              factor);
void              succession_timeline_pan              (SuccessionTimeline *self,
                                                        double              days);

/* succession-timeline-input.c */
void              succession_timeline_class_init_input (GtkWidgetClass     *widget_class);
void              succession_timeline_init_input       (SuccessionTimeline *self);

G_END_DECLS
