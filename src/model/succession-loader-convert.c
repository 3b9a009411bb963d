/* succession-loader-convert.c — from a parsed Popolo tree to the model, field by field
 *
 * Every field is read through one of the read_* helpers, which check its type and say
 * where a wrong one is. Records are converted in dependency order (bodies, offices,
 * people, terms, tenures) so each reference is resolved as it is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-loader-private.h"

#define ERROR SUCCESSION_SEVERITY_ERROR
#define WARNING SUCCESSION_SEVERITY_WARNING

static const char *
node_kind (JsonNode *node)
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
static JsonNode *
member (JsonObject *object,
        const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

static void
report_type (SuccessionLoadContext *ctx,
             const char            *key,
             const char            *expected,
             JsonNode              *node)
{
  /* Translators: "expected a string, found a number"; both are kinds of JSON value. */
  _succession_load_report (ctx, ERROR, key, _("expected %s, found %s"), expected, node_kind (node));
}

static const char *
read_string (SuccessionLoadContext *ctx,
             JsonObject            *object,
             const char            *key)
{
  JsonNode *node = member (object, key);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report_type (ctx, key, _("a string"), node);
      return NULL;
    }

  return json_node_get_string (node);
}

static char *
dup_string (SuccessionLoadContext *ctx,
            JsonObject            *object,
            const char            *key)
{
  return g_strdup (read_string (ctx, object, key));
}

static gboolean
read_int (SuccessionLoadContext *ctx,
          JsonObject            *object,
          const char            *key,
          gint64                 min,
          gint64                 max,
          gint64                *out)
{
  JsonNode *node = member (object, key);
  double value;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      report_type (ctx, key, _("a number"), node);
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

static JsonArray *
read_array (SuccessionLoadContext *ctx,
            JsonObject            *object,
            const char            *key)
{
  JsonNode *node = member (object, key);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_type (ctx, key, _("an array"), node);
      return NULL;
    }

  return json_node_get_array (node);
}

static JsonObject *
element_object (SuccessionLoadContext *ctx,
                JsonArray             *array,
                guint                  i)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      /* The path already ends with the element's index. */
      _succession_load_report (ctx, ERROR, NULL, _("expected %s, found %s"), _("an object"), node_kind (node));
      return NULL;
    }

  return json_node_get_object (node);
}

static void
read_date (SuccessionLoadContext *ctx,
           JsonObject            *object,
           const char            *key,
           SuccessionDate        *out)
{
  g_autoptr(GError) error = NULL;
  const char *text = read_string (ctx, object, key);

  memset (out, 0, sizeof *out);
  if (text == NULL)
    return;

  if (!succession_date_parse (text, TRUE, out, &error))
    {
      _succession_load_report (ctx, ERROR, key, "%s", error->message);
      memset (out, 0, sizeof *out);
    }
}

static void
read_qualifier (SuccessionLoadContext *ctx,
                JsonObject            *object,
                const char            *key,
                SuccessionDate        *date)
{
  const char *text = read_string (ctx, object, key);
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
static SuccessionText *
read_localized (SuccessionLoadContext *ctx,
                JsonObject            *object,
                const char            *key)
{
  JsonNode *node = member (object, key);
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
      report_type (ctx, key, _("a string or an object of translations"), node);
      return NULL;
    }

  text = succession_text_new ();
  _succession_load_path_push (ctx, key, -1);
  {
    JsonObject *translations = json_node_get_object (node);
    g_autoptr(GList) langs = json_object_get_members (translations);

    for (GList *l = langs; l != NULL; l = l->next)
      {
        const char *value = read_string (ctx, translations, l->data);

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
static void
read_other_names (SuccessionLoadContext  *ctx,
                  JsonObject             *object,
                  const char             *key,
                  SuccessionText        **names)
{
  JsonArray *array = read_array (ctx, object, key);
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
      entry = element_object (ctx, array, i);
      if (entry != NULL)
        {
          name = read_string (ctx, entry, "name");
          lang = read_string (ctx, entry, "lang");
          if (name == NULL && member (entry, "name") == NULL)
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

static GPtrArray *
read_sources (SuccessionLoadContext *ctx,
              JsonObject            *object,
              const char            *key)
{
  JsonArray *array = read_array (ctx, object, key);
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
      entry = element_object (ctx, array, i);
      if (entry != NULL)
        {
          SuccessionSource *source = _succession_source_new ();

          source->url = dup_string (ctx, entry, "url");
          source->title = dup_string (ctx, entry, "title");
          source->publisher = dup_string (ctx, entry, "publisher");
          source->note = dup_string (ctx, entry, "note");
          source->locator = dup_string (ctx, entry, "locator");
          source->lang = dup_string (ctx, entry, "lang");
          read_date (ctx, entry, "date", &source->date);
          read_date (ctx, entry, "accessed", &source->accessed);

          if (source->url == NULL && source->title == NULL)
            _succession_load_report (ctx, ERROR, NULL, _("a source needs a “url” or a “title”"));

          g_ptr_array_add (sources, source);
        }
      _succession_load_path_pop (ctx);
    }

  return sources;
}

/* Registers @id for a record; reports a missing or duplicate id. */
static gboolean
register_id (SuccessionLoadContext *ctx,
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

/* ---------------------------------------------------------------------------------------- */

static void
convert_meta (SuccessionLoadContext *ctx,
              JsonObject            *root)
{
  SuccessionDataset *dataset = ctx->dataset;
  JsonNode *node = member (root, "meta");
  JsonObject *meta;
  JsonArray *array;

  if (node == NULL)
    return;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report_type (ctx, "meta", _("an object"), node);
      return;
    }

  meta = json_node_get_object (node);
  _succession_load_path_push (ctx, "meta", -1);

  /* A plain string, or an object of translations like every localized field. */
  dataset->title_text = read_localized (ctx, meta, "title");
  dataset->title = g_strdup (succession_text_lookup (dataset->title_text, (const char *[]) { "en", NULL }));
  dataset->version = dup_string (ctx, meta, "version");
  dataset->license = dup_string (ctx, meta, "license");
  dataset->date_convention = read_localized (ctx, meta, "date_convention");

  if ((array = read_array (ctx, meta, "languages")) != NULL)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *lang = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (lang) && json_node_get_value_type (lang) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (lang));
          else
            {
              _succession_load_path_push (ctx, "languages", i);
              _succession_load_report (ctx, ERROR, NULL, _("expected %s, found %s"), _("a string"), node_kind (lang));
              _succession_load_path_pop (ctx);
            }
        }
      dataset->languages = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
    }

  if ((array = read_array (ctx, meta, "notes")) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *note;

          _succession_load_path_push (ctx, "notes", i);
          if ((note = element_object (ctx, array, i)) != NULL)
            {
              const char *id = read_string (ctx, note, "id");
              SuccessionText *text = read_localized (ctx, note, "text");

              if (id == NULL)
                _succession_load_report (ctx, ERROR, "id", _("every %s needs an “id”"), _("note"));
              else if (g_hash_table_contains (dataset->notes, id))
                _succession_load_report (ctx, ERROR, "id", _("the id “%s” is used by another %s"), id, _("note"));
              else if (text != NULL)
                g_hash_table_insert (dataset->notes, g_strdup (id), g_steal_pointer (&text));

              g_clear_pointer (&text, succession_text_unref);
            }
          _succession_load_path_pop (ctx);
        }
    }

  _succession_load_path_pop (ctx);
}

static void
convert_organization (SuccessionLoadContext *ctx,
                      JsonObject            *object,
                      guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionBody) body = _succession_body_new ();
  JsonNode *predecessor;
  gint64 sort_order;

  body->index = index;
  body->id = dup_string (ctx, object, "id");
  body->name = dup_string (ctx, object, "name");
  body->classification = dup_string (ctx, object, "classification");
  body->parent_id = dup_string (ctx, object, "parent_id");
  read_other_names (ctx, object, "other_names", &body->names);
  read_date (ctx, object, "founding_date", &body->founding_date);
  read_date (ctx, object, "dissolution_date", &body->dissolution_date);
  body->description = read_localized (ctx, object, "descriptions");
  if (body->description == NULL)
    body->description = read_localized (ctx, object, "description");
  body->rank = read_localized (ctx, object, "rank");
  body->address = read_localized (ctx, object, "address");
  body->sources = read_sources (ctx, object, "sources");
  body->note = read_localized (ctx, object, "note");
  body->sort_order = read_int (ctx, object, "sort_order", G_MININT, G_MAXINT, &sort_order) ? (int) sort_order : 0;

  if ((predecessor = member (object, "predecessor")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (predecessor))
        report_type (ctx, "predecessor", _("an object"), predecessor);
      else
        {
          JsonObject *p = json_node_get_object (predecessor);

          _succession_load_path_push (ctx, "predecessor", -1);
          body->predecessor_name = read_localized (ctx, p, "name");
          read_date (ctx, p, "founding_date", &body->predecessor_founding_date);
          _succession_load_path_pop (ctx);
        }
    }

  if (succession_date_is_set (&body->founding_date) && succession_date_is_set (&body->dissolution_date) &&
      succession_date_get_latest (&body->dissolution_date) < succession_date_get_earliest (&body->founding_date))
    _succession_load_report (ctx, ERROR, "dissolution_date", _("the body is dissolved before it is founded"));

  if (register_id (ctx, dataset->bodies_by_id, body->id, body, _("body")))
    g_ptr_array_add (dataset->bodies, g_steal_pointer (&body));
}

static int
compare_bodies (gconstpointer a,
                gconstpointer b)
{
  const SuccessionBody *ba = *(SuccessionBody * const *) a;
  const SuccessionBody *bb = *(SuccessionBody * const *) b;

  if (ba->sort_order != bb->sort_order)
    return ba->sort_order < bb->sort_order ? -1 : 1;
  return (ba->index > bb->index) - (ba->index < bb->index);
}

/* Links each body to its parent once every body is known, and refuses cycles. */
static void
link_bodies (SuccessionLoadContext *ctx)
{
  SuccessionDataset *dataset = ctx->dataset;

  for (guint i = 0; i < dataset->bodies->len; i++)
    {
      SuccessionBody *body = g_ptr_array_index (dataset->bodies, i);
      SuccessionBody *parent;

      if (body->parent_id == NULL)
        {
          g_ptr_array_add (dataset->root_bodies, g_object_ref (body));
          continue;
        }

      parent = g_hash_table_lookup (dataset->bodies_by_id, body->parent_id);
      _succession_load_path_push (ctx, "organizations", body->index);
      if (parent == NULL)
        _succession_load_report (ctx, ERROR, "parent_id", _("no body has the id “%s”"), body->parent_id);
      else
        body->parent = g_object_ref (parent);
      _succession_load_path_pop (ctx);
    }

  /* A cycle has no root: walk up from each body, at most as many steps as there are bodies. */
  for (guint i = 0; i < dataset->bodies->len; i++)
    {
      SuccessionBody *body = g_ptr_array_index (dataset->bodies, i);
      SuccessionBody *b = body;
      guint steps = 0;

      while (b != NULL && steps <= dataset->bodies->len)
        {
          b = b->parent;
          steps++;
          if (b == body)
            break;
        }

      if (b == body)
        {
          _succession_load_path_push (ctx, "organizations", body->index);
          _succession_load_report (ctx, ERROR, "parent_id",
                                   _("“%s” is its own ancestor: parent_id makes a cycle"), body->id);
          _succession_load_path_pop (ctx);
        }
    }

  if (ctx->n_errors > 0)
    {
      /* Break every cycle before anything walks the tree. */
      for (guint i = 0; i < dataset->bodies->len; i++)
        g_clear_object (&((SuccessionBody *) g_ptr_array_index (dataset->bodies, i))->parent);
      return;
    }

  for (guint i = 0; i < dataset->bodies->len; i++)
    {
      SuccessionBody *body = g_ptr_array_index (dataset->bodies, i);

      if (body->parent != NULL)
        g_ptr_array_add (body->parent->children, g_object_ref (body));
    }

  for (guint i = 0; i < dataset->bodies->len; i++)
    g_ptr_array_sort (((SuccessionBody *) g_ptr_array_index (dataset->bodies, i))->children, compare_bodies);
  g_ptr_array_sort (dataset->root_bodies, compare_bodies);
}

static SuccessionBody *
resolve_body (SuccessionLoadContext *ctx,
              JsonObject            *object,
              const char            *key)
{
  const char *id = read_string (ctx, object, key);
  SuccessionBody *body;

  if (id == NULL)
    return NULL;

  body = g_hash_table_lookup (ctx->dataset->bodies_by_id, id);
  if (body == NULL)
    _succession_load_report (ctx, ERROR, key, _("no body has the id “%s”"), id);

  return body != NULL ? g_object_ref (body) : NULL;
}

static void
convert_infobox (SuccessionLoadContext *ctx,
                 JsonObject            *object,
                 SuccessionOffice      *office)
{
  JsonArray *array = read_array (ctx, object, "infobox");

  if (array == NULL)
    return;

  office->infobox = g_ptr_array_new_with_free_func ((GDestroyNotify) _succession_infobox_entry_free);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry;

      _succession_load_path_push (ctx, "infobox", i);
      if ((entry = element_object (ctx, array, i)) != NULL)
        {
          const char *key = read_string (ctx, entry, "key");
          SuccessionText *value = read_localized (ctx, entry, "value");

          if (key == NULL)
            _succession_load_report (ctx, ERROR, "key", _("an infobox fact needs a “key”"));

          if (key != NULL && value != NULL)
            {
              SuccessionInfoboxEntry *fact = g_new0 (SuccessionInfoboxEntry, 1);

              fact->key = g_strdup (key);
              fact->value = g_steal_pointer (&value);
              g_ptr_array_add (office->infobox, fact);
            }
          g_clear_pointer (&value, succession_text_unref);
        }
      _succession_load_path_pop (ctx);
    }
}

static void
convert_post (SuccessionLoadContext *ctx,
              JsonObject            *object,
              guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionOffice) office = _succession_office_new ();
  gint64 seats;

  office->index = index;
  office->id = dup_string (ctx, object, "id");
  office->label = dup_string (ctx, object, "label");
  office->role = dup_string (ctx, object, "role");
  read_other_names (ctx, object, "other_label", &office->names);
  read_other_names (ctx, object, "other_names", &office->names);
  office->body = resolve_body (ctx, object, "organization_id");
  office->term_body = resolve_body (ctx, object, "term_organization_id");
  office->chair_office_id = dup_string (ctx, object, "chair_post_id");
  office->description = read_localized (ctx, object, "descriptions");
  office->sources = read_sources (ctx, object, "sources");
  office->note = read_localized (ctx, object, "note");
  read_date (ctx, object, "start_date", &office->start_date);
  read_date (ctx, object, "end_date", &office->end_date);
  convert_infobox (ctx, object, office);

  if (read_int (ctx, object, "seats", 1, G_MAXINT, &seats))
    office->seats = (guint) seats;

  if (office->label == NULL && office->role == NULL)
    _succession_load_report (ctx, WARNING, NULL, _("the office has neither a “label” nor a “role” to show"));
  if (office->label == NULL)
    office->label = g_strdup (office->role != NULL ? office->role : office->id);

  if (register_id (ctx, dataset->offices_by_id, office->id, office, _("office")))
    {
      if (office->body != NULL)
        g_ptr_array_add (office->body->offices, g_object_ref (office));
      g_ptr_array_add (dataset->offices, g_steal_pointer (&office));
    }
}

static void
link_offices (SuccessionLoadContext *ctx)
{
  SuccessionDataset *dataset = ctx->dataset;

  for (guint i = 0; i < dataset->offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (dataset->offices, i);
      SuccessionOffice *chair;

      if (office->chair_office_id == NULL)
        continue;

      chair = g_hash_table_lookup (dataset->offices_by_id, office->chair_office_id);
      _succession_load_path_push (ctx, "posts", office->index);
      if (chair == NULL)
        _succession_load_report (ctx, ERROR, "chair_post_id", _("no office has the id “%s”"), office->chair_office_id);
      else if (chair != office)
        office->chair_office = g_object_ref (chair);
      _succession_load_path_pop (ctx);
    }
}

static void
convert_person (SuccessionLoadContext *ctx,
                JsonObject            *object,
                guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionPerson) person = _succession_person_new ();
  JsonArray *identifiers;

  person->index = index;
  person->id = dup_string (ctx, object, "id");
  person->name = dup_string (ctx, object, "name");
  person->sort_name = dup_string (ctx, object, "sort_name");
  person->gender = dup_string (ctx, object, "gender");
  read_other_names (ctx, object, "other_names", &person->names);
  read_date (ctx, object, "birth_date", &person->birth_date);
  read_qualifier (ctx, object, "birth_date_qualifier", &person->birth_date);
  read_date (ctx, object, "death_date", &person->death_date);
  read_qualifier (ctx, object, "death_date_qualifier", &person->death_date);
  person->sources = read_sources (ctx, object, "sources");
  person->note = read_localized (ctx, object, "note");

  if ((identifiers = read_array (ctx, object, "identifiers")) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (identifiers); i++)
        {
          JsonObject *entry;

          _succession_load_path_push (ctx, "identifiers", i);
          if ((entry = element_object (ctx, identifiers, i)) != NULL)
            {
              const char *scheme = read_string (ctx, entry, "scheme");
              const char *identifier = read_string (ctx, entry, "identifier");

              if (g_strcmp0 (scheme, "wikidata") == 0 && identifier != NULL && person->wikidata == NULL)
                person->wikidata = g_strdup (identifier);
            }
          _succession_load_path_pop (ctx);
        }
    }

  if (person->name == NULL && succession_text_get_n (person->names) == 0)
    _succession_load_report (ctx, WARNING, NULL, _("the person has no name"));

  if (succession_date_is_set (&person->birth_date) && succession_date_is_set (&person->death_date) &&
      succession_date_get_latest (&person->death_date) < succession_date_get_earliest (&person->birth_date))
    _succession_load_report (ctx, ERROR, "death_date", _("the person dies before they are born"));

  if (register_id (ctx, dataset->persons_by_id, person->id, person, _("person")))
    g_ptr_array_add (dataset->persons, g_steal_pointer (&person));
}

static void
convert_event (SuccessionLoadContext *ctx,
               JsonObject            *object,
               guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionTerm) term = _succession_term_new ();
  gint64 number;

  term->index = index;
  term->id = dup_string (ctx, object, "id");
  term->name = dup_string (ctx, object, "name");
  term->classification = dup_string (ctx, object, "classification");
  read_other_names (ctx, object, "other_names", &term->names);
  term->body = resolve_body (ctx, object, "organization_id");
  read_date (ctx, object, "start_date", &term->start_date);
  read_date (ctx, object, "end_date", &term->end_date);
  term->sources = read_sources (ctx, object, "sources");
  term->note = read_localized (ctx, object, "note");
  if (read_int (ctx, object, "number", 0, G_MAXINT, &number))
    term->number = (int) number;

  if (succession_date_is_set (&term->start_date) && succession_date_is_set (&term->end_date) &&
      succession_date_get_latest (&term->end_date) < succession_date_get_earliest (&term->start_date))
    {
      g_autofree char *start = succession_date_to_iso (&term->start_date);
      g_autofree char *end = succession_date_to_iso (&term->end_date);

      _succession_load_report (ctx, ERROR, "end_date", _("the end date “%s” is before the start date “%s”"), end, start);
    }

  if (register_id (ctx, dataset->terms_by_id, term->id, term, _("term")))
    {
      if (term->body != NULL)
        g_ptr_array_add (term->body->terms, g_object_ref (term));
      g_ptr_array_add (dataset->terms, g_steal_pointer (&term));
    }
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const SuccessionTerm *ta = *(SuccessionTerm * const *) a;
  const SuccessionTerm *tb = *(SuccessionTerm * const *) b;
  int cmp = succession_date_compare (&ta->start_date, &tb->start_date);

  if (cmp != 0)
    return cmp;
  if (ta->number != tb->number)
    return ta->number < tb->number ? -1 : 1;
  return (ta->index > tb->index) - (ta->index < tb->index);
}

/* A membership without post_id: its organization and role stand for the office, as in files
 * from EveryPolitician ("member" of a legislature). */
static SuccessionOffice *
synthesized_office (SuccessionLoadContext *ctx,
                    SuccessionBody        *body,
                    const char            *role)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autofree char *id = NULL;
  g_autofree char *folded_role = NULL;
  SuccessionOffice *office;

  folded_role = g_utf8_strdown (role != NULL ? role : "member", -1);
  id = g_strdup_printf ("%s/%s", body->id, folded_role);

  office = g_hash_table_lookup (dataset->offices_by_id, id);
  if (office != NULL)
    return office;

  office = _succession_office_new ();
  office->id = g_steal_pointer (&id);
  office->role = g_strdup (folded_role);
  /* "member" -> "Member"; a role is a word of the file's language, shown as written. */
  office->label = g_strdup (role != NULL ? role : "member");
  office->label[0] = g_ascii_toupper (office->label[0]);
  office->body = g_object_ref (body);
  office->synthesized = TRUE;
  /* A legislature's seat count is not in the file; do not warn about many members at once. */
  office->seats = 0;
  office->index = dataset->offices->len;

  g_hash_table_insert (dataset->offices_by_id, office->id, office);
  g_ptr_array_add (body->offices, g_object_ref (office));
  g_ptr_array_add (dataset->offices, office);

  return office;
}

static const char * const kind_names[] = { "regular", "acting", "honorary", "vacancy" };
static const char * const end_status_names[] = { "ended", "ongoing", "unknown" };

static gboolean
read_enum (SuccessionLoadContext *ctx,
           JsonObject            *object,
           const char            *key,
           const char * const    *names,
           guint                  n_names,
           guint                 *out)
{
  const char *text = read_string (ctx, object, key);
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

static void
read_terms (SuccessionLoadContext *ctx,
            JsonObject            *object,
            SuccessionTenure      *tenure)
{
  SuccessionDataset *dataset = ctx->dataset;
  JsonArray *array = read_array (ctx, object, "term_ids");
  const char *period = read_string (ctx, object, "legislative_period_id");

  tenure->terms = g_ptr_array_new_with_free_func (g_object_unref);

  if (array != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          SuccessionTerm *term;

          _succession_load_path_push (ctx, "term_ids", i);
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            _succession_load_report (ctx, ERROR, NULL, _("expected %s, found %s"), _("a string"), node_kind (node));
          else if ((term = g_hash_table_lookup (dataset->terms_by_id, json_node_get_string (node))) == NULL)
            _succession_load_report (ctx, ERROR, NULL, _("no term has the id “%s”"), json_node_get_string (node));
          else
            g_ptr_array_add (tenure->terms, g_object_ref (term));
          _succession_load_path_pop (ctx);
        }
    }

  if (period != NULL)
    {
      SuccessionTerm *term = g_hash_table_lookup (dataset->terms_by_id, period);

      if (term == NULL)
        _succession_load_report (ctx, ERROR, "legislative_period_id", _("no term has the id “%s”"), period);
      else
        {
          if (array == NULL)
            g_ptr_array_add (tenure->terms, g_object_ref (term));

          /* Popolo: a membership without dates of its own has its legislative period's. */
          if (!succession_date_is_set (&tenure->start_date))
            tenure->start_date = term->start_date;
          if (!succession_date_is_set (&tenure->end_date) && member (object, "end_status") == NULL)
            {
              tenure->end_date = term->end_date;
              tenure->end_status = succession_date_is_set (&term->end_date) ? SUCCESSION_END_STATUS_ENDED
                                                                            : SUCCESSION_END_STATUS_ONGOING;
            }
        }
    }
}

static void
read_concurrent_offices (SuccessionLoadContext *ctx,
                         JsonObject            *object,
                         SuccessionTenure      *tenure)
{
  JsonArray *array = read_array (ctx, object, "concurrent_offices");

  if (array == NULL)
    return;

  tenure->concurrent_offices = g_ptr_array_new_with_free_func ((GDestroyNotify) succession_text_unref);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      SuccessionText *label = NULL;

      _succession_load_path_push (ctx, "concurrent_offices", i);
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          label = succession_text_new ();
          succession_text_add (label, "en", json_node_get_string (node));
        }
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *entry = json_node_get_object (node);
          const char *post_id = read_string (ctx, entry, "post_id");

          label = read_localized (ctx, entry, "label");
          if (post_id != NULL && !g_hash_table_contains (ctx->dataset->offices_by_id, post_id))
            _succession_load_report (ctx, ERROR, "post_id", _("no office has the id “%s”"), post_id);
          if (label == NULL && post_id == NULL)
            _succession_load_report (ctx, ERROR, NULL, _("a concurrent office needs a “label”"));
        }
      else
        _succession_load_report (ctx, ERROR, NULL, _("expected %s, found %s"), _("an object"), node_kind (node));

      if (label != NULL)
        g_ptr_array_add (tenure->concurrent_offices, label);
      _succession_load_path_pop (ctx);
    }
}

static void
read_alternatives (SuccessionLoadContext *ctx,
                   JsonObject            *object,
                   SuccessionTenure      *tenure)
{
  JsonArray *array = read_array (ctx, object, "date_alternatives");

  if (array == NULL)
    return;

  tenure->alternatives = g_ptr_array_new_with_free_func ((GDestroyNotify) _succession_date_alternative_free);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry;

      _succession_load_path_push (ctx, "date_alternatives", i);
      if ((entry = element_object (ctx, array, i)) != NULL)
        {
          SuccessionDateAlternative *alt = g_new0 (SuccessionDateAlternative, 1);
          const char *field = read_string (ctx, entry, "field");

          if (g_strcmp0 (field, "end_date") == 0)
            alt->is_end = TRUE;
          else if (g_strcmp0 (field, "start_date") != 0)
            _succession_load_report (ctx, ERROR, "field", _("expected “start_date” or “end_date”"));

          read_date (ctx, entry, "value", &alt->date);
          if (!succession_date_is_set (&alt->date) && member (entry, "value") == NULL)
            _succession_load_report (ctx, ERROR, "value", _("an alternative date needs a “value”"));
          alt->sources = read_sources (ctx, entry, "sources");
          alt->note = read_localized (ctx, entry, "note");
          g_ptr_array_add (tenure->alternatives, alt);
        }
      _succession_load_path_pop (ctx);
    }
}

static void
convert_membership (SuccessionLoadContext *ctx,
                    JsonObject            *object,
                    guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionTenure) tenure = _succession_tenure_new ();
  const char *person_id, *post_id;
  JsonArray *note_ids;
  guint value;

  tenure->index = index;
  tenure->id = dup_string (ctx, object, "id");
  if (tenure->id == NULL && member (object, "id") == NULL)
    {
      /* Stable across loads of the same file: its position. */
      tenure->id = g_strdup_printf ("membership-%u", index);
      while (g_hash_table_contains (dataset->tenures_by_id, tenure->id))
        {
          char *longer = g_strconcat (tenure->id, "-", NULL);
          g_free (tenure->id);
          tenure->id = longer;
        }
    }

  tenure->role = dup_string (ctx, object, "role");
  tenure->label = dup_string (ctx, object, "label");
  read_date (ctx, object, "start_date", &tenure->start_date);
  read_qualifier (ctx, object, "start_date_qualifier", &tenure->start_date);
  read_date (ctx, object, "end_date", &tenure->end_date);
  read_qualifier (ctx, object, "end_date_qualifier", &tenure->end_date);

  tenure->kind = SUCCESSION_TENURE_KIND_REGULAR;
  if (read_enum (ctx, object, "kind", kind_names, G_N_ELEMENTS (kind_names), &value))
    tenure->kind = value;

  tenure->end_status = succession_date_is_set (&tenure->end_date) ? SUCCESSION_END_STATUS_ENDED
                                                                  : SUCCESSION_END_STATUS_UNKNOWN;
  if (read_enum (ctx, object, "end_status", end_status_names, G_N_ELEMENTS (end_status_names), &value))
    {
      tenure->end_status = value;
      if (value == SUCCESSION_END_STATUS_ONGOING && succession_date_is_set (&tenure->end_date))
        _succession_load_report (ctx, ERROR, "end_status", _("an ongoing tenure cannot have an end date"));
      if (value == SUCCESSION_END_STATUS_ENDED && !succession_date_is_set (&tenure->end_date))
        tenure->end_status = SUCCESSION_END_STATUS_UNKNOWN;
    }

  read_terms (ctx, object, tenure);
  read_concurrent_offices (ctx, object, tenure);
  read_alternatives (ctx, object, tenure);
  tenure->note = read_localized (ctx, object, "note");
  tenure->sources = read_sources (ctx, object, "sources");
  tenure->on_behalf_of = resolve_body (ctx, object, "on_behalf_of_id");

  if ((note_ids = read_array (ctx, object, "note_ids")) != NULL)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; i < json_array_get_length (note_ids); i++)
        {
          JsonNode *node = json_array_get_element (note_ids, i);

          _succession_load_path_push (ctx, "note_ids", i);
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            _succession_load_report (ctx, ERROR, NULL, _("expected %s, found %s"), _("a string"), node_kind (node));
          else if (!g_hash_table_contains (dataset->notes, json_node_get_string (node)))
            _succession_load_report (ctx, ERROR, NULL, _("no note in meta.notes has the id “%s”"),
                                     json_node_get_string (node));
          else
            g_strv_builder_add (builder, json_node_get_string (node));
          _succession_load_path_pop (ctx);
        }
      tenure->note_ids = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
    }

  person_id = read_string (ctx, object, "person_id");
  if (person_id != NULL)
    {
      SuccessionPerson *person = g_hash_table_lookup (dataset->persons_by_id, person_id);

      if (person == NULL)
        _succession_load_report (ctx, ERROR, "person_id", _("no person has the id “%s”"), person_id);
      else
        tenure->person = g_object_ref (person);

      if (tenure->kind == SUCCESSION_TENURE_KIND_VACANCY)
        _succession_load_report (ctx, WARNING, "person_id", _("a vacancy names a person"));
    }
  else if (tenure->kind != SUCCESSION_TENURE_KIND_VACANCY && member (object, "person_id") == NULL &&
           member (object, "member") == NULL)
    {
      _succession_load_report (ctx, ERROR, "person_id", _("a tenure needs a “person_id” unless its kind is “vacancy”"));
    }

  tenure->body = resolve_body (ctx, object, "organization_id");

  post_id = read_string (ctx, object, "post_id");
  if (post_id != NULL)
    {
      SuccessionOffice *office = g_hash_table_lookup (dataset->offices_by_id, post_id);

      if (office == NULL)
        _succession_load_report (ctx, ERROR, "post_id", _("no office has the id “%s”"), post_id);
      else
        {
          tenure->office = g_object_ref (office);
          if (tenure->body == NULL && office->body != NULL)
            tenure->body = g_object_ref (office->body);
        }
    }
  else if (tenure->body != NULL)
    {
      tenure->office = g_object_ref (synthesized_office (ctx, tenure->body, tenure->role));
    }
  else if (member (object, "post_id") == NULL && member (object, "organization_id") == NULL)
    {
      _succession_load_report (ctx, ERROR, NULL, _("a tenure needs a “post_id” or an “organization_id”"));
    }

  if (succession_date_is_set (&tenure->start_date) && succession_date_is_set (&tenure->end_date) &&
      succession_date_get_last_day (&tenure->end_date) < succession_date_get_first_day (&tenure->start_date))
    {
      g_autofree char *start = succession_date_to_iso (&tenure->start_date);
      g_autofree char *end = succession_date_to_iso (&tenure->end_date);

      _succession_load_report (ctx, ERROR, "end_date", _("the end date “%s” is before the start date “%s”"), end, start);
    }

  if (tenure->id == NULL || !register_id (ctx, dataset->tenures_by_id, tenure->id, tenure, _("tenure")))
    return;

  if (tenure->office != NULL)
    g_ptr_array_add (tenure->office->tenures, g_object_ref (tenure));
  if (tenure->person != NULL)
    g_ptr_array_add (tenure->person->tenures, g_object_ref (tenure));
  g_ptr_array_add (dataset->tenures, g_steal_pointer (&tenure));
}

typedef void (*ConvertFunc) (SuccessionLoadContext *ctx,
                             JsonObject            *object,
                             guint                  index);

static void
convert_section (SuccessionLoadContext *ctx,
                 JsonObject            *root,
                 const char            *key,
                 ConvertFunc            convert)
{
  JsonArray *array = read_array (ctx, root, key);
  guint n;

  if (array == NULL)
    return;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object;

      if ((i & 1023) == 0 && g_cancellable_is_cancelled (ctx->cancellable))
        return;

      _succession_load_path_push (ctx, key, i);
      if ((object = element_object (ctx, array, i)) != NULL)
        convert (ctx, object, i);
      _succession_load_path_pop (ctx);
      _succession_load_tick (ctx);

      /* The model keeps copies of what it needs: free the record now, while it is in the
       * cache, and so the model reuses its memory instead of adding to the tree's. A null
       * keeps the array's length and every index. */
      json_node_init_null (json_array_get_element (array, i));
    }
}

static guint
section_length (JsonObject *root,
                const char *key)
{
  JsonNode *node = member (root, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_array_get_length (json_node_get_array (node)) : 0;
}

void
_succession_load_convert (SuccessionLoadContext *ctx,
                          JsonNode              *root)
{
  SuccessionDataset *dataset = ctx->dataset;
  JsonObject *object;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      _succession_load_report (ctx, ERROR, NULL,
                               _("the top level must be an object with “persons”, “posts”, “memberships”, …; found %s"),
                               root != NULL ? node_kind (root) : _("nothing"));
      return;
    }

  object = json_node_get_object (root);
  ctx->total_records = section_length (object, "organizations") + section_length (object, "posts") +
                       section_length (object, "persons") + section_length (object, "events") +
                       section_length (object, "memberships");

  convert_meta (ctx, object);
  convert_section (ctx, object, "organizations", convert_organization);
  link_bodies (ctx);
  convert_section (ctx, object, "posts", convert_post);
  link_offices (ctx);
  convert_section (ctx, object, "persons", convert_person);
  convert_section (ctx, object, "events", convert_event);
  convert_section (ctx, object, "memberships", convert_membership);

  /* Chronological orders the views and queries rely on. */
  for (guint i = 0; i < dataset->offices->len; i++)
    g_ptr_array_sort (((SuccessionOffice *) g_ptr_array_index (dataset->offices, i))->tenures,
                      _succession_tenure_compare);
  for (guint i = 0; i < dataset->persons->len; i++)
    g_ptr_array_sort (((SuccessionPerson *) g_ptr_array_index (dataset->persons, i))->tenures,
                      _succession_tenure_compare);
  for (guint i = 0; i < dataset->bodies->len; i++)
    g_ptr_array_sort (((SuccessionBody *) g_ptr_array_index (dataset->bodies, i))->terms, compare_terms);
}
