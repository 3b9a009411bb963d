/* bench-startup.c — startup to the first frame: Succession against a bare libadwaita window
 *
 * Two programs in one:
 *
 *   bench-startup --bare
 *     the floor: an AdwApplication that presents an AdwApplicationWindow holding an
 *     AdwStatusPage and quits after the first frame's after-paint, printing to stderr the
 *     same line as Succession's SUCCESSION_EXIT_AFTER_FIRST_FRAME hook:
 *       first-frame MS rss KIB hwm KIB monotonic US mapped US
 *
 *   bench-startup [--runs=N] [NAME=]SUCCESSION...
 *     the driver: runs `bench-startup --bare` and each SUCCESSION build (with
 *     SUCCESSION_EXIT_AFTER_FIRST_FRAME=1) N times each, alternating, after one unmeasured run
 *     of each to warm the caches. The times of a run are from just before the spawn to the
 *     child's first after-paint and to the window server's map of its window
 *     (g_get_monotonic_time () on both sides); RSS is the child's VmRSS and VmHWM at the first
 *     frame. Prints the medians, the ratios and the RSS differences, a column per build.
 *
 * Both children inherit the driver's environment (display, renderer, GSettings backend), so
 * run-benchmarks starts the driver under one Xvfb. Not a test: it judges nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------------------------------- */
/* The bare window                                                                           */

static guint64
read_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char      *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (field), NULL, 10);
}

static double
process_age_ms (void)
{
  g_autofree char *stat = NULL;
  g_auto (GStrv) fields = NULL;
  const char     *after_comm;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || (after_comm = strrchr (stat, ')')) == NULL)
    return -1;
  fields = g_strsplit (after_comm + 2, " ", 0);
  if (g_strv_length (fields) < 20 || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;
  return (now.tv_sec + now.tv_nsec / 1e9) * 1000.0 - g_ascii_strtoull (fields[19], NULL, 10) * 1000.0 / sysconf (_SC_CLK_TCK);
}

static gint64 mapped_at; /* g_get_monotonic_time () when the window server mapped the window */

static void
on_surface_mapped (GdkSurface *surface)
{
  if (mapped_at == 0 && gdk_surface_get_mapped (surface))
    mapped_at = g_get_monotonic_time ();
}

static void
on_first_frame (GdkFrameClock *clock,
                GtkWindow     *window)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, window);
  fprintf (stderr, "first-frame %.1f rss %" G_GUINT64_FORMAT " hwm %" G_GUINT64_FORMAT " monotonic %" G_GINT64_FORMAT " mapped %" G_GINT64_FORMAT "\n",
           process_age_ms (), read_status_kib ("VmRSS:"), read_status_kib ("VmHWM:"), now, mapped_at);
  fflush (stderr);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
bare_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "view-continuous-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Bare");
  adw_status_page_set_description (ADW_STATUS_PAGE (status), "A bare libadwaita window");
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), status);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720); /* Succession's default */
  gtk_window_present (GTK_WINDOW (window));

  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_first_frame), window, 0);
  on_surface_mapped (gtk_native_get_surface (GTK_NATIVE (window)));
  g_signal_connect (gtk_native_get_surface (GTK_NATIVE (window)), "notify::mapped", G_CALLBACK (on_surface_mapped), NULL);
}

static int
run_bare (void)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.succession.BenchStartupBare", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (bare_activate), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* ---------------------------------------------------------------------------------------- */
/* The driver                                                                                */

typedef struct
{
  double ms;        /* exec to the first frame's after-paint */
  double mapped_ms; /* exec to the window server's map of the window */
  double rss_kib;
  double hwm_kib;
} Sample;

typedef struct
{
  const char *name;
  char       *argv[3];
  GArray     *samples;
} Target;

static gboolean
run_once (char  **argv,
          char  **envp,
          Sample *sample)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  gint64      start, at, mapped;
  guint64     rss, hwm;
  double      age;
  int         status;

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  if ((line = strstr (err, "first-frame ")) == NULL || sscanf (line, "first-frame %lf rss %" G_GUINT64_FORMAT " hwm %" G_GUINT64_FORMAT " monotonic %" G_GINT64_FORMAT " mapped %" G_GINT64_FORMAT, &age, &rss, &hwm, &at, &mapped) != 5 || mapped == 0)
    {
      g_printerr ("%s printed no complete first-frame line (exit status %d):\n%s\n", argv[0], status, err);
      return FALSE;
    }

  sample->ms = (at - start) / 1000.0;
  sample->mapped_ms = (mapped - start) / 1000.0;
  sample->rss_kib = rss;
  sample->hwm_kib = hwm;
  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_of (GArray *samples,
           gsize   offset)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < samples->len; i++)
    {
      double v;

      /* memcpy: the field at @offset, without a cast that assumes its alignment. */
      memcpy (&v, (char *) &g_array_index (samples, Sample, i) + offset, sizeof v);
      g_array_append_val (values, v);
    }
  g_array_sort (values, compare_doubles);
  return values->len % 2 ? g_array_index (values, double, values->len / 2)
                         : (g_array_index (values, double, values->len / 2 - 1) + g_array_index (values, double, values->len / 2)) / 2;
}

static double
min_of (GArray *samples)
{
  double m = G_MAXDOUBLE;

  for (guint i = 0; i < samples->len; i++)
    m = MIN (m, g_array_index (samples, Sample, i).ms);
  return m;
}

/* One row of the table: the bare window's figure, then each build's with its ratio to it. */
static void
print_time_row (const char *measure,
                Target     *targets,
                guint       n_targets,
                gsize       offset)
{
  double floor = median_of (targets[0].samples, offset);

  printf ("| %s | %.1f ms |", measure, floor);
  for (guint t = 1; t < n_targets; t++)
    {
      double v = median_of (targets[t].samples, offset);
      printf (" %.1f ms (%.2fx) |", v, v / floor);
    }
  printf ("\n");
}

static void
print_memory_row (const char *measure,
                  Target     *targets,
                  guint       n_targets,
                  gsize       offset)
{
  double floor = median_of (targets[0].samples, offset) / 1024;

  printf ("| %s | %.1f MiB |", measure, floor);
  for (guint t = 1; t < n_targets; t++)
    {
      double v = median_of (targets[t].samples, offset) / 1024;
      printf (" %.1f MiB (%+.1f MiB) |", v, v - floor);
    }
  printf ("\n");
}

/* @builds: "NAME=PATH" (or a path, named "Succession"), each run alternating with the bare
 * window. */
static int
run_driver (const char *self_path,
            char      **builds,
            int         n_builds,
            int         runs)
{
  g_auto (GStrv) envp = g_environ_setenv (g_get_environ (), "SUCCESSION_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  guint              n_targets = n_builds + 1;
  g_autofree Target *targets = g_new0 (Target, n_targets);
  Sample             s;
  int                status = 0;

  targets[0] = (Target){ "bare libadwaita window", { (char *) self_path, (char *) "--bare", NULL }, NULL };
  for (int b = 0; b < n_builds; b++)
    {
      char *eq = strchr (builds[b], '=');

      targets[b + 1].name = eq != NULL ? g_strndup (builds[b], eq - builds[b]) : g_strdup ("Succession");
      targets[b + 1].argv[0] = eq != NULL ? eq + 1 : builds[b];
    }
  for (guint t = 0; t < n_targets; t++)
    targets[t].samples = g_array_new (FALSE, FALSE, sizeof (Sample));

  /* One unmeasured run of each: the page cache, fontconfig's and the icon theme's caches. */
  for (guint t = 0; t < n_targets && status == 0; t++)
    if (!run_once (targets[t].argv, envp, &s))
      status = 1;

  for (int i = 0; i < runs && status == 0; i++)
    for (guint t = 0; t < n_targets && status == 0; t++)
      {
        if (!run_once (targets[t].argv, envp, &s))
          status = 1;
        g_array_append_val (targets[t].samples, s);
      }

  if (status == 0)
    {
      printf ("| measure (median of %d) |", runs);
      for (guint t = 0; t < n_targets; t++)
        printf (" %s |", targets[t].name);
      printf ("\n|---|");
      for (guint t = 0; t < n_targets; t++)
        printf ("---:|");
      printf ("\n");
      print_time_row ("exec to first frame", targets, n_targets, G_STRUCT_OFFSET (Sample, ms));
      print_time_row ("exec to mapped window", targets, n_targets, G_STRUCT_OFFSET (Sample, mapped_ms));
      printf ("| fastest run, first frame | %.1f ms |", min_of (targets[0].samples));
      for (guint t = 1; t < n_targets; t++)
        printf (" %.1f ms (%.2fx) |", min_of (targets[t].samples), min_of (targets[t].samples) / min_of (targets[0].samples));
      printf ("\n");
      print_memory_row ("RSS at first frame", targets, n_targets, G_STRUCT_OFFSET (Sample, rss_kib));
      print_memory_row ("peak RSS (VmHWM)", targets, n_targets, G_STRUCT_OFFSET (Sample, hwm_kib));
      printf ("\nGoal: at most 1.25x the bare window to the first frame and at most +8 MiB at it.\n");
    }

  for (guint t = 0; t < n_targets; t++)
    {
      g_array_unref (targets[t].samples);
      if (t > 0)
        g_free ((char *) targets[t].name);
    }
  return status;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char   *self_path = NULL;
  gboolean           bare = FALSE;
  int                runs = 10;
  const GOptionEntry entries[] = {
    { "bare", 0, 0, G_OPTION_ARG_NONE, &bare, "Be the bare window: present it, quit after its first frame", NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each (default 10)", "N" },
    { NULL }
  };

  context = g_option_context_new ("SUCCESSION - time startup to the first frame against a bare libadwaita window");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (bare)
    return run_bare ();

  if (argc < 2 || runs < 1)
    {
      g_printerr ("usage: bench-startup [--runs=N] [NAME=]SUCCESSION...\n");
      return 2;
    }

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  return run_driver (self_path != NULL ? self_path : argv[0], argv + 1, argc - 1, runs);
}
