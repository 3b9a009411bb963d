/* succession-sidebar-result.c — one slot of the sidebar's search results
 *
 * A slot keeps its place in the results from one keystroke to the next while what it shows
 * changes. GTK 4.8's list view gives every new item of its model a new row widget (and keeps
 * up to 200 of them), so replacing the items would rebuild every row on each keystroke;
 * changing what the slots show only rebinds the rows, which stay.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-sidebar"

#include "config.h"

#include "succession-sidebar-result.h"

struct _SuccessionSidebarResult
{
  GObject  parent_instance;
  GObject *entity;
};

G_DEFINE_FINAL_TYPE (SuccessionSidebarResult, succession_sidebar_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint       changed_signal;

static void
succession_sidebar_result_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ENTITY:
      g_value_set_object (value, SUCCESSION_SIDEBAR_RESULT (object)->entity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_sidebar_result_finalize (GObject *object)
{
  g_clear_object (&SUCCESSION_SIDEBAR_RESULT (object)->entity);

  G_OBJECT_CLASS (succession_sidebar_result_parent_class)->finalize (object);
}

static void
succession_sidebar_result_class_init (SuccessionSidebarResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = succession_sidebar_result_finalize;
  G_OBJECT_CLASS (klass)->get_property = succession_sidebar_result_get_property;

  /* NULL in the last slot, which says there are more matches than shown. */
  properties[PROP_ENTITY] = g_param_spec_object ("entity", NULL, NULL, G_TYPE_OBJECT,
                                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_PROPS, properties);

  /* What the slot shows has changed: its row, if it has one, binds it again. */
  changed_signal = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
succession_sidebar_result_init (SuccessionSidebarResult *self)
{
}

SuccessionSidebarResult *
succession_sidebar_result_new (void)
{
  return g_object_new (SUCCESSION_TYPE_SIDEBAR_RESULT, NULL);
}

GObject *
succession_sidebar_result_get_entity (SuccessionSidebarResult *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_RESULT (self), NULL);
  return self->entity;
}

void
succession_sidebar_result_set_entity (SuccessionSidebarResult *self,
                                      GObject                 *entity,
                                      gboolean                 force)
{
  g_return_if_fail (SUCCESSION_IS_SIDEBAR_RESULT (self));

  if (g_set_object (&self->entity, entity))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
      g_signal_emit (self, changed_signal, 0);
    }
  else if (force)
    g_signal_emit (self, changed_signal, 0);
}
