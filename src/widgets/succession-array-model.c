/* succession-array-model.c — a list model over an array of objects, made and freed at once
 *
 * The editors' dropdowns list every person or every source a dataset has. Their models only
 * hand out what the array holds; the array is shared, not copied, and holds no reference of its
 * own to each object: the dataset they belong to does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-array-model.h"

struct _SuccessionArrayModel
{
  GObject    parent_instance;
  GObject   *first; /* NULL, or listed before items */
  GPtrArray *items; /* borrowed from owner */
  GObject   *owner;
  GType      item_type;
};

static guint
n_listed (SuccessionArrayModel *self)
{
  return (self->first != NULL ? 1 : 0) + self->items->len;
}

static GType
succession_array_model_get_item_type (GListModel *model)
{
  return SUCCESSION_ARRAY_MODEL (model)->item_type;
}

static guint
succession_array_model_get_n_items (GListModel *model)
{
  return n_listed (SUCCESSION_ARRAY_MODEL (model));
}

static gpointer
succession_array_model_get_item (GListModel *model,
                                 guint       position)
{
  SuccessionArrayModel *self = SUCCESSION_ARRAY_MODEL (model);

  if (position >= n_listed (self))
    return NULL;
  if (self->first != NULL)
    {
      if (position == 0)
        return g_object_ref (self->first);
      position--;
    }
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
succession_array_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = succession_array_model_get_item_type;
  iface->get_n_items = succession_array_model_get_n_items;
  iface->get_item = succession_array_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (SuccessionArrayModel, succession_array_model, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, succession_array_model_list_model_init))

static void
succession_array_model_finalize (GObject *object)
{
  SuccessionArrayModel *self = SUCCESSION_ARRAY_MODEL (object);

  g_ptr_array_unref (self->items);
  g_clear_object (&self->first);
  g_clear_object (&self->owner);

  G_OBJECT_CLASS (succession_array_model_parent_class)->finalize (object);
}

static void
succession_array_model_class_init (SuccessionArrayModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = succession_array_model_finalize;
}

static void
succession_array_model_init (SuccessionArrayModel *self)
{
}

SuccessionArrayModel *
succession_array_model_new (GObject   *first,
                            GPtrArray *items,
                            GObject   *owner)
{
  SuccessionArrayModel *self;

  g_return_val_if_fail (first == NULL || G_IS_OBJECT (first), NULL);
  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);

  self = g_object_new (SUCCESSION_TYPE_ARRAY_MODEL, NULL);
  self->first = first != NULL ? g_object_ref (first) : NULL;
  self->items = g_ptr_array_ref (items);
  self->owner = g_object_ref (owner);
  self->item_type = G_TYPE_OBJECT;
  return self;
}
