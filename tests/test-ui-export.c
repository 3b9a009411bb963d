/* test-ui-export.c — Export… from the window: the open dataset is never overwritten
 *
 * Drives the real dialogs as a user does: Export…, the format, the file chooser (and its
 * question before replacing a file), then the dialog that says why an export was refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "succession-application.h"
#include "succession-i18n.h"
#include "succession-test-files.h"
#include "succession-test-utils.h"
#include "succession-window.h"

static SuccessionApplication *app;

static gboolean
dataset_from (gpointer data)
{
  SuccessionWindow  *window = succession_test_main_window (app);
  SuccessionDataset *dataset = succession_window_get_dataset (window);

  return dataset != NULL && succession_dataset_get_file (dataset) != NULL &&
         g_file_equal (succession_dataset_get_file (dataset), data);
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
export_dataset_to (SuccessionWindow *window,
                   const char       *path)
{
  succession_test_export_to (window, "Popolo JSON", path);
}

static void
test_open_dataset_not_overwritten (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autofree char  *source = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autofree char  *dir = g_dir_make_tmp ("succession-ui-export-XXXXXX", NULL);
  g_autofree char  *mine = g_build_filename (dir, "mine.json", NULL);
  g_autofree char  *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char  *copy = g_build_filename (dir, "copy.json", NULL);
  g_autofree char  *original = succession_test_read_file (source);
  g_autoptr(GFile) file = g_file_new_for_path (mine);
  const char *targets[] = { mine, link };

  g_assert_true (g_file_set_contents (mine, original, -1, NULL));
  g_assert_cmpint (symlink ("mine.json", link), ==, 0);
  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_from, file, 10000));

  /* The file that is open, by its own name or through a link: refused, and said why. */
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      AdwMessageDialog *refusal;
      g_autofree char  *contents = NULL;

      export_dataset_to (window, targets[i]);
      g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Could Not Export", 10000));
      refusal = succession_test_find_message ("Could Not Export");
      g_assert_nonnull (strstr (adw_message_dialog_get_body (refusal), "dataset that is open"));
      succession_test_wait_for_frame (GTK_WIDGET (refusal));
      if (i == 0)
        g_free (succession_test_screenshot (GTK_WIDGET (refusal), "export-refused"));
      gtk_window_close (GTK_WINDOW (refusal));

      contents = succession_test_read_file (mine);
      g_assert_cmpstr (contents, ==, original);
      g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
    }

  /* Another file is written, with nothing left beside it. */
  export_dataset_to (window, copy);
  g_assert_true (succession_test_wait_until (file_exists, copy, 10000));
  {
    g_autofree char *listing = succession_test_list_dir (dir);

    g_assert_cmpstr (listing, ==, "copy.json link.json mine.json");
  }
}

/* The words of the PDF at @path, once it is written whole. */
static char *
pdf_text (const char *path)
{
  char *argv[] = { (char *) "pdftotext", (char *) path, (char *) "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int   status = 0;

  g_assert_true (succession_test_wait_until (file_exists, (gpointer) path, 10000));
  /* Written to a temporary name and moved into place: once it exists, it is whole. */
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

/* A dataset of the user's own, whose offices share no id with the bundled one: the chart that
 * is exported is the one on screen, the office page's office or the Succession Chart's. */
static void
test_export_follows_page (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autofree char  *source = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autofree char  *dir = g_dir_make_tmp ("succession-ui-export-XXXXXX", NULL);
  g_autofree char  *office_pdf = g_build_filename (dir, "office.pdf", NULL);
  g_autofree char  *person_pdf = g_build_filename (dir, "person.pdf", NULL);
  g_autofree char  *office_text = NULL;
  g_autofree char  *person_text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (source);

  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_from, file, 10000));

  /* On the Secretary-General's page: that office alone. */
  g_assert_true (succession_window_show_page (window, "office:sg"));
  succession_test_export_to (window, "Chart as PDF", office_pdf);
  office_text = pdf_text (office_pdf);
  g_assert_nonnull (strstr (office_text, "Secretary-General"));
  g_assert_nonnull (strstr (office_text, "Wang Hanbin"));
  g_assert_null (strstr (office_text, "Chairperson"));

  /* On a person's page, which has no chart: the Succession Chart, of this dataset's offices. */
  g_assert_true (succession_window_show_page (window, "person:peng-zhen"));
  succession_test_export_to (window, "Chart as PDF", person_pdf);
  person_text = pdf_text (person_pdf);
  g_assert_nonnull (strstr (person_text, "Chairperson"));
  g_assert_nonnull (strstr (person_text, "Secretary-General"));
  g_assert_null (strstr (person_text, "CPPCC"));
}

/* The label with @text in @root, or NULL. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
option_shown (AdwMessageDialog *dialog,
              const char       *label)
{
  GtkWidget *widget = find_label (GTK_WIDGET (dialog), label);

  g_assert_nonnull (widget);
  return gtk_widget_is_visible (widget);
}

/* Export… shows the options of the chosen format only, and a table names its office. */
static void
test_export_options (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  AdwMessageDialog *dialog;
  GtkWidget        *formats, *office_choice;
  GtkStringObject  *chosen;

  g_assert_true (succession_window_show_page (window, "office:npcsc-secretary-general"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Export", 5000));
  dialog = succession_test_find_message ("Export");
  formats = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, NULL);

  /* PDF: paper and orientation; no resolution, no office. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (formats), 0);
  g_assert_true (option_shown (dialog, "Paper"));
  g_assert_true (option_shown (dialog, "Orientation"));
  g_assert_true (option_shown (dialog, "From"));
  g_assert_true (option_shown (dialog, "To"));
  g_assert_false (option_shown (dialog, "PNG resolution (dots per inch)"));
  g_assert_false (option_shown (dialog, "Office"));
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "export-options-pdf"));

  /* PNG: the resolution only. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (formats), 2);
  g_assert_true (option_shown (dialog, "PNG resolution (dots per inch)"));
  g_assert_false (option_shown (dialog, "Paper"));

  /* CSV: the office, the one on screen chosen. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (formats), 3);
  g_assert_true (option_shown (dialog, "Office"));
  g_assert_false (option_shown (dialog, "PNG resolution (dots per inch)"));
  g_assert_false (option_shown (dialog, "From"));
  /* The drop-down beside its label. */
  office_choice = gtk_widget_get_next_sibling (find_label (GTK_WIDGET (dialog), "Office"));
  g_assert_true (GTK_IS_DROP_DOWN (office_choice));
  chosen = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (office_choice));
  g_assert_cmpstr (gtk_string_object_get_string (chosen), ==,
                   "Secretary-General of the Standing Committee of the National People's Congress");
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "export-options-csv"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));

  /* A range with no tenure writes nothing: no file is asked for. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Export", 5000));
  dialog = succession_test_find_message ("Export");
  formats = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (formats), 0);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (find_label (GTK_WIDGET (dialog), "From"))), "1800");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (find_label (GTK_WIDGET (dialog), "To"))), "1900");
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "export-options-range"));
  adw_message_dialog_response (dialog, "export");
  gtk_window_close (GTK_WINDOW (dialog));
  succession_test_spin (500);
  g_assert_null (succession_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *workdir = g_dir_make_tmp ("succession-ui-export-cwd-XXXXXX", NULL);
  int              ret;

  app = succession_test_ui_init (&argc, &argv);
  /* The chooser opens in the current folder: a scratch one, never the source tree. */
  g_assert_cmpint (g_chdir (workdir), ==, 0);

  /* On the bundled dataset first: the next test opens a file of its own. */
  g_test_add_func ("/ui/export/options", test_export_options);
  g_test_add_func ("/ui/export/open-dataset-not-overwritten", test_open_dataset_not_overwritten);
  g_test_add_func ("/ui/export/follows-page", test_export_follows_page);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
