/* succession-record-editor-check.c — an editor's change checked as it is typed
 *
 * The change is made on a worker thread: the dataset changed and loaded again, as a file of it
 * would be, with the loader's errors and the validator's warnings said beside the fields; a spinner
 * says a check that runs long is running. Apply takes the dataset the last check of exactly this
 * change loaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-record-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "succession-format.h"
#include "succession-person-change.h"
#include "succession-record-editor-private.h"

/* Typing pauses this long before the change is checked. */
#define CHECK_DELAY_MS 250
/* A check still running this long is said to be running. */
#define SPINNER_DELAY_MS 300

static void
show_messages (SuccessionRecordEditor *self,
               const char             *errors,
               const char             *warnings)
{
  gtk_label_set_text (self->errors_label, errors != NULL ? errors : "");
  gtk_widget_set_visible (GTK_WIDGET (self->errors_label), errors != NULL && *errors != '\0');
  gtk_label_set_text (self->warnings_label, warnings != NULL ? warnings : "");
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), warnings != NULL && *warnings != '\0');
}

/* What the loader said of the tenure, beside the dates: errors, then warnings. The entries
 * whose member a message names are marked, and a screen reader hears it as their description. */
static void
show_check (SuccessionRecordEditor *self,
            GListModel             *messages)
{
  g_autoptr(GString) errors = g_string_new (NULL);
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autoptr(GString) start_said = g_string_new (NULL);
  g_autoptr(GString) end_said = g_string_new (NULL);

  for (guint i = 0; messages != NULL && i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);
      const char      *path = succession_message_get_path (message);
      const char      *text = succession_message_get_text (message);
      GString         *into = succession_message_get_severity (message) == SUCCESSION_SEVERITY_ERROR ? errors : warnings;
      g_autofree char *sentence = succession_format_capitalize (text);

      /* A sentence said of several tenures (a birth after each began) is said once. */
      if (strstr (into->str, sentence) != NULL)
        continue;
      g_string_append_printf (into, "%s%s", into->len > 0 ? "\n" : "", sentence);
      /* A tenure's start is weighed against the birth, its end against the death. */
      if (path != NULL && (g_str_has_suffix (path, ".start_date") || g_str_has_suffix (path, ".birth_date")))
        g_string_append_printf (start_said, "%s%s", start_said->len > 0 ? " " : "", sentence);
      else if (path != NULL && (g_str_has_suffix (path, ".end_date") || g_str_has_suffix (path, ".death_date")))
        g_string_append_printf (end_said, "%s%s", end_said->len > 0 ? " " : "", sentence);
    }

  show_messages (self, errors->str, warnings->str);
  if (start_said->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->start_entry), "error");
  if (end_said->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->end_entry), "error");
  if (start_said->len > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    start_said->str, -1);
  if (end_said->len > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    end_said->str, -1);
}

typedef struct
{
  SuccessionTenureChange change;
  SuccessionPersonChange person_change;
  gboolean               person_mode;
  gboolean               adding_person;
  SuccessionOfficeChange office_change;
  gboolean               office_mode;
  gboolean               adding_office;
  SuccessionBodyChange   body_change;
  gboolean               body_mode;
  gboolean               adding_body;
  char                  *office_id; /* adding a tenure to this office, held by change.person_id */
  SuccessionDataset     *dataset;
  SuccessionDataset     *result;
  SuccessionDatasetEdit *edit; /* a correction of one tenure, to make in the dataset itself */
  char                  *added_id;
  GListModel            *messages;
} CheckTask;

static void
check_task_free (CheckTask *task)
{
  g_free ((char *) task->change.tenure_id);
  g_free ((char *) task->change.person_id);
  g_free ((char *) task->change.note);
  g_strfreev ((char **) task->change.term_ids);
  succession_change_source_clear (&task->change.source);
  succession_change_source_clear (&task->person_change.source);
  _succession_record_editor_clear_person_names (&task->person_change);
  g_free ((char *) task->person_change.person_id);
  _succession_record_editor_office_clear (&task->office_change);
  _succession_record_editor_body_clear (&task->body_change);
  g_free (task->office_id);
  g_free (task->added_id);
  g_clear_object (&task->dataset);
  g_clear_object (&task->edit);
  succession_dataset_release (g_steal_pointer (&task->result));
  g_clear_object (&task->messages);
  g_free (task);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CheckTask *check = task_data;

  /* Only read here; the window changes it in place only on its own thread, and waits for this. */
  succession_dataset_lock_reading (check->dataset);
  if (check->adding_body)
    check->result = succession_body_addition_apply (&check->body_change, check->dataset, &check->added_id, cancellable,
                                                    &check->messages, NULL);
  else if (check->body_mode)
    check->result = succession_body_change_apply (&check->body_change, check->dataset, cancellable, &check->messages, NULL);
  else if (check->adding_office)
    check->result = succession_office_addition_apply (&check->office_change, check->dataset, &check->added_id,
                                                      cancellable, &check->messages, NULL);
  else if (check->office_mode)
    {
      check->result = succession_office_change_apply (&check->office_change, check->dataset, cancellable,
                                                      &check->messages, NULL);
      if (check->result != NULL)
        check->edit = succession_dataset_edit_new_office (check->dataset, check->result, check->office_change.office_id);
    }
  else if (check->adding_person)
    check->result = succession_person_addition_apply (&check->person_change, check->dataset, &check->added_id,
                                                      cancellable, &check->messages, NULL);
  else if (check->person_mode)
    {
      check->result = succession_person_change_apply (&check->person_change, check->dataset, cancellable,
                                                      &check->messages, NULL);
      if (check->result != NULL)
        check->edit = succession_dataset_edit_new_person (check->dataset, check->result, check->person_change.person_id);
    }
  else if (check->office_id != NULL)
    {
      check->result = succession_tenure_addition_apply (&check->change, check->dataset, check->office_id, check->change.person_id,
                                                        &check->added_id, cancellable, &check->messages, NULL);
      if (check->result != NULL)
        check->edit = succession_dataset_edit_new_addition (check->dataset, check->result, check->added_id);
    }
  else
    {
      check->result = succession_tenure_change_apply (&check->change, check->dataset, cancellable,
                                                      &check->messages, NULL);
      /* What Apply then does in the window's dataset, found here rather than in Apply's frame. */
      if (check->result != NULL)
        check->edit = succession_dataset_edit_new_tenure (check->dataset, check->result, check->change.tenure_id);
    }
  succession_dataset_unlock_reading (check->dataset);
  g_task_return_boolean (task, TRUE);
}

/* A check that lasts (a large dataset: seconds) shows the spinner; a quick one shows nothing. */
static gboolean
show_spinner (gpointer user_data)
{
  SuccessionRecordEditor *self = user_data;

  self->spinner_source = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->check_spinner), TRUE);
  gtk_spinner_start (self->check_spinner);
  return G_SOURCE_REMOVE;
}

static void
stop_spinner (SuccessionRecordEditor *self)
{
  g_clear_handle_id (&self->spinner_source, g_source_remove);
  gtk_spinner_stop (self->check_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->check_spinner), FALSE);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  SuccessionRecordEditor *self = SUCCESSION_RECORD_EDITOR (source);
  CheckTask              *check = g_task_get_task_data (G_TASK (result));

  if (g_task_had_error (G_TASK (result)) || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  g_clear_object (&self->check_cancellable);
  stop_spinner (self);
  succession_dataset_release (self->checked);
  self->checked = check->result != NULL ? g_object_ref (check->result) : NULL;
  g_set_object (&self->checked_edit, check->edit);
  g_free (self->added_id);
  self->added_id = g_strdup (check->added_id);
  if (check->adding_person)
    {
      g_free (self->added_person_id);
      g_free (self->added_office_id);
      g_free (self->added_body_id);
      g_clear_object (&self->edited_body);
      g_clear_object (&self->edited_office);
      g_clear_pointer (&self->body_ids, g_ptr_array_unref);
      self->added_person_id = g_strdup (check->added_id);
    }
  if (check->adding_office)
    {
      g_free (self->added_office_id);
      self->added_office_id = g_strdup (check->added_id);
    }
  if (check->adding_body)
    {
      g_free (self->added_body_id);
      self->added_body_id = g_strdup (check->added_id);
    }
  self->checked_current = TRUE;
  show_check (self, check->messages);
  _succession_record_editor_update_apply (self);

  if (self->apply_when_checked)
    {
      self->apply_when_checked = FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.apply", NULL);
    }
}

gboolean
_succession_record_editor_run_check (gpointer user_data)
{
  SuccessionRecordEditor *self = user_data;
  g_autoptr(GTask) task = NULL;
  CheckTask *check;

  self->check_source = 0;
  _succession_record_editor_read_inputs (self, TRUE);
  if (!self->inputs_read)
    {
      show_messages (self, self->input_error, NULL);
      return G_SOURCE_REMOVE;
    }

  check = g_new0 (CheckTask, 1);
  check->change = self->change;
  check->change.tenure_id = self->tenure != NULL ? g_strdup (succession_tenure_get_id (self->tenure)) : NULL;
  check->change.person_id = g_strdup (self->change.person_id);
  check->change.note = g_strdup (self->change.note);
  check->change.term_ids = (const char *const *) g_strdupv ((char **) self->change.term_ids);
  if (self->office != NULL)
    check->office_id = g_strdup (succession_office_get_id (self->office));
  succession_change_source_copy (&self->change.source, &check->change.source);
  if (_succession_record_editor_is_person_mode (self))
    {
      check->person_mode = TRUE;
      check->adding_person = self->adding_person;
      check->person_change = self->person_change;
      check->person_change.person_id = g_strdup (self->person_change.person_id);
      check->person_change.name = g_strdup (self->person_change.name);
      check->person_change.name_hans = g_strdup (self->person_change.name_hans);
      check->person_change.name_hant = g_strdup (self->person_change.name_hant);
      check->person_change.name_pinyin = g_strdup (self->person_change.name_pinyin);
      succession_change_source_copy (&self->change.source, &check->person_change.source);
    }
  if (_succession_record_editor_is_office (self))
    {
      check->office_mode = TRUE;
      check->adding_office = self->adding_office;
      _succession_record_editor_office_copy (&self->office_change, &check->office_change);
      succession_change_source_copy (&self->change.source, &check->office_change.source);
    }
  if (_succession_record_editor_is_body (self))
    {
      check->body_mode = TRUE;
      check->adding_body = self->adding_body;
      _succession_record_editor_body_copy (&self->body_change, &check->body_change);
      succession_change_source_copy (&self->change.source, &check->body_change.source);
    }
  check->dataset = g_object_ref (self->dataset);

  self->check_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->check_cancellable, on_checked, NULL);
  g_task_set_source_tag (task, _succession_record_editor_run_check);
  g_task_set_task_data (task, check, (GDestroyNotify) check_task_free);
  g_task_run_in_thread (task, check_in_thread);
  if (self->spinner_source == 0 && !gtk_widget_get_visible (GTK_WIDGET (self->check_spinner)))
    self->spinner_source = g_timeout_add (SPINNER_DELAY_MS, show_spinner, self);
  return G_SOURCE_REMOVE;
}

static void
schedule_check (SuccessionRecordEditor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->check_cancellable != NULL)
    {
      g_cancellable_cancel (self->check_cancellable);
      g_clear_object (&self->check_cancellable);
    }
  g_clear_object (&self->checked_edit);
  succession_dataset_release (g_steal_pointer (&self->checked));
  self->checked_current = FALSE;
  self->check_source = g_timeout_add (CHECK_DELAY_MS, _succession_record_editor_run_check, self);
}

void
_succession_record_editor_input_changed (SuccessionRecordEditor *self)
{
  if (self->tenure == NULL && self->office == NULL && !_succession_record_editor_is_person_mode (self) && !_succession_record_editor_is_office (self) &&
      !_succession_record_editor_is_body (self))
    return;

  /* A vacancy has nobody to act. */
  if (self->holder_ids != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->kind_row), gtk_drop_down_get_selected (self->holder_dropdown) != 0);
  _succession_record_editor_read_inputs (self, FALSE);
  schedule_check (self);
  _succession_record_editor_update_apply (self);
}
