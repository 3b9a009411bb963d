/* succession-wikidata-client-private.h — one request to the service, and its answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-wikidata-client.h"

G_BEGIN_DECLS

typedef enum {
  SUCCESSION_WIKIDATA_SERVICE_SPARQL,  /* the query service: SPARQL 1.1 Query Results JSON */
  SUCCESSION_WIKIDATA_SERVICE_API,     /* the MediaWiki API: JSON */
} SuccessionWikidataService;

/* An answer, from the service or from the cache. */
typedef struct {
  GBytes    *body;
  char      *url;         /* the request, which is also the cache key */
  GDateTime *fetched;     /* when the service gave it */
  gboolean   from_cache;
  char      *notice;      /* why the saved copy stands in for the service, or NULL */
} SuccessionWikidataAnswer;

void                      _succession_wikidata_answer_free (SuccessionWikidataAnswer *answer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionWikidataAnswer, _succession_wikidata_answer_free)

/* GET the service with @params (NULL-terminated name, value pairs). The answer is not saved:
 * the caller checks it and calls _keep, so a bad answer never replaces a good copy. */
void                      _succession_wikidata_client_get_async  (SuccessionWikidataClient   *self,
                                                                  SuccessionWikidataService   service,
                                                                  const char * const         *params,
                                                                  GCancellable               *cancellable,
                                                                  SuccessionWikidataProgress  progress,
                                                                  gpointer                    progress_data,
                                                                  GAsyncReadyCallback         callback,
                                                                  gpointer                    user_data);
SuccessionWikidataAnswer *_succession_wikidata_client_get_finish (SuccessionWikidataClient   *self,
                                                                  GAsyncResult               *result,
                                                                  GError                    **error);
/* Saves a checked answer from the service in the cache (a copy from the cache is left alone). */
void                      _succession_wikidata_client_keep       (SuccessionWikidataClient   *self,
                                                                  SuccessionWikidataAnswer   *answer);

G_END_DECLS
