/* succession-csv.c — RFC 4180 fields and rows for the CSV export
 *
 * Formula cells: spreadsheets run a cell that starts with "=", "+", "-" or "@" as a formula
 * (which can fetch URLs or, in old versions, run commands), and some read a leading tab or
 * carriage return past before looking. The apostrophe is the spreadsheets' own mark for
 * "text, not a formula"; it shows in the cell, which is the price of a file that is safe to
 * open. SUCCESSION_CSV_AS_IS keeps the data exact for programs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-csv"

#include "config.h"

#include <string.h>

#include "succession-csv.h"

static gboolean
needs_quotes (const char *field,
              gsize       length)
{
  if (length == 0)
    return FALSE;
  if (field[0] == ' ' || field[0] == '\t' || field[length - 1] == ' ' || field[length - 1] == '\t')
    return TRUE;
  return strpbrk (field, ",\"\r\n") != NULL;
}

gboolean
succession_csv_starts_formula (const char *field)
{
  return field != NULL && field[0] != '\0' && strchr ("=+-@\t\r", field[0]) != NULL;
}

static void
append_field (GString           *out,
              const char        *field,
              SuccessionCsvCells cells)
{
  g_autofree char *neutralized = NULL;
  gsize            length;

  if (field == NULL)
    return;

  if (cells == SUCCESSION_CSV_NEUTRALIZE_FORMULAS && succession_csv_starts_formula (field))
    field = neutralized = g_strconcat ("'", field, NULL);

  length = strlen (field);
  if (!needs_quotes (field, length))
    {
      g_string_append_len (out, field, length);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

char *
succession_csv_escape_field (const char        *field,
                             SuccessionCsvCells cells)
{
  GString *out = g_string_new (NULL);

  append_field (out, field, cells);
  return g_string_free (out, FALSE);
}

char *
succession_csv_format_row (const char *const *fields,
                           SuccessionCsvCells cells)
{
  GString *out;

  g_return_val_if_fail (fields != NULL, NULL);

  out = g_string_new (NULL);
  if (fields[0] != NULL && fields[1] == NULL && (fields[0][0] == '\0'))
    {
      g_string_append (out, "\"\"\r\n");
      return g_string_free (out, FALSE);
    }

  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[i], cells);
    }
  g_string_append (out, "\r\n");
  return g_string_free (out, FALSE);
}
