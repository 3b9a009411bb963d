/* succession-wikidata-client.h — Wikidata's query service and API over HTTP, with a cache
 *
 * One client per application. Requests are asynchronous and cancellable, report progress, send
 * a User-Agent that follows the Wikimedia policy, wait and retry when the service answers 429
 * or 503 with Retry-After, and keep every good answer under the user's cache folder: with no
 * network the saved copy is used, and its age is told.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SUCCESSION_WIKIDATA_DEFAULT_SPARQL_URL "https://query.wikidata.org/sparql"
#define SUCCESSION_WIKIDATA_DEFAULT_API_URL    "https://www.wikidata.org/w/api.php"
/* Environment variables that set the endpoints (a mirror, a local test server); they win over
 * the GSettings keys wikidata-sparql-url and wikidata-api-url, which win over the defaults. */
#define SUCCESSION_WIKIDATA_SPARQL_URL_ENV     "SUCCESSION_WIKIDATA_SPARQL_URL"
#define SUCCESSION_WIKIDATA_API_URL_ENV        "SUCCESSION_WIKIDATA_API_URL"

/* Limits: an answer above them is refused with a message. */
#define SUCCESSION_WIKIDATA_MAX_ROWS        50000               /* rows of one query's answer */
#define SUCCESSION_WIKIDATA_MAX_BYTES       (128 * 1024 * 1024) /* bytes of one answer */
#define SUCCESSION_WIKIDATA_MAX_RETRIES     3                   /* after a 429 or a 503 */
#define SUCCESSION_WIKIDATA_MAX_RETRY_WAIT  120                 /* seconds of Retry-After heeded */
#define SUCCESSION_WIKIDATA_DEFAULT_TIMEOUT 90                  /* seconds without a byte */

#define SUCCESSION_WIKIDATA_ERROR (succession_wikidata_error_quark ())
GQuark succession_wikidata_error_quark (void);

typedef enum {
  SUCCESSION_WIKIDATA_ERROR_UNREACHABLE,  /* no network (or no answer) and no saved copy */
  SUCCESSION_WIKIDATA_ERROR_TIMEOUT,      /* no answer in time, and no saved copy */
  SUCCESSION_WIKIDATA_ERROR_BUSY,         /* 429 or 503 after every retry, and no saved copy */
  SUCCESSION_WIKIDATA_ERROR_HTTP,         /* another HTTP error status */
  SUCCESSION_WIKIDATA_ERROR_NOT_DATA,     /* a web page or other text instead of JSON */
  SUCCESSION_WIKIDATA_ERROR_MALFORMED,    /* not JSON, or not the documented format */
  SUCCESSION_WIKIDATA_ERROR_TRUNCATED,    /* the answer stops short */
  SUCCESSION_WIKIDATA_ERROR_TOO_LARGE,    /* more rows or bytes than the limits */
  SUCCESSION_WIKIDATA_ERROR_NOT_FOUND,    /* Wikidata has no such item */
  SUCCESSION_WIKIDATA_ERROR_INVALID_ID,   /* not a Q-id or a Wikidata URL */
  SUCCESSION_WIKIDATA_ERROR_NO_IDS,       /* nothing in the dataset carries a Wikidata id */
  SUCCESSION_WIKIDATA_ERROR_ENDPOINT,     /* an endpoint setting is not an http(s) URL */
  SUCCESSION_WIKIDATA_ERROR_ALREADY,      /* the dataset already has the office being added */
} SuccessionWikidataError;

/* Progress of a request: @fraction from 0 to 1, or -1 while the size is not known; @bytes
 * received so far. Called on the thread-default main context of the caller. */
typedef void (*SuccessionWikidataProgress) (double   fraction,
                                            guint64  bytes,
                                            gpointer user_data);

#define SUCCESSION_TYPE_WIKIDATA_CLIENT (succession_wikidata_client_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionWikidataClient, succession_wikidata_client, SUCCESSION, WIKIDATA_CLIENT, GObject)

/* Endpoints from the environment, the settings or the defaults; the cache in
 * g_get_user_cache_dir()/succession/wikidata. */
SuccessionWikidataClient *succession_wikidata_client_new              (void);

const char *succession_wikidata_client_get_sparql_url    (SuccessionWikidataClient *self);
const char *succession_wikidata_client_get_api_url       (SuccessionWikidataClient *self);
/* "Succession/0.1.0 (https://github.com/succession/succession) libsoup/3.2.3". */
const char *succession_wikidata_client_get_user_agent    (SuccessionWikidataClient *self);
/* The folder the answers are saved in. */
GFile      *succession_wikidata_client_get_cache_dir     (SuccessionWikidataClient *self);

/* Seconds without a byte from the service before a request fails (or uses the saved copy). */
void        succession_wikidata_client_set_timeout       (SuccessionWikidataClient *self,
                                                          guint                     seconds);
guint       succession_wikidata_client_get_timeout       (SuccessionWikidataClient *self);
/* A saved answer younger than @max_age is used without asking the service; -1 (the default)
 * always asks and uses the saved copy only when the service cannot answer. */
void        succession_wikidata_client_set_max_cache_age (SuccessionWikidataClient *self,
                                                          GTimeSpan                 max_age);
GTimeSpan   succession_wikidata_client_get_max_cache_age (SuccessionWikidataClient *self);

/* "Q42" from "Q42", "q42", "wd:Q42" or a Wikidata URL (…/wiki/Q42, …/entity/Q42,
 * …/Special:EntityPage/Q42); NULL for anything else. Free with g_free. */
char       *succession_wikidata_parse_id                 (const char               *text);

/* An age for people: "2 minutes", "3 days". Free with g_free. */
char       *succession_wikidata_format_age               (GTimeSpan                 age);

G_END_DECLS
