/* succession-window-edit.c — Edit and Add Tenure…, Person…, Office… and Body…, and their Remove
 *
 * A change gives a new dataset (succession-tenure-change.h, succession-person-change.h), checked
 * as a file is. A correction of one tenure, person or office, or a tenure added or removed, is then
 * made in the dataset shown (succession-dataset-edit.h): the views keep their objects and update
 * the rows it changed. Any other change replaces the dataset shown. Either goes into the history that Undo and Redo step
 * through (succession-window-history.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-format.h"
#include "succession-body-change.h"
#include "succession-dataset-edit.h"
#include "succession-office-change.h"
#include "succession-person-change.h"
#include "succession-record-editor.h"
#include "succession-window-private.h"

static void
on_edit_applied (SuccessionWindow       *self,
                 SuccessionDataset      *dataset,
                 const char             *said,
                 SuccessionRecordEditor *editor)
{
  const char *tenure_id = succession_record_editor_get_tenure_id (editor);
  const char *person_id = succession_record_editor_get_person_id (editor);
  const char *office_id = succession_record_editor_get_office_id (editor);
  const char *body_id = succession_record_editor_get_body_id (editor);
  g_autoptr(SuccessionPageTarget) target = NULL;

  if (self->dataset == NULL)
    return;

  /* A person or an office added is shown on its own page, where a first tenure is one step away. */
  if (person_id != NULL && succession_dataset_get_person (self->dataset, person_id) == NULL)
    target = succession_page_target_new (SUCCESSION_PAGE_PERSON, person_id);
  else if (office_id != NULL && succession_dataset_get_office (self->dataset, office_id) == NULL)
    target = succession_page_target_new (SUCCESSION_PAGE_OFFICE, office_id);
  else if (body_id != NULL && succession_dataset_get_body (self->dataset, body_id) == NULL)
    target = succession_page_target_new (SUCCESSION_PAGE_BODY, body_id);

  /* A tenure, a person or an office corrected, or a tenure added: in the dataset shown, when the
   * change touched that record alone. */
  if (target == NULL && body_id == NULL)
    {
      SuccessionDatasetEdit *prepared = succession_record_editor_get_edit (editor);
      g_autoptr(SuccessionDatasetEdit) command = NULL;

      if (prepared != NULL && succession_dataset_edit_get_dataset (prepared) == self->dataset &&
          succession_dataset_edit_is_current (prepared))
        command = g_object_ref (prepared);
      else if (tenure_id != NULL && person_id == NULL && office_id == NULL &&
               succession_dataset_get_tenure (self->dataset, tenure_id) != NULL)
        command = succession_dataset_edit_new_tenure (self->dataset, dataset, tenure_id);
      else if (person_id != NULL && tenure_id == NULL && office_id == NULL)
        command = succession_dataset_edit_new_person (self->dataset, dataset, person_id);
      else if (office_id != NULL && tenure_id == NULL && person_id == NULL)
        command = succession_dataset_edit_new_office (self->dataset, dataset, office_id);
      else if (tenure_id != NULL && person_id == NULL && office_id == NULL)
        command = succession_dataset_edit_new_addition (self->dataset, dataset, tenure_id);
      if (command != NULL)
        {
          succession_window_push_command (self, command, said);
          return;
        }
    }
  succession_window_push_edit (self, dataset, said, tenure_id, target);
}

/* Every editor's applied change comes back to on_edit_applied. */
static void
present_editor (SuccessionWindow       *self,
                SuccessionRecordEditor *editor)
{
  g_signal_connect_object (editor, "applied", G_CALLBACK (on_edit_applied), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_tenure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SuccessionWindow       *self = SUCCESSION_WINDOW (widget);
  SuccessionTenure       *tenure;
  SuccessionPerson       *person;
  SuccessionRecordEditor *editor;
  g_autofree char        *name = NULL;

  if (self->dataset == NULL ||
      (tenure = succession_dataset_get_tenure (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  person = succession_tenure_get_person (tenure);
  name = person != NULL ? succession_format_person_name (person, self->name_display)
                        : g_strdup (C_ ("holder", "Vacancy"));
  editor = succession_record_editor_new (GTK_WINDOW (self), self->dataset, tenure, self->name_display, name);
  present_editor (self, editor);
}

/* Add Tenure… to an office: the same editor, choosing the holder. */
static void
add_tenure_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SuccessionWindow       *self = SUCCESSION_WINDOW (widget);
  SuccessionOffice       *office;
  SuccessionRecordEditor *editor;

  if (self->dataset == NULL ||
      (office = succession_dataset_get_office (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  editor = succession_record_editor_new_for_office (GTK_WINDOW (self), self->dataset, office, self->name_display);
  present_editor (self, editor);
}

typedef struct
{
  SuccessionWindow      *window;
  SuccessionDataset     *dataset;   /* the dataset the record is removed from */
  char                  *tenure_id; /* a tenure removed, or */
  char                  *person_id; /* a person removed with their tenures, or */
  char                  *office_id; /* an office removed with its tenures, or */
  char                  *body_id;   /* an empty body removed */
  char                  *said;
  SuccessionPageTarget  *target; /* the page shown after (NULL: the same) */
  SuccessionDatasetEdit *edit;   /* a tenure's removal, to make in the dataset itself */
} Removal;

static void
removal_free (Removal *removal)
{
  g_object_unref (removal->window);
  g_object_unref (removal->dataset);
  g_free (removal->tenure_id);
  g_free (removal->person_id);
  g_free (removal->office_id);
  g_free (removal->body_id);
  g_free (removal->said);
  g_clear_pointer (&removal->target, succession_page_target_free);
  g_clear_object (&removal->edit);
  g_free (removal);
}

/* A removal from the dataset shown now. */
static Removal *
removal_new (SuccessionWindow *self)
{
  Removal *removal = g_new0 (Removal, 1);

  removal->window = g_object_ref (self);
  removal->dataset = g_object_ref (self->dataset);
  return removal;
}

static void
removal_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Removal           *removal = task_data;
  GError            *error = NULL;
  SuccessionDataset *removed;

  succession_dataset_lock_reading (removal->dataset);
  if (removal->body_id != NULL)
    removed = succession_body_removal_apply (removal->dataset, removal->body_id, cancellable, &error);
  else if (removal->office_id != NULL)
    removed = succession_office_removal_apply (removal->dataset, removal->office_id, NULL, cancellable, &error);
  else if (removal->person_id != NULL)
    removed = succession_person_removal_apply (removal->dataset, removal->person_id, NULL, cancellable, &error);
  else
    {
      removed = succession_tenure_removal_apply (removal->dataset, removal->tenure_id, cancellable, &error);
      if (removed != NULL)
        removal->edit = succession_dataset_edit_new_removal (removal->dataset, removed, removal->tenure_id);
    }
  succession_dataset_unlock_reading (removal->dataset);

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
      g_autofree char *said = NULL;

      if (removal->body_id != NULL)
        /* Translators: a toast; %s says why. */
        said = g_strdup_printf (_ ("The body could not be removed: %s"), error->message);
      else if (removal->office_id != NULL)
        /* Translators: a toast; %s says why. */
        said = g_strdup_printf (_ ("The office could not be removed: %s"), error->message);
      else if (removal->person_id != NULL)
        /* Translators: a toast; %s says why. */
        said = g_strdup_printf (_ ("The person could not be removed: %s"), error->message);
      else
        /* Translators: a toast; %s says why. */
        said = g_strdup_printf (_ ("The tenure could not be removed: %s"), error->message);

      succession_window_toast (self, said);
      return;
    }
  /* Something else was shown meanwhile: the removal was for a dataset no longer on screen. */
  if (self->dataset != removal->dataset)
    return;

  /* A tenure alone is taken out of the dataset shown; Undo puts it back in its place. */
  if (removal->edit != NULL && removal->target == NULL && succession_dataset_edit_is_current (removal->edit))
    {
      succession_window_push_command (self, removal->edit, removal->said);
      succession_dataset_release (g_steal_pointer (&removed));
      return;
    }
  /* Undo selects the tenure again, on the page it was removed from: it is there in the dataset
   * Undo brings back. */
  succession_window_push_edit (self, removed, removal->said, removal->tenure_id, removal->target);
}

static void
run_removal (SuccessionWindow *self,
             Removal          *removal)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, removal_done, NULL);

  g_task_set_source_tag (task, run_removal);
  g_task_set_task_data (task, removal, (GDestroyNotify) removal_free);
  g_task_run_in_thread (task, removal_thread);
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
  Removal          *removal;

  if (self->dataset == NULL ||
      (tenure = succession_dataset_get_tenure (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  removal = removal_new (self);
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
  run_removal (self, removal);
}

/* Edit Person…: the names and life dates of a person, from their page (its pencil, or F2). */
static void
edit_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SuccessionWindow       *self = SUCCESSION_WINDOW (widget);
  SuccessionPerson       *person;
  SuccessionRecordEditor *editor;
  g_autofree char        *name = NULL;

  if (self->dataset == NULL ||
      (person = succession_dataset_get_person (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  name = succession_format_person_name (person, self->name_display);
  editor = succession_record_editor_new_for_person (GTK_WINDOW (self), self->dataset, person, name);
  present_editor (self, editor);
}

/* Add Person… (the main menu): a person of no office yet, shown on their page once added. */
static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SuccessionWindow       *self = SUCCESSION_WINDOW (widget);
  SuccessionRecordEditor *editor;

  if (self->dataset == NULL)
    return;

  editor = succession_record_editor_new_person (GTK_WINDOW (self), self->dataset);
  present_editor (self, editor);
}

/* After a person or an office is removed: the page before theirs, or the chart. */
static SuccessionPageTarget *
page_after_removing (SuccessionWindow  *self,
                     SuccessionPageKind kind,
                     const char        *id)
{
  for (guint i = self->history->len; i > 0; i--)
    {
      const SuccessionPageTarget *previous = g_ptr_array_index (self->history, i - 1);

      if (previous->kind != kind || g_strcmp0 (previous->id, id) != 0)
        return succession_page_target_copy (previous);
    }
  return succession_page_target_new (SUCCESSION_PAGE_CHART, NULL);
}

/* The dialog holds the removal until it goes; a response may come more than once (a button,
 * then the close). */
static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          unused)
{
  Removal *removal;

  if (g_strcmp0 (response, "remove") != 0 ||
      (removal = g_object_steal_data (G_OBJECT (dialog), "removal")) == NULL)
    return;
  if (removal->window->dataset == removal->dataset)
    run_removal (removal->window, removal);
  else
    removal_free (removal);
}

/* Asks before @removal, saying @heading and @body; Remove runs it, Cancel (the default) not. */
static void
ask_to_remove (SuccessionWindow *self,
               Removal          *removal,
               const char       *heading,
               const char       *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "remove", _ ("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "removal", removal, (GDestroyNotify) removal_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Remove Person…: what goes with them is said first, since it is more than the row in view;
 * then Undo in the toast, or Ctrl+Z, brings it all back. */
static void
remove_person_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  SuccessionPerson *person;
  Removal          *removal;
  g_autofree char  *name = NULL;
  g_autofree char  *heading = NULL;
  g_autofree char  *body = NULL;
  guint             n_tenures;

  if (self->dataset == NULL ||
      (person = succession_dataset_get_person (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  name = succession_format_person_name (person, self->name_display);
  n_tenures = succession_person_get_n_tenures (person);
  removal = removal_new (self);
  removal->person_id = g_strdup (succession_person_get_id (person));
  removal->target = page_after_removing (self, SUCCESSION_PAGE_PERSON, removal->person_id);
  if (n_tenures > 0)
    removal->said = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  /* Translators: a toast; %s is a person's name, %u how many tenures went with them. */
                                                  "Removed %s and %u tenure", "Removed %s and %u tenures", n_tenures),
                                     name, n_tenures);
  else
    /* Translators: a toast; %s is a person's name. */
    removal->said = g_strdup_printf (_ ("Removed %s"), name);

  /* Translators: a question; %s is a person's name. */
  heading = g_strdup_printf (_ ("Remove %s?"), name);
  if (n_tenures > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %u is how many tenures the person held. */
                                         "The %u tenure they held is removed with them. Undo brings it back.",
                                         "The %u tenures they held are removed with them. Undo brings them back.", n_tenures),
                            n_tenures);
  else
    body = g_strdup (_ ("They hold no office in this dataset. Undo brings them back."));
  ask_to_remove (self, removal, heading, body);
}

/* Edit Office… (the office page's menu): its labels, seats and body. */
static void
edit_office_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  SuccessionOffice *office;

  if (self->dataset == NULL ||
      (office = succession_dataset_get_office (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;
  present_editor (self, succession_record_editor_new_edit_office (GTK_WINDOW (self), self->dataset, office));
}

/* Add Office… to the body named (or to none, for ""), shown on its page once added. */
static void
add_office_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  if (self->dataset == NULL)
    return;
  present_editor (self, succession_record_editor_new_add_office (GTK_WINDOW (self), self->dataset,
                                                                 succession_dataset_get_body (self->dataset, g_variant_get_string (parameter, NULL))));
}

/* Remove Office…: its tenures go with it, which is said first; Undo brings all back. */
static void
remove_office_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  SuccessionOffice *office;
  Removal          *removal;
  g_autofree char  *heading = NULL;
  g_autofree char  *body = NULL;
  guint             n_tenures;

  if (self->dataset == NULL ||
      (office = succession_dataset_get_office (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  n_tenures = succession_office_get_n_tenures (office);
  removal = removal_new (self);
  removal->office_id = g_strdup (succession_office_get_id (office));
  removal->target = page_after_removing (self, SUCCESSION_PAGE_OFFICE, removal->office_id);
  removal->said = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                /* Translators: a toast; %s is an office, %u how many tenures went with it. */
                                                "Removed %s and its %u tenure", "Removed %s and its %u tenures", n_tenures),
                                   succession_office_get_label (office), n_tenures);
  /* Translators: a question; %s is an office. */
  heading = g_strdup_printf (_ ("Remove %s?"), succession_office_get_label (office));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %u is how many tenures the office has. */
                                       "Its %u tenure is removed with it, and every mention of the office. Undo brings them back.",
                                       "Its %u tenures are removed with it, and every mention of the office. Undo brings them back.", n_tenures),
                          n_tenures);
  ask_to_remove (self, removal, heading, body);
}

/* Edit Body… (the body page's menu): its names, the body it is part of, its dates. */
static void
edit_body_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  SuccessionBody   *body;

  if (self->dataset == NULL || (body = succession_dataset_get_body (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;
  present_editor (self, succession_record_editor_new_edit_body (GTK_WINDOW (self), self->dataset, body));
}

/* Add Department… of the body named (or a body at the top, for ""), shown on its page once added. */
static void
add_body_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  if (self->dataset == NULL)
    return;
  present_editor (self, succession_record_editor_new_add_body (GTK_WINDOW (self), self->dataset,
                                                               succession_dataset_get_body (self->dataset, g_variant_get_string (parameter, NULL))));
}

/* Remove Body…: an empty body goes at once, with Undo; one with departments, offices or terms says
 * why it stays, since removing it would take them too. */
static void
remove_body_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  SuccessionBody   *body;
  Removal          *removal;
  g_autofree char  *refusal = NULL;

  if (self->dataset == NULL || (body = succession_dataset_get_body (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  if ((refusal = succession_body_removal_refusal (body)) != NULL)
    {
      /* Translators: a question's heading; %s is a body. */
      g_autofree char  *heading = g_strdup_printf (_ ("%s Cannot Be Removed"), succession_body_get_name (body));
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, refusal));

      adw_message_dialog_add_response (dialog, "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  removal = removal_new (self);
  removal->body_id = g_strdup (succession_body_get_id (body));
  removal->target = page_after_removing (self, SUCCESSION_PAGE_BODY, removal->body_id);
  /* Translators: a toast; %s is a body. */
  removal->said = g_strdup_printf (_ ("Removed %s"), succession_body_get_name (body));
  run_removal (self, removal);
}

void
succession_window_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-tenure", "s", edit_tenure_action);
  gtk_widget_class_install_action (widget_class, "win.remove-tenure", "s", remove_tenure_action);
  gtk_widget_class_install_action (widget_class, "win.add-tenure", "s", add_tenure_action);
  gtk_widget_class_install_action (widget_class, "win.edit-person", "s", edit_person_action);
  gtk_widget_class_install_action (widget_class, "win.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "win.remove-person", "s", remove_person_action);
  gtk_widget_class_install_action (widget_class, "win.edit-office", "s", edit_office_action);
  gtk_widget_class_install_action (widget_class, "win.add-office", "s", add_office_action);
  gtk_widget_class_install_action (widget_class, "win.remove-office", "s", remove_office_action);
  gtk_widget_class_install_action (widget_class, "win.edit-body", "s", edit_body_action);
  gtk_widget_class_install_action (widget_class, "win.add-body", "s", add_body_action);
  gtk_widget_class_install_action (widget_class, "win.remove-body", "s", remove_body_action);
  succession_window_class_init_history (widget_class);
}
