/* test-ui-window.c — the main window opens, paints, and its dialogs open and close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "succession-application.h"
#include "succession-i18n.h"
#include "succession-sidebar.h"
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
  g_autofree char  *png = NULL;

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
  GtkWindow        *about;

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

/* Does a GtkShortcutsShortcut under @root show @accelerator? */
static gboolean
has_shortcut (GtkWidget  *root,
              const char *accelerator)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *shown = NULL;

      if (GTK_IS_SHORTCUTS_SHORTCUT (child))
        g_object_get (child, "accelerator", &shown, NULL);
      if (g_strcmp0 (shown, accelerator) == 0 || has_shortcut (child, accelerator))
        return TRUE;
    }

  return FALSE;
}

/* How many GtkShortcutsShortcut under @root show no keys at all. */
static guint
n_without_keys (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *shown = NULL;

      if (GTK_IS_SHORTCUTS_SHORTCUT (child))
        {
          g_object_get (child, "accelerator", &shown, NULL);
          n += shown == NULL || *shown == '\0';
        }
      n += n_without_keys (child);
    }
  return n;
}

static void
test_window_shortcuts (void)
{
  SuccessionWindow *window = open_main_window ();
  GtkWindow        *shortcuts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (succession_test_wait_until (shortcuts_is_open, NULL, 5000));

  shortcuts = succession_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  /* F1 opens the help, and the list says so. */
  g_assert_true (has_shortcut (GTK_WIDGET (shortcuts), "F1"));
  g_assert_true (has_shortcut (GTK_WIDGET (shortcuts), "<Control>o"));
  /* Every line names its keys. */
  g_assert_cmpuint (n_without_keys (GTK_WIDGET (shortcuts)), ==, 0);
  succession_test_wait_for_frame (GTK_WIDGET (shortcuts));
  g_free (succession_test_screenshot (GTK_WIDGET (shortcuts), "shortcuts"));
  gtk_window_close (shortcuts);
  g_assert_true (succession_test_wait_until (shortcuts_is_closed, NULL, 5000));
}

/* Is there a label under @root whose text starts with @prefix? */
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
help_error_shown (gpointer data)
{
  return has_label_starting (data, "The help could not be opened");
}

/* The shortcut the window binds to @trigger ("F1"), or NULL. */
static GtkShortcut *
find_window_shortcut (GtkWidget  *window,
                      const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (text, trigger))
            return g_steal_pointer (&shortcut);
        }
    }

  return NULL;
}

static void
test_window_help (void)
{
  SuccessionWindow *window = open_main_window ();
  g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_uri_scheme ("help");
  g_autoptr(GtkShortcut) shortcut = NULL;

  if (viewer != NULL)
    {
      /* Opening it would start the help viewer in the middle of the tests. */
      g_test_skip ("a help viewer is installed");
      return;
    }

  /* F1 with no help viewer (an uninstalled build, a minimal system) says so in a toast. */
  shortcut = find_window_shortcut (GTK_WIDGET (window), "F1");
  g_assert_nonnull (shortcut);
  g_assert_false (help_error_shown (window));
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (window),
                                               gtk_shortcut_get_arguments (shortcut)));
  g_assert_true (succession_test_wait_until (help_error_shown, window, 5000));
  succession_test_spin (400); /* the toast slides in */
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "help-missing"));
}

static void
on_call_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  g_assert_no_error (error);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_window_launch_search (void)
{
  SuccessionWindow *window = open_main_window ();
  GDBusConnection  *connection = g_application_get_dbus_connection (G_APPLICATION (app));
  const char *const terms[] = { "peng", "zhen", NULL };
  g_autofree char  *path = NULL;
  GtkWidget        *sidebar, *entry;
  gboolean          done = FALSE;

  if (connection == NULL)
    {
      g_test_skip ("no session bus");
      return;
    }

  /* The Shell's "more results" button: the window's own search, with the overview's words. */
  path = g_strconcat (g_application_get_dbus_object_path (G_APPLICATION (app)), "/SearchProvider", NULL);
  g_dbus_connection_call (connection, g_dbus_connection_get_unique_name (connection), path,
                          "org.gnome.Shell.SearchProvider2", "LaunchSearch", g_variant_new ("(^asu)", terms, 0),
                          NULL, G_DBUS_CALL_FLAGS_NONE, 10000, NULL, on_call_done, &done);
  g_assert_true (succession_test_wait_until (is_true, &done, 10000));

  sidebar = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_SIDEBAR, NULL);
  entry = succession_test_find_child (sidebar, GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "peng zhen");
  g_assert_cmpuint (succession_sidebar_get_n_results (SUCCESSION_SIDEBAR (sidebar)), >=, 1);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), "launch-search"));

  succession_sidebar_search (SUCCESSION_SIDEBAR (sidebar), "");
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

/* A new window opens on the page the user left, with its content, and builds no other page:
 * the pages come when first shown (the startup's first frame shows one). The main menu and
 * the shortcuts window, made when first opened, still open. */
static void
test_window_reopens_last_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  SuccessionWindow *window = open_main_window ();
  GtkWidget        *stack;
  GtkWidget        *menu_button;
  g_autoptr(GtkShortcut) shortcuts = NULL;

  g_assert_true (succession_window_show_page (window, "office:cppcc-secretary-general"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  succession_test_spin (50);
  {
    g_autofree char *last_page = g_settings_get_string (settings, "last-page");

    g_assert_cmpstr (last_page, ==, "office:cppcc-secretary-general");
  }

  window = open_main_window ();
  stack = succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_STACK, "content_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "office");
  g_assert_true (has_label_starting (gtk_stack_get_visible_child (GTK_STACK (stack)), "Secretary-General of the CPPCC National Committee"));
  g_assert_true (has_label_starting (gtk_stack_get_visible_child (GTK_STACK (stack)), "Wang Dongfeng"));
  for (const char *const *name = (const char *[]){ "person", "body", "chart", "date", NULL }; *name; name++)
    g_assert_null (gtk_stack_get_child_by_name (GTK_STACK (stack), *name));

  /* A page asked for is built then, and shows its content. */
  g_assert_true (succession_window_show_page (window, "person:peng-zhen"));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (gtk_stack_get_child_by_name (GTK_STACK (stack), "person"));
  g_assert_true (has_label_starting (gtk_stack_get_visible_child (GTK_STACK (stack)), "Péng Zhēn"));

  /* The main menu opens and lists its items; Ctrl+? is bound to the shortcuts window. */
  menu_button = succession_test_find_child (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, "primary_menu_button");
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)))));
  g_assert_true (has_label_starting (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))), "Keyboard Shortcuts"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  shortcuts = find_window_shortcut (GTK_WIDGET (window), "<Control>question");
  g_assert_nonnull (shortcuts);

  g_settings_reset (settings, "last-page");
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
  g_test_add_func ("/ui/window/help", test_window_help);
  g_test_add_func ("/ui/window/launch-search", test_window_launch_search);
  g_test_add_func ("/ui/window/state-saved", test_window_state_saved);
  g_test_add_func ("/ui/window/reopens-last-page", test_window_reopens_last_page);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
