/* succession-office-check-row.h — a line of the chart's list of offices: a body's heading, or an
 * office with a check that says whether it is on the chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-format.h"
#include "succession-sidebar-entry.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_OFFICE_CHECK_ROW (succession_office_check_row_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionOfficeCheckRow, succession_office_check_row, SUCCESSION, OFFICE_CHECK_ROW, GtkWidget)

/* A row that shows its "entry" in its "name-display", its check ticked when the entry's office
 * is among "charted" (office ids). Ticking or unticking it activates "chart.toggle-office" with
 * the office's id. */
GtkWidget *succession_office_check_row_new       (void);
/* The check, NULL on a heading. */
GtkWidget *succession_office_check_row_get_check (SuccessionOfficeCheckRow *self);
const char *succession_office_check_row_get_title (SuccessionOfficeCheckRow *self);

G_END_DECLS
