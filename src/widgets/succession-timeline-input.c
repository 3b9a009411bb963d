/* succession-timeline-input.c — keys, pointer, touch and tooltips of the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "succession-citation.h"
#include "succession-navigation.h"
#include "succession-timeline-private.h"

#define ZOOM_STEP 1.5
#define PAN_FRACTION 0.1
#define SCROLL_PIXELS 40.0

static SuccessionChartLane *
get_lane (SuccessionChartData *data,
          guint                row,
          guint                lane)
{
  return g_ptr_array_index (succession_chart_data_get_row (data, row)->lanes, lane);
}

static const SuccessionChartItem *
get_item (SuccessionChartData *data,
          guint                row,
          guint                lane,
          guint                index)
{
  return &g_array_index (get_lane (data, row, lane)->items, SuccessionChartItem, index);
}

static double
day_at_x (SuccessionTimeline *self,
          double              x)
{
  double name_width = succession_timeline_name_width (self);

  return self->first_day + (MAX (x, name_width) - name_width) * succession_timeline_days_per_pixel (self);
}

/* The bar under (@x, @y) in widget coordinates. */
static const SuccessionChartBar *
pick (SuccessionTimeline *self,
      double              x,
      double              y)
{
  SuccessionChartLayout *layout = succession_timeline_get_layout (self);

  if (layout == NULL || y < succession_chart_layout_get_options (layout)->axis_height ||
      x < succession_timeline_name_width (self))
    return NULL;
  return succession_chart_layout_pick (layout, x, y + succession_timeline_get_scroll_y (self));
}

static void
activate_person (SuccessionTimeline *self,
                 SuccessionTenure   *tenure)
{
  SuccessionPerson *person = tenure != NULL ? succession_tenure_get_person (tenure) : NULL;

  if (person != NULL)
    succession_navigation_open_entity (GTK_WIDGET (self), G_OBJECT (person));
}

/* ---------------------------------------------------------------------------------------- */
/* Moving the keyboard focus from bar to bar                                                 */

/* The lane after (or before) (@row, @lane) that has bars, across rows. */
static gboolean
step_lane (SuccessionChartData *data,
           guint               *row,
           guint               *lane,
           int                  direction)
{
  int r = *row, l = *lane;
  int n_rows = succession_chart_data_get_n_rows (data);

  for (;;)
    {
      l += direction;
      while (l < 0 || l >= (int) succession_chart_data_get_row (data, r)->lanes->len)
        {
          r += direction;
          if (r < 0 || r >= n_rows)
            return FALSE;
          l = direction > 0 ? 0 : (int) succession_chart_data_get_row (data, r)->lanes->len - 1;
        }
      if (get_lane (data, r, l)->items->len > 0)
        {
          *row = r;
          *lane = l;
          return TRUE;
        }
    }
}

/* The index of the bar of @lane nearest in time to @day. */
static guint
nearest_in_lane (SuccessionChartLane *lane,
                 double               day)
{
  guint                      i = succession_chart_lane_search (lane, day);
  const SuccessionChartItem *after, *before;

  if (i >= lane->items->len)
    return lane->items->len - 1;
  if (i == 0)
    return 0;
  after = &g_array_index (lane->items, SuccessionChartItem, i);
  before = &g_array_index (lane->items, SuccessionChartItem, i - 1);
  return (after->start_lo - day) < (day - before->end_hi) ? i : i - 1;
}

/* Where the keyboard starts when no bar has the focus: the selection, else the first bar
 * in view, else the first bar of all. */
static gboolean
start_position (SuccessionTimeline *self,
                guint              *row,
                guint              *lane,
                guint              *index)
{
  SuccessionChartLayout *layout;
  guint                  r = 0, l = 0;

  if (self->focused != NULL && succession_chart_data_find (self->data, self->focused, row, lane, index))
    return TRUE;
  if (self->selected != NULL && succession_chart_data_find (self->data, self->selected, row, lane, index))
    return TRUE;

  layout = succession_timeline_get_layout (self);
  if (layout != NULL && succession_chart_layout_get_bars (layout)->len > 0)
    {
      const SuccessionChartBar *bar = &g_array_index (succession_chart_layout_get_bars (layout), SuccessionChartBar, 0);

      *row = bar->row;
      *lane = bar->lane;
      *index = bar->index;
      return TRUE;
    }

  if (succession_chart_data_get_n_rows (self->data) == 0)
    return FALSE;
  if (succession_chart_data_get_row (self->data, 0)->lanes->len == 0 || get_lane (self->data, 0, 0)->items->len == 0)
    {
      if (!step_lane (self->data, &r, &l, 1))
        return FALSE;
    }
  *row = r;
  *lane = l;
  *index = 0;
  return TRUE;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SuccessionTimeline        *self = SUCCESSION_TIMELINE (widget);
  const char                *where = g_variant_get_string (parameter, NULL);
  const SuccessionChartItem *item;
  SuccessionChartLane       *lane;
  guint                      row, lane_index, index;
  gboolean                   had_focus = self->focused != NULL || self->selected != NULL;
  double                     mid;

  if (self->data == NULL || !start_position (self, &row, &lane_index, &index))
    return;

  lane = get_lane (self->data, row, lane_index);
  item = get_item (self->data, row, lane_index, index);
  mid = (item->start_lo + item->end_hi) / 2;

  /* The first key press only shows where the focus is. */
  if (had_focus && g_str_equal (where, "left"))
    index = index > 0 ? index - 1 : 0;
  else if (had_focus && g_str_equal (where, "right"))
    index = MIN (index + 1, lane->items->len - 1);
  else if (had_focus && g_str_equal (where, "home"))
    index = 0;
  else if (had_focus && g_str_equal (where, "end"))
    index = lane->items->len - 1;
  else if (had_focus && (g_str_equal (where, "up") || g_str_equal (where, "down")))
    {
      if (step_lane (self->data, &row, &lane_index, g_str_equal (where, "up") ? -1 : 1))
        index = nearest_in_lane (get_lane (self->data, row, lane_index), mid);
    }

  item = get_item (self->data, row, lane_index, index);
  succession_timeline_select_tenure (self, item->tenure);
  succession_timeline_reveal (self, item->tenure);
}

/* ---------------------------------------------------------------------------------------- */
/* Actions                                                                                   */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (widget);

  if (g_str_equal (action_name, "timeline.zoom-in"))
    succession_timeline_zoom (self, ZOOM_STEP);
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    succession_timeline_zoom (self, 1 / ZOOM_STEP);
  else
    succession_timeline_fit_all (self);
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (widget);

  succession_timeline_pan (self, g_variant_get_int32 (parameter) * PAN_FRACTION * (self->last_day - self->first_day));
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (widget);

  activate_person (self, self->focused != NULL ? self->focused : self->selected);
}

/* ---------------------------------------------------------------------------------------- */
/* Pointer and touch                                                                         */

static void
on_click_pressed (SuccessionTimeline *self,
                  int                 n_press,
                  double              x,
                  double              y,
                  GtkGestureClick    *gesture)
{
  const SuccessionChartBar *bar = pick (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (bar == NULL)
    return;

  if (n_press == 1)
    succession_timeline_select_tenure (self, bar->item->tenure);
  else if (n_press == 2)
    activate_person (self, bar->item->tenure);
}

static void
on_drag_begin (SuccessionTimeline *self,
               double              x,
               double              y,
               GtkGestureDrag     *gesture)
{
  self->drag_first_day = self->first_day;
}

static void
on_drag_update (SuccessionTimeline *self,
                double              offset_x,
                double              offset_y,
                GtkGestureDrag     *gesture)
{
  double span = self->last_day - self->first_day;
  double first = self->drag_first_day - offset_x * succession_timeline_days_per_pixel (self);

  if (fabs (offset_x) < 3)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  succession_timeline_set_window (self, first, first + span);
}

static void
on_zoom_begin (SuccessionTimeline *self,
               GdkEventSequence   *sequence,
               GtkGesture         *gesture)
{
  self->gesture_first_day = self->first_day;
  self->gesture_last_day = self->last_day;
}

static void
on_zoom_scale_changed (SuccessionTimeline *self,
                       double              scale,
                       GtkGestureZoom     *gesture)
{
  double x, y, anchor, t, span;

  if (scale <= 0 || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  span = self->gesture_last_day - self->gesture_first_day;
  t = (x - succession_timeline_name_width (self)) /
      MAX (1, gtk_widget_get_width (GTK_WIDGET (self)) - succession_timeline_name_width (self));
  t = CLAMP (t, 0, 1);
  anchor = self->gesture_first_day + t * span;
  succession_timeline_set_window (self, anchor - t * span / scale, anchor + (1 - t) * span / scale);
}

static void
on_motion (SuccessionTimeline       *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  self->pointer_x = x;
}

static gboolean
on_scroll (SuccessionTimeline       *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *scroll)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  double          day_px = succession_timeline_days_per_pixel (self);

  if (state & GDK_CONTROL_MASK)
    {
      double anchor = isnan (self->pointer_x) ? (self->first_day + self->last_day) / 2 : day_at_x (self, self->pointer_x);

      succession_timeline_zoom_at (self, anchor, pow (1.2, -dy));
      return TRUE;
    }

  if (state & GDK_SHIFT_MASK)
    {
      dx += dy;
      dy = 0;
    }

  if (dx != 0)
    {
      succession_timeline_pan (self, dx * SCROLL_PIXELS * day_px);
      return TRUE;
    }

  /* Plain vertical scrolling moves the rows, through the scrolled window around us. */
  return FALSE;
}

static gboolean
succession_timeline_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_mode,
                                   GtkTooltip *tooltip)
{
  SuccessionTimeline       *self = SUCCESSION_TIMELINE (widget);
  SuccessionTenure         *tenure = NULL;
  const SuccessionChartBar *bar;
  g_autofree char          *name = NULL;
  g_autofree char          *start = NULL;
  g_autofree char          *end = NULL;
  g_autofree char          *terms = NULL;
  g_autofree char          *sources = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (keyboard_mode)
    tenure = self->focused;
  else if ((bar = pick (self, x, y)) != NULL)
    tenure = bar->item->tenure;
  if (tenure == NULL)
    return FALSE;

  name = succession_format_holder (tenure, SUCCESSION_NAME_DISPLAY_AUTOMATIC);
  if (self->data != NULL)
    {
      guint row, lane, index;

      if (succession_chart_data_find (self->data, tenure, &row, &lane, &index))
        {
          g_free (name);
          name = g_strdup (get_item (self->data, row, lane, index)->label);
        }
    }
  start = succession_format_date (succession_tenure_get_start_date (tenure));
  if (succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING)
    end = g_strdup (C_ ("tenure end", "present"));
  else if (succession_date_is_set (succession_tenure_get_end_date (tenure)))
    end = succession_format_date (succession_tenure_get_end_date (tenure));
  else
    end = g_strdup (C_ ("tenure end", "unknown"));
  terms = succession_format_terms (tenure);
  sources = succession_format_sources (tenure);

  g_string_append (text, name);
  g_string_append_c (text, '\n');
  /* Translators: the dates of a tenure in the timeline's tooltip, "1954-09-27 – 1959-04-28" */
  g_string_append_printf (text, _ ("%s – %s"), start, end);
  if (terms != NULL && *terms != '\0')
    {
      g_string_append_c (text, '\n');
      /* Translators: in the timeline's tooltip; %s is a list of terms, "1st, 2nd" */
      g_string_append_printf (text, _ ("Terms: %s"), terms);
    }
  if (sources != NULL && *sources != '\0')
    {
      g_string_append_c (text, '\n');
      /* Translators: in the timeline's tooltip; %s is a list of sources */
      g_string_append_printf (text, _ ("Sources: %s"), sources);
    }

  /* Plain text: a name with "<" or "&" shows as written. */
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

void
succession_timeline_class_init_input (GtkWidgetClass *widget_class)
{
  static const struct
  {
    guint           keyval;
    GdkModifierType mods;
    const char     *action;
    const char     *target;
  } keys[] = {
    { GDK_KEY_plus, 0, "timeline.zoom-in", NULL },
    { GDK_KEY_equal, 0, "timeline.zoom-in", NULL },
    { GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL },
    { GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL },
    { GDK_KEY_minus, 0, "timeline.zoom-out", NULL },
    { GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL },
    { GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL },
    { GDK_KEY_KP_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL },
    { GDK_KEY_Left, 0, "timeline.move", "left" },
    { GDK_KEY_KP_Left, 0, "timeline.move", "left" },
    { GDK_KEY_Right, 0, "timeline.move", "right" },
    { GDK_KEY_KP_Right, 0, "timeline.move", "right" },
    { GDK_KEY_Up, 0, "timeline.move", "up" },
    { GDK_KEY_KP_Up, 0, "timeline.move", "up" },
    { GDK_KEY_Down, 0, "timeline.move", "down" },
    { GDK_KEY_KP_Down, 0, "timeline.move", "down" },
    { GDK_KEY_Home, 0, "timeline.move", "home" },
    { GDK_KEY_End, 0, "timeline.move", "end" },
    { GDK_KEY_Return, 0, "timeline.activate", NULL },
    { GDK_KEY_KP_Enter, 0, "timeline.activate", NULL },
    { GDK_KEY_ISO_Enter, 0, "timeline.activate", NULL },
  };

  widget_class->query_tooltip = succession_timeline_query_tooltip;

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan", "i", pan_action);
  gtk_widget_class_install_action (widget_class, "timeline.move", "s", move_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL, activate_action);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (keys[i].target != NULL)
        gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, keys[i].mods, keys[i].action,
                                             "s", keys[i].target);
      else
        gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, keys[i].mods, keys[i].action, NULL);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "timeline.pan", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "timeline.pan", "i", 1);
}

void
succession_timeline_init_input (SuccessionTimeline *self)
{
  GtkGesture         *click = gtk_gesture_click_new ();
  GtkGesture         *drag = gtk_gesture_drag_new ();
  GtkGesture         *zoom = gtk_gesture_zoom_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}
