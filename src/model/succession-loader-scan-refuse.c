/* succession-loader-scan-refuse.c — what the scanner says when it refuses the text
 *
 * Each refusal is reported once, with its place, and stops the scan: the first offence is the
 * one worth reading. Kept apart from the walk over the bytes (succession-loader-scan.c), which
 * calls in here only on its way out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "succession-loader.h"
#include "succession-loader-scan-private.h"

gboolean
_succession_scanner_fail (SuccessionScanner *s,
                          int                code,
                          gsize              offset,
                          const char        *format,
                          ...)
{
  g_autofree char *text = NULL;
  va_list          args;

  if (s->failed)
    return FALSE;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  s->failed = TRUE;
  s->report (s->user_data, code, offset, text);
  return FALSE;
}

gboolean
_succession_scanner_fail_syntax (SuccessionScanner *s,
                                 gsize              offset,
                                 const char        *what)
{
  /* Translators: the start of every message about text that is not JSON; %s says what. */
  return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, offset, _ ("not valid JSON: %s"), what);
}

gboolean
_succession_scanner_fail_truncated (SuccessionScanner *s)
{
  if (s->depth > 0)
    return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, s->length, "%s",
                                     _ ("the file ends before every array and object is closed; it may be truncated"));
  return _succession_scanner_fail_syntax (s, s->length, _ ("the file ends where a value should be"));
}

gboolean
_succession_scanner_fail_not_utf8 (SuccessionScanner *s,
                                   gsize              offset)
{
  return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_ENCODING, offset, _ ("the file is not valid UTF-8 (byte 0x%02X)"),
                                   (guchar) s->data[offset]);
}

gboolean
_succession_scanner_fail_nul (SuccessionScanner *s,
                              gsize              offset)
{
  return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_ENCODING, offset, "%s",
                                   _ ("the file contains a NUL character; it is not a text file"));
}

/* Says what was found where something else was expected: the commonest mistakes by name. */
gboolean
_succession_scanner_fail_unexpected (SuccessionScanner *s,
                                     const char        *expected)
{
  const char      *data = s->data;
  gsize            pos = s->pos;
  g_autofree char *found = NULL;
  g_autofree char *what = NULL;
  const char      *bad;
  guchar           c;

  if (pos >= s->length)
    return _succession_scanner_fail_truncated (s);

  c = (guchar) data[pos];
  if (c == '\0')
    return _succession_scanner_fail_nul (s, pos);
  if (c >= 0x80 && !g_utf8_validate_len (data + pos, MIN (4, s->length - pos), &bad) && bad == data + pos)
    return _succession_scanner_fail_not_utf8 (s, pos);

  if (c == '\'')
    return _succession_scanner_fail_syntax (s, pos, _ ("strings and member names are written in double quotes (\"), not single quotes (')"));
  if (c == '/' && pos + 1 < s->length && (data[pos + 1] == '*' || data[pos + 1] == '/'))
    return _succession_scanner_fail_syntax (s, pos, _ ("JSON has no comments"));

  if (_succession_scanner_is_word_byte (c))
    {
      gsize end = pos;

      while (end < s->length && end - pos < 40 && _succession_scanner_is_word_byte (data[end]))
        end++;
      found = g_strndup (data + pos, end - pos);
    }
  else
    found = g_strndup (data + pos, c >= 0x80 ? (gsize) (g_utf8_next_char (data + pos) - (data + pos)) : 1);

  /* Translators: "expected a value, found “NaN”"; the first %s is one of the phrases such as
   * "a value" or "“,” or “]”", the second what the file has. */
  what = g_strdup_printf (_ ("expected %s, found “%s”"), expected, found);
  return _succession_scanner_fail_syntax (s, pos, what);
}
