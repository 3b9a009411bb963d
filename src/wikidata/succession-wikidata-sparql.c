/* succession-wikidata-sparql.c — a reader of SPARQL 1.1 Query Results JSON, row by row
 *
 * A recursive-descent reader of just this format: it walks to results.bindings, decodes each
 * term's strings into one buffer reused for every row, and skips whatever else the answer
 * holds. It checks what it reads as strictly as a JSON parser (syntax, escapes, UTF-8, depth),
 * and tells an answer that stops short from one that is not JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-wikidata-client.h"
#include "succession-wikidata-sparql.h"

#define MAX_DEPTH 64

typedef struct
{
  SuccessionSparqlTermType type;
  gssize                   value; /* offsets into the row buffer, -1 when absent */
  gssize                   lang;
  gssize                   datatype;
} Slot;

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  GHashTable *var_index; /* name -> index + 1 */
  guint       n_vars;
  Slot       *slots;
  GString    *row; /* decoded strings of the current row, each ending in NUL */
  GString    *key; /* the member name being read */
  GError    **error;
} Reader;

static gboolean
fail (Reader *r)
{
  gsize offset = r->p - r->start;

  if (r->error != NULL && *r->error != NULL)
    return FALSE;

  if (r->p >= r->end)
    g_set_error (r->error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_TRUNCATED,
                 /* Translators: %lu is a number of bytes. */
                 _ ("the answer stops short, after %lu bytes"), (gulong) offset);
  else
    g_set_error (r->error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_MALFORMED,
                 /* Translators: %lu is the position of the error in the answer, in bytes. */
                 _ ("the answer is not valid JSON (at byte %lu)"), (gulong) offset);
  return FALSE;
}

static inline void
skip_space (Reader *r)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
    r->p++;
}

static inline gboolean
expect (Reader *r,
        char    c)
{
  skip_space (r);
  if (r->p >= r->end || *r->p != c)
    return fail (r);
  r->p++;
  return TRUE;
}

static int
read_hex4 (Reader *r)
{
  int value = 0;

  for (int i = 0; i < 4; i++, r->p++)
    {
      int digit;

      if (r->p >= r->end || (digit = g_ascii_xdigit_value (*r->p)) < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Decodes the string at r->p (its opening quote) and appends it to @out, then a NUL. */
static gboolean
read_string (Reader  *r,
             GString *out)
{
  gsize first = out->len;

  if (!expect (r, '"'))
    return FALSE;

  for (;;)
    {
      const char *run = r->p;

      while (r->p < r->end && *r->p != '"' && *r->p != '\\' && (guchar) *r->p >= 0x20)
        r->p++;
      g_string_append_len (out, run, r->p - run);

      if (r->p >= r->end || (guchar) *r->p < 0x20)
        return fail (r);
      if (*r->p++ == '"')
        break;

      /* An escape. */
      if (r->p >= r->end)
        return fail (r);
      switch (*r->p++)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            int      unit = read_hex4 (r);
            gunichar c;

            if (unit < 0)
              return fail (r);
            c = unit;
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                int low;

                if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u')
                  return fail (r);
                r->p += 2;
                if ((low = read_hex4 (r)) < 0xDC00 || low > 0xDFFF)
                  return fail (r);
                c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              }
            else if ((unit >= 0xDC00 && unit <= 0xDFFF) || unit == 0)
              return fail (r);
            g_string_append_unichar (out, c);
          }
          break;
        default:
          r->p--;
          return fail (r);
        }
    }

  if (!g_utf8_validate (out->str + first, out->len - first, NULL))
    {
      g_set_error (r->error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_MALFORMED,
                   _ ("the answer is not UTF-8 text (before byte %lu)"), (gulong) (r->p - r->start));
      return FALSE;
    }
  g_string_append_c (out, '\0');
  return TRUE;
}

static gboolean
skip_digits (Reader *r)
{
  const char *first = r->p;

  while (r->p < r->end && g_ascii_isdigit (*r->p))
    r->p++;
  return r->p > first || fail (r);
}

static gboolean skip_value (Reader *r,
                            guint   depth);

/* Calls @each for each element of the array or member of the object at r->p (a member's name
 * is in r->key). */
typedef gboolean (*ElementFunc) (Reader  *r,
                                 gpointer data);

static gboolean
read_sequence (Reader     *r,
               char        open,
               ElementFunc each,
               gpointer    data)
{
  char close = open == '{' ? '}' : ']';

  if (!expect (r, open))
    return FALSE;
  skip_space (r);
  if (r->p < r->end && *r->p == close)
    {
      r->p++;
      return TRUE;
    }

  for (;;)
    {
      if (open == '{')
        {
          g_string_truncate (r->key, 0);
          if (!read_string (r, r->key) || !expect (r, ':'))
            return FALSE;
        }
      if (!each (r, data))
        return FALSE;
      skip_space (r);
      if (r->p >= r->end)
        return fail (r);
      if (*r->p == close)
        {
          r->p++;
          return TRUE;
        }
      if (*r->p++ != ',')
        {
          r->p--;
          return fail (r);
        }
    }
}

static gboolean
skip_element (Reader  *r,
              gpointer depth)
{
  return skip_value (r, GPOINTER_TO_UINT (depth));
}

static gboolean
skip_value (Reader *r,
            guint   depth)
{
  skip_space (r);
  if (r->p >= r->end)
    return fail (r);
  if (depth > MAX_DEPTH)
    return fail (r);

  switch (*r->p)
    {
    case '"':
      g_string_truncate (r->key, 0);
      return read_string (r, r->key);

    case '{':
    case '[':
      return read_sequence (r, *r->p, skip_element, GUINT_TO_POINTER (depth + 1));

    case 't':
    case 'f':
    case 'n':
      {
        const char *word = *r->p == 't' ? "true" : *r->p == 'f' ? "false"
                                                                : "null";
        gsize       n = strlen (word);

        if ((gsize) (r->end - r->p) < n)
          {
            if (memcmp (r->p, word, r->end - r->p) != 0)
              return fail (r);
            r->p = r->end;
            return fail (r);
          }
        if (memcmp (r->p, word, n) != 0)
          return fail (r);
        r->p += n;
        return TRUE;
      }

    default:
      if (*r->p == '-')
        r->p++;
      if (!skip_digits (r))
        return FALSE;
      if (r->p < r->end && *r->p == '.')
        {
          r->p++;
          if (!skip_digits (r))
            return FALSE;
        }
      if (r->p < r->end && (*r->p == 'e' || *r->p == 'E'))
        {
          r->p++;
          if (r->p < r->end && (*r->p == '+' || *r->p == '-'))
            r->p++;
          if (!skip_digits (r))
            return FALSE;
        }
      return TRUE;
    }
}

static gboolean
term_member (Reader  *r,
             gpointer data)
{
  Slot       *slot = data;
  const char *name = r->key->str;
  gssize      offset = r->row->len;

  if (strcmp (name, "type") == 0)
    {
      const char *type;

      if (!read_string (r, r->row))
        return FALSE;
      type = r->row->str + offset;
      slot->type = strcmp (type, "uri") == 0                                              ? SUCCESSION_SPARQL_URI
                   : strcmp (type, "literal") == 0 || strcmp (type, "typed-literal") == 0 ? SUCCESSION_SPARQL_LITERAL
                   : strcmp (type, "bnode") == 0                                          ? SUCCESSION_SPARQL_BNODE
                                                                                          : SUCCESSION_SPARQL_OTHER;
      g_string_truncate (r->row, offset);
      return TRUE;
    }
  if (strcmp (name, "value") == 0 || strcmp (name, "xml:lang") == 0 || strcmp (name, "datatype") == 0)
    {
      char first = name[0];

      /* A term whose value is not a string (an RDF-star triple) is skipped. */
      skip_space (r);
      if (r->p < r->end && *r->p != '"')
        {
          slot->type = SUCCESSION_SPARQL_OTHER;
          return skip_value (r, 2);
        }
      if (!read_string (r, r->row))
        return FALSE;
      if (first == 'v')
        slot->value = offset;
      else if (first == 'x')
        slot->lang = offset;
      else
        slot->datatype = offset;
      return TRUE;
    }
  return skip_value (r, 2);
}

static gboolean
row_member (Reader  *r,
            gpointer data)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (r->var_index, r->key->str));
  Slot *slot;

  if (index == 0)
    return skip_value (r, 2);

  slot = &r->slots[index - 1];
  slot->type = SUCCESSION_SPARQL_OTHER;
  slot->value = slot->lang = slot->datatype = -1;
  if (!read_sequence (r, '{', term_member, slot))
    return FALSE;
  /* A term must have a value; without one it is as if unbound. */
  if (slot->value < 0)
    slot->type = SUCCESSION_SPARQL_UNBOUND;
  return TRUE;
}

typedef struct
{
  guint                   max_rows;
  guint                   n_rows;
  gboolean                seen_bindings;
  SuccessionSparqlRowFunc row_func;
  gpointer                user_data;
  SuccessionSparqlTerm   *terms;
} Walk;

static gboolean
read_row (Reader  *r,
          gpointer data)
{
  Walk *walk = data;

  if (walk->n_rows++ >= walk->max_rows)
    {
      g_set_error (r->error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_TOO_LARGE,
                   /* Translators: %u is the largest number of rows accepted. */
                   _ ("the answer has more than %u rows; this is not one office’s holders"), walk->max_rows);
      return FALSE;
    }

  g_string_truncate (r->row, 0);
  for (guint i = 0; i < r->n_vars; i++)
    r->slots[i].type = SUCCESSION_SPARQL_UNBOUND;
  if (!read_sequence (r, '{', row_member, NULL))
    return FALSE;

  /* The buffer is complete: offsets become pointers. */
  for (guint i = 0; i < r->n_vars; i++)
    {
      const Slot           *slot = &r->slots[i];
      SuccessionSparqlTerm *term = &walk->terms[i];
      gboolean              bound = slot->type != SUCCESSION_SPARQL_UNBOUND;

      term->type = slot->type;
      term->value = bound ? r->row->str + slot->value : NULL;
      term->lang = bound && slot->lang >= 0 ? r->row->str + slot->lang : NULL;
      term->datatype = bound && slot->datatype >= 0 ? r->row->str + slot->datatype : NULL;
    }
  return walk->row_func (walk->terms, walk->user_data, r->error);
}

static gboolean
results_member (Reader  *r,
                gpointer data)
{
  if (strcmp (r->key->str, "bindings") == 0)
    {
      ((Walk *) data)->seen_bindings = TRUE;
      return read_sequence (r, '[', read_row, data);
    }
  return skip_value (r, 2);
}

static gboolean
top_member (Reader  *r,
            gpointer data)
{
  if (strcmp (r->key->str, "results") == 0)
    return read_sequence (r, '{', results_member, data);
  return skip_value (r, 1);
}

gboolean
_succession_sparql_read (const char             *data,
                         gsize                   length,
                         const char *const      *vars,
                         guint                   max_rows,
                         SuccessionSparqlRowFunc row_func,
                         gpointer                user_data,
                         guint                  *n_rows,
                         GError                **error)
{
  Reader   r = { 0 };
  Walk     walk = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (vars != NULL, FALSE);
  g_return_val_if_fail (row_func != NULL, FALSE);

  r.start = r.p = data;
  r.end = data + length;
  r.error = error;
  r.n_vars = g_strv_length ((char **) vars);
  r.slots = g_new0 (Slot, MAX (r.n_vars, 1));
  r.row = g_string_sized_new (4096);
  r.key = g_string_sized_new (64);
  r.var_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < r.n_vars; i++)
    g_hash_table_insert (r.var_index, (gpointer) vars[i], GUINT_TO_POINTER (i + 1));

  walk.max_rows = max_rows;
  walk.row_func = row_func;
  walk.user_data = user_data;
  walk.terms = g_new0 (SuccessionSparqlTerm, MAX (r.n_vars, 1));

  /* A UTF-8 byte order mark is allowed before the text. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    r.p += 3;

  skip_space (&r);
  if (r.p >= r.end)
    {
      g_set_error_literal (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_TRUNCATED,
                           _ ("the answer is empty"));
      ok = FALSE;
    }
  else
    {
      ok = read_sequence (&r, '{', top_member, &walk);
      if (ok)
        {
          skip_space (&r);
          if (r.p < r.end)
            ok = fail (&r);
        }
      if (ok && !walk.seen_bindings)
        {
          g_set_error_literal (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_MALFORMED,
                               _ ("the answer is JSON but not a query result: it has no “results” with “bindings”"));
          ok = FALSE;
        }
    }

  if (n_rows != NULL)
    *n_rows = walk.n_rows;

  g_hash_table_unref (r.var_index);
  g_string_free (r.row, TRUE);
  g_string_free (r.key, TRUE);
  g_free (r.slots);
  g_free (walk.terms);
  return ok;
}
