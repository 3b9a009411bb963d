/* bench-startup.c — startup to the first frame: Succession against a bare libadwaita window
 *
 * Two programs in one:
 *
 *   bench-startup --bare
 *     the floor: an AdwApplication that presents an AdwApplicationWindow holding an
 *     AdwStatusPage and quits after the first frame's after-paint, printing to stderr the
 *     same line as Succession's SUCCESSION_EXIT_AFTER_FIRST_FRAME hook:
 *       first-frame MS rss KIB hwm KIB monotonic US
 *
 *   bench-startup [--runs=N] SUCCESSION
 *     the driver: runs `bench-startup --bare` and `SUCCESSION` (with
 *     SUCCESSION_EXIT_AFTER_FIRST_FRAME=1) N times each, alternating, after one unmeasured run
 *     of each to warm the caches. The time of a run is from just before the spawn to the
 *     child's first after-paint (g_get_monotonic_time () on both sides); RSS is the child's
 *     VmRSS and VmHWM at that moment. Prints the medians, the ratio and the RSS differences.
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
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (field), NULL, 10);
}

static double
process_age_ms (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_comm;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || (after_comm = strrchr (stat, ')')) == NULL)
    return -1;
  fields = g_strsplit (after_comm + 2, " ", 0);
  if (g_strv_length (fields) < 20 || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;
  return (now.tv_sec + now.tv_nsec / 1e9) * 1000.0
         - g_ascii_strtoull (fields[19], NULL, 10) * 1000.0 / sysconf (_SC_CLK_TCK);
}

static void
on_first_frame (GdkFrameClock *clock,
                GtkWindow     *window)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, window);
  fprintf (stderr, "first-frame %.1f rss %" G_GUINT64_FORMAT " hwm %" G_GUINT64_FORMAT " monotonic %" G_GINT64_FORMAT "\n",
           process_age_ms (), read_status_kib ("VmRSS:"), read_status_kib ("VmHWM:"), now);
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
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);   /* Succession's default */
  gtk_window_present (GTK_WINDOW (window));

  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_first_frame), window, 0);
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

typedef struct {
  double ms;
  double rss_kib;
  double hwm_kib;
} Sample;

static gboolean
run_once (char   **argv,
          char   **envp,
          Sample  *sample)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  gint64 start, at;
  guint64 rss, hwm;
  double age;
  int status;

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  if ((line = strstr (err, "first-frame ")) == NULL
      || sscanf (line, "first-frame %lf rss %" G_GUINT64_FORMAT " hwm %" G_GUINT64_FORMAT " monotonic %" G_GINT64_FORMAT,
                 &age, &rss, &hwm, &at) != 4)
    {
      g_printerr ("%s printed no first-frame line (exit status %d):\n%s\n", argv[0], status, err);
      return FALSE;
    }

  sample->ms = (at - start) / 1000.0;
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
  double m;

  for (guint i = 0; i < samples->len; i++)
    {
      double v = *(double *) ((char *) &g_array_index (samples, Sample, i) + offset);
      g_array_append_val (values, v);
    }
  g_array_sort (values, compare_doubles);
  m = values->len % 2 ? g_array_index (values, double, values->len / 2)
                      : (g_array_index (values, double, values->len / 2 - 1)
                         + g_array_index (values, double, values->len / 2)) / 2;
  return m;
}

static double
min_of (GArray *samples)
{
  double m = G_MAXDOUBLE;

  for (guint i = 0; i < samples->len; i++)
    m = MIN (m, g_array_index (samples, Sample, i).ms);
  return m;
}

static int
run_driver (const char *self_path,
            const char *succession,
            int         runs)
{
  g_autoptr(GArray) bare = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "SUCCESSION_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  char *bare_argv[] = { (char *) self_path, (char *) "--bare", NULL };
  char *ours_argv[] = { (char *) succession, NULL };
  Sample s;
  double bare_ms, ours_ms, bare_rss, ours_rss, bare_hwm, ours_hwm;

  /* One unmeasured run of each: the page cache, fontconfig's and the icon theme's caches. */
  if (!run_once (bare_argv, envp, &s) || !run_once (ours_argv, envp, &s))
    return 1;

  for (int i = 0; i < runs; i++)
    {
      if (!run_once (bare_argv, envp, &s))
        return 1;
      g_array_append_val (bare, s);
      if (!run_once (ours_argv, envp, &s))
        return 1;
      g_array_append_val (ours, s);
    }

  bare_ms = median_of (bare, G_STRUCT_OFFSET (Sample, ms));
  ours_ms = median_of (ours, G_STRUCT_OFFSET (Sample, ms));
  bare_rss = median_of (bare, G_STRUCT_OFFSET (Sample, rss_kib)) / 1024;
  ours_rss = median_of (ours, G_STRUCT_OFFSET (Sample, rss_kib)) / 1024;
  bare_hwm = median_of (bare, G_STRUCT_OFFSET (Sample, hwm_kib)) / 1024;
  ours_hwm = median_of (ours, G_STRUCT_OFFSET (Sample, hwm_kib)) / 1024;

  printf ("| measure (median of %d) | bare libadwaita window | Succession | ratio / difference | goal |\n", runs);
  printf ("|---|---:|---:|---:|---|\n");
  printf ("| exec to first frame | %.1f ms | %.1f ms | %.2fx | at most 1.25x |\n", bare_ms, ours_ms, ours_ms / bare_ms);
  printf ("| fastest run | %.1f ms | %.1f ms | %.2fx | |\n", min_of (bare), min_of (ours), min_of (ours) / min_of (bare));
  printf ("| RSS at first frame | %.1f MiB | %.1f MiB | +%.1f MiB | at most +8 MiB |\n", bare_rss, ours_rss, ours_rss - bare_rss);
  printf ("| peak RSS (VmHWM) | %.1f MiB | %.1f MiB | +%.1f MiB | |\n", bare_hwm, ours_hwm, ours_hwm - bare_hwm);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *self_path = NULL;
  gboolean bare = FALSE;
  int runs = 10;
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

  if (argc != 2 || runs < 1)
    {
      g_printerr ("usage: bench-startup [--runs=N] SUCCESSION\n");
      return 2;
    }

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  return run_driver (self_path != NULL ? self_path : argv[0], argv[1], runs);
}
