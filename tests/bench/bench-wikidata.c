/* bench-wikidata.c — a SPARQL answer of holders turned into the model, against json-glib's
 * parse of the same answer, in one run
 *
 * The answer is generated here, deterministic, in the query service's own layout (Blazegraph's
 * pretty printing) and with the variables of Succession's holders query: 2,500 people holding
 * one office twice each, so 5,000 statements of two references each, 10,000 rows by default.
 * "To the model" is the whole import: reading the answer, writing the Popolo document, and the
 * loader building and checking the dataset. Runs alternate; figures are medians.
 *
 *   bench-wikidata [--rows=N] [--runs=N]
 *
 * This is a benchmark, not a test: it prints figures and judges nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "succession-wikidata.h"
#include "succession-wikidata-office-private.h"

#define ENTITY "http://www.wikidata.org/entity/"

static void
term (GString    *out,
      gboolean   *first,
      const char *var,
      const char *type,
      const char *extra,
      const char *format,
      ...) G_GNUC_PRINTF (6, 7);

/* One bound variable, as Blazegraph prints it. */
static void
term (GString    *out,
      gboolean   *first,
      const char *var,
      const char *type,
      const char *extra,
      const char *format,
      ...)
{
  va_list args;

  g_string_append_printf (out, "%s\n      \"%s\" : {\n", *first ? "" : ",", var);
  if (extra != NULL)
    g_string_append_printf (out, "        %s,\n", extra);
  g_string_append_printf (out, "        \"type\" : \"%s\",\n        \"value\" : \"", type);
  va_start (args, format);
  g_string_append_vprintf (out, format, args);
  va_end (args);
  g_string_append (out, "\"\n      }");
  *first = FALSE;
}

#define DATE_TIME "\"datatype\" : \"http://www.w3.org/2001/XMLSchema#dateTime\""
#define INTEGER "\"datatype\" : \"http://www.w3.org/2001/XMLSchema#integer\""

static GBytes *
generate (guint rows)
{
  GString *out = g_string_sized_new (rows * 3000);
  guint    statements = MAX (rows / 2, 1);
  guint    persons = MAX (statements / 2, 1);

  g_string_append (out, "{\n  \"head\" : {\n    \"vars\" : [");
  for (guint i = 0; _succession_wikidata_holders_vars[i] != NULL; i++)
    g_string_append_printf (out, "%s \"%s\"", i > 0 ? "," : "", _succession_wikidata_holders_vars[i]);
  g_string_append (out, " ]\n  },\n  \"results\" : {\n    \"bindings\" : [ ");

  for (guint row = 0; row < rows; row++)
    {
      guint    s = row / 2 % statements; /* two references a statement */
      guint    p = s % persons;          /* each person holds the office twice */
      guint    year = 1900 + s * 100 / statements + (s % persons == s ? 0 : 50);
      gboolean first = TRUE;
      char     year_text[8];

      g_snprintf (year_text, sizeof year_text, "%u", year);
      g_string_append (out, row > 0 ? ", {" : "{");
      term (out, &first, "statement", "uri", NULL, ENTITY "statement/Q%u-%08X-4B2C-8D1E-%012X", 1000000 + p, s * 2654435761u, s);
      term (out, &first, "person", "uri", NULL, ENTITY "Q%u", 1000000 + p);
      term (out, &first, "personEn", "literal", "\"xml:lang\" : \"en\"", "Holder Number %u", p);
      term (out, &first, "personHans", "literal", "\"xml:lang\" : \"zh-hans\"", "任职者%u号", p);
      term (out, &first, "personHant", "literal", "\"xml:lang\" : \"zh-hant\"", "任職者%u號", p);
      term (out, &first, "start", "literal", DATE_TIME, "%s-%02u-%02uT00:00:00Z", year_text, s % 12 + 1, s % 28 + 1);
      term (out, &first, "startPrecision", "literal", INTEGER, "%u", 9 + s % 3);
      term (out, &first, "startRaw", "literal", DATE_TIME, "%s-%02u-%02uT00:00:00Z", year_text, s % 12 + 1, s % 28 + 1);
      term (out, &first, "end", "literal", DATE_TIME, "%u-%02u-%02uT00:00:00Z", year + 1, s % 12 + 1, s % 28 + 1);
      term (out, &first, "endPrecision", "literal", INTEGER, "%u", 11);
      term (out, &first, "endRaw", "literal", DATE_TIME, "%u-%02u-%02uT00:00:00Z", year + 1, s % 12 + 1, s % 28 + 1);
      if (s > 0)
        term (out, &first, "replaces", "uri", NULL, ENTITY "Q%u", 1000000 + (s - 1) % persons);
      if (s + 1 < statements)
        term (out, &first, "replacedBy", "uri", NULL, ENTITY "Q%u", 1000000 + (s + 1) % persons);
      term (out, &first, "ordinal", "literal", NULL, "%u", s + 1);
      term (out, &first, "term", "uri", NULL, ENTITY "Q%u", 2000000 + s % 14);
      term (out, &first, "termEn", "literal", "\"xml:lang\" : \"en\"", "Term %u", s % 14 + 1);
      term (out, &first, "termHans", "literal", "\"xml:lang\" : \"zh-hans\"", "第%u届", s % 14 + 1);
      term (out, &first, "birth", "literal", DATE_TIME, "%u-05-01T00:00:00Z", year - 50);
      term (out, &first, "birthPrecision", "literal", INTEGER, "%u", 10);
      term (out, &first, "birthRaw", "literal", DATE_TIME, "%u-05-01T00:00:00Z", year - 50);
      term (out, &first, "ref", "uri", NULL, "http://www.wikidata.org/reference/%08x%08x%08x", s, row, s ^ row);
      term (out, &first, "refUrl", "uri", NULL, "https://example.org/archive/%u/page-%u.html", year, row);
      term (out, &first, "retrieved", "literal", DATE_TIME, "2024-%02u-%02uT00:00:00Z", row % 12 + 1, row % 28 + 1);
      term (out, &first, "retrievedPrecision", "literal", INTEGER, "11");
      g_string_append (out, "\n    }");
    }
  g_string_append (out, " ]\n  }\n}\n");
  return g_string_free_to_bytes (out);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GArray) parse = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) import = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) read = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) write = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;
  gsize              popolo_length = 0;
  guint              n_tenures = 0;
  int                rows = 10000, runs = 10;
  const GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_INT, &rows, "Rows of the answer (default: 10000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Measurements of each (default: 10)", "N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || rows < 2 || runs < 1)
    {
      g_printerr ("bench-wikidata: %s\n", error != NULL ? error->message : "--rows and --runs must be positive");
      return 2;
    }

  answer = generate ((guint) rows);

  /* One unmeasured run of each, then alternating. */
  for (int run = -1; run < runs; run++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(SuccessionWikidataOffice) office = NULL;
      g_autoptr(SuccessionDataset) dataset = NULL;
      g_autoptr(SuccessionLoader) loader = succession_loader_new ();
      g_autoptr(GBytes) popolo = NULL;
      gsize       length;
      const char *data = g_bytes_get_data (answer, &length);
      char       *text;
      gint64      t0, t1, t2, t3;

      t0 = g_get_monotonic_time ();
      if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
        g_error ("json-glib: %s", error->message);
      t1 = g_get_monotonic_time ();
      g_clear_object (&parser);

      /* The import, in its three steps, timed as one and apart. */
      t0 = t1 - t0;
      t1 = g_get_monotonic_time ();
      office = succession_wikidata_office_new_from_answers ("Q1", NULL, answer, &error);
      if (office == NULL)
        g_error ("reading: %s", error->message);
      t2 = g_get_monotonic_time ();
      text = succession_wikidata_office_to_popolo (office, &popolo_length);
      popolo = g_bytes_new_take (text, popolo_length);
      t3 = g_get_monotonic_time ();
      dataset = succession_loader_load_bytes (loader, popolo, "bench", NULL, &error);
      if (dataset == NULL)
        g_error ("loading: %s", error->message);
      n_tenures = g_list_model_get_n_items (succession_dataset_get_tenures (dataset));

      if (run >= 0)
        {
          double seconds = t0 / 1e6;
          double whole = (g_get_monotonic_time () - t1) / 1e6;
          double reading = (t2 - t1) / 1e6, writing = (t3 - t2) / 1e6, loading = (g_get_monotonic_time () - t3) / 1e6;

          g_array_append_val (parse, seconds);
          g_array_append_val (import, whole);
          g_array_append_val (read, reading);
          g_array_append_val (write, writing);
          g_array_append_val (load, loading);
        }
    }

  g_print ("Answer: %d rows, %.1f MiB; Popolo document: %.1f MiB; model: %u tenures. Median of %d runs:\n\n",
           rows, g_bytes_get_size (answer) / 1048576.0, popolo_length / 1048576.0, n_tenures, runs);
  g_print ("| measure | time | ratio to json-glib |\n|---|---:|---:|\n");
  g_print ("| json-glib: json_parser_load_from_data | %.1f ms | 1.00x |\n", median (parse) * 1e3);
  g_print ("| Succession: answer to model | %.1f ms | %.2fx |\n", median (import) * 1e3, median (import) / median (parse));
  g_print ("| - reading the answer | %.1f ms | %.2fx |\n", median (read) * 1e3, median (read) / median (parse));
  g_print ("| - writing the Popolo document | %.1f ms | %.2fx |\n", median (write) * 1e3, median (write) / median (parse));
  g_print ("| - loading it (succession_loader_load_bytes) | %.1f ms | %.2fx |\n", median (load) * 1e3, median (load) / median (parse));
  g_print ("\nGoal: the import costs at most 1.5x json-glib's parse.\n");
  return 0;
}
