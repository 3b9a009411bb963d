/* succession-csv.h — RFC 4180 fields and rows for the CSV export
 *
 * No GTK here: the command line, the exports and the tests use it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @field as one RFC 4180 field. The content is never altered: researchers' data must round-trip
 * exactly, so a leading "=", "+", "-" or "@" is kept as it is. The field is quoted (and its
 * quotes doubled) when it contains a comma, a quote, CR or LF, or starts or ends with a space or
 * a tab; otherwise it is returned as it is. NULL is the empty field. Free with g_free. */
char *succession_csv_escape_field (const char *field);

/* The NULL-terminated @fields as one record, separated by commas and ending in CRLF. A record
 * of a single empty field is written `""` so that it is not read as an empty line. Free with
 * g_free. */
char *succession_csv_format_row   (const char * const *fields);

G_END_DECLS
