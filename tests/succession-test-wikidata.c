/* succession-test-wikidata.c — a local server that answers like Wikidata, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-test"

#include "config.h"

#include <gio/gio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "succession-test-wikidata.h"

#define MALFORMED_ANSWER \
  "{\"head\": {\"vars\": [\"statement\"]}, \"results\": {\"bindings\": [{\"statement\": {\"type\": \"uri\" \"value\": \"x\"}}]}}"

struct _FakeWikidata
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  char         *sparql_url;
  char         *api_url;
  GBytes       *fixtures[FAKE_WIKIDATA_N_KINDS];
  GBytes       *html;

  GMutex           lock;
  FakeWikidataMode modes[FAKE_WIKIDATA_N_KINDS];
  guint            counts[FAKE_WIKIDATA_N_KINDS];
  char            *user_agent;
  char            *last_query[FAKE_WIKIDATA_N_KINDS];
  GPtrArray       *held; /* GIOStream of connections left without an answer */
};

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "wikidata", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (contents, length);
}

static GBytes *
huge_answer (void)
{
  GString *out = g_string_new ("{\"head\": {\"vars\": [\"statement\", \"person\"]}, \"results\": {\"bindings\": [\n");

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (out, "%s{\"statement\": {\"type\": \"uri\", \"value\": \"http://www.wikidata.org/entity/statement/Q%u-%u\"}, "
                                 "\"person\": {\"type\": \"uri\", \"value\": \"http://www.wikidata.org/entity/Q%u\"}}\n",
                            i > 0 ? "," : "", i + 1, i, i + 1);
  g_string_append (out, "]}}\n");
  return g_string_free_to_bytes (out);
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         GBytes            *body)
{
  gsize       length;
  const char *data = g_bytes_get_data (body, &length);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, data, length);
}

/* Takes the connection from the server: to leave it unanswered, or to answer it by hand. */
static GIOStream *
take_connection (FakeWikidata      *fake,
                 SoupServerMessage *msg)
{
  GIOStream *stream = soup_server_message_steal_connection (msg);

  g_mutex_lock (&fake->lock);
  g_ptr_array_add (fake->held, g_object_ref (stream));
  g_mutex_unlock (&fake->lock);
  return stream;
}

/* Headers that promise the whole answer, then half of it, then the connection closes. */
static void
truncate_answer (FakeWikidata      *fake,
                 SoupServerMessage *msg,
                 GBytes            *body)
{
  g_autoptr(GIOStream) stream = take_connection (fake, msg);
  GOutputStream   *out = g_io_stream_get_output_stream (stream);
  gsize            length;
  const char      *data = g_bytes_get_data (body, &length);
  g_autofree char *head = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                           "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n",
                                           length);

  g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL);
  g_output_stream_write_all (out, data, length / 2, NULL, NULL, NULL);
  g_output_stream_flush (out, NULL, NULL);
  g_io_stream_close (stream, NULL, NULL);
}

static void
answer (FakeWikidata      *fake,
        SoupServerMessage *msg,
        FakeWikidataKind   kind)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  const char         *type = kind == FAKE_WIKIDATA_SEARCH ? "application/json" : "application/sparql-results+json";
  FakeWikidataMode    mode;
  guint               count;

  g_mutex_lock (&fake->lock);
  mode = fake->modes[kind];
  count = ++fake->counts[kind];
  g_free (fake->last_query[kind]);
  fake->last_query[kind] = g_strdup (g_uri_get_query (soup_server_message_get_uri (msg)));
  g_free (fake->user_agent);
  fake->user_agent = g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "User-Agent"));
  g_mutex_unlock (&fake->lock);

  switch (mode)
    {
    case FAKE_WIKIDATA_429_ONCE:
      if (count == 1)
        {
          soup_message_headers_replace (headers, "Retry-After", "1");
          soup_server_message_set_status (msg, 429, "Too Many Requests");
          soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "Too many requests", 17);
          return;
        }
      break;
    case FAKE_WIKIDATA_503_ALWAYS:
      soup_message_headers_replace (headers, "Retry-After", "0");
      soup_server_message_set_status (msg, 503, NULL);
      return;
    case FAKE_WIKIDATA_429_LONG:
      soup_message_headers_replace (headers, "Retry-After", "3600");
      soup_server_message_set_status (msg, 429, "Too Many Requests");
      return;
    case FAKE_WIKIDATA_MALFORMED:
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, type, SOUP_MEMORY_STATIC, MALFORMED_ANSWER, strlen (MALFORMED_ANSWER));
      return;
    case FAKE_WIKIDATA_TRUNCATED:
      truncate_answer (fake, msg, fake->fixtures[kind]);
      return;
    case FAKE_WIKIDATA_SILENT:
      g_object_unref (take_connection (fake, msg));
      return;
    case FAKE_WIKIDATA_HTML:
      respond (msg, 200, "text/html; charset=utf-8", fake->html);
      return;
    case FAKE_WIKIDATA_HUGE:
      {
        g_autoptr(GBytes) huge = huge_answer ();

        respond (msg, 200, type, huge);
      }
      return;
    case FAKE_WIKIDATA_UNKNOWN_ITEM:
      {
        static const char nothing[] = "{\"head\": {\"vars\": [\"office\"]}, \"results\": {\"bindings\": "
                                      "[{\"office\": {\"type\": \"uri\", \"value\": \"http://www.wikidata.org/entity/Q900000999\"}}]}}";
        static const char empty[] = "{\"head\": {\"vars\": [\"statement\"]}, \"results\": {\"bindings\": []}}";
        const char       *text = kind == FAKE_WIKIDATA_OFFICE ? nothing : empty;

        soup_server_message_set_status (msg, 200, NULL);
        soup_server_message_set_response (msg, type, SOUP_MEMORY_STATIC, text, strlen (text));
      }
      return;
    case FAKE_WIKIDATA_OK:
    default:
      break;
    }

  respond (msg, 200, type, fake->fixtures[kind]);
}

static void
on_request (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           data)
{
  FakeWikidata *fake = data;
  const char   *text;

  if (strcmp (path, "/w/api.php") == 0)
    {
      answer (fake, msg, FAKE_WIKIDATA_SEARCH);
      return;
    }

  text = query != NULL ? g_hash_table_lookup (query, "query") : NULL;
  if (strcmp (path, "/sparql") != 0 || text == NULL)
    soup_server_message_set_status (msg, 400, NULL);
  else if (g_str_has_prefix (text, "#succession:office\n"))
    answer (fake, msg, FAKE_WIKIDATA_OFFICE);
  else if (g_str_has_prefix (text, "#succession:holders\n"))
    answer (fake, msg, FAKE_WIKIDATA_HOLDERS);
  else if (g_str_has_prefix (text, "#succession:bodies\n"))
    answer (fake, msg, FAKE_WIKIDATA_BODIES);
  else
    soup_server_message_set_status (msg, 400, NULL);
}

static gpointer
serve (gpointer data)
{
  FakeWikidata *fake = data;

  g_main_context_push_thread_default (fake->context);
  g_main_loop_run (fake->loop);
  /* What closing the connections left to do. */
  while (g_main_context_iteration (fake->context, FALSE))
    ;
  g_main_context_pop_thread_default (fake->context);
  return NULL;
}

/* Listens from the calling thread, with the server's context as the thread default, so the
 * environment is set before any thread starts. */
static void
start_listening (FakeWikidata *fake)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  GSList          *uris;

  g_main_context_push_thread_default (fake->context);
  fake->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fake->server, NULL, on_request, fake, NULL);
  if (!soup_server_listen_local (fake->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("Cannot listen on 127.0.0.1: %s", error->message);
  g_main_context_pop_thread_default (fake->context);

  uris = soup_server_get_uris (fake->server);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  if (g_str_has_suffix (base, "/"))
    base[strlen (base) - 1] = '\0';
  fake->sparql_url = g_strconcat (base, "/sparql", NULL);
  fake->api_url = g_strconcat (base, "/w/api.php", NULL);
}

FakeWikidata *
fake_wikidata_start (void)
{
  FakeWikidata *fake = g_new0 (FakeWikidata, 1);

  g_mutex_init (&fake->lock);
  fake->held = g_ptr_array_new_with_free_func (g_object_unref);
  fake->fixtures[FAKE_WIKIDATA_OFFICE] = read_fixture ("npcsc-sg-office.json");
  fake->fixtures[FAKE_WIKIDATA_HOLDERS] = read_fixture ("npcsc-sg-holders.json");
  fake->fixtures[FAKE_WIKIDATA_BODIES] = read_fixture ("bodies.json");
  fake->fixtures[FAKE_WIKIDATA_SEARCH] = read_fixture ("search-secretary-general.json");
  fake->html = read_fixture ("error-page.html");
  fake->context = g_main_context_new ();
  fake->loop = g_main_loop_new (fake->context, FALSE);
  start_listening (fake);
  g_setenv ("SUCCESSION_WIKIDATA_SPARQL_URL", fake->sparql_url, TRUE);
  g_setenv ("SUCCESSION_WIKIDATA_API_URL", fake->api_url, TRUE);
  fake->thread = g_thread_new ("fake-wikidata", serve, fake);
  return fake;
}

static gboolean
quit (gpointer data)
{
  FakeWikidata *fake = data;

  g_main_loop_quit (fake->loop);
  return G_SOURCE_REMOVE;
}

/* In the server's thread: closes every connection, then quits once they are closed. */
static gboolean
shut_down (gpointer data)
{
  FakeWikidata *fake = data;

  soup_server_disconnect (fake->server);
  g_clear_object (&fake->server);
  {
    g_autoptr(GSource) later = g_idle_source_new ();

    g_source_set_priority (later, G_PRIORITY_LOW);
    g_source_set_callback (later, quit, fake, NULL);
    g_source_attach (later, fake->context);
  }
  return G_SOURCE_REMOVE;
}

void
fake_wikidata_stop (FakeWikidata *fake)
{
  g_main_context_invoke (fake->context, shut_down, fake);
  g_thread_join (fake->thread);

  for (guint i = 0; i < fake->held->len; i++)
    g_io_stream_close (g_ptr_array_index (fake->held, i), NULL, NULL);
  g_ptr_array_unref (fake->held);
  for (guint i = 0; i < FAKE_WIKIDATA_N_KINDS; i++)
    g_bytes_unref (fake->fixtures[i]);
  g_bytes_unref (fake->html);
  g_main_loop_unref (fake->loop);
  g_main_context_unref (fake->context);
  g_mutex_clear (&fake->lock);
  g_free (fake->sparql_url);
  g_free (fake->api_url);
  g_free (fake->user_agent);
  for (guint i = 0; i < FAKE_WIKIDATA_N_KINDS; i++)
    g_free (fake->last_query[i]);
  g_free (fake);
}

const char *
fake_wikidata_get_sparql_url (FakeWikidata *fake)
{
  return fake->sparql_url;
}

const char *
fake_wikidata_get_api_url (FakeWikidata *fake)
{
  return fake->api_url;
}

void
fake_wikidata_set_mode (FakeWikidata    *fake,
                        FakeWikidataKind kind,
                        FakeWikidataMode mode)
{
  g_mutex_lock (&fake->lock);
  fake->modes[kind] = mode;
  fake->counts[kind] = 0;
  g_mutex_unlock (&fake->lock);
}

guint
fake_wikidata_get_count (FakeWikidata    *fake,
                         FakeWikidataKind kind)
{
  guint count;

  g_mutex_lock (&fake->lock);
  count = fake->counts[kind];
  g_mutex_unlock (&fake->lock);
  return count;
}

char *
fake_wikidata_dup_user_agent (FakeWikidata *fake)
{
  char *copy;

  g_mutex_lock (&fake->lock);
  copy = g_strdup (fake->user_agent);
  g_mutex_unlock (&fake->lock);
  return copy;
}

char *
fake_wikidata_dup_last_query (FakeWikidata    *fake,
                              FakeWikidataKind kind)
{
  char *copy;

  g_mutex_lock (&fake->lock);
  copy = g_strdup (fake->last_query[kind]);
  g_mutex_unlock (&fake->lock);
  return copy;
}
