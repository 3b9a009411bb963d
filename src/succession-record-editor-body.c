/* succession-record-editor-body.c — the record editor as Edit Body… and Add Department…
 *
 * A body's name in English and in Simplified and Traditional characters, the body it is part of
 * (which rearranges the tree; never a body within itself), and its founding and dissolution, with
 * a source if given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-record-editor-private.h"

gboolean
_succession_record_editor_is_body (SuccessionRecordEditor *self)
{
  return self->edited_body != NULL || self->adding_body;
}

void
_succession_record_editor_body_clear (SuccessionBodyChange *change)
{
  g_free ((char *) change->body_id);
  g_free ((char *) change->name);
  g_free ((char *) change->name_hans);
  g_free ((char *) change->name_hant);
  g_free ((char *) change->parent_id);
  succession_change_source_clear (&change->source);
  *change = (SuccessionBodyChange){ 0 };
}

void
_succession_record_editor_body_copy (const SuccessionBodyChange *change,
                                     SuccessionBodyChange       *copy)
{
  *copy = *change;
  copy->body_id = g_strdup (change->body_id);
  copy->name = g_strdup (change->name);
  copy->name_hans = g_strdup (change->name_hans);
  copy->name_hant = g_strdup (change->name_hant);
  copy->parent_id = g_strdup (change->parent_id);
  copy->source = (SuccessionChangeSource){ 0 };
}

void
_succession_record_editor_body_read (SuccessionRecordEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->body_dropdown);

  _succession_record_editor_body_clear (&self->body_change);
  self->body_change.body_id = self->edited_body != NULL ? g_strdup (succession_body_get_id (self->edited_body)) : NULL;
  self->body_change.name = _succession_record_editor_entry_text (self->name_entry);
  self->body_change.name_hans = _succession_record_editor_entry_text (self->hans_entry);
  self->body_change.name_hant = _succession_record_editor_entry_text (self->hant_entry);
  self->body_change.parent_id = self->body_ids != NULL && selected < self->body_ids->len ? g_strdup (g_ptr_array_index (self->body_ids, selected)) : NULL;
  /* The dates group's start and end are the founding and the dissolution. */
  self->body_change.founding_date = self->change.start_date;
  self->body_change.dissolution_date = self->change.end_date;
}

gboolean
_succession_record_editor_body_ready (SuccessionRecordEditor *self)
{
  return self->body_change.name != NULL && *self->body_change.name != '\0' &&
         (self->edited_body == NULL || succession_body_change_changes (&self->body_change, self->edited_body));
}

/* The editor as a body's: its names, the body it is part of, its founding and dissolution. */
static void
show_body_fields (SuccessionRecordEditor *self,
                  SuccessionDataset      *dataset,
                  const char             *title,
                  SuccessionBody         *parent,
                  SuccessionBody         *body)
{
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (self->names_group, TRUE);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->names_group), _ ("Name"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->names_group), _ ("The name in English is needed."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _ ("Name in English"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Name in English"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->pinyin_row), FALSE);

  gtk_widget_set_visible (self->office_group, TRUE);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->office_group), _ ("Place"));
  gtk_widget_set_visible (GTK_WIDGET (self->seats_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->body_row), _ ("Part of"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->body_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Part of"), -1);
  _succession_record_editor_fill_bodies (self, dataset, _ ("Nothing (at the top)"), parent, body);

  gtk_widget_set_visible (GTK_WIDGET (self->kind_row), FALSE);
  gtk_widget_set_visible (self->keep_row, FALSE);
  adw_preferences_group_set_title (self->dates_group, _ ("Dates"));
  adw_preferences_group_set_description (self->dates_group, _ ("A year, a month or a day: 1954, 1954-09 or 1954-09-27. Leave a date empty when it is not known."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row), _ ("Founded"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Founded"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_qualifier), _ ("Founding date is"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->end_row), _ ("Dissolved"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Dissolved"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->end_qualifier), _ ("Dissolution date is"));
  adw_preferences_group_set_title (self->source_group, _ ("Source"));
  adw_preferences_group_set_description (self->source_group, _ ("What says so, if you have it: it becomes the body's first source."));
}

SuccessionRecordEditor *
succession_record_editor_new_edit_body (GtkWindow         *parent,
                                        SuccessionDataset *dataset,
                                        SuccessionBody    *body)
{
  SuccessionRecordEditor *self;
  const SuccessionText   *names;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_BODY (body), NULL);

  self = g_object_new (SUCCESSION_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  show_body_fields (self, dataset, _ ("Edit Body"), succession_body_get_parent (body), body);
  adw_window_title_set_subtitle (self->window_title, succession_body_get_name (body));
  names = succession_body_get_names (body);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), succession_body_get_name (body) != NULL ? succession_body_get_name (body) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->hans_entry), succession_text_get (names, "zh-Hans") != NULL ? succession_text_get (names, "zh-Hans") : "");
  gtk_editable_set_text (GTK_EDITABLE (self->hant_entry), succession_text_get (names, "zh-Hant") != NULL ? succession_text_get (names, "zh-Hant") : "");
  _succession_record_editor_set_entry_date (self->start_entry, self->start_qualifier, succession_body_get_founding_date (body));
  _succession_record_editor_set_entry_date (self->end_entry, self->end_qualifier, succession_body_get_dissolution_date (body));
  self->edited_body = g_object_ref (body);
  _succession_record_editor_start_editing (self, dataset);
  return self;
}

SuccessionRecordEditor *
succession_record_editor_new_add_body (GtkWindow         *parent,
                                       SuccessionDataset *dataset,
                                       SuccessionBody    *within)
{
  SuccessionRecordEditor *self;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  self = g_object_new (SUCCESSION_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  show_body_fields (self, dataset, _ ("Add Department"), within, NULL);
  adw_window_title_set_subtitle (self->window_title,
                                 within != NULL ? succession_body_get_name (within) : succession_dataset_get_display_name (dataset));
  self->adding_body = TRUE;
  _succession_record_editor_start_editing (self, dataset);
  return self;
}

const char *
succession_record_editor_get_body_id (SuccessionRecordEditor *self)
{
  g_return_val_if_fail (SUCCESSION_IS_RECORD_EDITOR (self), NULL);

  return self->edited_body != NULL ? succession_body_get_id (self->edited_body) : self->added_body_id;
}
