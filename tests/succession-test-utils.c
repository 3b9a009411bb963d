/* succession-test-utils.c — helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-test"

#include "config.h"

#include <stdlib.h>

#include <adwaita.h>
#include <string.h>

#include "succession-i18n.h"
#include "succession-holder-row.h"
#include "succession-office-page.h"
#include "succession-date-answer-row.h"
#include "succession-test-files.h"
#include "succession-record-editor.h"
#include "succession-sidebar.h"
#include "succession-test-utils.h"
#include "succession-visible-list.h"
#include "succession-wrap-label.h"

static gboolean
timeout_reached (gpointer data)
{
  gboolean *reached = data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

void
succession_test_spin (guint ms)
{
  gboolean reached = FALSE;

  g_timeout_add (ms, timeout_reached, &reached);
  while (!reached)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
succession_test_wait_until (gboolean (*condition) (gpointer data),
                            gpointer data,
                            guint    timeout_ms)
{
  gboolean reached = FALSE;
  guint    id = g_timeout_add (timeout_ms, timeout_reached, &reached);

  while (!condition (data) && !reached)
    g_main_context_iteration (NULL, TRUE);

  if (!reached)
    g_source_remove (id);

  return condition (data);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  gboolean *painted = data;

  *painted = TRUE;
}

void
succession_test_wait_for_frame (GtkWidget *window)
{
  GdkFrameClock *clock;
  gboolean       painted = FALSE;
  gulong         handler;
  guint64        deadline;

  g_assert_true (GTK_IS_WIDGET (window));

  /* The frame clock exists once the surface does. */
  while (gtk_widget_get_frame_clock (window) == NULL)
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (window);

  /* Generous: under the sanitizers on a busy machine a page of many rows takes seconds to
   * lay out; this waits for the frame, it does not time it. */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (clock, handler);
  g_assert_true (painted);
}

char *
succession_test_screenshot (GtkWidget  *widget,
                            const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *filename = NULL;
  g_autofree char *dir = NULL;
  GskRenderer     *renderer;
  int              width, height;

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                          "screenshots", NULL);
  g_mkdir_with_parents (dir, 0755);
  filename = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, filename));

  return g_steal_pointer (&filename);
}

GtkWidget *
succession_test_find_child (GtkWidget  *root,
                            GType       type,
                            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (name == NULL ||
           g_strcmp0 (gtk_widget_get_name (child), name) == 0 ||
           (GTK_IS_BUILDABLE (child) &&
            g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), name) == 0)))
        return child;

      if ((found = succession_test_find_child (child, type, name)))
        return found;
    }

  return NULL;
}

GtkWindow *
succession_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */
  guint       n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

GtkWidget *
succession_test_find_label_with (GtkWidget  *root,
                                 const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return child;
      /* The lines of lists (the sidebar, search results, On a Date). */
      if (SUCCESSION_IS_WRAP_LABEL (child) && gtk_widget_get_mapped (child) &&
          strstr (succession_wrap_label_get_text (SUCCESSION_WRAP_LABEL (child)), text) != NULL)
        return child;
      if ((found = succession_test_find_label_with (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* @text without the marks that isolate names on screen (U+2066 to U+2069). */
static char *
without_isolates (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x2066 || c > 0x2069)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

GtkWidget *
succession_test_find_label_named (GtkWidget  *root,
                                  const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        {
          g_autofree char *shown = without_isolates (gtk_label_get_text (GTK_LABEL (child)));

          if (g_str_equal (shown, text))
            return child;
        }
      if ((found = succession_test_find_label_named (child, text)) != NULL)
        return found;
    }
  return NULL;
}

void
succession_test_type_into (GtkWidget  *root,
                           const char *entry_id,
                           const char *text)
{
  GtkWidget *entry = succession_test_find_child (root, GTK_TYPE_ENTRY, entry_id);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

void
succession_test_screenshot_narrow_dark (GtkWindow  *window,
                                        const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  int              width, height;

  gtk_window_get_default_size (window, &width, &height);
  gtk_window_set_default_size (window, 360, 640);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  succession_test_spin (200);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  g_free (succession_test_screenshot (GTK_WIDGET (window), name));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (window, width, height);
  succession_test_wait_for_frame (GTK_WIDGET (window));
}

gboolean
succession_test_says_unsaved (SuccessionWindow *window)
{
  GtkWidget *title = succession_test_find_child (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, "content_title");

  return g_str_has_suffix (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), "(unsaved)");
}

gboolean
succession_test_editor_open (gpointer unused)
{
  return succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR) != NULL;
}

gboolean
succession_test_editor_gone (gpointer unused)
{
  return !succession_test_editor_open (NULL);
}

gboolean
succession_test_can_apply (gpointer editor)
{
  return gtk_widget_is_sensitive (succession_test_find_child (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "apply_button"));
}

void
succession_test_tab_through (GtkWidget *window,
                             guint      n)
{
  /* At the last field, one move leaves the window's chain and the next starts it again. */
  for (guint i = 0; i < n; i++)
    g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD) || gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
}

int
succession_test_run_cli (const char *const *argv,
                         char             **out_stdout,
                         char             **out_stderr)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char      *bin = g_getenv ("SUCCESSION_BIN");

  g_assert_nonnull (bin);
  g_ptr_array_add (args, (gpointer) bin);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* The command line must work on a machine with no display at all. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");

  proc = g_subprocess_launcher_spawnv (launcher, (const char *const *) args->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  if (out_stdout)
    *out_stdout = g_steal_pointer (&out);
  if (out_stderr)
    *out_stderr = g_steal_pointer (&err);

  return g_subprocess_get_if_exited (proc) ? g_subprocess_get_exit_status (proc) : -1;
}

static char *own_state_folder;

static void
remove_own_state_folder (void)
{
  succession_test_remove_tree (own_state_folder);
  g_free (own_state_folder);
}

/* Each test process keeps its copies of unsaved changes to itself: a window a test leaves with
 * changes would otherwise be offered back to the next test's first window. A test that chose a
 * state folder of its own (XDG_STATE_HOME set elsewhere than the suite's) keeps it. */
static void
use_own_state_folder (void)
{
  const char      *state = g_getenv ("XDG_STATE_HOME");
  const char      *build = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *suite_state = build != NULL ? g_build_filename (build, "state", NULL) : NULL;
  g_autofree char *template = NULL;

  if (state != NULL && g_strcmp0 (state, suite_state) != 0)
    return;
  g_mkdir_with_parents (suite_state != NULL ? suite_state : g_get_tmp_dir (), 0700);
  template = g_build_filename (suite_state != NULL ? suite_state : g_get_tmp_dir (), "run-XXXXXX", NULL);
  own_state_folder = g_mkdtemp (g_steal_pointer (&template));
  g_assert_nonnull (own_state_folder);
  g_setenv ("XDG_STATE_HOME", own_state_folder, TRUE);
  atexit (remove_own_state_folder);
}

SuccessionApplication *
succession_test_ui_init (int    *argc,
                         char ***argv)
{
  SuccessionApplication *app;

  use_own_state_folder ();
  succession_i18n_init ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();

  app = succession_application_new (BASE_APPLICATION_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);

  return app;
}

SuccessionWindow *
succession_test_main_window (SuccessionApplication *app)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (SUCCESSION_IS_WINDOW (window));
  succession_test_wait_for_frame (GTK_WIDGET (window));

  return SUCCESSION_WINDOW (window);
}

SuccessionTimeline *
succession_test_office_timeline (SuccessionWindow *window,
                                 const char       *office)
{
  g_autofree char *page_key = g_strdup_printf ("office:%s", office);
  GtkWidget       *page;
  GtkWidget       *stack;
  GtkWidget       *timeline;

  g_assert_true (succession_window_show_page (window, page_key));
  page = succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL);
  stack = succession_test_find_child (page, ADW_TYPE_VIEW_STACK, NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "timeline");
  timeline = succession_test_find_child (page, SUCCESSION_TYPE_TIMELINE, NULL);
  g_assert_nonnull (timeline);
  succession_test_spin (100);
  succession_test_wait_for_frame (GTK_WIDGET (window));
  return SUCCESSION_TIMELINE (timeline);
}

const char *
succession_test_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (SUCCESSION_IS_WRAP_LABEL (widget))
    return succession_wrap_label_get_text (SUCCESSION_WRAP_LABEL (widget));
  return NULL;
}

PangoLayout *
succession_test_label_layout (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_layout (GTK_LABEL (widget));
  if (SUCCESSION_IS_WRAP_LABEL (widget))
    return succession_wrap_label_get_layout (SUCCESSION_WRAP_LABEL (widget));
  return NULL;
}

/* The rows are made for what is on screen: the list is scrolled to each line in turn. */
GtkWidget *
succession_test_date_answer (GtkWidget  *date_page,
                             const char *title)
{
  GtkWidget  *view = succession_test_find_child (date_page, SUCCESSION_TYPE_VISIBLE_LIST, "results_view");
  GListModel *lines;

  g_assert_nonnull (view);
  lines = succession_visible_list_get_model (SUCCESSION_VISIBLE_LIST (view));
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      GtkWidget *row = succession_visible_list_get_row (SUCCESSION_VISIBLE_LIST (view), i);

      if (row == NULL)
        {
          succession_visible_list_scroll_to (SUCCESSION_VISIBLE_LIST (view), i);
          succession_test_wait_for_frame (date_page);
          row = succession_visible_list_get_row (SUCCESSION_VISIBLE_LIST (view), i);
        }
      if (row != NULL && SUCCESSION_IS_DATE_ANSWER_ROW (row) &&
          g_str_has_prefix (succession_date_answer_row_get_title (SUCCESSION_DATE_ANSWER_ROW (row)), title))
        return row;
    }
  return NULL;
}

static gboolean
chooser_shown (gpointer data)
{
  return succession_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

/* The chooser has loaded the folder it was sent to: its file is @path. */
static gboolean
chooser_points_at (gpointer path)
{
  GtkWindow *chooser = succession_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) chosen = chooser != NULL ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *chosen_path = chosen != NULL ? g_file_get_path (chosen) : NULL;

  return g_strcmp0 (chosen_path, path) == 0;
}

static gboolean
chooser_closed (gpointer data)
{
  return !chooser_shown (data);
}

/* The chooser destroyed, not only hidden: the window releases it in an idle after its answer, and
 * until then its file list watches the folder (GTK 4.8 leaks the cached texts of a file removed
 * from a watched folder, as the save that follows may do). */
static gboolean
chooser_released (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window))
        return FALSE;
    }
  return TRUE;
}

/* The chooser's "already exists, replace it?"; other messages of the chooser (a folder it
 * stopped loading when sent elsewhere) are dismissed as a user would. */
static GtkWindow *
find_replace_question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      g_autofree char *text = NULL;

      if (!GTK_IS_MESSAGE_DIALOG (window) || !gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;
      g_object_get (window, "text", &text, NULL);
      if (strstr (text, "already exists") != NULL)
        return window;
      gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_OK);
    }
  return NULL;
}

static gboolean
replace_question_shown (gpointer data)
{
  return find_replace_question () != NULL;
}

/* The file chooser a save opens (a GtkFileChooserDialog, the fallback of GtkFileChooserNative
 * with no portal): sent to @path's folder, given its name, accepted, and a replacement agreed to
 * as a user would; returns once it has closed. */
void
succession_test_save_in_chooser (const char *path)
{
  g_autofree char *folder_path = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  GtkWindow *chooser;

  g_assert_true (succession_test_wait_until (chooser_shown, NULL, 5000));
  chooser = succession_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* Once it has settled on its first folder, which it loads as it opens. */
  succession_test_wait_for_frame (GTK_WIDGET (chooser));
  succession_test_spin (200);
  /* Typed into the chooser's name entry, in the folder chosen. */
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_assert_true (succession_test_wait_until (chooser_points_at, (gpointer) path, 5000));
  succession_test_spin (200);
  g_assert_true (chooser_points_at ((gpointer) path));
  gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT));

  /* The chooser asks before it lets a file be replaced: say yes, as a user would. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      GtkWidget *question;

      g_assert_true (succession_test_wait_until (replace_question_shown, NULL, 5000));
      question = GTK_WIDGET (find_replace_question ());
      gtk_dialog_response (GTK_DIALOG (question), GTK_RESPONSE_ACCEPT);
    }
  g_assert_true (succession_test_wait_until (chooser_closed, NULL, 5000));
  g_assert_true (succession_test_wait_until (chooser_released, NULL, 5000));
}

/* The visible AdwMessageDialog whose heading starts with @heading, or NULL. */
AdwMessageDialog *
succession_test_find_message (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

gboolean
succession_test_message_shown (gpointer heading)
{
  return succession_test_find_message (heading) != NULL;
}

/* Export… → the format whose name has @format → the file chooser → @path, replacing it if asked. */
void
succession_test_export_to (SuccessionWindow *window,
                           const char       *format,
                           const char       *path)
{
  AdwMessageDialog *dialog;
  GtkWidget        *formats;
  GListModel       *items;
  guint             chosen = GTK_INVALID_LIST_POSITION;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  g_assert_true (succession_test_wait_until (succession_test_message_shown, (gpointer) "Export", 5000));
  dialog = succession_test_find_message ("Export");
  formats = succession_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN, NULL);
  g_assert_nonnull (formats);
  items = gtk_drop_down_get_model (GTK_DROP_DOWN (formats));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    if (strstr (gtk_string_list_get_string (GTK_STRING_LIST (items), i), format) != NULL)
      chosen = i;
  g_assert_cmpuint (chosen, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (formats), chosen);
  adw_message_dialog_response (dialog, "export");
  gtk_window_close (GTK_WINDOW (dialog));

  succession_test_save_in_chooser (path);
}

static gboolean
wrap_label_reads (GtkWidget  *root,
                  const char *text)
{
  if (SUCCESSION_IS_WRAP_LABEL (root) && g_strcmp0 (succession_wrap_label_get_text (SUCCESSION_WRAP_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (wrap_label_reads (child, text))
      return TRUE;
  return FALSE;
}

gboolean
succession_test_sidebar_shows (GtkWidget  *window,
                               const char *text)
{
  return wrap_label_reads (succession_test_find_child (window, SUCCESSION_TYPE_SIDEBAR, NULL), text);
}

SuccessionOfficePage *
succession_test_show_office_row (SuccessionWindow *window,
                                 const char       *office_id,
                                 const char       *tenure_id)
{
  SuccessionOfficePage *page;
  GtkSelectionModel    *selection;
  gboolean              selected = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-office", "s", office_id));
  succession_test_wait_for_frame (GTK_WIDGET (window));
  page = SUCCESSION_OFFICE_PAGE (succession_test_find_child (GTK_WIDGET (window), SUCCESSION_TYPE_OFFICE_PAGE, NULL));
  selection = GTK_SELECTION_MODEL (succession_office_page_get_selection (page));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)) && !selected; i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (g_strcmp0 (succession_tenure_get_id (succession_holder_row_get_tenure (row)), tenure_id) == 0)
        selected = gtk_selection_model_select_item (selection, i, TRUE);
    }
  g_assert_true (selected);
  return page;
}

SuccessionRecordEditor *
succession_test_edit_tenure_row (SuccessionWindow *window,
                                 const char       *office_id,
                                 const char       *tenure_id)
{
  SuccessionOfficePage   *page = succession_test_show_office_row (window, office_id, tenure_id);
  SuccessionRecordEditor *editor;

  /* F2 on the table, or the header's button: the same action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "office.edit-tenure", NULL));
  g_assert_true (succession_test_wait_until (succession_test_editor_open, NULL, 5000));
  editor = SUCCESSION_RECORD_EDITOR (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR));
  succession_test_wait_for_frame (GTK_WIDGET (editor));
  return editor;
}
