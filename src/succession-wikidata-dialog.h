/* succession-wikidata-dialog.h — Open Office from Wikidata: find an office, fetch its holders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-model.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_WIKIDATA_DIALOG (succession_wikidata_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionWikidataDialog, succession_wikidata_dialog, SUCCESSION, WIKIDATA_DIALOG, AdwWindow)

/* A dialog over @parent that offers to add the office to @dataset (NULL: none). When an office is
 * fetched it emits "office-opened" with the dataset to show (@dataset with the office added, or
 * the office as a dataset of its own), the office's Wikidata id, whether it was added, and, when
 * Wikidata could not be reached, why the saved copy was used (else NULL); then it closes. */
SuccessionWikidataDialog *succession_wikidata_dialog_new (GtkWindow         *parent,
                                                          SuccessionDataset *dataset);

G_END_DECLS
