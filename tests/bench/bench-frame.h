/* bench-frame.h — time from something done on a window to the end of the frame that shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-application.h"
#include "succession-window.h"

G_BEGIN_DECLS

/* Runs the main context until nothing is pending. */
void   bench_drain_main_loop (void);
/* Milliseconds from calling @start (@data) to the end (after-paint) of the next frame of @window;
 * a redraw of @window is queued after @start, so a frame comes even when @start changes nothing.
 * The frame clock paces frames 16.7 ms apart, so this includes a wait for the next frame when
 * the last one was recent; @work_ms (may be NULL) gets the main thread's CPU time over the same
 * span, which leaves that wait out: the work @start causes, up to its painted frame. */
double bench_time_to_frame   (GtkWidget *window,
                              void     (*start) (gpointer data),
                              gpointer   data,
                              double    *work_ms);

/* Starts GTK, libadwaita and a non-unique application (@app), and opens its main window at
 * 1100x800, mapped and laid out. */
SuccessionWindow *bench_open_window (SuccessionApplication **app);

G_END_DECLS
