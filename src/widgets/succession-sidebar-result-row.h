/* succession-sidebar-result-row.h — how a slot of the sidebar's search results looks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-format.h"
#include "succession-sidebar-result.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SIDEBAR_RESULT_ROW (succession_sidebar_result_row_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSidebarResultRow, succession_sidebar_result_row, SUCCESSION, SIDEBAR_RESULT_ROW, GtkWidget)

/* Shows the "result" (a SuccessionSidebarResult) in the "name-display", and follows both. */
GtkWidget *succession_sidebar_result_row_new (void);

G_END_DECLS
