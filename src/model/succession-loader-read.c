/* succession-loader-read.c — typed reads of a record's fields, each saying where a wrong one is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "succession-loader-read.h"

SuccessionText *
_succession_load_text_new (SuccessionLoadContext *ctx)
{
  SuccessionText *text = succession_text_new ();

  _succession_text_use_strings (text, ctx->strings);
  return text;
}

const char *
_succession_load_node_kind (const JsonValue *node)
{
  switch (node->kind)
    {
    case SUCCESSION_JSON_OBJECT:
      return _ ("an object");
    case SUCCESSION_JSON_ARRAY:
      return _ ("an array");
    case SUCCESSION_JSON_NULL:
      return _ ("null");
    case SUCCESSION_JSON_STRING:
      return _ ("a string");
    case SUCCESSION_JSON_TRUE:
    case SUCCESSION_JSON_FALSE:
      return _ ("true or false");
    case SUCCESSION_JSON_NUMBER:
    default:
      return _ ("a number");
    }
}

/* The member, or NULL when it is absent or null (Popolo writes null for "not known"). */
JsonValue *
_succession_load_member (const JsonValue *object,
                         const char      *key)
{
  JsonValue *node = _succession_json_get_member (object, key);

  return node != NULL && node->kind != SUCCESSION_JSON_NULL ? node : NULL;
}

void
_succession_load_report_type (SuccessionLoadContext *ctx,
                              const char            *key,
                              const char            *expected,
                              const JsonValue       *node)
{
  /* Translators: "expected a string, found a number"; both are kinds of JSON value. */
  _succession_load_report (ctx, ERROR, key, _ ("expected %s, found %s"), expected, _succession_load_node_kind (node));
}

const char *
_succession_load_read_string (SuccessionLoadContext *ctx,
                              const JsonValue       *object,
                              const char            *key)
{
  JsonValue *node = _succession_load_member (object, key);

  if (node == NULL)
    return NULL;

  if (node->kind != SUCCESSION_JSON_STRING)
    {
      _succession_load_report_type (ctx, key, _ ("a string"), node);
      return NULL;
    }

  _succession_json_mark (node, TRUE);
  return node->u.string;
}

char *
_succession_load_dup_string (SuccessionLoadContext *ctx,
                             const JsonValue       *object,
                             const char            *key)
{
  return g_strdup (_succession_load_read_string (ctx, object, key));
}

/* A number as written: a whole number within @min..@max, as digits or as a fraction with
 * nothing after the point ("2.0"). Digits past 64 bits are out of range, not wrapped. */
static gboolean
parse_whole_number (const char *text,
                    gsize       length,
                    gint64      min,
                    gint64      max,
                    gint64     *out,
                    gboolean   *canonical)
{
  char     buffer[64];
  gboolean negative = text[0] == '-';
  guint64  magnitude = 0;
  gsize    i = negative ? 1 : 0;
  double   value;

  *canonical = FALSE;

  if (memchr (text, '.', length) == NULL && memchr (text, 'e', length) == NULL &&
      memchr (text, 'E', length) == NULL)
    {
      for (; i < length; i++)
        {
          guint digit = text[i] - '0';

          if (magnitude > (G_MAXUINT64 - digit) / 10)
            return FALSE;
          magnitude = magnitude * 10 + digit;
        }

      if (negative ? magnitude > (guint64) G_MAXINT64 + 1 : magnitude > (guint64) G_MAXINT64)
        return FALSE;

      *out = negative ? (gint64) (0 - magnitude) : (gint64) magnitude;
      *canonical = !(negative && magnitude == 0);
      return *out >= min && *out <= max;
    }

  if (length >= sizeof buffer)
    return FALSE;
  memcpy (buffer, text, length);
  buffer[length] = '\0';
  value = g_ascii_strtod (buffer, NULL);
  if (value != value || value < (double) min || value > (double) max || value != (double) (gint64) value)
    return FALSE;

  *out = (gint64) value;
  return TRUE;
}

gboolean
_succession_load_read_int (SuccessionLoadContext *ctx,
                           const JsonValue       *object,
                           const char            *key,
                           gint64                 min,
                           gint64                 max,
                           gint64                *out)
{
  JsonValue *node = _succession_load_member (object, key);
  gboolean   canonical;
  gint64     value;

  if (node == NULL)
    return FALSE;

  if (node->kind != SUCCESSION_JSON_NUMBER)
    {
      _succession_load_report_type (ctx, key, _ ("a number"), node);
      return FALSE;
    }

  if (!parse_whole_number (node->u.string, node->n, min, max, &value, &canonical))
    {
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      /* Translators: the two %s are the smallest and largest numbers allowed. */
      _succession_load_report (ctx, ERROR, key, _ ("expected a whole number from %s to %s"), low, high);
      return FALSE;
    }

  /* "2.0" means 2, but is written back as the file wrote it. */
  _succession_json_mark (node, canonical);
  *out = value;
  return TRUE;
}

JsonValue *
_succession_load_read_array (SuccessionLoadContext *ctx,
                             const JsonValue       *object,
                             const char            *key)
{
  JsonValue *node = _succession_load_member (object, key);

  if (node == NULL)
    return NULL;

  if (node->kind != SUCCESSION_JSON_ARRAY)
    {
      _succession_load_report_type (ctx, key, _ ("an array"), node);
      return NULL;
    }

  return node;
}

JsonValue *
_succession_load_element_object (SuccessionLoadContext *ctx,
                                 const JsonValue       *array,
                                 guint                  i)
{
  JsonValue *node = &array->u.items[i];

  if (node->kind != SUCCESSION_JSON_OBJECT)
    {
      /* The path already ends with the element's index. */
      _succession_load_report (ctx, ERROR, NULL, _ ("expected %s, found %s"), _ ("an object"), _succession_load_node_kind (node));
      return NULL;
    }

  return node;
}

gboolean
_succession_load_all_exact (const JsonValue   *object,
                            const char *const *order)
{
  guint next = 0;

  for (guint32 i = 0; i < object->n; i++)
    {
      const SuccessionJsonMember *member = &object->u.members[i];

      if (member->value.use != SUCCESSION_JSON_EXACT)
        return FALSE;
      while (order[next] != NULL && strcmp (order[next], member->key) != 0)
        next++;
      if (order[next] == NULL)
        return FALSE;
      next++;
    }
  return TRUE;
}

void
_succession_load_read_date (SuccessionLoadContext *ctx,
                            const JsonValue       *object,
                            const char            *key,
                            SuccessionDate        *out)
{
  g_autoptr(GError) error = NULL;
  JsonValue  *node = _succession_load_member (object, key);
  const char *text = _succession_load_read_string (ctx, object, key);

  memset (out, 0, sizeof *out);
  if (text == NULL)
    return;

  if (!succession_date_parse (text, TRUE, out, &error))
    {
      _succession_load_report (ctx, ERROR, key, "%s", error->message);
      memset (out, 0, sizeof *out);
      return;
    }

  /* A date-time ("2013-09-17T00:00:00Z") is read as its date, and kept as written. */
  {
    g_autofree char *iso = succession_date_to_iso (out);

    _succession_json_mark (node, strcmp (iso, text) == 0);
  }

  ctx->last_day = MAX (ctx->last_day, succession_date_get_last_day (out));
}

void
_succession_load_read_qualifier (SuccessionLoadContext *ctx,
                                 const JsonValue       *object,
                                 const char            *key,
                                 SuccessionDate        *date)
{
  JsonValue              *node = _succession_load_member (object, key);
  const char             *text = _succession_load_read_string (ctx, object, key);
  SuccessionDateQualifier qualifier;

  if (text == NULL)
    return;

  if (!succession_date_qualifier_parse (text, &qualifier))
    {
      _succession_load_report (ctx, ERROR, key,
                               _ ("“%s” is not a date qualifier: expected “circa”, “before” or “after”"), text);
      return;
    }

  if (!succession_date_is_set (date))
    {
      _succession_load_report (ctx, ERROR, key, _ ("a qualifier needs a date to qualify"));
      return;
    }

  date->qualifier = qualifier;
  _succession_json_mark (node, strcmp (text, succession_date_qualifier_to_string (qualifier)) == 0);
}

/* A language tag the writer writes back as it is: its own canonical key. */
static gboolean
is_canonical_tag (const char *tag)
{
  return strcmp (succession_language_key (tag), tag) == 0;
}

/* A localized text: {"en": "…", "zh-Hans": "…"} or a plain string, taken as English. */
SuccessionText *
_succession_load_read_localized (SuccessionLoadContext *ctx,
                                 const JsonValue       *object,
                                 const char            *key)
{
  JsonValue      *node = _succession_load_member (object, key);
  SuccessionText *text;
  gboolean        exact = TRUE;

  if (node == NULL)
    return NULL;

  if (node->kind == SUCCESSION_JSON_STRING)
    {
      text = _succession_load_text_new (ctx);
      succession_text_add (text, "en", node->u.string);
      _succession_json_mark (node, FALSE);
      return text;
    }

  if (node->kind != SUCCESSION_JSON_OBJECT)
    {
      _succession_load_report_type (ctx, key, _ ("a string or an object of translations"), node);
      return NULL;
    }

  text = _succession_load_text_new (ctx);
  _succession_load_path_push (ctx, key, -1);
  for (guint32 i = 0; i < node->n; i++)
    {
      const char *lang = node->u.members[i].key;
      const char *value = _succession_load_read_string (ctx, node, lang);

      if (value != NULL)
        succession_text_add (text, lang, value);
      exact = exact && value != NULL && is_canonical_tag (lang);
    }
  _succession_load_path_pop (ctx);

  if (succession_text_get_n (text) == 0)
    g_clear_pointer (&text, succession_text_unref);

  _succession_json_mark (node, exact && text != NULL);
  return text;
}

/* Popolo other_names (or other_label): [{ "name": "…", "lang": "zh-Hans" }]. Names without
 * a language are alternates: kept for search, never shown as the name. */
void
_succession_load_read_other_names (SuccessionLoadContext *ctx,
                                   const JsonValue       *object,
                                   const char            *key,
                                   SuccessionText       **names)
{
  JsonValue *array = _succession_load_read_array (ctx, object, key);
  gboolean   exact = TRUE;

  if (array == NULL)
    return;

  for (guint i = 0; i < array->n; i++)
    {
      JsonValue  *node = &array->u.items[i];
      JsonValue  *entry;
      const char *name;
      const char *lang;

      _succession_load_path_push (ctx, key, i);
      /* Popolo's other_label is an array of plain strings: alternates without a language. */
      if (node->kind == SUCCESSION_JSON_STRING)
        {
          if (*names == NULL)
            *names = _succession_load_text_new (ctx);
          succession_text_add (*names, "und", node->u.string);
          exact = FALSE;
          _succession_load_path_pop (ctx);
          continue;
        }
      entry = _succession_load_element_object (ctx, array, i);
      if (entry != NULL)
        {
          name = _succession_load_read_string (ctx, entry, "name");
          lang = _succession_load_read_string (ctx, entry, "lang");
          if (name == NULL && _succession_load_member (entry, "name") == NULL)
            _succession_load_report (ctx, ERROR, "name", _ ("a name needs a “name”"));
          if (name != NULL)
            {
              if (*names == NULL)
                *names = _succession_load_text_new (ctx);
              succession_text_add (*names, lang != NULL ? lang : "und", name);
            }
          /* Written back as { "name", "lang" }, with no "lang" for an alternate. */
          exact = exact && name != NULL && _succession_load_all_exact (entry, (const char *[]){ "name", "lang", NULL }) &&
                  (lang == NULL || (is_canonical_tag (lang) && strcmp (lang, "und") != 0 && *lang != '\0'));
        }
      _succession_load_path_pop (ctx);
    }

  _succession_json_mark (array, exact && array->n > 0);
}

static const char *const source_fields[] = {
  "url",
  "archive_url",
  "title",
  "publisher",
  "note",
  "locator",
  "lang",
};

GPtrArray *
_succession_load_read_sources (SuccessionLoadContext *ctx,
                               const JsonValue       *object,
                               const char            *key)
{
  JsonValue *array = _succession_load_read_array (ctx, object, key);
  GPtrArray *sources;
  gboolean   exact = TRUE;

  if (array == NULL)
    return NULL;

  sources = g_ptr_array_new_full (array->n, g_object_unref);

  for (guint i = 0; i < array->n; i++)
    {
      JsonValue *entry;

      _succession_load_path_push (ctx, key, i);
      entry = _succession_load_element_object (ctx, array, i);
      if (entry != NULL)
        {
          SuccessionSource *source = _succession_source_new ();
          char            **fields[] = { &source->url, &source->archive_url, &source->title, &source->publisher,
                                         &source->note, &source->locator, &source->lang };

          /* Sources repeat their titles, publishers and languages from record to record. */
          source->strings = _succession_strings_ref (ctx->strings);
          for (guint f = 0; f < G_N_ELEMENTS (source_fields); f++)
            *fields[f] = (char *) _succession_strings_add (ctx->strings,
                                                           _succession_load_read_string (ctx, entry, source_fields[f]));
          _succession_load_read_date (ctx, entry, "date", &source->date);
          _succession_load_read_date (ctx, entry, "accessed", &source->accessed);

          if (source->url == NULL && source->title == NULL)
            _succession_load_report (ctx, ERROR, NULL, _ ("a source needs a “url” or a “title”"));

          /* In the writer's order, as in succession-dataset-writer.c. */
          exact = exact && _succession_load_all_exact (entry, (const char *[]){ "url", "archive_url", "title", "publisher", "date",
                                                                                "accessed", "locator", "lang", "note", NULL });
          g_ptr_array_add (sources, source);
        }
      _succession_load_path_pop (ctx);
    }

  _succession_json_mark (array, exact);
  return sources;
}

/* Registers @id for a record; reports a missing or duplicate id. */
gboolean
_succession_load_register_id (SuccessionLoadContext *ctx,
                              GHashTable            *table,
                              const char            *id,
                              gpointer               record,
                              const char            *what)
{
  if (id == NULL)
    {
      /* Translators: %s is a kind of record: "body", "office", "person", "term". */
      _succession_load_report (ctx, ERROR, "id", _ ("every %s needs an “id”"), what);
      return FALSE;
    }

  if (g_hash_table_contains (table, id))
    {
      _succession_load_report (ctx, ERROR, "id", _ ("the id “%s” is used by another %s"), id, what);
      return FALSE;
    }

  g_hash_table_insert (table, (gpointer) id, record);
  return TRUE;
}

SuccessionBody *
_succession_load_resolve_body (SuccessionLoadContext *ctx,
                               const JsonValue       *object,
                               const char            *key)
{
  const char     *id = _succession_load_read_string (ctx, object, key);
  SuccessionBody *body;

  if (id == NULL)
    return NULL;

  body = g_hash_table_lookup (ctx->dataset->bodies_by_id, id);
  if (body == NULL)
    _succession_load_report (ctx, ERROR, key, _ ("no body has the id “%s”"), id);

  return body != NULL ? g_object_ref (body) : NULL;
}

gboolean
_succession_load_read_enum (SuccessionLoadContext *ctx,
                            const JsonValue       *object,
                            const char            *key,
                            const char *const     *names,
                            guint                  n_names,
                            guint                 *out)
{
  const char      *text = _succession_load_read_string (ctx, object, key);
  g_autofree char *expected = NULL;

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_str_equal (text, names[i]))
        {
          *out = i;
          return TRUE;
        }
    }

  {
    GString *list = g_string_new (NULL);

    /* @names has @n_names entries and no NULL after them. */
    for (guint i = 0; i < n_names; i++)
      g_string_append_printf (list, i == 0 ? "%s" : "”, “%s", names[i]);
    expected = g_string_free (list, FALSE);
  }
  /* Translators: "“temporary” is not one of “regular”, “acting”, …". */
  _succession_load_report (ctx, ERROR, key, _ ("“%s” is not one of “%s”"), text, expected);
  return FALSE;
}

void
_succession_load_keep (SuccessionLoadContext *ctx,
                       gconstpointer          record,
                       const JsonValue       *object)
{
  _succession_kept_add_object (ctx->dataset->kept, record, ctx->data, object);
}
