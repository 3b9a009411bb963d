/* succession-csv.h — RFC 4180 fields and rows for the CSV export
 *
 * No GTK here: the command line, the exports and the tests use it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  /* A cell that a spreadsheet would run as a formula (it starts with "=", "+", "-", "@", a tab
   * or a carriage return) is written with an apostrophe in front: "'=SUM(A1:A2)". */
  SUCCESSION_CSV_NEUTRALIZE_FORMULAS,
  /* Every cell exactly as the data has it, for programs that read the file as data. */
  SUCCESSION_CSV_AS_IS,
} SuccessionCsvCells;

/* @field as one RFC 4180 field: quoted (and its quotes doubled) when it contains a comma, a
 * quote, CR or LF, or starts or ends with a space or a tab; otherwise as it is. With
 * SUCCESSION_CSV_NEUTRALIZE_FORMULAS, a field that would start a formula gets an apostrophe in
 * front; nothing else is ever altered. NULL is the empty field. Free with g_free. */
char *succession_csv_escape_field (const char         *field,
                                   SuccessionCsvCells  cells);

/* TRUE when a spreadsheet would take @field, as the start of a cell, for a formula. */
gboolean succession_csv_starts_formula (const char *field);

/* The NULL-terminated @fields as one record, separated by commas and ending in CRLF. A record
 * of a single empty field is written `""` so that it is not read as an empty line. Free with
 * g_free. */
char *succession_csv_format_row   (const char * const *fields,
                                   SuccessionCsvCells  cells);

G_END_DECLS
