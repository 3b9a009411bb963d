/* succession-record-editor.c — Edit Tenure and Add Tenure: a tenure's holder, kind, start and end; Edit
 * Person and Add Person: a person's names, birth and death; each with the source that says so
 *
 * What the user types is checked as they type: each date as it is read, then the whole change
 * by loading the changed dataset on a worker thread (succession_tenure_change_apply,
 * succession_person_change_apply and their additions), so the
 * loader's own errors (an end before the start) and the validator's warnings (a holder taking
 * office before being born, too many regular holders of a single seat) are said beside the
 * fields, in the user's language, before anything is applied. An error keeps Apply disabled; a
 * warning does not (the check: succession-record-editor-check.c). Apply hands the dataset the last
 * check loaded to the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-record-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "succession-format.h"
#include "succession-person-change.h"
#include "succession-dropdown.h"
#include "succession-record-editor-private.h"
#include "succession-source-picker.h"

G_DEFINE_FINAL_TYPE (SuccessionRecordEditor, succession_record_editor, ADW_TYPE_WINDOW)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A date field as typed, with its qualifier. Empty is an unset date. */
static gboolean
read_date (GtkEntry       *entry,
           AdwComboRow    *qualifier,
           SuccessionDate *out,
           char          **message,
           gboolean        mark)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GError) error = NULL;

  *out = (SuccessionDate){ 0 };
  if (mark)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      /* What is wrong with the field is its description, which a screen reader says with it. */
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  if (*text == '\0')
    return TRUE;
  if (!succession_date_parse (text, FALSE, out, &error))
    {
      if (mark)
        {
          gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
        }
      if (*message == NULL)
        /* Translators: the first %s is a field's name ("Took office"), the second why its text is no date. */
        *message = g_strdup_printf (_ ("%s: %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (GTK_WIDGET (entry), ADW_TYPE_PREFERENCES_ROW))),
                                    error->message);
      return FALSE;
    }
  if (qualifier != NULL)
    out->qualifier = (guint8) adw_combo_row_get_selected (qualifier);
  return TRUE;
}

char *
_succession_record_editor_entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* The strings the change points at live as long as the editor's fields say them. */
void
_succession_record_editor_clear_person_names (SuccessionPersonChange *change)
{
  g_free ((char *) change->name);
  g_free ((char *) change->name_hans);
  g_free ((char *) change->name_hant);
  g_free ((char *) change->name_pinyin);
  change->name = change->name_hans = change->name_hant = change->name_pinyin = NULL;
}

static void
clear_change_strings (SuccessionRecordEditor *self)
{
  succession_change_source_clear (&self->change.source);
  g_free ((char *) self->change.note);
  self->change.note = NULL;
  g_clear_pointer (&self->chosen_term_ids, g_strfreev);
  self->change.term_ids = NULL;
  _succession_record_editor_clear_person_names (&self->person_change);
  _succession_record_editor_office_clear (&self->office_change);
  _succession_record_editor_body_clear (&self->body_change);
}

gboolean
_succession_record_editor_is_person_mode (SuccessionRecordEditor *self)
{
  return self->person != NULL || self->adding_person;
}

/* With @mark, the fields that do not read are marked and described; while the user types they
 * are only read, and said once typing pauses (a half-typed "197" is not an error yet). */
void
_succession_record_editor_read_inputs (SuccessionRecordEditor *self,
                                       gboolean                mark)
{
  gboolean read = TRUE;

  g_clear_pointer (&self->input_error, g_free);
  clear_change_strings (self);
  read &= read_date (self->start_entry, self->start_qualifier, &self->change.start_date, &self->input_error, mark);
  read &= read_date (self->end_entry, self->end_qualifier, &self->change.end_date, &self->input_error, mark);
  read &= read_date (self->source_date_entry, NULL, &self->change.source.date, &self->input_error, mark);
  read &= read_date (self->accessed_entry, NULL, &self->change.source.accessed, &self->input_error, mark);
  self->change.source.url = _succession_record_editor_entry_text (self->url_entry);
  self->change.source.archive_url = _succession_record_editor_entry_text (self->archive_entry);
  self->change.source.title = _succession_record_editor_entry_text (self->title_entry);
  self->change.source.publisher = _succession_record_editor_entry_text (self->publisher_entry);
  self->change.source.locator = _succession_record_editor_entry_text (self->locator_entry);
  self->change.keep_replaced_dates = gtk_switch_get_active (self->keep_switch);
  if (gtk_widget_get_visible (GTK_WIDGET (self->terms_row)))
    {
      self->chosen_term_ids = _succession_record_editor_read_terms (self);
      self->change.term_ids = (const char *const *) self->chosen_term_ids;
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->note_group)))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
      GtkTextIter    start, end;
      char          *note;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      /* A note left as it was shown is no change to it, whatever spaces the file had. */
      if (g_strcmp0 (note, self->note_shown) == 0)
        g_free (note);
      else
        self->change.note = g_strstrip (note);
      self->change.note_language = self->note_language;
    }
  /* The holder chosen (the first line: nobody, a vacancy); a vacancy has no holder to act or be
   * honoured. */
  if (self->holder_ids != NULL)
    {
      guint selected = gtk_drop_down_get_selected (self->holder_dropdown);

      self->change.person_id = selected < self->holder_ids->len ? g_ptr_array_index (self->holder_ids, selected) : NULL;
    }
  if (self->holder_ids != NULL && self->change.person_id == NULL)
    self->change.kind = SUCCESSION_TENURE_KIND_VACANCY;
  else
    self->change.kind = (SuccessionTenureKind) MIN (adw_combo_row_get_selected (self->kind_row), SUCCESSION_TENURE_KIND_HONORARY);
  if (_succession_record_editor_is_person_mode (self))
    {
      self->person_change.person_id = self->person != NULL ? succession_person_get_id (self->person) : NULL;
      self->person_change.name = _succession_record_editor_entry_text (self->name_entry);
      self->person_change.name_hans = _succession_record_editor_entry_text (self->hans_entry);
      self->person_change.name_hant = _succession_record_editor_entry_text (self->hant_entry);
      self->person_change.name_pinyin = _succession_record_editor_entry_text (self->pinyin_entry);
      self->person_change.birth_date = self->change.start_date;
      self->person_change.death_date = self->change.end_date;
    }
  if (_succession_record_editor_is_office (self))
    _succession_record_editor_office_read (self);
  if (_succession_record_editor_is_body (self))
    _succession_record_editor_body_read (self);
  self->inputs_read = read;
}

/* A tenure needs a source; a person's may be given, and has a name. */
static gboolean
has_what_is_needed (SuccessionRecordEditor *self)
{
  if (_succession_record_editor_is_office (self))
    return _succession_record_editor_office_ready (self);
  if (_succession_record_editor_is_body (self))
    return _succession_record_editor_body_ready (self);
  if (_succession_record_editor_is_person_mode (self))
    return *self->person_change.name != '\0' &&
           (self->person == NULL || succession_person_change_changes (&self->person_change, self->person));
  return succession_change_source_is_given (&self->change.source) &&
         (self->tenure == NULL || succession_tenure_change_changes (&self->change, self->tenure));
}

/* Apply: every field reads, the dates change, a source says so, and the last check of exactly
 * this change loaded (a warning does not stop it; an error does). */
void
_succession_record_editor_update_apply (SuccessionRecordEditor *self)
{
  gboolean can = self->inputs_read && has_what_is_needed (self) &&
                 (!self->checked_current || self->checked != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.apply", can);
}

static gboolean
destroy_now (gpointer editor)
{
  gtk_window_destroy (GTK_WINDOW (editor));
  return G_SOURCE_REMOVE;
}

static void
on_parent_painted (SuccessionRecordEditor *self,
                   GdkFrameClock          *clock)
{
  g_signal_handlers_disconnect_by_func (clock, on_parent_painted, self);
  /* Not within the paint itself: when the main loop is next free. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_now, g_object_ref (self), g_object_unref);
}

/* The editor leaves the screen at once; its widgets are freed after the frame that shows the edit
 * (for a large dataset, its dropdowns' lists take a frame's time to free). */
static void
close_after_frame (SuccessionRecordEditor *self)
{
  GtkWindow     *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GdkFrameClock *clock = parent != NULL ? gtk_widget_get_frame_clock (GTK_WIDGET (parent)) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  /* A window not on screen paints no frame to wait for. */
  if (clock == NULL || !gtk_widget_get_mapped (GTK_WIDGET (parent)))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_parent_painted), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_draw (GTK_WIDGET (parent));
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SuccessionRecordEditor *self = SUCCESSION_RECORD_EDITOR (widget);
  g_autofree char        *said = NULL;

  if (!self->checked_current)
    {
      /* Applied before the pause ended: check now, and apply what loads. */
      self->apply_when_checked = TRUE;
      if (self->check_cancellable == NULL)
        {
          g_clear_handle_id (&self->check_source, g_source_remove);
          _succession_record_editor_run_check (self);
        }
      return;
    }
  if (self->checked == NULL)
    return;

  if (self->adding_body)
    /* Translators: a toast; %s is the new body's name. */
    said = g_strdup_printf (_ ("Added %s"), self->body_change.name);
  else if (self->edited_body != NULL)
    /* Translators: a toast after a body's names, place or dates were corrected; %s is its name. */
    said = g_strdup_printf (_ ("Corrected %s"), self->body_change.name);
  else if (self->adding_office)
    /* Translators: a toast; %s is the new office's label. */
    said = g_strdup_printf (_ ("Added the office %s"), self->office_change.label);
  else if (self->edited_office != NULL)
    /* Translators: a toast after an office's labels, seats or body were corrected; %s is its label. */
    said = g_strdup_printf (_ ("Corrected the office %s"), self->office_change.label);
  else if (self->adding_person)
    /* Translators: a toast; %s is the new person's name. */
    said = g_strdup_printf (_ ("Added %s"), self->person_change.name);
  else if (self->person != NULL)
    /* Translators: a toast after a person's names or dates were corrected; %s is the name. */
    said = g_strdup_printf (_ ("Corrected the record of %s"), self->holder_name);
  else if (self->tenure != NULL)
    /* Translators: a toast after a correction of a tenure's dates or kind; %s is the holder's name. */
    said = g_strdup_printf (_ ("Corrected %s’s tenure"), self->holder_name);
  else
    {
      guint    selected = gtk_drop_down_get_selected (self->holder_dropdown);
      gpointer item = gtk_drop_down_get_selected_item (self->holder_dropdown);
      GValue   name = G_VALUE_INIT;

      if (selected == 0 || item == NULL ||
          !gtk_expression_evaluate (gtk_drop_down_get_expression (self->holder_dropdown), item, &name))
        /* Translators: a toast; %s is an office. */
        said = g_strdup_printf (_ ("Added a vacancy of %s"), succession_office_get_label (self->office));
      else
        /* Translators: a toast; %s is the new holder's name. */
        said = g_strdup_printf (_ ("Added a tenure of %s"), g_value_get_string (&name));
      if (G_IS_VALUE (&name))
        g_value_unset (&name);
    }
  g_signal_emit (self, signals[APPLIED], 0, self->checked, said);
  close_after_frame (self);
}

void
_succession_record_editor_set_entry_date (GtkEntry             *entry,
                                          AdwComboRow          *qualifier,
                                          const SuccessionDate *date)
{
  g_autofree char *text = succession_date_is_set (date) ? succession_date_to_iso (date) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  if (qualifier != NULL)
    adw_combo_row_set_selected (qualifier, date->qualifier);
}

/* The end is what is most often corrected. Focused once the window is shown, so a screen reader
 * hears the focus arrive there (a focus set before the window maps is not announced). */
static gboolean
focus_end (gpointer user_data)
{
  SuccessionRecordEditor *self = user_data;

  self->focus_source = 0;
  if (_succession_record_editor_is_person_mode (self) || _succession_record_editor_is_office (self) || _succession_record_editor_is_body (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  else
    gtk_widget_grab_focus (self->office != NULL ? GTK_WIDGET (self->holder_dropdown) : GTK_WIDGET (self->end_entry));
  return G_SOURCE_REMOVE;
}

static void
succession_record_editor_map (GtkWidget *widget)
{
  SuccessionRecordEditor *self = SUCCESSION_RECORD_EDITOR (widget);

  GTK_WIDGET_CLASS (succession_record_editor_parent_class)->map (widget);
  if (self->focus_source == 0)
    self->focus_source = g_idle_add (focus_end, self);
}

static void
succession_record_editor_dispose (GObject *object)
{
  SuccessionRecordEditor *self = SUCCESSION_RECORD_EDITOR (object);

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_handle_id (&self->spinner_source, g_source_remove);
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), SUCCESSION_TYPE_RECORD_EDITOR);

  G_OBJECT_CLASS (succession_record_editor_parent_class)->dispose (object);
}

static void
succession_record_editor_finalize (GObject *object)
{
  SuccessionRecordEditor *self = SUCCESSION_RECORD_EDITOR (object);

  clear_change_strings (self);
  g_free (self->input_error);
  g_free (self->holder_name);
  g_free (self->note_shown);
  g_clear_pointer (&self->term_checks, g_ptr_array_unref);
  g_clear_pointer (&self->term_choices, g_ptr_array_unref);
  g_clear_object (&self->checked_edit);
  succession_dataset_release (g_steal_pointer (&self->checked));
  g_clear_object (&self->tenure);
  g_clear_object (&self->office);
  g_clear_pointer (&self->holder_ids, g_ptr_array_unref);
  g_free (self->added_id);
  g_free (self->added_person_id);
  g_free (self->added_office_id);
  g_free (self->added_body_id);
  g_clear_object (&self->edited_office);
  g_clear_object (&self->edited_body);
  g_clear_pointer (&self->body_ids, g_ptr_array_unref);
  g_clear_object (&self->person);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (succession_record_editor_parent_class)->finalize (object);
}

/* A source cited before fills the fields it has; the words quoted are this fact's own, and the
 * day accessed stays today. */
static void
on_source_picked (SuccessionRecordEditor *self,
                  SuccessionSource       *source)
{
  gtk_editable_set_text (GTK_EDITABLE (self->url_entry), succession_source_get_url (source) != NULL ? succession_source_get_url (source) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->archive_entry),
                         succession_source_get_archive_url (source) != NULL ? succession_source_get_archive_url (source) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), succession_source_get_title (source) != NULL ? succession_source_get_title (source) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->publisher_entry),
                         succession_source_get_publisher (source) != NULL ? succession_source_get_publisher (source) : "");
  _succession_record_editor_set_entry_date (self->source_date_entry, NULL, succession_source_get_date (source));
}

/* Sets the dataset and what is shared by every kind of editor, once its fields are filled in
 * (filling them in is not a change to check). */
void
_succession_record_editor_start_editing (SuccessionRecordEditor *self,
                                         SuccessionDataset      *dataset)
{
  SuccessionDate today;

  succession_date_init_today (&today);
  _succession_record_editor_set_entry_date (self->accessed_entry, NULL, &today);
  self->dataset = g_object_ref (dataset);
  succession_source_picker_set_dataset (self->source_picker, dataset);
  _succession_record_editor_read_inputs (self, TRUE);
  _succession_record_editor_update_apply (self);
}

SuccessionDatasetEdit *
succession_record_editor_get_edit (SuccessionRecordEditor *self)
{
  g_return_val_if_fail (SUCCESSION_IS_RECORD_EDITOR (self), NULL);
  return self->checked_current ? self->checked_edit : NULL;
}

gboolean
succession_record_editor_is_checked (SuccessionRecordEditor *self)
{
  g_return_val_if_fail (SUCCESSION_IS_RECORD_EDITOR (self), FALSE);

  return self->checked_current && self->checked != NULL;
}

void
_succession_record_editor_fill_bodies (SuccessionRecordEditor *self,
                                       SuccessionDataset      *dataset,
                                       const char             *none_label,
                                       SuccessionBody         *selected,
                                       SuccessionBody         *except)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *bodies = succession_dataset_get_bodies (dataset);
  guint       chosen = 0;

  self->body_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (names, none_label);
  g_ptr_array_add (self->body_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(SuccessionBody) each = g_list_model_get_item (bodies, i);
      gboolean within = FALSE;

      for (SuccessionBody *up = each; except != NULL && up != NULL && !within; up = succession_body_get_parent (up))
        within = up == except;
      if (within)
        continue;
      if (each == selected)
        chosen = self->body_ids->len;
      gtk_string_list_append (names, succession_body_get_name (each));
      g_ptr_array_add (self->body_ids, g_strdup (succession_body_get_id (each)));
    }
  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_expression (self->body_dropdown, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_selected (self->body_dropdown, chosen);
}

static void
succession_record_editor_class_init (SuccessionRecordEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_record_editor_dispose;
  object_class->finalize = succession_record_editor_finalize;
  widget_class->map = succession_record_editor_map;

  /* (dataset, what was done, said as a sentence) */
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 2, SUCCESSION_TYPE_DATASET, G_TYPE_STRING);

  g_type_ensure (SUCCESSION_TYPE_SOURCE_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, names_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, pinyin_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, office_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, seats_spin);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, seats_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, body_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, hans_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, hant_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, pinyin_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, dates_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, note_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, terms_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, term_length_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, term_length_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, source_picker);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, holder_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, holder_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, keep_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, source_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, apply_button);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, check_spinner);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, start_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, start_qualifier);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, end_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, end_qualifier);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, keep_switch);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, errors_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, url_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, archive_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, publisher_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, source_date_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, locator_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionRecordEditor, accessed_entry);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_input_changed", G_CALLBACK (_succession_record_editor_input_changed));
  gtk_widget_class_bind_template_callback (widget_class, on_source_picked);

  gtk_widget_class_install_action (widget_class, "editor.apply", NULL, apply_action);
}

static void
succession_record_editor_init (SuccessionRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  succession_dropdown_show_long_lines (self->holder_dropdown);
  succession_dropdown_show_long_lines (self->body_dropdown);
  g_signal_connect_swapped (self->keep_switch, "notify::active", G_CALLBACK (_succession_record_editor_input_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->note_view), "changed", G_CALLBACK (_succession_record_editor_input_changed), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.apply", FALSE);
}
