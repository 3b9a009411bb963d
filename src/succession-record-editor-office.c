/* succession-record-editor-office.c — the record editor as Edit Office… and Add Office…
 *
 * An office's label in English and in Simplified and Traditional characters, how many hold it at
 * once, how long a term in it lasts, and its body, with a source if given; checked as a tenure's
 * change is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-i18n.h"
#include "succession-record-editor-private.h"

gboolean
_succession_record_editor_is_office (SuccessionRecordEditor *self)
{
  return self->edited_office != NULL || self->adding_office;
}

void
_succession_record_editor_office_clear (SuccessionOfficeChange *change)
{
  g_free ((char *) change->office_id);
  g_free ((char *) change->label);
  g_free ((char *) change->label_hans);
  g_free ((char *) change->label_hant);
  g_free ((char *) change->body_id);
  g_free ((char *) change->term_length);
  succession_change_source_clear (&change->source);
  *change = (SuccessionOfficeChange){ 0 };
}

void
_succession_record_editor_office_copy (const SuccessionOfficeChange *change,
                                       SuccessionOfficeChange       *copy)
{
  *copy = *change;
  copy->office_id = g_strdup (change->office_id);
  copy->label = g_strdup (change->label);
  copy->label_hans = g_strdup (change->label_hans);
  copy->label_hant = g_strdup (change->label_hant);
  copy->body_id = g_strdup (change->body_id);
  copy->term_length = g_strdup (change->term_length);
  copy->source = (SuccessionChangeSource){ 0 };
}

void
_succession_record_editor_office_read (SuccessionRecordEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->body_dropdown);

  _succession_record_editor_office_clear (&self->office_change);
  self->office_change.office_id = self->edited_office != NULL ? g_strdup (succession_office_get_id (self->edited_office)) : NULL;
  self->office_change.label = _succession_record_editor_entry_text (self->name_entry);
  self->office_change.label_hans = _succession_record_editor_entry_text (self->hans_entry);
  self->office_change.label_hant = _succession_record_editor_entry_text (self->hant_entry);
  self->office_change.seats = (guint) gtk_spin_button_get_value_as_int (self->seats_spin);
  self->office_change.body_id = self->body_ids != NULL && selected < self->body_ids->len ? g_strdup (g_ptr_array_index (self->body_ids, selected)) : NULL;
  self->office_change.term_length = _succession_record_editor_entry_text (self->term_length_entry);
  self->office_change.term_length_language = succession_i18n_reading_language ();
}

gboolean
_succession_record_editor_office_ready (SuccessionRecordEditor *self)
{
  return self->office_change.label != NULL && *self->office_change.label != '\0' &&
         (self->edited_office == NULL || succession_office_change_changes (&self->office_change, self->edited_office));
}

/* The editor as an office's: its labels, seats and body; no holder, no dates. */
static void
show_office_fields (SuccessionRecordEditor *self,
                    SuccessionDataset      *dataset,
                    const char             *title,
                    SuccessionBody         *body)
{
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (self->names_group, TRUE);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->names_group), _ ("Label"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->names_group), _ ("The label in English is needed."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _ ("Label in English"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Label in English"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->pinyin_row), FALSE);
  gtk_widget_set_visible (self->office_group, TRUE);
  adw_action_row_set_subtitle (self->term_length_row, succession_i18n_language_hint (succession_i18n_reading_language ()));
  gtk_widget_set_visible (GTK_WIDGET (self->dates_group), FALSE);
  adw_preferences_group_set_title (self->source_group, _ ("Source"));
  adw_preferences_group_set_description (self->source_group, _ ("What says so, if you have it: it becomes the office's first source."));

  _succession_record_editor_fill_bodies (self, dataset, C_ ("body", "None"), body, NULL);
}

/* The office's term length in the language the user reads the dataset in, or "". */
static const char *
term_length (SuccessionOffice *office)
{
  const SuccessionText *value = succession_office_get_fact (office, "term_length");
  const char           *text = value != NULL ? succession_text_get (value, succession_i18n_reading_language ()) : NULL;

  return text != NULL ? text : "";
}

SuccessionRecordEditor *
succession_record_editor_new_edit_office (GtkWindow         *parent,
                                          SuccessionDataset *dataset,
                                          SuccessionOffice  *office)
{
  SuccessionRecordEditor *self;
  const SuccessionText   *names;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), NULL);

  self = g_object_new (SUCCESSION_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  show_office_fields (self, dataset, _ ("Edit Office"), succession_office_get_body (office));
  adw_window_title_set_subtitle (self->window_title, succession_office_get_label (office));
  names = succession_office_get_names (office);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), succession_office_get_label (office) != NULL ? succession_office_get_label (office) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->hans_entry), succession_text_get (names, "zh-Hans") != NULL ? succession_text_get (names, "zh-Hans") : "");
  gtk_editable_set_text (GTK_EDITABLE (self->hant_entry), succession_text_get (names, "zh-Hant") != NULL ? succession_text_get (names, "zh-Hant") : "");
  gtk_spin_button_set_value (self->seats_spin, succession_office_get_seats (office));
  gtk_editable_set_text (GTK_EDITABLE (self->term_length_entry), term_length (office));
  self->edited_office = g_object_ref (office);
  _succession_record_editor_start_editing (self, dataset);
  return self;
}

SuccessionRecordEditor *
succession_record_editor_new_add_office (GtkWindow         *parent,
                                         SuccessionDataset *dataset,
                                         SuccessionBody    *body)
{
  SuccessionRecordEditor *self;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  self = g_object_new (SUCCESSION_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  show_office_fields (self, dataset, _ ("Add Office"), body);
  adw_window_title_set_subtitle (self->window_title,
                                 body != NULL ? succession_body_get_name (body) : succession_dataset_get_display_name (dataset));
  self->adding_office = TRUE;
  _succession_record_editor_start_editing (self, dataset);
  return self;
}

const char *
succession_record_editor_get_office_id (SuccessionRecordEditor *self)
{
  g_return_val_if_fail (SUCCESSION_IS_RECORD_EDITOR (self), NULL);

  return self->edited_office != NULL ? succession_office_get_id (self->edited_office) : self->added_office_id;
}
