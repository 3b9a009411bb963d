/* succession-timeline.c — the succession chart as an interactive widget
 *
 * The widget keeps a time window [first_day, last_day] and a vertical scroll position; from
 * them it builds a SuccessionChartLayout (a binary search per lane, so only the visible
 * part costs anything) and a render node, both cached until the window, the size, the
 * selection, the focus, the style or the data change. Keys, gestures and tooltips are in
 * succession-timeline-input.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "succession-chart-cairo.h"
#include "succession-chart-snapshot.h"
#include "succession-holder-row.h"
#include "succession-timeline-private.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (SuccessionTimeline, succession_timeline, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_DATA,
  PROP_SELECTION,
  PROP_FIRST_DAY,
  PROP_LAST_DAY,
  PROP_CURSOR_DAY,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------------------------------- */
/* Cache                                                                                     */

void
succession_timeline_invalidate_node (SuccessionTimeline *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
succession_timeline_invalidate (SuccessionTimeline *self)
{
  g_clear_pointer (&self->layout, succession_chart_layout_free);
  succession_timeline_invalidate_node (self);
}

double
succession_timeline_get_scroll_y (SuccessionTimeline *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

double
succession_timeline_name_width (SuccessionTimeline *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  /* The names column gives way on a narrow window, but never below a readable width. */
  if (width >= 640)
    return 180;
  return CLAMP (width * 0.28, 72, 180);
}

/* The widget's sizes: the layout's defaults, with room above the bars for term numbers. */
void
succession_timeline_options_init (SuccessionChartOptions *options)
{
  succession_chart_options_init (options);
  options->row_padding = 12;
}

static void
init_options (SuccessionTimeline     *self,
              SuccessionChartOptions *options)
{
  int    width = gtk_widget_get_width (GTK_WIDGET (self));
  int    height = gtk_widget_get_height (GTK_WIDGET (self));
  double scroll_y = succession_timeline_get_scroll_y (self);

  succession_timeline_options_init (options);
  options->first_day = self->first_day;
  options->last_day = self->last_day;
  options->width = width;
  options->name_width = succession_timeline_name_width (self);
  options->visible_top = scroll_y + options->axis_height;
  options->visible_bottom = scroll_y + height;
  options->cursor_day = self->cursor_day;
  options->measure = succession_chart_cairo_measure;
  options->measure_data = self->measure_layout;
}

SuccessionChartLayout *
succession_timeline_get_layout (SuccessionTimeline *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TIMELINE (self), NULL);

  if (self->layout == NULL && self->data != NULL && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      SuccessionChartOptions options;

      if (self->measure_layout == NULL)
        self->measure_layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
      init_options (self, &options);
      self->layout = succession_chart_layout_new (self->data, &options);
    }

  return self->layout;
}

double
succession_timeline_content_height (SuccessionTimeline *self)
{
  SuccessionChartOptions options;
  guint                  n_rows;

  succession_timeline_options_init (&options);
  if (self->data == NULL)
    return options.axis_height;
  n_rows = succession_chart_data_get_n_rows (self->data);
  return options.axis_height + succession_chart_data_get_n_lanes (self->data) * options.lane_height +
         n_rows * 2 * options.row_padding;
}

/* ---------------------------------------------------------------------------------------- */
/* Selection                                                                                 */

SuccessionTenure *
succession_timeline_item_tenure (gpointer item)
{
  if (SUCCESSION_IS_HOLDER_ROW (item))
    return succession_holder_row_get_tenure (item);
  if (SUCCESSION_IS_TENURE (item))
    return item;
  return NULL;
}

static void
update_selected (SuccessionTimeline *self)
{
  SuccessionTenure *selected = NULL;

  if (self->selection != NULL)
    {
      GListModel *model = G_LIST_MODEL (self->selection);

      if (GTK_IS_SINGLE_SELECTION (self->selection))
        selected = succession_timeline_item_tenure (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (self->selection)));
      else
        {
          guint n = g_list_model_get_n_items (model);

          for (guint i = 0; i < n && selected == NULL; i++)
            if (gtk_selection_model_is_selected (self->selection, i))
              {
                g_autoptr(GObject) item = g_list_model_get_item (model, i);
                selected = succession_timeline_item_tenure (item);
              }
        }
    }

  if (selected == self->selected)
    return;

  self->selected = selected;
  /* The keyboard goes on from what the table selected, and the bar comes into view. */
  if (selected != NULL)
    {
      self->focused = selected;
      succession_timeline_reveal (self, selected);
    }
  succession_timeline_invalidate_node (self);
  succession_timeline_update_accessible (self);
}

void
succession_timeline_select_tenure (SuccessionTimeline *self,
                                   SuccessionTenure   *tenure)
{
  GListModel *model;
  guint       n;

  self->focused = tenure;
  succession_timeline_invalidate_node (self);
  succession_timeline_update_accessible (self);

  if (self->selection == NULL || tenure == NULL)
    return;

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (succession_timeline_item_tenure (item) == tenure)
        {
          gtk_selection_model_select_item (self->selection, i, TRUE);
          return;
        }
    }
}

void
succession_timeline_set_selection (SuccessionTimeline *self,
                                   GtkSelectionModel  *selection)
{
  g_return_if_fail (SUCCESSION_IS_TIMELINE (self));
  g_return_if_fail (selection == NULL || GTK_IS_SELECTION_MODEL (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect_object (selection, "selection-changed", G_CALLBACK (update_selected), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (selection, "items-changed", G_CALLBACK (update_selected), self,
                               G_CONNECT_SWAPPED);
    }
  self->selected = NULL;
  update_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

GtkSelectionModel *
succession_timeline_get_selection (SuccessionTimeline *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TIMELINE (self), NULL);
  return self->selection;
}

/* ---------------------------------------------------------------------------------------- */
/* The time window                                                                           */

void
succession_timeline_set_window (SuccessionTimeline *self,
                                double              first_day,
                                double              last_day)
{
  double span;

  g_return_if_fail (SUCCESSION_IS_TIMELINE (self));

  span = CLAMP (last_day - first_day, MIN_SPAN_DAYS, MAX_SPAN_DAYS);
  if (!(last_day - first_day >= MIN_SPAN_DAYS))
    first_day = (first_day + last_day) / 2 - span / 2;
  first_day = CLAMP (first_day, 1, MAX_SPAN_DAYS - span);
  last_day = first_day + span;

  if (first_day == self->first_day && last_day == self->last_day)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (first_day != self->first_day)
    {
      self->first_day = first_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DAY]);
    }
  if (last_day != self->last_day)
    {
      self->last_day = last_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_DAY]);
    }
  succession_timeline_invalidate (self);
  succession_timeline_update_accessible (self);
  g_object_thaw_notify (G_OBJECT (self));
}

double
succession_timeline_get_first_day (SuccessionTimeline *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TIMELINE (self), 0);
  return self->first_day;
}

double
succession_timeline_get_last_day (SuccessionTimeline *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TIMELINE (self), 0);
  return self->last_day;
}

double
succession_timeline_get_cursor_day (SuccessionTimeline *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TIMELINE (self), NAN);
  return self->cursor_day;
}

void
succession_timeline_set_cursor_day (SuccessionTimeline *self,
                                    double              day)
{
  g_return_if_fail (SUCCESSION_IS_TIMELINE (self));

  if (!(day > 0))
    day = NAN;
  if (day == self->cursor_day || (isnan (day) && isnan (self->cursor_day)))
    return;
  self->cursor_day = day;
  succession_timeline_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_DAY]);
}

/* ---------------------------------------------------------------------------------------- */
/* Data                                                                                      */

SuccessionChartData *
succession_timeline_get_data (SuccessionTimeline *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TIMELINE (self), NULL);
  return self->data;
}

void
succession_timeline_set_data (SuccessionTimeline  *self,
                              SuccessionChartData *data)
{
  g_return_if_fail (SUCCESSION_IS_TIMELINE (self));

  if (self->data == data)
    return;

  g_clear_pointer (&self->data, succession_chart_data_unref);
  if (data != NULL)
    self->data = succession_chart_data_ref (data);

  /* The previous chart's tenures may be gone with it. */
  self->focused = NULL;
  self->selected = NULL;
  succession_timeline_invalidate (self);
  succession_timeline_fit_all (self);
  succession_timeline_update_accessible (self);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  update_selected (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

void
succession_timeline_relabel (SuccessionTimeline  *self,
                             SuccessionChartData *data)
{
  g_return_if_fail (SUCCESSION_IS_TIMELINE (self));
  g_return_if_fail (data != NULL);
  g_return_if_fail (self->data != NULL &&
                    succession_chart_data_get_n_items (data) == succession_chart_data_get_n_items (self->data));

  g_clear_pointer (&self->data, succession_chart_data_unref);
  self->data = succession_chart_data_ref (data);
  succession_timeline_invalidate (self);
  succession_timeline_update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
}

SuccessionTenure *
succession_timeline_get_focused (SuccessionTimeline *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TIMELINE (self), NULL);
  return self->focused;
}

guint
succession_timeline_get_n_visible_bars (SuccessionTimeline *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TIMELINE (self), 0);
  return self->layout != NULL ? succession_chart_layout_get_bars (self->layout)->len : 0;
}

/* ---------------------------------------------------------------------------------------- */
/* GtkScrollable                                                                             */

static void
configure_vadjustment (SuccessionTimeline *self)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double content = MAX (succession_timeline_content_height (self), height);

  if (self->vadjustment == NULL)
    return;

  gtk_adjustment_configure (self->vadjustment,
                            CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, content - height),
                            0, content, 26, height * 0.9, height);
}

static void
set_vadjustment (SuccessionTimeline *self,
                 GtkAdjustment      *adjustment)
{
  if (self->vadjustment == adjustment)
    return;

  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (succession_timeline_invalidate), self,
                             G_CONNECT_SWAPPED);
  configure_vadjustment (self);
  succession_timeline_invalidate (self);
}

/* ---------------------------------------------------------------------------------------- */
/* GtkWidget                                                                                 */

static void
succession_timeline_measure (GtkWidget     *widget,
                             GtkOrientation orientation,
                             int            for_size,
                             int           *minimum,
                             int           *natural,
                             int           *minimum_baseline,
                             int           *natural_baseline)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 800;
    }
  else
    {
      SuccessionChartOptions options;

      succession_timeline_options_init (&options);
      *minimum = options.axis_height + options.lane_height + 2 * options.row_padding;
      *natural = MAX (*minimum, succession_timeline_content_height (self));
    }
}

static void
succession_timeline_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (widget);

  configure_vadjustment (self);
  if (width != self->last_width || height != self->last_height)
    {
      self->last_width = width;
      self->last_height = height;
      succession_timeline_invalidate (self);
    }
}

static void
succession_timeline_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  SuccessionTimeline    *self = SUCCESSION_TIMELINE (widget);
  SuccessionChartLayout *layout;

  if (self->node == NULL && (layout = succession_timeline_get_layout (self)) != NULL)
    {
      GtkSnapshot           *node_snapshot = gtk_snapshot_new ();
      gboolean               focus_visible = (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_VISIBLE) != 0;
      SuccessionChartPalette palette;
      SuccessionChartCanvas  canvas;
      SuccessionChartView    view = {
           .scroll_y = succession_timeline_get_scroll_y (self),
           .view_height = gtk_widget_get_height (widget),
           .selected = self->selected,
           .focused = focus_visible ? self->focused : NULL,
      };

      if (self->text_layout == NULL)
        self->text_layout = gtk_widget_create_pango_layout (widget, NULL);
      succession_chart_snapshot_palette_init (&palette, widget);
      succession_chart_snapshot_canvas_init (&canvas, node_snapshot, self->text_layout);
      succession_chart_paint (layout, &canvas, &palette, &view);
      self->node = gtk_snapshot_free_to_node (node_snapshot);
    }

  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);
}

static void
succession_timeline_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (widget);

  GTK_WIDGET_CLASS (succession_timeline_parent_class)->css_changed (widget, change);

  /* Fonts and colours may have changed: measure and paint again. */
  g_clear_object (&self->measure_layout);
  g_clear_object (&self->text_layout);
  succession_timeline_invalidate (self);
}

static void
succession_timeline_state_flags_changed (GtkWidget    *widget,
                                         GtkStateFlags previous)
{
  GtkStateFlags now = gtk_widget_get_state_flags (widget);

  if ((now ^ previous) & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    succession_timeline_invalidate_node (SUCCESSION_TIMELINE (widget));

  GTK_WIDGET_CLASS (succession_timeline_parent_class)->state_flags_changed (widget, previous);
}

static void
succession_timeline_dispose (GObject *object)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (object);

  succession_timeline_set_selection (self, NULL);
  set_vadjustment (self, NULL);
  g_clear_object (&self->hadjustment);
  g_clear_pointer (&self->layout, succession_chart_layout_free);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->data, succession_chart_data_unref);
  g_clear_object (&self->measure_layout);
  g_clear_object (&self->text_layout);
  self->focused = self->selected = NULL;
  g_clear_pointer (&self->accessible_label, g_free);
  g_clear_pointer (&self->accessible_description, g_free);

  G_OBJECT_CLASS (succession_timeline_parent_class)->dispose (object);
}

static void
succession_timeline_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    case PROP_FIRST_DAY:
      g_value_set_double (value, self->first_day);
      break;
    case PROP_LAST_DAY:
      g_value_set_double (value, self->last_day);
      break;
    case PROP_CURSOR_DAY:
      g_value_set_double (value, isnan (self->cursor_day) ? 0 : self->cursor_day);
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
succession_timeline_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SuccessionTimeline *self = SUCCESSION_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DATA:
      succession_timeline_set_data (self, g_value_get_boxed (value));
      break;
    case PROP_SELECTION:
      succession_timeline_set_selection (self, g_value_get_object (value));
      break;
    case PROP_FIRST_DAY:
      succession_timeline_set_window (self, g_value_get_double (value),
                                      self->last_day + g_value_get_double (value) - self->first_day);
      break;
    case PROP_LAST_DAY:
      succession_timeline_set_window (self, self->first_day, g_value_get_double (value));
      break;
    case PROP_CURSOR_DAY:
      succession_timeline_set_cursor_day (self, g_value_get_double (value));
      break;
    case PROP_HADJUSTMENT:
      /* Time is the window, zoomed and panned here; the horizontal adjustment is unused. */
      g_set_object (&self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_vadjustment (self, g_value_get_object (value));
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
succession_timeline_class_init (SuccessionTimelineClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_timeline_dispose;
  object_class->get_property = succession_timeline_get_property;
  object_class->set_property = succession_timeline_set_property;

  widget_class->measure = succession_timeline_measure;
  widget_class->size_allocate = succession_timeline_size_allocate;
  widget_class->snapshot = succession_timeline_snapshot;
  widget_class->css_changed = succession_timeline_css_changed;
  widget_class->state_flags_changed = succession_timeline_state_flags_changed;

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, SUCCESSION_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, GTK_TYPE_SELECTION_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIRST_DAY] =
    g_param_spec_double ("first-day", NULL, NULL, 0, MAX_SPAN_DAYS, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_DAY] =
    g_param_spec_double ("last-day", NULL, NULL, 0, MAX_SPAN_DAYS, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR_DAY] =
    /* 0: no cursor (day numbers start at 1). */
    g_param_spec_double ("cursor-day", NULL, NULL, 0, MAX_SPAN_DAYS, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "timeline");
  /* A picture with a name and a description; each bar is reachable as a row of the table
   * or list that shares its selection. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  succession_timeline_class_init_input (widget_class);
}

static void
succession_timeline_init (SuccessionTimeline *self)
{
  self->cursor_day = NAN;
  self->pointer_x = NAN;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  succession_timeline_init_input (self);
  succession_timeline_fit_all (self);
  succession_timeline_update_accessible (self);
}

GtkWidget *
succession_timeline_new (void)
{
  return g_object_new (SUCCESSION_TYPE_TIMELINE, NULL);
}
