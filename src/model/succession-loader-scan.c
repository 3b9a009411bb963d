/* succession-loader-scan.c — the raw text: strict JSON (RFC 8259), UTF-8 and limits, one pass
 *
 * The scanner walks the bytes once. It refuses, with the place of the offence, what is not
 * JSON (single quotes, comments, trailing commas, a second document, raw control characters
 * in strings, numbers JSON does not write), what is not UTF-8, and what passes the documented
 * limits (nesting depth, string length). A value is either read into an arena, or checked and
 * passed over; the loader asks for one record at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-loader.h"
#include "succession-loader-json.h"
#include "succession-loader-scan-private.h"

/* ---------------------------------------------------------------------------------------- */
/* Scanner                                                                                   */

/* The bytes a string may hold as they are: not '"', '\\', a control character or non-ASCII. */
static guint8 plain_string_byte[256];

static void
init_tables (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint c = 0x20; c < 0x80; c++)
        plain_string_byte[c] = c != '"' && c != '\\';
      g_once_init_leave (&done, 1);
    }
}

SuccessionScanner *
_succession_scanner_new (const char          *data,
                         gsize                length,
                         SuccessionScanReport report,
                         gpointer             user_data)
{
  SuccessionScanner *s = g_new0 (SuccessionScanner, 1);

  init_tables ();
  s->data = data;
  s->length = length;
  s->report = report;
  s->user_data = user_data;
  s->values = g_array_new (FALSE, FALSE, sizeof (SuccessionJsonValue));
  s->members = g_array_new (FALSE, FALSE, sizeof (SuccessionJsonMember));
  return s;
}

void
_succession_scanner_free (SuccessionScanner *s)
{
  if (s == NULL)
    return;
  g_array_unref (s->values);
  g_array_unref (s->members);
  g_free (s);
}

gboolean
_succession_scanner_failed (SuccessionScanner *s)
{
  return s->failed;
}

gsize
_succession_scanner_offset (SuccessionScanner *s)
{
  return s->pos;
}

guint
_succession_scanner_depth (SuccessionScanner *s)
{
  return s->depth;
}

void
_succession_scanner_rewind (SuccessionScanner *s,
                            gsize              offset,
                            guint              depth)
{
  g_assert (offset <= s->length && depth <= SUCCESSION_LOADER_MAX_DEPTH);
  s->pos = offset;
  s->depth = depth;
}

static inline void
skip_space (SuccessionScanner *s)
{
  const char *data = s->data;
  gsize       pos = s->pos;

  while (pos < s->length && (data[pos] == ' ' || data[pos] == '\n' || data[pos] == '\r' || data[pos] == '\t'))
    pos++;
  s->pos = pos;
}

char
_succession_scanner_peek (SuccessionScanner *s)
{
  skip_space (s);
  return s->pos < s->length ? s->data[s->pos] : '\0';
}

gboolean
_succession_scanner_enter (SuccessionScanner *s,
                           char               bracket)
{
  if (s->failed)
    return FALSE;

  skip_space (s);
  if (s->pos >= s->length || s->data[s->pos] != bracket)
    return _succession_scanner_fail_unexpected (s, bracket == '{' ? _ ("an object") : _ ("an array"));

  if (s->depth + 1 > SUCCESSION_LOADER_MAX_DEPTH)
    return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, s->pos,
                                     _ ("arrays and objects are nested more than %d levels deep"), SUCCESSION_LOADER_MAX_DEPTH);

  s->pos++;
  s->depth++;
  s->first[s->depth] = TRUE;
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Strings                                                                                   */

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

/* Checks the string that starts at the quote at s->pos and moves past it. *@escaped tells
 * whether it holds an escape; its text is [start + 1, s->pos - 1). */
static gboolean
scan_string (SuccessionScanner *s,
             gboolean          *escaped)
{
  const char *data = s->data;
  const char *end = data + s->length;
  gsize       start = s->pos;
  const char *p = data + start + 1;

  *escaped = FALSE;

  for (;;)
    {
      while (p < end && plain_string_byte[(guchar) *p])
        p++;

      if ((gsize) (p - (data + start + 1)) > SUCCESSION_LOADER_MAX_STRING)
        return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, start,
                                         _ ("a string is longer than %d bytes"), SUCCESSION_LOADER_MAX_STRING);

      if (p >= end)
        return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, start, "%s",
                                         _ ("the file ends inside the string that starts here; it may be truncated"));

      switch (*p)
        {
        case '"':
          s->pos = p + 1 - data;
          return TRUE;

        case '\\':
          *escaped = TRUE;
          if (p + 1 >= end)
            return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, start, "%s",
                                             _ ("the file ends inside the string that starts here; it may be truncated"));

          /* JSON has these escapes only: no octal ("\266" would be a byte that is not UTF-8,
           * "\0" a NUL), no "\x", no "\'". */
          if (strchr ("\"\\/bfnrtu", p[1]) == NULL || p[1] == '\0')
            {
              if (p[1] == '\0')
                return _succession_scanner_fail_nul (s, p + 1 - data);
              if ((guchar) p[1] >= 0x80)
                {
                  const char *bad;

                  if (!g_utf8_validate_len (p + 1, MIN (4, end - (p + 1)), &bad) && bad == p + 1)
                    return _succession_scanner_fail_not_utf8 (s, p + 1 - data);
                }
              return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, p - data,
                                               _ ("a string contains the escape “\\%.*s”, which JSON does not have"),
                                               (int) (g_utf8_next_char (p + 1) - (p + 1)), p + 1);
            }

          if (p[1] != 'u')
            {
              p += 2;
              break;
            }

          {
            int unit = hex4 (p + 2, end);

            if (unit < 0)
              return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, p - data, "%s",
                                               _ ("a string contains “\\u” without four hexadecimal digits"));
            if (unit == 0)
              return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_ENCODING, p - data, "%s",
                                               _ ("a string contains a NUL character (\\u0000)"));
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                int low = (end - p >= 12 && p[6] == '\\' && p[7] == 'u') ? hex4 (p + 8, end) : -1;

                if (low < 0xDC00 || low > 0xDFFF)
                  return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_ENCODING, p - data,
                                                   _ ("a string contains a lone surrogate (\\u%04X)"), unit);
                p += 12;
              }
            else if (unit >= 0xDC00 && unit <= 0xDFFF)
              return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_ENCODING, p - data,
                                               _ ("a string contains a lone surrogate (\\u%04X)"), unit);
            else
              p += 6;
          }
          break;

        default:
          if ((guchar) *p >= 0x80)
            {
              const char *run = p;
              const char *bad;

              while (p < end && (guchar) *p >= 0x80)
                p++;
              if (!g_utf8_validate_len (run, p - run, &bad))
                return _succession_scanner_fail_not_utf8 (s, bad - data);
              break;
            }

          if (*p == '\0')
            return _succession_scanner_fail_nul (s, p - data);

          /* Translators: %04X is the code of a control character (tab, newline, escape…). */
          return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, p - data,
                                           _ ("a string holds the control character U+%04X as it is; JSON allows it only as an escape (\\u%04X)"),
                                           (guint) (guchar) *p, (guint) (guchar) *p);
        }
    }
}

/* The text of a checked string, escapes decoded, into @arena. */
static char *
decode_string (SuccessionArena *arena,
               const char      *text,
               gsize            length,
               gboolean         escaped,
               guint32         *out_length)
{
  const char *p = text;
  const char *end = text + length;
  char       *out, *q;

  if (!escaped)
    {
      *out_length = (guint32) length;
      return _succession_arena_strndup (arena, text, length);
    }

  /* A decoded string is never longer than its escaped form. */
  q = out = _succession_arena_alloc (arena, length + 1);
  while (p < end)
    {
      const char *backslash = memchr (p, '\\', end - p);

      if (backslash == NULL)
        backslash = end;
      memcpy (q, p, backslash - p);
      q += backslash - p;
      p = backslash;
      if (p >= end)
        break;

      switch (p[1])
        {
        case 'b':
          *q++ = '\b';
          p += 2;
          break;
        case 'f':
          *q++ = '\f';
          p += 2;
          break;
        case 'n':
          *q++ = '\n';
          p += 2;
          break;
        case 'r':
          *q++ = '\r';
          p += 2;
          break;
        case 't':
          *q++ = '\t';
          p += 2;
          break;
        case 'u':
          {
            gunichar c = (gunichar) hex4 (p + 2, end);

            p += 6;
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                gunichar low = (gunichar) hex4 (p + 2, end);

                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
              }
            q += g_unichar_to_utf8 (c, q);
          }
          break;
        default: /* '"', '\\', '/' */
          *q++ = p[1];
          p += 2;
          break;
        }
    }

  *q = '\0';
  *out_length = (guint32) (q - out);
  return out;
}

/* ---------------------------------------------------------------------------------------- */
/* Numbers and words                                                                         */

static gboolean
scan_number (SuccessionScanner *s)
{
  const char *data = s->data;
  gsize       end = s->length;
  gsize       start = s->pos;
  gsize       p = start;
  gboolean    ok = TRUE;

  if (p < end && data[p] == '-')
    p++;

  if (p < end && data[p] == '0')
    p++;
  else if (p < end && data[p] >= '1' && data[p] <= '9')
    while (p < end && g_ascii_isdigit (data[p]))
      p++;
  else
    ok = FALSE;

  if (ok && p < end && data[p] == '.')
    {
      p++;
      if (p >= end || !g_ascii_isdigit (data[p]))
        ok = FALSE;
      while (p < end && g_ascii_isdigit (data[p]))
        p++;
    }

  if (ok && p < end && (data[p] == 'e' || data[p] == 'E'))
    {
      p++;
      if (p < end && (data[p] == '+' || data[p] == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (data[p]))
        ok = FALSE;
      while (p < end && g_ascii_isdigit (data[p]))
        p++;
    }

  /* "01", "1.", ".5", "+1", "0x10", "1e", "-Infinity": the whole word is the offence. */
  if (!ok || (p < end && _succession_scanner_is_word_byte (data[p])))
    {
      g_autofree char *word = NULL;
      g_autofree char *what = NULL;

      p = start;
      while (p < end && p - start < 40 && _succession_scanner_is_word_byte (data[p]))
        p++;
      word = g_strndup (data + start, MAX (p - start, 1));
      /* Translators: %s is what the file has where a number is: "01", "+1", ".5", "NaN". */
      what = g_strdup_printf (_ ("“%s” is not a number as JSON writes numbers"), word);
      return _succession_scanner_fail_syntax (s, start, what);
    }

  s->pos = p;
  return TRUE;
}

static gboolean
scan_word (SuccessionScanner *s,
           const char        *word)
{
  gsize len = strlen (word);

  if (s->length - s->pos >= len && memcmp (s->data + s->pos, word, len) == 0 &&
      (s->pos + len >= s->length || !_succession_scanner_is_word_byte (s->data[s->pos + len])))
    {
      s->pos += len;
      return TRUE;
    }

  return _succession_scanner_fail_unexpected (s, _ ("a value"));
}

/* ---------------------------------------------------------------------------------------- */
/* Values                                                                                    */

static gboolean scan_value (SuccessionScanner *s, SuccessionArena *arena, SuccessionJsonValue *out);

static void
leave (SuccessionScanner *s)
{
  g_assert (s->depth > 0);
  s->depth--;
}

/* Passes the separator before the next element or member of the container being walked;
 * *@more is FALSE at its closing bracket, which is passed too. */
static gboolean
next_item (SuccessionScanner *s,
           char               close,
           gboolean          *more)
{
  gsize comma;

  if (s->failed)
    return FALSE;

  skip_space (s);
  if (s->pos >= s->length)
    return _succession_scanner_fail_truncated (s);

  if (s->data[s->pos] == close)
    {
      s->pos++;
      leave (s);
      *more = FALSE;
      return TRUE;
    }

  if (s->first[s->depth])
    {
      s->first[s->depth] = FALSE;
      *more = TRUE;
      return TRUE;
    }

  if (s->data[s->pos] != ',')
    return _succession_scanner_fail_unexpected (s, close == ']' ? _ ("“,” or “]”") : _ ("“,” or “}”"));

  comma = s->pos++;
  skip_space (s);
  if (s->pos < s->length && s->data[s->pos] == close)
    return _succession_scanner_fail_syntax (s, comma, close == ']' ? _ ("a comma before “]”; JSON has no trailing commas") : _ ("a comma before “}”; JSON has no trailing commas"));

  *more = TRUE;
  return TRUE;
}

gboolean
_succession_scanner_next_element (SuccessionScanner *s,
                                  gboolean          *more)
{
  return next_item (s, ']', more);
}

/* Reads a member name and its colon; @arena NULL when the name is not wanted. */
gboolean
_succession_scanner_next_member (SuccessionScanner *s,
                                 SuccessionArena   *arena,
                                 const char       **key,
                                 gboolean          *more)
{
  gboolean escaped;
  guint32  length;
  gsize    start;

  if (!next_item (s, '}', more))
    return FALSE;
  if (!*more)
    return TRUE;

  if (s->pos >= s->length)
    return _succession_scanner_fail_truncated (s);
  if (s->data[s->pos] != '"')
    return _succession_scanner_fail_unexpected (s, _ ("a member name in double quotes"));

  start = s->key_start = s->pos;
  if (!scan_string (s, &escaped))
    return FALSE;
  if (key != NULL)
    *key = arena != NULL ? decode_string (arena, s->data + start + 1, s->pos - start - 2, escaped, &length) : NULL;

  skip_space (s);
  if (s->pos >= s->length)
    return _succession_scanner_fail_truncated (s);
  if (s->data[s->pos] != ':')
    return _succession_scanner_fail_unexpected (s, _ ("“:” after the member name"));
  s->pos++;

  *more = TRUE;
  return TRUE;
}

gsize
_succession_scanner_key_start (SuccessionScanner *s)
{
  return s->key_start;
}

gboolean
_succession_scanner_refuse_repeated_name (SuccessionScanner *s,
                                          gsize              offset,
                                          const char        *name)
{
  /* Translators: %s is a member name such as "id"; an object of JSON may not have it twice. */
  return _succession_scanner_fail (s, SUCCESSION_LOADER_ERROR_SYNTAX, offset,
                                   _ ("the name “%s” appears twice in one object; a reader would see only one of them"), name);
}

/* Refuses a name an object has had already: readers would see only one of the two. */
static gboolean
check_unique_names (SuccessionScanner    *s,
                    SuccessionJsonMember *members,
                    guint                 n)
{
  g_autoptr(GHashTable) seen = NULL;

  if (n < 2)
    return TRUE;

  if (n > 16)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      gboolean repeated = FALSE;

      if (seen != NULL)
        repeated = !g_hash_table_add (seen, (gpointer) members[i].key);
      else
        for (guint j = 0; j < i && !repeated; j++)
          repeated = strcmp (members[i].key, members[j].key) == 0;

      if (repeated)
        {
          return _succession_scanner_refuse_repeated_name (s, members[i].key_start, members[i].key);
        }
    }

  return TRUE;
}

static gboolean
scan_object (SuccessionScanner   *s,
             SuccessionArena     *arena,
             SuccessionJsonValue *out)
{
  guint    base = s->members->len;
  gboolean more;

  if (!_succession_scanner_enter (s, '{'))
    return FALSE;

  for (;;)
    {
      SuccessionJsonMember member;

      if (!_succession_scanner_next_member (s, arena, arena != NULL ? &member.key : NULL, &more))
        return FALSE;
      if (!more)
        break;
      member.key_start = (guint32) s->key_start;
      if (!scan_value (s, arena, arena != NULL ? &member.value : NULL))
        return FALSE;
      if (arena != NULL)
        g_array_append_val (s->members, member);
    }

  if (arena != NULL)
    {
      guint n = s->members->len - base;

      out->kind = SUCCESSION_JSON_OBJECT;
      out->n = n;
      out->u.members = _succession_arena_alloc (arena, MAX (n, 1) * sizeof (SuccessionJsonMember));
      if (n > 0)
        {
          SuccessionJsonMember *members = &g_array_index (s->members, SuccessionJsonMember, base);

          if (!check_unique_names (s, members, n))
            return FALSE;
          memcpy (out->u.members, members, n * sizeof (SuccessionJsonMember));
        }
      g_array_set_size (s->members, base);
    }

  return TRUE;
}

static gboolean
scan_array (SuccessionScanner   *s,
            SuccessionArena     *arena,
            SuccessionJsonValue *out)
{
  guint    base = s->values->len;
  gboolean more;

  if (!_succession_scanner_enter (s, '['))
    return FALSE;

  for (;;)
    {
      SuccessionJsonValue item;

      if (!_succession_scanner_next_element (s, &more))
        return FALSE;
      if (!more)
        break;
      if (!scan_value (s, arena, arena != NULL ? &item : NULL))
        return FALSE;
      if (arena != NULL)
        g_array_append_val (s->values, item);
    }

  if (arena != NULL)
    {
      guint n = s->values->len - base;

      out->kind = SUCCESSION_JSON_ARRAY;
      out->n = n;
      out->u.items = _succession_arena_alloc (arena, MAX (n, 1) * sizeof (SuccessionJsonValue));
      if (n > 0)
        memcpy (out->u.items, &g_array_index (s->values, SuccessionJsonValue, base), n * sizeof (SuccessionJsonValue));
      g_array_set_size (s->values, base);
    }

  return TRUE;
}

/* With @arena NULL, checks and passes over the value; @out is then unused. */
static gboolean
scan_value (SuccessionScanner   *s,
            SuccessionArena     *arena,
            SuccessionJsonValue *out)
{
  SuccessionJsonValue value = { 0 };
  gboolean            ok;
  gsize               start;

  skip_space (s);
  if (s->pos >= s->length)
    return _succession_scanner_fail_truncated (s);

  start = s->pos;
  switch (s->data[s->pos])
    {
    case '{':
      ok = scan_object (s, arena, &value);
      break;
    case '[':
      ok = scan_array (s, arena, &value);
      break;
    case '"':
      {
        gboolean escaped;

        ok = scan_string (s, &escaped);
        if (ok && arena != NULL)
          {
            value.kind = SUCCESSION_JSON_STRING;
            value.u.string = decode_string (arena, s->data + start + 1, s->pos - start - 2, escaped, &value.n);
          }
      }
      break;
    case 't':
      ok = scan_word (s, "true");
      value.kind = SUCCESSION_JSON_TRUE;
      break;
    case 'f':
      ok = scan_word (s, "false");
      value.kind = SUCCESSION_JSON_FALSE;
      break;
    case 'n':
      ok = scan_word (s, "null");
      value.kind = SUCCESSION_JSON_NULL;
      break;
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
    case '+':
    case '.':
      ok = scan_number (s);
      value.kind = SUCCESSION_JSON_NUMBER;
      value.u.string = s->data + start;
      value.n = (guint32) (s->pos - start);
      break;
    default:
      return _succession_scanner_fail_unexpected (s, _ ("a value"));
    }

  if (!ok)
    return FALSE;

  if (arena != NULL)
    {
      value.start = (guint32) start;
      value.end = (guint32) s->pos;
      value.use = SUCCESSION_JSON_UNREAD;
      *out = value;
    }

  return TRUE;
}

gboolean
_succession_scanner_read (SuccessionScanner   *s,
                          SuccessionArena     *arena,
                          SuccessionJsonValue *out)
{
  g_assert (arena != NULL);

  if (s->failed)
    return FALSE;
  return scan_value (s, arena, out);
}

gboolean
_succession_scanner_skip (SuccessionScanner *s)
{
  if (s->failed)
    return FALSE;
  return scan_value (s, NULL, NULL);
}

gboolean
_succession_scanner_finish (SuccessionScanner *s)
{
  if (s->failed)
    return FALSE;

  skip_space (s);
  if (s->pos < s->length)
    {
      const char *bad;

      if (s->data[s->pos] == '\0')
        return _succession_scanner_fail_nul (s, s->pos);
      if ((guchar) s->data[s->pos] >= 0x80 &&
          !g_utf8_validate_len (s->data + s->pos, MIN (4, s->length - s->pos), &bad) && bad == s->data + s->pos)
        return _succession_scanner_fail_not_utf8 (s, s->pos);
      return _succession_scanner_fail_syntax (s, s->pos,
                                              _ ("more text after the end of the document; a file holds one JSON document"));
    }

  return TRUE;
}
