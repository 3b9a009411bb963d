/* test-ui-edit-office.c — an office's labels and seats corrected from its page's menu, an office
 * added to a body and shown, an office removed with its tenures after saying so; a body renamed and
 * moved in the tree, a department added and removed, a body with offices kept; and Undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-body-page.h"
#include "succession-office-page.h"
#include "succession-record-editor.h"
#include "succession-test-utils.h"
#include "succession-window.h"

#define SG "cppcc-secretary-general"

static SuccessionApplication *app;

static SuccessionDataset *
dataset_shown (void)
{
  return succession_window_get_dataset (succession_test_main_window (app));
}

static SuccessionOfficePage *
show_office (SuccessionWindow *window,
             const char       *office_id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-office", "s", office_id));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  return SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
}

static gboolean
label_is (gpointer label)
{
  SuccessionOffice *office = succession_dataset_get_office (dataset_shown (), SG);

  return office != NULL && g_strcmp0 (succession_office_get_label (office), label) == 0;
}

static gboolean
office_gone (gpointer id)
{
  return succession_dataset_get_office (dataset_shown (), id) == NULL;
}

static gboolean
office_back (gpointer id)
{
  return !office_gone (id);
}

static GtkWidget *
open_editor (GtkWidget  *page,
             const char *action)
{
  GtkWidget *editor;

  g_assert_true (gtk_widget_activate_action (page, action, NULL));
  g_assert_true (succession_test_wait_until (succession_test_editor_open, NULL, 5000));
  editor = GTK_WIDGET (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  succession_test_wait_for_frame (editor);
  return editor;
}

/* The office menu's Edit Office…: the label in English and in characters, the seats and the term
 * length, shown on the page and the sidebar at once; Undo. */
static void
test_edit (void)
{
  SuccessionWindow     *window = succession_test_main_window (app);
  SuccessionOfficePage *page;
  GtkWidget            *editor;
  SuccessionOffice     *office;
  SuccessionDataset    *dataset;
  SuccessionOffice     *office_before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = show_office (window, SG);
  dataset = dataset_shown ();
  office_before = succession_dataset_get_office (dataset, SG);
  g_assert_true (succession_test_sidebar_shows (GTK_WIDGET (window), "Secretary-General of the CPPCC National Committee"));
  editor = open_editor (GTK_WIDGET (page), "office.edit-office");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Office");
  /* Tab reaches every field, round and round, as a keyboard user moves. */
  succession_test_tab_through (editor, 40);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (succession_test_find_child (editor, GTK_TYPE_ENTRY, "hans_entry"))), ==,
                   "中国人民政治协商会议全国委员会秘书长");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (succession_test_find_child (editor, GTK_TYPE_ENTRY, "term_length_entry"))), ==,
                   "Five years, renewable");
  g_assert_false (succession_test_can_apply (editor));

  /* No label, no office. */
  succession_test_type_into (editor, "name_entry", "");
  succession_test_spin (400);
  g_assert_false (succession_test_can_apply (editor));

  succession_test_type_into (editor, "name_entry", "Secretary General of the CPPCC National Committee");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (succession_test_find_child (editor, GTK_TYPE_SPIN_BUTTON, "seats_spin")), 2);
  succession_test_type_into (editor, "term_length_entry", "Five years, as the committee's");
  succession_test_type_into (editor, "title_entry", "Charter of the CPPCC");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  succession_test_wait_for_frame (editor);
  g_free (succession_test_screenshot (editor, "office-editor"));
  succession_test_screenshot_narrow_dark (GTK_WINDOW (editor), "office-editor-narrow-dark");
  g_assert_true (gtk_widget_activate_action (editor, "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (label_is, (gpointer) "Secretary General of the CPPCC National Committee", 5000));
  g_assert_true (succession_test_wait_until (succession_test_editor_gone, NULL, 5000));

  office = succession_dataset_get_office (dataset_shown (), SG);
  g_assert_cmpuint (succession_office_get_seats (office), ==, 2);
  g_assert_cmpstr (succession_text_get (succession_office_get_fact (office, "term_length"), "en"), ==, "Five years, as the committee's");
  g_assert_cmpstr (succession_text_get (succession_office_get_fact (office, "term_length"), "zh-Hans"), ==, "五年,可连任");
  g_assert_true (succession_test_says_unsaved (window));
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_OFFICE);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (page), "Secretary General of the CPPCC National Committee"));
  /* Made in the dataset shown: the same office, named anew in the sidebar. */
  g_assert_true (dataset_shown () == dataset);
  g_assert_true (office == office_before);
  g_assert_true (succession_test_sidebar_shows (GTK_WIDGET (window), "Secretary General of the CPPCC National Committee"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (label_is, (gpointer) "Secretary-General of the CPPCC National Committee", 5000));
  g_assert_false (succession_test_says_unsaved (window));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (succession_test_sidebar_shows (GTK_WIDGET (window), "Secretary-General of the CPPCC National Committee"));
}

/* Add Office to This Body…: the body chosen for it, the new office's page shown, empty; Undo. */
static void
test_add (void)
{
  SuccessionWindow     *window = succession_test_main_window (app);
  SuccessionOfficePage *page;
  GtkWidget            *editor;
  const char           *id = "cppcc-national-committee-assistant-to-the-secretary-general";

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = show_office (window, SG);
  editor = open_editor (GTK_WIDGET (page), "office.add-office");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Add Office");
  succession_test_type_into (editor, "name_entry", "Assistant to the Secretary-General");
  succession_test_type_into (editor, "hans_entry", "秘书长助理");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (gtk_widget_activate_action (editor, "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (office_back, (gpointer) id, 5000));
  g_assert_cmpstr (succession_body_get_id (succession_office_get_body (succession_dataset_get_office (dataset_shown (), id))), ==,
                   "cppcc-national-committee");
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_OFFICE);
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, id);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "Assistant to the Secretary-General"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (office_gone, (gpointer) id, 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

/* Remove Office… says that its tenures go with it, then the window goes back to the page before;
 * Undo brings office and tenures back, on its page. */
static void
test_remove (void)
{
  SuccessionWindow     *window = succession_test_main_window (app);
  SuccessionOfficePage *page;
  AdwMessageDialog     *question;
  guint                 n_tenures;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-person", "s", "qi-yanming"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = show_office (window, SG);
  n_tenures = succession_office_get_n_tenures (succession_dataset_get_office (dataset_shown (), SG));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "office.remove-office", NULL));
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Remove Secretary-General", 5000));
  question = succession_test_find_message ("Remove Secretary-General");
  {
    g_autofree char *said = g_strdup_printf ("Its %u tenures are removed with it", n_tenures);

    g_assert_nonnull (strstr (adw_message_dialog_get_body (question), said));
  }
  adw_message_dialog_response (question, "remove");
  gtk_window_close (GTK_WINDOW (question));
  g_assert_true (succession_test_wait_until (office_gone, (gpointer) SG, 10000));
  g_assert_null (succession_dataset_get_tenure (dataset_shown (), "cppcc-sg-04"));
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_PERSON);
  g_assert_true (succession_test_says_unsaved (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (office_back, (gpointer) SG, 5000));
  g_assert_nonnull (succession_dataset_get_tenure (dataset_shown (), "cppcc-sg-04"));
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_OFFICE);
  g_assert_false (succession_test_says_unsaved (window));
}

static SuccessionBodyPage *
show_body (SuccessionWindow *window,
           const char       *body_id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-body", "s", body_id));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  return SUCCESSION_BODY_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_BODY_PAGE, NULL));
}

static gboolean
parent_is (gpointer parent_id)
{
  SuccessionBody *body = succession_dataset_get_body (dataset_shown (), "cppcc-go-research-office");
  SuccessionBody *parent = body != NULL ? succession_body_get_parent (body) : NULL;

  return parent != NULL && g_strcmp0 (succession_body_get_id (parent), parent_id) == 0;
}

static gboolean
body_gone (gpointer id)
{
  return succession_dataset_get_body (dataset_shown (), id) == NULL;
}

static gboolean
body_back (gpointer id)
{
  return !body_gone (id);
}

/* Chooses @name in the editor's "Part of" list. */
static void
choose_parent (GtkWidget  *editor,
               const char *name)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (succession_test_find_child (editor, GTK_TYPE_DROP_DOWN, "body_dropdown"));
  GListModel  *names = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  g_assert_not_reached ();
}

/* Edit Body… moves the Research Office from the General Office to the National Committee itself,
 * a department in the tree at once; it never lists the Research Office within itself; Undo. */
static void
test_move_body (void)
{
  SuccessionWindow   *window = succession_test_main_window (app);
  SuccessionBodyPage *page;
  GtkWidget          *editor;
  GListModel         *names;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = show_body (window, "cppcc-go-research-office");
  editor = open_editor (GTK_WIDGET (page), "body.edit");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Body");
  succession_test_tab_through (editor, 40);
  names = gtk_drop_down_get_model (GTK_DROP_DOWN (succession_test_find_child (editor, GTK_TYPE_DROP_DOWN, "body_dropdown")));
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), i), !=, "Research Office");
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), i), !=, "Theoretical Bureau of the Research Office");
    }
  choose_parent (editor, "National Committee of the Chinese People's Political Consultative Conference");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  succession_test_wait_for_frame (editor);
  g_free (succession_test_screenshot (editor, "body-editor"));
  g_assert_true (gtk_widget_activate_action (editor, "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (parent_is, (gpointer) "cppcc-national-committee", 5000));
  g_assert_true (succession_test_says_unsaved (window));
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_BODY);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (parent_is, (gpointer) "cppcc-general-office", 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

/* Add Department… under the General Office: its page shown; Remove Body… takes it at once, back to
 * the General Office; the General Office itself, which has offices, says why it stays. */
static void
test_department (void)
{
  SuccessionWindow   *window = succession_test_main_window (app);
  SuccessionBodyPage *page;
  GtkWidget          *editor;
  const char         *id = "cppcc-general-office-secretariat-bureau";

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = show_body (window, "cppcc-general-office");
  editor = open_editor (GTK_WIDGET (page), "body.add-department");
  succession_test_type_into (editor, "name_entry", "Secretariat Bureau");
  succession_test_type_into (editor, "hans_entry", "秘书局");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (gtk_widget_activate_action (editor, "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (body_back, (gpointer) id, 5000));
  g_assert_cmpstr (succession_body_get_id (succession_body_get_parent (succession_dataset_get_body (dataset_shown (), id))), ==,
                   "cppcc-general-office");
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, id);

  page = SUCCESSION_BODY_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_BODY_PAGE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "body.remove", NULL));
  g_assert_true (succession_test_wait_until (body_gone, (gpointer) id, 5000));
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, "cppcc-general-office");

  page = show_body (window, "cppcc-general-office");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "body.remove", NULL));
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "General Office of the National Committee of the CPPCC Cannot Be Removed", 5000));
  {
    AdwMessageDialog *why = succession_test_find_message ("General Office of the National Committee of the CPPCC Cannot Be Removed");

    g_assert_nonnull (strstr (adw_message_dialog_get_body (why), "departments"));
    adw_message_dialog_response (why, "close");
    gtk_window_close (GTK_WINDOW (why));
  }
  g_assert_nonnull (succession_dataset_get_body (dataset_shown (), "cppcc-general-office"));

  /* Undo the removal, then the addition. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (body_back, (gpointer) id, 5000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (body_gone, (gpointer) id, 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

int
main (int   argc,
      char *argv[])
{
  app = succession_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/edit-office/edit", test_edit);
  g_test_add_func ("/ui/edit-office/add", test_add);
  g_test_add_func ("/ui/edit-office/remove", test_remove);
  g_test_add_func ("/ui/edit-body/move", test_move_body);
  g_test_add_func ("/ui/edit-body/department", test_department);

  return g_test_run ();
}
