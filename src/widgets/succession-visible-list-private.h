/* succession-visible-list-private.h — what the list's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-visible-list.h"

G_BEGIN_DECLS

/* A row's height before any row was measured: libadwaita's least for a sidebar row. */
#define DEFAULT_ROW_HEIGHT 36
/* Rows kept for reuse once they leave the screen. */
#define MAX_SPARE_ROWS 8

struct _SuccessionVisibleList
{
  GtkWidget parent_instance;

  GListModel *model;
  GType       row_type;
  char       *item_property;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;
  gboolean       configuring; /* the list sets the adjustment: not a scroll by the user */

  GArray *heights; /* int per item: its row's height at measured_width, or -1 */
  gint64  known_total;
  guint   n_known;
  int     measured_width;
  int     view_height;

  GPtrArray *rows; /* the rows of the items [row_start, row_start + rows->len) */
  guint      row_start;
  GPtrArray *spare_rows;

  guint    anchor;        /* the item at the top of the view */
  int      anchor_offset; /* how far its top is above the view's */
  gboolean align_bottom;  /* the next layout puts the bottom of anchor at the view's bottom */

  guint      selected;
  guint      focus_position; /* the item whose row has, or last had, the focus */
  guint      pending_focus;  /* the item to focus once the list is laid out */
  GtkWidget *pressed_row;
};

static inline guint
n_items (SuccessionVisibleList *self)
{
  return self->heights->len;
}

/* The object (succession-visible-list.c). */
void     _succession_visible_list_setup_row       (SuccessionVisibleList *self,
                                                   GtkWidget             *row);

/* Heights, rows and layout (succession-visible-list-layout.c). */
int      _succession_visible_list_estimated_height (SuccessionVisibleList *self);
int      _succession_visible_list_item_height      (SuccessionVisibleList *self,
                                                    guint                  position);
gint64   _succession_visible_list_offset_of        (SuccessionVisibleList *self,
                                                    guint                  position);
void     _succession_visible_list_drop_rows        (SuccessionVisibleList *self);
void     _succession_visible_list_lay_out          (SuccessionVisibleList *self);
void     _succession_visible_list_set_adjustment   (SuccessionVisibleList *self,
                                                    GtkAdjustment        **slot,
                                                    GtkAdjustment         *adjustment,
                                                    gboolean               vertical);
void     _succession_visible_list_drop_adjustments (SuccessionVisibleList *self);
void     _succession_visible_list_measure          (GtkWidget             *widget,
                                                    GtkOrientation         orientation,
                                                    int                    for_size,
                                                    int                   *minimum,
                                                    int                   *natural,
                                                    int                   *minimum_baseline,
                                                    int                   *natural_baseline);
void     _succession_visible_list_size_allocate    (GtkWidget             *widget,
                                                    int                    width,
                                                    int                    height,
                                                    int                    baseline);
GtkSizeRequestMode _succession_visible_list_get_request_mode (GtkWidget *widget);

G_END_DECLS
