/* succession-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-application.h"
#include "succession-format.h"
#include "succession-page-target.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_WINDOW (succession_window_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionWindow, succession_window, SUCCESSION, WINDOW, AdwApplicationWindow)

SuccessionWindow  *succession_window_new         (SuccessionApplication *application);
/* Loads @file in the background, to show on @target's page if it has one (NULL: the page last
 * shown); on failure the current dataset stays and a dialog says why. */
void               succession_window_open_file   (SuccessionWindow           *self,
                                                  GFile                      *file,
                                                  const SuccessionPageTarget *target);
SuccessionDataset *succession_window_get_dataset (SuccessionWindow      *self);
void               succession_window_set_dataset (SuccessionWindow      *self,
                                                  SuccessionDataset     *dataset);
/* Shows the page of @target; FALSE when the dataset has no such page. */
gboolean           succession_window_show_target (SuccessionWindow           *self,
                                                  const SuccessionPageTarget *target);
/* The same from the string form ("office:ID", "person:ID", "body:ID", "date", "chart"). */
gboolean           succession_window_show_page   (SuccessionWindow      *self,
                                                  const char            *key);
/* Shows @target's page, or says in a toast that the dataset has no such page. */
void               succession_window_show_requested (SuccessionWindow           *self,
                                                     const SuccessionPageTarget *target);
/* What the window shows, or NULL before it shows a page. */
const SuccessionPageTarget *succession_window_get_target (SuccessionWindow *self);

/* Offers back the unsaved changes a window left when Succession last went without saving or
 * discarding them (a crash, a kill), one question a copy. */
void               succession_window_offer_recovery (SuccessionWindow *self);

/* Shows the sidebar's search for @text, as if typed there. */
void               succession_window_search      (SuccessionWindow      *self,
                                                  const char            *text);

G_END_DECLS
