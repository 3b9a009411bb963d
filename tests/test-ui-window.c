/* test-ui-window.c — the main window opens, paints, and its dialogs open and close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "succession-application.h"
#include "succession-i18n.h"
#include "succession-test-utils.h"
#include "succession-window.h"

static SuccessionApplication *app;

static SuccessionWindow *
open_main_window (void)
{
  return succession_test_main_window (app);
}

static void
test_window_opens (void)
{
  SuccessionWindow *window = open_main_window ();
  g_autofree char *png = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Succession");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  png = succession_test_screenshot (GTK_WIDGET (window), "window");
  g_assert_true (g_file_test (png, G_FILE_TEST_EXISTS));
}

static gboolean
about_is_open (gpointer data)
{
  return succession_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW) != NULL;
}

static gboolean
about_is_closed (gpointer data)
{
  return !about_is_open (data);
}

static void
test_window_about (void)
{
  SuccessionWindow *window = open_main_window ();
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (succession_test_wait_until (about_is_open, NULL, 5000));

  about = succession_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Succession");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));
  succession_test_wait_for_frame (GTK_WIDGET (about));

  gtk_window_close (about);
  g_assert_true (succession_test_wait_until (about_is_closed, NULL, 5000));
}

static gboolean
shortcuts_is_open (gpointer data)
{
  return succession_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) != NULL;
}

static gboolean
shortcuts_is_closed (gpointer data)
{
  return !shortcuts_is_open (data);
}

static void
test_window_shortcuts (void)
{
  SuccessionWindow *window = open_main_window ();
  GtkWindow *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (succession_test_wait_until (shortcuts_is_open, NULL, 5000));

  shortcuts = succession_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  succession_test_wait_for_frame (GTK_WIDGET (shortcuts));
  g_free (succession_test_screenshot (GTK_WIDGET (shortcuts), "shortcuts"));
  gtk_window_close (shortcuts);
  g_assert_true (succession_test_wait_until (shortcuts_is_closed, NULL, 5000));
}

static void
test_window_state_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  SuccessionWindow *window = open_main_window ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  succession_test_spin (50);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A new window comes back at the saved size. */
  window = open_main_window ();
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 650);
  }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = succession_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/window/opens", test_window_opens);
  g_test_add_func ("/ui/window/about", test_window_about);
  g_test_add_func ("/ui/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/ui/window/state-saved", test_window_state_saved);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
