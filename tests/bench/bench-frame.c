/* bench-frame.c — time from something done on a window to the end of the frame that shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <time.h>

#include "bench-frame.h"

void
bench_drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static double
thread_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1000000.0;
}

double
bench_time_to_frame (GtkWidget *window,
                     void (*start) (gpointer data),
                     gpointer data,
                     double  *work_ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean       painted = FALSE;
  gulong         handler;
  gint64         begun;
  double         cpu_begun;

  bench_drain_main_loop ();
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  begun = g_get_monotonic_time ();
  cpu_begun = thread_cpu_ms ();
  start (data);
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  if (work_ms != NULL)
    *work_ms = thread_cpu_ms () - cpu_begun;
  g_signal_handler_disconnect (clock, handler);
  return (g_get_monotonic_time () - begun) / 1000.0;
}

SuccessionWindow *
bench_open_window (SuccessionApplication **app)
{
  SuccessionWindow *window;

  gtk_init ();
  adw_init ();
  *app = succession_application_new (BASE_APPLICATION_ID ".Bench", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (*app), NULL, NULL);
  window = succession_window_new (*app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) || gtk_widget_get_height (GTK_WIDGET (window)) < 700)
    g_main_context_iteration (NULL, TRUE);
  bench_drain_main_loop ();
  return window;
}
