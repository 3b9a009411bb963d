/* succession-dataset.h — a loaded dataset: bodies, offices, people, tenures, terms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-date.h"
#include "succession-text.h"
#include "succession-types.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_DATASET (succession_dataset_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionDataset, succession_dataset, SUCCESSION, DATASET, GObject)

/* The file's meta.title, or its display name. */
const char           *succession_dataset_get_title           (SuccessionDataset *self);
/* The name of the file or resource it came from ("succession.json"). */
const char           *succession_dataset_get_display_name    (SuccessionDataset *self);
/* The file it came from, or NULL for bytes and the bundled dataset. */
GFile                *succession_dataset_get_file            (SuccessionDataset *self);
const char           *succession_dataset_get_version         (SuccessionDataset *self);
const char           *succession_dataset_get_license         (SuccessionDataset *self);
const SuccessionText *succession_dataset_get_date_convention (SuccessionDataset *self);
const SuccessionText *succession_dataset_lookup_note         (SuccessionDataset *self,
                                                              const char        *id);
/* The dataset's last recorded date: the latest day any date in its file reaches (a tenure's
 * or a term's dates, a source's date or access date…); unset for a file with no date. A
 * tenure left open by its term is known to be in office only up to it. */
const SuccessionDate *succession_dataset_get_last_recorded_date (SuccessionDataset *self);

/* A dataset is changed in place only on the main thread (succession-dataset-edit.h). A thread
 * that reads one the window shows holds it for reading meanwhile: an edit waits for it. */
void                  succession_dataset_lock_reading        (SuccessionDataset *self);
void                  succession_dataset_unlock_reading      (SuccessionDataset *self);
/* Drops a reference to @self (may be NULL); the last, of a large dataset, is dropped on a thread
 * of its own, as freeing 100,000 tenures takes longer than a frame. */
void                  succession_dataset_release             (SuccessionDataset *self);
/* How many edits and undos were made in place: a copy written at one serial is what the dataset
 * still holds while the serial is the same. */
guint64               succession_dataset_get_serial          (SuccessionDataset *self);

/* List models of everything, in file order (synthesized offices after the file's posts). */
GListModel           *succession_dataset_get_bodies          (SuccessionDataset *self);
/* Bodies without a parent, in display order: the roots of the tree. */
GListModel           *succession_dataset_get_root_bodies     (SuccessionDataset *self);
GListModel           *succession_dataset_get_offices         (SuccessionDataset *self);
GListModel           *succession_dataset_get_persons         (SuccessionDataset *self);
GListModel           *succession_dataset_get_tenures         (SuccessionDataset *self);
GListModel           *succession_dataset_get_terms           (SuccessionDataset *self);
/* The warnings the loader found (SuccessionMessage); they never block loading. */
GListModel           *succession_dataset_get_warnings        (SuccessionDataset *self);

SuccessionBody       *succession_dataset_get_body            (SuccessionDataset *self,
                                                              const char        *id);
SuccessionOffice     *succession_dataset_get_office          (SuccessionDataset *self,
                                                              const char        *id);
SuccessionPerson     *succession_dataset_get_person          (SuccessionDataset *self,
                                                              const char        *id);
SuccessionTenure     *succession_dataset_get_tenure          (SuccessionDataset *self,
                                                              const char        *id);
SuccessionTerm       *succession_dataset_get_term            (SuccessionDataset *self,
                                                              const char        *id);

/* The term of @body that covers @date most surely, or NULL. */
SuccessionTerm       *succession_dataset_get_term_on         (SuccessionDataset    *self,
                                                              SuccessionBody       *body,
                                                              const SuccessionDate *date);

/* Persons, offices and bodies with a name (in any language or script) containing @query,
 * ignoring case, diacritics, spaces and punctuation: "peng zhen", "Péng Zhēn", "彭真" and
 * "彭真" all find Peng Zhen. Names that start with the query come first. At most @limit
 * results (0 for all). Returns GObjects. */
GPtrArray            *succession_dataset_search              (SuccessionDataset *self,
                                                              const char        *query,
                                                              guint              limit);
/* Builds the search keys now rather than on the first search (the loader's thread does it for
 * a file opened in the window). */
void                  succession_dataset_prepare_search      (SuccessionDataset *self);
/* Does @item (a person, office or body of this dataset) match the folded @folded_query? */
gboolean              succession_dataset_item_matches        (SuccessionDataset *self,
                                                              GObject           *item,
                                                              const char        *folded_query);

G_END_DECLS
