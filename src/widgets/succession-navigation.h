/* succession-navigation.h — asking the window for a page, from any widget in it
 *
 * Widgets and pages never reach for the window: they activate its win.show-* actions, which
 * the window (succession-window.c) implements. These two say which action a target needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-page-target.h"

G_BEGIN_DECLS

void succession_navigation_open        (GtkWidget                  *from,
                                        const SuccessionPageTarget *target);
/* The page of an office, a person or a body. */
void succession_navigation_open_entity (GtkWidget                  *from,
                                        GObject                    *entity);

G_END_DECLS
