/* succession-record-editor-tenure.c — the record editor as Edit Tenure… and Add Tenure…
 *
 * A tenure's holder (chosen by name among the dataset's people, or nobody: a vacancy), how it was
 * held, the terms it falls in, its dates, its note, and the source that says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-record-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "succession-array-model.h"
#include "succession-i18n.h"
#include "succession-record-editor-private.h"

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  char **keys = user_data;

  return strcmp (keys[GPOINTER_TO_UINT (*(gpointer *) a)], keys[GPOINTER_TO_UINT (*(gpointer *) b)]);
}

/* A line of the holders' list: "Vacancy", or a person's name in the name display. Written when
 * shown or searched: a large dataset has tens of thousands of people. */
static char *
holder_line (GObject *item,
             gpointer display)
{
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  if (SUCCESSION_IS_PERSON (item))
    return succession_format_person_name (SUCCESSION_PERSON (item), (SuccessionNameDisplay) GPOINTER_TO_INT (display));
  return g_strdup ("");
}

/* The holders to choose from by name, as the name display writes them, sorted; a vacancy first. */
static void
fill_holders (SuccessionRecordEditor *self,
              SuccessionDataset      *dataset,
              SuccessionNameDisplay   display)
{
  GListModel *persons = succession_dataset_get_persons (dataset);
  guint       n = g_list_model_get_n_items (persons);
  g_autoptr(GPtrArray) order = g_ptr_array_sized_new (n);
  /* Borrowed from the dataset, which the model keeps (succession-array-model.h). */
  g_autoptr(GPtrArray) lines = g_ptr_array_sized_new (n);
  g_autoptr(GtkStringObject) vacancy = gtk_string_object_new (C_ ("holder", "Vacancy"));
  g_autoptr(SuccessionArrayModel) model = NULL;
  g_auto (GStrv) keys = g_new0 (char *, n + 1);

  /* The ids are the persons' own, which the editor's dataset keeps. */
  self->holder_ids = g_ptr_array_sized_new (n + 1);
  g_ptr_array_add (self->holder_ids, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionPerson) person = g_list_model_get_item (persons, i);
      g_autofree char *name = succession_format_person_name (person, display);

      keys[i] = g_utf8_collate_key (name, -1);
      g_ptr_array_add (order, GUINT_TO_POINTER (i));
    }
  g_ptr_array_sort_with_data (order, compare_names, keys);
  for (guint k = 0; k < order->len; k++)
    {
      g_autoptr(SuccessionPerson) person = g_list_model_get_item (persons, GPOINTER_TO_UINT (g_ptr_array_index (order, k)));

      g_ptr_array_add (self->holder_ids, (gpointer) succession_person_get_id (person));
      g_ptr_array_add (lines, person);
    }
  model = succession_array_model_new (G_OBJECT (vacancy), lines, G_OBJECT (dataset));
  gtk_drop_down_set_expression (self->holder_dropdown,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (holder_line),
                                                             GINT_TO_POINTER (display), NULL));
  gtk_drop_down_set_model (self->holder_dropdown, G_LIST_MODEL (model));
  gtk_widget_set_visible (self->holder_group, TRUE);
}

void
_succession_record_editor_show_note (SuccessionRecordEditor *self,
                                     SuccessionTenure       *tenure)
{
  const SuccessionText *note = tenure != NULL ? succession_tenure_get_note (tenure) : NULL;
  const char           *text;

  self->note_language = succession_i18n_reading_language ();
  text = note != NULL ? succession_text_get (note, self->note_language) : NULL;
  g_free (self->note_shown);
  self->note_shown = g_strdup (text != NULL ? text : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), self->note_shown, -1);
  if (g_str_equal (self->note_language, "zh-Hans"))
    adw_preferences_group_set_description (self->note_group, _ ("In Simplified Chinese. How the dates were found, what no source settles. Notes in other languages stay as they are."));
  else if (g_str_equal (self->note_language, "zh-Hant"))
    adw_preferences_group_set_description (self->note_group, _ ("In Traditional Chinese. How the dates were found, what no source settles. Notes in other languages stay as they are."));
  else
    adw_preferences_group_set_description (self->note_group, _ ("In English. How the dates were found, what no source settles. Notes in other languages stay as they are."));
  gtk_widget_set_visible (GTK_WIDGET (self->note_group), TRUE);
}

char **
_succession_record_editor_read_terms (SuccessionRecordEditor *self)
{
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();

  for (guint i = 0; self->term_checks != NULL && i < self->term_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->term_checks, i)))
      g_strv_builder_add (chosen, g_ptr_array_index (self->term_choices, i));
  return g_strv_builder_end (chosen);
}

/* "5th, 6th" under Terms, or that none is chosen. */
static void
show_chosen_terms (SuccessionRecordEditor *self)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autofree char *list = NULL;

  for (guint i = 0; i < self->term_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->term_checks, i)))
      g_ptr_array_add (chosen, g_object_get_data (g_ptr_array_index (self->term_checks, i), "term"));
  list = succession_format_term_list (chosen);
  /* Translators: under "Terms" in the tenure editor, when the tenure falls in no term. */
  adw_expander_row_set_subtitle (self->terms_row, chosen->len > 0 ? list : _ ("None chosen"));
}

static void
on_term_toggled (SuccessionRecordEditor *self)
{
  show_chosen_terms (self);
  _succession_record_editor_input_changed (self);
}

void
_succession_record_editor_show_terms (SuccessionRecordEditor *self,
                                      SuccessionOffice       *office,
                                      SuccessionTenure       *tenure)
{
  SuccessionBody *body = succession_office_get_term_body (office);
  GPtrArray      *terms = body != NULL ? succession_body_get_terms (body) : NULL;
  GPtrArray      *held = tenure != NULL ? succession_tenure_get_terms (tenure) : NULL;

  if (terms == NULL || terms->len == 0)
    return;
  self->term_checks = g_ptr_array_new ();
  self->term_choices = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < terms->len; i++)
    {
      SuccessionTerm  *term = g_ptr_array_index (terms, i);
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *check = gtk_check_button_new ();
      g_autofree char *start = succession_format_date (succession_term_get_start_date (term));
      g_autofree char *end = succession_format_date (succession_term_get_end_date (term));
      g_autofree char *years = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), succession_term_get_display_name (term, g_get_language_names ()));
      /* Translators: a term's first and last days under its name in the tenure editor. */
      years = g_strdup_printf (_ ("%s – %s"), start != NULL ? start : "", end != NULL ? end : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), years);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), held != NULL && g_ptr_array_find (held, term, NULL));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* The row says which term the check is for. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      succession_term_get_display_name (term, g_get_language_names ()), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "term", term);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_term_toggled), self);
      adw_expander_row_add_row (self->terms_row, row);
      g_ptr_array_add (self->term_checks, check);
      g_ptr_array_add (self->term_choices, g_strdup (succession_term_get_id (term)));
    }
  show_chosen_terms (self);
  gtk_widget_set_visible (GTK_WIDGET (self->terms_row), TRUE);
}

SuccessionRecordEditor *
succession_record_editor_new (GtkWindow            *parent,
                              SuccessionDataset    *dataset,
                              SuccessionTenure     *tenure,
                              SuccessionNameDisplay display,
                              const char           *holder_name)
{
  SuccessionRecordEditor *self;
  g_autofree char        *subtitle = NULL;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_TENURE (tenure), NULL);

  self = g_object_new (SUCCESSION_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  self->holder_name = g_strdup (holder_name);
  /* Translators: the editor's subtitle: a holder's name, then the office. */
  subtitle = g_strdup_printf (_ ("%s · %s"), holder_name, succession_office_get_label (succession_tenure_get_office (tenure)));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  /* The fields first, then the tenure: filling them in is not a change to check. */
  _succession_record_editor_set_entry_date (self->start_entry, self->start_qualifier, succession_tenure_get_start_date (tenure));
  _succession_record_editor_set_entry_date (self->end_entry, self->end_qualifier, succession_tenure_get_end_date (tenure));
  fill_holders (self, dataset, display);
  _succession_record_editor_show_terms (self, succession_tenure_get_office (tenure), tenure);
  _succession_record_editor_show_note (self, tenure);
  succession_record_editor_select_holder (self, succession_tenure_get_person (tenure) != NULL ? succession_person_get_id (succession_tenure_get_person (tenure)) : NULL);
  if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_VACANCY)
    gtk_widget_set_visible (GTK_WIDGET (self->kind_row), FALSE);
  else
    adw_combo_row_set_selected (self->kind_row, succession_tenure_get_kind (tenure));
  self->tenure = g_object_ref (tenure);
  succession_tenure_change_init_from (&self->change, tenure);
  _succession_record_editor_start_editing (self, dataset);
  return self;
}

const char *
succession_record_editor_get_tenure_id (SuccessionRecordEditor *self)
{
  g_return_val_if_fail (SUCCESSION_IS_RECORD_EDITOR (self), NULL);

  return self->tenure != NULL ? succession_tenure_get_id (self->tenure) : self->added_id;
}

SuccessionRecordEditor *
succession_record_editor_new_for_office (GtkWindow            *parent,
                                         SuccessionDataset    *dataset,
                                         SuccessionOffice     *office,
                                         SuccessionNameDisplay display)
{
  SuccessionRecordEditor *self;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), NULL);

  self = g_object_new (SUCCESSION_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Add Tenure"));
  adw_window_title_set_title (self->window_title, _ ("Add Tenure"));
  adw_window_title_set_subtitle (self->window_title, succession_office_get_label (office));
  /* A new tenure replaces no date. */
  gtk_widget_set_visible (self->keep_row, FALSE);
  adw_preferences_group_set_title (self->source_group, _ ("Source of the Tenure"));
  adw_preferences_group_set_description (self->source_group, _ ("What says so: an address or a title is needed."));

  fill_holders (self, dataset, display);
  _succession_record_editor_show_terms (self, office, NULL);
  _succession_record_editor_show_note (self, NULL);

  self->office = g_object_ref (office);
  _succession_record_editor_start_editing (self, dataset);
  return self;
}

/* Which holder the new tenure is for, by person id (NULL: a vacancy). */
gboolean
succession_record_editor_select_holder (SuccessionRecordEditor *self,
                                        const char             *person_id)
{
  g_return_val_if_fail (SUCCESSION_IS_RECORD_EDITOR (self), FALSE);
  g_return_val_if_fail (self->holder_ids != NULL, FALSE);

  for (guint i = 0; i < self->holder_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->holder_ids, i), person_id) == 0)
      {
        gtk_drop_down_set_selected (self->holder_dropdown, i);
        return TRUE;
      }
  return FALSE;
}
