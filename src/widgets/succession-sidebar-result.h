/* succession-sidebar-result.h — one slot of the sidebar's search results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SIDEBAR_RESULT (succession_sidebar_result_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSidebarResult, succession_sidebar_result, SUCCESSION, SIDEBAR_RESULT, GObject)

SuccessionSidebarResult *succession_sidebar_result_new        (void);
/* A SuccessionPerson, SuccessionOffice or SuccessionBody, or NULL for "more matches". */
GObject                 *succession_sidebar_result_get_entity (SuccessionSidebarResult *self);
/* Puts @entity in the slot; emits "changed" if it changed, or always if @force. */
void                     succession_sidebar_result_set_entity (SuccessionSidebarResult *self,
                                                               GObject                 *entity,
                                                               gboolean                 force);

G_END_DECLS
