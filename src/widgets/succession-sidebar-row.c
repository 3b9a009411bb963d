/* succession-sidebar-row.c — how a line of the sidebar's browse list looks
 *
 * The browse list is a SuccessionVisibleList: a row is made for a line on screen and bound to
 * another line as the list scrolls. Its text is laid out once at the width it gets
 * (SuccessionWrapLabel), and written again when the entry or the name display changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible.h"
#include "succession-row-layout.h"
#include "succession-sidebar-row.h"
#include "succession-wrap-label.h"

struct _SuccessionSidebarRow
{
  GtkWidget parent_instance;

  SuccessionSidebarEntry *entry;
  SuccessionNameDisplay   name_display;

  GtkWidget *icon; /* NULL until a line has one */
  GtkWidget *title_label;
  GtkWidget *subtitle_label; /* NULL until a line has one */
};

G_DEFINE_FINAL_TYPE (SuccessionSidebarRow, succession_sidebar_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_NAME_DISPLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The entry's text in the name display: a record's name (and an office's holders today), or
 * the fixed label of a page that is no record. */
static void
entry_text (SuccessionSidebarRow *self,
            char                **title,
            char                **subtitle)
{
  GObject *entity = succession_sidebar_entry_get_entity (self->entry);

  *subtitle = NULL;
  if (SUCCESSION_IS_OFFICE (entity))
    {
      *title = succession_format_office_name (SUCCESSION_OFFICE (entity), self->name_display);
      if (!succession_sidebar_entry_is_heading (self->entry))
        *subtitle = succession_format_office_holders_today (SUCCESSION_OFFICE (entity), self->name_display);
    }
  else if (SUCCESSION_IS_BODY (entity))
    *title = succession_format_body_name (SUCCESSION_BODY (entity), self->name_display);
  else
    *title = g_strdup (succession_sidebar_entry_get_label (self->entry));
}

static void
set_css_class (SuccessionSidebarRow *self,
               const char           *name,
               gboolean              set)
{
  if (set == gtk_widget_has_css_class (GTK_WIDGET (self), name))
    return;
  if (set)
    gtk_widget_add_css_class (GTK_WIDGET (self), name);
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), name);
}

static void
update (SuccessionSidebarRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char      *icon_name;
  gboolean         heading;

  if (self->entry == NULL)
    return;

  entry_text (self, &title, &subtitle);
  heading = succession_sidebar_entry_is_heading (self->entry);
  icon_name = succession_sidebar_entry_get_icon_name (self->entry);

  succession_wrap_label_set_text (SUCCESSION_WRAP_LABEL (self->title_label), title);
  /* The subtitle and the icon are made for the first line that has one: most lines have no
   * icon and headings no subtitle, and a row costs what it holds. */
  if (self->subtitle_label == NULL && subtitle != NULL && *subtitle != '\0')
    {
      self->subtitle_label = succession_wrap_label_new (NULL, TRUE);
      gtk_widget_add_css_class (self->subtitle_label, "caption");
      gtk_widget_add_css_class (self->subtitle_label, "sidebar-subtitle");
      gtk_widget_set_hexpand (self->subtitle_label, TRUE);
      gtk_widget_insert_after (self->subtitle_label, GTK_WIDGET (self), self->title_label);
    }
  if (self->subtitle_label != NULL)
    {
      succession_wrap_label_set_text (SUCCESSION_WRAP_LABEL (self->subtitle_label), subtitle);
      gtk_widget_set_visible (self->subtitle_label, subtitle != NULL && *subtitle != '\0');
    }
  if (self->icon == NULL && icon_name != NULL)
    {
      self->icon = gtk_image_new ();
      gtk_widget_insert_after (self->icon, GTK_WIDGET (self), NULL);
    }
  if (self->icon != NULL)
    {
      if (g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (self->icon)), icon_name) != 0)
        gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icon_name);
      gtk_widget_set_visible (self->icon, icon_name != NULL);
    }

  /* A heading groups the lines under it, as a list box's header did. A change of style classes
   * restyles the row, so only a row that turns from one kind to the other gets one. */
  if (heading != gtk_widget_has_css_class (self->title_label, "heading"))
    {
      if (heading)
        {
          gtk_widget_add_css_class (self->title_label, "heading");
          gtk_widget_add_css_class (self->title_label, "sidebar-heading");
        }
      else
        {
          gtk_widget_remove_css_class (self->title_label, "heading");
          gtk_widget_remove_css_class (self->title_label, "sidebar-heading");
        }
    }
  gtk_widget_set_margin_top (GTK_WIDGET (self), !heading ? 0 : succession_sidebar_entry_is_first (self->entry) ? 6
                                                                                                               : 12);
  /* Inside the row, so that its highlight keeps the list's edge. */
  set_css_class (self, "sidebar-indented", succession_sidebar_entry_is_indented (self->entry));
  /* A link opens and lights up under the pointer; a heading only takes the focus, so that a
   * screen reader reads it as the arrow keys pass. */
  set_css_class (self, "activatable", !heading);

  succession_accessible_name_list_row (GTK_WIDGET (self), title, subtitle);
}

static void
succession_sidebar_row_dispose (GObject *object)
{
  SuccessionSidebarRow *self = SUCCESSION_SIDEBAR_ROW (object);

  g_clear_object (&self->entry);
  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->title_label, gtk_widget_unparent);
  g_clear_pointer (&self->subtitle_label, gtk_widget_unparent);

  G_OBJECT_CLASS (succession_sidebar_row_parent_class)->dispose (object);
}

static void
succession_sidebar_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SuccessionSidebarRow *self = SUCCESSION_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_sidebar_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SuccessionSidebarRow *self = SUCCESSION_SIDEBAR_ROW (object);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_sidebar_row_class_init (SuccessionSidebarRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_sidebar_row_dispose;
  object_class->get_property = succession_sidebar_row_get_property;
  object_class->set_property = succession_sidebar_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, SUCCESSION_TYPE_SIDEBAR_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The row itself is the list's item (SuccessionVisibleList): libadwaita's sidebar rows. */
  gtk_widget_class_set_css_name (widget_class, "row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

/* Built in code with no more boxes than it needs: the rows are most of the first frame's widgets. */
static void
succession_sidebar_row_init (SuccessionSidebarRow *self)
{
  gtk_widget_set_layout_manager (GTK_WIDGET (self), succession_row_layout_new (12, 2));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  /* The lines of text expand: the row's layout stacks them in its column. */
  self->title_label = succession_wrap_label_new (NULL, FALSE);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_widget_set_parent (self->title_label, GTK_WIDGET (self));
}

GtkWidget *
succession_sidebar_row_new (void)
{
  return g_object_new (SUCCESSION_TYPE_SIDEBAR_ROW, NULL);
}

SuccessionSidebarEntry *
succession_sidebar_row_get_entry (SuccessionSidebarRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ROW (self), NULL);
  return self->entry;
}
