/* succession-wikidata-compare.h — lining a dataset up against Wikidata
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-model.h"
#include "succession-wikidata-client.h"
#include "succession-wikidata-disagreement.h"
#include "succession-wikidata-office.h"

G_BEGIN_DECLS

/* Every disagreement between the tenures of @office and what Wikidata holds for it
 * (SuccessionWikidataDisagreement, by tenure). Holders are matched by their Wikidata ids; a
 * person who held the office twice is matched tenure by tenure, by the nearest start. Names
 * are in the first of @languages (NULL for the interface's). */
GListModel *succession_wikidata_compare_office           (SuccessionOffice          *office,
                                                          SuccessionWikidataOffice  *wikidata,
                                                          const char * const        *languages);

/* Fetches every office of @dataset that has a Wikidata id and compares it. Fails with
 * SUCCESSION_WIKIDATA_ERROR_NO_IDS when no office, or none of their holders, has one. */
void        succession_wikidata_client_compare_async     (SuccessionWikidataClient   *client,
                                                          SuccessionDataset          *dataset,
                                                          const char                 *ui_language,
                                                          GCancellable               *cancellable,
                                                          SuccessionWikidataProgress  progress,
                                                          gpointer                    progress_data,
                                                          GDestroyNotify              progress_data_free,
                                                          GAsyncReadyCallback         callback,
                                                          gpointer                    user_data);
/* The disagreements; @offices (optional) receives the SuccessionWikidataOffice fetched, whose
 * age and notice say how fresh each answer is. */
GListModel *succession_wikidata_client_compare_finish    (SuccessionWikidataClient   *client,
                                                          GAsyncResult               *result,
                                                          GPtrArray                 **offices,
                                                          GError                    **error);

/* The disagreements as CSV (RFC 4180, a header row) and as QuickStatements V1 commands (one
 * per line, tab-separated; only those that carry a value back). Free with g_free. */
char       *succession_wikidata_disagreements_to_csv            (GListModel *disagreements);
char       *succession_wikidata_disagreements_to_quickstatements (GListModel *disagreements);

G_END_DECLS
