/* test-ui-browse.c — what a researcher sees: offices, people, bodies, dates, search, citations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "succession-application.h"
#include "succession-body-page.h"
#include "succession-date-answer-row.h"
#include "succession-date-page.h"
#include "succession-holder-row.h"
#include "succession-i18n.h"
#include "succession-office-page.h"
#include "succession-page-target.h"
#include "succession-person-page.h"
#include "succession-sidebar-entry.h"
#include "succession-sidebar-row.h"
#include "succession-sidebar.h"
#include "succession-test-utils.h"
#include "succession-timeline.h"
#include "succession-visible-list.h"
#include "succession-window.h"
#include "succession-wrap-label.h"

static SuccessionApplication *app;

static SuccessionWindow *
main_window (void)
{
  return succession_test_main_window (app);
}

static GtkColumnView *
holders_view (SuccessionWindow *window)
{
  GtkWidget *page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  GtkWidget *view = succession_test_find_child (page, GTK_TYPE_COLUMN_VIEW, NULL);

  g_assert_nonnull (view);
  return GTK_COLUMN_VIEW (view);
}

static char *
row_name (GtkColumnView *view,
          guint          i)
{
  g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), i);
  return g_strdup (succession_holder_row_get_name (row));
}

/* Counts the name cells of a holders table styled as a vacancy, and the others. */
static void
count_kind_labels (GtkWidget *widget,
                   guint     *vacancies,
                   guint     *others)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_widget_get_css_name (gtk_widget_get_parent (child)), "cell") == 0 &&
          gtk_label_get_wrap (GTK_LABEL (child)))
        {
          if (gtk_widget_has_css_class (child, "vacancy"))
            (*vacancies)++;
          else
            (*others)++;
        }
      count_kind_labels (child, vacancies, others);
    }
}

static void
test_office_rows (void)
{
  SuccessionWindow  *window = main_window ();
  SuccessionDataset *dataset = succession_window_get_dataset (window);
  GListModel        *offices;
  guint              n;

  g_assert_nonnull (dataset);
  offices = succession_dataset_get_offices (dataset);
  n = g_list_model_get_n_items (offices);
  g_assert_cmpuint (n, >=, 4);

  /* Every office page shows one row per tenure. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, i);
      g_autofree char *page = g_strdup_printf ("office:%s", succession_office_get_id (office));
      GtkColumnView   *view;

      g_assert_true (succession_window_show_page (window, page));
      view = holders_view (window);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==,
                        succession_office_get_n_tenures (office));
    }

  /* A vacancy's row is set apart (the "vacancy" style: dim, italic), and no holder's is. */
  g_assert_true (succession_window_show_page (window, "office:cppcc-chairperson"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  {
    guint vacancies = 0, others = 0;

    count_kind_labels (GTK_WIDGET (holders_view (window)), &vacancies, &others);
    g_assert_cmpuint (vacancies, >=, 1);
    g_assert_cmpuint (others, >=, 5);
  }

  g_assert_true (succession_window_show_page (window, "office:npcsc-secretary-general"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "office-wide"));
}

static void
test_office_sorting (void)
{
  SuccessionWindow *window = main_window ();
  GtkColumnView    *view;
  GListModel       *columns;
  g_autoptr(GtkColumnViewColumn) start_column = NULL;
  g_autoptr(GtkColumnViewColumn) name_column = NULL;
  g_autofree char *first_chrono = NULL;
  g_autofree char *first_by_start_desc = NULL;
  g_autofree char *first_by_name = NULL;
  g_autofree char *last_by_name = NULL;
  guint            n;

  g_assert_true (succession_window_show_page (window, "office:npcsc-secretary-general"));
  view = holders_view (window);
  columns = gtk_column_view_get_columns (view);
  name_column = g_list_model_get_item (columns, 1);
  start_column = g_list_model_get_item (columns, 2);
  n = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));

  first_chrono = row_name (view, 0);
  g_assert_cmpstr (first_chrono, ==, "Peng Zhen");

  /* Took office, newest first: the incumbent comes first. */
  gtk_column_view_sort_by_column (view, start_column, GTK_SORT_DESCENDING);
  first_by_start_desc = row_name (view, 0);
  g_assert_cmpstr (first_by_start_desc, ==, "Liu Qi");

  /* Then by name: alphabetical. */
  gtk_column_view_sort_by_column (view, name_column, GTK_SORT_ASCENDING);
  first_by_name = row_name (view, 0);
  last_by_name = row_name (view, n - 1);
  g_assert_cmpstr (first_by_name, ==, "Cao Zhi");
  g_assert_cmpstr (last_by_name, ==, "Yang Zhenwu");

  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
}

static void
test_search_person (void)
{
  SuccessionWindow  *window = main_window ();
  SuccessionSidebar *sidebar = SUCCESSION_SIDEBAR (succession_test_find_child (GTK_WIDGET (window),
                                                                               SUCCESSION_TYPE_SIDEBAR, NULL));
  GtkWidget         *person_page;
  GtkWidget         *tenures;
  guint              rows = 0;

  succession_sidebar_search (sidebar, "Peng Zhen");
  g_assert_cmpuint (succession_sidebar_get_n_results (sidebar), >=, 1);

  /* The results are a list: one row per result, and the first can take the focus. */
  {
    GtkWidget  *view = succession_test_find_child (GTK_WIDGET (sidebar), SUCCESSION_TYPE_VISIBLE_LIST, "results_view");
    GtkWidget  *entry = succession_test_find_child (GTK_WIDGET (sidebar), GTK_TYPE_SEARCH_ENTRY, NULL);
    GListModel *model;
    GtkWidget  *focus;
    gboolean    handled = FALSE;

    g_assert_nonnull (view);
    model = succession_visible_list_get_model (SUCCESSION_VISIBLE_LIST (view));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, succession_sidebar_get_n_results (sidebar));

    succession_test_wait_for_frame (GTK_WIDGET (window));
    g_free (succession_test_screenshot (GTK_WIDGET (window), "search-results"));

    gtk_widget_grab_focus (entry);
    for (guint i = 0; i < g_list_model_get_n_items (gtk_widget_observe_controllers (entry)); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (gtk_widget_observe_controllers (entry), i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && !handled)
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
      }
    g_assert_true (handled);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_true (focus == view || gtk_widget_is_ancestor (focus, view));
  }

  /* A short query has more matches than are shown: they are counted, and the last row says so. */
  succession_sidebar_search (sidebar, "a");
  {
    GtkWidget *view = succession_test_find_child (GTK_WIDGET (sidebar), SUCCESSION_TYPE_VISIBLE_LIST, "results_view");
    guint      n_items = g_list_model_get_n_items (succession_visible_list_get_model (SUCCESSION_VISIBLE_LIST (view)));
    guint      n = succession_sidebar_get_n_results (sidebar);

    g_assert_cmpuint (n, >=, 1);
    g_assert_true (n_items == n || n_items == n + 1);
  }

  succession_sidebar_search (sidebar, "彭真");
  g_assert_cmpuint (succession_sidebar_get_n_results (sidebar), >=, 1);
  succession_sidebar_search (sidebar, "péng zhēn");
  g_assert_cmpuint (succession_sidebar_get_n_results (sidebar), >=, 1);

  /* Enter in the search opens the best match: his page, with his three tenures. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  {
    GtkWidget *entry = succession_test_find_child (GTK_WIDGET (sidebar), GTK_TYPE_SEARCH_ENTRY, NULL);
    g_signal_emit_by_name (entry, "activate");
  }
  person_page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_PERSON_PAGE, NULL);
  g_assert_true (succession_person_page_get_person (SUCCESSION_PERSON_PAGE (person_page)) != NULL);
  g_assert_cmpstr (succession_person_get_id (succession_person_page_get_person (SUCCESSION_PERSON_PAGE (person_page))),
                   ==, "peng-zhen");

  tenures = succession_test_find_child (person_page, GTK_TYPE_LIST_BOX, "tenures_list");
  g_assert_nonnull (tenures);
  for (GtkWidget *child = gtk_widget_get_first_child (tenures); child; child = gtk_widget_get_next_sibling (child))
    rows++;
  /* Secretary-General twice, Chairman once, Vice-Chairperson of three NPCs and of the 2nd, 3rd
   * and 4th CPPCC National Committees. */
  g_assert_cmpuint (rows, ==, 9);

  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "person-wide"));
  succession_sidebar_search (sidebar, "");
}

static void
test_on_date (void)
{
  SuccessionWindow *window = main_window ();
  GtkWidget        *date_page;
  GtkWidget        *results;
  gboolean          found_peng = FALSE;

  g_assert_true (succession_window_show_page (window, "date"));
  date_page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_DATE_PAGE, NULL);
  succession_date_page_set_date (SUCCESSION_DATE_PAGE (date_page), "1985-01-01");
  succession_test_wait_for_frame (date_page);
  results = succession_test_date_answer (date_page, "Chairman of the Standing Committee");
  g_assert_nonnull (results);
  found_peng = strstr (succession_date_answer_row_get_subtitle (SUCCESSION_DATE_ANSWER_ROW (results)), "Peng Zhen") != NULL;
  g_assert_true (found_peng);

  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "date-wide"));
}

/* The subtitle of the On a Date row whose title starts with @title. */
static const char *
date_row_subtitle (GtkWidget  *date_page,
                   const char *title)
{
  GtkWidget *row;

  succession_test_wait_for_frame (date_page);
  row = succession_test_date_answer (date_page, title);
  return row != NULL ? succession_date_answer_row_get_subtitle (SUCCESSION_DATE_ANSWER_ROW (row)) : NULL;
}

/* 1988 as a historian reads it: both sides of the April handovers held their chair that year;
 * today's Deputies, recorded for the 14th committee only, are nowhere in 1988; an office not
 * yet created says so. */
static void
test_on_date_partial (void)
{
  SuccessionWindow *window = main_window ();
  GtkWidget        *date_page;

  g_assert_true (succession_window_show_page (window, "date"));
  date_page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_DATE_PAGE, NULL);
  succession_date_page_set_date (SUCCESSION_DATE_PAGE (date_page), "1988");
  g_assert_cmpstr (date_row_subtitle (date_page, "Chairperson of the CPPCC"), ==, "Deng Yingchao, Li Xiannian");
  g_assert_cmpstr (date_row_subtitle (date_page, "Secretary-General of the Standing Committee"), ==, "Wang Hanbin, Peng Chong");
  g_assert_cmpstr (date_row_subtitle (date_page, "Deputy Secretary-General"), ==, "No holder recorded");
  g_assert_cmpstr (date_row_subtitle (date_page, "Executive Deputy"), ==, "No holder recorded");
  /* Re-elected in April 1988, Peng Chong held two tenures that year: he is named once. */
  {
    const char *vice = date_row_subtitle (date_page, "Vice-Chairperson of the Standing Committee");
    const char *first = strstr (vice, "Peng Chong");

    g_assert_nonnull (first);
    g_assert_null (strstr (first + 1, "Peng Chong"));
  }
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "date-1988"));

  succession_date_page_set_date (SUCCESSION_DATE_PAGE (date_page), "1950");
  g_assert_cmpstr (date_row_subtitle (date_page, "Chairman of the Standing Committee"), ==, "The office did not exist yet");

  /* Typed, a date is answered once typing pauses, not for each key on the way ("1", "19",
   * "198"); Enter answers at once. */
  {
    GtkWidget *entry = succession_test_find_child (date_page, GTK_TYPE_ENTRY, "date_entry");

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "198");
    gtk_editable_set_text (GTK_EDITABLE (entry), "1988");
    g_assert_cmpstr (date_row_subtitle (date_page, "Chairman of the Standing Committee"), ==, "The office did not exist yet");
    succession_test_spin (500);
    g_assert_cmpstr (date_row_subtitle (date_page, "Secretary-General of the Standing Committee"), ==, "Wang Hanbin, Peng Chong");

    gtk_editable_set_text (GTK_EDITABLE (entry), "1950");
    g_signal_emit_by_name (entry, "activate");
    g_assert_cmpstr (date_row_subtitle (date_page, "Chairman of the Standing Committee"), ==, "The office did not exist yet");
  }
}

/* A Deputy's table names the office it answers to, and only who held it during the tenure. */
static void
test_chair_column_of_deputy (void)
{
  SuccessionWindow *window = main_window ();
  GtkColumnView    *view;
  GListModel       *columns;
  gboolean          found = FALSE;

  g_assert_true (succession_window_show_page (window, "office:cppcc-deputy-secretary-general"));
  view = holders_view (window);
  columns = gtk_column_view_get_columns (view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column),
                     "Secretary-General of the CPPCC National Committee at the Time") == 0)
        found = TRUE;
    }
  g_assert_true (found);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))); i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), i);

      g_assert_cmpstr (succession_holder_row_get_chairs (row), ==, "possibly Li Bin, Wang Dongfeng");
    }
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "office-deputies"));
}

static void
test_body_tree (void)
{
  SuccessionWindow  *window = main_window ();
  GtkWidget         *body_page;
  GtkWidget         *tree;
  GtkSelectionModel *model;

  g_assert_true (succession_window_show_page (window, "body:cppcc-general-office"));
  body_page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_BODY_PAGE, NULL);
  tree = succession_test_find_child (body_page, GTK_TYPE_LIST_VIEW, "tree_view");
  model = gtk_list_view_get_model (GTK_LIST_VIEW (tree));
  g_assert_nonnull (model);
  /* The departments and institutions of the General Office, collapsed. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >=, 20);

  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "body-wide"));
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
text_arrived (gpointer data)
{
  return *(char **) data != NULL;
}

/* Copy Citation on the selected row, read back from the clipboard. */
static char *
copied_citation (GtkWidget *page)
{
  char *text = NULL;

  g_assert_true (gtk_widget_activate_action (page, "office.copy-citation", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (page), NULL, on_clipboard_text, &text);
  g_assert_true (succession_test_wait_until (text_arrived, &text, 5000));
  return text;
}

/* The whole claim (who, which office, from, to) and its sources, in the chosen style. */
static void
test_copy_citation (void)
{
  SuccessionWindow *window = main_window ();
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  GtkWidget       *page;
  g_autofree char *chicago = NULL;
  g_autofree char *bibtex = NULL;
  g_autofree char *csl = NULL;

  g_assert_true (succession_window_show_page (window, "office:npcsc-chairperson"));
  page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  gtk_single_selection_set_selected (succession_office_page_get_selection (SUCCESSION_OFFICE_PAGE (page)), 0);

  chicago = copied_citation (page);
  g_assert_true (g_str_has_prefix (chicago, "Liu Shaoqi, Chairman of the Standing Committee of the National People's Congress, "));
  g_assert_nonnull (strstr (chicago, "Accessed "));
  g_assert_nonnull (strstr (chicago, "https://"));

  /* The style is the menu's, through the window's action. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "citation-style", g_variant_new_string ("bibtex"));
  bibtex = copied_citation (page);
  g_assert_true (g_str_has_prefix (bibtex, "@misc{"));
  g_assert_nonnull (strstr (bibtex, "note = {Liu Shaoqi, Chairman of the Standing Committee"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "citation-style", g_variant_new_string ("csl-json"));
  csl = copied_citation (page);
  g_assert_true (g_str_has_prefix (csl, "["));
  g_assert_nonnull (strstr (csl, "\"type\" : \"webpage\""));
  g_settings_reset (settings, "citation-style");
}

/* The row widget of the browse list that opens the page of @id, and its position. */
static GtkWidget *
sidebar_item (GtkWidget  *list,
              const char *id,
              guint      *position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      SuccessionSidebarEntry     *entry = SUCCESSION_IS_SIDEBAR_ROW (row) ? succession_sidebar_row_get_entry (SUCCESSION_SIDEBAR_ROW (row)) : NULL;
      const SuccessionPageTarget *page = entry != NULL ? succession_sidebar_entry_get_target (entry) : NULL;

      if (page != NULL && g_strcmp0 (page->id, id) == 0)
        {
          *position = succession_visible_list_get_position (SUCCESSION_VISIBLE_LIST (list), row);
          return row;
        }
    }
  return NULL;
}

/* Enter on a focused sidebar row opens its page, although typing anywhere goes to the search. */
static void
test_sidebar_enter (void)
{
  SuccessionWindow *window = main_window ();
  GtkWidget        *sidebar = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_SIDEBAR, NULL);
  GtkWidget        *list = succession_test_find_child (sidebar, SUCCESSION_TYPE_VISIBLE_LIST, "browse_view");
  GtkWidget        *target = NULL;
  guint             position = GTK_INVALID_LIST_POSITION;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkEventController *enter = NULL;
  GtkWidget          *office_page;
  gboolean            handled = FALSE;

  g_assert_true (succession_window_show_page (window, "date"));
  target = sidebar_item (list, "cppcc-secretary-general", &position);
  g_assert_nonnull (target);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "sidebar-enter") == 0)
        enter = controller;
    }
  g_assert_nonnull (enter);

  g_assert_true (gtk_widget_grab_focus (target));
  g_signal_emit_by_name (enter, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
  g_assert_true (handled);
  succession_test_spin (100);
  office_page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  g_assert_true (gtk_widget_get_mapped (office_page));
  g_assert_cmpstr (succession_office_get_id (succession_office_page_get_office (SUCCESSION_OFFICE_PAGE (office_page))), ==,
                   "cppcc-secretary-general");
  /* The row of the page on screen is the sidebar's selection, and the window knows the page. */
  g_assert_cmpuint (succession_visible_list_get_selected (SUCCESSION_VISIBLE_LIST (list)), ==, position);
  g_assert_true (gtk_widget_get_state_flags (target) & GTK_STATE_FLAG_SELECTED);
  g_assert_cmpint (succession_window_get_target (window)->kind, ==, SUCCESSION_PAGE_OFFICE);
  g_assert_cmpstr (succession_window_get_target (window)->id, ==, "cppcc-secretary-general");
  /* The sidebar with its selected row, in the dark style. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_state_flags (target) & GTK_STATE_FLAG_SELECTED);
  g_free (succession_test_screenshot (GTK_WIDGET (window), "sidebar-selected-dark"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  succession_test_wait_for_frame (GTK_WIDGET (window));

  /* A change of name display retitles the page on screen, whatever the stored last page says:
   * the setting is what the next start opens, not the window's memory. */
  {
    g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
    AdwWindowTitle  *title = ADW_WINDOW_TITLE (succession_test_find_child (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE,
                                                                           "content_title"));
    g_autofree char *before = g_strdup (adw_window_title_get_title (title));

    g_settings_set_string (settings, "last-page", "date");
    g_settings_set_enum (settings, "name-display", SUCCESSION_NAME_DISPLAY_CHARACTERS);
    succession_test_spin (50);
    g_assert_true (gtk_widget_get_mapped (office_page));
    g_assert_true (g_str_has_suffix (adw_window_title_get_title (title), "秘书长"));
    g_assert_cmpstr (adw_window_title_get_title (title), !=, before);
    g_settings_reset (settings, "name-display");
    succession_test_spin (50);
    g_assert_cmpstr (adw_window_title_get_title (title), ==, before);
  }

  /* Enter in the search entry is the entry's: the handler leaves it alone. */
  handled = TRUE;
  gtk_widget_grab_focus (succession_test_find_child (sidebar, GTK_TYPE_SEARCH_ENTRY, NULL));
  g_signal_emit_by_name (enter, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
  g_assert_false (handled);
}

/* Another name display relabels the office page in place: the selected row stays selected
 * and the chart keeps its time window, only the names change. */
static void
test_name_display_in_place (void)
{
  SuccessionWindow *window = main_window ();
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  SuccessionTimeline *timeline = succession_test_office_timeline (window, "npcsc-secretary-general");
  GtkWidget          *page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  GtkSingleSelection *selection = succession_office_page_get_selection (SUCCESSION_OFFICE_PAGE (page));
  g_autofree char    *before = NULL;
  g_autofree char    *after = NULL;
  double              first, last;

  gtk_single_selection_set_selected (selection, 2);
  succession_timeline_zoom (timeline, 3);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  first = succession_timeline_get_first_day (timeline);
  last = succession_timeline_get_last_day (timeline);
  before = row_name (holders_view (window), 2);
  g_assert_cmpstr (before, ==, "Ji Pengfei");

  g_settings_set_enum (settings, "name-display", SUCCESSION_NAME_DISPLAY_CHARACTERS);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  after = row_name (holders_view (window), 2);
  g_assert_cmpstr (after, ==, "姬鹏飞");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 2);
  g_assert_cmpfloat (succession_timeline_get_first_day (timeline), ==, first);
  g_assert_cmpfloat (succession_timeline_get_last_day (timeline), ==, last);
  /* The chart's labels follow too. */
  {
    GArray  *bars = succession_chart_layout_get_bars (succession_timeline_get_layout (timeline));
    gboolean han = FALSE;

    for (guint i = 0; i < bars->len; i++)
      if (g_strcmp0 (g_array_index (bars, SuccessionChartBar, i).item->label, "姬鹏飞") == 0)
        han = TRUE;
    g_assert_true (han);
  }

  g_settings_reset (settings, "name-display");
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_clear_pointer (&after, g_free);
  after = row_name (holders_view (window), 2);
  g_assert_cmpstr (after, ==, "Ji Pengfei");
}

static gboolean
has_han (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;
  return FALSE;
}

/* On a person's and a body's page another name display renames the same rows: none is built
 * again, so the focus and the expanded departments stay. */
static void
test_name_display_in_place_person_body (void)
{
  SuccessionWindow *window = main_window ();
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  GtkWidget       *page, *list, *row, *label, *expander;
  g_autofree char *tree_before = NULL;

  g_assert_true (succession_window_show_page (window, "person:peng-chong"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_PERSON_PAGE, NULL);
  list = succession_test_find_child (page, GTK_TYPE_LIST_BOX, "tenures_list");
  g_assert_nonnull (list);
  row = gtk_widget_get_first_child (list);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_false (has_han (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))));
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);

  g_settings_set_enum (settings, "name-display", SUCCESSION_NAME_DISPLAY_CHARACTERS);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_first_child (list) == row);
  g_assert_true (has_han (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "person-characters"));
  g_object_remove_weak_pointer (G_OBJECT (row), (gpointer *) &row);

  /* The sidebar's rows too, and their headings. */
  {
    GtkWidget *sidebar = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_SIDEBAR, NULL);
    GtkWidget *browse = succession_test_find_child (sidebar, SUCCESSION_TYPE_VISIBLE_LIST, "browse_view");
    guint      position = 0;
    GtkWidget *office_row = sidebar_item (browse, "npcsc-secretary-general", &position);
    GtkWidget *heading = succession_visible_list_get_row (SUCCESSION_VISIBLE_LIST (browse), 2);

    g_assert_nonnull (office_row);
    g_assert_cmpstr (succession_test_label_text (succession_test_find_child (office_row, SUCCESSION_TYPE_WRAP_LABEL, NULL)),
                     ==, "全国人民代表大会常务委员会秘书长");
    g_object_add_weak_pointer (G_OBJECT (office_row), (gpointer *) &office_row);
    g_assert_true (succession_sidebar_entry_is_heading (succession_sidebar_row_get_entry (SUCCESSION_SIDEBAR_ROW (heading))));
    g_assert_true (has_han (succession_test_label_text (succession_test_find_child (heading, SUCCESSION_TYPE_WRAP_LABEL, NULL))));

    g_settings_set_enum (settings, "name-display", SUCCESSION_NAME_DISPLAY_PINYIN);
    succession_test_wait_for_frame (GTK_WIDGET (window));
    g_assert_nonnull (office_row);
    g_assert_cmpstr (succession_test_label_text (succession_test_find_child (office_row, SUCCESSION_TYPE_WRAP_LABEL, NULL)),
                     ==, "Secretary-General of the Standing Committee of the National People's Congress");
    g_assert_false (has_han (succession_test_label_text (succession_test_find_child (heading, SUCCESSION_TYPE_WRAP_LABEL, NULL))));
    g_object_remove_weak_pointer (G_OBJECT (office_row), (gpointer *) &office_row);
    g_settings_set_enum (settings, "name-display", SUCCESSION_NAME_DISPLAY_CHARACTERS);
    succession_test_wait_for_frame (GTK_WIDGET (window));
  }

  /* A body: its leaders and its departments' tree. */
  g_assert_true (succession_window_show_page (window, "body:npcsc"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_BODY_PAGE, NULL);
  list = succession_test_find_child (page, GTK_TYPE_LIST_BOX, "leaders_list");
  row = gtk_widget_get_first_child (list);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_true (has_han (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))));
  expander = succession_test_find_child (page, GTK_TYPE_TREE_EXPANDER, NULL);
  g_assert_nonnull (expander);
  label = succession_test_find_child (expander, GTK_TYPE_LABEL, NULL);
  tree_before = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  g_assert_true (has_han (tree_before));
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);

  g_settings_reset (settings, "name-display");
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_first_child (list) == row);
  g_assert_false (has_han (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))));
  g_assert_false (has_han (adw_action_row_get_subtitle (ADW_ACTION_ROW (row))));
  g_assert_false (has_han (gtk_label_get_text (GTK_LABEL (label))));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, tree_before);
  g_object_remove_weak_pointer (G_OBJECT (row), (gpointer *) &row);
}

/* Back returns along the pages the reader followed, naming the page it returns to; a dataset
 * opened afresh starts without history. */
static void
test_back_history (void)
{
  SuccessionWindow *window = main_window ();
  g_autoptr(SuccessionDataset) dataset = g_object_ref (succession_window_get_dataset (window));
  AdwLeaflet      *leaflet = ADW_LEAFLET (succession_test_find_child (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  GtkWidget       *back = succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_BUTTON, "back_button");
  g_autofree char *key = NULL;

  g_assert_nonnull (back);
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_true (succession_window_show_page (window, "office:npcsc-secretary-general"));
  succession_window_set_dataset (window, NULL);
  /* Opens on the page last shown, with nothing to go back to. */
  succession_window_set_dataset (window, dataset);
  key = succession_page_target_to_key (succession_window_get_target (window));
  g_assert_cmpstr (key, ==, "office:npcsc-secretary-general");
  g_clear_pointer (&key, g_free);
  g_assert_false (gtk_widget_get_visible (back));
  /* As a click on a link in a page asks for it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-person", "s", "peng-chong"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-body", "s", "npcsc"));
  g_assert_true (gtk_widget_get_visible (back));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (back), ==, "Back to Peng Chong");
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "back-to-person"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  key = succession_page_target_to_key (succession_window_get_target (window));
  g_assert_cmpstr (key, ==, "person:peng-chong");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (back), ==, "Back to Secretary-General of the Standing Committee of the National People's Congress");
  g_clear_pointer (&key, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  key = succession_page_target_to_key (succession_window_get_target (window));
  g_assert_cmpstr (key, ==, "office:npcsc-secretary-general");
  /* Nothing before the first page in a wide window: no button, and Alt+Left does nothing. */
  g_assert_false (gtk_widget_get_visible (back));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_clear_pointer (&key, g_free);
  key = succession_page_target_to_key (succession_window_get_target (window));
  g_assert_cmpstr (key, ==, "office:npcsc-secretary-general");
}

static gboolean
message_dialog_open (gpointer data)
{
  return succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The Source column names the best source and how many more; the details list them all as
 * links, the best first. */
static void
test_sources_details (void)
{
  SuccessionWindow *window = main_window ();
  GtkWidget        *page;
  GtkWindow        *dialog;
  g_autoptr(SuccessionHolderRow) row = NULL;
  GtkWidget *first_link = NULL;
  guint      n_links = 0;
  GPtrArray *stack;

  g_assert_true (succession_window_show_page (window, "office:npcsc-secretary-general"));
  page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  row = g_list_model_get_item (G_LIST_MODEL (succession_office_page_get_selection (SUCCESSION_OFFICE_PAGE (page))), 0);
  g_assert_cmpstr (succession_holder_row_get_name (row), ==, "Peng Zhen");
  g_assert_cmpstr (succession_holder_row_get_sources (row), ==, "Sina / Xinhua News Agency (新华网) +3");

  gtk_single_selection_set_selected (succession_office_page_get_selection (SUCCESSION_OFFICE_PAGE (page)), 0);
  g_assert_true (gtk_widget_activate_action (page, "office.show-sources", NULL));
  g_assert_true (succession_test_wait_until (message_dialog_open, NULL, 5000));
  dialog = succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  stack = g_ptr_array_new ();
  g_ptr_array_add (stack, dialog);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, 0);

      if (GTK_IS_LINK_BUTTON (widget))
        {
          if (first_link == NULL)
            first_link = widget;
          n_links++;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_ptr_array_unref (stack);
  g_assert_cmpuint (n_links, ==, 4);
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (first_link)), ==,
                   "https://news.sina.com.cn/c/2004-02-09/17522811857.shtml");
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "sources-details"));
  gtk_window_destroy (dialog);
}

/* A tenure's note (how its dates were found, what is left open) is shown with its sources, in a
 * column of the table and in the CSV; an office with no notes has no such column. */
static void
test_tenure_note (void)
{
  SuccessionWindow    *window = main_window ();
  GtkSingleSelection  *selection;
  GtkWidget           *page, *note_label;
  GtkWindow           *dialog;
  GtkColumnViewColumn *note_column = NULL;
  g_autoptr(SuccessionHolderRow) first = NULL;
  g_autoptr(SuccessionHolderRow) second = NULL;
  GListModel *columns;

  g_assert_true (succession_window_show_page (window, "office:npcsc-secretary-general"));
  page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  selection = succession_office_page_get_selection (SUCCESSION_OFFICE_PAGE (page));
  first = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  second = g_list_model_get_item (G_LIST_MODEL (selection), 1);
  g_assert_cmpstr (succession_holder_row_get_name (second), ==, "Liu Ningyi");
  g_assert_null (succession_holder_row_get_note (first));
  g_assert_true (g_str_has_prefix (succession_holder_row_get_note (second), "The 3rd NPC met only once"));

  columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (succession_test_find_child (page, GTK_TYPE_COLUMN_VIEW, "holders_view")));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), "Note") == 0)
        note_column = column;
    }
  g_assert_nonnull (note_column);
  g_assert_true (gtk_column_view_column_get_visible (note_column));

  gtk_single_selection_set_selected (selection, 1);
  g_assert_true (gtk_widget_activate_action (page, "office.show-sources", NULL));
  g_assert_true (succession_test_wait_until (message_dialog_open, NULL, 5000));
  dialog = succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  note_label = succession_test_find_label_with (GTK_WIDGET (dialog), "stopped functioning during the Cultural Revolution");
  g_assert_nonnull (note_label);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (note_label)));
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "sources-note"));
  gtk_window_destroy (dialog);
}

static gboolean
error_dialog_open (gpointer data)
{
  return succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
test_bad_file_keeps_dataset (void)
{
  SuccessionWindow  *window = main_window ();
  SuccessionDataset *before = succession_window_get_dataset (window);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  GtkWindow       *dialog;

  path = g_build_filename (g_get_tmp_dir (), "succession-test-bad.json", NULL);
  g_assert_true (g_file_set_contents (path, "{ \"persons\": [ { \"id\": 1 } ] }", -1, NULL));
  file = g_file_new_for_path (path);

  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (error_dialog_open, NULL, 10000));
  dialog = succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  succession_test_wait_for_frame (GTK_WIDGET (dialog));
  g_free (succession_test_screenshot (GTK_WIDGET (dialog), "error-dialog"));

  g_assert_true (succession_window_get_dataset (window) == before);
  gtk_window_close (dialog);
  g_unlink (path);
}

static gboolean
dataset_changed (gpointer data)
{
  SuccessionWindow  *window = data;
  SuccessionDataset *dataset = succession_window_get_dataset (window);

  return dataset != NULL && succession_dataset_get_file (dataset) != NULL;
}

static void
test_third_party_popolo (void)
{
  SuccessionWindow *window = main_window ();
  g_autoptr(GFile) file = NULL;
  g_autofree char   *path = NULL;
  SuccessionDataset *dataset;
  GListModel        *offices;
  g_autoptr(SuccessionOffice) office = NULL;
  g_autofree char *page = NULL;

  path = g_build_filename (g_getenv ("SUCCESSION_SOURCE_ROOT"), "..", "shared", "popolo-samples",
                           "zimbabwe-senate-ep-popolo-v1.0.json", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the Popolo samples are not beside the repository");
      return;
    }

  file = g_file_new_for_path (path);
  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_changed, window, 20000));

  /* A file without posts: its organisation and role act as the office, with every member. */
  dataset = succession_window_get_dataset (window);
  offices = succession_dataset_get_offices (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (offices), >=, 1);
  office = g_list_model_get_item (offices, 0);
  g_assert_true (succession_office_is_synthesized (office));
  page = g_strdup_printf ("office:%s", succession_office_get_id (office));
  g_assert_true (succession_window_show_page (window, page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (holders_view (window)))), ==,
                    succession_office_get_n_tenures (office));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "popolo-sample"));
}

static gboolean
narrow_list_shown (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (data)), "list") == 0;
}

static void
test_narrow_and_dark (void)
{
  SuccessionWindow *window = main_window ();
  AdwStyleManager  *style = adw_style_manager_get_default ();

  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  g_assert_true (succession_window_show_page (window, "office:cppcc-secretary-general"));
  succession_test_spin (200);
  /* On a phone the table gives way to a list of holders; a tap opens the row's details. */
  {
    GtkWidget        *page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
    GtkWidget        *stack = succession_test_find_child (page, GTK_TYPE_STACK, "holders_stack");
    GtkWidget        *list = succession_test_find_child (page, GTK_TYPE_LIST_VIEW, "holders_list");
    AdwMessageDialog *details;
    gboolean          took_office = FALSE;
    GPtrArray        *widgets;

    g_assert_true (succession_test_wait_until (narrow_list_shown, stack, 10000));
    succession_test_wait_for_frame (GTK_WIDGET (window));
    g_free (succession_test_screenshot (GTK_WIDGET (window), "office-narrow"));
    g_signal_emit_by_name (list, "activate", 0);
    g_assert_true (succession_test_wait_until (message_dialog_open, NULL, 5000));
    details = ADW_MESSAGE_DIALOG (succession_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    g_assert_cmpstr (adw_message_dialog_get_heading (details), ==, "Li Weihan");
    widgets = g_ptr_array_new ();
    g_ptr_array_add (widgets, details);
    while (widgets->len > 0)
      {
        GtkWidget *widget = g_ptr_array_steal_index (widgets, 0);

        if (ADW_IS_ACTION_ROW (widget) &&
            g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), "Took Office") == 0 &&
            g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), "9 October 1949") == 0)
          took_office = TRUE;
        for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (widgets, c);
      }
    g_ptr_array_unref (widgets);
    g_assert_true (took_office);
    succession_test_wait_for_frame (GTK_WIDGET (details));
    g_free (succession_test_screenshot (GTK_WIDGET (details), "office-narrow-details"));
    gtk_window_destroy (GTK_WINDOW (details));
  }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  succession_test_spin (100);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "office-narrow-dark"));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  succession_test_spin (200);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "office-wide-dark"));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = succession_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/browse/office-rows", test_office_rows);
  g_test_add_func ("/ui/browse/office-sorting", test_office_sorting);
  g_test_add_func ("/ui/browse/search-person", test_search_person);
  g_test_add_func ("/ui/browse/on-date", test_on_date);
  g_test_add_func ("/ui/browse/on-date-partial", test_on_date_partial);
  g_test_add_func ("/ui/browse/chair-column-of-deputy", test_chair_column_of_deputy);
  g_test_add_func ("/ui/browse/body-tree", test_body_tree);
  g_test_add_func ("/ui/browse/copy-citation", test_copy_citation);
  g_test_add_func ("/ui/browse/sources-details", test_sources_details);
  g_test_add_func ("/ui/browse/tenure-note", test_tenure_note);
  g_test_add_func ("/ui/browse/sidebar-enter", test_sidebar_enter);
  g_test_add_func ("/ui/browse/name-display-in-place", test_name_display_in_place);
  g_test_add_func ("/ui/browse/name-display-in-place-person-body", test_name_display_in_place_person_body);
  g_test_add_func ("/ui/browse/back-history", test_back_history);
  g_test_add_func ("/ui/browse/bad-file-keeps-dataset", test_bad_file_keeps_dataset);
  g_test_add_func ("/ui/browse/narrow-and-dark", test_narrow_and_dark);
  g_test_add_func ("/ui/browse/third-party-popolo", test_third_party_popolo);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
