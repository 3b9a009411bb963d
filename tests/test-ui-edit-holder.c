/* test-ui-edit-holder.c — a tenure's holder changed in the editor: the table, On a Date and the
 * sidebar's line for the office follow at once, and again after Undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-date-answer-row.h"
#include "succession-date-page.h"
#include "succession-record-editor.h"
#include "succession-test-utils.h"
#include "succession-window.h"

static SuccessionApplication *app;

static gboolean
holder_is (gpointer person_id)
{
  SuccessionTenure *tenure = succession_dataset_get_tenure (succession_window_get_dataset (succession_test_main_window (app)), "cppcc-sg-04");
  SuccessionPerson *person = succession_tenure_get_person (tenure);

  return g_strcmp0 (person != NULL ? succession_person_get_id (person) : NULL, person_id) == 0;
}

/* Another holder for a tenure: chosen by name in the same editor, on the table at once; nobody
 * makes it a vacancy; Undo gives the first holder back. */
/* Who On a Date says held the CPPCC's Secretary-General office in June 1978. */
static const char *
secretary_general_in_1978 (SuccessionWindow *window)
{
  GtkWidget *date_page;
  GtkWidget *row;

  g_assert_true (succession_window_show_page (window, "date"));
  date_page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_DATE_PAGE, NULL);
  succession_date_page_set_date (SUCCESSION_DATE_PAGE (date_page), "1978-06-01");
  succession_test_wait_for_frame (date_page);
  row = succession_test_date_answer (date_page, "Secretary-General of the CPPCC");
  g_assert_nonnull (row);
  return succession_date_answer_row_get_subtitle (SUCCESSION_DATE_ANSWER_ROW (row));
}

static void
test_change_holder (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionRecordEditor *editor;
  GtkWidget              *table;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  /* On a Date, built and answered before the edit, answers again after it. */
  g_assert_nonnull (strstr (secretary_general_in_1978 (window), "Qi Yanming"));
  editor = succession_test_edit_tenure_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  g_assert_true (succession_record_editor_select_holder (editor, "liu-lantao"));
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A yearbook");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (holder_is, (gpointer) "liu-lantao", 5000));
  g_assert_true (succession_test_says_unsaved (window));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  table = succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, "holders_view");
  g_assert_null (succession_test_find_label_named (table, "Qi Yanming"));
  g_assert_nonnull (strstr (secretary_general_in_1978 (window), "Liu Lantao"));
  g_assert_null (strstr (secretary_general_in_1978 (window), "Qi Yanming"));

  editor = succession_test_edit_tenure_row (window, "cppcc-secretary-general", "cppcc-sg-04");
  g_assert_true (succession_record_editor_select_holder (editor, NULL));
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A yearbook");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (holder_is, NULL, 5000));
  g_assert_cmpint (succession_tenure_get_kind (succession_dataset_get_tenure (succession_window_get_dataset (window), "cppcc-sg-04")), ==,
                   SUCCESSION_TENURE_KIND_VACANCY);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (holder_is, (gpointer) "liu-lantao", 5000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (holder_is, (gpointer) "qi-yanming", 5000));
  g_assert_false (succession_test_says_unsaved (window));
  g_assert_nonnull (strstr (secretary_general_in_1978 (window), "Qi Yanming"));
}

static gboolean
sidebar_shows (gpointer text)
{
  return succession_test_sidebar_shows (GTK_WIDGET (succession_test_main_window (app)), text);
}

/* The holder today corrected: the sidebar's line for the office, which names them, says so at
 * once, and again after Undo. */
static void
test_current_holder (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionRecordEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_show_office_row (window, "cppcc-secretary-general", "cppcc-sg-15");
  g_assert_true (succession_test_wait_until (sidebar_shows, (gpointer) "Wang Dongfeng", 5000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-tenure", "s", "cppcc-sg-15"));
  g_assert_true (succession_test_wait_until (succession_test_editor_open, NULL, 5000));
  editor = SUCCESSION_RECORD_EDITOR (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  g_assert_true (succession_record_editor_select_holder (editor, "li-bin"));
  succession_test_type_into (GTK_WIDGET (editor), "title_entry", "A yearbook");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (succession_test_editor_gone, NULL, 5000));
  g_assert_true (succession_test_wait_until (sidebar_shows, (gpointer) "Li Bin", 5000));
  g_assert_false (sidebar_shows ((gpointer) "Wang Dongfeng"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (sidebar_shows, (gpointer) "Wang Dongfeng", 5000));
  g_assert_false (sidebar_shows ((gpointer) "Li Bin"));
  g_assert_false (succession_test_says_unsaved (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = succession_test_ui_init (&argc, &argv);
  g_test_add_func ("/ui/edit/change-holder", test_change_holder);
  g_test_add_func ("/ui/edit/current-holder", test_current_holder);
  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
