/* succession-timeline.h — the succession chart as an interactive widget
 *
 * Draws a SuccessionChartData (it owns no dataset) for a time window that the user zooms
 * and pans; the selection is shared with a table through a GtkSelectionModel of
 * SuccessionHolderRow or SuccessionTenure items. Implements GtkScrollable for rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-chart-layout.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_TIMELINE (succession_timeline_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionTimeline, succession_timeline, SUCCESSION, TIMELINE, GtkWidget)

GtkWidget           *succession_timeline_new               (void);

SuccessionChartData *succession_timeline_get_data          (SuccessionTimeline *self);
/* Sets the chart and fits the window to it. */
void                 succession_timeline_set_data          (SuccessionTimeline  *self,
                                                            SuccessionChartData *data);
GtkSelectionModel   *succession_timeline_get_selection     (SuccessionTimeline *self);
void                 succession_timeline_set_selection     (SuccessionTimeline *self,
                                                            GtkSelectionModel  *selection);
double               succession_timeline_get_first_day     (SuccessionTimeline *self);
double               succession_timeline_get_last_day      (SuccessionTimeline *self);
/* Shows [@first_day, @last_day], clamped to a sensible span. */
void                 succession_timeline_set_window        (SuccessionTimeline *self,
                                                            double              first_day,
                                                            double              last_day);
/* The day of the date cursor; NAN (or 0 through the property) for none. */
double               succession_timeline_get_cursor_day    (SuccessionTimeline *self);
void                 succession_timeline_set_cursor_day    (SuccessionTimeline *self,
                                                            double              day);
/* Zooms by @factor (> 1 zooms in) around the middle of the window. */
void                 succession_timeline_zoom              (SuccessionTimeline *self,
                                                            double              factor);
void                 succession_timeline_fit_all           (SuccessionTimeline *self);
/* The same tenures under new labels (another name display): unlike set_data, the time window,
 * the scroll and the selection stay. */
void                 succession_timeline_relabel           (SuccessionTimeline  *self,
                                                            SuccessionChartData *data);
/* The tenure with the keyboard focus, or NULL. */
SuccessionTenure    *succession_timeline_get_focused       (SuccessionTimeline *self);
/* The bars of the last frame's layout (0 before the first frame). */
guint                succession_timeline_get_n_visible_bars (SuccessionTimeline *self);
/* The layout of the current frame, built if needed; NULL without data or size. */
SuccessionChartLayout *succession_timeline_get_layout      (SuccessionTimeline *self);

G_END_DECLS
