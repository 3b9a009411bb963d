/* succession-loader-scan.c — the check of the raw text before json-glib sees it
 *
 * One pass over the bytes: encoding, NUL characters, escapes JSON does not have, lone
 * surrogates, nesting depth and string length, each refused with its line and column. It
 * protects json-glib from input it handles badly, such as very deep nesting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-loader-private.h"

/* ---------------------------------------------------------------------------------------- */
/* The scan of the raw text                                                                  */

static void
offset_to_line_column (const char *data,
                       gsize       offset,
                       int        *line,
                       int        *column)
{
  const char *p = data;
  const char *end = data + offset;
  const char *line_start = data;
  int l = 1;

  while ((p = memchr (p, '\n', end - p)) != NULL)
    {
      l++;
      p++;
      line_start = p;
    }

  *line = l;
  /* Columns count characters, as editors do; the prefix is valid UTF-8 by now or we count bytes. */
  *column = 1 + (int) (g_utf8_validate (line_start, end - line_start, NULL)
                       ? g_utf8_strlen (line_start, end - line_start)
                       : end - line_start);
}

static int
hex4 (const char *p,
      const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);
      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

gboolean
_succession_load_scan (SuccessionLoadContext *ctx,
                       const char            *data,
                       gsize                  length,
                       SuccessionLoaderError *code)
{
  const char *end = data + length;
  const char *bad = NULL;
  const char *p;
  guint depth = 0;
  int line, column;

  /* Text that is not UTF-8 is an encoding problem; text past the limits is refused as JSON. */
  *code = SUCCESSION_LOADER_ERROR_ENCODING;

  if (length == 0)
    {
      _succession_load_report (ctx, SUCCESSION_SEVERITY_ERROR, NULL, _("the file is empty"));
      *code = SUCCESSION_LOADER_ERROR_SYNTAX;
      return FALSE;
    }

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF) ||
                      data[0] == '\0' || data[1] == '\0'))
    {
      _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, 1, 1,
                                  _("the file is in UTF-16 or another encoding; datasets must be UTF-8"));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &bad))
    {
      offset_to_line_column (data, bad - data, &line, &column);
      if (*bad == '\0')
        _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                    _("the file contains a NUL character; it is not a text file"));
      else
        _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                    _("the file is not valid UTF-8 (byte 0x%02X)"), (guchar) *bad);
      return FALSE;
    }

  for (p = data; p < end; p++)
    {
      switch (*p)
        {
        case '[':
        case '{':
          if (++depth > SUCCESSION_LOADER_MAX_DEPTH)
            {
              offset_to_line_column (data, p - data, &line, &column);
              _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                          _("arrays and objects are nested more than %d levels deep"),
                                          SUCCESSION_LOADER_MAX_DEPTH);
              *code = SUCCESSION_LOADER_ERROR_SYNTAX;
              return FALSE;
            }
          break;

        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;

        case '"':
          {
            const char *start = p++;

            for (; p < end && *p != '"'; p++)
              {
                if (*p != '\\')
                  continue;

                if (++p >= end)
                  break;

                /* JSON has these escapes only. json-glib also reads GScanner's octal ones, so
                 * "\266" would put a byte that is not UTF-8 (and "\0" a NUL) into a name. */
                if (strchr ("\"\\/bfnrtu", *p) == NULL || *p == '\0' ||
                    (*p == 'u' && hex4 (p + 1, end) < 0))
                  {
                    int n = *p == '\0' ? 0 : (int) (g_utf8_next_char (p) - p);

                    offset_to_line_column (data, p - 1 - data, &line, &column);
                    if (*p == 'u')
                      _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                                  _("a string contains “\\u” without four hexadecimal digits"));
                    else
                      _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                                  _("a string contains the escape “\\%.*s”, which JSON does not have"),
                                                  n, p);
                    *code = SUCCESSION_LOADER_ERROR_SYNTAX;
                    return FALSE;
                  }

                if (*p == 'u')
                  {
                    int unit = hex4 (p + 1, end);

                    if (unit == 0)
                      {
                        offset_to_line_column (data, p - 1 - data, &line, &column);
                        _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                                    _("a string contains a NUL character (\\u0000)"));
                        return FALSE;
                      }
                    if (unit >= 0xD800 && unit <= 0xDBFF)
                      {
                        int low = (end - p >= 11 && p[5] == '\\' && p[6] == 'u') ? hex4 (p + 7, end) : -1;

                        if (low < 0xDC00 || low > 0xDFFF)
                          {
                            offset_to_line_column (data, p - 1 - data, &line, &column);
                            _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                                        _("a string contains a lone surrogate (\\u%04X)"), unit);
                            return FALSE;
                          }
                        p += 6;
                      }
                    else if (unit >= 0xDC00 && unit <= 0xDFFF)
                      {
                        offset_to_line_column (data, p - 1 - data, &line, &column);
                        _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                                    _("a string contains a lone surrogate (\\u%04X)"), unit);
                        return FALSE;
                      }
                  }
              }

            if ((gsize) (p - start) > SUCCESSION_LOADER_MAX_STRING)
              {
                offset_to_line_column (data, start - data, &line, &column);
                _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                            _("a string is longer than %d bytes"), SUCCESSION_LOADER_MAX_STRING);
                *code = SUCCESSION_LOADER_ERROR_SYNTAX;
                return FALSE;
              }

            if (p >= end)
              {
                offset_to_line_column (data, start - data, &line, &column);
                _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                            _("the file ends inside the string that starts here; it may be truncated"));
                *code = SUCCESSION_LOADER_ERROR_SYNTAX;
                return FALSE;
              }
          }
          break;

        default:
          break;
        }
    }

  /* A cut-off file: say so at its end, rather than let json-glib name some token before it. */
  if (depth > 0)
    {
      offset_to_line_column (data, length, &line, &column);
      _succession_load_report_at (ctx, SUCCESSION_SEVERITY_ERROR, line, column,
                                  _("the file ends before every array and object is closed; it may be truncated"));
      *code = SUCCESSION_LOADER_ERROR_SYNTAX;
      return FALSE;
    }

  return TRUE;
}
