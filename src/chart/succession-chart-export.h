/* succession-chart-export.h — the chart as PDF, SVG or PNG, a holder table as CSV, and the
 * dataset as Popolo JSON, written to files atomically
 *
 * Every export writes through a SuccessionFileWriter: a failure (a full disk, a cancelled
 * export, a drawing error, a signal) leaves an existing file as it was, or no file, and no
 * half-written file behind; a symbolic link is written through. No GTK here: the command line
 * and the window share these functions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-chart-pages.h"
#include "succession-csv.h"

G_BEGIN_DECLS

typedef enum {
  SUCCESSION_CHART_FORMAT_PDF,
  SUCCESSION_CHART_FORMAT_SVG,
  SUCCESSION_CHART_FORMAT_PNG,
} SuccessionChartFormat;

#define SUCCESSION_EXPORT_DEFAULT_DPI 150.0

/* "pdf", "svg", "png" (any case); FALSE for anything else. */
gboolean  succession_chart_format_from_name     (const char            *name,
                                                 SuccessionChartFormat *format);
/* From the extension of @filename; FALSE when it is none of the three. */
gboolean  succession_chart_format_from_filename (const char            *filename,
                                                 SuccessionChartFormat *format);

/* PDF: the pages of @setup (chart tiles, then tables), vector, fonts embedded.
 * SVG: the whole chart on one page. PNG: the whole chart at @dpi (72 is one pixel a point). */
gboolean  succession_export_chart               (SuccessionChartData            *data,
                                                 const SuccessionChartPageSetup *setup,
                                                 SuccessionChartFormat           format,
                                                 double                          dpi,
                                                 GFile                          *file,
                                                 GCancellable                   *cancellable,
                                                 GError                        **error);

/* The holder table of @office as CSV: UTF-8, RFC 4180, a header row, one row per tenure,
 * dates as the dataset writes them (partial dates stay partial), cells that would start a
 * formula neutralised unless @cells says otherwise (succession-csv.h). */
char     *succession_export_table_to_csv        (SuccessionOffice               *office,
                                                 SuccessionNameDisplay           display,
                                                 SuccessionCsvCells              cells);
gboolean  succession_export_table               (SuccessionOffice               *office,
                                                 SuccessionNameDisplay           display,
                                                 SuccessionCsvCells              cells,
                                                 GFile                          *file,
                                                 GCancellable                   *cancellable,
                                                 GError                        **error);

/* The dataset as Popolo JSON that loads back to the same model. */
gboolean  succession_export_dataset             (SuccessionDataset              *dataset,
                                                 GFile                          *file,
                                                 GCancellable                   *cancellable,
                                                 GError                        **error);

/* FALSE, with an error, when @file is the file @dataset was loaded from, however it is named
 * (a link, another path, a hard link): an export never overwrites the dataset that is open,
 * which can hold what the model does not keep. */
gboolean  succession_export_check_target        (SuccessionDataset              *dataset,
                                                 GFile                          *file,
                                                 GError                        **error);

G_END_DECLS
