/* succession-dataset-private.h — the dataset's fields, filled by the loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-kept.h"
#include "succession-model-private.h"

G_BEGIN_DECLS

struct _SuccessionDataset
{
  GObject          parent_instance;

  char            *title;           /* meta.title in English, or as written */
  SuccessionText  *title_text;      /* meta.title in every language it is given in */
  char            *display_name;
  char            *short_name;      /* the display name's last component, for titles */
  GFile           *file;
  char            *version;
  char            *license;
  char           **languages;
  SuccessionText  *date_convention;
  GHashTable      *notes;          /* id -> SuccessionText */

  GPtrArray       *bodies;
  GPtrArray       *root_bodies;
  GPtrArray       *offices;
  GPtrArray       *persons;
  GPtrArray       *tenures;
  GPtrArray       *terms;
  GPtrArray       *warnings;

  GHashTable      *bodies_by_id;
  GHashTable      *offices_by_id;
  GHashTable      *persons_by_id;
  GHashTable      *tenures_by_id;
  GHashTable      *terms_by_id;

  GListStore      *bodies_model;
  GListStore      *root_bodies_model;
  GListStore      *offices_model;
  GListStore      *persons_model;
  GListStore      *tenures_model;
  GListStore      *terms_model;
  GListStore      *warnings_model;

  gboolean         search_keys_ready;

  /* What the file had that the model does not write back (NULL for a dataset not read from
   * a file), the order of meta.notes, and the latest day any of its dates reaches. */
  SuccessionKept  *kept;
  GPtrArray       *note_order;      /* borrowed note ids, in the file's order */
  SuccessionDate   last_recorded;

  /* Edits made in place (succession-dataset-edit.c) take it for writing, on the main thread;
   * other threads reading the dataset hold it for reading. */
  GRWLock          lock;
  guint64          serial;          /* edits and undos made in place so far */
};

/* Emits "tenures-changed" for @office, or "person-changed" for @person, after an edit made in place. */
void _succession_dataset_tenures_changed (SuccessionDataset *self,
                                          SuccessionOffice  *office);
void _succession_dataset_person_changed  (SuccessionDataset *self,
                                          SuccessionPerson  *person);
/* @item's search key is now @key (its own): the search index takes it in place. */
void _succession_dataset_search_key_changed (SuccessionDataset *self,
                                             GObject           *item,
                                             const char        *key);

/* The keys under which the kept members of the top level and of meta are found. */
#define SUCCESSION_KEPT_TOP(dataset)  ((gconstpointer) (dataset))
#define SUCCESSION_KEPT_META(dataset) ((gconstpointer) &(dataset)->kept)

G_END_DECLS
