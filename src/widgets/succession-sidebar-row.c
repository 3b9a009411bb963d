/* succession-sidebar-row.c — a row of the sidebar's browse list
 *
 * The rows are most of the first frame's widgets and text, so a row is built in code with no
 * more boxes than it needs, and its text laid out once at the width it gets
 * (SuccessionWrapLabel).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-sidebar-row.h"
#include "succession-wrap-label.h"

struct _SuccessionSidebarRow
{
  GtkListBoxRow         parent_instance;
  SuccessionPageTarget *target;
  char                 *section;
};

G_DEFINE_FINAL_TYPE (SuccessionSidebarRow, succession_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

static void
succession_sidebar_row_finalize (GObject *object)
{
  SuccessionSidebarRow *self = SUCCESSION_SIDEBAR_ROW (object);

  g_clear_pointer (&self->target, succession_page_target_free);
  g_free (self->section);

  G_OBJECT_CLASS (succession_sidebar_row_parent_class)->finalize (object);
}

static void
succession_sidebar_row_class_init (SuccessionSidebarRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = succession_sidebar_row_finalize;
}

static void
succession_sidebar_row_init (SuccessionSidebarRow *self)
{
}

GtkWidget *
succession_sidebar_row_new (const char           *icon_name,
                            const char           *title,
                            const char           *subtitle,
                            const char           *section,
                            SuccessionPageTarget *target)
{
  SuccessionSidebarRow *self;
  GtkWidget *content;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (target != NULL, NULL);

  self = g_object_new (SUCCESSION_TYPE_SIDEBAR_ROW, NULL);
  self->target = target;
  self->section = g_strdup (section);

  content = succession_wrap_label_new (title, FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    {
      GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *subtitle_label = succession_wrap_label_new (subtitle, TRUE);

      gtk_widget_add_css_class (subtitle_label, "caption");
      gtk_widget_add_css_class (subtitle_label, "sidebar-subtitle");
      gtk_box_append (GTK_BOX (labels), content);
      gtk_box_append (GTK_BOX (labels), subtitle_label);
      content = labels;
    }
  gtk_widget_set_hexpand (content, TRUE);
  gtk_widget_set_valign (content, GTK_ALIGN_CENTER);

  if (icon_name != NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
      gtk_box_append (GTK_BOX (box), content);
      content = box;
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), content);

  /* The row is what has focus, so it carries the name, read as one sentence. */
  accessible = subtitle != NULL && *subtitle != '\0' ? g_strconcat (title, C_("accessible row", ", "), subtitle, NULL)
                                                     : g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return GTK_WIDGET (self);
}

const SuccessionPageTarget *
succession_sidebar_row_get_target (SuccessionSidebarRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ROW (self), NULL);
  return self->target;
}

const char *
succession_sidebar_row_get_section (SuccessionSidebarRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ROW (self), NULL);
  return self->section;
}
