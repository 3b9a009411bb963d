/* succession-wikidata-client.c — Wikidata's query service and API over HTTP, with a cache
 *
 * A request is a GTask that walks: cache (when fresh enough) -> send -> status (wait and
 * resend on 429/503) -> read the body in chunks (progress, size limit) -> answer. When the
 * service cannot be reached, times out, or stays busy, the saved copy of the same request
 * stands in, with a notice saying why and how old it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "succession-soup.h"
#include "succession-wikidata-client-private.h"

/* The quark's name is one word with hyphens, which a formatter would split. */
/* clang-format off */
G_DEFINE_QUARK (succession-wikidata-error-quark, succession_wikidata_error)
/* clang-format on */

struct _SuccessionWikidataClient
{
  GObject               parent_instance;
  const SuccessionSoup *soup;
  char                 *soup_error; /* why libsoup could not be loaded, when soup is NULL */
  SoupSession          *session;
  guint                 timeout;
  char                 *sparql_url;
  char                 *api_url;
  char                 *user_agent;
  GFile                *cache_dir;
  GTimeSpan             max_cache_age;
};

G_DEFINE_FINAL_TYPE (SuccessionWikidataClient, succession_wikidata_client, G_TYPE_OBJECT)

static void
succession_wikidata_client_finalize (GObject *object)
{
  SuccessionWikidataClient *self = SUCCESSION_WIKIDATA_CLIENT (object);

  g_clear_object (&self->session);
  g_free (self->soup_error);
  g_clear_object (&self->cache_dir);
  g_free (self->sparql_url);
  g_free (self->api_url);
  g_free (self->user_agent);

  G_OBJECT_CLASS (succession_wikidata_client_parent_class)->finalize (object);
}

static void
succession_wikidata_client_class_init (SuccessionWikidataClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = succession_wikidata_client_finalize;
}

/* The environment, then the settings (when the schema is installed), then the default. */
static char *
lookup_endpoint (GSettings  *settings,
                 const char *env,
                 const char *key,
                 const char *fallback)
{
  const char *value = g_getenv (env);

  if (value != NULL && *value != '\0')
    return g_strdup (value);

  if (settings != NULL)
    {
      g_autofree char *setting = g_settings_get_string (settings, key);

      if (*setting != '\0')
        return g_steal_pointer (&setting);
    }

  return g_strdup (fallback);
}

static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, BASE_APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "wikidata-sparql-url"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
succession_wikidata_client_init (SuccessionWikidataClient *self)
{
  g_autoptr(GSettings) settings = lookup_settings ();
  g_autoptr(GError) error = NULL;
  g_autofree char *cache_path = g_build_filename (g_get_user_cache_dir (), "succession", "wikidata", NULL);

  self->sparql_url = lookup_endpoint (settings, SUCCESSION_WIKIDATA_SPARQL_URL_ENV, "wikidata-sparql-url",
                                      SUCCESSION_WIKIDATA_DEFAULT_SPARQL_URL);
  self->api_url = lookup_endpoint (settings, SUCCESSION_WIKIDATA_API_URL_ENV, "wikidata-api-url",
                                   SUCCESSION_WIKIDATA_DEFAULT_API_URL);
  self->cache_dir = g_file_new_for_path (cache_path);
  self->max_cache_age = -1;
  self->timeout = SUCCESSION_WIKIDATA_DEFAULT_TIMEOUT;

  /* Without libsoup every request says why, and saved answers still stand in (fall_back). */
  self->soup = succession_soup_get (&error);
  if (self->soup == NULL)
    {
      self->soup_error = g_strdup (error->message);
      self->user_agent = g_strdup_printf ("%s/%s (%s)", PACKAGE_NAME, PACKAGE_VERSION, PACKAGE_WEBSITE);
      return;
    }

  /* The Wikimedia User-Agent policy: name/version (contact) library/version. */
  self->user_agent = g_strdup_printf ("%s/%s (%s) libsoup/%u.%u.%u", PACKAGE_NAME, PACKAGE_VERSION, PACKAGE_WEBSITE,
                                      self->soup->get_major_version (), self->soup->get_minor_version (),
                                      self->soup->get_micro_version ());
  self->session = self->soup->session_new ();
  self->soup->session_set_user_agent (self->session, self->user_agent);
  self->soup->session_set_timeout (self->session, self->timeout);
}

SuccessionWikidataClient *
succession_wikidata_client_new (void)
{
  return g_object_new (SUCCESSION_TYPE_WIKIDATA_CLIENT, NULL);
}

const char *
succession_wikidata_client_get_sparql_url (SuccessionWikidataClient *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self), NULL);
  return self->sparql_url;
}

const char *
succession_wikidata_client_get_api_url (SuccessionWikidataClient *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self), NULL);
  return self->api_url;
}

const char *
succession_wikidata_client_get_user_agent (SuccessionWikidataClient *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self), NULL);
  return self->user_agent;
}

GFile *
succession_wikidata_client_get_cache_dir (SuccessionWikidataClient *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self), NULL);
  return self->cache_dir;
}

void
succession_wikidata_client_set_timeout (SuccessionWikidataClient *self,
                                        guint                     seconds)
{
  g_return_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self));
  self->timeout = seconds;
  if (self->session != NULL)
    self->soup->session_set_timeout (self->session, seconds);
}

guint
succession_wikidata_client_get_timeout (SuccessionWikidataClient *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self), 0);
  return self->timeout;
}

void
succession_wikidata_client_set_max_cache_age (SuccessionWikidataClient *self,
                                              GTimeSpan                 max_age)
{
  g_return_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self));
  self->max_cache_age = max_age;
}

GTimeSpan
succession_wikidata_client_get_max_cache_age (SuccessionWikidataClient *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self), -1);
  return self->max_cache_age;
}

/* ---------------------------------------------------------------------------------------- */
/* Progress of operations of several steps                                                   */

void
_succession_wikidata_progress_init (SuccessionWikidataProgressTarget *target,
                                    SuccessionWikidataProgress        func,
                                    gpointer                          data,
                                    GDestroyNotify                    data_free)
{
  target->func = func;
  target->data = data;
  target->data_free = data_free;
  target->from = 0;
  target->span = 1;
}

void
_succession_wikidata_progress_clear (SuccessionWikidataProgressTarget *target)
{
  if (target->data_free != NULL)
    target->data_free (target->data);
  target->func = NULL;
  target->data_free = NULL;
}

void
_succession_wikidata_progress_step (SuccessionWikidataProgressTarget *target,
                                    double                            from,
                                    double                            span)
{
  target->from = from;
  target->span = span;
}

void
_succession_wikidata_progress_forward (double   fraction,
                                       guint64  bytes,
                                       gpointer data)
{
  SuccessionWikidataProgressTarget *target = data;

  if (target->func != NULL)
    target->func (fraction >= 0 ? target->from + target->span * fraction : -1, bytes, target->data);
}

/* ---------------------------------------------------------------------------------------- */
/* Answers and the cache                                                                     */

void
_succession_wikidata_answer_free (SuccessionWikidataAnswer *answer)
{
  if (answer == NULL)
    return;
  g_clear_pointer (&answer->body, g_bytes_unref);
  g_clear_pointer (&answer->fetched, g_date_time_unref);
  g_free (answer->url);
  g_free (answer->notice);
  g_free (answer);
}

static GFile *
cache_file_for (SuccessionWikidataClient *self,
                const char               *url)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, url, -1);
  g_autofree char *name = g_strconcat (hash, ".json", NULL);

  return g_file_get_child (self->cache_dir, name);
}

/* The saved answer to @url, or NULL. */
static SuccessionWikidataAnswer *
read_cache (SuccessionWikidataClient *self,
            const char               *url)
{
  g_autoptr(GFile) file = cache_file_for (self, url);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;
  SuccessionWikidataAnswer *answer;
  char                     *contents = NULL;
  gsize                     length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL || (modified = g_file_info_get_modification_date_time (info)) == NULL)
    return NULL;
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, NULL))
    return NULL;

  answer = g_new0 (SuccessionWikidataAnswer, 1);
  answer->body = g_bytes_new_take (contents, length);
  answer->url = g_strdup (url);
  answer->fetched = g_date_time_to_utc (modified);
  answer->from_cache = TRUE;
  return answer;
}

static GTimeSpan
answer_age (SuccessionWikidataAnswer *answer)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_difference (now, answer->fetched);
}

void
_succession_wikidata_client_keep (SuccessionWikidataClient *self,
                                  SuccessionWikidataAnswer *answer)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  gsize            length;
  const char      *data;

  g_return_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self));
  g_return_if_fail (answer != NULL);

  if (answer->from_cache)
    return;

  dir = g_file_get_path (self->cache_dir);
  file = cache_file_for (self, answer->url);
  path = g_file_get_path (file);
  data = g_bytes_get_data (answer->body, &length);

  /* A cache that cannot be written (a read-only home) costs only the offline copy. */
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_debug ("Cannot save the answer in %s: %s", dir, error != NULL ? error->message : g_strerror (errno));
}

/* ---------------------------------------------------------------------------------------- */
/* One request                                                                               */

typedef struct
{
  SuccessionWikidataService  service;
  char                      *url;
  SoupMessage               *message;
  GInputStream              *stream;
  GByteArray                *body;
  goffset                    expected;
  guint                      attempt;
  SuccessionWikidataProgress progress;
  gpointer                   progress_data;
  GSource                   *wait;
  GSource                   *wait_cancel;
} Request;

static void
request_free (Request *request)
{
  if (request->wait != NULL)
    g_source_destroy (request->wait);
  if (request->wait_cancel != NULL)
    g_source_destroy (request->wait_cancel);
  g_clear_pointer (&request->wait, g_source_unref);
  g_clear_pointer (&request->wait_cancel, g_source_unref);
  g_clear_object (&request->message);
  g_clear_object (&request->stream);
  g_clear_pointer (&request->body, g_byte_array_unref);
  g_free (request->url);
  g_free (request);
}

static void send_request (GTask *task);

/* The service gave no usable answer because of the network or its load: the saved copy
 * stands in, with @reason as its notice; without one, @reason is the error. */
static void
fall_back (GTask      *task,
           int         code,
           const char *reason)
{
  SuccessionWikidataClient *self = g_task_get_source_object (task);
  Request                  *request = g_task_get_task_data (task);
  SuccessionWikidataAnswer *answer = read_cache (self, request->url);

  if (answer == NULL)
    {
      /* Translators: %s says why the service gave no answer ("Wikidata cannot be reached (…)"). */
      g_task_return_new_error (task, SUCCESSION_WIKIDATA_ERROR, code,
                               _ ("%s, and no copy of this answer is saved on this computer"), reason);
      return;
    }

  {
    g_autofree char *age = succession_wikidata_format_age (answer_age (answer));

    /* Translators: the first %s says why the service gave no answer, the second is an age ("3 days"). */
    answer->notice = g_strdup_printf (_ ("%s; this is the copy saved %s ago"), reason, age);
  }
  g_task_return_pointer (task, answer, (GDestroyNotify) _succession_wikidata_answer_free);
}

static void
fall_back_for_error (GTask  *task,
                     GError *error)
{
  SuccessionWikidataClient *self = g_task_get_source_object (task);
  g_autofree char          *reason = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_error_copy (error));
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      guint timeout = self->timeout;

      /* Translators: %u is a number of seconds. */
      reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Wikidata did not answer within %u second",
                                             "Wikidata did not answer within %u seconds", timeout),
                                timeout);
      fall_back (task, SUCCESSION_WIKIDATA_ERROR_TIMEOUT, reason);
      return;
    }

  /* Translators: %s is the network's own message, such as "Connection refused". */
  reason = g_strdup_printf (_ ("Wikidata cannot be reached (%s)"), error->message);
  fall_back (task, SUCCESSION_WIKIDATA_ERROR_UNREACHABLE, reason);
}

/* Seconds to wait before the next attempt, from Retry-After (seconds or an HTTP date); a
 * short growing wait when the service does not say. */
static gint64
retry_after (const SuccessionSoup *soup,
             SoupMessage          *message,
             guint                 attempt)
{
  const char *value = soup->message_headers_get_one (soup->message_get_response_headers (message), "Retry-After");
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) now = NULL;
  char  *end = NULL;
  gint64 seconds;

  if (value == NULL)
    return 1 << MIN (attempt, 6);

  seconds = g_ascii_strtoll (value, &end, 10);
  if (end != value && *end == '\0' && seconds >= 0)
    return seconds;

  if ((when = soup->date_time_new_from_http_string (value)) == NULL)
    return 1 << MIN (attempt, 6);
  now = g_date_time_new_now_utc ();
  return MAX (g_date_time_difference (when, now) / G_TIME_SPAN_SECOND, 0);
}

static gboolean
on_wait_over (gpointer data)
{
  GTask   *task = data;
  Request *request = g_task_get_task_data (task);

  g_source_destroy (request->wait_cancel);
  send_request (task);
  return G_SOURCE_REMOVE;
}

static gboolean
on_wait_cancelled (GCancellable *cancellable,
                   gpointer      data)
{
  GTask   *task = data;
  Request *request = g_task_get_task_data (task);

  g_source_destroy (request->wait);
  g_task_return_error_if_cancelled (task);
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static void
wait_and_resend (GTask *task,
                 gint64 seconds)
{
  Request      *request = g_task_get_task_data (task);
  GMainContext *context = g_task_get_context (task);

  g_clear_pointer (&request->wait, g_source_unref);
  g_clear_pointer (&request->wait_cancel, g_source_unref);

  request->wait = g_timeout_source_new ((guint) (seconds * 1000));
  g_source_set_callback (request->wait, on_wait_over, task, NULL);
  g_source_attach (request->wait, context);

  /* The task's own reference passes to whichever source fires first. */
  request->wait_cancel = g_cancellable_source_new (g_task_get_cancellable (task));
  g_source_set_callback (request->wait_cancel, G_SOURCE_FUNC (on_wait_cancelled), task, NULL);
  g_source_attach (request->wait_cancel, context);
}

static void
report_progress (Request *request)
{
  double fraction = -1;

  if (request->progress == NULL)
    return;
  if (request->expected > 0)
    fraction = MIN ((double) request->body->len / request->expected, 1.0);
  request->progress (fraction, request->body->len, request->progress_data);
}

static void read_next (GTask *task);

static void
on_read (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  g_autoptr(GTask) task = data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  SuccessionWikidataAnswer *answer;

  if (chunk == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        fall_back_for_error (task, error);
      else
        g_task_return_new_error (task, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_TRUNCATED,
                                 /* Translators: %lu is a number of bytes, %s the network's message. */
                                 _ ("the answer stops short, after %lu bytes (%s)"),
                                 (gulong) request->body->len, error->message);
      return;
    }

  if (g_bytes_get_size (chunk) > 0)
    {
      if (request->body->len + g_bytes_get_size (chunk) > SUCCESSION_WIKIDATA_MAX_BYTES)
        {
          g_task_return_new_error (task, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_TOO_LARGE,
                                   /* Translators: %u is a number of mebibytes. */
                                   _ ("the answer is larger than %u MiB; this is not one office’s holders"),
                                   SUCCESSION_WIKIDATA_MAX_BYTES / (1024 * 1024));
          return;
        }
      g_byte_array_append (request->body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
      report_progress (request);
      read_next (g_steal_pointer (&task));
      return;
    }

  /* The end of the body. A stream that ends before its Content-Length says so as an error;
   * some servers close early without one, which the reader of the format notices. */
  answer = g_new0 (SuccessionWikidataAnswer, 1);
  answer->body = g_byte_array_free_to_bytes (g_steal_pointer (&request->body));
  answer->url = g_strdup (request->url);
  answer->fetched = g_date_time_new_now_utc ();
  g_task_return_pointer (task, answer, (GDestroyNotify) _succession_wikidata_answer_free);
}

static void
read_next (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (request->stream, 65536, G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                   on_read, task);
}

static gboolean
is_web_page (const char *content_type)
{
  return content_type != NULL &&
         (g_ascii_strcasecmp (content_type, "text/html") == 0 ||
          g_ascii_strcasecmp (content_type, "application/xhtml+xml") == 0);
}

static void
on_sent (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  g_autoptr(GTask) task = data;
  SuccessionWikidataClient *self = g_task_get_source_object (task);
  const SuccessionSoup     *soup = self->soup;
  Request                  *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;
  const char         *content_type;
  guint               status;

  request->stream = soup->session_send_finish ((SoupSession *) object, result, &error);
  if (request->stream == NULL)
    {
      fall_back_for_error (task, error);
      return;
    }

  status = soup->message_get_status (request->message);
  headers = soup->message_get_response_headers (request->message);

  if (status == 429 /* Too Many Requests: libsoup 3.2 has no name for it */ || status == SOUP_STATUS_SERVICE_UNAVAILABLE)
    {
      gint64           wait = retry_after (soup, request->message, request->attempt);
      g_autofree char *reason = NULL;

      if (request->attempt < SUCCESSION_WIKIDATA_MAX_RETRIES && wait <= SUCCESSION_WIKIDATA_MAX_RETRY_WAIT)
        {
          g_debug ("HTTP %u: waiting %" G_GINT64_FORMAT " s before attempt %u", status, wait, request->attempt + 2);
          request->attempt++;
          g_clear_object (&request->stream);
          wait_and_resend (g_steal_pointer (&task), wait);
          return;
        }

      if (wait > SUCCESSION_WIKIDATA_MAX_RETRY_WAIT)
        /* Translators: %u is an HTTP status (429), %lld a number of seconds. */
        reason = g_strdup_printf (_ ("Wikidata is busy (HTTP %u) and asks to wait %lld seconds; try again later"),
                                  status, (long long) wait);
      else
        /* Translators: the first %u is a number of attempts, the second an HTTP status (429). */
        reason = g_strdup_printf (_ ("Wikidata is still busy after %u attempts (HTTP %u); try again later"),
                                  request->attempt + 1, status);
      fall_back (task, SUCCESSION_WIKIDATA_ERROR_BUSY, reason);
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      /* Translators: %u is an HTTP status, %s its reason ("Internal Server Error"). */
      g_autofree char *reason = g_strdup_printf (_ ("Wikidata answered with an error (HTTP %u %s)"), status,
                                                 soup->message_get_reason_phrase (request->message));

      /* A failing server is like no network: the saved copy helps. A refused request does not. */
      if (status >= 500)
        fall_back (task, SUCCESSION_WIKIDATA_ERROR_HTTP, reason);
      else
        g_task_return_new_error (task, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_HTTP, "%s", reason);
      return;
    }

  content_type = soup->message_headers_get_content_type (headers, NULL);
  if (is_web_page (content_type))
    {
      g_task_return_new_error (task, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_NOT_DATA,
                               /* Translators: %s is a content type ("text/html"). */
                               _ ("the service answered with a web page (%s) instead of data; is the address right?"),
                               content_type);
      return;
    }

  request->expected = soup->message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH
                        ? soup->message_headers_get_content_length (headers)
                        : -1;
  request->body = g_byte_array_sized_new (request->expected > 0 && request->expected < (1 << 24)
                                            ? (guint) request->expected
                                            : 65536);
  report_progress (request);
  read_next (g_steal_pointer (&task));
}

static void
send_request (GTask *task)
{
  SuccessionWikidataClient *self = g_task_get_source_object (task);
  Request                  *request = g_task_get_task_data (task);

  if (self->session == NULL)
    {
      /* Translators: %s says why, such as "the network library libsoup-3.0.so.0 cannot be loaded: …". */
      g_autofree char *reason = g_strdup_printf (_ ("Wikidata cannot be reached (%s)"), self->soup_error);

      fall_back (task, SUCCESSION_WIKIDATA_ERROR_UNREACHABLE, reason);
      g_object_unref (task);
      return;
    }

  g_clear_object (&request->message);
  request->message = self->soup->message_new ("GET", request->url);
  self->soup->message_headers_replace (self->soup->message_get_request_headers (request->message), "Accept",
                                       request->service == SUCCESSION_WIKIDATA_SERVICE_SPARQL
                                         ? "application/sparql-results+json"
                                         : "application/json");
  self->soup->session_send_async (self->session, request->message, G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                  on_sent, task);
}

/* @base with the encoded @params appended as its query. */
static char *
build_url (const char        *base,
           const char *const *params,
           GError           **error)
{
  g_autoptr(GUri) uri = g_uri_parse (base, G_URI_FLAGS_ENCODED, NULL);
  GString *url;

  if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_ENDPOINT,
                   /* Translators: %s is the address set for Wikidata's service. */
                   _ ("the address “%s” set for Wikidata is not an http or https URL"), base);
      return NULL;
    }

  url = g_string_new (base);
  for (guint i = 0; params[i] != NULL && params[i + 1] != NULL; i += 2)
    {
      g_string_append_c (url, i == 0 && g_uri_get_query (uri) == NULL ? '?' : '&');
      g_string_append_uri_escaped (url, params[i], NULL, FALSE);
      g_string_append_c (url, '=');
      g_string_append_uri_escaped (url, params[i + 1], NULL, FALSE);
    }
  return g_string_free (url, FALSE);
}

void
_succession_wikidata_client_get_async (SuccessionWikidataClient  *self,
                                       SuccessionWikidataService  service,
                                       const char *const         *params,
                                       GCancellable              *cancellable,
                                       SuccessionWikidataProgress progress,
                                       gpointer                   progress_data,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Request *request;
  char    *url;

  g_return_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (self));
  g_return_if_fail (params != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, _succession_wikidata_client_get_async);

  url = build_url (service == SUCCESSION_WIKIDATA_SERVICE_SPARQL ? self->sparql_url : self->api_url, params, &error);
  if (url == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  request = g_new0 (Request, 1);
  request->service = service;
  request->url = url;
  request->progress = progress;
  request->progress_data = progress_data;
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  if (self->max_cache_age >= 0)
    {
      SuccessionWikidataAnswer *answer = read_cache (self, url);

      if (answer != NULL && answer_age (answer) <= self->max_cache_age)
        {
          g_task_return_pointer (task, answer, (GDestroyNotify) _succession_wikidata_answer_free);
          return;
        }
      _succession_wikidata_answer_free (answer);
    }

  send_request (g_steal_pointer (&task));
}

SuccessionWikidataAnswer *
_succession_wikidata_client_get_finish (SuccessionWikidataClient *self,
                                        GAsyncResult             *result,
                                        GError                  **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
