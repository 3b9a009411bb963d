/* succession-tenure-editor.h — Correct Dates: a tenure's start and end, with the source that says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"
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
/* A dialog over @parent that adds a tenure to @office: the holder chosen among the dataset's
 * people (named in @display) or a vacancy, the dates and the source. "applied" as above. */
SuccessionTenureEditor *succession_tenure_editor_new_for_office (GtkWindow             *parent,
                                                                 SuccessionDataset     *dataset,
                                                                 SuccessionOffice      *office,
                                                                 SuccessionNameDisplay  display);
/* Chooses the new tenure's holder by person id (NULL: a vacancy); FALSE when there is no such person. */
gboolean                succession_tenure_editor_select_holder  (SuccessionTenureEditor *self,
                                                                 const char             *person_id);
/* The id of the tenure being corrected, or of the tenure added. */
const char             *succession_tenure_editor_get_tenure_id (SuccessionTenureEditor *self);

G_END_DECLS
