/* succession-office-check-row.c — a line of the chart's list of offices
 *
 * The chart's Offices popover is a list view over the dataset's offices grouped by body, so a
 * file of thousands of offices costs the rows on screen. A row shows a body's heading or an
 * office with its check; the check follows the offices on the chart ("charted"), and the user's
 * tick asks the page to change them through the "chart.toggle-office" action.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart-page"

#include "config.h"

#include "succession-office-check-row.h"

struct _SuccessionOfficeCheckRow
{
  GtkWidget parent_instance;

  SuccessionSidebarEntry *entry;
  SuccessionNameDisplay   name_display;
  char                  **charted;
  gboolean                syncing; /* the check is set to match "charted", not by the user */

  GtkWidget *check;
  GtkWidget *label;
};

G_DEFINE_FINAL_TYPE (SuccessionOfficeCheckRow, succession_office_check_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_NAME_DISPLAY,
  PROP_CHARTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SuccessionOffice *
row_office (SuccessionOfficeCheckRow *self)
{
  GObject *entity = self->entry != NULL ? succession_sidebar_entry_get_entity (self->entry) : NULL;

  return self->entry != NULL && !succession_sidebar_entry_is_heading (self->entry) && SUCCESSION_IS_OFFICE (entity)
           ? SUCCESSION_OFFICE (entity)
           : NULL;
}

static void
sync_check (SuccessionOfficeCheckRow *self)
{
  SuccessionOffice *office = row_office (self);
  gboolean          charted = office != NULL && self->charted != NULL &&
                     g_strv_contains ((const char *const *) self->charted, succession_office_get_id (office));

  self->syncing = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->check), charted);
  self->syncing = FALSE;
}

static void
update (SuccessionOfficeCheckRow *self)
{
  GObject         *entity;
  g_autofree char *title = NULL;
  gboolean         heading;

  if (self->entry == NULL)
    return;

  entity = succession_sidebar_entry_get_entity (self->entry);
  heading = succession_sidebar_entry_is_heading (self->entry);
  if (SUCCESSION_IS_OFFICE (entity))
    title = succession_format_office_name (SUCCESSION_OFFICE (entity), self->name_display);
  else if (SUCCESSION_IS_BODY (entity))
    title = succession_format_body_name (SUCCESSION_BODY (entity), self->name_display);
  else
    title = g_strdup (succession_sidebar_entry_get_label (self->entry));

  gtk_label_set_text (GTK_LABEL (self->label), title);
  gtk_widget_set_visible (self->check, !heading);
  if (heading != gtk_widget_has_css_class (self->label, "heading"))
    {
      if (heading)
        gtk_widget_add_css_class (self->label, "heading");
      else
        gtk_widget_remove_css_class (self->label, "heading");
    }
  gtk_widget_set_margin_top (GTK_WIDGET (self), heading && !succession_sidebar_entry_is_first (self->entry) ? 12 : 0);
  /* The check is what takes the focus: it says the office and whether it is on the chart. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  /* A heading's row takes the focus itself, so the arrow keys pass over it (GTK 4.8 focuses
   * only rows that take it), and is named by the heading. */
  gtk_widget_set_focusable (GTK_WIDGET (self), heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  sync_check (self);
}

static void
on_check_toggled (SuccessionOfficeCheckRow *self,
                  GtkCheckButton           *check)
{
  SuccessionOffice *office = row_office (self);

  if (self->syncing || office == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "chart.toggle-office", "s", succession_office_get_id (office));
  /* The page answers through "charted"; a refusal leaves the check as the chart is. */
  sync_check (self);
}

static void
succession_office_check_row_dispose (GObject *object)
{
  SuccessionOfficeCheckRow *self = SUCCESSION_OFFICE_CHECK_ROW (object);

  g_clear_object (&self->entry);
  g_clear_pointer (&self->check, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (succession_office_check_row_parent_class)->dispose (object);
}

static void
succession_office_check_row_finalize (GObject *object)
{
  g_strfreev (SUCCESSION_OFFICE_CHECK_ROW (object)->charted);

  G_OBJECT_CLASS (succession_office_check_row_parent_class)->finalize (object);
}

static void
succession_office_check_row_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  SuccessionOfficeCheckRow *self = SUCCESSION_OFFICE_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    case PROP_CHARTED:
      g_value_set_boxed (value, self->charted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_office_check_row_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  SuccessionOfficeCheckRow *self = SUCCESSION_OFFICE_CHECK_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      if (g_set_object (&self->entry, g_value_get_object (value)))
        {
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_NAME_DISPLAY:
      if (self->name_display != (SuccessionNameDisplay) g_value_get_enum (value))
        {
          self->name_display = g_value_get_enum (value);
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_CHARTED:
      g_strfreev (self->charted);
      self->charted = g_value_dup_boxed (value);
      sync_check (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_office_check_row_class_init (SuccessionOfficeCheckRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_office_check_row_dispose;
  object_class->finalize = succession_office_check_row_finalize;
  object_class->get_property = succession_office_check_row_get_property;
  object_class->set_property = succession_office_check_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, SUCCESSION_TYPE_SIDEBAR_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHARTED] =
    g_param_spec_boxed ("charted", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "officecheck");
}

static void
succession_office_check_row_init (SuccessionOfficeCheckRow *self)
{
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);

  self->check = gtk_check_button_new ();
  gtk_widget_set_valign (self->check, GTK_ALIGN_CENTER);
  g_signal_connect_object (self->check, "toggled", G_CALLBACK (on_check_toggled), self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (self->check, GTK_WIDGET (self));

  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
}

GtkWidget *
succession_office_check_row_new (void)
{
  return g_object_new (SUCCESSION_TYPE_OFFICE_CHECK_ROW, NULL);
}

GtkWidget *
succession_office_check_row_get_check (SuccessionOfficeCheckRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE_CHECK_ROW (self), NULL);
  return self->entry != NULL && !succession_sidebar_entry_is_heading (self->entry) ? self->check : NULL;
}

const char *
succession_office_check_row_get_title (SuccessionOfficeCheckRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE_CHECK_ROW (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->label));
}
