/* test-ui-wikidata.c — Compare with Wikidata… and Open Office from Wikidata…, against a local server
 *
 * The server (succession-test-wikidata.c) answers like Wikidata from the fixtures; the window
 * opens a copy of the NPC Standing Committee's Secretaries-General with one deliberate
 * disagreement. The cache lives in a temporary XDG_CACHE_HOME. No network is used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "succession-application.h"
#include "succession-compare-dialog.h"
#include "succession-test-files.h"
#include "succession-test-utils.h"
#include "succession-test-wikidata.h"
#include "succession-timeline.h"
#include "succession-wikidata-dialog.h"
#include "succession-wikidata-disagreement.h"
#include "succession-window.h"

static SuccessionApplication *app;
static FakeWikidata          *fake;
static char                  *cache_home;
static char                  *workdir;

static gboolean
dataset_from (gpointer data)
{
  SuccessionDataset *dataset = succession_window_get_dataset (succession_test_main_window (app));

  return dataset != NULL && succession_dataset_get_file (dataset) != NULL &&
         g_file_equal (succession_dataset_get_file (dataset), data);
}

static SuccessionCompareDialog *
find_dialog (void)
{
  return (SuccessionCompareDialog *) succession_test_find_toplevel (SUCCESSION_TYPE_COMPARE_DIALOG);
}

/* The dialog shows its page @name ("results", "error", "agree", "progress"). */
static gboolean
dialog_shows (gpointer name)
{
  SuccessionCompareDialog *dialog = find_dialog ();
  GtkWidget               *stack = dialog != NULL ? succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_STACK, "stack") : NULL;

  return stack != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), name) == 0;
}

/* Whether a label under @root that is drawn (mapped) shows exactly @text; or, with @contains,
 * has it anywhere. */
static GtkWidget *
find_label_with (GtkWidget  *root,
                 const char *text,
                 gboolean    contains)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        {
          const char *shown = gtk_label_get_text (GTK_LABEL (child));

          if (contains ? strstr (shown, text) != NULL : g_str_equal (shown, text))
            return child;
        }
      if ((found = find_label_with (child, text, contains)) != NULL)
        return found;
    }
  return NULL;
}

static const char *
label_text (SuccessionCompareDialog *dialog,
            const char              *id)
{
  return gtk_label_get_text (GTK_LABEL (succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_LABEL, id)));
}

static SuccessionCompareDialog *
open_compare (SuccessionWindow *window,
              const char       *page)
{
  SuccessionCompareDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-wikidata", NULL);
  g_assert_true (succession_test_wait_until ((gboolean (*) (gpointer)) find_dialog, NULL, 5000));
  g_assert_true (succession_test_wait_until (dialog_shows, (gpointer) page, 20000));
  dialog = find_dialog ();
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  return dialog;
}

static void
close_dialog (SuccessionCompareDialog *dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
  succession_test_spin (100);
  g_assert_null (find_dialog ());
}

static void
open_fixture (SuccessionWindow *window)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "wikidata", "npcsc-sg-dataset.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_from, file, 10000));
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_disagreement (void)
{
  SuccessionWindow        *window = succession_test_main_window (app);
  SuccessionCompareDialog *dialog;
  GtkWidget               *view;
  GtkWidget               *kinds;
  g_autofree char         *csv_path = g_build_filename (workdir, "disagreements.csv", NULL);
  g_autofree char         *qs_path = g_build_filename (workdir, "corrections.txt", NULL);
  g_autofree char         *csv = NULL;
  g_autofree char         *qs = NULL;

  open_fixture (window);
  dialog = open_compare (window, "results");

  /* The one deliberate disagreement, a row of the table a user reads. */
  g_assert_cmpuint (g_list_model_get_n_items (succession_compare_dialog_get_shown (dialog)), ==, 1);
  view = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_COLUMN_VIEW, NULL);
  g_assert_nonnull (find_label_with (view, "Yang Zhenwu", FALSE));
  g_assert_nonnull (find_label_with (view, "Different start", FALSE));
  g_assert_nonnull (find_label_with (view, "2018-03-17", FALSE));
  g_assert_nonnull (find_label_with (view, "2018-03-18", FALSE));
  g_assert_nonnull (find_label_with (view, "Secretary-General of the Standing Committee of the National People's Congress", FALSE));
  g_assert_cmpstr (label_text (dialog, "summary_label"), ==, "1 disagreement");

  /* The row selected shows both sources and the line that carries the dataset's date back. */
  g_assert_nonnull (strstr (label_text (dialog, "details_label"),
                            "Dataset: 2018-03-17 — “14 vice-chairpersons elected for 13th NPC Standing Committee”."));
  g_assert_nonnull (strstr (label_text (dialog, "details_label"),
                            "Wikidata: 2018-03-18 — Xinhua News Agency, http://english.www.gov.cn/"));
  g_assert_nonnull (strstr (label_text (dialog, "details_label"),
                            "QuickStatements: Q900000112 P39 Q900000001 P580 +2018-03-17T00:00:00Z/11"));
  g_assert_true (g_str_has_prefix (label_text (dialog, "age_label"), "1 office compared; Wikidata as of "));
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "compare-wikidata"));

  /* Another kind: nothing of it, and nothing to export. */
  kinds = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, "kind_dropdown");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kinds), 1 + SUCCESSION_WIKIDATA_DISAGREEMENT_END);
  g_assert_cmpuint (g_list_model_get_n_items (succession_compare_dialog_get_shown (dialog)), ==, 0);
  g_assert_cmpstr (label_text (dialog, "summary_label"), ==, "0 of 1 disagreements");
  g_assert_false (gtk_widget_get_sensitive (succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON,
                                                                        "export_button")));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kinds), 1 + SUCCESSION_WIKIDATA_DISAGREEMENT_START);
  g_assert_cmpuint (g_list_model_get_n_items (succession_compare_dialog_get_shown (dialog)), ==, 1);
  g_assert_true (gtk_widget_get_sensitive (succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON,
                                                                       "export_button")));

  /* Exported as CSV and as QuickStatements, through the file chooser. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "compare.export", "s", "csv"));
  succession_test_save_in_chooser (csv_path);
  g_assert_true (succession_test_wait_until (file_exists, csv_path, 10000));
  csv = read_text (csv_path);
  g_assert_true (g_str_has_prefix (csv, "office_id,office_wikidata,person,"));
  g_assert_nonnull (strstr (csv, ",different-start,2018-03-17,2018-03-18,"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "compare.export", "s", "quickstatements"));
  succession_test_save_in_chooser (qs_path);
  g_assert_true (succession_test_wait_until (file_exists, qs_path, 10000));
  qs = read_text (qs_path);
  g_assert_true (g_str_has_prefix (qs, "Q900000112\tP39\tQ900000001\tP580\t+2018-03-17T00:00:00Z/11\tS854\t"));

  /* A row opens its holder's page in the window. */
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_PERSON);
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, "yang-zhenwu");
  close_dialog (dialog);
}

/* A bad answer: said, and the dataset left as it was; Try Again once the service is well. */
static void
test_bad_answer_then_again (void)
{
  SuccessionWindow        *window = succession_test_main_window (app);
  SuccessionDataset       *before = succession_window_get_dataset (window);
  SuccessionCompareDialog *dialog;
  AdwStatusPage           *error_page;

  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_HTML);
  dialog = open_compare (window, "error");
  error_page = ADW_STATUS_PAGE (succession_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, "error_page"));
  g_assert_cmpstr (adw_status_page_get_title (error_page), ==, "Could Not Compare");
  g_assert_nonnull (adw_status_page_get_description (error_page));
  g_assert_cmpstr (adw_status_page_get_description (error_page), !=, "");
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "compare-wikidata-error"));
  g_assert_true (succession_window_get_dataset (window) == before);

  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_OK);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "compare.again", NULL));
  g_assert_true (succession_test_wait_until (dialog_shows, (gpointer) "results", 20000));
  close_dialog (dialog);
}

/* Cancel while Wikidata does not answer: stopped, said so, and closing is clean. */
static void
test_cancel (void)
{
  SuccessionWindow        *window = succession_test_main_window (app);
  SuccessionCompareDialog *dialog;
  AdwStatusPage           *error_page;

  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_OFFICE, FAKE_WIKIDATA_SILENT);
  dialog = open_compare (window, "progress");
  succession_test_spin (300);
  g_assert_true (dialog_shows ((gpointer) "progress"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "compare.cancel", NULL));
  g_assert_true (succession_test_wait_until (dialog_shows, (gpointer) "error", 5000));
  error_page = ADW_STATUS_PAGE (succession_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, "error_page"));
  g_assert_cmpstr (adw_status_page_get_title (error_page), ==, "Comparison Stopped");

  /* Closed while asking: nothing answers into a closed dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "compare.again", NULL));
  g_assert_true (dialog_shows ((gpointer) "progress"));
  close_dialog (dialog);
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_OFFICE, FAKE_WIKIDATA_OK);
  succession_test_spin (200);
}

/* No network: the copy saved by the first comparison, and how old it is. */
static void
test_offline (void)
{
  SuccessionWindow        *window = succession_test_main_window (app);
  SuccessionCompareDialog *dialog;

  fake_wikidata_stop (fake);
  fake = NULL;
  dialog = open_compare (window, "results");
  g_assert_cmpuint (g_list_model_get_n_items (succession_compare_dialog_get_shown (dialog)), ==, 1);
  g_assert_nonnull (strstr (label_text (dialog, "age_label"), "Wikidata cannot be reached ("));
  g_assert_nonnull (strstr (label_text (dialog, "age_label"), "this is the copy saved "));
  close_dialog (dialog);
  fake = fake_wikidata_start ();
}

/* A dataset with no Wikidata id says so rather than asking. */
static void
test_no_ids (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autofree char  *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SuccessionCompareDialog *dialog;
  AdwStatusPage           *error_page;

  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_from, file, 10000));
  dialog = open_compare (window, "error");
  error_page = ADW_STATUS_PAGE (succession_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, "error_page"));
  g_assert_cmpstr (adw_status_page_get_title (error_page), ==, "Could Not Compare");
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page), "Wikidata id"));
  close_dialog (dialog);
}

/* ---- Open Office from Wikidata… ------------------------------------------------------------- */

static SuccessionWikidataDialog *
find_office_dialog (void)
{
  return (SuccessionWikidataDialog *) succession_test_find_toplevel (SUCCESSION_TYPE_WIKIDATA_DIALOG);
}

static gboolean
office_dialog_gone (gpointer data)
{
  return find_office_dialog () == NULL;
}

/* The office dialog's stack @id shows its page @name. */
static gboolean
office_dialog_shows (const char *id,
                     const char *name)
{
  SuccessionWikidataDialog *dialog = find_office_dialog ();
  GtkWidget                *stack = dialog != NULL ? succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_STACK, id) : NULL;

  return stack != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), name) == 0;
}

static gboolean
matches_shown (gpointer data)
{
  return office_dialog_shows ("results_stack", "matches");
}

static gboolean
office_page_shows (gpointer name)
{
  return office_dialog_shows ("stack", name);
}

/* Open Office from Wikidata…, "Add to …" set to @add, @text typed, until its matches show;
 * returns the first. */
static AdwActionRow *
search_office (SuccessionWindow *window,
               gboolean          add,
               const char       *text)
{
  SuccessionWikidataDialog *dialog;
  GtkWidget                *entry;
  GtkWidget                *list;
  GtkWidget                *add_switch;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-wikidata-office", NULL);
  g_assert_true (succession_test_wait_until ((gboolean (*) (gpointer)) find_office_dialog, NULL, 5000));
  dialog = find_office_dialog ();
  add_switch = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, "add_switch");
  /* It adds to the dataset shown unless told not to. */
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (add_switch)));
  gtk_switch_set_active (GTK_SWITCH (add_switch), add);
  entry = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, "search_entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_assert_true (succession_test_wait_until (matches_shown, NULL, 10000));
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  list = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, "matches_list");
  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
}

static gboolean
dataset_is_wikidata_office (gpointer data)
{
  SuccessionDataset *dataset = succession_window_get_dataset (succession_test_main_window (app));

  return dataset != NULL && dataset != data && succession_dataset_get_office (dataset, "Q900000001") != NULL;
}

static void
assert_office_shown (SuccessionWindow *window)
{
  SuccessionDataset  *dataset = succession_window_get_dataset (window);
  SuccessionOffice   *office = succession_dataset_get_office (dataset, "Q900000001");
  SuccessionTimeline *timeline;

  g_assert_cmpstr (succession_office_get_label (office), ==,
                   "Secretary-General of the Standing Committee of the National People's Congress");
  g_assert_cmpuint (succession_office_get_n_tenures (office), ==, 14);
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_OFFICE);
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, "Q900000001");
  /* Its chart: every holder with a start drawn. */
  timeline = succession_test_office_timeline (window, "Q900000001");
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (succession_timeline_get_n_visible_bars (timeline), >, 0);
}

static void
test_office_open_save_reopen (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autoptr(SuccessionDataset) before = g_object_ref (succession_window_get_dataset (window));
  g_autofree char *saved = g_build_filename (workdir, "office.json", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  AdwActionRow *first = search_office (window, FALSE, "Secretary-General of the Standing Committee");

  /* A match names the office, says what it is and which body it belongs to. */
  g_assert_nonnull (find_label_with (GTK_WIDGET (first),
                                     "Secretary-General of the Standing Committee of the National People's Congress", FALSE));
  g_assert_nonnull (find_label_with (GTK_WIDGET (first),
                                     "head of the General Office of the NPC Standing Committee · "
                                     "Standing Committee of the National People's Congress",
                                     FALSE));
  g_assert_nonnull (find_label_with (GTK_WIDGET (first), "Q900000001", FALSE));
  g_free (succession_test_screenshot (GTK_WIDGET (find_office_dialog ()), "wikidata-office-search"));

  gtk_widget_activate (GTK_WIDGET (first));
  g_assert_true (succession_test_wait_until (dataset_is_wikidata_office, before, 20000));
  g_assert_true (succession_test_wait_until (office_dialog_gone, NULL, 5000));
  assert_office_shown (window);
  g_free (succession_test_screenshot (GTK_WIDGET (window), "wikidata-office-opened"));

  /* Undo brings back the dataset it replaced. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-open", NULL));
  g_assert_true (succession_window_get_dataset (window) == before);

  /* Again, by its address this time; then saved as Popolo and opened from the file. */
  first = search_office (window, FALSE, "https://www.wikidata.org/wiki/Q900000001");
  gtk_widget_activate (GTK_WIDGET (first));
  g_assert_true (succession_test_wait_until (dataset_is_wikidata_office, before, 20000));
  succession_test_export_to (window, "Popolo JSON", saved);
  /* Written on a thread, to a temporary name moved into place: once there, it is whole. */
  g_assert_true (succession_test_wait_until (file_exists, saved, 10000));
  succession_window_open_file (window, saved_file, NULL);
  g_assert_true (succession_test_wait_until (dataset_from, saved_file, 10000));
  g_assert_true (succession_window_show_page (window, "office:Q900000001"));
  assert_office_shown (window);
}

/* A bad answer is said on the dialog; the dataset stays; back to the matches. Cancel, too. */
static void
test_office_bad_answer_and_cancel (void)
{
  SuccessionWindow         *window = succession_test_main_window (app);
  SuccessionDataset        *before = succession_window_get_dataset (window);
  SuccessionWikidataDialog *dialog;
  AdwStatusPage            *error_page;
  AdwActionRow             *first;

  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_MALFORMED);
  first = search_office (window, FALSE, "Secretary-General of the Standing Committee");
  dialog = find_office_dialog ();
  gtk_widget_activate (GTK_WIDGET (first));
  g_assert_true (succession_test_wait_until (office_page_shows, (gpointer) "error", 20000));
  error_page = ADW_STATUS_PAGE (succession_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, "error_page"));
  g_assert_cmpstr (adw_status_page_get_title (error_page), ==, "Could Not Fetch the Office");
  g_assert_cmpstr (adw_status_page_get_description (error_page), !=, "");
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "wikidata-office-error"));
  g_assert_true (succession_window_get_dataset (window) == before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "wikidata.back", NULL));
  g_assert_true (office_page_shows ((gpointer) "search"));
  g_assert_true (matches_shown (NULL));

  /* Cancel while Wikidata says nothing: back to the matches, nothing opened. */
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_OK);
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_OFFICE, FAKE_WIKIDATA_SILENT);
  gtk_widget_activate (GTK_WIDGET (first));
  g_assert_true (office_page_shows ((gpointer) "fetching"));
  succession_test_spin (300);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "wikidata.cancel", NULL));
  g_assert_true (succession_test_wait_until (office_page_shows, (gpointer) "search", 5000));
  g_assert_true (succession_window_get_dataset (window) == before);
  /* Escape: what was typed goes first, then the dialog. */
  {
    GtkWidget *entry = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY, "search_entry");

    g_signal_emit_by_name (entry, "stop-search");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
    g_assert_nonnull (find_office_dialog ());
    g_signal_emit_by_name (entry, "stop-search");
  }
  g_assert_true (succession_test_wait_until (office_dialog_gone, NULL, 5000));
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_OFFICE, FAKE_WIKIDATA_OK);
}

/* The header's line under the page title: the dataset's title, and whether it is saved. */
static const char *
header_subtitle (SuccessionWindow *window)
{
  GtkWidget *title = succession_test_find_child (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, "content_title");

  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

static gboolean
header_says_unsaved (gpointer data)
{
  return g_str_has_suffix (header_subtitle (succession_test_main_window (app)), "(unsaved)") == GPOINTER_TO_INT (data);
}

static char *
copy_of_small (const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autofree char *text = read_text (source);
  char            *path = g_build_filename (workdir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static gboolean
dataset_has_office (gpointer id)
{
  SuccessionDataset *dataset = succession_window_get_dataset (succession_test_main_window (app));

  return dataset != NULL && succession_dataset_get_office (dataset, id) != NULL;
}

/* Opens @path, adds the office from the local server to it, and returns the offices it had. */
static guint
open_and_add (SuccessionWindow *window,
              const char       *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint before;

  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_from, file, 10000));
  before = g_list_model_get_n_items (succession_dataset_get_offices (succession_window_get_dataset (window)));
  gtk_widget_activate (GTK_WIDGET (search_office (window, TRUE, "Secretary-General of the Standing Committee")));
  g_assert_true (succession_test_wait_until (dataset_has_office, (gpointer) "Q900000001", 20000));
  g_assert_true (succession_test_wait_until (office_dialog_gone, NULL, 5000));
  return before;
}

static gboolean
file_differs (gpointer data)
{
  const char *const *pair = data;
  g_autofree char   *now = NULL;

  return g_file_get_contents (pair[0], &now, NULL, NULL) && g_strcmp0 (now, pair[1]) != 0;
}

/* Added to the user's own file: shown at once, marked unsaved, the file untouched until Save;
 * saved in place, and there when the file is opened again. */
static void
test_office_add_save_reopen (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autofree char  *mine = copy_of_small ("mine.json");
  g_autofree char  *original = read_text (mine);
  g_autoptr(GFile) file = g_file_new_for_path (mine);
  const char        *pair[] = { mine, original };
  SuccessionDataset *dataset;
  guint              before = open_and_add (window, mine);

  dataset = succession_window_get_dataset (window);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_offices (dataset)), ==, before + 1);
  g_assert_true (g_file_equal (succession_dataset_get_file (dataset), file));
  g_assert_true (header_says_unsaved (GINT_TO_POINTER (TRUE)));
  assert_office_shown (window);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "wikidata-office-added"));
  {
    g_autofree char *now = read_text (mine);

    g_assert_cmpstr (now, ==, original);
  }

  /* Export never writes over it: Save does. */
  succession_test_export_to (window, "Popolo JSON", mine);
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Could Not Export", 10000));
  gtk_window_close (GTK_WINDOW (succession_test_find_message ("Could Not Export")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (succession_test_wait_until (file_differs, pair, 10000));
  g_assert_true (succession_test_wait_until (header_says_unsaved, GINT_TO_POINTER (FALSE), 5000));

  /* Opened again from the disk: the office and everything the file had. */
  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_has_office, (gpointer) "Q900000001", 10000));
  dataset = succession_window_get_dataset (window);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_offices (dataset)), ==, before + 1);
  g_assert_cmpuint (succession_office_get_n_tenures (succession_dataset_get_office (dataset, "Q900000001")), ==, 14);

  /* Added twice: refused, and said. */
  {
    SuccessionWikidataDialog *dialog;
    AdwStatusPage            *error_page;

    gtk_widget_activate (GTK_WIDGET (search_office (window, TRUE, "Secretary-General of the Standing Committee")));
    g_assert_true (succession_test_wait_until (office_page_shows, (gpointer) "error", 20000));
    dialog = find_office_dialog ();
    error_page = ADW_STATUS_PAGE (succession_test_find_child (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, "error_page"));
    g_assert_cmpstr (adw_status_page_get_title (error_page), ==, "Could Not Add the Office");
    g_assert_cmpstr (adw_status_page_get_description (error_page), ==, "The dataset already has this office (Q900000001)");
    gtk_window_close (GTK_WINDOW (dialog));
    g_assert_true (succession_test_wait_until (office_dialog_gone, NULL, 5000));
  }
}

static void
answer_question (const char *response)
{
  AdwMessageDialog *question;

  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Save Changes?", 5000));
  question = succession_test_find_message ("Save Changes?");
  adw_message_dialog_response (question, response);
  gtk_window_close (GTK_WINDOW (question));
}

/* Unsaved changes are never dropped without asking: Cancel keeps them, Discard lets them go and
 * leaves the file as it was, Save writes them and then does what was asked. */
static void
test_unsaved_question (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autofree char  *kept = copy_of_small ("kept.json");
  g_autofree char  *dropped = copy_of_small ("dropped.json");
  g_autofree char  *original = read_text (kept);
  g_autofree char  *other_path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);

  open_and_add (window, dropped);
  /* Opening another file: Cancel, and nothing changes. */
  succession_window_open_file (window, other, NULL);
  answer_question ("cancel");
  g_assert_true (dataset_has_office ((gpointer) "Q900000001"));
  g_assert_true (header_says_unsaved (GINT_TO_POINTER (TRUE)));
  /* Closing the window: Cancel, and the window stays. */
  gtk_window_close (GTK_WINDOW (window));
  answer_question ("cancel");
  g_assert_true (succession_test_main_window (app) == window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  /* Discard: the other file opens; this one is as it was. */
  succession_window_open_file (window, other, NULL);
  answer_question ("discard");
  g_assert_true (succession_test_wait_until (dataset_from, other, 10000));
  {
    g_autofree char *now = read_text (dropped);

    g_assert_cmpstr (now, ==, original);
  }

  /* Save: written, then the other file opens. */
  open_and_add (window, kept);
  succession_window_open_file (window, other, NULL);
  answer_question ("save");
  g_assert_true (succession_test_wait_until (dataset_from, other, 10000));
  {
    g_autofree char *now = read_text (kept);

    g_assert_cmpstr (now, !=, original);
    g_assert_nonnull (strstr (now, "\"Q900000001\""));
  }
}

static gboolean
label_shown (gpointer text)
{
  return find_label_with (GTK_WIDGET (succession_test_main_window (app)), text, TRUE) != NULL;
}

/* No network: the office opens from the copy saved when it was fetched, and the window says so. */
static void
test_office_offline (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autoptr(SuccessionDataset) before = g_object_ref (succession_window_get_dataset (window));

  fake_wikidata_stop (fake);
  fake = NULL;
  gtk_widget_activate (GTK_WIDGET (search_office (window, FALSE, "Secretary-General of the Standing Committee")));
  g_assert_true (succession_test_wait_until (dataset_is_wikidata_office, before, 20000));
  g_assert_true (succession_test_wait_until (label_shown, (gpointer) "this is the copy saved ", 10000));
  g_assert_true (label_shown ((gpointer) "Wikidata cannot be reached ("));
  fake = fake_wikidata_start ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* Before anything asks GLib for the cache folder. */
  cache_home = g_dir_make_tmp ("succession-ui-wikidata-cache-XXXXXX", NULL);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  workdir = g_dir_make_tmp ("succession-ui-wikidata-XXXXXX", NULL);
  app = succession_test_ui_init (&argc, &argv);
  g_assert_cmpint (g_chdir (workdir), ==, 0);
  fake = fake_wikidata_start ();

  g_test_add_func ("/ui/compare/disagreement", test_disagreement);
  g_test_add_func ("/ui/compare/bad-answer-then-again", test_bad_answer_then_again);
  g_test_add_func ("/ui/compare/cancel", test_cancel);
  g_test_add_func ("/ui/compare/offline", test_offline);
  g_test_add_func ("/ui/compare/no-ids", test_no_ids);
  g_test_add_func ("/ui/wikidata-office/open-save-reopen", test_office_open_save_reopen);
  g_test_add_func ("/ui/wikidata-office/bad-answer-and-cancel", test_office_bad_answer_and_cancel);
  g_test_add_func ("/ui/wikidata-office/add-save-reopen", test_office_add_save_reopen);
  g_test_add_func ("/ui/wikidata-office/unsaved-question", test_unsaved_question);
  g_test_add_func ("/ui/wikidata-office/offline", test_office_offline);

  ret = g_test_run ();
  g_clear_object (&app);
  /* The files the tests wrote go only now: GTK 4.8's file chooser leaks a few strings drawing a
   * folder it has shown once files are deleted from it. */
  fake_wikidata_stop (fake);
  succession_test_remove_tree (cache_home);
  succession_test_remove_tree (workdir);
  g_free (cache_home);
  g_free (workdir);
  return ret;
}
