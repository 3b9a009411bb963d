/* succession-window-history.c — Undo and Redo of the edits made in the window
 *
 * Each step of the history is a state of the dataset Undo or Redo returns to: another dataset
 * (a change that replaced the one shown, which is kept whole), or the one shown with a tenure's
 * correction undone or made again (succession-dataset-edit.h, two states exchanged). Undo (Ctrl+Z)
 * and Redo (Ctrl+Shift+Z) show each on the page it was made on, with the row it changed selected.
 * The history belongs to the dataset: opening another forgets it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-dataset-edit.h"
#include "succession-window-private.h"

/* Corrections kept for Undo; the oldest goes first. */
#define MAX_EDITS 50

/* A state of the dataset Undo or Redo returns to: another dataset, or the one shown with
 * @command applied or undone. */
typedef struct
{
  SuccessionDataset     *dataset;
  SuccessionDatasetEdit *command;
  gboolean               modified;
  char                  *said;
  char                  *tenure_id; /* the tenure corrected, selected again when it is shown */
  SuccessionPageTarget  *target;    /* the page this state was shown on, shown again with it */
} Edit;

static void
edit_free (Edit *edit)
{
  g_clear_object (&edit->dataset);
  g_clear_object (&edit->command);
  g_free (edit->said);
  g_free (edit->tenure_id);
  g_clear_pointer (&edit->target, succession_page_target_free);
  g_free (edit);
}

static Edit *
edit_new (SuccessionDataset          *dataset,
          gboolean                    modified,
          const char                 *said,
          const char                 *tenure_id,
          const SuccessionPageTarget *target)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->dataset = dataset != NULL ? g_object_ref (dataset) : NULL;
  edit->modified = modified;
  edit->said = g_strdup (said);
  edit->tenure_id = g_strdup (tenure_id);
  edit->target = target != NULL ? succession_page_target_copy (target) : NULL;
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

/* The tenure corrected, added or removed by @command, or NULL. */
static SuccessionTenure *
edited_tenure (SuccessionDatasetEdit *command)
{
  SuccessionTenure *tenure = succession_dataset_edit_get_tenure (command);

  return tenure != NULL ? tenure : succession_dataset_edit_get_member (command);
}

/* The office page selects the tenure corrected again, so the keyboard's place is kept. */
static void
select_tenure (SuccessionWindow *self,
               SuccessionTenure *tenure)
{
  if (tenure != NULL && self->office_page != NULL && self->current != NULL &&
      self->current->kind == SUCCESSION_PAGE_OFFICE && succession_tenure_get_office (tenure) != NULL &&
      g_strcmp0 (self->current->id, succession_office_get_id (succession_tenure_get_office (tenure))) == 0)
    succession_office_page_select_tenure (self->office_page, tenure);
}

/* Shows @dataset on @target (NULL: the page shown now), keeping the edit history. */
static void
show_edited (SuccessionWindow           *self,
             SuccessionDataset          *dataset,
             gboolean                    modified,
             const char                 *tenure_id,
             const SuccessionPageTarget *target)
{
  SuccessionTenure *tenure;

  g_clear_pointer (&self->opening_target, succession_page_target_free);
  if (target == NULL)
    target = self->current;
  if (target != NULL)
    self->opening_target = succession_page_target_copy (target);
  self->applying_edit = TRUE;
  succession_window_set_dataset (self, dataset);
  self->applying_edit = FALSE;
  succession_window_set_modified (self, modified);
  update_edit_actions (self);

  tenure = tenure_id != NULL ? succession_dataset_get_tenure (dataset, tenure_id) : NULL;
  select_tenure (self, tenure);
}

/* @command applied or undone in the dataset shown; the page it was made on (@target) is shown
 * again if the reader has gone elsewhere. The views follow the dataset's own signals. */
static void
show_in_place (SuccessionWindow           *self,
               SuccessionDatasetEdit      *command,
               gboolean                    modified,
               const SuccessionPageTarget *target)
{
  if (succession_dataset_edit_is_applied (command))
    succession_dataset_edit_undo (command);
  else
    succession_dataset_edit_apply (command);
  if (target != NULL && (self->current == NULL || !succession_page_target_equal (target, self->current)))
    succession_window_show_target (self, target);
  succession_window_set_modified (self, modified);
  update_edit_actions (self);
  select_tenure (self, edited_tenure (command));
}

void
succession_window_on_tenures_changed (SuccessionWindow  *self,
                                      SuccessionOffice  *office,
                                      SuccessionDataset *dataset)
{
  GListModel *warnings = succession_dataset_get_warnings (dataset);

  /* The pages that show a record keep it, so they are told; On a Date and the chart page hold
   * the dataset and follow its signal themselves. */
  if (self->office_page != NULL)
    succession_office_page_follow_tenures (self->office_page, office);
  if (self->person_page != NULL)
    succession_person_page_follow_edit (self->person_page);
  if (self->body_page != NULL)
    succession_body_page_follow_tenures (self->body_page, office);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", g_list_model_get_n_items (warnings) > 0);
}

void
succession_window_on_person_changed (SuccessionWindow  *self,
                                     SuccessionPerson  *person,
                                     SuccessionDataset *dataset)
{
  GListModel *warnings = succession_dataset_get_warnings (dataset);

  if (self->person_page != NULL && succession_person_page_get_person (self->person_page) == person)
    succession_person_page_follow_edit (self->person_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings", g_list_model_get_n_items (warnings) > 0);
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

/* @changed replaces the dataset shown, which Undo brings back on the page shown now; @changed is
 * shown on @target (NULL: this page). */
void
succession_window_push_edit (SuccessionWindow           *self,
                             SuccessionDataset          *changed,
                             const char                 *said,
                             const char                 *tenure_id,
                             const SuccessionPageTarget *target)
{
  g_ptr_array_add (self->undo_edits, edit_new (self->dataset, self->modified, said, tenure_id, self->current));
  if (self->undo_edits->len > MAX_EDITS)
    g_ptr_array_remove_index (self->undo_edits, 0);
  g_ptr_array_set_size (self->redo_edits, 0);
  show_edited (self, changed, TRUE, tenure_id, target);
  toast_with_undo (self, said);
}

/* @command, a correction of the dataset shown, applied; Undo undoes it on the page shown now. */
void
succession_window_push_command (SuccessionWindow      *self,
                                SuccessionDatasetEdit *command,
                                const char            *said)
{
  SuccessionTenure *tenure = edited_tenure (command);
  Edit             *edit = edit_new (NULL, self->modified, said, tenure != NULL ? succession_tenure_get_id (tenure) : NULL,
                                     self->current);

  edit->command = g_object_ref (command);
  g_ptr_array_add (self->undo_edits, edit);
  if (self->undo_edits->len > MAX_EDITS)
    g_ptr_array_remove_index (self->undo_edits, 0);
  g_ptr_array_set_size (self->redo_edits, 0);
  show_in_place (self, command, TRUE, NULL);
  toast_with_undo (self, said);
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
  if (edit->command != NULL)
    {
      /* The other side of the same exchange, from the page shown now. */
      Edit *back = edit_new (NULL, self->modified, edit->said, edit->tenure_id, self->current);

      back->command = g_object_ref (edit->command);
      g_ptr_array_add (to, back);
    }
  else
    g_ptr_array_add (to, edit_new (self->dataset, self->modified, edit->said, edit->tenure_id, self->current));
  if (undo)
    /* Translators: a toast; %s says what was undone ("Corrected Qi Yanming’s tenure"). */
    said = g_strdup_printf (_ ("Undone: %s"), edit->said);
  else
    /* Translators: a toast; %s says what was done again ("Corrected Qi Yanming’s tenure"). */
    said = g_strdup_printf (_ ("Redone: %s"), edit->said);
  if (edit->command != NULL)
    show_in_place (self, edit->command, edit->modified, edit->target);
  else
    show_edited (self, edit->dataset, edit->modified, edit->tenure_id, edit->target);
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
succession_window_init_history (SuccessionWindow *self)
{
  self->undo_edits = edit_stack ();
  self->redo_edits = edit_stack ();
  update_edit_actions (self);
}

void
succession_window_clear_history_of_edits (SuccessionWindow *self)
{
  g_clear_pointer (&self->undo_edits, g_ptr_array_unref);
  g_clear_pointer (&self->redo_edits, g_ptr_array_unref);
}

void
succession_window_class_init_history (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}
