/* succession-window-recovery.c — unsaved changes kept on disk, and offered back after a crash
 *
 * A moment after each change the window writes the dataset it shows into its recovery slot
 * (succession-recovery.c) on a worker thread; when the changes are saved or discarded the slot
 * goes. At start, a slot left behind (the process was killed, or crashed) is offered back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-recovery.h"
#include "succession-window-private.h"

/* Changes are copied this long after the last one: often enough that a crash loses a few seconds
 * at most, seldom enough that typing fast writes once. */
#define RECOVERY_DELAY_MS 2000

typedef struct
{
  SuccessionDataset *dataset;
  char              *key;
} RecoveryJob;

static void
recovery_job_free (RecoveryJob *job)
{
  g_object_unref (job->dataset);
  g_free (job->key);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  RecoveryJob *job = task_data;
  GError      *error = NULL;
  gboolean     written;

  succession_dataset_lock_reading (job->dataset);
  written = succession_recovery_write (job->dataset, job->key, cancellable, &error);
  succession_dataset_unlock_reading (job->dataset);
  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (object);
  RecoveryJob      *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The unsaved changes could not be copied for recovery: %s", error->message);
      return;
    }
  /* Saved or discarded while the copy was written: it must not outlive them. */
  if (!self->modified || g_strcmp0 (self->recovery_key, job->key) != 0)
    succession_recovery_remove (job->key);
}

static gboolean
write_recovery (gpointer user_data)
{
  SuccessionWindow *self = user_data;
  g_autoptr(GTask) task = NULL;
  RecoveryJob *job;

  self->recovery_source = 0;
  if (!self->modified || self->dataset == NULL || self->recovery_key == NULL)
    return G_SOURCE_REMOVE;

  job = g_new0 (RecoveryJob, 1);
  job->dataset = g_object_ref (self->dataset);
  job->key = g_strdup (self->recovery_key);
  task = g_task_new (self, self->recovery_cancellable, write_done, NULL);
  g_task_set_source_tag (task, write_recovery);
  g_task_set_task_data (task, job, (GDestroyNotify) recovery_job_free);
  g_task_run_in_thread (task, write_thread);
  return G_SOURCE_REMOVE;
}

void
succession_window_update_recovery (SuccessionWindow *self)
{
  g_autofree char *key = NULL;

  g_clear_handle_id (&self->recovery_source, g_source_remove);
  key = self->modified && self->dataset != NULL ? succession_recovery_key (self->dataset) : NULL;

  /* Saved, discarded, or another dataset: the copy of what was unsaved goes. */
  if (self->recovery_key != NULL && g_strcmp0 (self->recovery_key, key) != 0)
    succession_recovery_remove (self->recovery_key);
  g_free (self->recovery_key);
  self->recovery_key = g_steal_pointer (&key);

  if (self->recovery_key != NULL)
    self->recovery_source = g_timeout_add (RECOVERY_DELAY_MS, write_recovery, self);
}

/* The copies left to offer, the first being asked about. */
typedef struct
{
  SuccessionWindow *window;
  GPtrArray        *entries;
} Offer;

static void
offer_free (Offer    *offer,
            GClosure *closure)
{
  g_object_unref (offer->window);
  g_ptr_array_unref (offer->entries);
  g_free (offer);
}

static void offer_next (SuccessionWindow *self,
                        GPtrArray        *entries);

static void
on_recovery_answered (AdwMessageDialog *dialog,
                      const char       *response,
                      Offer            *offer)
{
  SuccessionWindow *self = offer->window;
  g_autoptr(GPtrArray) entries = g_ptr_array_ref (offer->entries);
  SuccessionRecoveryEntry *entry = g_ptr_array_index (entries, 0);

  /* One answer a question: the dialog closing after it is not a second one. */
  g_signal_handlers_disconnect_by_func (dialog, on_recovery_answered, offer);
  if (g_str_equal (response, "restore"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SuccessionDataset) dataset = succession_recovery_load (entry, &error);

      if (dataset == NULL)
        {
          /* Translators: a toast; %s says why the copy did not load. The copy is kept. */
          g_autofree char *said = g_strdup_printf (_ ("The unsaved changes could not be restored: %s"), error->message);

          succession_window_toast (self, said);
        }
      else
        {
          /* Translators: a toast; %s is the dataset's title. */
          g_autofree char *said = g_strdup_printf (_ ("Restored the unsaved changes to “%s”"), entry->name);

          /* Shown as unsaved: the window keeps the copy until they are saved or discarded. */
          succession_window_replace_dataset (self, dataset, NULL, said, TRUE);
        }
    }
  else if (g_str_equal (response, "discard"))
    succession_recovery_remove (entry->key);

  g_ptr_array_remove_index (entries, 0);
  offer_next (self, entries);
}

static void
offer_next (SuccessionWindow *self,
            GPtrArray        *entries)
{
  SuccessionRecoveryEntry *entry;
  GtkWidget               *dialog;
  g_autofree char         *when = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (entries->len == 0)
    return;

  entry = g_ptr_array_index (entries, 0);
  local = g_date_time_to_local (entry->saved);
  /* Translators: a date and time in strftime format, in the question about unsaved changes. */
  when = g_date_time_format (local, _ ("%Y-%m-%d %H:%M"));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Restore Unsaved Changes?"), NULL);
  /* Translators: the question after a crash; the first %s is a dataset's title, the second a date and time. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _ ("Succession closed with changes to “%s” that were not saved (last copied %s). "
                                     "Restore them, or discard them for good?"),
                                  entry->name != NULL ? entry->name : "", when);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _ ("_Not Now"),
                                    "discard", _ ("_Discard"),
                                    "restore", _ ("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  {
    Offer *offer = g_new0 (Offer, 1);

    offer->window = g_object_ref (self);
    offer->entries = g_ptr_array_ref (entries);
    g_signal_connect_data (dialog, "response", G_CALLBACK (on_recovery_answered), offer, (GClosureNotify) offer_free, 0);
  }
  gtk_window_present (GTK_WINDOW (dialog));
}

void
succession_window_offer_recovery (SuccessionWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_if_fail (SUCCESSION_IS_WINDOW (self));

  entries = succession_recovery_list ();
  offer_next (self, entries);
}

void
succession_window_init_recovery (SuccessionWindow *self)
{
  self->recovery_cancellable = g_cancellable_new ();
}

void
succession_window_clear_recovery (SuccessionWindow *self)
{
  /* The copy stays: a window that goes without a save or a discard leaves it for the next start,
   * with the changes of its last seconds too. */
  if (self->recovery_source != 0 && self->modified && self->dataset != NULL && self->recovery_key != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!succession_recovery_write (self->dataset, self->recovery_key, NULL, &error))
        g_warning ("The unsaved changes could not be copied for recovery: %s", error->message);
    }
  g_clear_handle_id (&self->recovery_source, g_source_remove);
  if (self->recovery_cancellable != NULL)
    g_cancellable_cancel (self->recovery_cancellable);
  g_clear_object (&self->recovery_cancellable);
  g_clear_pointer (&self->recovery_key, g_free);
}
