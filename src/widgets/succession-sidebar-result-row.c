/* succession-sidebar-result-row.c — how a slot of the sidebar's search results looks
 *
 * A row follows its slot's "changed" through a GSignalGroup, so binding it to another slot (the
 * list view recycles rows) moves the handler with no hand-kept disconnection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible.h"
#include "succession-row-layout.h"
#include "succession-sidebar-result-row.h"
#include "succession-wrap-label.h"

struct _SuccessionSidebarResultRow
{
  GtkWidget parent_instance;

  GtkImage  *icon;
  GtkWidget *title_label;
  GtkWidget *subtitle_label;

  SuccessionSidebarResult *result;
  GSignalGroup            *result_signals;
  SuccessionNameDisplay    name_display;
};

G_DEFINE_FINAL_TYPE (SuccessionSidebarResultRow, succession_sidebar_result_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  PROP_NAME_DISPLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SuccessionSidebarResultRow *self)
{
  GObject         *entity = self->result != NULL ? succession_sidebar_result_get_entity (self->result) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char      *icon_name = NULL;

  if (entity == NULL || !succession_format_entity_summary (entity, self->name_display, &title, &subtitle, &icon_name))
    {
      g_clear_pointer (&subtitle, g_free);
      g_free (title);
      /* Translators: the last row of search results when there are more than it shows. */
      title = g_strdup (_ ("More matches: type more to narrow the search"));
      icon_name = NULL;
    }

  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
  succession_wrap_label_set_text (SUCCESSION_WRAP_LABEL (self->title_label), title);
  succession_wrap_label_set_text (SUCCESSION_WRAP_LABEL (self->subtitle_label), subtitle);
  gtk_widget_set_visible (self->subtitle_label, subtitle != NULL && *subtitle != '\0');
  /* Only a result opens; the last slot, which says there are more, does not. */
  if (entity == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "activatable");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self), "activatable");
    }

  succession_accessible_name_list_row (GTK_WIDGET (self), title, subtitle);
}

static void
set_result (SuccessionSidebarResultRow *self,
            SuccessionSidebarResult    *result)
{
  if (!g_set_object (&self->result, result))
    return;
  g_signal_group_set_target (self->result_signals, result);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

static void
succession_sidebar_result_row_dispose (GObject *object)
{
  SuccessionSidebarResultRow *self = SUCCESSION_SIDEBAR_RESULT_ROW (object);

  g_signal_group_set_target (self->result_signals, NULL);
  g_clear_object (&self->result);
  g_clear_pointer (&self->title_label, gtk_widget_unparent);
  g_clear_pointer (&self->subtitle_label, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_SIDEBAR_RESULT_ROW);

  G_OBJECT_CLASS (succession_sidebar_result_row_parent_class)->dispose (object);
}

static void
succession_sidebar_result_row_finalize (GObject *object)
{
  g_clear_object (&SUCCESSION_SIDEBAR_RESULT_ROW (object)->result_signals);

  G_OBJECT_CLASS (succession_sidebar_result_row_parent_class)->finalize (object);
}

static void
succession_sidebar_result_row_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  SuccessionSidebarResultRow *self = SUCCESSION_SIDEBAR_RESULT_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_sidebar_result_row_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  SuccessionSidebarResultRow *self = SUCCESSION_SIDEBAR_RESULT_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      set_result (self, g_value_get_object (value));
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
succession_sidebar_result_row_class_init (SuccessionSidebarResultRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_sidebar_result_row_dispose;
  object_class->finalize = succession_sidebar_result_row_finalize;
  object_class->get_property = succession_sidebar_result_row_get_property;
  object_class->set_property = succession_sidebar_result_row_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, SUCCESSION_TYPE_SIDEBAR_RESULT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-sidebar-result-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionSidebarResultRow, icon);
  /* The row itself is the list's item (SuccessionVisibleList): libadwaita's sidebar rows. */
  gtk_widget_class_set_css_name (widget_class, "row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static void
succession_sidebar_result_row_init (SuccessionSidebarResultRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), succession_row_layout_new (12, 2));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* Made here: a template cannot say which kind of line a SuccessionWrapLabel is. The lines
   * expand, so the row's layout stacks them beside the icon. */
  self->title_label = succession_wrap_label_new (NULL, FALSE);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_widget_set_parent (self->title_label, GTK_WIDGET (self));
  self->subtitle_label = succession_wrap_label_new (NULL, TRUE);
  gtk_widget_add_css_class (self->subtitle_label, "caption");
  gtk_widget_add_css_class (self->subtitle_label, "dim-label");
  gtk_widget_set_hexpand (self->subtitle_label, TRUE);
  gtk_widget_set_visible (self->subtitle_label, FALSE);
  gtk_widget_set_parent (self->subtitle_label, GTK_WIDGET (self));
  self->result_signals = g_signal_group_new (SUCCESSION_TYPE_SIDEBAR_RESULT);
  g_signal_group_connect_swapped (self->result_signals, "changed", G_CALLBACK (update), self);
}

GtkWidget *
succession_sidebar_result_row_new (void)
{
  return g_object_new (SUCCESSION_TYPE_SIDEBAR_RESULT_ROW, NULL);
}
