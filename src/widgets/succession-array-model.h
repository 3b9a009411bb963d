/* succession-array-model.h — a list model over an array of objects, made and freed at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SUCCESSION_TYPE_ARRAY_MODEL (succession_array_model_get_type ())
G_DECLARE_FINAL_TYPE (SuccessionArrayModel, succession_array_model, SUCCESSION, ARRAY_MODEL, GObject)

/* A fixed list: @first (a line such as "Vacancy", or NULL), then the objects of @items, which
 * hold no reference of their own: @owner (the dataset they belong to) keeps them alive, and the
 * model keeps @owner. A GListStore or GtkStringList keeps each item in a node of its own, and a
 * reference to each: made one by one and freed one by one, for the hundred thousand sources of a
 * large dataset, a tenth of a second when an editor closes. */
SuccessionArrayModel *succession_array_model_new (GObject   *first,
                                                  GPtrArray *items,
                                                  GObject   *owner);

G_END_DECLS
