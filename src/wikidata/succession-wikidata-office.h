/* succession-wikidata-office.h — an office as Wikidata holds it, and its fetch
 *
 * Every "position held" (P39) statement of the position, with its qualifiers and references,
 * and the holders' names and life dates. It becomes the project's model through a Popolo
 * document in the dataset format (docs/dataset-format.md, "Offices from Wikidata").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-model.h"
#include "succession-wikidata-client.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_WIKIDATA_OFFICE (succession_wikidata_office_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionWikidataOffice, succession_wikidata_office, SUCCESSION, WIKIDATA_OFFICE, GObject)

/* Fetches the office @id ("Q…", or any text succession_wikidata_parse_id() accepts): its labels
 * and body, then its holders. @ui_language (a tag such as "de", or NULL for the interface's)
 * adds a language to English, Simplified and Traditional Chinese. */
void                      succession_wikidata_client_fetch_office_async  (SuccessionWikidataClient   *client,
                                                                          const char                 *id,
                                                                          const char                 *ui_language,
                                                                          GCancellable               *cancellable,
                                                                          SuccessionWikidataProgress  progress,
                                                                          gpointer                    progress_data,
                                                                          GDestroyNotify              progress_data_free,
                                                                          GAsyncReadyCallback         callback,
                                                                          gpointer                    user_data);
SuccessionWikidataOffice *succession_wikidata_client_fetch_office_finish (SuccessionWikidataClient   *client,
                                                                          GAsyncResult               *result,
                                                                          GError                    **error);

/* Builds the office from the query service's answers to the office query (@office_answer, may
 * be NULL) and the holders query (@holders_answer), as fetch does. */
SuccessionWikidataOffice *succession_wikidata_office_new_from_answers    (const char                 *id,
                                                                          GBytes                     *office_answer,
                                                                          GBytes                     *holders_answer,
                                                                          GError                    **error);

const char           *succession_wikidata_office_get_id           (SuccessionWikidataOffice *self);
/* The label in the first of @languages that has one, else English, else any. */
const char           *succession_wikidata_office_get_label        (SuccessionWikidataOffice *self,
                                                                   const char * const       *languages);
const SuccessionText *succession_wikidata_office_get_labels       (SuccessionWikidataOffice *self);
/* Statements (tenures) and distinct holders. */
guint                 succession_wikidata_office_get_n_statements (SuccessionWikidataOffice *self);
guint                 succession_wikidata_office_get_n_holders    (SuccessionWikidataOffice *self);

/* When the service gave the answers (the older of the two), whether they came from the cache,
 * and, when the cache stood in for the service, why ("Wikidata cannot be reached (…); this is
 * the copy saved 3 days ago"), else NULL. */
GDateTime            *succession_wikidata_office_get_fetched      (SuccessionWikidataOffice *self);
GTimeSpan             succession_wikidata_office_get_age          (SuccessionWikidataOffice *self);
gboolean              succession_wikidata_office_is_from_cache    (SuccessionWikidataOffice *self);
const char           *succession_wikidata_office_get_notice       (SuccessionWikidataOffice *self);

/* The office as a Popolo document in the dataset format, UTF-8, ending in a newline. */
char                 *succession_wikidata_office_to_popolo        (SuccessionWikidataOffice *self,
                                                                   gsize                    *length);
/* The office as the model, through that document and the loader. */
SuccessionDataset    *succession_wikidata_office_to_dataset       (SuccessionWikidataOffice *self,
                                                                   GCancellable             *cancellable,
                                                                   GError                  **error);
/* A new dataset: @dataset's document with the office added, its holders, bodies and terms
 * reused where @dataset has them (by Wikidata id) and appended where it does not. Fails with
 * SUCCESSION_WIKIDATA_ERROR_ALREADY when @dataset has an office with the same Wikidata id. */
SuccessionDataset    *succession_wikidata_office_add_to           (SuccessionWikidataOffice *self,
                                                                   SuccessionDataset        *dataset,
                                                                   GCancellable             *cancellable,
                                                                   GError                  **error);

G_END_DECLS
