/* test-ui-edit-person.c — a person removed with their tenures after saying what goes, and
 * brought back by Undo; a person's names and life dates corrected with a source cited before;
 * a person added and given a tenure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-office-page.h"
#include "succession-person-page.h"
#include "succession-record-editor.h"
#include "succession-source-picker.h"
#include "succession-test-utils.h"
#include "succession-window.h"

static SuccessionApplication *app;

static SuccessionDataset *
dataset_shown (void)
{
  return succession_window_get_dataset (succession_test_main_window (app));
}

static gboolean
person_gone (gpointer id)
{
  return succession_dataset_get_person (dataset_shown (), id) == NULL;
}

static gboolean
person_back (gpointer id)
{
  return !person_gone (id);
}

static SuccessionPersonPage *
show_person (SuccessionWindow *window,
             const char       *person_id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-person", "s", person_id));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  return SUCCESSION_PERSON_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_PERSON_PAGE, NULL));
}

static gboolean
label_says (gpointer data)
{
  const char **want = data; /* the editor's label id, and what it says */
  GtkWidget   *editor = GTK_WIDGET (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  GtkWidget   *label = editor != NULL ? succession_test_find_child (editor, GTK_TYPE_LABEL, want[0]) : NULL;

  return label != NULL && gtk_widget_get_visible (label) && strstr (gtk_label_get_text (GTK_LABEL (label)), want[1]) != NULL;
}

static gboolean
label_hidden (gpointer id)
{
  GtkWidget *editor = GTK_WIDGET (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));

  return editor != NULL && !gtk_widget_get_visible (succession_test_find_child (editor, GTK_TYPE_LABEL, id));
}

/* Delete on Liu Lantao's page asks first, saying that his four tenures go with him; Cancel
 * keeps him. Remove takes him and them out of every page; Undo brings all back, on his page. */
static void
test_remove_undo (void)
{
  SuccessionWindow     *window = succession_test_main_window (app);
  SuccessionPersonPage *page;
  AdwMessageDialog     *question;
  guint                 n_tenures;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  n_tenures = g_list_model_get_n_items (succession_dataset_get_tenures (dataset_shown ()));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-office", "s", "cppcc-secretary-general"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = show_person (window, "liu-lantao");
  g_free (succession_test_screenshot (GTK_WIDGET (window), "person-page-edit"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.remove", NULL));
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Remove Liu Lantao?", 5000));
  question = succession_test_find_message ("Remove Liu Lantao?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "The 4 tenures they held are removed with them"));
  succession_test_wait_for_frame (GTK_WIDGET (question));
  g_free (succession_test_screenshot (GTK_WIDGET (question), "person-remove-question"));
  adw_message_dialog_response (question, "cancel");
  gtk_window_close (GTK_WINDOW (question));
  succession_test_spin (300);
  g_assert_nonnull (succession_dataset_get_person (dataset_shown (), "liu-lantao"));
  g_assert_false (succession_test_says_unsaved (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.remove", NULL));
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Remove Liu Lantao?", 5000));
  question = succession_test_find_message ("Remove Liu Lantao?");
  adw_message_dialog_response (question, "remove");
  gtk_window_close (GTK_WINDOW (question));
  g_assert_true (succession_test_wait_until (person_gone, (gpointer) "liu-lantao", 10000));
  g_assert_true (succession_test_says_unsaved (window));
  g_assert_null (succession_dataset_get_tenure (dataset_shown (), "cppcc-sg-05"));
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_tenures (dataset_shown ())), ==, n_tenures - 4);

  /* The window went back to the office shown before his page, whose table has lost him. */
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_OFFICE);
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, "cppcc-secretary-general");
  {
    GtkWidget *office = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
    GtkWidget *table = succession_test_find_child (office, GTK_TYPE_COLUMN_VIEW, "holders_view");

    g_assert_null (succession_test_find_label_named (table, "Liu Lantao"));
    g_assert_nonnull (succession_test_find_label_named (table, "Qi Yanming"));
    /* The toast says what went, with Undo. */
    g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "Removed Liu Lantao and 4 tenures"));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (person_back, (gpointer) "liu-lantao", 5000));
  g_assert_false (succession_test_says_unsaved (window));
  g_assert_nonnull (succession_dataset_get_tenure (dataset_shown (), "cppcc-sg-05"));
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_PERSON);
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, "liu-lantao");
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "Liu Lantao"));

  /* Redo removes him again; Undo once more. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (succession_test_wait_until (person_gone, (gpointer) "liu-lantao", 5000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (person_back, (gpointer) "liu-lantao", 5000));
}

static gboolean
death_is (gpointer iso)
{
  SuccessionPerson *person = succession_dataset_get_person (dataset_shown (), "liu-lantao");
  g_autofree char  *death = succession_date_to_iso (succession_person_get_death_date (person));

  return g_str_equal (death, iso);
}

/* F2 on his page edits Liu Lantao: his name is needed, a birth after he took office is only a
 * warning, and his death is corrected with a source cited before, seen on his page at once. */
static void
test_edit_person (void)
{
  SuccessionWindow       *window = succession_test_main_window (app);
  SuccessionPersonPage   *page;
  GtkWidget              *editor;
  SuccessionSourcePicker *cited;
  GtkWidget              *title_entry;
  g_autofree char        *cited_title = NULL;
  const char             *warned[] = { "warnings_label", "before being born" };

  SuccessionDataset *dataset;
  SuccessionPerson  *person_before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  /* An office he held, seen before: its table follows the edit, though it is not on screen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-office", "s", "cppcc-secretary-general"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = show_person (window, "liu-lantao");
  dataset = dataset_shown ();
  person_before = succession_dataset_get_person (dataset, "liu-lantao");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.edit", NULL));
  g_assert_true (succession_test_wait_until (succession_test_editor_open, NULL, 5000));
  editor = GTK_WIDGET (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  succession_test_wait_for_frame (editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Person");
  succession_test_tab_through (editor, 40);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (succession_test_find_child (editor, GTK_TYPE_ENTRY, "hans_entry"))), ==, "刘澜涛");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (succession_test_find_child (editor, GTK_TYPE_ENTRY, "end_entry"))), ==, "1997-12-31");
  /* Nothing changed yet: nothing to apply. */
  g_assert_false (succession_test_can_apply (editor));

  /* No name, no person. */
  succession_test_type_into (editor, "name_entry", "");
  succession_test_spin (400);
  g_assert_false (succession_test_can_apply (editor));
  succession_test_type_into (editor, "name_entry", "Liu Lan-tao");

  /* Born after taking office in 1965: a warning beside the dates, which does not stop Apply. */
  succession_test_type_into (editor, "start_entry", "1970");
  g_assert_true (succession_test_wait_until (label_says, warned, 10000));
  {
    /* Said once, though each of his four tenures began before 1970. */
    const char *said = gtk_label_get_text (GTK_LABEL (succession_test_find_child (editor, GTK_TYPE_LABEL, "warnings_label")));

    g_assert_true (strstr (said, "before being born") == g_strrstr (said, "before being born"));
  }
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  succession_test_type_into (editor, "start_entry", "1910-11");

  /* The death corrected, citing again a source the dataset has: its fields fill in. */
  succession_test_type_into (editor, "end_entry", "1997-12-30");
  cited = SUCCESSION_SOURCE_PICKER (succession_test_find_child (editor, SUCCESSION_TYPE_SOURCE_PICKER, "source_picker"));
  g_assert_cmpuint (succession_source_picker_get_n_sources (cited), >, 100);
  succession_source_picker_pick (cited, 0);
  title_entry = succession_test_find_child (editor, GTK_TYPE_ENTRY, "title_entry");
  cited_title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (title_entry)));
  g_assert_cmpstr (cited_title, !=, "");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  /* The warning went with the birth that caused it. */
  g_assert_true (succession_test_wait_until (label_hidden, (gpointer) "warnings_label", 10000));
  gtk_window_set_default_size (GTK_WINDOW (editor), 520, 1000);
  succession_test_spin (200);
  succession_test_wait_for_frame (editor);
  g_free (succession_test_screenshot (editor, "person-editor"));
  succession_test_screenshot_narrow_dark (GTK_WINDOW (editor), "person-editor-narrow-dark");
  g_assert_true (gtk_widget_activate_action (editor, "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (succession_test_editor_gone, NULL, 5000));

  g_assert_true (succession_test_wait_until (death_is, (gpointer) "1997-12-30", 5000));
  g_assert_true (succession_test_says_unsaved (window));
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_PERSON);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "30 December 1997"));
  /* Made in the dataset shown: the same objects, under the new name, which the search finds. */
  g_assert_true (dataset_shown () == dataset);
  g_assert_true (succession_dataset_get_person (dataset, "liu-lantao") == person_before);
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (succession_test_find_child (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, "content_title"))),
                   ==, "Liu Lan-tao");
  {
    g_autoptr(GPtrArray) found = succession_dataset_search (dataset, "lan-tao", 0);

    g_assert_true (g_ptr_array_find (found, person_before, NULL));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-office", "s", "cppcc-secretary-general"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_named (succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, "holders_view"),
                                                      "Liu Lan-tao"));
  show_person (window, "liu-lantao");
  {
    SuccessionPerson *person = succession_dataset_get_person (dataset_shown (), "liu-lantao");
    SuccessionSource *first = g_ptr_array_index (succession_person_get_sources (person), 0);

    g_assert_cmpstr (succession_source_get_title (first), ==, cited_title);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (death_is, (gpointer) "1997-12-31", 5000));
  g_assert_false (succession_test_says_unsaved (window));
  g_assert_cmpstr (succession_person_get_name (person_before), ==, "Liu Lantao");
}

/* Add Person… from the main menu: the new person's page is shown, and Add Tenure finds them. */
static void
test_add_person (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  GtkWidget        *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-person", NULL));
  g_assert_true (succession_test_wait_until (succession_test_editor_open, NULL, 5000));
  editor = GTK_WIDGET (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  g_assert_false (succession_test_can_apply (editor));
  succession_test_type_into (editor, "name_entry", "Ceshi Renwu");
  succession_test_type_into (editor, "hans_entry", "测试人物");
  succession_test_type_into (editor, "start_entry", "1950");
  g_assert_true (succession_test_wait_until (succession_test_can_apply, editor, 10000));
  g_assert_true (gtk_widget_activate_action (editor, "editor.apply", NULL));
  g_assert_true (succession_test_wait_until (person_back, (gpointer) "ceshi-renwu", 5000));
  g_assert_true (succession_test_wait_until (succession_test_editor_gone, NULL, 5000));

  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_PERSON);
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, "ceshi-renwu");
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (succession_test_find_label_with (GTK_WIDGET (window), "测试人物"));

  /* A tenure for him: he is among the holders to choose. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-tenure", "s", "cppcc-secretary-general"));
  g_assert_true (succession_test_wait_until (succession_test_editor_open, NULL, 5000));
  editor = GTK_WIDGET (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  g_assert_true (succession_record_editor_select_holder (SUCCESSION_RECORD_EDITOR (editor), "ceshi-renwu"));
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (succession_test_wait_until (succession_test_editor_gone, NULL, 5000));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (succession_test_wait_until (person_gone, (gpointer) "ceshi-renwu", 5000));
  g_assert_false (succession_test_says_unsaved (window));
}

int
main (int   argc,
      char *argv[])
{
  app = succession_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/edit-person/remove-undo", test_remove_undo);
  g_test_add_func ("/ui/edit-person/edit", test_edit_person);
  g_test_add_func ("/ui/edit-person/add", test_add_person);

  return g_test_run ();
}
