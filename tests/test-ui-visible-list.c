/* test-ui-visible-list.c — a list that makes rows only for what is on screen
 *
 * The sidebar's browse list (SuccessionVisibleList) in a window of its own, over lists of 50
 * and 10,000 lines: as many rows for either, every line reachable by scrolling and by the keys,
 * the focus and the selection kept as rows are reused, and a change of the list shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "succession-i18n.h"
#include "succession-sidebar-entry.h"
#include "succession-sidebar-row.h"
#include "succession-test-utils.h"
#include "succession-visible-list.h"

#define LIST_HEIGHT 400

typedef struct
{
  GtkWindow             *window;
  SuccessionVisibleList *list;
  GListStore            *lines;
} Fixture;

static void
add_lines (GListStore *lines,
           guint       n)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint first = g_list_model_get_n_items (G_LIST_MODEL (lines));

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *label = g_strdup_printf ("Line %u", i);

      g_ptr_array_add (entries, succession_sidebar_entry_new_link (succession_page_target_new (SUCCESSION_PAGE_DATE, NULL),
                                                                   NULL, label, NULL, FALSE));
    }
  g_list_store_splice (lines, first, 0, entries->pdata, entries->len);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer n_lines)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  fixture->lines = g_list_store_new (SUCCESSION_TYPE_SIDEBAR_ENTRY);
  add_lines (fixture->lines, GPOINTER_TO_UINT (n_lines));
  fixture->list = SUCCESSION_VISIBLE_LIST (succession_visible_list_new (SUCCESSION_TYPE_SIDEBAR_ROW, "entry"));
  gtk_widget_add_css_class (GTK_WIDGET (fixture->list), "navigation-sidebar");
  succession_visible_list_set_model (fixture->list, G_LIST_MODEL (fixture->lines));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture->list));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 300, LIST_HEIGHT);
  gtk_window_set_child (fixture->window, scrolled);
  gtk_window_present (fixture->window);
  succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer unused)
{
  gtk_window_destroy (fixture->window);
  g_object_unref (fixture->lines);
}

static guint
n_rows (Fixture *fixture)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (fixture->list)); row; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static const char *
row_text (GtkWidget *row)
{
  return succession_sidebar_entry_get_label (succession_sidebar_row_get_entry (SUCCESSION_SIDEBAR_ROW (row)));
}

/* Whether @row is wholly inside the list's view. */
static gboolean
on_screen (Fixture   *fixture,
           GtkWidget *row)
{
  graphene_rect_t bounds;

  if (row == NULL || !gtk_widget_compute_bounds (row, GTK_WIDGET (fixture->list), &bounds))
    return FALSE;
  return bounds.origin.y >= -0.5 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (fixture->list)) + 0.5;
}

/* A key pressed on the list: its binding for @key, run as a key press runs it. */
static void
press (Fixture    *fixture,
       const char *key)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->list));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, key))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (fixture->list),
                                                           gtk_shortcut_get_arguments (shortcut)));
              succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
              return;
            }
        }
    }
  g_error ("The list has no binding for %s", key);
}

static guint
focused_position (Fixture *fixture)
{
  return succession_visible_list_get_position (fixture->list, gtk_root_get_focus (GTK_ROOT (fixture->window)));
}

/* As many rows for 10,000 lines as for 50: those that meet the screen and one on each side. */
static void
test_rows_follow_the_screen (void)
{
  Fixture few, many;
  guint   rows_for_few, rows_for_many;

  fixture_set_up (&few, GUINT_TO_POINTER (50));
  fixture_set_up (&many, GUINT_TO_POINTER (10000));
  rows_for_few = n_rows (&few);
  rows_for_many = n_rows (&many);
  g_test_message ("rows for 50 lines: %u; for 10,000: %u", rows_for_few, rows_for_many);

  g_assert_cmpuint (rows_for_many, ==, rows_for_few);
  /* A 400-pixel view holds about eleven 36-pixel rows. */
  g_assert_cmpuint (rows_for_many, >=, LIST_HEIGHT / 36);
  g_assert_cmpuint (rows_for_many, <=, LIST_HEIGHT / 36 + 4);
  g_assert_cmpstr (row_text (gtk_widget_get_first_child (GTK_WIDGET (many.list))), ==, "Line 0");
  g_assert_true (on_screen (&many, succession_visible_list_get_row (many.list, 0)));

  fixture_tear_down (&few, NULL);
  fixture_tear_down (&many, NULL);
}

/* The scrollbar reaches the last line, and the middle on the way. */
static void
test_scrolling (Fixture      *fixture,
                gconstpointer unused)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->list));
  GtkWidget     *row;
  guint          first = GTK_INVALID_LIST_POSITION;

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
  for (row = gtk_widget_get_first_child (GTK_WIDGET (fixture->list)); row; row = gtk_widget_get_next_sibling (row))
    if (on_screen (fixture, row))
      {
        first = succession_visible_list_get_position (fixture->list, row);
        break;
      }
  g_test_message ("half way down: line %u", first);
  g_assert_cmpuint (first, >, 2000);
  g_assert_cmpuint (first, <, 8000);
  g_assert_cmpuint (n_rows (fixture), <=, LIST_HEIGHT / 36 + 4);

  /* The estimate of the lines not measured yet changes as rows are measured: a few scrolls to
   * the end, as a user drags the scrollbar's handle down, reach it. */
  for (guint i = 0; i < 4; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
    }
  row = succession_visible_list_get_row (fixture->list, 9999);
  g_assert_nonnull (row);
  g_assert_cmpstr (row_text (row), ==, "Line 9999");
  g_assert_true (on_screen (fixture, row));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment), >=,
                     gtk_adjustment_get_upper (adjustment) - 1);
}

static void
on_activate (SuccessionVisibleList *list,
             guint                  position,
             guint                 *activated)
{
  *activated = position;
}

/* The arrow keys, Page Down, Home and End move the focus over every line and bring it on
 * screen; Enter activates the focused line. */
static void
test_keys (Fixture      *fixture,
           gconstpointer unused)
{
  guint activated = GTK_INVALID_LIST_POSITION;

  g_assert_true (succession_visible_list_focus (fixture->list, 0));
  succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
  press (fixture, "Down");
  g_assert_cmpuint (focused_position (fixture), ==, 1);
  press (fixture, "Page_Down");
  g_assert_cmpuint (focused_position (fixture), >, 5);
  g_assert_true (on_screen (fixture, gtk_root_get_focus (GTK_ROOT (fixture->window))));

  press (fixture, "End");
  g_assert_cmpuint (focused_position (fixture), ==, 9999);
  g_assert_true (on_screen (fixture, gtk_root_get_focus (GTK_ROOT (fixture->window))));
  press (fixture, "Up");
  g_assert_cmpuint (focused_position (fixture), ==, 9998);
  press (fixture, "Home");
  g_assert_cmpuint (focused_position (fixture), ==, 0);
  g_assert_true (on_screen (fixture, gtk_root_get_focus (GTK_ROOT (fixture->window))));

  press (fixture, "Down");
  press (fixture, "Down");
  g_signal_connect (fixture->list, "activate", G_CALLBACK (on_activate), &activated);
  press (fixture, "Return");
  g_assert_cmpuint (activated, ==, 2);
}

/* A row scrolled away with the focus leaves it on the list, and the keys go on from its line;
 * the selected line shows as selected on whichever row shows it. */
static void
test_focus_and_selection_kept (Fixture      *fixture,
                               gconstpointer unused)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->list));

  succession_visible_list_set_selected (fixture->list, 3);
  g_assert_true (gtk_widget_get_state_flags (succession_visible_list_get_row (fixture->list, 3)) & GTK_STATE_FLAG_SELECTED);
  g_assert_false (gtk_widget_get_state_flags (succession_visible_list_get_row (fixture->list, 4)) & GTK_STATE_FLAG_SELECTED);

  g_assert_true (succession_visible_list_focus (fixture->list, 5));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_null (succession_visible_list_get_row (fixture->list, 5));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->list)));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (fixture->list)); row; row = gtk_widget_get_next_sibling (row))
    g_assert_false (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED);

  press (fixture, "Down");
  g_assert_cmpuint (focused_position (fixture), ==, 6);
  g_assert_true (on_screen (fixture, gtk_root_get_focus (GTK_ROOT (fixture->window))));
  g_assert_false (gtk_widget_get_state_flags (succession_visible_list_get_row (fixture->list, 6)) & GTK_STATE_FLAG_SELECTED);
  press (fixture, "Up");
  press (fixture, "Up");
  press (fixture, "Up");
  g_assert_cmpuint (focused_position (fixture), ==, 3);
  g_assert_true (gtk_widget_get_state_flags (succession_visible_list_get_row (fixture->list, 3)) & GTK_STATE_FLAG_SELECTED);
}

/* The focus given to a line of a list that was never laid out (a list just shown, as the
 * search results are when the first search answers) reaches its row at the first frame. */
static void
test_focus_before_layout (void)
{
  Fixture    fixture;
  GtkWidget *hidden;

  fixture_set_up (&fixture, GUINT_TO_POINTER (10000));
  hidden = succession_visible_list_new (SUCCESSION_TYPE_SIDEBAR_ROW, "entry");
  succession_visible_list_set_model (SUCCESSION_VISIBLE_LIST (hidden), G_LIST_MODEL (fixture.lines));
  gtk_window_set_child (fixture.window, hidden);
  g_assert_true (succession_visible_list_focus (SUCCESSION_VISIBLE_LIST (hidden), 4));
  g_assert_null (succession_visible_list_get_row (SUCCESSION_VISIBLE_LIST (hidden), 4));
  succession_test_wait_for_frame (GTK_WIDGET (fixture.window));
  g_assert_nonnull (succession_visible_list_get_row (SUCCESSION_VISIBLE_LIST (hidden), 4));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture.window)) == succession_visible_list_get_row (SUCCESSION_VISIBLE_LIST (hidden), 4));
  fixture_tear_down (&fixture, NULL);
}

/* Another list shown: its lines on the rows, from its top; an empty one leaves no row. */
static void
test_model_changes (Fixture      *fixture,
                    gconstpointer unused)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->list));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  succession_test_wait_for_frame (GTK_WIDGET (fixture->window));

  g_list_store_remove_all (fixture->lines);
  succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (n_rows (fixture), ==, 0);

  add_lines (fixture->lines, 3);
  succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (n_rows (fixture), ==, 3);
  g_assert_cmpstr (row_text (succession_visible_list_get_row (fixture->list, 0)), ==, "Line 0");
  g_assert_true (on_screen (fixture, succession_visible_list_get_row (fixture->list, 2)));

  /* Lines added after the last: the rows for those on screen. */
  add_lines (fixture->lines, 100);
  succession_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (n_rows (fixture), >=, LIST_HEIGHT / 36);
  g_assert_cmpuint (n_rows (fixture), <=, LIST_HEIGHT / 36 + 4);
  g_assert_cmpstr (row_text (succession_visible_list_get_row (fixture->list, 0)), ==, "Line 0");
}

int
main (int   argc,
      char *argv[])
{
  succession_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/visible-list/rows-follow-the-screen", test_rows_follow_the_screen);
  g_test_add ("/ui/visible-list/scrolling", Fixture, GUINT_TO_POINTER (10000), fixture_set_up, test_scrolling, fixture_tear_down);
  g_test_add ("/ui/visible-list/keys", Fixture, GUINT_TO_POINTER (10000), fixture_set_up, test_keys, fixture_tear_down);
  g_test_add ("/ui/visible-list/focus-and-selection-kept", Fixture, GUINT_TO_POINTER (10000), fixture_set_up,
              test_focus_and_selection_kept, fixture_tear_down);
  g_test_add_func ("/ui/visible-list/focus-before-layout", test_focus_before_layout);
  g_test_add ("/ui/visible-list/model-changes", Fixture, GUINT_TO_POINTER (10000), fixture_set_up, test_model_changes,
              fixture_tear_down);

  return g_test_run ();
}
