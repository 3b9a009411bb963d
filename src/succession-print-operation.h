/* succession-print-operation.h — prints a succession chart and its holder tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-chart-data.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_PRINT_OPERATION (succession_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionPrintOperation, succession_print_operation, SUCCESSION, PRINT_OPERATION,
                      GtkPrintOperation)

/* Page setup and print settings come from @settings ("page-setup", "print-settings") and go
 * back there when the operation is applied. @dataset_title may be NULL. */
SuccessionPrintOperation *succession_print_operation_new (SuccessionChartData *data,
                                                          const char          *dataset_title,
                                                          GSettings           *settings);

G_END_DECLS
