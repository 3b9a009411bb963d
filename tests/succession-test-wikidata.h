/* succession-test-wikidata.h — a local server that answers like Wikidata, for the tests
 *
 * A SoupServer on 127.0.0.1, at a port the system chooses, in a thread of its own (so a test
 * can also run the command line synchronously against it). It answers the query service at
 * /sparql from the fixtures in tests/fixtures/wikidata/, telling Succession's queries apart by
 * their first line (#succession:office, #succession:holders, #succession:bodies), and the API's
 * entity search at /w/api.php. Each kind of request can be told to misbehave.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  FAKE_WIKIDATA_OK = 0,
  FAKE_WIKIDATA_429_ONCE,        /* 429 with Retry-After: 1, then the answer */
  FAKE_WIKIDATA_503_ALWAYS,      /* 503 with Retry-After: 0, every time */
  FAKE_WIKIDATA_429_LONG,        /* 429 with Retry-After: 3600 */
  FAKE_WIKIDATA_MALFORMED,       /* 200, JSON with a syntax error */
  FAKE_WIKIDATA_TRUNCATED,       /* 200, the connection closes halfway through the body */
  FAKE_WIKIDATA_SILENT,          /* no answer at all, until the server stops */
  FAKE_WIKIDATA_HTML,            /* 200, an HTML error page */
  FAKE_WIKIDATA_HUGE,            /* 200, a valid answer of 100,000 rows */
  FAKE_WIKIDATA_UNKNOWN_ITEM,    /* 200, valid answers without labels or holders */
} FakeWikidataMode;

typedef enum {
  FAKE_WIKIDATA_OFFICE,
  FAKE_WIKIDATA_HOLDERS,
  FAKE_WIKIDATA_BODIES,
  FAKE_WIKIDATA_SEARCH,
  FAKE_WIKIDATA_N_KINDS
} FakeWikidataKind;

typedef struct _FakeWikidata FakeWikidata;

/* Starts the server and points SUCCESSION_WIKIDATA_SPARQL_URL and _API_URL at it. */
FakeWikidata *fake_wikidata_start            (void);
/* Stops it (a request to its port is then refused) and frees it. */
void          fake_wikidata_stop             (FakeWikidata     *fake);

const char   *fake_wikidata_get_sparql_url   (FakeWikidata     *fake);
const char   *fake_wikidata_get_api_url      (FakeWikidata     *fake);
void          fake_wikidata_set_mode         (FakeWikidata     *fake,
                                              FakeWikidataKind  kind,
                                              FakeWikidataMode  mode);
/* Requests of @kind received so far. */
guint         fake_wikidata_get_count        (FakeWikidata     *fake,
                                              FakeWikidataKind  kind);
/* The User-Agent of the last request, and the query string of the last request of @kind.
 * Free with g_free. */
char         *fake_wikidata_dup_user_agent   (FakeWikidata     *fake);
char         *fake_wikidata_dup_last_query   (FakeWikidata     *fake,
                                              FakeWikidataKind  kind);

G_END_DECLS
