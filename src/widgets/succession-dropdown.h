/* succession-dropdown.h — a dropdown of long lines (titles of sources, names of bodies)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @dropdown shows the start of the chosen line in its button (ellipsized, so that a long line does
 * not widen the window) and wraps the lines of its list. A line is what the dropdown's expression
 * gives for the item, or a GtkStringObject's string. */
void succession_dropdown_show_long_lines (GtkDropDown *dropdown);

G_END_DECLS
