/* succession-loader-read.c — typed reads of a record's fields, each saying where a wrong one is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-loader-read.h"

const char *
_succession_load_node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

/* The member, or NULL when it is absent or null (Popolo writes null for "not known"). */
JsonNode *
_succession_load_member (JsonObject *object,
                         const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

void
_succession_load_report_type (SuccessionLoadContext *ctx,
                              const char            *key,
                              const char            *expected,
                              JsonNode              *node)
{
  /* Translators: "expected a string, found a number"; both are kinds of JSON value. */
  _succession_load_report (ctx, ERROR, key, _("expected %s, found %s"), expected, _succession_load_node_kind (node));
}

const char *
_succession_load_read_string (SuccessionLoadContext *ctx,
                              JsonObject            *object,
                              const char            *key)
{
  JsonNode *node = _succession_load_member (object, key);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _succession_load_report_type (ctx, key, _("a string"), node);
      return NULL;
    }

  return json_node_get_string (node);
}

char *
_succession_load_dup_string (SuccessionLoadContext *ctx,
                             JsonObject            *object,
                             const char            *key)
{
  return g_strdup (_succession_load_read_string (ctx, object, key));
}

gboolean
_succession_load_read_int (SuccessionLoadContext *ctx,
                           JsonObject            *object,
                           const char            *key,
                           gint64                 min,
                           gint64                 max,
                           gint64                *out)
{
  JsonNode *node = _succession_load_member (object, key);
  double value;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      _succession_load_report_type (ctx, key, _("a number"), node);
      return FALSE;
    }

  value = json_node_get_value_type (node) == G_TYPE_INT64 ? (double) json_node_get_int (node)
                                                           : json_node_get_double (node);
  if (value != (double) (gint64) value || value < (double) min || value > (double) max)
    {
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      /* Translators: the two %s are the smallest and largest numbers allowed. */
      _succession_load_report (ctx, ERROR, key, _("expected a whole number from %s to %s"), low, high);
      return FALSE;
    }

  *out = (gint64) value;
  return TRUE;
}

JsonArray *
_succession_load_read_array (SuccessionLoadContext *ctx,
                             JsonObject            *object,
                             const char            *key)
{
  JsonNode *node = _succession_load_member (object, key);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _succession_load_report_type (ctx, key, _("an array"), node);
      return NULL;
    }

  return json_node_get_array (node);
}

JsonObject *
_succession_load_element_object (SuccessionLoadContext *ctx,
                                 JsonArray             *array,
                                 guint                  i)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      /* The path already ends with the element's index. */
      _succession_load_report (ctx, ERROR, NULL, _("expected %s, found %s"), _("an object"), _succession_load_node_kind (node));
      return NULL;
    }

  return json_node_get_object (node);
}

void
_succession_load_read_date (SuccessionLoadContext *ctx,
                            JsonObject            *object,
                            const char            *key,
                            SuccessionDate        *out)
{
  g_autoptr(GError) error = NULL;
  const char *text = _succession_load_read_string (ctx, object, key);

  memset (out, 0, sizeof *out);
  if (text == NULL)
    return;

  if (!succession_date_parse (text, TRUE, out, &error))
    {
      _succession_load_report (ctx, ERROR, key, "%s", error->message);
      memset (out, 0, sizeof *out);
    }
}

void
_succession_load_read_qualifier (SuccessionLoadContext *ctx,
                                 JsonObject            *object,
                                 const char            *key,
                                 SuccessionDate        *date)
{
  const char *text = _succession_load_read_string (ctx, object, key);
  SuccessionDateQualifier qualifier;

  if (text == NULL)
    return;

  if (!succession_date_qualifier_parse (text, &qualifier))
    {
      _succession_load_report (ctx, ERROR, key,
                               _("“%s” is not a date qualifier: expected “circa”, “before” or “after”"), text);
      return;
    }

  if (!succession_date_is_set (date))
    {
      _succession_load_report (ctx, ERROR, key, _("a qualifier needs a date to qualify"));
      return;
    }

  date->qualifier = qualifier;
}

/* A localized text: {"en": "…", "zh-Hans": "…"} or a plain string, taken as English. */
SuccessionText *
_succession_load_read_localized (SuccessionLoadContext *ctx,
                                 JsonObject            *object,
                                 const char            *key)
{
  JsonNode *node = _succession_load_member (object, key);
  SuccessionText *text;

  if (node == NULL)
    return NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      text = succession_text_new ();
      succession_text_add (text, "en", json_node_get_string (node));
      return text;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _succession_load_report_type (ctx, key, _("a string or an object of translations"), node);
      return NULL;
    }

  text = succession_text_new ();
  _succession_load_path_push (ctx, key, -1);
  {
    JsonObject *translations = json_node_get_object (node);
    g_autoptr(GList) langs = json_object_get_members (translations);

    for (GList *l = langs; l != NULL; l = l->next)
      {
        const char *value = _succession_load_read_string (ctx, translations, l->data);

        if (value != NULL)
          succession_text_add (text, l->data, value);
      }
  }
  _succession_load_path_pop (ctx);

  if (succession_text_get_n (text) == 0)
    g_clear_pointer (&text, succession_text_unref);

  return text;
}

/* Popolo other_names (or other_label): [{ "name": "…", "lang": "zh-Hans" }]. Names without
 * a language are alternates: kept for search, never shown as the name. */
void
_succession_load_read_other_names (SuccessionLoadContext  *ctx,
                                   JsonObject             *object,
                                   const char             *key,
                                   SuccessionText        **names)
{
  JsonArray *array = _succession_load_read_array (ctx, object, key);
  guint n;

  if (array == NULL)
    return;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry;
      const char *name;
      const char *lang;

      JsonNode *node = json_array_get_element (array, i);

      _succession_load_path_push (ctx, key, i);
      /* Popolo's other_label is an array of plain strings: alternates without a language. */
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          if (*names == NULL)
            *names = succession_text_new ();
          succession_text_add (*names, "und", json_node_get_string (node));
          _succession_load_path_pop (ctx);
          continue;
        }
      entry = _succession_load_element_object (ctx, array, i);
      if (entry != NULL)
        {
          name = _succession_load_read_string (ctx, entry, "name");
          lang = _succession_load_read_string (ctx, entry, "lang");
          if (name == NULL && _succession_load_member (entry, "name") == NULL)
            _succession_load_report (ctx, ERROR, "name", _("a name needs a “name”"));
          if (name != NULL)
            {
              if (*names == NULL)
                *names = succession_text_new ();
              succession_text_add (*names, lang != NULL ? lang : "und", name);
            }
        }
      _succession_load_path_pop (ctx);
    }
}

GPtrArray *
_succession_load_read_sources (SuccessionLoadContext *ctx,
                               JsonObject            *object,
                               const char            *key)
{
  JsonArray *array = _succession_load_read_array (ctx, object, key);
  GPtrArray *sources;
  guint n;

  if (array == NULL)
    return NULL;

  n = json_array_get_length (array);
  sources = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry;

      _succession_load_path_push (ctx, key, i);
      entry = _succession_load_element_object (ctx, array, i);
      if (entry != NULL)
        {
          SuccessionSource *source = _succession_source_new ();

          source->url = _succession_load_dup_string (ctx, entry, "url");
          source->title = _succession_load_dup_string (ctx, entry, "title");
          source->publisher = _succession_load_dup_string (ctx, entry, "publisher");
          source->note = _succession_load_dup_string (ctx, entry, "note");
          source->locator = _succession_load_dup_string (ctx, entry, "locator");
          source->lang = _succession_load_dup_string (ctx, entry, "lang");
          _succession_load_read_date (ctx, entry, "date", &source->date);
          _succession_load_read_date (ctx, entry, "accessed", &source->accessed);

          if (source->url == NULL && source->title == NULL)
            _succession_load_report (ctx, ERROR, NULL, _("a source needs a “url” or a “title”"));

          g_ptr_array_add (sources, source);
        }
      _succession_load_path_pop (ctx);
    }

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
      _succession_load_report (ctx, ERROR, "id", _("every %s needs an “id”"), what);
      return FALSE;
    }

  if (g_hash_table_contains (table, id))
    {
      _succession_load_report (ctx, ERROR, "id", _("the id “%s” is used by another %s"), id, what);
      return FALSE;
    }

  g_hash_table_insert (table, (gpointer) id, record);
  return TRUE;
}

SuccessionBody *
_succession_load_resolve_body (SuccessionLoadContext *ctx,
                               JsonObject            *object,
                               const char            *key)
{
  const char *id = _succession_load_read_string (ctx, object, key);
  SuccessionBody *body;

  if (id == NULL)
    return NULL;

  body = g_hash_table_lookup (ctx->dataset->bodies_by_id, id);
  if (body == NULL)
    _succession_load_report (ctx, ERROR, key, _("no body has the id “%s”"), id);

  return body != NULL ? g_object_ref (body) : NULL;
}

gboolean
_succession_load_read_enum (SuccessionLoadContext *ctx,
                            JsonObject            *object,
                            const char            *key,
                            const char * const    *names,
                            guint                  n_names,
                            guint                 *out)
{
  const char *text = _succession_load_read_string (ctx, object, key);
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

  expected = g_strjoinv ("”, “", (char **) names);
  /* Translators: "“temporary” is not one of “regular”, “acting”, …". */
  _succession_load_report (ctx, ERROR, key, _("“%s” is not one of “%s”"), text, expected);
  return FALSE;
}
