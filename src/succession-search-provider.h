/* succession-search-provider.h — GNOME Shell's search provider (org.gnome.Shell.SearchProvider2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-format.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SEARCH_PROVIDER (succession_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSearchProvider, succession_search_provider, SUCCESSION, SEARCH_PROVIDER, GObject)

/* The dataset to search now (transfer none), or NULL. */
typedef SuccessionDataset *(*SuccessionSearchProviderDatasetFunc) (gpointer user_data);

/* @application, when given, is held while a request runs, so a service started for a search
 * stays until its inactivity timeout after the last one. Activating a result emits
 * "activate-page" (a SuccessionPageTarget, timestamp), the application's button "launch-search" (text,
 * timestamp). */
SuccessionSearchProvider *succession_search_provider_new      (GApplication                         *application,
                                                               SuccessionSearchProviderDatasetFunc   dataset_func,
                                                               gpointer                              user_data);
gboolean                  succession_search_provider_export   (SuccessionSearchProvider             *self,
                                                               GDBusConnection                      *connection,
                                                               const char                           *object_path,
                                                               GError                              **error);
void                      succession_search_provider_unexport (SuccessionSearchProvider             *self);

G_END_DECLS
