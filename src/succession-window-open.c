/* succession-window-open.c — Open Dataset…: choosing, loading with progress, errors, warnings
 *
 * A failed load never replaces the dataset on screen: the dialog says what is wrong and
 * where, and the researcher keeps what they were looking at. A load runs in a thread; past a
 * moment it shows its progress and a Cancel button, and the window answers meanwhile. Open
 * Bundled Dataset is always there, with Undo: the user's file is only let go, never touched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-window-private.h"

/* Dialogs list at most this many messages; the command line prints them all. */
#define MAX_MESSAGES_SHOWN 200

static GtkWidget *
messages_view (GListModel *messages)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label;
  GString   *text = g_string_new (NULL);
  guint      n = g_list_model_get_n_items (messages);

  for (guint i = 0; i < n && i < MAX_MESSAGES_SHOWN; i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);
      g_autofree char *line = succession_message_to_string (message);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  if (n > MAX_MESSAGES_SHOWN)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("… and %u more; succession --validate FILE --all-messages prints all of them.", "… and %u more; succession --validate FILE --all-messages prints all of them.", n - MAX_MESSAGES_SHOWN),
                              n - MAX_MESSAGES_SHOWN);
    }

  /* Plain text: a message quotes the file, which may contain anything. */
  label = gtk_label_new (text->str);
  g_string_free (text, TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_add_css_class (scroller, "card");

  return scroller;
}

static void
present_messages_dialog (SuccessionWindow *self,
                         const char       *heading,
                         const char       *body,
                         GListModel       *messages)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  if (messages != NULL && g_list_model_get_n_items (messages) > 0)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), messages_view (messages));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_warnings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  GListModel       *warnings;
  g_autofree char  *body = NULL;
  g_autofree char  *title = NULL;
  guint             n;

  if (self->dataset == NULL)
    return;

  warnings = succession_dataset_get_warnings (self->dataset);
  n = g_list_model_get_n_items (warnings);
  {
    g_autofree char *escaped = succession_message_escape (succession_dataset_get_title (self->dataset));

    /* The title is data set into a sentence: isolated like a name, so a right-to-left title
     * cannot reorder the words around it. */
    title = succession_format_isolate (escaped);
  }
  /* Translators: %s is a dataset's title. */
  body = g_strdup_printf (ngettext ("%s loaded with %u warning. Warnings point at doubtful records; they do not stop the dataset from loading.",
                                    "%s loaded with %u warnings. Warnings point at doubtful records; they do not stop the dataset from loading.",
                                    n),
                          title, n);
  present_messages_dialog (self, _ ("Dataset Warnings"), body, warnings);
}

static void
on_progress (SuccessionWindow *self,
             GParamSpec       *pspec,
             SuccessionLoader *loader)
{
  gtk_progress_bar_set_fraction (self->progress_bar, succession_loader_get_progress (loader));
}

/* A load that ends within a moment shows nothing; a longer one shows its progress and Cancel. */
#define LOAD_REVEAL_DELAY_MS 250

static gboolean
reveal_load (gpointer user_data)
{
  SuccessionWindow *self = user_data;

  self->load_reveal_source = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->load_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->load_revealer, TRUE);
  return G_SOURCE_REMOVE;
}

/* Hidden once it has slid away: a revealer goes on measuring a child it does not show, and the
 * first frame of every start would pay for laying out the notification's text. */
static void
on_load_revealed (GtkRevealer      *revealer,
                  GParamSpec       *pspec,
                  SuccessionWindow *self)
{
  if (!gtk_revealer_get_child_revealed (revealer) && !gtk_revealer_get_reveal_child (revealer))
    gtk_widget_set_visible (GTK_WIDGET (revealer), FALSE);
}

static void
end_load (SuccessionWindow *self)
{
  g_clear_handle_id (&self->load_reveal_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->load_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
  g_clear_object (&self->load_cancellable);
}

static void
set_undo_dataset (SuccessionWindow  *self,
                  SuccessionDataset *dataset)
{
  g_set_object (&self->undo_dataset, dataset);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-open", dataset != NULL);
}

void
succession_window_clear_open (SuccessionWindow *self)
{
  g_clear_pointer (&self->opening_target, succession_page_target_free);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_handle_id (&self->load_reveal_source, g_source_remove);
  g_clear_object (&self->undo_dataset);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  /* The dataset on screen stays; the load's callback sees the cancellation and says nothing. */
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_pointer (&self->opening_target, succession_page_target_free);
  end_load (self);
}

typedef struct
{
  SuccessionWindow *window;
  GCancellable     *cancellable;
} LoadData;

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LoadData *data = user_data;
  g_autoptr(SuccessionWindow) self = data->window;
  g_autoptr(GCancellable) cancellable = data->cancellable;
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *warnings;
  guint       n_warnings;

  g_free (data);
  dataset = succession_loader_load_file_finish (SUCCESSION_LOADER (source), result, &error);

  /* A load that was cancelled, or replaced by a later one, has nothing more to say. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || cancellable != self->load_cancellable)
    return;
  end_load (self);

  if (dataset == NULL)
    {
      GListModel *messages = succession_loader_get_messages (SUCCESSION_LOADER (source));
      g_autoptr(GListStore) errors = g_list_store_new (SUCCESSION_TYPE_MESSAGE);
      guint            n = g_list_model_get_n_items (messages);
      g_autofree char *body = succession_message_escape (error->message);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);

          if (succession_message_get_severity (message) == SUCCESSION_SEVERITY_ERROR)
            g_list_store_append (errors, message);
        }

      /* The dataset on screen stays as it was, and so does its page. */
      g_clear_pointer (&self->opening_target, succession_page_target_free);
      present_messages_dialog (self, _ ("Could Not Open the Dataset"), body, G_LIST_MODEL (errors));
      return;
    }

  set_undo_dataset (self, NULL);
  succession_window_set_dataset (self, dataset);

  warnings = succession_dataset_get_warnings (dataset);
  n_warnings = g_list_model_get_n_items (warnings);
  if (n_warnings > 0)
    {
      g_autofree char *title = NULL;
      AdwToast        *toast;

      /* Translators: a toast after opening a dataset that has doubtful records. */
      title = g_strdup_printf (ngettext ("Opened with %u warning", "Opened with %u warnings", n_warnings), n_warnings);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _ ("_Show"));
      adw_toast_set_action_name (toast, "win.show-warnings");
      adw_toast_set_timeout (toast, 6);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

void
succession_window_open_file (SuccessionWindow           *self,
                             GFile                      *file,
                             const SuccessionPageTarget *target)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  LoadData        *data;

  g_return_if_fail (SUCCESSION_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Changes not saved yet are saved or let go first, as the user answers. */
  if (succession_window_ask_to_save (self, file, target))
    return;

  /* A second open replaces the first: the last file chosen is the one wanted. */
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_clear_pointer (&self->opening_target, succession_page_target_free);
  if (target != NULL)
    self->opening_target = succession_page_target_copy (target);

  name = g_file_get_basename (file);
  /* Translators: shown while a dataset loads; %s is its file name. */
  text = g_strdup_printf (_ ("Opening “%s”…"), name);
  gtk_label_set_text (self->load_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", TRUE);
  g_clear_handle_id (&self->load_reveal_source, g_source_remove);
  self->load_reveal_source = g_timeout_add (LOAD_REVEAL_DELAY_MS, reveal_load, self);

  data = g_new0 (LoadData, 1);
  data->window = g_object_ref (self);
  data->cancellable = g_object_ref (self->load_cancellable);
  succession_loader_load_file_async (self->loader, file, self->load_cancellable, load_done, data);
}

/* ---------------------------------------------------------------------------------------- */
/* The bundled dataset, and the state a dataset opens to                                     */

void
succession_window_show_dataset_state (SuccessionWindow *self)
{
  g_autofree char *description = NULL;
  /* The title is the file's data: shown as the messages show data. */
  g_autofree char *title = succession_message_escape (succession_dataset_get_title (self->dataset));

  /* Translators: %s is the title or file name of a dataset that has no offices to show. */
  description = g_strdup_printf (_ ("“%s” has no posts, and no memberships that name an organization, so there is no office to show. Your file is unchanged."),
                                 title != NULL ? title : "");
  adw_status_page_set_description (self->no_offices_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "no-offices");
  adw_window_title_set_title (self->content_title, "");
  adw_window_title_set_subtitle (self->content_title, title != NULL ? title : "");
}

static void
undo_open_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  g_autoptr(SuccessionDataset) previous = g_steal_pointer (&self->undo_dataset);
  gboolean modified = self->undo_modified;

  set_undo_dataset (self, NULL);
  if (previous != NULL)
    {
      succession_window_set_dataset (self, previous);
      succession_window_set_modified (self, modified);
    }
}

static void
on_undo_toast_dismissed (SuccessionWindow *self,
                         AdwToast         *toast)
{
  /* The toast is gone: nothing can bring the previous dataset back, so let it go. */
  if (g_object_get_data (G_OBJECT (toast), "dataset") == (gpointer) self->undo_dataset)
    set_undo_dataset (self, NULL);
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  g_autoptr(SuccessionDataset) bundled = NULL;
  g_autoptr(GError) error = NULL;

  bundled = succession_dataset_new_bundled (&error);
  if (bundled == NULL)
    {
      g_warning ("The bundled dataset did not load: %s", error->message);
      return;
    }

  succession_window_replace_dataset (self, bundled, NULL, _ ("Opened the bundled dataset"), FALSE);
}

void
succession_window_replace_dataset (SuccessionWindow     *self,
                                   SuccessionDataset    *dataset,
                                   SuccessionPageTarget *target,
                                   const char           *said,
                                   gboolean              modified)
{
  g_autofree char *escaped = g_markup_escape_text (said, -1);
  AdwToast        *toast;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  end_load (self);

  /* The dataset it replaces is only let go, never written: Undo brings it back. */
  set_undo_dataset (self, self->dataset);
  self->undo_modified = self->modified;
  g_clear_pointer (&self->opening_target, succession_page_target_free);
  self->opening_target = target;
  succession_window_set_dataset (self, dataset);
  succession_window_set_modified (self, modified);

  toast = adw_toast_new (escaped);
  if (self->undo_dataset != NULL)
    {
      adw_toast_set_button_label (toast, _ ("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-open");
      g_object_set_data (G_OBJECT (toast), "dataset", self->undo_dataset);
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed), self, G_CONNECT_SWAPPED);
    }
  adw_toast_set_timeout (toast, 6);
  /* Before any toast still queued: its Undo is for what was just done. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_chooser_response (GtkNativeDialog  *chooser,
                     int               response,
                     SuccessionWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        succession_window_open_file (self, file, NULL);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SuccessionWindow     *self = SUCCESSION_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_ ("Open Dataset"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Open"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (json, _ ("Popolo JSON"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_filter_set_name (all, _ ("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
succession_window_class_init_open (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.show-warnings", NULL, show_warnings_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.undo-open", NULL, undo_open_action);
}

/* Called from init once the loader exists: the progress bar follows it. */
void
succession_window_init_open (SuccessionWindow *self)
{
  g_signal_connect_object (self->load_revealer, "notify::child-revealed", G_CALLBACK (on_load_revealed), self, 0);
  g_signal_connect_object (self->loader, "notify::progress", G_CALLBACK (on_progress), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-open", FALSE);
}
