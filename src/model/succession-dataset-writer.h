/* succession-dataset-writer.h — a dataset written back as Popolo JSON
 *
 * Writes everything the model holds, in the loader's format, so that loading the output gives
 * the same model, and writing that again gives the same bytes. Offices the loader made up for
 * memberships without a post (plain Popolo files) are written back as those files had them:
 * memberships with an organization_id and a role, and no post. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "succession-dataset.h"

G_BEGIN_DECLS

/* The dataset as a Popolo tree (the text below, parsed by json-glib). */
JsonNode *succession_dataset_to_json (SuccessionDataset *dataset);
/* The dataset as Popolo JSON text, indented by one space, as UTF-8 ending in a newline: the file
 * it was read from, up to white space, with every member the model does not use kept. Free with
 * g_free. */
char     *succession_dataset_to_data (SuccessionDataset *dataset,
                                      gsize             *length);

G_END_DECLS
