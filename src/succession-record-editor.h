/* succession-record-editor.h — Correct Dates, Add Tenure, Edit Person, Add Person: a record's
 * fields with the source that says so, checked as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"
#include "succession-model.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_RECORD_EDITOR (succession_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionRecordEditor, succession_record_editor, SUCCESSION, RECORD_EDITOR, AdwWindow)

/* A dialog over @parent for @tenure of @dataset: its holder (chosen among the dataset's people,
 * named in @display, or nobody), how it was held, its dates. When the user applies a change that
 * loads, it emits "applied" with the changed dataset and a sentence saying what changed, and
 * closes. @holder_name names the holder in its subtitle. */
SuccessionRecordEditor *succession_record_editor_new (GtkWindow             *parent,
                                                      SuccessionDataset     *dataset,
                                                      SuccessionTenure      *tenure,
                                                      SuccessionNameDisplay  display,
                                                      const char            *holder_name);
/* A dialog over @parent that adds a tenure to @office: the holder chosen among the dataset's
 * people (named in @display) or a vacancy, the dates and the source. "applied" as above. */
SuccessionRecordEditor *succession_record_editor_new_for_office (GtkWindow             *parent,
                                                                 SuccessionDataset     *dataset,
                                                                 SuccessionOffice      *office,
                                                                 SuccessionNameDisplay  display);
/* Chooses the tenure's holder by person id (NULL: a vacancy); FALSE when there is no such person. */
gboolean                succession_record_editor_select_holder  (SuccessionRecordEditor *self,
                                                                 const char             *person_id);
/* The id of the tenure being corrected, or of the tenure added. */
const char             *succession_record_editor_get_tenure_id (SuccessionRecordEditor *self);

/* A dialog over @parent for @person (named @name): names in Latin letters, Simplified and
 * Traditional characters and pinyin with tones, birth and death, and a source if given. */
SuccessionRecordEditor *succession_record_editor_new_for_person (GtkWindow         *parent,
                                                                 SuccessionDataset *dataset,
                                                                 SuccessionPerson  *person,
                                                                 const char        *name);
/* A dialog over @parent that adds a person to @dataset, with the same fields. */
SuccessionRecordEditor *succession_record_editor_new_person     (GtkWindow         *parent,
                                                                 SuccessionDataset *dataset);
/* Whether the fields as they stand have been checked (loaded on the worker thread): Apply then
 * hands the result over at once, rather than waiting for the check. */
gboolean                succession_record_editor_is_checked      (SuccessionRecordEditor *self);
/* For a tenure corrected, the change checked as an edit to make in the dataset itself (found on
 * the worker thread with the check), or NULL. */
SuccessionDatasetEdit  *succession_record_editor_get_edit        (SuccessionRecordEditor *self);
/* The id of the person being edited, or of the person added. */
const char             *succession_record_editor_get_person_id  (SuccessionRecordEditor *self);

/* A dialog over @parent for @office: its label in English and in characters, its seats and its
 * body, with a source if given. */
SuccessionRecordEditor *succession_record_editor_new_edit_office (GtkWindow         *parent,
                                                                  SuccessionDataset *dataset,
                                                                  SuccessionOffice  *office);
/* A dialog over @parent that adds an office to @dataset, in @body (NULL: none chosen yet). */
SuccessionRecordEditor *succession_record_editor_new_add_office  (GtkWindow         *parent,
                                                                  SuccessionDataset *dataset,
                                                                  SuccessionBody    *body);
/* The id of the office being edited, or of the office added. */
const char             *succession_record_editor_get_office_id   (SuccessionRecordEditor *self);

/* A dialog over @parent for @body: its name in English and in characters, the body it is part of,
 * its founding and dissolution, with a source if given. */
SuccessionRecordEditor *succession_record_editor_new_edit_body   (GtkWindow         *parent,
                                                                  SuccessionDataset *dataset,
                                                                  SuccessionBody    *body);
/* A dialog over @parent that adds a body to @dataset, a department of @within (NULL: at the top). */
SuccessionRecordEditor *succession_record_editor_new_add_body    (GtkWindow         *parent,
                                                                  SuccessionDataset *dataset,
                                                                  SuccessionBody    *within);
/* The id of the body being edited, or of the body added. */
const char             *succession_record_editor_get_body_id     (SuccessionRecordEditor *self);

G_END_DECLS
