/* test-ui-edit.c — Edit Tenure…: a tenure corrected with its source, checked as typed, undone
 * and redone, saved as a copy of the bundled dataset and found again in the table, the chart and
 * the CSV export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "succession-chart-source.h"
#include "succession-holder-row.h"
#include "succession-office-page.h"
#include "succession-recovery.h"
#include "succession-record-editor.h"
#include "succession-test-files.h"
#include "succession-test-utils.h"
#include "succession-term.h"
#include "succession-format.h"
#include "succession-text.h"
#include "succession-window.h"

static SuccessionApplication *app;
static char                  *workdir;

static const char *
end_of (SuccessionWindow *window,
        const char       *tenure_id)
{
  static char       text[16];
  SuccessionTenure *tenure = succession_dataset_get_tenure (succession_window_get_dataset (window), tenure_id);
  g_autofree char  *iso = succession_date_to_iso (succession_tenure_get_end_date (tenure));

  g_strlcpy (text, iso, sizeof text);
  return text;
}

static gboolean
end_is (gpointer data)
{
  return g_str_equal (end_of (succession_test_main_window (app), "cppcc-sg-04"), data);
}

typedef struct
{
  SuccessionRecordEditor *editor;
  const char             *label_id;
  const char             *contains; /* NULL: the label is hidden */
} LabelShows;

static gboolean
label_shows (gpointer data)
{
  LabelShows *want = data;
  GtkWidget  *label = succession_test_find_child (GTK_WIDGET (want->editor), GTK_TYPE_LABEL, want->label_id);

  if (want->contains == NULL)
    return !gtk_widget_get_visible (label);
  return gtk_widget_get_visible (label) && strstr (gtk_label_get_text (GTK_LABEL (label)), want->contains) != NULL;
}

static gboolean
focus_in (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (data));

  return focus != NULL && (focus == data || gtk_widget_is_ancestor (focus, data));
}

static gboolean
cannot_apply (gpointer data)
{
  return !succession_test_can_apply (data);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
shows_file (gpointer path)
{
  SuccessionDataset *dataset = succession_window_get_dataset (succession_test_main_window (app));
  GFile             *file = dataset != NULL ? succession_dataset_get_file (dataset) : NULL;
  g_autofree char   *shown = file != NULL ? g_file_get_path (file) : NULL;

  return g_strcmp0 (shown, path) == 0;
}

/* The chart the office page draws (and prints) has the holder's bar end on @iso's day. */
static void
assert_chart_ends (SuccessionWindow *window,
                   const char       *iso)
{
  SuccessionOfficePage *page = SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
  SuccessionChartData  *data = succession_chart_source_get_chart_data (SUCCESSION_CHART_SOURCE (page));
  SuccessionDate        date = { 0 };
  gboolean              found = FALSE;

  g_assert_true (succession_date_parse (iso, FALSE, &date, NULL));
  for (guint r = 0; r < succession_chart_data_get_n_rows (data); r++)
    {
      SuccessionChartRow *row = succession_chart_data_get_row (data, r);

      for (guint l = 0; l < row->lanes->len; l++)
        {
          SuccessionChartLane *lane = g_ptr_array_index (row->lanes, l);

          for (guint i = 0; i < lane->items->len; i++)
            {
              SuccessionChartItem *item = &g_array_index (lane->items, SuccessionChartItem, i);

              if (g_strcmp0 (succession_tenure_get_id (item->tenure), "cppcc-sg-04") != 0)
                continue;
              g_assert_cmpfloat (item->end_hi, ==, (double) succession_date_get_latest (&date));
              found = TRUE;
            }
        }
    }
  g_assert_true (found);
}

/* Qi Yanming's end corrected with a new source: refused while it is before his start, applied
 * with its source, undone and redone, saved as a copy of the bundled dataset, and there when
 * the copy is opened again: in the table, the chart and the CSV export. */
static void
test_correct_save_reopen (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionRecordEditor *editor = succession_test_edit_tenure_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  g_autofree char        *saved = g_build_filename (workdir, "corrected.json", NULL);
  g_autofree char        *csv_path = g_build_filename (workdir, "qi-yanming.csv", NULL);
  g_autofree char        *csv = NULL;
  g_autofree char        *json = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (saved);
  LabelShows end_error = { editor, "errors_label", "before the start date" };
  LabelShows no_error = { editor, "errors_label", NULL };
  GtkWidget *end_entry;
  /* What the window showed before the edit, which it still shows after: the edit is made in it. */
  SuccessionDataset   *dataset = succession_window_get_dataset (window);
  SuccessionTenure    *tenure_before = succession_dataset_get_tenure (dataset, "cppcc-sg-04");
  SuccessionHolderRow *row_before = gtk_single_selection_get_selected_item (
    succession_office_page_get_selection (SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL))));

  g_assert_cmpstr (end_of (window, "cppcc-sg-04"), ==, "1978-10-21");
  g_assert_false (succession_test_says_unsaved (window));
  /* The keyboard starts in the end, the date most often corrected. */
  end_entry = succession_test_find_child (GTK_WIDGET (editor), GTK_TYPE_ENTRY, "end_entry");
  g_assert_true (succession_test_wait_until (focus_in, end_entry, 5000));
  succession_test_tab_through (GTK_WIDGET (editor), 40);

  /* An end before the start: said beside the dates, in words; Apply stays off. */
  succession_test_type_into (GTK_WIDGET (editor), "end_entry", "1977-01-01");
  succession_test_type_into (GTK_WIDGET (editor), "url_entry", "https://example.org/qi-yanming-obituary");
  g_assert_true (succession_test_wait_until (label_shows, &end_error, 10000));
  g_assert_true (gtk_widget_has_css_class (end_entry, "error"));
  g_assert_true (cannot_apply (editor));

  /* Not a date at all: said at once. */
  succession_test_type_into (GTK_WIDGET (editor), "end_entry", "1978-13");
  g_assert_true (succession_test_wait_until (label_shows, &(LabelShows){ editor, "errors_label", "is not a date" }, 5000));
  g_assert_true (cannot_apply (editor));

  /* A date that loads, with its source: Apply. */
  succession_test_type_into (GTK_WIDGET (editor), "end_entry", "1978-10-20");
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "Obituary of Qi Yanming");
  succession_test_type_into (GTK_WIDGET (editor), "publisher_entry", "A newspaper");
  succession_test_type_into (GTK_WIDGET (editor), "locator_entry", "“died on 20 October 1978”");
  succession_test_type_into (GTK_WIDGET (editor), "archive_entry", "https://web.archive.org/web/2026/https://example.org/qi-yanming-obituary");
  g_assert_true (succession_test_wait_until (label_shows, &no_error, 10000));
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  succession_test_wait_for_frame (GTK_WIDGET (editor));
  g_free (succession_test_screenshot (GTK_WIDGET (editor), "tenure-editor"));
  succession_test_screenshot_narrow_dark (GTK_WINDOW (editor), "tenure-editor-narrow-dark");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (succession_test_editor_gone, NULL, 5000));

  /* The window shows it at once, on the same page, and says it is not saved. */
  g_assert_true (succession_test_wait_until (end_is, (gpointer) "1978-10-20", 5000));
  g_assert_true (succession_test_says_unsaved (window));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "20 October 1978"));
  assert_chart_ends (window, "1978-10-20");
  {
    /* The row corrected is selected again: F2 corrects it once more. */
    SuccessionOfficePage *page = SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
    SuccessionHolderRow  *row = gtk_single_selection_get_selected_item (succession_office_page_get_selection (page));

    g_assert_cmpstr (succession_tenure_get_id (succession_holder_row_get_tenure (row)), ==, "cppcc-sg-04");
    g_assert_true (succession_window_get_dataset (window) == dataset);
    g_assert_true (succession_holder_row_get_tenure (row) == tenure_before);
    g_assert_true (row == row_before);
  }
  {
    SuccessionTenure *tenure = succession_dataset_get_tenure (succession_window_get_dataset (window), "cppcc-sg-04");
    SuccessionSource *first = g_ptr_array_index (succession_tenure_get_sources (tenure), 0);

    g_assert_cmpstr (succession_source_get_url (first), ==, "https://example.org/qi-yanming-obituary");
  }
  g_free (succession_test_screenshot (GTK_WIDGET (window), "tenure-corrected"));

  /* Undo and Redo, as the keyboard does them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (end_is, (gpointer) "1978-10-21", 5000));
  g_assert_false (succession_test_says_unsaved (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (succession_test_wait_until (end_is, (gpointer) "1978-10-20", 5000));
  g_assert_true (succession_test_says_unsaved (window));

  /* The bundled dataset is never written: Save asks where, and the window opens the copy. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  succession_test_save_in_chooser (saved);
  g_assert_true (succession_test_wait_until (file_exists, saved, 10000));
  g_assert_true (succession_test_wait_until (shows_file, saved, 10000));
  g_assert_false (succession_test_says_unsaved (window));
  g_assert_true (g_file_get_contents (saved, &json, NULL, NULL));
  g_assert_nonnull (strstr (json, "\"end_date\": \"1978-10-20\""));
  g_assert_nonnull (strstr (json, "\"url\": \"https://example.org/qi-yanming-obituary\""));

  /* Opened again from the disk: the table, the chart and the CSV export have the date and the
   * source. */
  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (shows_file, saved, 10000));
  g_assert_cmpstr (end_of (window, "cppcc-sg-04"), ==, "1978-10-20");
  {
    SuccessionTenure *tenure = succession_dataset_get_tenure (succession_window_get_dataset (window), "cppcc-sg-04");

    g_assert_cmpstr (succession_source_get_archive_url (g_ptr_array_index (succession_tenure_get_sources (tenure), 0)), ==,
                     "https://web.archive.org/web/2026/https://example.org/qi-yanming-obituary");
  }
  succession_test_show_office_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "20 October 1978"));
  assert_chart_ends (window, "1978-10-20");
  succession_test_export_to (window, "Holder table as CSV", csv_path);
  g_assert_true (succession_test_wait_until (file_exists, csv_path, 10000));
  succession_test_spin (200);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "1978-10-20"));
  g_assert_nonnull (strstr (csv, "https://example.org/qi-yanming-obituary"));
}

static gboolean
question_shown (gpointer data)
{
  return succession_test_message_shown ((gpointer) "Save Changes?");
}

/* A correction is a change like any other: closing the window asks first, and Cancel keeps it. */
static void
test_close_asks (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionRecordEditor *editor;
  AdwMessageDialog       *question;
  const char             *before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  editor = succession_test_edit_tenure_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  before = end_of (window, "cppcc-sg-04");
  g_assert_cmpstr (before, ==, "1978-10-21");
  succession_test_type_into (GTK_WIDGET (editor), "end_entry", "1978-10");
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A biography");
  /* Held as acting, with the dates. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (succession_test_find_child (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "kind_row")), 1);
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL);
  g_assert_true (succession_test_wait_until (end_is, (gpointer) "1978-10", 5000));

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (succession_test_wait_until (question_shown, NULL, 5000));
  question = succession_test_find_message ("Save Changes?");
  adw_message_dialog_response (question, "cancel");
  gtk_window_close (GTK_WINDOW (question));
  succession_test_spin (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (end_of (window, "cppcc-sg-04"), ==, "1978-10");
  g_assert_true (succession_test_says_unsaved (window));

  /* Undo brings back the dataset as its file has it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (end_is, (gpointer) "1978-10-21", 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

static GtkWidget *
find_button_with_action (GtkWidget  *root,
                         const char *action,
                         const char *target)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        {
          GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child));

          if (value != NULL && g_str_equal (g_variant_get_string (value, NULL), target))
            return child;
        }
      if ((found = find_button_with_action (child, action, target)) != NULL)
        return found;
    }
  return NULL;
}

/* A person's page corrects each of their tenures too, and stays on the person. */
static void
test_from_person_page (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionRecordEditor *editor;
  GtkWidget              *button;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-person", "s", "qi-yanming"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  button = find_button_with_action (GTK_WIDGET (window), "win.edit-tenure", "cppcc-sg-04");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Edit Tenure");
  gtk_widget_activate (button);
  g_assert_true (succession_test_wait_until (succession_test_editor_open, NULL, 5000));
  editor = SUCCESSION_RECORD_EDITOR (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  succession_test_type_into (GTK_WIDGET (editor), "end_entry", "1978-10");
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A biography");
  /* Held as acting, with the dates. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (succession_test_find_child (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "kind_row")), 1);
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (end_is, (gpointer) "1978-10", 5000));
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_PERSON);
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, "qi-yanming");
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "March 1978 – October 1978"));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "Secretary-General of the CPPCC National Committee (acting)"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (end_is, (gpointer) "1978-10-21", 5000));
}

static guint
n_tenures_of (SuccessionWindow *window,
              const char       *office)
{
  return succession_office_get_n_tenures (succession_dataset_get_office (succession_window_get_dataset (window), office));
}

static gboolean
office_has (gpointer data)
{
  return n_tenures_of (succession_test_main_window (app), "cppcc-secretary-general") == GPOINTER_TO_UINT (data);
}

/* Insert (or the + above the table) adds a tenure: the holder chosen by name, its dates and its
 * source; it is on the table and the chart at once, selected; Undo takes it away. */
static void
test_add_tenure (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionOfficePage   *page;
  SuccessionRecordEditor *editor;
  SuccessionHolderRow    *row;
  SuccessionTenure       *tenure;
  SuccessionDataset      *shown;
  guint                   before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = succession_test_show_office_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  before = n_tenures_of (window, "cppcc-secretary-general");
  shown = succession_window_get_dataset (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "office.add-tenure", NULL));
  g_assert_true (succession_test_wait_until (succession_test_editor_open, NULL, 5000));
  editor = SUCCESSION_RECORD_EDITOR (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  succession_test_wait_for_frame (GTK_WIDGET (editor));
  g_assert_true (succession_record_editor_select_holder (editor, "peng-zhen"));
  succession_test_type_into (GTK_WIDGET (editor), "start_entry", "1989");
  succession_test_type_into (GTK_WIDGET (editor), "end_entry", "1990");
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A yearbook");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  succession_test_wait_for_frame (GTK_WIDGET (editor));
  g_free (succession_test_screenshot (GTK_WIDGET (editor), "tenure-add"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (office_has, GUINT_TO_POINTER (before + 1), 5000));
  g_assert_true (succession_test_says_unsaved (window));
  /* Added to the dataset shown. */
  g_assert_true (succession_window_get_dataset (window) == shown);

  /* Selected on the table, named, and drawn on the chart. */
  page = SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
  row = gtk_single_selection_get_selected_item (succession_office_page_get_selection (page));
  g_assert_nonnull (row);
  tenure = succession_holder_row_get_tenure (row);
  g_assert_cmpstr (succession_person_get_id (succession_tenure_get_person (tenure)), ==, "peng-zhen");
  {
    g_autofree char     *start = succession_date_to_iso (succession_tenure_get_start_date (tenure));
    SuccessionChartData *data = succession_chart_source_get_chart_data (SUCCESSION_CHART_SOURCE (page));
    gboolean             found = FALSE;

    g_assert_cmpstr (start, ==, "1989");
    for (guint r = 0; r < succession_chart_data_get_n_rows (data); r++)
      {
        SuccessionChartRow *chart_row = succession_chart_data_get_row (data, r);

        for (guint l = 0; l < chart_row->lanes->len; l++)
          {
            SuccessionChartLane *lane = g_ptr_array_index (chart_row->lanes, l);

            for (guint i = 0; i < lane->items->len; i++)
              found |= g_array_index (lane->items, SuccessionChartItem, i).tenure == tenure;
          }
      }
    g_assert_true (found);
  }
  g_free (succession_test_screenshot (GTK_WIDGET (window), "tenure-added"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (office_has, GUINT_TO_POINTER (before), 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

static gboolean
tenure_gone (gpointer data)
{
  SuccessionDataset *dataset = succession_window_get_dataset (succession_test_main_window (app));

  return (succession_dataset_get_tenure (dataset, data) == NULL) == TRUE;
}

static gboolean
tenure_back (gpointer data)
{
  return !tenure_gone (data);
}

/* Delete removes the selected tenure at once; Undo brings it back, selected; Redo removes it again. */
static void
test_remove_undo (void)
{
  SuccessionWindow     *window = succession_test_main_window (app);
  SuccessionOfficePage *page;
  SuccessionHolderRow  *row;
  SuccessionTenure     *removed;
  guint                 n_tenures;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = succession_test_show_office_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  n_tenures = succession_office_get_n_tenures (succession_dataset_get_office (succession_window_get_dataset (window), "cppcc-secretary-general"));
  removed = succession_dataset_get_tenure (succession_window_get_dataset (window), "cppcc-sg-04");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "office.remove-tenure", NULL));
  g_assert_true (succession_test_wait_until (tenure_gone, (gpointer) "cppcc-sg-04", 10000));
  g_assert_true (succession_test_says_unsaved (window));
  g_assert_cmpuint (succession_office_get_n_tenures (succession_dataset_get_office (succession_window_get_dataset (window), "cppcc-secretary-general")),
                    ==, n_tenures - 1);
  /* The holder stays: only the tenure went. */
  g_assert_nonnull (succession_dataset_get_person (succession_window_get_dataset (window), "qi-yanming"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
  g_assert_null (succession_test_find_label_named (succession_test_find_child (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, "holders_view"), "Qi Yanming"));
  g_assert_nonnull (succession_test_find_label_named (succession_test_find_child (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, "holders_view"), "Liu Lantao"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (tenure_back, (gpointer) "cppcc-sg-04", 5000));
  g_assert_false (succession_test_says_unsaved (window));
  page = SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
  row = gtk_single_selection_get_selected_item (succession_office_page_get_selection (page));
  g_assert_cmpstr (succession_tenure_get_id (succession_holder_row_get_tenure (row)), ==, "cppcc-sg-04");
  /* Taken out of the dataset shown and put back: the same tenure. */
  g_assert_true (succession_holder_row_get_tenure (row) == removed);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_named (succession_test_find_child (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, "holders_view"), "Qi Yanming"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (succession_test_wait_until (tenure_gone, (gpointer) "cppcc-sg-04", 5000));
  g_assert_true (succession_test_says_unsaved (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (tenure_back, (gpointer) "cppcc-sg-04", 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

static gboolean
note_is (gpointer text)
{
  SuccessionTenure     *tenure = succession_dataset_get_tenure (succession_window_get_dataset (succession_test_main_window (app)), "cppcc-sg-04");
  const SuccessionText *note = succession_tenure_get_note (tenure);

  return note != NULL && g_strcmp0 (succession_text_get (note, "en"), text) == 0;
}

/* The note in the reader's language (English here) is edited in the same editor, and shows in
 * the table's row at once; Undo gives the old note back. (That other languages' notes stay is
 * the model's test, /tenure-change/note.) */
static void
test_edit_note (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionRecordEditor *editor;
  GtkTextView            *view;
  GtkTextBuffer          *buffer;
  GtkTextIter             start, end;
  g_autofree char        *shown = NULL;
  g_autofree char        *old_note = NULL;
  const char             *new_note = "Elected at the 5th committee's first session; the day of the vote is not stated.";
  SuccessionTenure       *tenure;
  SuccessionOfficePage   *page;
  g_autoptr(SuccessionHolderRow) row = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  tenure = succession_dataset_get_tenure (succession_window_get_dataset (window), "cppcc-sg-04");
  old_note = g_strdup (succession_text_get (succession_tenure_get_note (tenure), "en"));
  g_assert_nonnull (old_note);

  editor = succession_test_edit_tenure_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  view = GTK_TEXT_VIEW (succession_test_find_child (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, "note_view"));
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, old_note);
  /* An untouched note and a source are no change: nothing to apply. */
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A chronicle");
  succession_test_wait_for_frame (GTK_WIDGET (editor));
  g_assert_false (succession_test_can_apply (editor));

  gtk_text_buffer_set_text (buffer, new_note, -1);
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  /* The field in view, as Tab brings it. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  succession_test_wait_for_frame (GTK_WIDGET (editor));
  g_free (succession_test_screenshot (GTK_WIDGET (editor), "tenure-note"));
  succession_test_screenshot_narrow_dark (GTK_WINDOW (editor), "tenure-note-narrow-dark");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (note_is, (gpointer) new_note, 5000));
  tenure = succession_dataset_get_tenure (succession_window_get_dataset (window), "cppcc-sg-04");
  g_assert_cmpuint (succession_text_get_n (succession_tenure_get_note (tenure)), ==, 1);

  page = SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
  for (guint i = 0; row == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (succession_office_page_get_selection (page))); i++)
    {
      g_autoptr(SuccessionHolderRow) candidate = g_list_model_get_item (G_LIST_MODEL (succession_office_page_get_selection (page)), i);

      if (succession_holder_row_get_tenure (candidate) == tenure)
        row = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (row);
  g_assert_cmpstr (succession_holder_row_get_note (row), ==, new_note);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (note_is, old_note, 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

static void
collect_checks (GtkWidget *widget,
                GPtrArray *checks)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    g_ptr_array_add (checks, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_checks (child, checks);
}

static gboolean
revealed (gpointer revealer)
{
  return gtk_revealer_get_child_revealed (revealer);
}

static gboolean
terms_are (gpointer text)
{
  SuccessionTenure *tenure = succession_dataset_get_tenure (succession_window_get_dataset (succession_test_main_window (app)), "cppcc-sg-04");
  g_autofree char  *terms = succession_format_terms_plain (tenure);

  return g_strcmp0 (terms, text) == 0;
}

/* Which terms a tenure falls in: a check a term of its body, under Terms; the Term(s) column
 * follows; Undo gives the first terms back. */
static void
test_edit_terms (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionRecordEditor *editor;
  GtkWidget              *terms_row;
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkCheckButton *fifth = NULL, *sixth = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (terms_are ((gpointer) "5th"));
  editor = succession_test_edit_tenure_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  terms_row = succession_test_find_child (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, "terms_row");
  g_assert_nonnull (terms_row);
  g_assert_true (gtk_widget_get_visible (terms_row));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (terms_row)), ==, "5th");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (terms_row), TRUE);
  collect_checks (terms_row, checks);
  /* The fourteen terms of the CPPCC National Committee, the fifth checked. */
  g_assert_cmpuint (checks->len, ==, 14);
  for (guint i = 0; i < checks->len; i++)
    {
      SuccessionTerm *term = g_object_get_data (g_ptr_array_index (checks, i), "term");

      if (g_str_equal (succession_term_get_id (term), "cppcc-5"))
        fifth = g_ptr_array_index (checks, i);
      else if (g_str_equal (succession_term_get_id (term), "cppcc-6"))
        sixth = g_ptr_array_index (checks, i);
    }
  g_assert_true (gtk_check_button_get_active (fifth));
  g_assert_false (gtk_check_button_get_active (sixth));

  gtk_check_button_set_active (sixth, TRUE);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (terms_row)), ==, "5th, 6th");
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A chronicle");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (succession_test_wait_until (revealed, succession_test_find_child (terms_row, GTK_TYPE_REVEALER, NULL), 5000));
  gtk_widget_grab_focus (GTK_WIDGET (sixth));
  succession_test_wait_for_frame (GTK_WIDGET (editor));
  g_free (succession_test_screenshot (GTK_WIDGET (editor), "tenure-terms"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (terms_are, (gpointer) "5th, 6th", 5000));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_named (succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, "holders_view"), "5th, 6th"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (terms_are, (gpointer) "5th", 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

static gboolean
recovery_copy_ends (gpointer data)
{
  g_autoptr(GPtrArray) entries = succession_recovery_list ();
  g_autoptr(SuccessionDataset) copy = NULL;
  g_autofree char *end = NULL;

  if (entries->len != 1)
    return FALSE;
  copy = succession_recovery_load (g_ptr_array_index (entries, 0), NULL);
  if (copy == NULL)
    return FALSE;
  end = succession_date_to_iso (succession_tenure_get_end_date (succession_dataset_get_tenure (copy, "cppcc-sg-04")));
  return g_strcmp0 (end, data) == 0;
}

static gboolean
no_recovery_copy (gpointer data)
{
  g_autoptr(GPtrArray) entries = succession_recovery_list ();

  return entries->len == 0;
}

static void
correct_end (SuccessionWindow *window,
             const char       *end)
{
  SuccessionRecordEditor *editor = succession_test_edit_tenure_row (window, "cppcc-secretary-general", "cppcc-sg-04");

  succession_test_type_into (GTK_WIDGET (editor), "end_entry", end);
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A biography");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (end_is, (gpointer) end, 5000));
}

/* Nothing lost: a copy of the unsaved changes is kept a moment after each change; a window that
 * goes without a save or a discard (as when the process is killed) leaves it, and the next start
 * offers it back; discarding the changes removes it. */
static void
test_recovery (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  AdwMessageDialog *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (no_recovery_copy (NULL));
  correct_end (window, "1978-10-19");
  g_assert_true (succession_test_wait_until (recovery_copy_ends, (gpointer) "1978-10-19", 10000));
  /* A second change is copied too. */
  correct_end (window, "1978-10-18");
  g_assert_true (succession_test_wait_until (recovery_copy_ends, (gpointer) "1978-10-18", 10000));

  /* The window goes without being asked anything, as if the process had been killed. */
  gtk_window_destroy (GTK_WINDOW (window));
  succession_test_spin (100);
  g_assert_true (recovery_copy_ends ((gpointer) "1978-10-18"));

  /* The next window offers the changes back; restored, they are unsaved changes again. */
  window = succession_test_main_window (app);
  g_assert_cmpstr (end_of (window, "cppcc-sg-04"), ==, "1978-10-21");
  succession_window_offer_recovery (window);
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Restore Unsaved Changes?", 5000));
  question = succession_test_find_message ("Restore Unsaved Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "Officeholders of the NPC Standing Committee"));
  adw_message_dialog_response (question, "restore");
  gtk_window_close (GTK_WINDOW (question));
  g_assert_true (succession_test_wait_until (end_is, (gpointer) "1978-10-18", 5000));
  g_assert_true (succession_test_says_unsaved (window));
  g_assert_true (recovery_copy_ends ((gpointer) "1978-10-18"));

  /* Closing and discarding them lets the copy go. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (succession_test_wait_until (question_shown, NULL, 5000));
  question = succession_test_find_message ("Save Changes?");
  adw_message_dialog_response (question, "discard");
  gtk_window_close (GTK_WINDOW (question));
  g_assert_true (succession_test_wait_until (no_recovery_copy, NULL, 5000));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  workdir = g_dir_make_tmp ("succession-ui-edit-XXXXXX", NULL);
  /* Before anything asks GLib for the state folder: the copies of unsaved changes go here. */
  {
    g_autofree char *state = g_build_filename (workdir, "state", NULL);

    g_setenv ("XDG_STATE_HOME", state, TRUE);
  }
  app = succession_test_ui_init (&argc, &argv);
  g_assert_cmpint (g_chdir (workdir), ==, 0);

  g_test_add_func ("/ui/edit/correct-save-reopen", test_correct_save_reopen);
  g_test_add_func ("/ui/edit/close-asks", test_close_asks);
  g_test_add_func ("/ui/edit/from-person-page", test_from_person_page);
  g_test_add_func ("/ui/edit/remove-undo", test_remove_undo);
  g_test_add_func ("/ui/edit/add-tenure", test_add_tenure);
  g_test_add_func ("/ui/edit/note", test_edit_note);
  g_test_add_func ("/ui/edit/terms", test_edit_terms);
  g_test_add_func ("/ui/edit/recovery", test_recovery);

  ret = g_test_run ();
  g_clear_object (&app);
  /* Removed only now: GTK 4.8's file chooser leaks drawing a folder it has shown once files go. */
  succession_test_remove_tree (workdir);
  g_free (workdir);
  return ret;
}
