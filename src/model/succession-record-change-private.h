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

/* Are @a and @b the same text, NULL and empty being the same (no text)? */
gboolean           _succession_record_same_text        (const char                   *a,
                                                        const char                   *b);

/* A string member set, or removed when @value is NULL or empty. */
void               _succession_record_set_string       (JsonObject                   *record,
                                                        const char                   *member,
                                                        const char                   *value);

/* @record's localized @member ("note": a string, the English text, or an object of
 * translations) with its @lang text set to @text, or removed when @text is NULL or empty; the
 * other languages' texts stay, and a member left with none is removed. */
void               _succession_record_set_localized    (JsonObject                   *record,
                                                        const char                   *member,
                                                        const char                   *lang,
                                                        const char                   *text);
/* What @loader said of the record at @path ("memberships[12]"): errors, then warnings. */
GListModel        *_succession_record_messages_about   (SuccessionLoader             *loader,
                                                        const char                   *path);

/* @document loaded as @dataset's file would be. */
SuccessionDataset *_succession_record_reload           (SuccessionDataset            *dataset,
                                                        JsonNode                     *document,
                                                        SuccessionLoader             *loader,
                                                        GCancellable                 *cancellable,
                                                        GError                      **error);

/* The entry of @record's @member (other_names, other_label) in @lang gets @text, the first one
 * written in that language kept in its place; an empty @text removes every entry in that
 * language (and the member when none is left). Entries in other languages, plain strings, and the
 * members of an entry besides its name, stay. */
void               _succession_record_set_other_name   (JsonObject                   *record,
                                                        const char                   *member,
                                                        const char                   *lang,
                                                        const char                   *text);

/* Whether @dataset (a SuccessionDataset) has an office or a body called @id: the two share one
 * name space. For _succession_record_new_id(). */
gboolean           _succession_record_office_or_body_id_taken (gpointer                dataset,
                                                               const char             *id);
/* The index in @array of the record whose "id" is @id, or G_MAXUINT. */
guint              _succession_record_find             (JsonArray                    *array,
                                                        const char                   *id);

/* "Péng Zhēn" → "peng-zhen": @text's letters and digits in ASCII, lower case, words joined by
 * hyphens, after @prefix and a hyphen when given (@fallback when @text has none); then -2, -3…
 * until @taken (@data, id) is FALSE. Free with g_free. */
char              *_succession_record_new_id           (const char                   *prefix,
                                                        const char                   *text,
                                                        const char                   *fallback,
                                                        gboolean (*taken) (gpointer data, const char *id),
                                                        gpointer                      data);

/* @document loaded as @dataset's file would be, every message kept; @messages (if not NULL)
 * receives what the loader said of @collection[@index] ("persons", 3) and then of each of
 * @tenures (a GListModel of SuccessionTenure of @dataset, whose places a change of another record
 * does not move), whether or not it loads. */
SuccessionDataset *_succession_record_load_changed     (SuccessionDataset            *dataset,
                                                        JsonNode                     *document,
                                                        const char                   *collection,
                                                        guint                         index,
                                                        GListModel                   *tenures,
                                                        GCancellable                 *cancellable,
                                                        GListModel                  **messages,
                                                        GError                      **error);

/* @record (a body, office, person, term or tenure of @dataset's @collection) as the dataset's
 * text has it, parsed, to be changed and given to _succession_record_load_with; @index gets its
 * place in the collection. NULL when it is not there. A change of one record so never makes a
 * tree of the whole dataset: at 100,000 tenures that tree held 1 GiB and took most of a check. */
JsonObject        *_succession_record_read            (SuccessionDataset            *dataset,
                                                        const char                   *collection,
                                                        gconstpointer                 record,
                                                        guint                        *index);
/* @dataset's text with @record written in place of @replaced (read by _succession_record_read)
 * or, when @replaced is NULL, after the last record of @collection, loaded as
 * _succession_record_load_changed does. */
SuccessionDataset *_succession_record_load_with       (SuccessionDataset            *dataset,
                                                        const char                   *collection,
                                                        gconstpointer                 replaced,
                                                        JsonObject                   *record,
                                                        GListModel                   *tenures,
                                                        GCancellable                 *cancellable,
                                                        GListModel                  **messages,
                                                        GError                      **error);
/* @dataset's text without the records (bodies, offices, persons, terms or tenures of @dataset) of
 * the set @left_out, loaded as @dataset's file would be. */
SuccessionDataset *_succession_record_load_without    (SuccessionDataset            *dataset,
                                                        GHashTable                   *left_out,
                                                        GCancellable                 *cancellable,
                                                        GError                      **error);
/* @record (taken) added after the last of @collection, then loaded as _succession_record_load_with
 * does; @new_id, if not NULL, receives the record's "id" when it loads (free with g_free). */
SuccessionDataset *_succession_record_add_and_load    (SuccessionDataset            *dataset,
                                                        const char                   *collection,
                                                        JsonObject                   *record,
                                                        char                        **new_id,
                                                        GCancellable                 *cancellable,
                                                        GListModel                  **messages,
                                                        GError                      **error);

/* @dataset's document and its array @member ("persons"), made when absent. */
JsonNode          *_succession_record_document         (SuccessionDataset            *dataset,
                                                        const char                   *member,
                                                        JsonArray                   **array);

G_END_DECLS
