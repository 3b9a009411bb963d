/* succession-record-editor-private.h — the record editor's fields, shared by its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-body-change.h"
#include "succession-office-change.h"
#include "succession-person-change.h"
#include "succession-record-editor.h"
#include "succession-source-picker.h"
#include "succession-tenure-change.h"

G_BEGIN_DECLS

struct _SuccessionRecordEditor
{
  AdwWindow parent_instance;

  SuccessionDataset *dataset;
  SuccessionTenure  *tenure; /* the tenure corrected; NULL when one is added */
  SuccessionOffice  *office; /* the office a tenure is added to; NULL when one is corrected */
  char              *holder_name;
  /* Adding: the holders to choose from, as the dropdown lists them (NULL first: a vacancy). */
  GPtrArray        *holder_ids;
  char             *added_id;      /* the id the last check gave the new tenure */
  SuccessionPerson *person;        /* the person edited; NULL otherwise */
  gboolean          adding_person; /* Add Person… */
  char             *added_person_id;
  SuccessionOffice *edited_office;  /* the office edited; NULL otherwise */
  gboolean          adding_office;  /* Add Office… */
  char             *added_office_id;
  GPtrArray        *body_ids;       /* the bodies to choose from, as the dropdown lists them (NULL first) */
  SuccessionBody   *edited_body;    /* the body edited; NULL otherwise */
  gboolean          adding_body;    /* Add Department… */
  char             *added_body_id;

  AdwWindowTitle         *window_title;
  GtkWidget              *names_group;
  AdwActionRow           *name_row;
  AdwActionRow           *pinyin_row;
  GtkWidget              *office_group;
  AdwActionRow           *seats_row;
  AdwActionRow           *body_row;
  GtkSpinButton          *seats_spin;
  GtkDropDown            *body_dropdown;
  AdwActionRow           *term_length_row;
  GtkEntry               *term_length_entry;
  GtkEntry               *name_entry;
  GtkEntry               *hans_entry;
  GtkEntry               *hant_entry;
  GtkEntry               *pinyin_entry;
  AdwPreferencesGroup    *dates_group;
  AdwComboRow            *kind_row;
  AdwActionRow           *start_row;
  AdwActionRow           *end_row;
  SuccessionSourcePicker *source_picker;
  GtkWidget              *holder_group;
  GtkDropDown            *holder_dropdown;
  GtkWidget              *keep_row;
  AdwPreferencesGroup    *source_group;
  AdwPreferencesGroup    *note_group;
  GtkTextView            *note_view;
  const char             *note_language; /* the language of the note edited: "en", "zh-Hans", "zh-Hant" */
  char                   *note_shown;    /* the note as the editor opened with it */
  AdwExpanderRow         *terms_row;
  GPtrArray              *term_checks;    /* a check button per term of the office's body, in order */
  GPtrArray              *term_choices;   /* the ids of those terms (owned) */
  char                  **chosen_term_ids; /* the terms checked, as change.term_ids gives them */
  GtkWidget              *apply_button;
  GtkSpinner             *check_spinner;
  GtkEntry               *start_entry;
  AdwComboRow            *start_qualifier;
  GtkEntry               *end_entry;
  AdwComboRow            *end_qualifier;
  GtkSwitch              *keep_switch;
  GtkLabel               *errors_label;
  GtkLabel               *warnings_label;
  GtkEntry               *url_entry;
  GtkEntry               *archive_entry;
  GtkEntry               *title_entry;
  GtkEntry               *publisher_entry;
  GtkEntry               *source_date_entry;
  GtkEntry               *locator_entry;
  GtkEntry               *accessed_entry;

  /* The change as typed, and whether every field of it reads; a person's dates are the
   * tenure change's start and end, its source the tenure change's. */
  SuccessionTenureChange change;
  SuccessionPersonChange person_change;
  SuccessionOfficeChange office_change; /* its label and names owned */
  SuccessionBodyChange   body_change;   /* its names and parent owned */
  gboolean               inputs_read;
  char                  *input_error;

  guint         check_source;
  guint         focus_source;
  guint         spinner_source;
  GCancellable *check_cancellable;
  /* What the last finished check loaded (NULL when the change did not load). */
  SuccessionDataset *checked;
  SuccessionDatasetEdit *checked_edit; /* the same change, to make in the dataset itself, or NULL */
  gboolean           checked_current;
  gboolean           apply_when_checked;
};

/* The terms of @office's body to check, those of @tenure (NULL: none) checked; nothing when the
 * body has no numbered terms (tenure editors only). */
void _succession_record_editor_show_terms (SuccessionRecordEditor *self,
                                           SuccessionOffice       *office,
                                           SuccessionTenure       *tenure);
/* A field changed: read the fields, and check once typing pauses (succession-record-editor-check.c). */
void _succession_record_editor_input_changed (SuccessionRecordEditor *self);
/* Checks the change now on a worker thread (a GSourceFunc; returns G_SOURCE_REMOVE). */
gboolean _succession_record_editor_run_check (gpointer user_data);
/* Reads every field into the change; @mark: mark the fields that do not read. */
void _succession_record_editor_read_inputs (SuccessionRecordEditor *self,
                                            gboolean                mark);
/* Apply is on when the fields read, the change needs nothing more, and its check loaded. */
void _succession_record_editor_update_apply (SuccessionRecordEditor *self);
gboolean _succession_record_editor_is_person_mode (SuccessionRecordEditor *self);
void _succession_record_editor_clear_person_names (SuccessionPersonChange *change);
/* The terms checked, in the body's order (free with g_strfreev). */
char **_succession_record_editor_read_terms (SuccessionRecordEditor *self);
/* A tenure's note, shown in the language the user reads the dataset in (tenure editors only). */
void _succession_record_editor_show_note (SuccessionRecordEditor *self,
                                          SuccessionTenure       *tenure);
/* What @entry says, without the spaces around it. Free with g_free. */
char *_succession_record_editor_entry_text (GtkEntry *entry);
/* Shows @date (unset: empty) in @entry, and its qualifier in @qualifier when given. */
void _succession_record_editor_set_entry_date (GtkEntry             *entry,
                                               AdwComboRow          *qualifier,
                                               const SuccessionDate *date);
/* Once the fields are filled in (filling them in is not a change to check): sets the dataset and
 * what every kind of editor has (the day accessed, the sources cited before), and reads the
 * fields. */
void _succession_record_editor_start_editing  (SuccessionRecordEditor *self,
                                               SuccessionDataset      *dataset);

/* The office's part (succession-record-editor-office.c): whether the editor is an office's, its
 * fields read into office_change, whether they make a change that may be applied, and a copy of
 * it for a check (free with _succession_record_editor_office_change_free). */
gboolean _succession_record_editor_is_office      (SuccessionRecordEditor       *self);
void     _succession_record_editor_office_read     (SuccessionRecordEditor       *self);
gboolean _succession_record_editor_office_ready    (SuccessionRecordEditor       *self);
void     _succession_record_editor_office_copy     (const SuccessionOfficeChange *change,
                                                    SuccessionOfficeChange       *copy);
void     _succession_record_editor_office_clear    (SuccessionOfficeChange       *change);

/* The body's part (succession-record-editor-body.c), as the office's. */
gboolean _succession_record_editor_is_body        (SuccessionRecordEditor       *self);
void     _succession_record_editor_body_read       (SuccessionRecordEditor       *self);
gboolean _succession_record_editor_body_ready      (SuccessionRecordEditor       *self);
void     _succession_record_editor_body_copy       (const SuccessionBodyChange   *change,
                                                    SuccessionBodyChange         *copy);
void     _succession_record_editor_body_clear      (SuccessionBodyChange         *change);
/* The bodies of @dataset in the body dropdown, in the file's order, after @none_label; @selected
 * chosen; @except and its departments left out (a body cannot be placed within itself). For the
 * office's and the body's parts. */
void     _succession_record_editor_fill_bodies     (SuccessionRecordEditor       *self,
                                                    SuccessionDataset            *dataset,
                                                    const char                   *none_label,
                                                    SuccessionBody               *selected,
                                                    SuccessionBody               *except);

G_END_DECLS
