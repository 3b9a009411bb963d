/* bench-frame.c — time from something done on a window to the end of the frame that shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

double
bench_time_to_frame (GtkWidget *window,
                     void (*start) (gpointer data),
                     gpointer data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean       painted = FALSE;
  gulong         handler;
  gint64         begun;

  bench_drain_main_loop ();
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  begun = g_get_monotonic_time ();
  start (data);
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  return (g_get_monotonic_time () - begun) / 1000.0;
}
