/* succession-sidebar-model.h — the lines of the sidebar's browse list, made when asked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-model.h"
#include "succession-page-target.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SIDEBAR_MODEL (succession_sidebar_model_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSidebarModel, succession_sidebar_model, SUCCESSION, SIDEBAR_MODEL, GObject)

/* A list model of SuccessionSidebarEntry: the chart and date pages, each body's offices under a
 * heading, the offices of no body, then the bodies. @dataset may be NULL (no lines). */
SuccessionSidebarModel *succession_sidebar_model_new  (SuccessionDataset          *dataset);
/* The position of the line that opens @target, or GTK_INVALID_LIST_POSITION. */
guint                   succession_sidebar_model_find (SuccessionSidebarModel     *self,
                                                       const SuccessionPageTarget *target);

G_END_DECLS
