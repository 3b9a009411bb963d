/* succession-window-private.h — the window's fields, shared by its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-body-page.h"
#include "succession-chart-page.h"
#include "succession-date-page.h"
#include "succession-office-page.h"
#include "succession-person-page.h"
#include "succession-sidebar.h"
#include "succession-window.h"

G_BEGIN_DECLS

struct _SuccessionWindow
{
  AdwApplicationWindow   parent_instance;

  GSettings             *settings;
  SuccessionDataset     *dataset;
  SuccessionLoader      *loader;
  GCancellable          *load_cancellable;
  SuccessionNameDisplay  name_display;
  SuccessionPageTarget  *current;        /* what the content shows; NULL before a page */
  GPtrArray             *history;        /* the pages Back returns to, the latest last */
  gboolean               going_back;     /* the page being shown comes off the history */
  SuccessionPageTarget  *opening_target; /* the page the dataset being opened shows first */
  guint                  load_reveal_source;  /* shows the load's progress after a moment */
  SuccessionDataset     *undo_dataset;        /* what Open Bundled Dataset replaced, until undone */
  gboolean               undo_modified;       /* and whether it had unsaved changes */
  gboolean               modified;            /* the dataset shown has what its file has not */
  GFile                 *pending_open;        /* opened once unsaved changes are saved or discarded */
  SuccessionPageTarget  *pending_target;      /* its page */
  gboolean               close_after_save;    /* the window closes once they are */
  GPtrArray             *undo_edits;          /* corrections Undo steps back over, the latest last */
  GPtrArray             *redo_edits;          /* and those Redo applies again */
  gboolean               applying_edit;       /* the dataset being shown is a step of the history */
  char                  *recovery_key;        /* the slot holding a copy of the unsaved changes */
  guint                  recovery_source;     /* copies them a moment after the last change */
  GCancellable          *recovery_cancellable;

  /* Template children */
  AdwLeaflet            *leaflet;
  AdwWindowTitle        *content_title;
  GtkWidget             *back_button;
  GtkMenuButton         *primary_menu_button;
  GMenuModel            *primary_menu;
  AdwToastOverlay       *toast_overlay;
  SuccessionSidebar     *sidebar_view;
  GtkStack              *content_stack;
  GtkRevealer           *load_revealer;
  GtkLabel              *load_label;
  GtkProgressBar        *progress_bar;
  AdwStatusPage         *no_offices_page;

  /* Content pages, NULL until first needed (succession_window_ensure_page); the stack holds them */
  SuccessionOfficePage  *office_page;
  SuccessionPersonPage  *person_page;
  SuccessionBodyPage    *body_page;
  SuccessionDatePage    *date_page;
  SuccessionChartPage   *chart_page;
};

/* succession-window-navigation.c: targets, pages built when first needed, Back, --page. */
void succession_window_class_init_navigation (GtkWidgetClass   *widget_class);
void succession_window_init_navigation  (SuccessionWindow *self);
/* The content header's title (NULL: none) under the dataset's title. */
void succession_window_set_page_title   (SuccessionWindow *self,
                                         const char       *title);
/* Forgets the pages Back would return to (another dataset). */
void succession_window_clear_history    (SuccessionWindow *self);
/* Says in a toast that the dataset has no page @target. */
void succession_window_say_no_such_page (SuccessionWindow           *self,
                                         const SuccessionPageTarget *target);
/* succession-window-open.c: Open Dataset…, loading with progress, errors and warnings. */
void succession_window_class_init_open (GtkWidgetClass   *widget_class);
/* succession-window-export.c: Print… (win.print, Ctrl+P) and Export… (win.export, Ctrl+E). */
void succession_window_class_init_export (GtkWidgetClass *widget_class);
void succession_window_init_open       (SuccessionWindow *self);
/* Shows @dataset (on @target when given, which it takes) in place of the one shown, @modified
 * when its file does not have it yet, and says @said in a toast whose Undo brings the one shown
 * back. */
void succession_window_replace_dataset (SuccessionWindow     *self,
                                        SuccessionDataset    *dataset,
                                        SuccessionPageTarget *target,
                                        const char           *said,
                                        gboolean              modified);
/* succession-window-save.c: Save (win.save, Ctrl+S), Save As (win.save-as, Ctrl+Shift+S), and
 * the question before unsaved changes are lost. */
void succession_window_class_init_save (GtkWidgetClass   *widget_class);
void succession_window_clear_save      (SuccessionWindow *self);
void succession_window_set_modified    (SuccessionWindow *self,
                                        gboolean          modified);
/* TRUE when the dataset shown has unsaved changes: Save, Discard or Cancel is asked, and then
 * @then_open is opened (on @target), or with no @then_open the window closes. FALSE: nothing to
 * ask, go on. */
gboolean succession_window_ask_to_save (SuccessionWindow           *self,
                                        GFile                      *then_open,
                                        const SuccessionPageTarget *target);
/* succession-window-edit.c: Edit, Add and Remove of tenures, persons, offices and bodies. */
void succession_window_class_init_edit (GtkWidgetClass   *widget_class);
/* succession-window-history.c: Undo (win.undo, Ctrl+Z) and Redo (win.redo, Ctrl+Shift+Z). */
void succession_window_class_init_history (GtkWidgetClass *widget_class);
void succession_window_init_history    (SuccessionWindow *self);
void succession_window_clear_history_of_edits (SuccessionWindow *self);
/* @changed replaces the dataset shown, which Undo brings back on the page shown now; @changed is
 * shown on @target (NULL: this page), with @tenure_id's row selected; @said goes in a toast. */
void succession_window_push_edit       (SuccessionWindow           *self,
                                        SuccessionDataset          *changed,
                                        const char                 *said,
                                        const char                 *tenure_id,
                                        const SuccessionPageTarget *target);
/* @command, a correction of the dataset shown, is applied; Undo undoes it. */
void succession_window_push_command    (SuccessionWindow           *self,
                                        SuccessionDatasetEdit      *command,
                                        const char                 *said);
/* Forgets the corrections (another dataset is shown). */
void succession_window_forget_edits    (SuccessionWindow *self);
/* The dataset shown was saved: every other step of the history differs from the file. */
void succession_window_edits_saved     (SuccessionWindow *self);
/* An edit made in place changed @office's tenures, or @person ("tenures-changed" and
 * "person-changed" of the dataset shown). */
void succession_window_on_tenures_changed (SuccessionWindow *self,
                                           SuccessionOffice *office,
                                           SuccessionDataset *dataset);
void succession_window_on_person_changed  (SuccessionWindow  *self,
                                           SuccessionPerson  *person,
                                           SuccessionDataset *dataset);
/* succession-window-recovery.c: a copy of the unsaved changes kept on disk, and offered back at the
 * next start when the window went without saving or discarding them. */
void succession_window_init_recovery   (SuccessionWindow *self);
void succession_window_clear_recovery  (SuccessionWindow *self);
/* The dataset shown changed, or was saved or discarded: copy it, or let the copy go. */
void succession_window_update_recovery (SuccessionWindow *self);
void succession_window_toast           (SuccessionWindow *self,
                                        const char       *text);
/* The state a dataset opens to: its last page, "Choose an Office", or the empty state of a
 * dataset without offices. */
void succession_window_show_dataset_state (SuccessionWindow *self);
/* The content page @name ("office", "person", "body", "chart", "date"), built and added to the
 * stack the first time it is asked for. */
GtkWidget *succession_window_ensure_page (SuccessionWindow *self,
                                          const char       *name);
/* Gives the chart page the dataset, which it gets only when first needed. */
void succession_window_sync_chart_page (SuccessionWindow *self);
/* Drops what the window holds for a load in progress or an undo (dispose). */
void succession_window_clear_open      (SuccessionWindow *self);

G_END_DECLS
