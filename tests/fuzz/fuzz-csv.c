/* fuzz-csv.c — CSV export of arbitrary names: every record reads back to the same fields
 *
 * The input is split at NUL bytes into fields (a C string cannot hold a NUL). The record is
 * read back with a strict RFC 4180 reader; written as is, the fields must come back unchanged;
 * with formulas neutralised, unchanged but for an apostrophe in front of each field that would
 * start a formula, and no field read back may start one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "succession-csv.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

/* NULL when @text is not exactly one well-formed record ending in CRLF. */
static GPtrArray *
parse_record (const char *text)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  for (;;)
    {
      GString *field = g_string_new (NULL);

      if (*p == '"')
        {
          for (p++;; p++)
            {
              if (*p == '\0')
                {
                  g_string_free (field, TRUE);
                  return NULL;
                }
              if (*p == '"')
                {
                  if (p[1] != '"')
                    {
                      p++;
                      break;
                    }
                  p++;
                }
              g_string_append_c (field, *p);
            }
        }
      else
        {
          for (; *p != ',' && *p != '\r' && *p != '\n' && *p != '\0'; p++)
            {
              if (*p == '"')
                {
                  g_string_free (field, TRUE);
                  return NULL;
                }
              g_string_append_c (field, *p);
            }
        }
      g_ptr_array_add (fields, g_string_free (field, FALSE));

      if (*p == ',')
        {
          p++;
          continue;
        }
      if (strcmp (p, "\r\n") == 0)
        return g_steal_pointer (&fields);
      return NULL;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autofree char *record = NULL;
  size_t           start = 0;

  for (size_t i = 0; i <= size; i++)
    {
      if (i == size || data[i] == '\0')
        {
          g_ptr_array_add (fields, g_strndup ((const char *) data + start, i - start));
          start = i + 1;
        }
    }
  g_ptr_array_add (fields, NULL);

  for (guint i = 0; i + 1 < fields->len; i++)
    {
      g_autofree char *escaped = succession_csv_escape_field (g_ptr_array_index (fields, i), SUCCESSION_CSV_AS_IS);
      g_autoptr(GPtrArray) one = NULL;
      g_autofree char *line = g_strconcat (escaped, "\r\n", NULL);

      one = parse_record (line);
      g_assert_nonnull (one);
      g_assert_cmpuint (one->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (one, 0), ==, g_ptr_array_index (fields, i));
    }

  record = succession_csv_format_row ((const char *const *) fields->pdata, SUCCESSION_CSV_AS_IS);
  g_assert_true (g_str_has_suffix (record, "\r\n"));
  parsed = parse_record (record);
  g_assert_nonnull (parsed);
  g_assert_cmpuint (parsed->len, ==, fields->len - 1);
  for (guint i = 0; i < parsed->len; i++)
    g_assert_cmpstr (g_ptr_array_index (parsed, i), ==, g_ptr_array_index (fields, i));

  g_clear_pointer (&record, g_free);
  g_clear_pointer (&parsed, g_ptr_array_unref);
  record = succession_csv_format_row ((const char *const *) fields->pdata, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
  parsed = parse_record (record);
  g_assert_nonnull (parsed);
  g_assert_cmpuint (parsed->len, ==, fields->len - 1);
  for (guint i = 0; i < parsed->len; i++)
    {
      const char *field = g_ptr_array_index (fields, i);
      const char *cell = g_ptr_array_index (parsed, i);

      g_assert_false (succession_csv_starts_formula (cell));
      if (succession_csv_starts_formula (field))
        {
          g_assert_cmpint (cell[0], ==, '\'');
          cell++;
        }
      g_assert_cmpstr (cell, ==, field);
    }

  return 0;
}
