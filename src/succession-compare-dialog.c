/* succession-compare-dialog.c — Compare with Wikidata: the dataset's tenures lined up against it
 *
 * The dialog asks Wikidata at once (the client fetches each office with a Wikidata id, with
 * progress, from the cache when the network fails) and shows what it found: a table of the
 * disagreements, one kind or all, the selected one's two sources under it, and how old
 * Wikidata's answers are. What is shown can be exported as CSV or as QuickStatements lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-compare-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible.h"
#include "succession-compare-dialog.h"
#include "succession-file-writer.h"
#include "succession-format.h"
#include "succession-wikidata-compare.h"
#include "succession-native-dialog.h"

/* The table's columns, in order. */
typedef enum {
  COLUMN_OFFICE,
  COLUMN_HOLDER,
  COLUMN_KIND,
  COLUMN_DATASET,
  COLUMN_WIKIDATA,
  N_COLUMNS
} Column;

/* The choices of "Show": every kind, then one kind each, in the enum's order. */
#define ALL_KINDS 0
#define N_KINDS (SUCCESSION_WIKIDATA_DISAGREEMENT_OVERLAP_ON_WIKIDATA + 1)

struct _SuccessionCompareDialog
{
  AdwWindow parent_instance;

  SuccessionDataset        *dataset;
  SuccessionNameDisplay     name_display;
  SuccessionWikidataClient *client;
  GCancellable             *cancellable;
  GListModel               *found; /* every disagreement, NULL before the answer */
  GtkFilterListModel       *shown; /* those of the kind chosen */
  GtkSingleSelection       *selection;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkWidget       *export_button;
  GtkProgressBar  *progress_bar;
  AdwStatusPage   *error_page;
  AdwStatusPage   *agree_page;
  GtkDropDown     *kind_dropdown;
  GtkLabel        *summary_label;
  GtkColumnView   *column_view;
  GtkLabel        *details_label;
  GtkLabel        *age_label;
};

G_DEFINE_FINAL_TYPE (SuccessionCompareDialog, succession_compare_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_NAME_DISPLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start (SuccessionCompareDialog *self);

static const char *
or_none (const char *value)
{
  /* Translators: a side of a disagreement that has no value (no date, no holder). */
  return value != NULL && *value != '\0' ? value : _ ("(none)");
}

static char *
cell_text (SuccessionCompareDialog        *self,
           SuccessionWikidataDisagreement *d,
           Column                          column)
{
  switch (column)
    {
    case COLUMN_OFFICE:
      return succession_format_office_name (succession_wikidata_disagreement_get_office (d), self->name_display);
    case COLUMN_HOLDER:
      return g_strdup (succession_wikidata_disagreement_get_person_name (d));
    case COLUMN_KIND:
      return g_strdup (succession_wikidata_disagreement_kind_get_label (succession_wikidata_disagreement_get_kind (d)));
    case COLUMN_DATASET:
      return g_strdup (or_none (succession_wikidata_disagreement_get_dataset_value (d)));
    case COLUMN_WIKIDATA:
      return g_strdup (or_none (succession_wikidata_disagreement_get_wikidata_value (d)));
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  unused)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_list_item_set_child (list_item, label);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              SuccessionCompareDialog  *self)
{
  Column           column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = cell_text (self, gtk_list_item_get_item (list_item), column);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
add_column (SuccessionCompareDialog *self,
            Column                   column,
            const char              *title,
            gboolean                 expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_append_column (self->column_view, view_column);
}

/* A row read as one sentence: "Yang Zhenwu, Secretary-General of …: different start; the
 * dataset has 2018-03-17, Wikidata 2018-03-18". */
static char *
row_sentence (GtkColumnView     *view,
              const char *const *cells,
              gpointer           user_data)
{
  if (g_strv_length ((char **) cells) < N_COLUMNS)
    return NULL;
  /* Translators: a row of the Compare with Wikidata table as a screen reader says it: the holder,
   * the office, the kind of disagreement, the dataset's value and Wikidata's. */
  return g_strdup_printf (_ ("%s, %s: %s; the dataset has %s, Wikidata %s"), cells[COLUMN_HOLDER],
                          cells[COLUMN_OFFICE], cells[COLUMN_KIND], cells[COLUMN_DATASET], cells[COLUMN_WIKIDATA]);
}

static gboolean
is_of_chosen_kind (gpointer item,
                   gpointer user_data)
{
  SuccessionCompareDialog *self = user_data;
  guint                    chosen = gtk_drop_down_get_selected (self->kind_dropdown);

  return chosen == ALL_KINDS || chosen == GTK_INVALID_LIST_POSITION ||
         succession_wikidata_disagreement_get_kind (item) == chosen - 1;
}

static void
show_details (SuccessionCompareDialog *self)
{
  SuccessionWikidataDisagreement *d = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *source;
  const char *qs;

  if (d == NULL)
    {
      gtk_label_set_text (self->details_label, _ ("Select a disagreement to see both sources."));
      return;
    }

  source = succession_wikidata_disagreement_get_dataset_source (d);
  /* Translators: the dataset's side of the disagreement selected; the first %s is its value, the
   * second its source (or "no source"). */
  g_string_append_printf (text, _ ("Dataset: %s — %s"), or_none (succession_wikidata_disagreement_get_dataset_value (d)),
                          *source != '\0' ? source : _ ("no source"));
  g_string_append_c (text, '\n');
  source = succession_wikidata_disagreement_get_wikidata_source (d);
  /* Translators: Wikidata's side of the disagreement selected; the first %s is its value, the
   * second its reference (or "no reference"). */
  g_string_append_printf (text, _ ("Wikidata: %s — %s"), or_none (succession_wikidata_disagreement_get_wikidata_value (d)),
                          *source != '\0' ? source : _ ("no reference"));
  if (succession_wikidata_disagreement_get_statement (d) != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: %s is a Wikidata statement id ("Q42$…"). */
      g_string_append_printf (text, _ ("Statement: %s"), succession_wikidata_disagreement_get_statement (d));
    }
  if ((qs = succession_wikidata_disagreement_get_quickstatements (d)) != NULL)
    {
      g_autofree char *spaced = g_strdelimit (g_strdup (qs), "\t", ' ');

      g_strchomp (spaced);
      g_string_append_c (text, '\n');
      /* Translators: %s is the QuickStatements line that carries the dataset's value to Wikidata. */
      g_string_append_printf (text, _ ("QuickStatements: %s"), spaced);
    }
  gtk_label_set_text (self->details_label, text->str);
}

static void
show_summary (SuccessionCompareDialog *self)
{
  guint            n_all = self->found != NULL ? g_list_model_get_n_items (self->found) : 0;
  guint            n_shown = self->shown != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->shown)) : 0;
  g_autofree char *summary = NULL;

  if (n_shown == n_all)
    /* Translators: above the Compare with Wikidata table. */
    summary = g_strdup_printf (ngettext ("%u disagreement", "%u disagreements", n_all), n_all);
  else
    /* Translators: above the Compare with Wikidata table, when one kind is chosen; the second
     * %u is the number of every kind. */
    summary = g_strdup_printf (ngettext ("%u of %u disagreements", "%u of %u disagreements", n_all), n_shown, n_all);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export", n_shown > 0);
  gtk_widget_set_sensitive (self->export_button, n_shown > 0);
}

static void
on_kind_chosen (SuccessionCompareDialog *self)
{
  GtkFilter *filter = self->shown != NULL ? gtk_filter_list_model_get_filter (self->shown) : NULL;

  if (filter != NULL)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  show_summary (self);
}

static void
on_row_activated (SuccessionCompareDialog *self,
                  guint                    position)
{
  g_autoptr(SuccessionWikidataDisagreement) d = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  SuccessionTenure *tenure = d != NULL ? succession_wikidata_disagreement_get_tenure (d) : NULL;
  SuccessionPerson *person = tenure != NULL ? succession_tenure_get_person (tenure) : NULL;
  GtkWindow        *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The holder's page in the window, where the tenure and its sources are. */
  if (person != NULL && parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-person", "s", succession_person_get_id (person));
}

/* "Wikidata's answers as of …": the oldest answer used, and any that came from the saved copy. */
static void
show_age (SuccessionCompareDialog *self,
          GPtrArray               *offices)
{
  g_autoptr(GString) text = g_string_new (NULL);
  SuccessionWikidataOffice *oldest = NULL;

  for (guint i = 0; i < offices->len; i++)
    {
      SuccessionWikidataOffice *office = g_ptr_array_index (offices, i);

      if (oldest == NULL || succession_wikidata_office_get_age (office) > succession_wikidata_office_get_age (oldest))
        oldest = office;
    }
  if (oldest != NULL)
    {
      g_autofree char *fetched = g_date_time_format (succession_wikidata_office_get_fetched (oldest), "%Y-%m-%d %H:%M UTC");
      g_autofree char *age = succession_wikidata_format_age (succession_wikidata_office_get_age (oldest));

      /* Translators: under the Compare with Wikidata table: %u offices, when Wikidata gave the
       * oldest answer and how long ago ("3 days"). */
      g_string_append_printf (text, ngettext ("%u office compared; Wikidata as of %s (%s ago).", "%u offices compared; Wikidata as of %s (%s ago).", offices->len),
                              offices->len, fetched, age);
    }
  for (guint i = 0; i < offices->len; i++)
    {
      const char *notice = succession_wikidata_office_get_notice (g_ptr_array_index (offices, i));

      if (notice != NULL && strstr (text->str, notice) == NULL)
        g_string_append_printf (text, "\n%s", notice);
    }
  gtk_label_set_text (self->age_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->age_label), text->len > 0);
}

static void
on_compared (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SuccessionCompareDialog) self = user_data;
  g_autoptr(GPtrArray) offices = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;

  found = succession_wikidata_client_compare_finish (SUCCESSION_WIKIDATA_CLIENT (object), result, &offices, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && self->cancellable == NULL)
    return; /* the dialog closed */
  g_clear_object (&self->cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.again", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel", FALSE);

  if (found == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          adw_status_page_set_title (self->error_page, _ ("Comparison Stopped"));
          adw_status_page_set_description (self->error_page, _ ("Nothing was compared; the dataset is as it was."));
        }
      else
        {
          g_autofree char *sentence = succession_format_capitalize (error->message);
          g_autofree char *escaped = g_markup_escape_text (sentence, -1);

          adw_status_page_set_title (self->error_page, _ ("Could Not Compare"));
          adw_status_page_set_description (self->error_page, escaped);
        }
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  self->found = g_steal_pointer (&found);
  self->shown = gtk_filter_list_model_new (g_object_ref (self->found),
                                           GTK_FILTER (gtk_custom_filter_new (is_of_chosen_kind, self, NULL)));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->shown));
  show_age (self, offices);
  show_summary (self);
  show_details (self);

  if (g_list_model_get_n_items (self->found) == 0)
    {
      adw_status_page_set_description (self->agree_page,
                                       ngettext ("The office compared agrees with Wikidata, holder by holder and date by date.",
                                                 "The offices compared agree with Wikidata, holder by holder and date by date.",
                                                 offices->len));
      gtk_stack_set_visible_child_name (self->stack, "agree");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
    }
}

static void
on_progress (double   fraction,
             guint64  bytes,
             gpointer user_data)
{
  SuccessionCompareDialog *self = user_data;

  if (fraction < 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
start (SuccessionCompareDialog *self)
{
  const char *const *languages = g_get_language_names ();

  g_clear_object (&self->shown);
  g_clear_object (&self->found);
  gtk_single_selection_set_model (self->selection, NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->age_label), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.again", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export", FALSE);
  gtk_widget_set_sensitive (self->export_button, FALSE);

  self->cancellable = g_cancellable_new ();
  succession_wikidata_client_compare_async (self->client, self->dataset, languages[0], self->cancellable,
                                            on_progress, g_object_ref (self), g_object_unref,
                                            on_compared, g_object_ref (self));
}

static void
again_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  start (SUCCESSION_COMPARE_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SuccessionCompareDialog *self = SUCCESSION_COMPARE_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

typedef struct
{
  SuccessionCompareDialog *self;
  char                    *text;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->self);
  g_free (job->text);
  g_free (job);
}

static void
toast (SuccessionCompareDialog *self,
       const char              *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  ExportJob       *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *said = NULL;

      if (succession_file_write_bytes (file, job->text, strlen (job->text), NULL, &error))
        /* Translators: a toast; %s is a file name. */
        said = g_strdup_printf (_ ("Exported to “%s”"), name);
      else
        /* Translators: a toast; the first %s is a file name, the second says why. */
        said = g_strdup_printf (_ ("Could not export to “%s”: %s"), name, error->message);
      toast (job->self, said);
    }
  export_job_free (job);
  succession_native_dialog_release_later (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SuccessionCompareDialog *self = SUCCESSION_COMPARE_DIALOG (widget);
  gboolean                 csv = g_str_equal (g_variant_get_string (parameter, NULL), "csv");
  GtkFileChooserNative    *chooser;
  ExportJob               *job;

  if (self->shown == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0)
    return;

  job = g_new0 (ExportJob, 1);
  job->self = g_object_ref (self);
  job->text = csv ? succession_wikidata_disagreements_to_csv (G_LIST_MODEL (self->shown))
                  : succession_wikidata_disagreements_to_quickstatements (G_LIST_MODEL (self->shown));
  if (*job->text == '\0')
    {
      toast (self, _ ("None of the disagreements shown carries a value back to Wikidata"));
      export_job_free (job);
      return;
    }

  chooser = gtk_file_chooser_native_new (csv ? _ ("Export as CSV") : _ ("Export as QuickStatements"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     csv ? "wikidata-disagreements.csv" : "wikidata-quickstatements.txt");
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
fill_kinds (SuccessionCompareDialog *self)
{
  GtkStringList *kinds = gtk_string_list_new (NULL);

  /* Translators: the first choice of "Show" in Compare with Wikidata. */
  gtk_string_list_append (kinds, _ ("Every Kind"));
  for (guint kind = 0; kind < N_KINDS; kind++)
    gtk_string_list_append (kinds, succession_wikidata_disagreement_kind_get_label (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  g_object_unref (kinds);
}

static void
succession_compare_dialog_constructed (GObject *object)
{
  SuccessionCompareDialog *self = SUCCESSION_COMPARE_DIALOG (object);

  G_OBJECT_CLASS (succession_compare_dialog_parent_class)->constructed (object);
  g_return_if_fail (self->dataset != NULL);
  start (self);
}

static void
succession_compare_dialog_dispose (GObject *object)
{
  SuccessionCompareDialog *self = SUCCESSION_COMPARE_DIALOG (object);

  if (self->cancellable != NULL)
    {
      GCancellable *cancellable = g_steal_pointer (&self->cancellable);

      g_cancellable_cancel (cancellable);
      g_object_unref (cancellable);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_COMPARE_DIALOG);
  G_OBJECT_CLASS (succession_compare_dialog_parent_class)->dispose (object);
}

static void
succession_compare_dialog_finalize (GObject *object)
{
  SuccessionCompareDialog *self = SUCCESSION_COMPARE_DIALOG (object);

  g_clear_object (&self->shown);
  g_clear_object (&self->found);
  g_clear_object (&self->selection);
  g_clear_object (&self->client);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (succession_compare_dialog_parent_class)->finalize (object);
}

static void
succession_compare_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  SuccessionCompareDialog *self = SUCCESSION_COMPARE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_compare_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  SuccessionCompareDialog *self = SUCCESSION_COMPARE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_NAME_DISPLAY:
      self->name_display = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_compare_dialog_class_init (SuccessionCompareDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = succession_compare_dialog_constructed;
  object_class->dispose = succession_compare_dialog_dispose;
  object_class->finalize = succession_compare_dialog_finalize;
  object_class->get_property = succession_compare_dialog_get_property;
  object_class->set_property = succession_compare_dialog_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SUCCESSION_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/succession/Succession/ui/succession-compare-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, agree_page);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, details_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionCompareDialog, age_label);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "compare.again", NULL, again_action);
  gtk_widget_class_install_action (widget_class, "compare.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "compare.export", "s", export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "compare.again", NULL);
}

static void
succession_compare_dialog_init (SuccessionCompareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->client = succession_wikidata_client_new ();
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (show_details), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* Translators: a column of the Compare with Wikidata table. */
  add_column (self, COLUMN_OFFICE, C_ ("compare column", "Office"), TRUE);
  /* Translators: a column of the Compare with Wikidata table. */
  add_column (self, COLUMN_HOLDER, C_ ("compare column", "Holder"), TRUE);
  /* Translators: a column of the Compare with Wikidata table: the kind of disagreement. */
  add_column (self, COLUMN_KIND, C_ ("compare column", "Difference"), FALSE);
  /* Translators: a column of the Compare with Wikidata table: the dataset's value. */
  add_column (self, COLUMN_DATASET, C_ ("compare column", "In the Dataset"), FALSE);
  /* Translators: a column of the Compare with Wikidata table: Wikidata's value. */
  add_column (self, COLUMN_WIKIDATA, C_ ("compare column", "On Wikidata"), FALSE);
  succession_accessible_set_row_sentence (self->column_view, row_sentence, NULL);
  fill_kinds (self);
}

SuccessionCompareDialog *
succession_compare_dialog_new (GtkWindow            *parent,
                               SuccessionDataset    *dataset,
                               SuccessionNameDisplay name_display)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  return g_object_new (SUCCESSION_TYPE_COMPARE_DIALOG,
                       "transient-for", parent,
                       "dataset", dataset,
                       "name-display", name_display,
                       NULL);
}

GListModel *
succession_compare_dialog_get_shown (SuccessionCompareDialog *self)
{
  g_return_val_if_fail (SUCCESSION_IS_COMPARE_DIALOG (self), NULL);

  return self->shown != NULL ? G_LIST_MODEL (self->shown) : NULL;
}
