/* succession-sidebar-entry.h — one line of the sidebar's browse list: a heading or a link
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "succession-page-target.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SIDEBAR_ENTRY (succession_sidebar_entry_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSidebarEntry, succession_sidebar_entry, SUCCESSION, SIDEBAR_ENTRY, GObject)

/* A heading that names a body (@entity) or says @label ("Bodies"); neither opens anything. */
SuccessionSidebarEntry     *succession_sidebar_entry_new_heading  (GObject                *entity,
                                                                   const char             *label,
                                                                   gboolean                first);
/* A link to @target: @entity's name (an office with its holders today, a body), or @label with
 * @icon_name for the pages that are no record (the chart, a date). @indent: a body's department. */
SuccessionSidebarEntry     *succession_sidebar_entry_new_link     (SuccessionPageTarget   *target,
                                                                   GObject                *entity,
                                                                   const char             *label,
                                                                   const char             *icon_name,
                                                                   gboolean                indent);
gboolean                    succession_sidebar_entry_is_heading   (SuccessionSidebarEntry *self);
/* The first heading of the list, which needs less space above it. */
gboolean                    succession_sidebar_entry_is_first     (SuccessionSidebarEntry *self);
gboolean                    succession_sidebar_entry_is_indented  (SuccessionSidebarEntry *self);
GObject                    *succession_sidebar_entry_get_entity   (SuccessionSidebarEntry *self);
const char                 *succession_sidebar_entry_get_label    (SuccessionSidebarEntry *self);
const char                 *succession_sidebar_entry_get_icon_name (SuccessionSidebarEntry *self);
/* NULL for a heading. */
const SuccessionPageTarget *succession_sidebar_entry_get_target   (SuccessionSidebarEntry *self);

G_END_DECLS
