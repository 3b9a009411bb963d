/* succession-visible-list-layout.c — the list's heights, its rows and their layout
 *
 * Which items meet the view, from the anchor (an item and how far its top is above the view's):
 * their rows made or reused, measured at the list's width, and placed; the scrollbar's length
 * and place from the heights measured so far and their mean for the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-visible-list"

#include "config.h"

#include "succession-visible-list-private.h"

/* ---- heights -------------------------------------------------------------------------- */

int
_succession_visible_list_estimated_height (SuccessionVisibleList *self)
{
  return self->n_known > 0 ? (int) (self->known_total / self->n_known) : DEFAULT_ROW_HEIGHT;
}

int
_succession_visible_list_item_height (SuccessionVisibleList *self,
                                      guint                  position)
{
  int height = g_array_index (self->heights, int, position);

  return height >= 0 ? height : _succession_visible_list_estimated_height (self);
}

static void
set_item_height (SuccessionVisibleList *self,
                 guint                  position,
                 int                    height)
{
  int *known = &g_array_index (self->heights, int, position);

  if (*known >= 0)
    self->known_total -= *known;
  else
    self->n_known++;
  *known = height;
  self->known_total += height;
}

static gint64
total_height (SuccessionVisibleList *self)
{
  return self->known_total + (gint64) (n_items (self) - self->n_known) * _succession_visible_list_estimated_height (self);
}

gint64
_succession_visible_list_offset_of (SuccessionVisibleList *self,
                                    guint                  position)
{
  gint64 offset = 0;
  int    estimate = _succession_visible_list_estimated_height (self);

  for (guint i = 0; i < position; i++)
    {
      int height = g_array_index (self->heights, int, i);

      offset += height >= 0 ? height : estimate;
    }
  return offset;
}

static void
forget_heights (SuccessionVisibleList *self)
{
  for (guint i = 0; i < self->heights->len; i++)
    g_array_index (self->heights, int, i) = -1;
  self->known_total = 0;
  self->n_known = 0;
}

/* ---- rows ----------------------------------------------------------------------------- */

static void
bind_row (SuccessionVisibleList *self,
          GtkWidget             *row,
          guint                  position)
{
  g_autoptr(GObject) item = g_list_model_get_item (self->model, position);
  gboolean selected = position == self->selected;

  g_object_set (row, self->item_property, item, NULL);
  if (selected)
    gtk_widget_set_state_flags (row, GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (row, GTK_STATE_FLAG_SELECTED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}

static GtkWidget *
take_row (SuccessionVisibleList *self)
{
  GtkWidget *row;

  if (self->spare_rows->len > 0)
    {
      row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
      gtk_widget_set_parent (row, GTK_WIDGET (self));
      g_object_unref (row);
      return row;
    }

  row = g_object_new (self->row_type, NULL);
  gtk_widget_set_parent (row, GTK_WIDGET (self));
  _succession_visible_list_setup_row (self, row);
  return row;
}

static void
give_back_row (SuccessionVisibleList *self,
               GtkWidget             *row)
{
  /* The focus stays in the list, on the list, until it moves to another row. */
  if (gtk_widget_get_focus_child (GTK_WIDGET (self)) == row)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  if (row == self->pressed_row)
    self->pressed_row = NULL;

  if (self->spare_rows->len < MAX_SPARE_ROWS)
    {
      g_object_set (row, self->item_property, NULL, NULL);
      g_ptr_array_add (self->spare_rows, g_object_ref (row));
    }
  gtk_widget_unparent (row);
}

void
_succession_visible_list_drop_rows (SuccessionVisibleList *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    give_back_row (self, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  self->row_start = 0;
}

/* Rows for the items [start, end): those already made for them stay, the others are reused. */
static void
make_rows (SuccessionVisibleList *self,
           guint                  start,
           guint                  end)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_sized_new (end - start);
  g_autoptr(GPtrArray) leaving = g_ptr_array_new ();
  GtkWidget *previous = NULL;

  if (start == self->row_start && end == self->row_start + self->rows->len)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    {
      guint position = self->row_start + i;

      if (position < start || position >= end)
        g_ptr_array_add (leaving, g_ptr_array_index (self->rows, i));
    }

  for (guint position = start; position < end; position++)
    {
      GtkWidget *row = NULL;

      if (position >= self->row_start && position < self->row_start + self->rows->len)
        row = g_ptr_array_index (self->rows, position - self->row_start);
      else if (leaving->len > 0)
        {
          /* A row leaving the screen shows an item coming onto it, unless it has the focus. */
          row = g_ptr_array_steal_index_fast (leaving, leaving->len - 1);
          if (gtk_widget_get_focus_child (GTK_WIDGET (self)) == row)
            {
              give_back_row (self, row);
              row = take_row (self);
            }
          bind_row (self, row, position);
        }
      else
        {
          row = take_row (self);
          bind_row (self, row, position);
        }
      g_ptr_array_add (rows, row);
    }

  for (guint i = 0; i < leaving->len; i++)
    give_back_row (self, g_ptr_array_index (leaving, i));

  /* The children in the order of their items, as a screen reader and Tab go through them. */
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_prev_sibling (row) != previous)
        gtk_widget_insert_after (row, GTK_WIDGET (self), previous);
      previous = row;
    }

  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_extend_and_steal (self->rows, g_steal_pointer (&rows));
  self->row_start = start;
}

static int
measure_row (SuccessionVisibleList *self,
             guint                  position)
{
  GtkWidget *row = g_ptr_array_index (self->rows, position - self->row_start);
  int        height;

  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, self->measured_width, &height, NULL, NULL, NULL);
  set_item_height (self, position, height);
  return height;
}

/* The items from the anchor to the bottom of the view, and one more on each side. */
static void
items_on_screen (SuccessionVisibleList *self,
                 guint                 *start,
                 guint                 *end)
{
  guint  n = n_items (self);
  gint64 y = -self->anchor_offset;
  guint  position = self->anchor;

  while (position < n && y < self->view_height)
    y += _succession_visible_list_item_height (self, position++);
  *start = self->anchor > 0 ? self->anchor - 1 : 0;
  *end = MIN (position + 1, n);
}

/* Makes and measures the rows for the view at the anchor, moving the anchor up when the items
 * after it leave the bottom of the view empty. */
void
_succession_visible_list_lay_out (SuccessionVisibleList *self)
{
  guint n = n_items (self);

  if (n == 0 || self->measured_width <= 0)
    {
      _succession_visible_list_drop_rows (self);
      self->anchor = 0;
      self->anchor_offset = 0;
      return;
    }
  self->anchor = MIN (self->anchor, n - 1);

  if (self->align_bottom)
    {
      guint position = self->anchor;
      int   y;

      self->align_bottom = FALSE;
      make_rows (self, position, position + 1);
      y = self->view_height - measure_row (self, position);
      while (y > 0 && position > 0)
        {
          position--;
          make_rows (self, position, self->row_start + self->rows->len);
          y -= measure_row (self, position);
        }
      self->anchor = position;
      self->anchor_offset = MAX (0, -y);
    }

  /* Measuring rows changes the estimate and so the range: a few rounds settle it. */
  for (guint round = 0; round < 4; round++)
    {
      guint    start, end;
      gint64   bottom;
      gboolean settled = TRUE;

      items_on_screen (self, &start, &end);
      make_rows (self, start, end);
      for (guint position = start; position < end; position++)
        {
          int before = g_array_index (self->heights, int, position);

          if (measure_row (self, position) != before)
            settled = FALSE;
        }

      /* Past the last item there is nothing to show: the view ends with it. */
      bottom = _succession_visible_list_offset_of (self, n) - _succession_visible_list_offset_of (self, self->anchor) - self->anchor_offset;
      if (end == n && bottom < self->view_height)
        {
          gint64 top = _succession_visible_list_offset_of (self, self->anchor) + self->anchor_offset - (self->view_height - bottom);
          guint  position = 0;
          gint64 y = 0;

          top = MAX (0, top);
          while (position + 1 < n && y + _succession_visible_list_item_height (self, position) <= top)
            y += _succession_visible_list_item_height (self, position++);
          if (position != self->anchor || self->anchor_offset != (int) (top - y))
            settled = FALSE;
          self->anchor = position;
          self->anchor_offset = (int) (top - y);
        }
      if (settled)
        break;
    }
}

/* ---- layout --------------------------------------------------------------------------- */

static void
configure_adjustments (SuccessionVisibleList *self,
                       int                    width,
                       int                    height)
{
  self->configuring = TRUE;
  if (self->vadjustment != NULL)
    {
      double upper = MAX ((double) total_height (self), height);
      double value = n_items (self) > 0 ? (double) (_succession_visible_list_offset_of (self, self->anchor) + self->anchor_offset) : 0;

      gtk_adjustment_configure (self->vadjustment, CLAMP (value, 0, upper - height), 0, upper,
                                _succession_visible_list_estimated_height (self), height * 0.9, height);
    }
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment, 0, 0, width, width * 0.1, width * 0.9, width);
  self->configuring = FALSE;
}

void
_succession_visible_list_size_allocate (GtkWidget *widget,
                                        int        width,
                                        int        height,
                                        int        baseline)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (widget);
  int                    y;

  if (width != self->measured_width)
    forget_heights (self);
  self->measured_width = width;
  self->view_height = height;
  _succession_visible_list_lay_out (self);

  y = -self->anchor_offset;
  if (self->rows->len > 0 && self->row_start < self->anchor)
    y -= _succession_visible_list_item_height (self, self->row_start);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      int        row_height = _succession_visible_list_item_height (self, self->row_start + i);

      gtk_widget_size_allocate (row, &(GtkAllocation){ 0, y, width, row_height }, -1);
      y += row_height;
    }

  configure_adjustments (self, width, height);

  if (self->pending_focus != GTK_INVALID_LIST_POSITION)
    {
      guint position = self->pending_focus;

      self->pending_focus = GTK_INVALID_LIST_POSITION;
      if (gtk_widget_has_focus (widget))
        succession_visible_list_focus (self, position);
    }
}

void
_succession_visible_list_measure (GtkWidget     *widget,
                                  GtkOrientation orientation,
                                  int            for_size,
                                  int           *minimum,
                                  int           *natural,
                                  int           *minimum_baseline,
                                  int           *natural_baseline)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *natural = (int) MIN (total_height (self), G_MAXINT / 2);
      return;
    }

  /* As wide as the widest row made. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      int row_minimum, row_natural;

      gtk_widget_measure (g_ptr_array_index (self->rows, i), orientation, -1, &row_minimum, &row_natural, NULL, NULL);
      *minimum = MAX (*minimum, row_minimum);
      *natural = MAX (*natural, row_natural);
    }
}

GtkSizeRequestMode
_succession_visible_list_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
on_vadjustment_value_changed (SuccessionVisibleList *self,
                              GtkAdjustment         *adjustment)
{
  gint64 value, y = 0;
  guint  position = 0;
  guint  n = n_items (self);

  if (self->configuring || n == 0)
    return;

  value = (gint64) gtk_adjustment_get_value (adjustment);
  while (position + 1 < n && y + _succession_visible_list_item_height (self, position) <= value)
    y += _succession_visible_list_item_height (self, position++);
  self->anchor = position;
  self->anchor_offset = (int) (value - y);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_succession_visible_list_set_adjustment (SuccessionVisibleList *self,
                                         GtkAdjustment        **slot,
                                         GtkAdjustment         *adjustment,
                                         gboolean               vertical)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_vadjustment_value_changed, self);
  g_clear_object (slot);
  *slot = adjustment != NULL ? g_object_ref_sink (adjustment) : g_object_ref_sink (gtk_adjustment_new (0, 0, 0, 0, 0, 0));
  if (vertical)
    g_signal_connect_object (*slot, "value-changed", G_CALLBACK (on_vadjustment_value_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_succession_visible_list_drop_adjustments (SuccessionVisibleList *self)
{
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_vadjustment_value_changed, self);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->hadjustment);
}
