/* succession-property-row.h — a row that shows one fact: a title and its value, as plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* An AdwActionRow with @title and @value, neither parsed as markup: data shows as written. */
GtkWidget *succession_property_row_new (const char *title,
                                        const char *value);

G_END_DECLS
