/* succession-record-editor-person.c — the record editor as Edit Person… and Add Person…
 *
 * The same checks as a tenure's, on the person's names (in Latin letters, in Simplified and
 * Traditional characters, in pinyin with tones), birth and death, and a source if given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-record-editor-private.h"

/* The editor as a person's: the names group shown, the dates of a life, a source that may be given. */
static void
show_person_fields (SuccessionRecordEditor *self,
                    const char             *title)
{
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (self->names_group, TRUE);
  gtk_widget_set_visible (self->keep_row, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->kind_row), FALSE);
  adw_preferences_group_set_title (self->dates_group, _ ("Life"));
  adw_preferences_group_set_description (self->dates_group, _ ("A year, a month or a day: 1902, 1902-10 or 1902-10-12. Leave a date empty when it is not known."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row), _ ("Born"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Born"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_qualifier), _ ("Birth date is"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->end_row), _ ("Died"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Died"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->end_qualifier), _ ("Death date is"));
  adw_preferences_group_set_title (self->source_group, _ ("Source"));
  adw_preferences_group_set_description (self->source_group, _ ("What says so, if you have it: it becomes the person's first source."));
}

SuccessionRecordEditor *
succession_record_editor_new_for_person (GtkWindow         *parent,
                                         SuccessionDataset *dataset,
                                         SuccessionPerson  *person,
                                         const char        *name)
{
  SuccessionRecordEditor *self;
  const SuccessionText   *names;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_PERSON (person), NULL);

  self = g_object_new (SUCCESSION_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  show_person_fields (self, _ ("Edit Person"));
  adw_window_title_set_subtitle (self->window_title, name);
  self->holder_name = g_strdup (name);

  names = succession_person_get_names (person);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), succession_person_get_name (person) != NULL ? succession_person_get_name (person) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->hans_entry), succession_text_get (names, "zh-Hans") != NULL ? succession_text_get (names, "zh-Hans") : "");
  gtk_editable_set_text (GTK_EDITABLE (self->hant_entry), succession_text_get (names, "zh-Hant") != NULL ? succession_text_get (names, "zh-Hant") : "");
  gtk_editable_set_text (GTK_EDITABLE (self->pinyin_entry),
                         succession_text_get (names, "zh-Latn-pinyin") != NULL ? succession_text_get (names, "zh-Latn-pinyin") : "");
  _succession_record_editor_set_entry_date (self->start_entry, self->start_qualifier, succession_person_get_birth_date (person));
  _succession_record_editor_set_entry_date (self->end_entry, self->end_qualifier, succession_person_get_death_date (person));
  self->person = g_object_ref (person);
  _succession_record_editor_start_editing (self, dataset);
  return self;
}

SuccessionRecordEditor *
succession_record_editor_new_person (GtkWindow         *parent,
                                     SuccessionDataset *dataset)
{
  SuccessionRecordEditor *self;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  self = g_object_new (SUCCESSION_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  show_person_fields (self, _ ("Add Person"));
  adw_window_title_set_subtitle (self->window_title, succession_dataset_get_display_name (dataset));
  self->adding_person = TRUE;
  _succession_record_editor_start_editing (self, dataset);
  return self;
}

const char *
succession_record_editor_get_person_id (SuccessionRecordEditor *self)
{
  g_return_val_if_fail (SUCCESSION_IS_RECORD_EDITOR (self), NULL);

  return self->person != NULL ? succession_person_get_id (self->person) : self->added_person_id;
}
