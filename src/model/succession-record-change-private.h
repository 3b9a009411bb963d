/* succession-record-change-private.h — what the changes of tenures and people do alike to a
 * record of the dataset's document, and how the changed document is loaded again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "succession-loader.h"
#include "succession-record-change.h"
#include "succession-types.h"

G_BEGIN_DECLS

/* Sets (or, for an unset date, removes) @field and its "_qualifier" member; a date given is taken
 * out of "unknown_value" and "no_value". With @keep_replaced, a value that changes stays on the
 * record as a disagreement (date_alternatives) with the sources it had. Nothing when @date is
 * @old. */
void               _succession_record_set_date         (JsonObject                   *record,
                                                        const char                   *field,
                                                        const SuccessionDate         *date,
                                                        const SuccessionDate         *old,
                                                        gboolean                      keep_replaced);

/* @source first among @record's sources, when it is given. */
void               _succession_record_add_source       (JsonObject                   *record,
                                                        const SuccessionChangeSource *source);

/* A string member set, or removed when @value is NULL or empty. */
void               _succession_record_set_string       (JsonObject                   *record,
                                                        const char                   *member,
                                                        const char                   *value);

/* What @loader said of the record at @path ("memberships[12]"): errors, then warnings. */
GListModel        *_succession_record_messages_about   (SuccessionLoader             *loader,
                                                        const char                   *path);

/* @document loaded as @dataset's file would be. */
SuccessionDataset *_succession_record_reload           (SuccessionDataset            *dataset,
                                                        JsonNode                     *document,
                                                        SuccessionLoader             *loader,
                                                        GCancellable                 *cancellable,
                                                        GError                      **error);

/* @dataset's document and its array @member ("persons"), made when absent. */
JsonNode          *_succession_record_document         (SuccessionDataset            *dataset,
                                                        const char                   *member,
                                                        JsonArray                   **array);

G_END_DECLS
