/* succession-compare-dialog.h — Compare with Wikidata: the dataset's tenures lined up against it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"
#include "succession-model.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_COMPARE_DIALOG (succession_compare_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionCompareDialog, succession_compare_dialog, SUCCESSION, COMPARE_DIALOG, AdwWindow)

/* A dialog over @parent that starts comparing @dataset with Wikidata at once; offices named in
 * @name_display. */
SuccessionCompareDialog *succession_compare_dialog_new       (GtkWindow               *parent,
                                                              SuccessionDataset       *dataset,
                                                              SuccessionNameDisplay    name_display);
/* The disagreements the table shows (those of the kind chosen), or NULL before the answer. */
GListModel              *succession_compare_dialog_get_shown (SuccessionCompareDialog *self);

G_END_DECLS
