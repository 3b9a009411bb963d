/* succession-window-edit.c — Correct Dates…, Add Tenure…, Remove Tenure, and Undo and Redo of them
 *
 * A correction gives a new dataset (succession_tenure_change_apply); the one it replaces is
 * kept whole, so Undo (Ctrl+Z) shows it again and Redo (Ctrl+Shift+Z) the correction, on the
 * same page. The history belongs to the dataset: opening another forgets it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-format.h"
#include "succession-tenure-editor.h"
#include "succession-window-private.h"

/* Corrections kept for Undo; the oldest goes first. */
#define MAX_EDITS 50

typedef struct
{
  SuccessionDataset *dataset;
  gboolean           modified;
  char              *said;
  char              *tenure_id; /* the tenure corrected, selected again when it is shown */
} Edit;

static void
edit_free (Edit *edit)
{
  g_object_unref (edit->dataset);
  g_free (edit->said);
  g_free (edit->tenure_id);
  g_free (edit);
}

static Edit *
edit_new (SuccessionDataset *dataset,
          gboolean           modified,
          const char        *said,
          const char        *tenure_id)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->dataset = g_object_ref (dataset);
  edit->modified = modified;
  edit->said = g_strdup (said);
  edit->tenure_id = g_strdup (tenure_id);
  return edit;
}

static GPtrArray *
edit_stack (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);
}

static void
update_edit_actions (SuccessionWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", self->undo_edits->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", self->redo_edits->len > 0);
}

void
succession_window_forget_edits (SuccessionWindow *self)
{
  if (self->undo_edits == NULL)
    return;
  g_ptr_array_set_size (self->undo_edits, 0);
  g_ptr_array_set_size (self->redo_edits, 0);
  update_edit_actions (self);
}

void
succession_window_edits_saved (SuccessionWindow *self)
{
  /* Every other state of the dataset now differs from its file. */
  for (guint i = 0; i < self->undo_edits->len; i++)
    ((Edit *) g_ptr_array_index (self->undo_edits, i))->modified = TRUE;
  for (guint i = 0; i < self->redo_edits->len; i++)
    ((Edit *) g_ptr_array_index (self->redo_edits, i))->modified = TRUE;
}

/* Shows @dataset on the page shown now, keeping the edit history; the office page selects the
 * tenure corrected again, so the keyboard's place is kept. */
static void
show_edited (SuccessionWindow  *self,
             SuccessionDataset *dataset,
             gboolean           modified,
             const char        *tenure_id)
{
  SuccessionTenure *tenure;

  g_clear_pointer (&self->opening_target, succession_page_target_free);
  if (self->current != NULL)
    self->opening_target = succession_page_target_copy (self->current);
  self->applying_edit = TRUE;
  succession_window_set_dataset (self, dataset);
  self->applying_edit = FALSE;
  succession_window_set_modified (self, modified);
  update_edit_actions (self);

  tenure = tenure_id != NULL ? succession_dataset_get_tenure (dataset, tenure_id) : NULL;
  if (tenure != NULL && self->office_page != NULL && self->current != NULL &&
      self->current->kind == SUCCESSION_PAGE_OFFICE &&
      g_strcmp0 (self->current->id, succession_office_get_id (succession_tenure_get_office (tenure))) == 0)
    succession_office_page_select_tenure (self->office_page, tenure);
}

static void
toast_with_undo (SuccessionWindow *self,
                 const char       *said)
{
  g_autofree char *escaped = g_markup_escape_text (said, -1);
  AdwToast        *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_timeout (toast, 6);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_edit_applied (SuccessionWindow       *self,
                 SuccessionDataset      *dataset,
                 const char             *said,
                 SuccessionTenureEditor *editor)
{
  const char *tenure_id = succession_tenure_editor_get_tenure_id (editor);

  if (self->dataset == NULL)
    return;

  g_ptr_array_add (self->undo_edits, edit_new (self->dataset, self->modified, said, tenure_id));
  if (self->undo_edits->len > MAX_EDITS)
    g_ptr_array_remove_index (self->undo_edits, 0);
  g_ptr_array_set_size (self->redo_edits, 0);
  show_edited (self, dataset, TRUE, tenure_id);
  toast_with_undo (self, said);
}

static void
edit_tenure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SuccessionWindow       *self = SUCCESSION_WINDOW (widget);
  SuccessionTenure       *tenure;
  SuccessionPerson       *person;
  SuccessionTenureEditor *editor;
  g_autofree char        *name = NULL;

  if (self->dataset == NULL ||
      (tenure = succession_dataset_get_tenure (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  person = succession_tenure_get_person (tenure);
  name = person != NULL ? succession_format_person_name (person, self->name_display)
                        : g_strdup (C_ ("holder", "Vacancy"));
  editor = succession_tenure_editor_new (GTK_WINDOW (self), self->dataset, tenure, name);
  g_signal_connect_object (editor, "applied", G_CALLBACK (on_edit_applied), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Add Tenure… to an office: the same editor, choosing the holder. */
static void
add_tenure_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SuccessionWindow       *self = SUCCESSION_WINDOW (widget);
  SuccessionOffice       *office;
  SuccessionTenureEditor *editor;

  if (self->dataset == NULL ||
      (office = succession_dataset_get_office (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  editor = succession_tenure_editor_new_for_office (GTK_WINDOW (self), self->dataset, office, self->name_display);
  g_signal_connect_object (editor, "applied", G_CALLBACK (on_edit_applied), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

typedef struct
{
  SuccessionWindow  *window;
  SuccessionDataset *dataset; /* the dataset the tenure is removed from */
  char              *tenure_id;
  char              *said;
} Removal;

static void
removal_free (Removal *removal)
{
  g_object_unref (removal->window);
  g_object_unref (removal->dataset);
  g_free (removal->tenure_id);
  g_free (removal->said);
  g_free (removal);
}

static void
removal_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Removal           *removal = task_data;
  GError            *error = NULL;
  SuccessionDataset *removed = succession_tenure_removal_apply (removal->dataset, removal->tenure_id, cancellable, &error);

  if (removed != NULL)
    g_task_return_pointer (task, removed, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
removal_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (object);
  Removal          *removal = g_task_get_task_data (G_TASK (result));
  g_autoptr(SuccessionDataset) removed = NULL;
  g_autoptr(GError) error = NULL;

  removed = g_task_propagate_pointer (G_TASK (result), &error);
  if (removed == NULL)
    {
      /* Translators: a toast; %s says why. */
      g_autofree char *said = g_strdup_printf (_ ("The tenure could not be removed: %s"), error->message);

      succession_window_toast (self, said);
      return;
    }
  /* Something else was shown meanwhile: the removal was for a dataset no longer on screen. */
  if (self->dataset != removal->dataset)
    return;

  /* Undo selects the tenure again: it is there in the dataset Undo brings back. */
  g_ptr_array_add (self->undo_edits, edit_new (self->dataset, self->modified, removal->said, removal->tenure_id));
  if (self->undo_edits->len > MAX_EDITS)
    g_ptr_array_remove_index (self->undo_edits, 0);
  g_ptr_array_set_size (self->redo_edits, 0);
  show_edited (self, removed, TRUE, NULL);
  toast_with_undo (self, removal->said);
}

/* Removes a tenure at once, as GNOME applications remove things: Undo in the toast, or Ctrl+Z,
 * brings it back. Nothing else goes with it. */
static void
remove_tenure_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  SuccessionTenure *tenure;
  SuccessionPerson *person;
  g_autoptr(GTask) task = NULL;
  Removal *removal;

  if (self->dataset == NULL ||
      (tenure = succession_dataset_get_tenure (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  removal = g_new0 (Removal, 1);
  removal->window = g_object_ref (self);
  removal->dataset = g_object_ref (self->dataset);
  removal->tenure_id = g_strdup (succession_tenure_get_id (tenure));
  person = succession_tenure_get_person (tenure);
  if (person != NULL)
    {
      g_autofree char *name = succession_format_person_name (person, self->name_display);

      /* Translators: a toast; %s is the holder's name. */
      removal->said = g_strdup_printf (_ ("Removed %s’s tenure"), name);
    }
  else
    removal->said = g_strdup (_ ("Removed the vacancy"));

  task = g_task_new (self, NULL, removal_done, NULL);
  g_task_set_source_tag (task, remove_tenure_action);
  g_task_set_task_data (task, removal, (GDestroyNotify) removal_free);
  g_task_run_in_thread (task, removal_thread);
}

static void
step (SuccessionWindow *self,
      gboolean          undo)
{
  GPtrArray       *from = undo ? self->undo_edits : self->redo_edits;
  GPtrArray       *to = undo ? self->redo_edits : self->undo_edits;
  Edit            *edit;
  g_autofree char *said = NULL;

  if (from->len == 0 || self->dataset == NULL)
    return;

  edit = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, edit_new (self->dataset, self->modified, edit->said, edit->tenure_id));
  if (undo)
    /* Translators: a toast; %s says what was undone ("Corrected the dates of Qi Yanming’s tenure"). */
    said = g_strdup_printf (_ ("Undone: %s"), edit->said);
  else
    /* Translators: a toast; %s says what was done again ("Corrected the dates of Qi Yanming’s tenure"). */
    said = g_strdup_printf (_ ("Redone: %s"), edit->said);
  show_edited (self, edit->dataset, edit->modified, edit->tenure_id);
  succession_window_toast (self, said);
  edit_free (edit);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (SUCCESSION_WINDOW (widget), TRUE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step (SUCCESSION_WINDOW (widget), FALSE);
}

void
succession_window_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-tenure", "s", edit_tenure_action);
  gtk_widget_class_install_action (widget_class, "win.remove-tenure", "s", remove_tenure_action);
  gtk_widget_class_install_action (widget_class, "win.add-tenure", "s", add_tenure_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}

void
succession_window_init_edit (SuccessionWindow *self)
{
  self->undo_edits = edit_stack ();
  self->redo_edits = edit_stack ();
  update_edit_actions (self);
}

void
succession_window_clear_edit (SuccessionWindow *self)
{
  g_clear_pointer (&self->undo_edits, g_ptr_array_unref);
  g_clear_pointer (&self->redo_edits, g_ptr_array_unref);
}
