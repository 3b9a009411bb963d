/* test-ui-i18n.c — the window in the interface's language, right to left, and names as written
 *
 * Run once per language by the build (LANGUAGE=zh_CN, zh_TW, en): the window's own strings
 * come from the catalogue and the dataset's names in the language's script.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "succession-application.h"
#include "succession-i18n.h"
#include "succession-office-page.h"
#include "succession-sidebar.h"
#include "succession-test-utils.h"
#include "succession-window.h"

static SuccessionApplication *app;

static SuccessionWindow *
main_window (void)
{
  return succession_test_main_window (app);
}

/* Is there a label under @root whose text is exactly @text? */
static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (succession_test_label_text (child), text) == 0)
        return TRUE;
      if (has_label (child, text))
        return TRUE;
    }

  return FALSE;
}

/* Every label under @root whose text holds @needle, into @found. */
static void
find_labels (GtkWidget  *root,
             const char *needle,
             GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (succession_test_label_text (child) != NULL && gtk_widget_get_mapped (child) &&
          strstr (succession_test_label_text (child), needle) != NULL)
        g_ptr_array_add (found, child);
      find_labels (child, needle, found);
    }
}

/* Where @label draws the first character of @needle, in reading order of the lines it wraps
 * to: the line, then the distance from the left edge. */
static int
drawn_at (GtkWidget  *label,
          const char *needle)
{
  PangoLayout *layout = succession_test_label_layout (label);
  const char  *text = pango_layout_get_text (layout);
  const char  *found = strstr (text, needle);
  int          line, x;

  g_assert_nonnull (found);
  pango_layout_index_to_line_x (layout, (int) (found - text), FALSE, &line, &x);
  return line * 100000 + x / PANGO_SCALE;
}

/* The name "‮evil‬ reversed 😀 emoji" ends its right-to-left override itself: every label that
 * shows it draws "live" and then "reversed", left to right, as the name alone reads, and what
 * the label adds comes after it. Returns how many such labels are on screen. */
static guint
assert_override_contained (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  find_labels (root, "evil", labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      g_test_message ("label: %s", succession_test_label_text (label));
      g_assert_cmpint (drawn_at (label, "reversed"), >, drawn_at (label, "evil"));
      g_assert_cmpint (drawn_at (label, "emoji"), >, drawn_at (label, "reversed"));
    }
  return labels->len;
}

typedef struct
{
  const char *language;
  const char *on_a_date;
  const char *officeholders;
  const char *office_name;
  const char *person_name;
} Expected;

static const Expected expected[] = {
  { "zh_CN", "按日期查询…", "任职者", "中国人民政治协商会议全国委员会主席", "彭真" },
  { "zh_TW", "依日期查詢…", "任職者", "中國人民政治協商會議全國委員會主席", "彭真" },
  { "en", "On a Date…", "Officeholders", "Chairperson of the CPPCC National Committee", "Peng Zhen" },
};

static const Expected *
expected_for_language (void)
{
  const char *language = g_getenv ("LANGUAGE");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (g_strcmp0 (language, expected[i].language) == 0)
      return &expected[i];

  return &expected[G_N_ELEMENTS (expected) - 1];
}

static void
test_language (void)
{
  const Expected   *e = expected_for_language ();
  SuccessionWindow *window = main_window ();
  g_autofree char  *shot = g_strdup_printf ("i18n-%s", e->language);

  /* The sidebar makes its rows for what is on screen, when the window is first laid out. */
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (has_label (GTK_WIDGET (window), e->on_a_date));
  g_assert_true (has_label (GTK_WIDGET (window), e->office_name));

  g_assert_true (succession_window_show_page (window, "office:npcsc-chairperson"));
  g_assert_true (has_label (GTK_WIDGET (window), e->officeholders));
  g_assert_true (has_label (GTK_WIDGET (window), e->person_name));

  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), shot));
}

/* The pictures of the AppStream metainfo (data/…metainfo.xml.in.in), in English and Chinese:
 * committed under screenshots/ as NAME-LANGUAGE.png from build/tests/screenshots/appstream-*.
 * The window at its default size, an office with a holder selected, then the chart. */
static void
test_appstream_screenshots (void)
{
  const char       *language = expected_for_language ()->language;
  SuccessionWindow *window = main_window ();
  g_autofree char  *office_shot = g_strdup_printf ("appstream-office-%s", language);
  g_autofree char  *chart_shot = g_strdup_printf ("appstream-chart-%s", language);
  int               width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 720);

  g_assert_true (succession_window_show_page (window, "office:npcsc-secretary-general"));
  succession_test_spin (100);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), office_shot));

  g_assert_true (succession_window_show_page (window, "chart"));
  succession_test_spin (200);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), chart_shot));
}

static void
test_right_to_left (void)
{
  SuccessionWindow *window;
  g_autofree char  *shot = g_strdup_printf ("i18n-rtl-%s", expected_for_language ()->language);

  /* A right-to-left interface mirrors the leaflet, the headers and the table. */
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = main_window ();
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);
  g_assert_true (succession_window_show_page (window, "office:cppcc-secretary-general"));
  succession_test_spin (100);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), shot));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static gboolean
dataset_from_file (gpointer data)
{
  SuccessionDataset *dataset = succession_window_get_dataset (data);

  return dataset != NULL && succession_dataset_get_file (dataset) != NULL;
}

static void
test_names_as_written (void)
{
  SuccessionWindow *window = main_window ();
  g_autofree char  *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "hostile-names.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *title;

  succession_window_open_file (window, file, NULL);
  g_assert_true (succession_test_wait_until (dataset_from_file, window, 10000));

  /* Markup characters, printf directives, bidi overrides and emoji show as written. */
  g_assert_true (succession_window_show_page (window, "office:office"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (has_label (GTK_WIDGET (window), "Chair <span foreground=\"red\">x</span> &amp; %n"));
  g_assert_true (has_label (GTK_WIDGET (window), "<b>Bold</b> & Sons %s"));
  /* A name with a bidi override is isolated where it is shown, so it cannot reorder its label. */
  g_assert_true (has_label (GTK_WIDGET (window), "\u200e\u2068\u202eevil\u202c reversed 😀 emoji\u2069"));
  /* The holder table and the sidebar's office row (its current holder). */
  g_assert_cmpuint (assert_override_contained (GTK_WIDGET (window)), >=, 2);

  g_assert_true (succession_window_show_page (window, "person:p2"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  title = succession_test_find_child (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_nonnull (title);
  g_assert_cmpuint (assert_override_contained (title), ==, 1);
  /* The title and the person's "Name" row. */
  g_assert_cmpuint (assert_override_contained (GTK_WIDGET (window)), >=, 2);

  g_assert_true (succession_window_show_page (window, "person:p1"));
  title = succession_test_find_child (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_nonnull (title);
  g_assert_true (has_label (title, "<b>Bold</b> & Sons %s"));
  g_assert_true (has_label (title, "<i>Hostile</i> & names %s"));

  g_assert_true (succession_window_show_page (window, "body:body"));
  g_assert_true (has_label (GTK_WIDGET (window), "Body <b>bold</b> & co %s %d"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  /* The sidebar and the body's "Leaders Today". */
  g_assert_cmpuint (assert_override_contained (GTK_WIDGET (window)), >=, 2);
  g_free (succession_test_screenshot (GTK_WIDGET (window), "hostile-names"));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = succession_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/i18n/language", test_language);
  g_test_add_func ("/ui/i18n/appstream-screenshots", test_appstream_screenshots);
  g_test_add_func ("/ui/i18n/right-to-left", test_right_to_left);
  g_test_add_func ("/ui/i18n/names-as-written", test_names_as_written);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
