/* succession-window-save.c — Save, Save As, and the question before unsaved changes are lost
 *
 * A dataset shown with what its file does not have yet (an office added from Wikidata) is
 * "modified": the header says so, Save (Ctrl+S) writes it to its file through the one way of
 * writing files (a temporary file renamed over it), and Save As (Ctrl+Shift+S) to another, which
 * is then opened, so the window shows what is on the disk. The bundled dataset is never written:
 * Save asks where. Closing the window or opening another file first asks Save, Discard or Cancel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-chart-export.h"
#include "succession-window-private.h"
#include "succession-native-dialog.h"

/* What to do once the changes are saved (or discarded). */
static void
run_pending (SuccessionWindow *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_open);
  g_autoptr(SuccessionPageTarget) target = g_steal_pointer (&self->pending_target);

  if (self->close_after_save)
    {
      self->close_after_save = FALSE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (file != NULL)
    succession_window_open_file (self, file, target);
}

static void
forget_pending (SuccessionWindow *self)
{
  g_clear_object (&self->pending_open);
  g_clear_pointer (&self->pending_target, succession_page_target_free);
  self->close_after_save = FALSE;
}

void
succession_window_set_modified (SuccessionWindow *self,
                                gboolean          modified)
{
  self->modified = modified;
  succession_window_set_page_title (self, adw_window_title_get_title (self->content_title));
  succession_window_update_recovery (self);
}

typedef struct
{
  SuccessionWindow  *window;
  SuccessionDataset *dataset;
  GFile             *file;
  guint64            serial; /* the edits made in place in it when it was written */
  gboolean           reopen; /* Save As: the window then shows the file written */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_object_unref (job->window);
  g_object_unref (job->dataset);
  g_object_unref (job->file);
  g_free (job);
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError  *error = NULL;
  gboolean saved;

  succession_dataset_lock_reading (job->dataset);
  saved = succession_export_dataset (job->dataset, job->file, cancellable, &error);
  succession_dataset_unlock_reading (job->dataset);
  if (saved)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SaveJob          *job = g_task_get_task_data (G_TASK (result));
  SuccessionWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, error->message);

      /* Translators: the heading of the message when a dataset could not be saved; %s is a file name. */
      adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _ ("Could Not Save to %s"), name);
      adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      forget_pending (self);
      return;
    }

  /* Only if nothing else was shown or edited meanwhile: then what is shown is what was written. */
  if (self->dataset == job->dataset && succession_dataset_get_serial (job->dataset) == job->serial)
    {
      succession_window_set_modified (self, FALSE);
      succession_window_edits_saved (self);
    }
  {
    /* Translators: a toast; %s is a file name. */
    g_autofree char *said = g_strdup_printf (_ ("Saved to “%s”"), name);

    succession_window_toast (self, said);
  }
  if (job->reopen && self->dataset == job->dataset && succession_dataset_get_serial (job->dataset) == job->serial &&
      self->pending_open == NULL && !self->close_after_save)
    succession_window_open_file (self, job->file, self->current);
  run_pending (self);
}

static void
save_to (SuccessionWindow *self,
         GFile            *file,
         gboolean          reopen)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, save_done, NULL);
  SaveJob *job = g_new0 (SaveJob, 1);

  job->window = g_object_ref (self);
  job->dataset = g_object_ref (self->dataset);
  job->serial = succession_dataset_get_serial (self->dataset);
  job->file = g_object_ref (file);
  job->reopen = reopen;
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

static void
on_save_as_chosen (GtkNativeDialog  *chooser,
                   int               response,
                   SuccessionWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->dataset != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      save_to (self, file, TRUE);
    }
  else
    forget_pending (self);
  succession_native_dialog_release_later (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (self);
}

static void
save_as (SuccessionWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  GFile           *file = succession_dataset_get_file (self->dataset);
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : g_strdup ("succession-dataset.json");

  /* Translators: the title of the file chooser of Save As. */
  chooser = gtk_file_chooser_native_new (_ ("Save Dataset As"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Save"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (json, _ ("Popolo JSON"));
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  if (file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Save: to the dataset's own file; the bundled dataset, or one with no file, asks where. */
static void
save (SuccessionWindow *self)
{
  GFile *file = succession_dataset_get_file (self->dataset);

  if (file != NULL)
    save_to (self, file, FALSE);
  else
    save_as (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  if (self->dataset != NULL)
    save (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  if (self->dataset != NULL)
    save_as (self);
}

static void
on_question_answered (AdwMessageDialog *dialog,
                      const char       *response,
                      SuccessionWindow *self)
{
  /* One answer a question: the dialog closing after it is not a second one. */
  g_signal_handlers_disconnect_by_func (dialog, on_question_answered, self);
  if (g_str_equal (response, "save"))
    save (self);
  else if (g_str_equal (response, "discard"))
    {
      succession_window_set_modified (self, FALSE);
      run_pending (self);
    }
  else
    forget_pending (self);
}

gboolean
succession_window_ask_to_save (SuccessionWindow           *self,
                               GFile                      *then_open,
                               const SuccessionPageTarget *target)
{
  GtkWidget       *dialog;
  g_autofree char *body = NULL;

  if (!self->modified || self->dataset == NULL)
    return FALSE;

  forget_pending (self);
  if (then_open != NULL)
    {
      self->pending_open = g_object_ref (then_open);
      self->pending_target = target != NULL ? succession_page_target_copy (target) : NULL;
    }
  else
    self->close_after_save = TRUE;

  /* Translators: the question before unsaved changes are lost; %s is the dataset's title. */
  body = g_strdup_printf (_ ("“%s” has changes that are not in its file yet. If you do not save them, they are lost."),
                          succession_dataset_get_title (self->dataset));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Save Changes?"), body);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "discard", _ ("_Discard"),
                                    "save", _ ("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_question_answered), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

void
succession_window_class_init_save (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
}

void
succession_window_clear_save (SuccessionWindow *self)
{
  forget_pending (self);
}
