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

/* Where an operation of several steps reports its progress: the caller's callback, and the
 * share of the whole [from, from + span) that the current step covers. */
typedef struct {
  SuccessionWikidataProgress  func;
  gpointer                    data;
  GDestroyNotify              data_free;
  double                      from;
  double                      span;
} SuccessionWikidataProgressTarget;

void                      _succession_wikidata_progress_init    (SuccessionWikidataProgressTarget *target,
                                                                 SuccessionWikidataProgress        func,
                                                                 gpointer                          data,
                                                                 GDestroyNotify                    data_free);
void                      _succession_wikidata_progress_clear   (SuccessionWikidataProgressTarget *target);
void                      _succession_wikidata_progress_step    (SuccessionWikidataProgressTarget *target,
                                                                 double                            from,
                                                                 double                            span);
/* A SuccessionWikidataProgress whose data is a target: reports the step's progress as the
 * whole's (-1, unknown, stays -1). */
void                      _succession_wikidata_progress_forward (double                            fraction,
                                                                 guint64                           bytes,
                                                                 gpointer                          target);

G_END_DECLS
