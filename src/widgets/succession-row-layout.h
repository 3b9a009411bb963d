/* succession-row-layout.h — a list row's children side by side, measured without a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SUCCESSION_TYPE_ROW_LAYOUT (succession_row_layout_get_type ())
G_DECLARE_FINAL_TYPE (SuccessionRowLayout, succession_row_layout, SUCCESSION, ROW_LAYOUT, GtkLayoutManager)

/* Lays a row's children out from the leading edge, @spacing pixels apart, as a horizontal
 * GtkBox would: each child that does not expand (an icon, an arrow) at its natural width, and
 * the children that expand (the lines of text) one under the other, @line_spacing apart, in one
 * column that takes the rest of the width. Everything is centred in the row's height.
 *
 * A row's height for a width is found by giving each child its width and asking its height
 * once. As a horizontal GtkBox around a vertical one, it cost a search: GtkBoxLayout asks the
 * column for its narrowest width at a given height, measuring each text at a dozen widths. The
 * column needs no box of its own either, one widget fewer a row. Leave the children's valign at
 * its default (fill): GTK measures a child aligned otherwise again as it allocates it, for a
 * width at its height, which is that same search. */
GtkLayoutManager *succession_row_layout_new (int spacing,
                                             int line_spacing);

G_END_DECLS
