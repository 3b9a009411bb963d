/* succession-wikidata-dialog.c — Open Office from Wikidata: find an office, fetch its holders
 *
 * What is typed is searched as the user types (Wikidata's entity search, in the language the
 * words are written in; a Q-id or a Wikidata address finds that item). A match chosen is fetched
 * with every holder, with progress and Cancel, and turned into a dataset of its own off the main
 * thread; the dialog hands it to whoever listens ("office-opened") and closes. A bad answer or no
 * network is said on the dialog, which goes back to the matches; nothing else changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-format.h"
#include "succession-wikidata-dialog.h"
#include "succession-wikidata-match.h"
#include "succession-wikidata-office.h"

struct _SuccessionWikidataDialog
{
  AdwWindow parent_instance;

  SuccessionWikidataClient *client;
  SuccessionDataset        *dataset; /* the one the office can be added to, or NULL */
  GCancellable             *search_cancellable;
  GCancellable             *fetch_cancellable;
  GListModel               *matches;

  /* Template children */
  GtkStack       *stack;
  GtkSearchEntry *search_entry;
  GtkStack       *results_stack;
  GtkSpinner     *spinner;
  AdwStatusPage  *none_page;
  GtkListBox     *matches_list;
  AdwStatusPage  *fetching_page;
  GtkProgressBar *progress_bar;
  AdwStatusPage  *error_page;
  GtkWidget      *add_list;
  AdwActionRow   *add_row;
  GtkSwitch      *add_switch;
};

G_DEFINE_FINAL_TYPE (SuccessionWikidataDialog, succession_wikidata_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OFFICE_OPENED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cancel_and_clear (GCancellable **cancellable)
{
  if (*cancellable != NULL)
    {
      GCancellable *taken = g_steal_pointer (cancellable);

      g_cancellable_cancel (taken);
      g_object_unref (taken);
    }
}

static void
show_results (SuccessionWikidataDialog *self,
              const char               *name)
{
  gtk_spinner_set_spinning (self->spinner, g_str_equal (name, "searching"));
  gtk_stack_set_visible_child_name (self->results_stack, name);
}

static GtkWidget *
create_match_row (gpointer item,
                  gpointer user_data)
{
  SuccessionWikidataMatch *match = item;
  const char              *description = succession_wikidata_match_get_description (match);
  const char              *body = succession_wikidata_match_get_body (match);
  g_autofree char         *title = g_markup_escape_text (succession_wikidata_match_get_label (match), -1);
  g_autofree char         *plain = NULL;
  g_autofree char         *subtitle = NULL;
  GtkWidget               *row = adw_action_row_new ();
  GtkWidget               *id = gtk_label_new (succession_wikidata_match_get_id (match));

  if (description != NULL && body != NULL)
    /* Translators: under a match of Office from Wikidata: its description, then the body it belongs to. */
    plain = g_strdup_printf (_ ("%s · %s"), description, body);
  else
    plain = g_strdup (description != NULL ? description : body != NULL ? body
                                                                       : "");
  subtitle = g_markup_escape_text (plain, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (id, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "wikidata-id", g_strdup (succession_wikidata_match_get_id (match)), g_free);
  g_object_set_data_full (G_OBJECT (row), "wikidata-label", g_strdup (succession_wikidata_match_get_label (match)), g_free);
  return row;
}

static void
on_searched (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SuccessionWikidataDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) matches = NULL;

  matches = succession_wikidata_client_search_finish (SUCCESSION_WIKIDATA_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* a newer search, or the dialog closed */
  g_clear_object (&self->search_cancellable);

  if (matches == NULL)
    {
      g_autofree char *said = succession_format_capitalize (error->message);
      g_autofree char *escaped = g_markup_escape_text (said, -1);

      adw_status_page_set_title (self->none_page, _ ("Could Not Search"));
      adw_status_page_set_description (self->none_page, escaped);
      show_results (self, "none");
      return;
    }

  g_set_object (&self->matches, matches);
  gtk_list_box_bind_model (self->matches_list, self->matches, create_match_row, NULL, NULL);
  if (g_list_model_get_n_items (matches) == 0)
    {
      adw_status_page_set_title (self->none_page, _ ("No Matches"));
      adw_status_page_set_description (self->none_page,
                                       _ ("Wikidata has no item of that name. Try its name in another language, or its Q-id."));
      show_results (self, "none");
    }
  else
    show_results (self, "matches");
}

static void
on_search_changed (SuccessionWikidataDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  cancel_and_clear (&self->search_cancellable);
  if (*text == '\0')
    {
      show_results (self, "hint");
      return;
    }
  show_results (self, "searching");
  self->search_cancellable = g_cancellable_new ();
  succession_wikidata_client_search_async (self->client, text, NULL, self->search_cancellable, on_searched,
                                           g_object_ref (self));
}

typedef struct
{
  SuccessionWikidataDialog *self;
  char                     *id;
  SuccessionWikidataOffice *office;
  SuccessionDataset        *add_to;      /* NULL: a dataset of its own */
  char                     *notice;      /* why the saved copy stood in for Wikidata, or NULL */
  GCancellable             *cancellable; /* the dialog's, while this is the fetch it waits for */
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_object_unref (fetch->self);
  g_free (fetch->id);
  g_clear_object (&fetch->office);
  g_clear_object (&fetch->add_to);
  g_free (fetch->notice);
  g_clear_object (&fetch->cancellable);
  g_free (fetch);
}

/* Whether the dialog still waits for @fetch: FALSE when it has closed, or when Cancel stopped it
 * (then the matches show again, as they were). */
static gboolean
still_wanted (SuccessionWikidataDialog *self,
              Fetch                    *fetch)
{
  if (self->fetch_cancellable == NULL || self->fetch_cancellable != fetch->cancellable)
    return FALSE;
  if (g_cancellable_is_cancelled (fetch->cancellable))
    {
      g_clear_object (&self->fetch_cancellable);
      gtk_stack_set_visible_child_name (self->stack, "search");
      return FALSE;
    }
  return TRUE;
}

static void
show_fetch_error (SuccessionWikidataDialog *self,
                  const char               *title,
                  const GError             *error)
{
  g_autofree char *said = succession_format_capitalize (error->message);
  g_autofree char *escaped = g_markup_escape_text (said, -1);

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wikidata.cancel", FALSE);
}

static void
convert_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Fetch             *fetch = task_data;
  GError            *error = NULL;
  SuccessionDataset *dataset;

  if (fetch->add_to != NULL)
    {
      succession_dataset_lock_reading (fetch->add_to);
      dataset = succession_wikidata_office_add_to (fetch->office, fetch->add_to, cancellable, &error);
      succession_dataset_unlock_reading (fetch->add_to);
    }
  else
    dataset = succession_wikidata_office_to_dataset (fetch->office, cancellable, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

static void
on_converted (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SuccessionWikidataDialog *self = user_data;
  Fetch                    *fetch = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionDataset) dataset = g_task_propagate_pointer (G_TASK (result), &error);

  if (!still_wanted (self, fetch))
    return;
  g_clear_object (&self->fetch_cancellable);

  if (dataset == NULL)
    {
      show_fetch_error (self, fetch->add_to != NULL ? _ ("Could Not Add the Office") : _ ("Could Not Read the Office"), error);
      return;
    }

  g_signal_emit (self, signals[OFFICE_OPENED], 0, dataset, fetch->id, fetch->add_to != NULL, fetch->notice);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_fetched (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fetch                    *fetch = user_data;
  SuccessionWikidataDialog *self = fetch->self;
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  office = succession_wikidata_client_fetch_office_finish (SUCCESSION_WIKIDATA_CLIENT (object), result, &error);
  if (!still_wanted (self, fetch))
    {
      fetch_free (fetch);
      return;
    }
  if (office == NULL)
    {
      g_clear_object (&self->fetch_cancellable);
      show_fetch_error (self, _ ("Could Not Fetch the Office"), error);
      fetch_free (fetch);
      return;
    }

  /* The loader checks the document it writes: off the main thread for a long list of holders. */
  fetch->notice = g_strdup (succession_wikidata_office_get_notice (office));
  fetch->office = g_steal_pointer (&office);
  if (self->dataset != NULL && gtk_switch_get_active (self->add_switch))
    fetch->add_to = g_object_ref (self->dataset);
  task = g_task_new (NULL, self->fetch_cancellable, on_converted, self);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);
  g_task_run_in_thread (task, convert_thread);
}

static void
on_fetch_progress (double   fraction,
                   guint64  bytes,
                   gpointer user_data)
{
  SuccessionWikidataDialog *self = user_data;

  if (fraction < 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
fetch_office (SuccessionWikidataDialog *self,
              const char               *id,
              const char               *label)
{
  Fetch           *fetch = g_new0 (Fetch, 1);
  g_autofree char *title = NULL;

  cancel_and_clear (&self->fetch_cancellable);
  fetch->self = g_object_ref (self);
  fetch->id = g_strdup (id);

  /* Translators: the title while an office is fetched; %s is its name on Wikidata. */
  title = g_strdup_printf (_ ("Fetching “%s”"), label != NULL ? label : id);
  {
    g_autofree char *escaped = g_markup_escape_text (title, -1);

    adw_status_page_set_title (self->fetching_page, escaped);
  }
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "fetching");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wikidata.cancel", TRUE);

  self->fetch_cancellable = g_cancellable_new ();
  fetch->cancellable = g_object_ref (self->fetch_cancellable);
  succession_wikidata_client_fetch_office_async (self->client, id, NULL, self->fetch_cancellable,
                                                 on_fetch_progress, g_object_ref (self), g_object_unref,
                                                 on_fetched, fetch);
}

static void
on_match_activated (SuccessionWikidataDialog *self,
                    GtkListBoxRow            *row)
{
  fetch_office (self, g_object_get_data (G_OBJECT (row), "wikidata-id"),
                g_object_get_data (G_OBJECT (row), "wikidata-label"));
}

/* Enter in the entry opens the best match, once there are matches. */
static void
on_search_activated (SuccessionWikidataDialog *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->matches_list, 0);

  if (first != NULL && g_str_equal (gtk_stack_get_visible_child_name (self->results_stack), "matches"))
    on_match_activated (self, first);
}

/* Escape in the entry clears what was typed, then closes the dialog. */
static void
on_stop_search (SuccessionWikidataDialog *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SuccessionWikidataDialog *self = SUCCESSION_WIKIDATA_DIALOG (widget);

  if (self->fetch_cancellable != NULL)
    g_cancellable_cancel (self->fetch_cancellable);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SuccessionWikidataDialog *self = SUCCESSION_WIKIDATA_DIALOG (widget);

  gtk_stack_set_visible_child_name (self->stack, "search");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
succession_wikidata_dialog_dispose (GObject *object)
{
  SuccessionWikidataDialog *self = SUCCESSION_WIKIDATA_DIALOG (object);

  cancel_and_clear (&self->search_cancellable);
  cancel_and_clear (&self->fetch_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_WIKIDATA_DIALOG);
  G_OBJECT_CLASS (succession_wikidata_dialog_parent_class)->dispose (object);
}

/* The switch names the dataset it adds to; without one, there is nothing to add to. */
static void
succession_wikidata_dialog_constructed (GObject *object)
{
  SuccessionWikidataDialog *self = SUCCESSION_WIKIDATA_DIALOG (object);

  G_OBJECT_CLASS (succession_wikidata_dialog_parent_class)->constructed (object);
  if (self->dataset != NULL)
    {
      g_autofree char *title = NULL;
      g_autofree char *escaped = NULL;

      /* Translators: a switch of Office from Wikidata; %s is the dataset's title. */
      title = g_strdup_printf (_ ("_Add to “%s”"), succession_dataset_get_title (self->dataset));
      escaped = g_markup_escape_text (title, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), escaped);
    }
  gtk_widget_set_visible (self->add_list, self->dataset != NULL);
}

static void
succession_wikidata_dialog_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  SuccessionWikidataDialog *self = SUCCESSION_WIKIDATA_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_wikidata_dialog_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  SuccessionWikidataDialog *self = SUCCESSION_WIKIDATA_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_wikidata_dialog_finalize (GObject *object)
{
  SuccessionWikidataDialog *self = SUCCESSION_WIKIDATA_DIALOG (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->matches);
  g_clear_object (&self->client);
  G_OBJECT_CLASS (succession_wikidata_dialog_parent_class)->finalize (object);
}

static void
succession_wikidata_dialog_class_init (SuccessionWikidataDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = succession_wikidata_dialog_constructed;
  object_class->dispose = succession_wikidata_dialog_dispose;
  object_class->finalize = succession_wikidata_dialog_finalize;
  object_class->get_property = succession_wikidata_dialog_get_property;
  object_class->set_property = succession_wikidata_dialog_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SUCCESSION_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* (dataset, office's Wikidata id, added, notice): the dataset to show, with the office in it,
   * and why the saved copy stood in for Wikidata (NULL: it did not). */
  signals[OFFICE_OPENED] = g_signal_new ("office-opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 4, SUCCESSION_TYPE_DATASET, G_TYPE_STRING,
                                         G_TYPE_BOOLEAN, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/succession/Succession/ui/succession-wikidata-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, results_stack);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, none_page);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, matches_list);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, fetching_page);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, add_list);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, add_row);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWikidataDialog, add_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_match_activated);

  gtk_widget_class_install_action (widget_class, "wikidata.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "wikidata.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
succession_wikidata_dialog_init (SuccessionWikidataDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->client = succession_wikidata_client_new ();
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wikidata.cancel", FALSE);
}

SuccessionWikidataDialog *
succession_wikidata_dialog_new (GtkWindow         *parent,
                                SuccessionDataset *dataset)
{
  return g_object_new (SUCCESSION_TYPE_WIKIDATA_DIALOG, "transient-for", parent, "dataset", dataset, NULL);
}
