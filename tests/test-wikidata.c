/* test-wikidata.c — the Wikidata client against a local server that answers like the service
 *
 * The server (succession-test-wikidata.c) listens on 127.0.0.1 at a port the system chooses and
 * the tests point the client at it through SUCCESSION_WIKIDATA_SPARQL_URL and _API_URL, as a
 * user would for a mirror. The cache lives in a temporary XDG_CACHE_HOME. No network is used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <locale.h>
#include <string.h>

#include "succession-loader.h"
#include "succession-test-wikidata.h"
#include "succession-wikidata.h"

static FakeWikidata *fake;
static char         *cache_home;

/* ---------------------------------------------------------------------------------------- */
/* Helpers                                                                                   */

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

typedef struct
{
  guint  calls;
  double last;
} Progress;

static void
on_progress (double   fraction,
             guint64  bytes,
             gpointer data)
{
  Progress *progress = data;

  g_assert_true (fraction == -1 || (fraction >= 0 && fraction <= 1));
  progress->calls++;
  progress->last = fraction;
}

static SuccessionWikidataOffice *
fetch (SuccessionWikidataClient *client,
       const char               *id,
       Progress                 *progress,
       GError                  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  succession_wikidata_client_fetch_office_async (client, id, NULL, NULL, progress != NULL ? on_progress : NULL,
                                                 progress, NULL, on_done, &result);
  return succession_wikidata_client_fetch_office_finish (client, wait_for (&result), error);
}

static char *
cache_dir_path (void)
{
  return g_build_filename (cache_home, "succession", "wikidata", NULL);
}

/* The saved answers, by name. */
static GHashTable *
read_cache (void)
{
  g_autofree char *path = cache_dir_path ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      char            *contents = NULL;

      g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
      g_hash_table_insert (files, g_strdup (name), contents);
    }
  return files;
}

static void
clear_cache (void)
{
  g_autofree char *path = cache_dir_path ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_assert_cmpint (g_unlink (file), ==, 0);
    }
}

/* Makes every saved answer @seconds older. */
static void
age_cache (gint64 seconds)
{
  g_autofree char *path = cache_dir_path ();
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file_path = g_build_filename (path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (file_path);
      g_autoptr(GError) error = NULL;

      g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, g_get_real_time () / G_USEC_PER_SEC - seconds,
                                   G_FILE_QUERY_INFO_NONE, NULL, &error);
      g_assert_no_error (error);
    }
}

static void
reset (void)
{
  clear_cache ();
  for (guint kind = 0; kind < FAKE_WIKIDATA_N_KINDS; kind++)
    fake_wikidata_set_mode (fake, kind, FAKE_WIKIDATA_OK);
}

/* ---------------------------------------------------------------------------------------- */
/* Tests                                                                                     */

static void
test_import (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GHashTable) cache = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user_agent = NULL;
  g_autofree char *expected_agent = NULL;
  g_autofree char *query = NULL;
  Progress         progress = { 0 };

  reset ();
  g_assert_cmpstr (succession_wikidata_client_get_sparql_url (client), ==, fake_wikidata_get_sparql_url (fake));

  office = fetch (client, "https://www.wikidata.org/wiki/Q900000001", &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (succession_wikidata_office_get_n_statements (office), ==, 14);
  g_assert_false (succession_wikidata_office_is_from_cache (office));
  g_assert_null (succession_wikidata_office_get_notice (office));
  g_assert_cmpint (succession_wikidata_office_get_age (office), <, 60 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_OFFICE), ==, 1);
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 1);

  /* Progress to the end. */
  g_assert_cmpuint (progress.calls, >=, 3);
  g_assert_cmpfloat (progress.last, ==, 1.0);

  /* The Wikimedia User-Agent policy: name/version, a contact URL, the library. */
  user_agent = fake_wikidata_dup_user_agent (fake);
  expected_agent = g_strdup_printf ("Succession/%s (https://github.com/succession/succession) libsoup/%u.%u.%u",
                                    PACKAGE_VERSION, soup_get_major_version (), soup_get_minor_version (),
                                    soup_get_micro_version ());
  g_assert_cmpstr (user_agent, ==, expected_agent);
  g_assert_cmpstr (succession_wikidata_client_get_user_agent (client), ==, expected_agent);

  /* The query names the office, and limits the answer to one row more than is accepted. */
  query = fake_wikidata_dup_last_query (fake, FAKE_WIKIDATA_HOLDERS);
  g_assert_nonnull (strstr (query, "wd%3AQ900000001"));
  g_assert_nonnull (strstr (query, "LIMIT%2050001"));

  /* Both answers are saved. */
  cache = read_cache ();
  g_assert_cmpuint (g_hash_table_size (cache), ==, 2);

  dataset = succession_wikidata_office_to_dataset (office, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (succession_office_get_n_tenures (succession_dataset_get_office (dataset, "Q900000001")), ==, 14);
}

static void
test_cache (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionWikidataOffice) first = NULL;
  g_autoptr(SuccessionWikidataOffice) second = NULL;
  g_autoptr(GError) error = NULL;

  reset ();
  first = fetch (client, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  age_cache (2 * 3600);

  /* Younger than the limit: the saved copy, without asking. */
  succession_wikidata_client_set_max_cache_age (client, 3 * G_TIME_SPAN_HOUR);
  second = fetch (client, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (succession_wikidata_office_is_from_cache (second));
  g_assert_null (succession_wikidata_office_get_notice (second));
  g_assert_cmpint (succession_wikidata_office_get_age (second) / G_TIME_SPAN_MINUTE, >=, 119);
  g_assert_cmpint (succession_wikidata_office_get_age (second) / G_TIME_SPAN_MINUTE, <=, 121);
  g_assert_cmpuint (succession_wikidata_office_get_n_statements (second), ==, 14);
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 1);
  g_clear_object (&second);

  /* Older than the limit: asked again. */
  succession_wikidata_client_set_max_cache_age (client, G_TIME_SPAN_HOUR);
  second = fetch (client, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (succession_wikidata_office_is_from_cache (second));
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 2);
}

static void
test_offline (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionWikidataClient) offline = NULL;
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sparql = NULL;
  const char      *notice;

  reset ();
  office = fetch (client, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&office);
  age_cache (3 * 24 * 3600 + 60);

  /* The server is gone: its port refuses. The saved copy stands in, and says how old it is. */
  sparql = g_strdup (fake_wikidata_get_sparql_url (fake));
  fake_wikidata_stop (fake);
  fake = NULL;
  offline = succession_wikidata_client_new ();
  g_assert_cmpstr (succession_wikidata_client_get_sparql_url (offline), ==, sparql);
  office = fetch (offline, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (succession_wikidata_office_is_from_cache (office));
  g_assert_cmpuint (succession_wikidata_office_get_n_statements (office), ==, 14);
  g_assert_cmpint (succession_wikidata_office_get_age (office) / G_TIME_SPAN_HOUR, ==, 72);
  notice = succession_wikidata_office_get_notice (office);
  g_assert_nonnull (notice);
  g_assert_true (g_str_has_prefix (notice, "Wikidata cannot be reached ("));
  g_assert_true (g_str_has_suffix (notice, "); this is the copy saved 3 days ago"));
  g_clear_object (&office);

  /* No saved copy: a clear message. */
  clear_cache ();
  office = fetch (offline, "Q900000001", NULL, &error);
  g_assert_null (office);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_UNREACHABLE);
  g_assert_true (g_str_has_prefix (error->message, "Wikidata cannot be reached ("));
  g_assert_true (g_str_has_suffix (error->message, "), and no copy of this answer is saved on this computer"));

  fake = fake_wikidata_start ();
}

static void
test_retry_after (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  reset ();
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_429_ONCE);
  start = g_get_monotonic_time ();
  office = fetch (client, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  /* Asked again after the second Retry-After asked for, and not before. */
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 2);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
  g_assert_cmpuint (succession_wikidata_office_get_n_statements (office), ==, 14);
}

static void
test_busy (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(GError) error = NULL;

  /* Busy every time: a bounded number of attempts, then a message. */
  reset ();
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_503_ALWAYS);
  office = fetch (client, "Q900000001", NULL, &error);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_BUSY);
  g_assert_cmpstr (error->message, ==, "Wikidata is still busy after 4 attempts (HTTP 503); try again later, "
                                       "and no copy of this answer is saved on this computer");
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 4);
  g_clear_error (&error);

  /* A wait longer than is reasonable is not waited: the user is told. */
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_429_LONG);
  office = fetch (client, "Q900000001", NULL, &error);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_BUSY);
  g_assert_true (g_str_has_prefix (error->message, "Wikidata is busy (HTTP 429) and asks to wait 3600 seconds"));
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 1);
}

static void
test_bad_answers (void)
{
  static const struct
  {
    FakeWikidataMode mode;
    int              code;
    const char      *message;
  } bad[] = {
    { FAKE_WIKIDATA_MALFORMED, SUCCESSION_WIKIDATA_ERROR_MALFORMED, "the answer is not valid JSON (at byte 88)" },
    { FAKE_WIKIDATA_TRUNCATED, SUCCESSION_WIKIDATA_ERROR_TRUNCATED, "the answer stops short, after " },
    { FAKE_WIKIDATA_HTML, SUCCESSION_WIKIDATA_ERROR_NOT_DATA,
      "the service answered with a web page (text/html) instead of data; is the address right?" },
    { FAKE_WIKIDATA_HUGE, SUCCESSION_WIKIDATA_ERROR_TOO_LARGE,
      "the answer has more than 50000 rows; this is not one office’s holders" },
    { FAKE_WIKIDATA_UNKNOWN_ITEM, SUCCESSION_WIKIDATA_ERROR_NOT_FOUND, "Wikidata has no item Q900000001 with a label or holders" },
  };
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionWikidataOffice) good = NULL;
  g_autoptr(GHashTable) saved = NULL;
  g_autoptr(GError) error = NULL;

  reset ();
  good = fetch (client, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  saved = read_cache ();

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(SuccessionWikidataOffice) office = NULL;
      g_autoptr(GHashTable) after = NULL;
      GHashTableIter iter;
      gpointer       name, contents;

      fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, bad[i].mode);
      if (bad[i].mode == FAKE_WIKIDATA_UNKNOWN_ITEM)
        fake_wikidata_set_mode (fake, FAKE_WIKIDATA_OFFICE, bad[i].mode);

      office = fetch (client, "Q900000001", NULL, &error);
      g_assert_null (office);
      g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, bad[i].code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, bad[i].message));
      g_clear_error (&error);

      /* A bad answer never replaces the good copy. */
      after = read_cache ();
      g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (saved));
      g_hash_table_iter_init (&iter, saved);
      while (g_hash_table_iter_next (&iter, &name, &contents))
        g_assert_cmpstr (g_hash_table_lookup (after, name), ==, contents);
      fake_wikidata_set_mode (fake, FAKE_WIKIDATA_OFFICE, FAKE_WIKIDATA_OK);
    }
}

static void
test_timeout (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(GError) error = NULL;

  reset ();
  succession_wikidata_client_set_timeout (client, 1);
  g_assert_cmpuint (succession_wikidata_client_get_timeout (client), ==, 1);
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_SILENT);
  office = fetch (client, "Q900000001", NULL, &error);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_TIMEOUT);
  g_assert_cmpstr (error->message, ==, "Wikidata did not answer within 1 second, and no copy of this answer is saved on this computer");
  g_clear_error (&error);

  /* With a saved copy, the copy, and why. */
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_OK);
  office = fetch (client, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&office);
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_SILENT);
  office = fetch (client, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (succession_wikidata_office_is_from_cache (office));
  g_assert_cmpstr (succession_wikidata_office_get_notice (office), ==,
                   "Wikidata did not answer within 1 second; this is the copy saved less than a minute ago");
}

static gboolean
cancel_soon (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  reset ();
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_SILENT);
  g_timeout_add (100, cancel_soon, cancellable);
  succession_wikidata_client_fetch_office_async (client, "Q900000001", NULL, cancellable, NULL, NULL, NULL,
                                                 on_done, &result);
  office = succession_wikidata_client_fetch_office_finish (client, wait_for (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_clear_error (&error);
  g_clear_object (&result);

  /* Cancelled while waiting out a Retry-After. */
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_429_ONCE);
  g_cancellable_reset (cancellable);
  g_timeout_add (300, cancel_soon, cancellable);
  succession_wikidata_client_fetch_office_async (client, "Q900000001", NULL, cancellable, NULL, NULL, NULL,
                                                 on_done, &result);
  office = succession_wikidata_client_fetch_office_finish (client, wait_for (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 1);
}

static void
test_endpoints (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APPLICATION_ID);
  g_autoptr(SuccessionWikidataClient) defaults = NULL;
  g_autoptr(SuccessionWikidataClient) from_settings = NULL;
  g_autoptr(SuccessionWikidataClient) from_env = NULL;
  g_autoptr(SuccessionWikidataClient) bad = NULL;
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sparql = g_strdup (fake_wikidata_get_sparql_url (fake));
  g_autofree char *api = g_strdup (fake_wikidata_get_api_url (fake));

  reset ();
  g_unsetenv ("SUCCESSION_WIKIDATA_SPARQL_URL");
  g_unsetenv ("SUCCESSION_WIKIDATA_API_URL");
  defaults = succession_wikidata_client_new ();
  g_assert_cmpstr (succession_wikidata_client_get_sparql_url (defaults), ==, "https://query.wikidata.org/sparql");
  g_assert_cmpstr (succession_wikidata_client_get_api_url (defaults), ==, "https://www.wikidata.org/w/api.php");

  /* A mirror set in the settings is used. */
  g_settings_set_string (settings, "wikidata-sparql-url", sparql);
  g_settings_set_string (settings, "wikidata-api-url", api);
  from_settings = succession_wikidata_client_new ();
  g_assert_cmpstr (succession_wikidata_client_get_sparql_url (from_settings), ==, sparql);
  office = fetch (from_settings, "Q900000001", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 1);

  /* The environment wins over the settings. */
  g_setenv ("SUCCESSION_WIKIDATA_SPARQL_URL", "http://mirror.example/sparql", TRUE);
  from_env = succession_wikidata_client_new ();
  g_assert_cmpstr (succession_wikidata_client_get_sparql_url (from_env), ==, "http://mirror.example/sparql");
  g_assert_cmpstr (succession_wikidata_client_get_api_url (from_env), ==, api);

  /* An address that is not http(s) is refused with a message. */
  g_setenv ("SUCCESSION_WIKIDATA_SPARQL_URL", "ftp://mirror.example/sparql", TRUE);
  bad = succession_wikidata_client_new ();
  g_clear_object (&office);
  office = fetch (bad, "Q900000001", NULL, &error);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_ENDPOINT);
  g_assert_cmpstr (error->message, ==, "the address “ftp://mirror.example/sparql” set for Wikidata is not an http or https URL");

  g_settings_reset (settings, "wikidata-sparql-url");
  g_settings_reset (settings, "wikidata-api-url");
  g_setenv ("SUCCESSION_WIKIDATA_SPARQL_URL", sparql, TRUE);
  g_setenv ("SUCCESSION_WIKIDATA_API_URL", api, TRUE);
}

static void
test_compare_dataset (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "wikidata", "npcsc-sg-dataset.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(SuccessionDataset) without_ids = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GPtrArray) offices = NULL;
  g_autoptr(SuccessionWikidataDisagreement) d = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  reset ();
  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);

  /* Every office with an id, fetched and compared; each answer's age comes with it. */
  succession_wikidata_client_compare_async (client, dataset, NULL, NULL, on_progress, &progress, NULL, on_done, &result);
  found = succession_wikidata_client_compare_finish (client, wait_for (&result), &offices, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_item_type (found), ==, SUCCESSION_TYPE_WIKIDATA_DISAGREEMENT);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  d = g_list_model_get_item (found, 0);
  g_assert_cmpstr (succession_wikidata_disagreement_get_office_wikidata (d), ==, "Q900000001");
  g_assert_true (succession_wikidata_disagreement_get_office (d) == succession_dataset_get_office (dataset, "npcsc-secretary-general"));
  g_assert_cmpuint (offices->len, ==, 1);
  g_assert_false (succession_wikidata_office_is_from_cache (g_ptr_array_index (offices, 0)));
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_clear_object (&result);

  /* Nothing to compare: no office has an id. */
  {
    g_autofree char *plain = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "kinds.json", NULL);
    g_autoptr(GFile) plain_file = g_file_new_for_path (plain);

    without_ids = succession_loader_load_file (loader, plain_file, NULL, &error);
    g_assert_no_error (error);
  }
  succession_wikidata_client_compare_async (client, without_ids, NULL, NULL, NULL, NULL, NULL, on_done, &result);
  g_assert_null (succession_wikidata_client_compare_finish (client, wait_for (&result), NULL, &error));
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_NO_IDS);
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_HOLDERS), ==, 1);
}

static GListModel *
search (SuccessionWikidataClient *client,
        const char               *text,
        GError                  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  succession_wikidata_client_search_async (client, text, "en", NULL, on_done, &result);
  return succession_wikidata_client_search_finish (client, wait_for (&result), error);
}

static void
test_search (void)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(SuccessionWikidataMatch) first = NULL;
  g_autoptr(SuccessionWikidataMatch) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;

  reset ();
  matches = search (client, "Secretary-General of the Standing Committee", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 2);
  first = g_list_model_get_item (matches, 0);
  second = g_list_model_get_item (matches, 1);
  g_assert_cmpstr (succession_wikidata_match_get_id (first), ==, "Q900000001");
  g_assert_cmpstr (succession_wikidata_match_get_label (first), ==,
                   "Secretary-General of the Standing Committee of the National People's Congress");
  g_assert_cmpstr (succession_wikidata_match_get_description (first), ==, "head of the General Office of the NPC Standing Committee");
  /* The body comes from a second query. */
  g_assert_cmpstr (succession_wikidata_match_get_body (first), ==, "Standing Committee of the National People's Congress");
  g_assert_null (succession_wikidata_match_get_description (second));
  g_assert_null (succession_wikidata_match_get_body (second));
  query = fake_wikidata_dup_last_query (fake, FAKE_WIKIDATA_SEARCH);
  g_assert_nonnull (strstr (query, "action=wbsearchentities"));
  g_assert_nonnull (strstr (query, "search=Secretary-General%20of%20the%20Standing%20Committee"));
  g_assert_nonnull (strstr (query, "language=en"));
  g_assert_cmpuint (fake_wikidata_get_count (fake, FAKE_WIKIDATA_BODIES), ==, 1);
  g_clear_object (&matches);
  g_clear_pointer (&query, g_free);

  /* Chinese is searched in Chinese. */
  matches = search (client, "全国人大常委会秘书长", &error);
  g_assert_no_error (error);
  query = fake_wikidata_dup_last_query (fake, FAKE_WIKIDATA_SEARCH);
  g_assert_nonnull (strstr (query, "language=zh&"));
  g_clear_object (&matches);
  g_clear_pointer (&query, g_free);

  /* A Wikidata URL is searched as its id. */
  matches = search (client, "https://www.wikidata.org/wiki/Q900000001", &error);
  g_assert_no_error (error);
  query = fake_wikidata_dup_last_query (fake, FAKE_WIKIDATA_SEARCH);
  g_assert_nonnull (strstr (query, "search=Q900000001&"));
  g_clear_object (&matches);

  /* Without the bodies the matches still stand; a bad search answer is an error. */
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_BODIES, FAKE_WIKIDATA_HTML);
  matches = search (client, "Secretary-General", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (matches), ==, 2);
  g_clear_object (&matches);
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_SEARCH, FAKE_WIKIDATA_MALFORMED);
  matches = search (client, "Secretary-General", &error);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_MALFORMED);
}

static void
test_ids (void)
{
  static const struct
  {
    const char *text;
    const char *id;
  } cases[] = {
    { "Q42", "Q42" },
    { "q42", "Q42" },
    { "  Q42\n", "Q42" },
    { "wd:Q42", "Q42" },
    { "https://www.wikidata.org/wiki/Q42", "Q42" },
    { "http://www.wikidata.org/entity/Q42", "Q42" },
    { "https://m.wikidata.org/wiki/Special:EntityPage/Q42", "Q42" },
    { "https://www.wikidata.org/wiki/Q42#P39", "Q42" },
    { "www.wikidata.org/wiki/Q42?uselang=zh", "Q42" },
    { "Q0", NULL },
    { "Q42x", NULL },
    { "P39", NULL },
    { "Q", NULL },
    { "", NULL },
    { "Peng Zhen", NULL },
    { "https://example.org/wiki/Q42", NULL },
    { "https://www.wikidata.org/wiki/Property:P39", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = succession_wikidata_parse_id (cases[i].text);

      g_assert_cmpstr (id, ==, cases[i].id);
    }
}

static void
test_age (void)
{
  static const struct
  {
    GTimeSpan   age;
    const char *text;
  } cases[] = {
    { 30 * G_TIME_SPAN_SECOND, "less than a minute" },
    { G_TIME_SPAN_MINUTE, "1 minute" },
    { 59 * G_TIME_SPAN_MINUTE, "59 minutes" },
    { 2 * G_TIME_SPAN_HOUR, "2 hours" },
    { 3 * G_TIME_SPAN_DAY + G_TIME_SPAN_HOUR, "3 days" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = succession_wikidata_format_age (cases[i].age);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  /* Before anything asks GLib for the cache folder. */
  cache_home = g_dir_make_tmp ("succession-wikidata-XXXXXX", NULL);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  fake = fake_wikidata_start ();

  g_test_add_func ("/wikidata/client/import", test_import);
  g_test_add_func ("/wikidata/client/cache", test_cache);
  g_test_add_func ("/wikidata/client/offline", test_offline);
  g_test_add_func ("/wikidata/client/retry-after", test_retry_after);
  g_test_add_func ("/wikidata/client/busy", test_busy);
  g_test_add_func ("/wikidata/client/bad-answers", test_bad_answers);
  g_test_add_func ("/wikidata/client/timeout", test_timeout);
  g_test_add_func ("/wikidata/client/cancel", test_cancel);
  g_test_add_func ("/wikidata/client/endpoints", test_endpoints);
  g_test_add_func ("/wikidata/client/compare", test_compare_dataset);
  g_test_add_func ("/wikidata/client/search", test_search);
  g_test_add_func ("/wikidata/ids", test_ids);
  g_test_add_func ("/wikidata/age", test_age);

  status = g_test_run ();

  fake_wikidata_stop (fake);
  clear_cache ();
  {
    g_autofree char *dir = cache_dir_path ();
    g_autofree char *parent = g_path_get_dirname (dir);

    g_rmdir (dir);
    g_rmdir (parent);
    g_rmdir (cache_home);
  }
  g_free (cache_home);
  return status;
}
