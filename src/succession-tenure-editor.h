/* succession-tenure-editor.h — Correct Dates: a tenure's start and end, with the source that says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-model.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_TENURE_EDITOR (succession_tenure_editor_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionTenureEditor, succession_tenure_editor, SUCCESSION, TENURE_EDITOR, AdwWindow)

/* A dialog over @parent for @tenure of @dataset. When the user applies a change that loads, it
 * emits "applied" with the changed dataset and a sentence saying what changed, and closes. */
SuccessionTenureEditor *succession_tenure_editor_new (GtkWindow         *parent,
                                                      SuccessionDataset *dataset,
                                                      SuccessionTenure  *tenure,
                                                      const char        *holder_name);
/* The id of the tenure being corrected. */
const char             *succession_tenure_editor_get_tenure_id (SuccessionTenureEditor *self);

G_END_DECLS
