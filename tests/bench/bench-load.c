/* bench-load.c — the loader against json-glib's parse alone, on the same bytes, in one run
 *
 * Each measurement runs in a child of its own, so one peak cannot hide another: the peak is
 * the child's ru_maxrss from wait4(), the resident size comes from /proc/self/statm read in
 * the child, and the baseline is the child's resident size before it parses the file (the
 * file's bytes, read once by the parent, are part of it; so is one load of the bundled
 * dataset, freed, which brings in the code and tables every load uses). The model's heap is what malloc
 * counts in use (mallinfo2: the arena's allocated bytes and the mapped blocks) after the load
 * less before it: the dataset's own bytes, by which the resident size is judged. Figures are
 * the median of the runs; each file is measured against json-glib in the same run.
 *
 *   bench-load [--runs=N] FILE...
 *
 * This is a benchmark, not a test: it prints figures and judges nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "succession-model.h"

typedef enum {
  SUBJECT_JSON_GLIB,
  SUBJECT_SUCCESSION,
} Subject;

/* What a child reports to the parent through a pipe; sizes in KiB. */
typedef struct
{
  gboolean ok;
  double   seconds;
  double   search_seconds; /* Succession: building the search keys after the load */
  gint64   baseline_kib;
  gint64   resident_kib; /* the result alive, as the allocator left it */
  gint64   heap_kib;     /* bytes malloc counts in use for the result */
  gint64   peak_kib;     /* from the parent's wait4() */
  guint    n_tenures;
} Sample;

static gint64
resident_kib (void)
{
  g_autofree char *text = NULL;
  unsigned long    size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &text, NULL, NULL) ||
      sscanf (text, "%lu %lu", &size, &resident) != 2)
    return -1;

  return (gint64) resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static gint64
heap_in_use_kib (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (gint64) ((info.uordblks + info.hblkhd) / 1024);
}

static void
measure_json_glib (GBytes *bytes,
                   Sample *sample)
{
  JsonParser *parser = json_parser_new ();
  gsize       length;
  const char *data = g_bytes_get_data (bytes, &length);
  gint64      heap_before = heap_in_use_kib ();
  gint64      start;

  start = g_get_monotonic_time ();
  sample->ok = json_parser_load_from_data (parser, data, (gssize) length, NULL);
  sample->seconds = (g_get_monotonic_time () - start) / 1e6;

  /* json-glib's result is its tree: there is nothing else to keep. */
  sample->resident_kib = resident_kib ();
  sample->heap_kib = heap_in_use_kib () - heap_before;
  g_object_unref (parser);
}

static void
measure_succession (GBytes *bytes,
                    Sample *sample)
{
  SuccessionLoader  *loader = succession_loader_new ();
  SuccessionDataset *dataset;
  gint64             heap_before = heap_in_use_kib ();
  gint64             start;

  start = g_get_monotonic_time ();
  dataset = succession_loader_load_bytes (loader, bytes, "bench", NULL, NULL);
  sample->seconds = (g_get_monotonic_time () - start) / 1e6;
  sample->ok = dataset != NULL;
  g_object_unref (loader);

  if (dataset != NULL)
    {
      /* What the window's loader thread does next (succession_loader_load_file_async). */
      start = g_get_monotonic_time ();
      succession_dataset_prepare_search (dataset);
      sample->search_seconds = (g_get_monotonic_time () - start) / 1e6;
      sample->n_tenures = g_list_model_get_n_items (succession_dataset_get_tenures (dataset));
    }

  sample->resident_kib = resident_kib ();
  sample->heap_kib = heap_in_use_kib () - heap_before;
}

/* Loads the bundled dataset once and lets it go, so the code and tables every load uses are
 * in memory before the baseline: what is measured is the dataset, not the program. */
static void
warm_up (Subject subject)
{
  g_autoptr(GBytes) bundled = g_resources_lookup_data (SUCCESSION_BUNDLED_DATASET_PATH, 0, NULL);

  if (subject == SUBJECT_JSON_GLIB)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      json_parser_load_from_data (parser, g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled), NULL);
    }
  else
    {
      g_autoptr(SuccessionLoader) loader = succession_loader_new ();
      g_autoptr(SuccessionDataset) dataset = succession_loader_load_bytes (loader, bundled, "warm-up", NULL, NULL);

      if (dataset != NULL)
        succession_dataset_prepare_search (dataset);
    }
}

static gboolean
run_child (Subject subject,
           GBytes *bytes,
           Sample *sample)
{
  struct rusage usage;
  int           fds[2];
  int           status;
  pid_t         pid;
  gssize        n;

  if (pipe (fds) != 0)
    return FALSE;

  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    return FALSE;

  if (pid == 0)
    {
      Sample result = { 0 };

      close (fds[0]);
      warm_up (subject);
      result.baseline_kib = resident_kib ();
      if (subject == SUBJECT_JSON_GLIB)
        measure_json_glib (bytes, &result);
      else
        measure_succession (bytes, &result);
      if (write (fds[1], &result, sizeof result) != sizeof result)
        _exit (1);
      /* No teardown: freeing the result would only add time nobody measures. */
      _exit (0);
    }

  close (fds[1]);
  n = read (fds[0], sample, sizeof *sample);
  close (fds[0]);

  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0 ||
      n != sizeof *sample)
    return FALSE;

  sample->peak_kib = usage.ru_maxrss; /* KiB on Linux */
  return sample->ok;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of one field over the samples. */
static double
median (const Sample *samples,
        guint         n,
        double (*field) (const Sample *))
{
  g_autofree double *values = g_new (double, n);

  for (guint i = 0; i < n; i++)
    values[i] = field (&samples[i]);
  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
field_seconds (const Sample *s)
{
  return s->seconds;
}
static double
field_search (const Sample *s)
{
  return s->search_seconds;
}
static double
field_baseline (const Sample *s)
{
  return (double) s->baseline_kib;
}
static double
field_peak (const Sample *s)
{
  return (double) (s->peak_kib - s->baseline_kib);
}
static double
field_resident (const Sample *s)
{
  return (double) (s->resident_kib - s->baseline_kib);
}
static double
field_heap (const Sample *s)
{
  return (double) s->heap_kib;
}

static double
mib (double kib)
{
  return kib / 1024.0;
}

typedef struct
{
  guint  n_tenures;
  double mib;
  double baseline;
  double time_json, time_succ, search;
  double peak_json, peak_succ;
  double heap_json, heap_succ, resident_succ;
} Row;

static gboolean
measure_file (const char *path,
              int         runs,
              Row        *row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree Sample *json = g_new0 (Sample, runs);
  g_autofree Sample *succ = g_new0 (Sample, runs);
  char              *contents = NULL;
  gsize              length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  bytes = g_bytes_new_take (contents, length);

  /* Interleaved, so a drift of the machine touches both sides alike. */
  for (int i = 0; i < runs; i++)
    {
      if (!run_child (SUBJECT_JSON_GLIB, bytes, &json[i]))
        {
          g_printerr ("json-glib failed to parse %s\n", path);
          return FALSE;
        }
      if (!run_child (SUBJECT_SUCCESSION, bytes, &succ[i]))
        {
          g_printerr ("the loader failed to load %s\n", path);
          return FALSE;
        }
    }

  row->n_tenures = succ[0].n_tenures;
  row->mib = length / 1048576.0;
  row->baseline = mib (median (succ, runs, field_baseline));
  row->time_json = median (json, runs, field_seconds);
  row->time_succ = median (succ, runs, field_seconds);
  row->search = median (succ, runs, field_search);
  row->peak_json = mib (median (json, runs, field_peak));
  row->peak_succ = mib (median (succ, runs, field_peak));
  row->heap_json = mib (median (json, runs, field_heap));
  row->heap_succ = mib (median (succ, runs, field_heap));
  row->resident_succ = mib (median (succ, runs, field_resident));
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree Row    *rows = NULL;
  int                runs = 5;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement; the median is shown (default 5)", "N" },
    { NULL }
  };

  context = g_option_context_new ("FILE... - the loader against json-glib's parse alone");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "usage: bench-load [--runs=N] FILE...");
      return 2;
    }

  rows = g_new0 (Row, argc - 1);
  for (int i = 1; i < argc; i++)
    if (!measure_file (argv[i], runs, &rows[i - 1]))
      return 1;

  printf ("Median of %d runs per measure; json-glib and Succession alternate, each in a child of its own.\n"
          "RSS figures have the child's RSS before loading (the file's bytes) subtracted.\n\n",
          runs);

  printf ("| tenures | file | json-glib parse | Succession load | ratio | goal | search keys after |\n");
  printf ("|---:|---:|---:|---:|---:|---|---:|\n");
  for (int i = 0; i < argc - 1; i++)
    printf ("| %u | %.1f MiB | %.3f s | %.3f s | %.2fx | at most 1.0x | %.3f s |\n",
            rows[i].n_tenures, rows[i].mib, rows[i].time_json, rows[i].time_succ,
            rows[i].time_succ / rows[i].time_json, rows[i].search);

  printf ("\n| tenures | json-glib peak RSS | Succession peak RSS | ratio | goal |\n");
  printf ("|---:|---:|---:|---:|---|\n");
  for (int i = 0; i < argc - 1; i++)
    printf ("| %u | %.1f MiB | %.1f MiB | %.2fx | at most 0.5x |\n",
            rows[i].n_tenures, rows[i].peak_json, rows[i].peak_succ, rows[i].peak_succ / rows[i].peak_json);

  printf ("\n| tenures | json-glib tree (heap) | model heap | resident after load | resident / model heap | goal |\n");
  printf ("|---:|---:|---:|---:|---:|---|\n");
  for (int i = 0; i < argc - 1; i++)
    printf ("| %u | %.1f MiB | %.1f MiB | %.1f MiB | %.2fx | at most 1.2x |\n",
            rows[i].n_tenures, rows[i].heap_json, rows[i].heap_succ, rows[i].resident_succ,
            rows[i].resident_succ / rows[i].heap_succ);

  return 0;
}
