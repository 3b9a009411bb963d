/* test-ui-councils.c — the councils in the window: who sat with whom, and a Vice-Chairperson's terms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "succession-application.h"
#include "succession-date-page.h"
#include "succession-office-page.h"
#include "succession-person-page.h"
#include "succession-date-answer-row.h"
#include "succession-test-utils.h"
#include "succession-timeline.h"
#include "succession-window.h"

static SuccessionApplication *app;

/* The On a Date row titled @title, or NULL. */
/* The line of @text that starts with @prefix, or NULL. */
static char *
line_starting (const char *text,
               const char *prefix)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i]);
  return NULL;
}

static guint
count_names (const char *line)
{
  const char *names = strchr (line, ':');
  g_auto (GStrv) parts = g_strsplit (names != NULL ? names + 1 : line, ",", -1);

  return g_strv_length (parts);
}

/* On a Date set to @date: the lines of @council's row naming its chair, its deputies and its
 * secretary (each line starts with its office's name), in the council's official order. */
static void
council_lines (SuccessionWindow *window,
               const char       *date,
               const char       *council,
               const char       *chair_office,
               const char       *vice_office,
               const char       *secretary_office,
               char            **chair_line,
               char            **vice_line,
               char            **secretary_line)
{
  GtkWidget  *date_page, *row;
  const char *members;

  g_assert_true (succession_window_show_page (window, "date"));
  date_page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_DATE_PAGE, NULL);
  succession_date_page_set_date (SUCCESSION_DATE_PAGE (date_page), date);
  /* The councils come after the offices: the search for the row scrolls to them. */
  succession_test_wait_for_frame (date_page);
  row = succession_test_date_answer (date_page, council);
  g_assert_nonnull (row);
  members = succession_date_answer_row_get_subtitle (SUCCESSION_DATE_ANSWER_ROW (row));
  *chair_line = line_starting (members, chair_office);
  *vice_line = line_starting (members, vice_office);
  *secretary_line = line_starting (members, secretary_office);
  g_assert_nonnull (*chair_line);
  g_assert_nonnull (*vice_line);
  g_assert_nonnull (*secretary_line);
  g_assert_true (strstr (members, *chair_line) < strstr (members, *vice_line));
  g_assert_true (strstr (members, *vice_line) < strstr (members, *secretary_line));
}

static void
cppcc_council_lines (SuccessionWindow *window,
                     const char       *date,
                     char            **chair_line,
                     char            **vice_line,
                     char            **secretary_line)
{
  council_lines (window, date, "Chairperson's Council of the CPPCC National Committee",
                 "Chairperson of the CPPCC", "Vice-Chairperson of the CPPCC", "Secretary-General of the CPPCC",
                 chair_line, vice_line, secretary_line);
}

/* Asked who sat with Peng Chong on the Council of Chairpersons in 1990, the window names the
 * Chairman, every Vice-Chairperson of the 7th NPC in the order of their election, and him. */
static void
test_council_on_date (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autofree char  *chair_line = NULL;
  g_autofree char  *vice_line = NULL;
  g_autofree char  *secretary_line = NULL;

  council_lines (window, "1990", "Council of Chairpersons of the NPC Standing Committee",
                 "Chairman", "Vice-Chairperson", "Secretary-General", &chair_line, &vice_line, &secretary_line);
  g_assert_nonnull (strstr (chair_line, "Wan Li"));
  g_assert_nonnull (strstr (secretary_line, "Peng Chong"));
  /* Elected in this order on 8 April 1988: Xi Zhongxun first, Wang Hanbin last. */
  g_assert_nonnull (strstr (vice_line, "Xi Zhongxun"));
  g_assert_nonnull (strstr (vice_line, "Wang Hanbin"));
  g_assert_true (strstr (vice_line, "Xi Zhongxun") < strstr (vice_line, "Wang Hanbin"));
  /* Nineteen were elected; Ulanhu, the Panchen Lama and Wei Guoqing had died by 1990. */
  g_assert_cmpuint (count_names (vice_line), ==, 16);
  g_assert_null (strstr (vice_line, "Ulanhu"));
  g_assert_null (strstr (vice_line, "possibly"));

  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "council-on-date"));
}

/* The CPPCC's Chairperson's Council on 1 June 2019: Wang Yang, the twenty-four Vice-Chairpersons of
 * the 13th National Committee in the order of their election, and Xia Baolong. */
static void
test_cppcc_council_on_date (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autofree char  *chair_line = NULL;
  g_autofree char  *vice_line = NULL;
  g_autofree char  *secretary_line = NULL;

  cppcc_council_lines (window, "2019-06-01", &chair_line, &vice_line, &secretary_line);
  g_assert_nonnull (strstr (chair_line, "Wang Yang"));
  g_assert_nonnull (strstr (secretary_line, "Xia Baolong"));
  g_assert_cmpuint (count_names (vice_line), ==, 24);
  g_assert_true (strstr (vice_line, "Zhang Qingli") < strstr (vice_line, "Gao Yunlong"));
  g_assert_null (strstr (vice_line, "possibly"));
}

/* The Chairperson's Council on 1 June 1960: Zhou Enlai, the 3rd National Committee's
 * Vice-Chairpersons of April 1959 less Li Jishen (died October 1959) with He Xiangning (added in
 * April 1960) last, and Xu Bing. */
static void
test_cppcc_council_1960 (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  g_autofree char  *chair_line = NULL;
  g_autofree char  *vice_line = NULL;
  g_autofree char  *secretary_line = NULL;

  cppcc_council_lines (window, "1960-06-01", &chair_line, &vice_line, &secretary_line);
  g_assert_nonnull (strstr (chair_line, "Zhou Enlai"));
  g_assert_nonnull (strstr (secretary_line, "Xu Bing"));
  g_assert_cmpuint (count_names (vice_line), ==, 14);
  g_assert_true (strstr (vice_line, "Peng Zhen") < strstr (vice_line, "He Xiangning"));
  g_assert_null (strstr (vice_line, "Li Jishen"));
  g_assert_null (strstr (vice_line, "possibly"));
}

/* The office page of the Secretary-General says who sat beside the selected holder. */
static void
test_alongside_on_office_page (void)
{
  SuccessionWindow  *window = succession_test_main_window (app);
  GtkWidget         *page, *view;
  GtkSelectionModel *selection;
  GtkWidget         *alongside = NULL;
  guint              n, peng_chong = GTK_INVALID_LIST_POSITION;

  g_assert_true (succession_window_show_page (window, "office:npcsc-secretary-general"));
  page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  view = succession_test_find_child (page, GTK_TYPE_COLUMN_VIEW, NULL);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (selection), i);
      g_autofree char *name = NULL;

      g_object_get (row, "name", &name, NULL);
      if (g_strcmp0 (name, "Peng Chong") == 0)
        peng_chong = i;
    }
  g_assert_cmpuint (peng_chong, !=, GTK_INVALID_LIST_POSITION);
  gtk_selection_model_select_item (selection, peng_chong, TRUE);

  /* The label that names the council, wherever the page puts it. */
  {
    GtkWidget *label = NULL;
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, page);
    while (stack->len > 0 && label == NULL)
      {
        GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
            g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "Alongside on the Council of Chairpersons"))
          label = widget;
        for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
    g_ptr_array_unref (stack);
    alongside = label;
  }
  g_assert_nonnull (alongside);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (alongside)), "Wan Li"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (alongside)), "Xi Zhongxun"));

  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "council-alongside"));
}

/* A Vice-Chairperson re-elected for several terms has a tenure a term on his page. */
static void
test_vice_chairperson_terms (void)
{
  SuccessionWindow *window = succession_test_main_window (app);
  GtkWidget        *page, *list;
  guint             vice = 0;

  g_assert_true (succession_window_show_page (window, "person:ngapoi-ngawang-jigme"));
  page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_PERSON_PAGE, NULL);
  list = succession_test_find_child (page, GTK_TYPE_LIST_BOX, "tenures_list");
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      const char *title = ADW_IS_PREFERENCES_ROW (row) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;

      if (title != NULL && strstr (title, "Vice-Chairperson of the Standing Committee of the National People's Congress") != NULL)
        vice++;
    }
  /* Re-elected by every NPC from the 3rd (1965) to the 9th (1998). */
  g_assert_cmpuint (vice, >=, 5);

  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "council-person"));
}

/* The lane of @person's tenure that starts on @day, or -1. */
static int
lane_of (SuccessionChartRow *row,
         const char         *person,
         const char         *day)
{
  for (guint l = 0; l < row->lanes->len; l++)
    {
      SuccessionChartLane *lane = g_ptr_array_index (row->lanes, l);

      for (guint i = 0; i < lane->items->len; i++)
        {
          SuccessionChartItem *item = &g_array_index (lane->items, SuccessionChartItem, i);
          SuccessionPerson    *holder = succession_tenure_get_person (item->tenure);
          g_autofree char     *start = succession_date_to_iso (succession_tenure_get_start_date (item->tenure));

          if (holder != NULL && g_strcmp0 (succession_person_get_id (holder), person) == 0 &&
              g_strcmp0 (start, day) == 0)
            return (int) l;
        }
    }
  return -1;
}

/* The office of some twenty seats on screen: a lane a holder, in the order the congress elected
 * them, each lane tall enough for its name, and the chart scrolls rather than squeezes. */
static void
test_many_seat_chart (void)
{
  SuccessionWindow    *window = succession_test_main_window (app);
  GtkWidget           *timeline;
  SuccessionChartData *data;
  SuccessionChartRow  *row;
  int                  xi, peng, wang;

  timeline = GTK_WIDGET (succession_test_office_timeline (window, "npcsc-vice-chairperson"));

  data = succession_timeline_get_data (SUCCESSION_TIMELINE (timeline));
  g_assert_nonnull (data);
  g_assert_cmpuint (succession_chart_data_get_n_rows (data), ==, 1);
  row = succession_chart_data_get_row (data, 0);
  g_assert_cmpuint (row->lanes->len, >=, 20);
  g_assert_cmpuint (row->lanes->len, <=, 30);

  /* Elected on 8 April 1988 in this order: Xi Zhongxun first, Peng Chong third, Wang Hanbin last. */
  xi = lane_of (row, "xi-zhongxun", "1988-04-08");
  peng = lane_of (row, "peng-chong", "1988-04-08");
  wang = lane_of (row, "wang-hanbin", "1988-04-08");
  g_assert_cmpint (xi, >=, 0);
  g_assert_cmpint (xi, <, peng);
  g_assert_cmpint (peng, <, wang);

  /* Every lane at its full height: the chart asks for its whole height and scrolls, rather than
   * squeezing twenty names into the view. */
  {
    int minimum, natural;

    gtk_widget_measure (timeline, GTK_ORIENTATION_VERTICAL, -1, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (natural, >=, (int) row->lanes->len * 20);
  }

  g_free (succession_test_screenshot (GTK_WIDGET (window), "council-vice-chairpersons"));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = succession_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/councils/on-date", test_council_on_date);
  g_test_add_func ("/ui/councils/cppcc-on-date", test_cppcc_council_on_date);
  g_test_add_func ("/ui/councils/cppcc-1960", test_cppcc_council_1960);
  g_test_add_func ("/ui/councils/alongside", test_alongside_on_office_page);
  g_test_add_func ("/ui/councils/vice-chairperson-terms", test_vice_chairperson_terms);
  g_test_add_func ("/ui/councils/many-seat-chart", test_many_seat_chart);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
