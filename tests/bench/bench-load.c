/* bench-load.c — the loader against json-glib's parse alone, on the same bytes, in one run
 *
 * Each measurement runs in a child of its own, so one peak cannot hide another: the peak is
 * the child's ru_maxrss from wait4(), the steady figures come from /proc/self/statm read in
 * the child, and the baseline is the child's resident size before it parses anything (the
 * file's bytes, read once by the parent, are part of it). Figures are the median of the runs.
 *
 *   bench-load [--runs=N] FILE
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
typedef struct {
  gboolean ok;
  double   seconds;
  gint64   baseline_kib;
  gint64   steady_kib;        /* the result alive, as the allocator left it */
  gint64   steady_trim_kib;   /* the same after malloc_trim(): what the result itself holds */
  gint64   peak_kib;          /* from the parent's wait4() */
  guint    n_tenures;
} Sample;

static gint64
resident_kib (void)
{
  g_autofree char *text = NULL;
  unsigned long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &text, NULL, NULL) ||
      sscanf (text, "%lu %lu", &size, &resident) != 2)
    return -1;

  return (gint64) resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static void
measure_json_glib (GBytes *bytes,
                   Sample *sample)
{
  JsonParser *parser = json_parser_new ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gint64 start;

  start = g_get_monotonic_time ();
  sample->ok = json_parser_load_from_data (parser, data, (gssize) length, NULL);
  sample->seconds = (g_get_monotonic_time () - start) / 1e6;

  /* json-glib's steady state is its tree: there is nothing else to keep. */
  sample->steady_kib = resident_kib ();
  malloc_trim (0);
  sample->steady_trim_kib = resident_kib ();
  g_object_unref (parser);
}

static void
measure_succession (GBytes *bytes,
                    Sample *sample)
{
  SuccessionLoader *loader = succession_loader_new ();
  SuccessionDataset *dataset;
  gint64 start;

  start = g_get_monotonic_time ();
  dataset = succession_loader_load_bytes (loader, bytes, "bench", NULL, NULL);
  sample->seconds = (g_get_monotonic_time () - start) / 1e6;
  sample->ok = dataset != NULL;

  /* The loader has freed its parser by now: this is the dataset alone. */
  sample->steady_kib = resident_kib ();
  malloc_trim (0);
  sample->steady_trim_kib = resident_kib ();
  if (dataset != NULL)
    sample->n_tenures = g_list_model_get_n_items (succession_dataset_get_tenures (dataset));

  g_clear_object (&dataset);
  g_object_unref (loader);
}

static gboolean
run_child (Subject  subject,
           GBytes  *bytes,
           Sample  *sample)
{
  struct rusage usage;
  int fds[2];
  int status;
  pid_t pid;
  gssize n;

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

  sample->peak_kib = usage.ru_maxrss;  /* KiB on Linux */
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
        double      (*field) (const Sample *))
{
  g_autofree double *values = g_new (double, n);

  for (guint i = 0; i < n; i++)
    values[i] = field (&samples[i]);
  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double field_seconds (const Sample *s) { return s->seconds; }
static double field_baseline (const Sample *s) { return (double) s->baseline_kib; }
static double field_peak (const Sample *s) { return (double) (s->peak_kib - s->baseline_kib); }
static double field_steady (const Sample *s) { return (double) (s->steady_kib - s->baseline_kib); }
static double field_steady_trim (const Sample *s) { return (double) (s->steady_trim_kib - s->baseline_kib); }

static double
mib (double kib)
{
  return kib / 1024.0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree Sample *json = NULL;
  g_autofree Sample *succ = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  int runs = 5;
  double tj, ts, pj, ps, sj, ss, tsj, tss, base;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement; the median is shown (default 5)", "N" },
    { NULL }
  };

  context = g_option_context_new ("FILE - the loader against json-glib's parse alone");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "usage: bench-load [--runs=N] FILE");
      return 2;
    }

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  json = g_new0 (Sample, runs);
  succ = g_new0 (Sample, runs);

  /* Interleaved, so a drift of the machine touches both sides alike. */
  for (int i = 0; i < runs; i++)
    {
      if (!run_child (SUBJECT_JSON_GLIB, bytes, &json[i]))
        {
          g_printerr ("json-glib failed to parse %s\n", argv[1]);
          return 1;
        }
      if (!run_child (SUBJECT_SUCCESSION, bytes, &succ[i]))
        {
          g_printerr ("the loader failed to load %s\n", argv[1]);
          return 1;
        }
    }

  tj = median (json, runs, field_seconds);
  ts = median (succ, runs, field_seconds);
  pj = median (json, runs, field_peak);
  ps = median (succ, runs, field_peak);
  sj = median (json, runs, field_steady);
  ss = median (succ, runs, field_steady);
  tsj = median (json, runs, field_steady_trim);
  tss = median (succ, runs, field_steady_trim);
  base = median (succ, runs, field_baseline);

  printf ("file: %s (%.1f MiB, %u tenures), median of %d runs\n",
          argv[1], length / 1048576.0, succ[0].n_tenures, runs);
  printf ("baseline RSS before loading (subtracted below): %.1f MiB\n\n", mib (base));
  printf ("| measure | json-glib parse | Succession load | ratio | goal |\n");
  printf ("|---|---:|---:|---:|---|\n");
  printf ("| time | %.3f s | %.3f s | %.2fx | at most 1.5x |\n", tj, ts, ts / tj);
  printf ("| peak RSS | %.1f MiB | %.1f MiB | %.2fx | at most 1.2x |\n", mib (pj), mib (ps), ps / pj);
  printf ("| steady RSS | %.1f MiB | %.1f MiB | %.2fx | well under 1x |\n", mib (sj), mib (ss), ss / sj);
  printf ("| steady RSS after malloc_trim | %.1f MiB | %.1f MiB | %.2fx | |\n", mib (tsj), mib (tss), tss / tsj);
  printf ("\njson-glib: tree alive. Succession: dataset alive, tree freed.\n");

  return 0;
}
