/* succession-sidebar.h — offices by body, bodies, "On a date…" and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"
#include "succession-page-target.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SIDEBAR (succession_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSidebar, succession_sidebar, SUCCESSION, SIDEBAR, GtkWidget)

void     succession_sidebar_set_dataset  (SuccessionSidebar *self,
                                          SuccessionDataset *dataset);
void     succession_sidebar_focus_search (SuccessionSidebar *self);
/* Sets the search text, as if typed. */
void     succession_sidebar_search       (SuccessionSidebar *self,
                                          const char        *text);
/* Number of rows the search shows now (0 when not searching). */
guint    succession_sidebar_get_n_results (SuccessionSidebar *self);
/* Highlights the row of @target if the list has one. */
void     succession_sidebar_select_page  (SuccessionSidebar          *self,
                                          const SuccessionPageTarget *target);
/* Lets typing anywhere in @widget start a search. */
void     succession_sidebar_set_key_capture_widget (SuccessionSidebar *self,
                                                    GtkWidget         *widget);

G_END_DECLS
