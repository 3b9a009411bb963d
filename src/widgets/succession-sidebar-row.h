/* succession-sidebar-row.h — how a line of the sidebar's browse list looks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-format.h"
#include "succession-sidebar-entry.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SIDEBAR_ROW (succession_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSidebarRow, succession_sidebar_row, SUCCESSION, SIDEBAR_ROW, GtkWidget)

/* A row that shows its "entry" (a SuccessionSidebarEntry) in its "name-display". */
GtkWidget              *succession_sidebar_row_new       (void);
SuccessionSidebarEntry *succession_sidebar_row_get_entry (SuccessionSidebarRow *self);

G_END_DECLS
