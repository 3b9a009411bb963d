/* succession-sidebar-entry.c — one line of the sidebar's browse list: a heading or a link
 *
 * The browse list is a list view over these entries, so the window makes rows only for the
 * lines near the screen: a dataset of thousands of offices costs a few hundred small objects
 * here, not thousands of widgets. An entry holds what it names, not its text; its row writes
 * the text in the name display of the moment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-sidebar"

#include "config.h"

#include "succession-sidebar-entry.h"

struct _SuccessionSidebarEntry
{
  GObject parent_instance;

  SuccessionPageTarget *target; /* NULL for a heading */
  GObject              *entity; /* the office or body named, or NULL */
  char                 *label;  /* the text when no record is named */
  char                 *icon_name;
  guint                 heading : 1;
  guint                 first : 1;
  guint                 indent : 1;
};

G_DEFINE_FINAL_TYPE (SuccessionSidebarEntry, succession_sidebar_entry, G_TYPE_OBJECT)

static void
succession_sidebar_entry_finalize (GObject *object)
{
  SuccessionSidebarEntry *self = SUCCESSION_SIDEBAR_ENTRY (object);

  g_clear_pointer (&self->target, succession_page_target_free);
  g_clear_object (&self->entity);
  g_free (self->label);
  g_free (self->icon_name);

  G_OBJECT_CLASS (succession_sidebar_entry_parent_class)->finalize (object);
}

static void
succession_sidebar_entry_class_init (SuccessionSidebarEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = succession_sidebar_entry_finalize;
}

static void
succession_sidebar_entry_init (SuccessionSidebarEntry *self)
{
}

SuccessionSidebarEntry *
succession_sidebar_entry_new_heading (GObject    *entity,
                                      const char *label,
                                      gboolean    first)
{
  SuccessionSidebarEntry *self;

  g_return_val_if_fail (entity != NULL || label != NULL, NULL);

  self = g_object_new (SUCCESSION_TYPE_SIDEBAR_ENTRY, NULL);
  self->entity = entity != NULL ? g_object_ref (entity) : NULL;
  self->label = g_strdup (label);
  self->heading = TRUE;
  self->first = first;
  return self;
}

SuccessionSidebarEntry *
succession_sidebar_entry_new_link (SuccessionPageTarget *target,
                                   GObject              *entity,
                                   const char           *label,
                                   const char           *icon_name,
                                   gboolean              indent)
{
  SuccessionSidebarEntry *self;

  g_return_val_if_fail (target != NULL, NULL);
  g_return_val_if_fail (entity != NULL || label != NULL, NULL);

  self = g_object_new (SUCCESSION_TYPE_SIDEBAR_ENTRY, NULL);
  self->target = target;
  self->entity = entity != NULL ? g_object_ref (entity) : NULL;
  self->label = g_strdup (label);
  self->icon_name = g_strdup (icon_name);
  self->indent = indent;
  return self;
}

gboolean
succession_sidebar_entry_is_heading (SuccessionSidebarEntry *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ENTRY (self), FALSE);
  return self->heading;
}

gboolean
succession_sidebar_entry_is_first (SuccessionSidebarEntry *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ENTRY (self), FALSE);
  return self->first;
}

gboolean
succession_sidebar_entry_is_indented (SuccessionSidebarEntry *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ENTRY (self), FALSE);
  return self->indent;
}

GObject *
succession_sidebar_entry_get_entity (SuccessionSidebarEntry *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ENTRY (self), NULL);
  return self->entity;
}

const char *
succession_sidebar_entry_get_label (SuccessionSidebarEntry *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ENTRY (self), NULL);
  return self->label;
}

const char *
succession_sidebar_entry_get_icon_name (SuccessionSidebarEntry *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ENTRY (self), NULL);
  return self->icon_name;
}

const SuccessionPageTarget *
succession_sidebar_entry_get_target (SuccessionSidebarEntry *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_ENTRY (self), NULL);
  return self->target;
}
