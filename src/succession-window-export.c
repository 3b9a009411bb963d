/* succession-window-export.c — Print… (Ctrl+P) and Export… (Ctrl+E)
 *
 * Print and export take what the window shows: the chart page's offices, or the office of an
 * office page (its chart, then its table). Exports are written in a thread and atomically
 * (succession-chart-export.c); a toast offers to open the file, a dialog says why one failed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "succession-chart-export.h"
#include "succession-chart-source.h"
#include "succession-print-operation.h"
#include "succession-window-private.h"
#include "succession-native-dialog.h"

/* What the window prints when no page names offices of its own. */
enum { EXPORT_PDF,
       EXPORT_SVG,
       EXPORT_PNG,
       EXPORT_CSV,
       EXPORT_DATASET };

typedef struct
{
  int                   kind;
  double                dpi;
  SuccessionChartData  *data;
  SuccessionOffice     *office;
  SuccessionDataset    *dataset;
  GFile                *file;
  char                 *dataset_title;
  SuccessionNameDisplay display;
  gboolean              letter; /* US Letter rather than A4 */
  gboolean              landscape;
  double                first_day; /* the range of a chart, NAN for its whole extent */
  double                last_day;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->data, succession_chart_data_unref);
  g_clear_object (&job->office);
  g_clear_object (&job->dataset);
  g_clear_object (&job->file);
  g_free (job->dataset_title);
  g_free (job);
}

/* The offices the window shows: the office page's one, the chart page's, or the default four. */
static GPtrArray *
current_offices (SuccessionWindow  *self,
                 SuccessionOffice **single)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);
  GPtrArray *offices;

  /* The page on screen says what its chart shows; a page with no chart (a person, a body, a
   * date) prints the Succession Chart. */
  if (page == NULL || !SUCCESSION_IS_CHART_SOURCE (page))
    {
      succession_window_sync_chart_page (self);
      page = GTK_WIDGET (self->chart_page);
    }
  offices = succession_chart_source_dup_chart_offices (SUCCESSION_CHART_SOURCE (page));
  *single = SUCCESSION_IS_OFFICE_PAGE (page) && offices->len == 1 ? g_ptr_array_index (offices, 0) : NULL;
  return offices;
}

/* The chart the page on screen shows, the very data its timeline draws. */
static SuccessionChartData *
current_chart_data (SuccessionWindow  *self,
                    SuccessionOffice **single)
{
  g_autoptr(GPtrArray) offices = current_offices (self, single);
  GtkWidget           *page = gtk_stack_get_visible_child (self->content_stack);
  SuccessionChartData *data;

  if (offices->len == 0)
    return NULL;
  if (page == NULL || !SUCCESSION_IS_CHART_SOURCE (page))
    page = GTK_WIDGET (self->chart_page);
  data = succession_chart_source_get_chart_data (SUCCESSION_CHART_SOURCE (page));
  return data != NULL ? succession_chart_data_ref (data) : succession_chart_data_new_today (offices, self->name_display);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  g_autoptr(SuccessionChartData) data = NULL;
  g_autoptr(SuccessionPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  SuccessionOffice *single;

  if (self->dataset == NULL || (data = current_chart_data (self, &single)) == NULL)
    return;

  operation = succession_print_operation_new (data, succession_dataset_get_title (self->dataset), self->settings);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (self), &error);
  if (error != NULL)
    succession_window_toast (self, error->message);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  SuccessionChartPageSetup setup;
  gboolean                 ok;

  if (!succession_export_check_target (job->dataset, job->file, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The table and the chart read the tenures themselves, which an edit may change meanwhile. */
  if (job->dataset != NULL)
    succession_dataset_lock_reading (job->dataset);
  switch (job->kind)
    {
    case EXPORT_CSV:
      ok = succession_export_table (job->office, job->display, SUCCESSION_CSV_NEUTRALIZE_FORMULAS,
                                    job->file, cancellable, &error);
      break;
    case EXPORT_DATASET:
      ok = succession_export_dataset (job->dataset, job->file, cancellable, &error);
      break;
    default:
      {
        double width = job->letter ? SUCCESSION_PAPER_LETTER_WIDTH : SUCCESSION_PAPER_A4_WIDTH;
        double height = job->letter ? SUCCESSION_PAPER_LETTER_HEIGHT : SUCCESSION_PAPER_A4_HEIGHT;

        if (job->landscape)
          succession_chart_page_setup_init (&setup, height, width);
        else
          succession_chart_page_setup_init (&setup, width, height);
      }
      setup.dataset_title = job->dataset_title;
      setup.display = job->display;
      setup.first_day = job->first_day;
      setup.last_day = job->last_day;
      ok = succession_export_chart (job->data, &setup,
                                    job->kind == EXPORT_SVG ? SUCCESSION_CHART_FORMAT_SVG : job->kind == EXPORT_PNG ? SUCCESSION_CHART_FORMAT_PNG
                                                                                                                    : SUCCESSION_CHART_FORMAT_PDF,
                                    job->dpi, job->file, cancellable, &error);
      break;
    }
  if (job->dataset != NULL)
    succession_dataset_unlock_reading (job->dataset);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (source);
  ExportJob        *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *uri = g_file_get_uri (job->file);
      /* The toast's title is markup; a file's name may hold "&". */
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      /* Translators: a toast after an export; %s is the file's name. */
      g_autofree char *text = g_strdup_printf (_ ("Exported to %s"), escaped);
      AdwToast        *toast = adw_toast_new (text);

      /* Translators: the button of the "Exported to …" toast. */
      adw_toast_set_button_label (toast, _ ("_Open"));
      adw_toast_set_action_name (toast, "win.open-export");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
      /* Translators: the title of a dialog; %s is a file's name. */
      adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _ ("Could Not Export to %s"), name);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  ExportJob *job = g_task_get_task_data (task);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      /* GTK 4's chooser has already asked before overwriting a file. */
      job->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_task_run_in_thread (task, export_thread);
    }
  succession_native_dialog_release_later (GTK_NATIVE_DIALOG (chooser));
}

/* The day a range entry stands for (its first, or for @end the day after its last), NAN when
 * empty; FALSE with a message in @error when it is not a date. */
static gboolean
range_day (GtkEditable *entry,
           gboolean     end,
           double      *day,
           GError     **error)
{
  const char    *text = gtk_editable_get_text (entry);
  SuccessionDate date;

  *day = NAN;
  if (*text == '\0')
    return TRUE;
  if (!succession_date_parse (text, FALSE, &date, error))
    return FALSE;
  *day = end ? succession_date_get_last_day (&date) + 1.0 : succession_date_get_first_day (&date);
  return TRUE;
}

static void
export_response (AdwMessageDialog *dialog,
                 const char       *response,
                 SuccessionWindow *self)
{
  GtkDropDown             *formats = g_object_get_data (G_OBJECT (dialog), "formats");
  GtkSpinButton           *dpi = g_object_get_data (G_OBJECT (dialog), "dpi");
  GtkDropDown             *offices_choice = g_object_get_data (G_OBJECT (dialog), "offices");
  GtkDropDown             *paper = g_object_get_data (G_OBJECT (dialog), "paper");
  GtkDropDown             *orientation = g_object_get_data (G_OBJECT (dialog), "orientation");
  static const char *const extensions[] = { "pdf", "svg", "png", "csv", "json" };
  g_autofree char         *suggested = NULL;
  GtkFileChooserNative    *chooser;
  SuccessionOffice        *single = NULL;
  ExportJob               *job;
  GTask                   *task;

  if (g_strcmp0 (response, "export") != 0 || self->dataset == NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->kind = (int) gtk_drop_down_get_selected (formats);
  job->dpi = gtk_spin_button_get_value (dpi);
  job->letter = gtk_drop_down_get_selected (paper) == 1;
  job->landscape = gtk_drop_down_get_selected (orientation) == 1;
  {
    g_autoptr(GError) range_error = NULL;

    if (!range_day (g_object_get_data (G_OBJECT (dialog), "from"), FALSE, &job->first_day, &range_error) ||
        !range_day (g_object_get_data (G_OBJECT (dialog), "to"), TRUE, &job->last_day, &range_error))
      {
        succession_window_toast (self, range_error->message);
        export_job_free (job);
        return;
      }
    if (!isnan (job->first_day) && !isnan (job->last_day) && job->last_day <= job->first_day)
      {
        succession_window_toast (self, _ ("The end of the range must come after its start"));
        export_job_free (job);
        return;
      }
  }
  job->display = self->name_display;
  job->dataset = g_object_ref (self->dataset);
  job->dataset_title = g_strdup (succession_dataset_get_title (self->dataset));
  job->data = current_chart_data (self, &single);
  if (single == NULL)
    {
      g_autoptr(GPtrArray) offices = current_offices (self, &single);

      single = offices->len > 0 ? g_ptr_array_index (offices, 0) : NULL;
    }
  /* A table is of the office the dialog names, never a silent first of several. */
  if (job->kind == EXPORT_CSV)
    {
      guint       chosen = gtk_drop_down_get_selected (offices_choice);
      GListModel *all = succession_dataset_get_offices (self->dataset);

      single = NULL;
      if (chosen != GTK_INVALID_LIST_POSITION && chosen < g_list_model_get_n_items (all))
        {
          g_autoptr(SuccessionOffice) office = g_list_model_get_item (all, chosen);

          job->office = g_object_ref (office);
        }
    }
  else
    job->office = single != NULL ? g_object_ref (single) : NULL;
  if ((job->kind == EXPORT_CSV && job->office == NULL) || (job->kind <= EXPORT_PNG && job->data == NULL))
    {
      export_job_free (job);
      return;
    }
  /* Empty pages are no chart: say so rather than write them. */
  if (job->kind <= EXPORT_PNG && (!isnan (job->first_day) || !isnan (job->last_day)) &&
      !succession_chart_data_has_items_between (job->data, job->first_day, job->last_day))
    {
      succession_window_toast (self, _ ("No tenure of these offices falls in that range"));
      export_job_free (job);
      return;
    }

  task = g_task_new (self, NULL, export_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  /* Translators: the title of the file chooser of Export…. */
  chooser = gtk_file_chooser_native_new (_ ("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  suggested = g_strdup_printf ("%s.%s",
                               job->kind == EXPORT_DATASET ? "succession-dataset" : job->office != NULL && job->kind == EXPORT_CSV ? succession_office_get_id (job->office)
                                                                                                                                   : "succession-chart",
                               extensions[job->kind]);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* A control with its visible label, which also names it to a screen reader. */
static GtkWidget *
labelled_row (const char *label_text,
              GtkWidget  *control)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), control);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), control);
  return row;
}

/* Only the options that apply to the chosen format are shown. */
static void
update_export_options (GtkDropDown *formats,
                       GParamSpec  *pspec,
                       GtkWidget   *dialog)
{
  guint kind = gtk_drop_down_get_selected (formats);

  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "offices-row"), kind == EXPORT_CSV);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "paper-row"), kind == EXPORT_PDF);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "orientation-row"), kind == EXPORT_PDF);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "dpi-row"), kind == EXPORT_PNG);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "from-row"), kind <= EXPORT_PNG);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "to-row"), kind <= EXPORT_PNG);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  const char *const formats[] = {
    /* Translators: formats in the Export… dialog. */
    _ ("Chart as PDF (pages to print)"),
    _ ("Chart as SVG (one picture)"),
    _ ("Chart as PNG (one picture)"),
    _ ("Holder table as CSV"),
    _ ("Whole dataset as Popolo JSON"),
    NULL
  };
  const char *const papers[] = {
    /* Translators: paper sizes in the Export… dialog. */
    _ ("A4"), _ ("US Letter"), NULL
  };
  const char *const orientations[] = {
    /* Translators: page orientations in the Export… dialog. */
    _ ("Portrait"), _ ("Landscape"), NULL
  };
  GtkWidget *dialog, *box, *dropdown, *dpi_row, *dpi, *offices_row, *offices_choice, *paper_row, *paper,
    *orientation_row, *orientation, *from, *to, *from_row, *to_row;
  g_autoptr(GtkStringList) office_names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) shown = NULL;
  SuccessionOffice *single = NULL;
  GListModel       *all;
  guint             preselect = 0;

  if (self->dataset == NULL)
    return;

  /* The offices of the dataset for a table; the one on screen first chosen. */
  shown = current_offices (self, &single);
  all = succession_dataset_get_offices (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (all, i);
      g_autofree char *name = succession_format_office_name (office, self->name_display);

      gtk_string_list_append (office_names, name);
      if (office == single)
        preselect = i;
    }

  /* Translators: the heading of the Export… dialog. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Export"), NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  dropdown = gtk_drop_down_new_from_strings (formats);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Format"), -1);
  offices_choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (office_names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (offices_choice), preselect);
  gtk_widget_set_size_request (offices_choice, 220, -1);
  /* Translators: the office whose holder table a CSV export writes. */
  offices_row = labelled_row (_ ("_Office"), offices_choice);
  paper = gtk_drop_down_new_from_strings (papers);
  /* Translators: the paper size of a PDF export. */
  paper_row = labelled_row (_ ("_Paper"), paper);
  orientation = gtk_drop_down_new_from_strings (orientations);
  /* Translators: the page orientation of a PDF export. */
  orientation_row = labelled_row (_ ("_Orientation"), orientation);
  dpi = gtk_spin_button_new_with_range (36, 1200, 12);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dpi), SUCCESSION_EXPORT_DEFAULT_DPI);
  /* Translators: the resolution of a PNG export, before a number. */
  dpi_row = labelled_row (_ ("PNG _resolution (dots per inch)"), dpi);
  from = gtk_entry_new ();
  to = gtk_entry_new ();
  /* Translators: what a range entry of the Export… dialog takes; left empty, the whole chart. */
  gtk_entry_set_placeholder_text (GTK_ENTRY (from), _ ("Year, month or day"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (to), _ ("Year, month or day"));
  gtk_editable_set_width_chars (GTK_EDITABLE (from), 14);
  gtk_editable_set_width_chars (GTK_EDITABLE (to), 14);
  /* Translators: the start of the range a chart export covers. */
  from_row = labelled_row (_ ("_From"), from);
  /* Translators: the end of the range a chart export covers. */
  to_row = labelled_row (_ ("_To"), to);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box), from_row);
  gtk_box_append (GTK_BOX (box), to_row);
  gtk_box_append (GTK_BOX (box), offices_row);
  gtk_box_append (GTK_BOX (box), paper_row);
  gtk_box_append (GTK_BOX (box), orientation_row);
  gtk_box_append (GTK_BOX (box), dpi_row);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_object_set_data (G_OBJECT (dialog), "formats", dropdown);
  g_object_set_data (G_OBJECT (dialog), "dpi", dpi);
  g_object_set_data (G_OBJECT (dialog), "offices", offices_choice);
  g_object_set_data (G_OBJECT (dialog), "paper", paper);
  g_object_set_data (G_OBJECT (dialog), "orientation", orientation);
  g_object_set_data (G_OBJECT (dialog), "offices-row", offices_row);
  g_object_set_data (G_OBJECT (dialog), "paper-row", paper_row);
  g_object_set_data (G_OBJECT (dialog), "orientation-row", orientation_row);
  g_object_set_data (G_OBJECT (dialog), "dpi-row", dpi_row);
  g_object_set_data (G_OBJECT (dialog), "from", from);
  g_object_set_data (G_OBJECT (dialog), "to", to);
  g_object_set_data (G_OBJECT (dialog), "from-row", from_row);
  g_object_set_data (G_OBJECT (dialog), "to-row", to_row);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (update_export_options), dialog);
  update_export_options (GTK_DROP_DOWN (dropdown), NULL, dialog);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "export", _ ("_Export…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  g_signal_connect (dialog, "response", G_CALLBACK (export_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (g_variant_get_string (parameter, NULL), NULL, &error))
    succession_window_toast (SUCCESSION_WINDOW (widget), error->message);
}

void
succession_window_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}
