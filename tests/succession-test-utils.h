/* succession-test-utils.h — helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-application.h"
#include "succession-office-page.h"
#include "succession-record-editor.h"
#include "succession-timeline.h"
#include "succession-window.h"

G_BEGIN_DECLS

/* Runs the main context until @window has painted a frame. */
void     succession_test_wait_for_frame    (GtkWidget  *window);
/* Runs the main context until @condition returns TRUE or @timeout_ms pass. */
gboolean succession_test_wait_until        (gboolean  (*condition) (gpointer data),
                                            gpointer    data,
                                            guint       timeout_ms);
/* Iterates the main context for @ms milliseconds. */
void     succession_test_spin              (guint       ms);
/* Renders @widget into a PNG in the build tree; returns the path written. */
char    *succession_test_screenshot        (GtkWidget  *widget,
                                            const char *name);
/* Finds the first descendant of @root of type @type whose name (or buildable id) is @name. */
GtkWidget *succession_test_find_child      (GtkWidget  *root,
                                            GType       type,
                                            const char *name);
/* The text @widget shows if it is a label (a GtkLabel or the sidebar's SuccessionWrapLabel),
 * else NULL; and the layout it draws it with. */
const char  *succession_test_label_text    (GtkWidget  *widget);
/* On a Date's row (a SuccessionDateAnswerRow) whose title starts with @title, among the rows
 * the page's list has made, or NULL. */
GtkWidget   *succession_test_date_answer   (GtkWidget  *date_page,
                                            const char *title);
PangoLayout *succession_test_label_layout  (GtkWidget  *widget);
/* A mapped label under @root whose text contains @text, or NULL. */
GtkWidget   *succession_test_find_label_with (GtkWidget  *root,
                                              const char *text);
/* A mapped label under @root that says exactly @text (a cell of a table, not a note that names
 * it), the marks that isolate names on screen aside. */
/* @office_id's page shown in @window, its table's row of @tenure_id selected. */
SuccessionOfficePage   *succession_test_show_office_row (SuccessionWindow *window,
                                                         const char       *office_id,
                                                         const char       *tenure_id);
/* Edit Tenure… from that row (the table's F2), once the editor is on screen. */
SuccessionRecordEditor *succession_test_edit_tenure_row  (SuccessionWindow *window,
                                                         const char       *office_id,
                                                         const char       *tenure_id);
/* Whether a line of the sidebar's rows on screen in @window reads @text. */
gboolean     succession_test_sidebar_shows   (GtkWidget  *window,
                                              const char *text);
GtkWidget   *succession_test_find_label_named (GtkWidget  *root,
                                               const char *text);
/* Sets the text of the entry named @entry_id under @root, as if typed; the test fails without it. */
void         succession_test_type_into     (GtkWidget  *root,
                                            const char *entry_id,
                                            const char *text);
/* @window at 360 px wide and dark, as on a phone at night, painted into a PNG named @name; then
 * back to the default scheme. Looked at, not compared. */
void         succession_test_screenshot_narrow_dark (GtkWindow  *window,
                                                     const char *name);
/* Does @window's header say its dataset has unsaved changes ("… (unsaved)")? */
gboolean     succession_test_says_unsaved  (SuccessionWindow *window);
/* Conditions for succession_test_wait_until: a record editor is open, or none is; the editor
 * @editor's Apply is on. */
gboolean     succession_test_editor_open   (gpointer    unused);
gboolean     succession_test_editor_gone   (gpointer    unused);
gboolean     succession_test_can_apply     (gpointer    editor);
/* Moves the focus @n times as Tab does in @window; the test fails when it cannot move (or when GTK
 * complains on the way, as tests run with fatal warnings). */
void         succession_test_tab_through   (GtkWidget  *window,
                                            guint       n);
/* The first toplevel of @type that is visible, or NULL. */
GtkWindow *succession_test_find_toplevel   (GType       type);
/* Saves to @path through the file chooser that has opened (or is opening), replacing a file. */
void       succession_test_save_in_chooser (const char *path);
/* The visible AdwMessageDialog whose heading starts with @heading, or NULL; and as a condition. */
AdwMessageDialog *succession_test_find_message  (const char *heading);
gboolean          succession_test_message_shown (gpointer    heading);
/* Export… → the format whose name has @format → the file chooser → @path, replacing it if asked. */
void       succession_test_export_to       (SuccessionWindow *window,
                                            const char       *format,
                                            const char       *path);

/* Runs SUCCESSION_BIN with @argv (NULL-terminated) and no display; captures its output. */
int      succession_test_run_cli           (const char * const *argv,
                                            char              **out_stdout,
                                            char              **out_stderr);

/* Sets up gettext, GTK and libadwaita for a UI test, and a registered, non-unique application. */
SuccessionApplication *succession_test_ui_init          (int        *argc,
                                                         char     ***argv);
/* Activates @app and returns its main window once it has painted. */
SuccessionWindow      *succession_test_main_window      (SuccessionApplication *app);
/* The office page of @office on show, on its Timeline tab, drawn. */
SuccessionTimeline    *succession_test_office_timeline  (SuccessionWindow      *window,
                                                         const char            *office);

G_END_DECLS
