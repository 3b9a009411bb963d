/* bench-search-provider.c — the Shell's search provider over a generated dataset
 *
 * Loads a generated dataset (run-benchmarks: 100,000 tenures), builds the search keys with a
 * first search, then asks what GNOME Shell asks for each query it sends: the results
 * (GetInitialResultSet) and the metas of the five it shows (GetResultMetas). Measured twice,
 * --rounds times per query:
 *
 *  - the answers alone: succession_search_answers_find () and _describe () in this process;
 *  - through D-Bus: a SuccessionSearchProvider exported on a private bus (GTestDBus), called
 *    from a client thread on another connection, as the Shell calls it.
 *
 * Floors measured in the same run: strlen () of every person's name (touching every record
 * once), and a D-Bus round trip to the provider's object that does no work
 * (org.freedesktop.DBus.Properties.GetAll, dispatched like the provider's methods).
 *
 * The Shell's budget: it sends a search 150 ms after the last keystroke and shows each
 * provider's results as they come; an answer within a frame (16.7 ms at 60 Hz) shows with
 * the others.
 *
 * Prints a table. Not a test: it judges nothing.
 *
 *   bench-search-provider [--rounds=N] FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"
#include "succession-model.h"
#include "succession-search-answers.h"
#include "succession-search-provider.h"

#define RESULT_LIMIT 50 /* as in succession-search-provider.c */
#define METAS_SHOWN 5   /* the Shell lists five results per provider */
#define OBJECT_PATH "/io/github/succession/Succession/SearchProvider"

typedef struct
{
  const char *label;
  const char *terms[4];
} Query;

/* The generated dataset's names: pinyin and hanzi people, "Secretary-General of body 12" in
 * "Standing Committee no. 12". */
static const Query queries[] = {
  { "person, pinyin", { "peng", "zhen", NULL } },
  { "person, hanzi", { "彭真", NULL } },
  { "common surname, one word", { "wang", NULL } },
  { "office by its words and its body", { "secretary-general", "standing", NULL } },
  { "office on a year", { "secretary-general", "standing", "1990", NULL } },
};

static const double frame_ms = 1000.0 / 60;
static const double shell_delay_ms = 150;

/* ---------------------------------------------------------------------------------------- */
/* In process                                                                                */

static guint
answer_query (SuccessionDataset *dataset,
              const char *const *terms)
{
  g_auto (GStrv) ids = succession_search_answers_find (dataset, terms, RESULT_LIMIT);
  guint n = g_strv_length (ids);

  for (guint i = 0; i < MIN (n, METAS_SHOWN); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *description = NULL;
      const char      *icon = NULL;

      if (!succession_search_answers_describe (dataset, ids[i], SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                                               &name, &description, &icon))
        g_error ("no meta for %s", ids[i]);
    }

  return n;
}

/* ---------------------------------------------------------------------------------------- */
/* Through D-Bus                                                                             */

typedef struct
{
  GDBusConnection *client;
  const char      *server_name;
  guint            rounds;
  GArray          *floor; /* ms per round trip */
  GArray          *per_query[G_N_ELEMENTS (queries)];
  guint            n_results[G_N_ELEMENTS (queries)];
  GMainLoop       *loop;
} Client;

static GVariant *
call (Client     *client,
      const char *interface,
      const char *method,
      GVariant   *parameters)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply = g_dbus_connection_call_sync (client->client, client->server_name, OBJECT_PATH, interface,
                                                 method, parameters, NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                                 &error);

  if (reply == NULL)
    g_error ("%s: %s", method, error->message);
  return reply;
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* The Shell's side: in a thread of its own, while the provider answers in the main loop. */
static gpointer
client_thread (gpointer data)
{
  Client *client = data;

  for (guint r = 0; r < client->rounds * 4; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(GVariant) reply = call (client, "org.freedesktop.DBus.Properties", "GetAll",
                                         g_variant_new ("(s)", "org.gnome.Shell.SearchProvider2"));
      double ms = (g_get_monotonic_time () - t0) / 1000.0;

      g_assert_nonnull (reply);

      g_array_append_val (client->floor, ms);
    }

  for (guint r = 0; r < client->rounds; r++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        gint64 t0 = g_get_monotonic_time ();
        g_autoptr(GVariant) results = call (client, "org.gnome.Shell.SearchProvider2", "GetInitialResultSet",
                                             g_variant_new ("(^as)", queries[q].terms));
        g_autoptr(GVariant) metas = NULL;
        g_autofree const char **ids = NULL;
        gsize                   n = 0;
        double                  ms;

        g_variant_get (results, "(^a&s)", &ids);
        n = g_strv_length ((char **) ids);
        if (n > METAS_SHOWN)
          ids[METAS_SHOWN] = NULL;
        metas = call (client, "org.gnome.Shell.SearchProvider2", "GetResultMetas", g_variant_new ("(^as)", (char **) ids));
        ms = (g_get_monotonic_time () - t0) / 1000.0;
        g_array_append_val (client->per_query[q], ms);
        client->n_results[q] = n;
      }

  g_idle_add (quit_loop, client->loop);
  return NULL;
}

static SuccessionDataset *
get_dataset (gpointer user_data)
{
  return user_data;
}

/* ---------------------------------------------------------------------------------------- */

static void
print_row (const char *what,
           GArray     *times,
           double      floor)
{
  double m = bench_median (times);

  printf ("| %s | %.3f ms | %.3f ms | %.2fx | %.0f%% |\n", what, m, bench_maximum (times), m / floor,
          100 * m / frame_ms);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SuccessionSearchProvider) provider = NULL;
  g_autoptr(GDBusConnection) server = NULL;
  g_autoptr(GTestDBus) bus = NULL;
  g_autoptr(GError) error = NULL;
  GArray     *local[G_N_ELEMENTS (queries)];
  guint       n_local[G_N_ELEMENTS (queries)];
  Client      client = { 0 };
  GThread    *thread;
  const char *path = NULL;
  guint       rounds = 20;
  double      load_s, first_ms, floor;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--rounds="))
        rounds = MAX (1, atoi (argv[i] + strlen ("--rounds=")));
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      g_printerr ("usage: bench-search-provider [--rounds=N] FILE\n");
      return 2;
    }

  dataset = bench_load_dataset (path, persons, &load_s, &first_ms);

  floor = bench_names_floor_ms (persons, rounds * 4);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    local[q] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint r = 0; r < rounds; r++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        gint64 start = g_get_monotonic_time ();
        double ms;

        n_local[q] = answer_query (dataset, queries[q].terms);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (local[q], ms);
      }

  /* The provider on a bus of its own; the client is another connection, as the Shell is. */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  server = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                   G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                     G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                   NULL, NULL, &error);
  g_assert_no_error (error);
  client.client = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                          G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                            G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                          NULL, NULL, &error);
  g_assert_no_error (error);
  provider = succession_search_provider_new (NULL, get_dataset, dataset);
  if (!succession_search_provider_export (provider, server, OBJECT_PATH, &error))
    g_error ("export: %s", error->message);

  client.server_name = g_dbus_connection_get_unique_name (server);
  client.rounds = rounds;
  client.floor = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    client.per_query[q] = g_array_new (FALSE, FALSE, sizeof (double));
  client.loop = g_main_loop_new (NULL, FALSE);
  thread = g_thread_new ("shell", client_thread, &client);
  g_main_loop_run (client.loop);
  g_thread_join (thread);

  printf ("%u persons, %u offices, %u bodies, %u tenures (loaded in %.1f s); the first search, which builds "
          "the search keys: %.1f ms\n",
          persons->len, g_list_model_get_n_items (succession_dataset_get_offices (dataset)),
          g_list_model_get_n_items (succession_dataset_get_bodies (dataset)),
          g_list_model_get_n_items (succession_dataset_get_tenures (dataset)), load_s, first_ms);
  printf ("Per query, as the Shell asks: the results (at most %d) and the metas of the first %d. "
          "%u rounds. The Shell sends a query %.0f ms after the last keystroke; a frame is %.1f ms.\n\n",
          RESULT_LIMIT, METAS_SHOWN, rounds, shell_delay_ms, frame_ms);

  printf ("In process (succession_search_answers_find + _describe):\n\n");
  printf ("| measure | median | max | ratio to the floor | share of a frame |\n|---|---:|---:|---:|---:|\n");
  printf ("| floor: strlen () of every person's name | %.3f ms | | 1.00x | %.0f%% |\n", floor, 100 * floor / frame_ms);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *terms = g_strjoinv (" ", (char **) queries[q].terms);
      g_autofree char *what = g_strdup_printf ("%s: \"%s\" (%u results)", queries[q].label, terms, n_local[q]);

      print_row (what, local[q], floor);
    }

  floor = bench_median (client.floor);
  printf ("\nThrough D-Bus (GetInitialResultSet + GetResultMetas, from another connection):\n\n");
  printf ("| measure | median | max | ratio to the floor | share of a frame |\n|---|---:|---:|---:|---:|\n");
  print_row ("floor: a round trip that does no work (Properties.GetAll)", client.floor, floor);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *terms = g_strjoinv (" ", (char **) queries[q].terms);
      g_autofree char *what = g_strdup_printf ("%s: \"%s\" (%u results)", queries[q].label, terms,
                                               client.n_results[q]);

      print_row (what, client.per_query[q], floor);
    }

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_array_unref (local[q]);
      g_array_unref (client.per_query[q]);
    }
  g_array_unref (client.floor);
  g_main_loop_unref (client.loop);
  succession_search_provider_unexport (provider);
  g_dbus_connection_close_sync (client.client, NULL, NULL);
  g_clear_object (&client.client);
  g_dbus_connection_close_sync (server, NULL, NULL);
  g_test_dbus_down (bus);

  return 0;
}
