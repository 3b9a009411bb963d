/* succession-wikidata-match.h — an item found by the entity search, and the search itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-wikidata-client.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_WIKIDATA_MATCH (succession_wikidata_match_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionWikidataMatch, succession_wikidata_match, SUCCESSION, WIKIDATA_MATCH, GObject)

const char *succession_wikidata_match_get_id          (SuccessionWikidataMatch *self);
const char *succession_wikidata_match_get_label       (SuccessionWikidataMatch *self);
const char *succession_wikidata_match_get_description (SuccessionWikidataMatch *self);
/* The body the item belongs to (P2389, else P361), or NULL. */
const char *succession_wikidata_match_get_body        (SuccessionWikidataMatch *self);

/* Searches Wikidata's items (the API's wbsearchentities) for @text: a name in any language
 * (Chinese, Japanese and Korean text is searched in that language, other text in @ui_language
 * or English), a Q-id or a Wikidata URL. Labels and descriptions come in @ui_language (NULL
 * for the interface's); the bodies are looked up with one more query, and left out when that
 * fails. */
void        succession_wikidata_client_search_async   (SuccessionWikidataClient  *client,
                                                       const char                *text,
                                                       const char                *ui_language,
                                                       GCancellable              *cancellable,
                                                       GAsyncReadyCallback        callback,
                                                       gpointer                   user_data);
/* The matches (SuccessionWikidataMatch), best first. */
GListModel *succession_wikidata_client_search_finish  (SuccessionWikidataClient  *client,
                                                       GAsyncResult              *result,
                                                       GError                   **error);

G_END_DECLS
