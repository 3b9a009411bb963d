/* succession-visible-list.c — a scrollable list that makes rows only for what is on screen
 *
 * GTK 4.8's list view makes a row widget for up to 200 items around its scroll position,
 * whatever its height: a list of 5,000 offices costs 200 rows made, bound and measured where
 * 20 are seen, and a list of 50 costs 50, so the cost of showing a dataset grows with it. This
 * list makes rows for the items that meet the screen and one on each side (for the arrow keys),
 * and reuses them as it scrolls.
 *
 * Its scroll position is an item and how far that item's top is above the view (the anchor).
 * The scrollbar's length and place come from the heights of the rows measured so far at this
 * width, and for the others their mean: a measured row keeps its place on screen when the
 * estimate of the rest changes. Walking to a position sums heights item by item; that is a few
 * microseconds for thousands of items, far below making one row.
 *
 * The rows are the list's children, in the order of their items, named "list item" to a screen
 * reader. A row that is scrolled away while it has the focus gives the focus to the list, which
 * gives it back to the row of the same item when the arrow keys move on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-visible-list"

#include "config.h"

#include "succession-visible-list-private.h"

static void succession_visible_list_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SuccessionVisibleList, succession_visible_list, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, succession_visible_list_scrollable_init))

enum {
  PROP_0,
  PROP_MODEL,
  PROP_ROW_TYPE,
  PROP_ITEM_PROPERTY,
  PROP_SELECTED,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SETUP_ROW,
  SIGNAL_ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
succession_visible_list_scrollable_init (GtkScrollableInterface *iface)
{
}

void
_succession_visible_list_setup_row (SuccessionVisibleList *self,
                                    GtkWidget             *row)
{
  g_signal_emit (self, signals[SIGNAL_SETUP_ROW], 0, row);
}

/* ---- the model ------------------------------------------------------------------------ */

static guint
moved_position (guint position,
                guint changed,
                guint removed,
                guint added)
{
  if (position == GTK_INVALID_LIST_POSITION || position < changed)
    return position;
  if (position >= changed + removed)
    return position - removed + added;
  return GTK_INVALID_LIST_POSITION;
}

static void
on_items_changed (SuccessionVisibleList *self,
                  guint                  position,
                  guint                  removed,
                  guint                  added,
                  GListModel            *model)
{
  for (guint i = position; i < position + removed; i++)
    if (g_array_index (self->heights, int, i) >= 0)
      {
        self->known_total -= g_array_index (self->heights, int, i);
        self->n_known--;
      }
  g_array_remove_range (self->heights, position, removed);
  if (added > 0)
    {
      g_autofree int *unknown = g_new (int, added);

      for (guint i = 0; i < added; i++)
        unknown[i] = -1;
      g_array_insert_vals (self->heights, position, unknown, added);
    }

  self->selected = moved_position (self->selected, position, removed, added);
  self->focus_position = moved_position (self->focus_position, position, removed, added);
  self->pending_focus = moved_position (self->pending_focus, position, removed, added);
  /* Lines added right at the top of the view show there; the view follows any other change
   * before its top. */
  if (removed == added && self->anchor >= position && self->anchor < position + removed)
    ; /* The same lines changed in place: the view stays. */
  else if (self->anchor >= position + removed && (removed > 0 || self->anchor > position || self->anchor_offset > 0))
    self->anchor = self->anchor - removed + added;
  else if (self->anchor >= position)
    {
      self->anchor = position;
      self->anchor_offset = 0;
    }

  /* The rows show other items now: all are bound again at the next layout. */
  _succession_visible_list_drop_rows (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
succession_visible_list_set_model (SuccessionVisibleList *self,
                                   GListModel            *model)
{
  guint n;

  g_return_if_fail (SUCCESSION_IS_VISIBLE_LIST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  _succession_visible_list_drop_rows (self);
  g_array_set_size (self->heights, 0);
  self->known_total = 0;
  self->n_known = 0;
  self->anchor = 0;
  self->anchor_offset = 0;
  self->selected = GTK_INVALID_LIST_POSITION;
  self->focus_position = GTK_INVALID_LIST_POSITION;
  self->pending_focus = GTK_INVALID_LIST_POSITION;

  g_set_object (&self->model, model);
  if (model != NULL)
    {
      n = g_list_model_get_n_items (model);
      g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
      on_items_changed (self, 0, 0, n, model);
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

GListModel *
succession_visible_list_get_model (SuccessionVisibleList *self)
{
  g_return_val_if_fail (SUCCESSION_IS_VISIBLE_LIST (self), NULL);
  return self->model;
}

/* ---- selection, scrolling and focus --------------------------------------------------- */

GtkWidget *
succession_visible_list_get_row (SuccessionVisibleList *self,
                                 guint                  position)
{
  g_return_val_if_fail (SUCCESSION_IS_VISIBLE_LIST (self), NULL);

  if (position < self->row_start || position - self->row_start >= self->rows->len)
    return NULL;
  return g_ptr_array_index (self->rows, position - self->row_start);
}

guint
succession_visible_list_get_position (SuccessionVisibleList *self,
                                      GtkWidget             *row)
{
  guint index;

  g_return_val_if_fail (SUCCESSION_IS_VISIBLE_LIST (self), GTK_INVALID_LIST_POSITION);

  if (row == NULL || !g_ptr_array_find (self->rows, row, &index))
    return GTK_INVALID_LIST_POSITION;
  return self->row_start + index;
}

void
succession_visible_list_set_selected (SuccessionVisibleList *self,
                                      guint                  position)
{
  guint      previous;
  GtkWidget *row;

  g_return_if_fail (SUCCESSION_IS_VISIBLE_LIST (self));

  if (position >= n_items (self))
    position = GTK_INVALID_LIST_POSITION;
  if (self->selected == position)
    return;

  previous = self->selected;
  self->selected = position;
  if ((row = succession_visible_list_get_row (self, previous)) != NULL)
    {
      gtk_widget_unset_state_flags (row, GTK_STATE_FLAG_SELECTED);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, FALSE, -1);
    }
  if ((row = succession_visible_list_get_row (self, position)) != NULL)
    {
      gtk_widget_set_state_flags (row, GTK_STATE_FLAG_SELECTED, FALSE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, TRUE, -1);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

guint
succession_visible_list_get_selected (SuccessionVisibleList *self)
{
  g_return_val_if_fail (SUCCESSION_IS_VISIBLE_LIST (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

void
succession_visible_list_scroll_to (SuccessionVisibleList *self,
                                   guint                  position)
{
  gint64 top, bottom, view_top;

  g_return_if_fail (SUCCESSION_IS_VISIBLE_LIST (self));

  if (position >= n_items (self))
    return;

  view_top = _succession_visible_list_offset_of (self, self->anchor) + self->anchor_offset;
  top = _succession_visible_list_offset_of (self, position);
  bottom = top + _succession_visible_list_item_height (self, position);
  if (top < view_top || self->view_height <= 0)
    {
      self->anchor = position;
      self->anchor_offset = 0;
    }
  else if (bottom > view_top + self->view_height)
    {
      self->anchor = position;
      self->align_bottom = TRUE;
    }
  else
    return;

  /* The rows are there at once, for the focus to go to; the next frame places them. */
  _succession_visible_list_lay_out (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

gboolean
succession_visible_list_focus (SuccessionVisibleList *self,
                               guint                  position)
{
  GtkWidget *row;

  g_return_val_if_fail (SUCCESSION_IS_VISIBLE_LIST (self), FALSE);

  if (position >= n_items (self))
    return FALSE;
  /* Before the list is laid out (just shown) there is no row yet: the list holds the focus,
   * and hands it to the row when it is made. */
  if (self->measured_width <= 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->pending_focus = position;
      self->focus_position = position;
      return gtk_widget_grab_focus (GTK_WIDGET (self));
    }

  succession_visible_list_scroll_to (self, position);
  row = succession_visible_list_get_row (self, position);
  if (row == NULL || !gtk_widget_grab_focus (row))
    return FALSE;
  self->focus_position = position;
  return TRUE;
}

/* Moves the focus @delta items on, past the rows that do not take it. */
static gboolean
move_focus (SuccessionVisibleList *self,
            int                    delta)
{
  guint  n = n_items (self);
  gint64 position;

  if (n == 0)
    return FALSE;

  if (self->focus_position == GTK_INVALID_LIST_POSITION)
    position = delta > 0 ? 0 : (gint64) n - 1;
  else
    position = CLAMP ((gint64) self->focus_position + delta, 0, (gint64) n - 1);

  /* Past a few rows that do not take the focus (none of the sidebar's). */
  for (guint tries = 0; position >= 0 && position < n && tries<32; position += delta> 0 ? 1 : -1, tries++)
    if (succession_visible_list_focus (self, (guint) position))
      return TRUE;
  return TRUE;
}

static guint
rows_in_view (SuccessionVisibleList *self)
{
  return MAX (1, self->view_height / MAX (1, _succession_visible_list_estimated_height (self)) - 1);
}

static gboolean
on_move_key (GtkWidget *widget,
             GVariant  *args,
             gpointer   unused)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (widget);
  int                    step;

  g_variant_get (args, "i", &step);
  /* ±1 an item, ±2 a page, ±3 the ends. */
  switch (step)
    {
    case 2:
    case -2:
      return move_focus (self, (step > 0 ? 1 : -1) * (int) rows_in_view (self));
    case 3:
      self->focus_position = GTK_INVALID_LIST_POSITION;
      return move_focus (self, 1);
    case -3:
      self->focus_position = GTK_INVALID_LIST_POSITION;
      return move_focus (self, -1);
    default:
      return move_focus (self, step);
    }
}

gboolean
succession_visible_list_activate_focus (SuccessionVisibleList *self)
{
  guint position;

  g_return_val_if_fail (SUCCESSION_IS_VISIBLE_LIST (self), FALSE);

  position = succession_visible_list_get_position (self, gtk_widget_get_focus_child (GTK_WIDGET (self)));
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0, position);
  return TRUE;
}

static gboolean
on_activate_key (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   unused)
{
  return succession_visible_list_activate_focus (SUCCESSION_VISIBLE_LIST (widget));
}

static void
succession_visible_list_set_focus_child (GtkWidget *widget,
                                         GtkWidget *child)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (widget);
  guint                  position = succession_visible_list_get_position (self, child);

  GTK_WIDGET_CLASS (succession_visible_list_parent_class)->set_focus_child (widget, child);
  if (position != GTK_INVALID_LIST_POSITION)
    self->focus_position = position;
}

/* Tab comes into the list on the row that had the focus, the selected one, or the first on
 * screen; from a row, Tab and Shift+Tab go to the next and the previous item, as in GTK's list
 * view, and leave the list past its ends. */
static gboolean
succession_visible_list_focus_in (GtkWidget       *widget,
                                  GtkDirectionType direction)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (widget);
  GtkWidget             *focus_child = gtk_widget_get_focus_child (widget);
  guint                  position;

  if (n_items (self) == 0)
    return FALSE;

  if (focus_child != NULL)
    {
      position = succession_visible_list_get_position (self, focus_child);
      if (position == GTK_INVALID_LIST_POSITION)
        return FALSE;
      if (direction == GTK_DIR_TAB_FORWARD && position + 1 < n_items (self))
        return succession_visible_list_focus (self, position + 1);
      if (direction == GTK_DIR_TAB_BACKWARD && position > 0)
        return succession_visible_list_focus (self, position - 1);
      return FALSE;
    }
  if (gtk_widget_has_focus (widget) && direction != GTK_DIR_UP && direction != GTK_DIR_DOWN)
    return FALSE;

  position = self->focus_position != GTK_INVALID_LIST_POSITION ? self->focus_position
             : self->selected != GTK_INVALID_LIST_POSITION     ? self->selected
                                                               : self->anchor;
  if (succession_visible_list_focus (self, position))
    return TRUE;
  return move_focus (self, 1);
}

/* ---- the pointer ---------------------------------------------------------------------- */

static GtkWidget *
row_at (SuccessionVisibleList *self,
        double                 x,
        double                 y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  while (picked != NULL && gtk_widget_get_parent (picked) != GTK_WIDGET (self))
    picked = gtk_widget_get_parent (picked);
  return picked;
}

static void
on_pressed (GtkGestureClick       *gesture,
            int                    n_press,
            double                 x,
            double                 y,
            SuccessionVisibleList *self)
{
  GtkWidget *row = row_at (self, x, y);

  if (row == NULL)
    return;
  self->pressed_row = row;
  gtk_widget_set_state_flags (row, GTK_STATE_FLAG_ACTIVE, FALSE);
}

static void
on_released (GtkGestureClick       *gesture,
             int                    n_press,
             double                 x,
             double                 y,
             SuccessionVisibleList *self)
{
  GtkWidget *row = row_at (self, x, y);
  GtkWidget *pressed = g_steal_pointer (&self->pressed_row);
  guint      position;

  if (pressed != NULL)
    gtk_widget_unset_state_flags (pressed, GTK_STATE_FLAG_ACTIVE);
  if (row == NULL || row != pressed)
    return;

  /* One click opens, as in a sidebar; the row keeps the focus for the keys after it. */
  position = succession_visible_list_get_position (self, row);
  if (gtk_widget_get_focusable (row))
    gtk_widget_grab_focus (row);
  self->focus_position = position;
  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0, position);
}

static void
on_cancelled (GtkGesture            *gesture,
              GdkEventSequence      *sequence,
              SuccessionVisibleList *self)
{
  GtkWidget *pressed = g_steal_pointer (&self->pressed_row);

  if (pressed != NULL)
    gtk_widget_unset_state_flags (pressed, GTK_STATE_FLAG_ACTIVE);
}

/* ---- the object ----------------------------------------------------------------------- */

static void
succession_visible_list_dispose (GObject *object)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);
  self->pressed_row = NULL;
  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->spare_rows, 0);
  _succession_visible_list_drop_adjustments (self);

  G_OBJECT_CLASS (succession_visible_list_parent_class)->dispose (object);
}

static void
succession_visible_list_finalize (GObject *object)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (object);

  g_array_unref (self->heights);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->spare_rows);
  g_free (self->item_property);

  G_OBJECT_CLASS (succession_visible_list_parent_class)->finalize (object);
}

static void
succession_visible_list_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_ROW_TYPE:
      g_value_set_gtype (value, self->row_type);
      break;
    case PROP_ITEM_PROPERTY:
      g_value_set_string (value, self->item_property);
      break;
    case PROP_SELECTED:
      g_value_set_uint (value, self->selected);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_visible_list_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SuccessionVisibleList *self = SUCCESSION_VISIBLE_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      succession_visible_list_set_model (self, g_value_get_object (value));
      break;
    case PROP_ROW_TYPE:
      self->row_type = g_value_get_gtype (value);
      break;
    case PROP_ITEM_PROPERTY:
      g_free (self->item_property);
      self->item_property = g_value_dup_string (value);
      break;
    case PROP_SELECTED:
      succession_visible_list_set_selected (self, g_value_get_uint (value));
      break;
    case PROP_HADJUSTMENT:
      _succession_visible_list_set_adjustment (self, &self->hadjustment, g_value_get_object (value), FALSE);
      break;
    case PROP_VADJUSTMENT:
      _succession_visible_list_set_adjustment (self, &self->vadjustment, g_value_get_object (value), TRUE);
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  guint           keypad_keyval,
                  int             step)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, on_move_key, "i", step);
  gtk_widget_class_add_binding (widget_class, keypad_keyval, 0, on_move_key, "i", step);
}

static void
succession_visible_list_class_init (SuccessionVisibleListClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_visible_list_dispose;
  object_class->finalize = succession_visible_list_finalize;
  object_class->get_property = succession_visible_list_get_property;
  object_class->set_property = succession_visible_list_set_property;

  widget_class->measure = _succession_visible_list_measure;
  widget_class->size_allocate = _succession_visible_list_size_allocate;
  widget_class->get_request_mode = _succession_visible_list_get_request_mode;
  widget_class->focus = succession_visible_list_focus_in;
  widget_class->set_focus_child = succession_visible_list_set_focus_child;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_TYPE] =
    g_param_spec_gtype ("row-type", NULL, NULL, GTK_TYPE_WIDGET,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_PROPERTY] =
    g_param_spec_string ("item-property", NULL, NULL, "item",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[SIGNAL_SETUP_ROW] =
    g_signal_new ("setup-row", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GTK_TYPE_WIDGET);
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, -1);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 1);
  add_move_binding (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, -2);
  add_move_binding (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, 2);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, 3);
  add_move_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, -3);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, on_activate_key, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Enter, 0, on_activate_key, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, on_activate_key, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, on_activate_key, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Space, 0, on_activate_key, NULL);

  /* The name libadwaita's list styles know (".navigation-sidebar > row" and the like). */
  gtk_widget_class_set_css_name (widget_class, "listview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
succession_visible_list_init (SuccessionVisibleList *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->row_type = GTK_TYPE_WIDGET;
  self->heights = g_array_new (FALSE, FALSE, sizeof (int));
  self->rows = g_ptr_array_new ();
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->selected = GTK_INVALID_LIST_POSITION;
  self->focus_position = GTK_INVALID_LIST_POSITION;
  self->pending_focus = GTK_INVALID_LIST_POSITION;
  self->measured_width = -1;

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  /* Holds the focus when the row that had it scrolls away (see above). */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  g_signal_connect (click, "cancel", G_CALLBACK (on_cancelled), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  _succession_visible_list_set_adjustment (self, &self->hadjustment, NULL, FALSE);
  _succession_visible_list_set_adjustment (self, &self->vadjustment, NULL, TRUE);
}

GtkWidget *
succession_visible_list_new (GType       row_type,
                             const char *item_property)
{
  g_return_val_if_fail (g_type_is_a (row_type, GTK_TYPE_WIDGET), NULL);
  g_return_val_if_fail (item_property != NULL, NULL);

  return g_object_new (SUCCESSION_TYPE_VISIBLE_LIST, "row-type", row_type, "item-property", item_property, NULL);
}
