/* succession-dataset-edit.h — an edit made in the dataset itself, which can be undone
 *
 * A change is checked by reading the dataset's text again with the one record changed
 * (succession-tenure-change.h): that copy says what the validator thinks of it before anything is
 * applied. Applying it in place then takes the record's new state from that copy into the
 * dataset the window shows, so every view keeps its objects and updates only what changed: the
 * office's and the holder's lists of tenures say which items changed ("items-changed"), the
 * tenure notifies its properties, and the dataset emits "tenures-changed" for each office
 * touched. A person's or an office's correction is made the same way ("person-changed", and
 * "tenures-changed" for the offices whose tables show the name). Undo puts the state before back the same way; applying and undoing any sequence
 * returns the dataset to exactly where it was (tests/model/test-dataset-edit.c).
 *
 * Main thread only; threads that read the dataset meanwhile hold succession_dataset_lock_reading().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-dataset.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_DATASET_EDIT (succession_dataset_edit_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionDatasetEdit, succession_dataset_edit, SUCCESSION, DATASET_EDIT, GObject)

/* The correction of the tenure @tenure_id of @dataset to its state in @changed (a dataset a change
 * of @dataset gave), not yet applied. NULL when @changed differs from @dataset in more than that
 * tenure, or names a record @dataset does not have: then @changed is shown instead. It reads
 * @dataset only, so it may be made on the thread that made @changed, holding
 * succession_dataset_lock_reading(); it holds @changed until it is first applied. */
SuccessionDatasetEdit *succession_dataset_edit_new_tenure (SuccessionDataset     *dataset,
                                                           SuccessionDataset     *changed,
                                                           const char            *tenure_id);

/* The correction of the person @person_id's names, life dates and sources, as
 * succession_dataset_edit_new_tenure() makes a tenure's. */
SuccessionDatasetEdit *succession_dataset_edit_new_person (SuccessionDataset     *dataset,
                                                           SuccessionDataset     *changed,
                                                           const char            *person_id);

/* The correction of the office @office_id's labels, seats, term length and sources; NULL also
 * when it moves the office to another body. */
SuccessionDatasetEdit *succession_dataset_edit_new_office (SuccessionDataset     *dataset,
                                                           SuccessionDataset     *changed,
                                                           const char            *office_id);

/* A tenure @tenure_id added (the last record of @changed, as succession_tenure_addition_apply()
 * appends it) or removed (succession_tenure_removal_apply()), as the two states of an edit: applied,
 * the dataset has it, or has it no more. */
SuccessionDatasetEdit *succession_dataset_edit_new_addition (SuccessionDataset     *dataset,
                                                             SuccessionDataset     *changed,
                                                             const char            *tenure_id);
SuccessionDatasetEdit *succession_dataset_edit_new_removal  (SuccessionDataset     *dataset,
                                                             SuccessionDataset     *changed,
                                                             const char            *tenure_id);

SuccessionDataset     *succession_dataset_edit_get_dataset (SuccessionDatasetEdit *self);
/* The record corrected: a tenure, a person or an office (the others NULL). */
SuccessionTenure      *succession_dataset_edit_get_tenure  (SuccessionDatasetEdit *self);
SuccessionPerson      *succession_dataset_edit_get_person  (SuccessionDatasetEdit *self);
SuccessionOffice      *succession_dataset_edit_get_office  (SuccessionDatasetEdit *self);
/* The tenure added or removed. */
SuccessionTenure      *succession_dataset_edit_get_member  (SuccessionDatasetEdit *self);
gboolean               succession_dataset_edit_is_applied  (SuccessionDatasetEdit *self);
/* Made from the dataset as it still is: not applied yet, and no other edit made since. */
gboolean               succession_dataset_edit_is_current  (SuccessionDatasetEdit *self);

/* Apply, then undo, then apply again… each call the other of the two. */
void                   succession_dataset_edit_apply       (SuccessionDatasetEdit *self);
void                   succession_dataset_edit_undo        (SuccessionDatasetEdit *self);

G_END_DECLS
