/* succession-sidebar-row.h — a row of the sidebar's browse list: an office, a body, a page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-page-target.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SIDEBAR_ROW (succession_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSidebarRow, succession_sidebar_row, SUCCESSION, SIDEBAR_ROW, GtkListBoxRow)

/* A row that opens @target (taken), titled @title over @subtitle (may be NULL), with
 * @icon_name (may be NULL), under the heading @section (may be NULL). */
GtkWidget                  *succession_sidebar_row_new         (const char           *icon_name,
                                                                const char           *title,
                                                                const char           *subtitle,
                                                                const char           *section,
                                                                SuccessionPageTarget *target);
const SuccessionPageTarget *succession_sidebar_row_get_target  (SuccessionSidebarRow *self);
const char                 *succession_sidebar_row_get_section (SuccessionSidebarRow *self);

G_END_DECLS
