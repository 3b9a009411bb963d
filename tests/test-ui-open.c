/* test-ui-open.c — opening files in the window: what is refused keeps the dataset on screen, a
 * long load shows its progress and can be cancelled, a dataset without offices says so and
 * the bundled dataset is always one menu item away, with Undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "succession-application.h"
#include "succession-model.h"
#include "succession-page-target.h"
#include "succession-test-utils.h"
#include "succession-window.h"

static SuccessionApplication *app;
static char                  *tmpdir;

static SuccessionWindow *
open_main_window (void)
{
  return succession_test_main_window (app);
}

static char *
write_temp (const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static gboolean
message_dialog_open (gpointer data)
{
  return succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
no_message_dialog (gpointer data)
{
  return !message_dialog_open (data);
}

static gboolean
dataset_changed (gpointer data)
{
  SuccessionWindow *window = data;

  return succession_window_get_dataset (window) != g_object_get_data (G_OBJECT (window), "before");
}

/* Opens @path and waits for the refusal; returns the dialog's body and closes it. */
static char *
open_refused (SuccessionWindow *window,
              const char       *path,
              const char       *screenshot)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SuccessionDataset *before = succession_window_get_dataset (window);
  AdwMessageDialog  *dialog;
  char              *body;

  succession_window_open_file (window, file, NULL);
  /* At once: a device or a pipe is refused, never read (it would never end). */
  g_assert_true (succession_test_wait_until (message_dialog_open, NULL, 10000));

  dialog = ADW_MESSAGE_DIALOG (succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Dataset");
  body = g_strdup (adw_message_dialog_get_body (dialog));
  if (screenshot != NULL)
    {
      succession_test_wait_for_frame (GTK_WIDGET (dialog));
      g_free (succession_test_screenshot (GTK_WIDGET (dialog), screenshot));
    }

  /* The dataset on screen stays. */
  g_assert_true (succession_window_get_dataset (window) == before);

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (succession_test_wait_until (no_message_dialog, NULL, 5000));
  return body;
}

static void
test_open_refused (void)
{
  SuccessionWindow *window = open_main_window ();
  g_autofree char  *fifo = g_build_filename (tmpdir, "pipe.json", NULL);
  g_autofree char  *bad = write_temp ("bad.json", "{'persons': []}", -1);
  g_autofree char  *foo = write_temp ("foo.json", "{\"foo\": 1}", -1);
  g_autofree char  *body = NULL;

  g_assert_nonnull (succession_window_get_dataset (window));

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  body = open_refused (window, fifo, "open-refused-fifo");
  g_assert_nonnull (strstr (body, "named pipe"));
  g_clear_pointer (&body, g_free);

  body = open_refused (window, "/dev/zero", NULL);
  g_assert_nonnull (strstr (body, "is a device"));
  g_clear_pointer (&body, g_free);

  body = open_refused (window, tmpdir, NULL);
  g_assert_nonnull (strstr (body, "is a folder"));
  g_clear_pointer (&body, g_free);

  g_free (open_refused (window, bad, NULL));
  g_free (open_refused (window, foo, "open-refused-not-popolo"));
  g_unlink (fifo);
}

static const char *
visible_page (SuccessionWindow *window)
{
  GtkStack *stack = GTK_STACK (succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_STACK, "content_stack"));

  return gtk_stack_get_visible_child_name (stack);
}

static void
test_open_no_offices (void)
{
  SuccessionWindow *window = open_main_window ();
  g_autofree char  *path = write_temp ("people.json",
                                       "{ \"persons\": [ { \"id\": \"peng-zhen\", \"name\": \"Peng Zhen\" } ] }", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char   *before_bytes = NULL;
  g_autofree char   *after_bytes = NULL;
  SuccessionDataset *people;
  AdwStatusPage     *status;

  g_file_get_contents (path, &before_bytes, NULL, NULL);
  g_object_set_data (G_OBJECT (window), "before", succession_window_get_dataset (window));
  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_changed, window, 10000));

  /* Not a blank window: a status page says why, and offers the way back. */
  people = succession_window_get_dataset (window);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_offices (people)), ==, 0);
  g_assert_cmpstr (visible_page (window), ==, "no-offices");
  status = ADW_STATUS_PAGE (succession_test_find_child (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, "no_offices_page"));
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Offices in This Dataset");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "people.json"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "open-no-offices"));

  /* Back to the bundled dataset, and Undo brings the file's dataset back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  g_assert_null (succession_dataset_get_file (succession_window_get_dataset (window)));
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_offices (succession_window_get_dataset (window))), >, 0);
  g_assert_cmpstr (visible_page (window), !=, "no-offices");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-open", NULL));
  g_assert_true (succession_window_get_dataset (window) == people);
  g_assert_cmpstr (visible_page (window), ==, "no-offices");

  /* The menu item works from any dataset, again and again; the user's file is never touched. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  g_assert_null (succession_dataset_get_file (succession_window_get_dataset (window)));
  g_file_get_contents (path, &after_bytes, NULL, NULL);
  g_assert_cmpstr (after_bytes, ==, before_bytes);
}

static gboolean
has_label_starting (GtkWidget  *root,
                    const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), prefix)) ||
        has_label_starting (child, prefix))
      return TRUE;
  return FALSE;
}

static gboolean
no_such_page_said (gpointer data)
{
  return has_label_starting (data, "This dataset has no page “office:npcsc-secretary-general”");
}

static char *
shown_key (SuccessionWindow *window)
{
  return succession_page_target_to_key (succession_window_get_target (window));
}

/* A file opened on a page (the command line's --page) shows that page once it has loaded; a
 * page the file lacks leaves the window on the page it shows and says so. */
static void
test_open_on_page (void)
{
  SuccessionWindow *window = open_main_window ();
  g_autofree char  *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SuccessionPageTarget) person = succession_page_target_parse ("person:ji-pengfei");
  g_autoptr(SuccessionPageTarget) missing = succession_page_target_parse ("office:npcsc-secretary-general");
  g_autofree char *key = NULL;

  g_assert_true (succession_window_show_page (window, "chart"));
  g_object_set_data (G_OBJECT (window), "before", succession_window_get_dataset (window));
  succession_window_open_file (window, file, person);
  g_assert_true (succession_test_wait_until (dataset_changed, window, 10000));
  key = shown_key (window);
  g_assert_cmpstr (key, ==, "person:ji-pengfei");
  g_clear_pointer (&key, g_free);

  /* Asked for while the window shows this dataset. */
  g_assert_false (no_such_page_said (window));
  succession_window_show_requested (window, missing);
  key = shown_key (window);
  g_assert_cmpstr (key, ==, "person:ji-pengfei");
  g_clear_pointer (&key, g_free);
  g_assert_true (succession_test_wait_until (no_such_page_said, window, 5000));

  /* Asked for with a file that lacks it: the file opens on its last page. */
  g_object_set_data (G_OBJECT (window), "before", succession_window_get_dataset (window));
  succession_window_open_file (window, file, missing);
  g_assert_true (succession_test_wait_until (dataset_changed, window, 10000));
  key = shown_key (window);
  g_assert_cmpstr (key, ==, "person:ji-pengfei");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
}

/* A dataset large enough that loading it takes longer than a moment. */
static char *
write_large_dataset (guint n_tenures)
{
  g_autoptr(GString) json = g_string_new ("{\n \"organizations\": [ { \"id\": \"o\", \"name\": \"Body\" } ],\n"
                                           " \"posts\": [ { \"id\": \"p\", \"label\": \"Member\", \"organization_id\": \"o\" } ],\n"
                                           " \"persons\": [");

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (json, "%s\n  { \"id\": \"person-%u\", \"name\": \"Person %u\" }", i > 0 ? "," : "", i, i);
  g_string_append (json, "\n ],\n \"memberships\": [");
  for (guint i = 0; i < n_tenures; i++)
    g_string_append_printf (json, "%s\n  { \"id\": \"m%u\", \"person_id\": \"person-%u\", \"post_id\": \"p\","
                                  " \"start_date\": \"%u-01-01\", \"end_date\": \"%u-12-31\","
                                  " \"sources\": [ { \"url\": \"https://example.org/%u\", \"title\": \"A source\" } ] }",
                            i > 0 ? "," : "", i, i % 1000, 1000 + i % 8000, 1000 + i % 8000, i);
  g_string_append (json, "\n ]\n}\n");

  return write_temp ("large.json", json->str, (gssize) json->len);
}

static gboolean
load_revealed (gpointer data)
{
  GtkRevealer *revealer = data;

  return gtk_revealer_get_reveal_child (revealer);
}

static void
test_open_cancel (void)
{
  SuccessionWindow *window = open_main_window ();
  g_autofree char  *path = write_large_dataset (400000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SuccessionDataset *before = succession_window_get_dataset (window);
  GtkRevealer       *revealer;
  GtkLabel          *label;

  revealer = GTK_REVEALER (succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_REVEALER, "load_revealer"));
  label = GTK_LABEL (succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_LABEL, "load_label"));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  succession_window_open_file (window, file, NULL);
  /* The window answers while the file loads: its main loop runs until the progress shows. */
  g_assert_true (succession_test_wait_until (load_revealed, revealer, 20000));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Opening “large.json”…");
  succession_test_spin (300);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "open-progress"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* Whatever the worker was doing, the dataset on screen stays and nothing else is said. */
  succession_test_spin (3000);
  g_assert_true (succession_window_get_dataset (window) == before);
  g_assert_null (succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  app = succession_test_ui_init (&argc, &argv);
  tmpdir = g_dir_make_tmp ("succession-open-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/open/refused", test_open_refused);
  g_test_add_func ("/ui/open/no-offices", test_open_no_offices);
  g_test_add_func ("/ui/open/on-page", test_open_on_page);
  g_test_add_func ("/ui/open/cancel", test_open_cancel);

  ret = g_test_run ();
  g_clear_object (&app);
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);
        g_unlink (path);
      }
  }
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return ret;
}
