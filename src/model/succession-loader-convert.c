/* succession-loader-convert.c — from a record as read to the model, field by field
 *
 * Every field is read through one of the read_* helpers, which check its type, say where a
 * wrong one is, and mark whether the model can write it back as it was. Records are converted
 * in dependency order (bodies, offices, people, terms, tenures; see -loader-document.c) so
 * each reference is resolved as it is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-loader-read.h"

/* ---------------------------------------------------------------------------------------- */

static void
convert_notes (SuccessionLoadContext *ctx,
               JsonValue             *meta)
{
  SuccessionDataset *dataset = ctx->dataset;
  JsonValue         *array = _succession_load_read_array (ctx, meta, "notes");
  gboolean           exact = TRUE;

  if (array == NULL)
    return;

  for (guint i = 0; i < array->n; i++)
    {
      JsonValue *note;

      _succession_load_path_push (ctx, "notes", i);
      if ((note = _succession_load_element_object (ctx, array, i)) != NULL)
        {
          const char     *id = _succession_load_read_string (ctx, note, "id");
          SuccessionText *text = _succession_load_read_localized (ctx, note, "text");

          exact = exact && text != NULL && _succession_load_all_exact (note, (const char *[]){ "id", "text", NULL });
          if (id == NULL)
            _succession_load_report (ctx, ERROR, "id", _ ("every %s needs an “id”"), _ ("note"));
          else if (g_hash_table_contains (dataset->notes, id))
            _succession_load_report (ctx, ERROR, "id", _ ("the id “%s” is used by another %s"), id, _ ("note"));
          else if (text != NULL)
            {
              char *key = g_strdup (id);

              g_hash_table_insert (dataset->notes, key, g_steal_pointer (&text));
              g_ptr_array_add (dataset->note_order, key);
            }

          g_clear_pointer (&text, succession_text_unref);
        }
      _succession_load_path_pop (ctx);
    }

  _succession_json_mark (array, exact);
}

void
_succession_load_convert_meta (SuccessionLoadContext *ctx,
                               JsonValue             *meta)
{
  SuccessionDataset *dataset = ctx->dataset;
  JsonValue         *array;

  if (meta->kind != SUCCESSION_JSON_OBJECT)
    {
      _succession_load_report_type (ctx, "meta", _ ("an object"), meta);
      return;
    }

  _succession_load_path_push (ctx, "meta", -1);

  /* A plain string, or an object of translations like every localized field. */
  dataset->title_text = _succession_load_read_localized (ctx, meta, "title");
  dataset->title = g_strdup (succession_text_lookup (dataset->title_text, (const char *[]){ "en", NULL }));
  dataset->version = _succession_load_dup_string (ctx, meta, "version");
  dataset->license = _succession_load_dup_string (ctx, meta, "license");
  dataset->date_convention = _succession_load_read_localized (ctx, meta, "date_convention");

  if ((array = _succession_load_read_array (ctx, meta, "languages")) != NULL)
    {
      GStrvBuilder *builder = g_strv_builder_new ();
      gboolean      exact = TRUE;

      for (guint i = 0; i < array->n; i++)
        {
          JsonValue *lang = &array->u.items[i];

          if (lang->kind == SUCCESSION_JSON_STRING)
            g_strv_builder_add (builder, lang->u.string);
          else
            {
              _succession_load_path_push (ctx, "languages", i);
              _succession_load_report (ctx, ERROR, NULL, _ ("expected %s, found %s"), _ ("a string"), _succession_load_node_kind (lang));
              _succession_load_path_pop (ctx);
              exact = FALSE;
            }
        }
      dataset->languages = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
      _succession_json_mark (array, exact);
    }

  convert_notes (ctx, meta);

  _succession_load_path_pop (ctx);
  _succession_load_keep (ctx, SUCCESSION_KEPT_META (dataset), meta);
}

/* A council's "member_post_ids": checked against the posts once they are read. */
static char **
read_member_post_ids (SuccessionLoadContext *ctx,
                      JsonValue             *object)
{
  JsonValue    *ids = _succession_load_read_array (ctx, object, "member_post_ids");
  GStrvBuilder *builder;
  gboolean      exact = TRUE;
  char        **result;

  if (ids == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < ids->n; i++)
    {
      JsonValue *node = &ids->u.items[i];

      if (node->kind != SUCCESSION_JSON_STRING)
        {
          _succession_load_path_push (ctx, "member_post_ids", i);
          _succession_load_report (ctx, ERROR, NULL, _ ("expected %s, found %s"), _ ("a string"), _succession_load_node_kind (node));
          _succession_load_path_pop (ctx);
          exact = FALSE;
        }
      else
        g_strv_builder_add (builder, node->u.string);
    }
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  _succession_json_mark (ids, exact);
  return result;
}

void
_succession_load_convert_organization (SuccessionLoadContext *ctx,
                                       JsonValue             *object,
                                       guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionBody) body = _succession_body_new ();
  JsonValue *predecessor;
  gint64     sort_order;

  body->index = index;
  body->id = _succession_load_dup_string (ctx, object, "id");
  body->name = _succession_load_dup_string (ctx, object, "name");
  body->classification = _succession_load_dup_string (ctx, object, "classification");
  body->parent_id = _succession_load_dup_string (ctx, object, "parent_id");
  _succession_load_read_other_names (ctx, object, "other_names", &body->names);
  _succession_load_read_date (ctx, object, "founding_date", &body->founding_date);
  _succession_load_read_date (ctx, object, "dissolution_date", &body->dissolution_date);
  body->description = _succession_load_read_localized (ctx, object, "descriptions");
  if (body->description == NULL)
    {
      /* Popolo's "description" is a plain string; it is kept as written. */
      body->description = _succession_load_read_localized (ctx, object, "description");
      _succession_json_mark (_succession_load_member (object, "description"), FALSE);
    }
  body->rank = _succession_load_read_localized (ctx, object, "rank");
  body->address = _succession_load_read_localized (ctx, object, "address");
  body->sources = _succession_load_read_sources (ctx, object, "sources");
  body->note = _succession_load_read_localized (ctx, object, "note");
  body->sort_order = _succession_load_read_int (ctx, object, "sort_order", G_MININT, G_MAXINT, &sort_order) ? (int) sort_order : 0;
  body->member_office_ids = read_member_post_ids (ctx, object);

  if ((predecessor = _succession_load_member (object, "predecessor")) != NULL)
    {
      if (predecessor->kind != SUCCESSION_JSON_OBJECT)
        _succession_load_report_type (ctx, "predecessor", _ ("an object"), predecessor);
      else
        {
          _succession_load_path_push (ctx, "predecessor", -1);
          body->predecessor_name = _succession_load_read_localized (ctx, predecessor, "name");
          _succession_load_read_date (ctx, predecessor, "founding_date", &body->predecessor_founding_date);
          _succession_load_path_pop (ctx);
          _succession_json_mark (predecessor, _succession_load_all_exact (predecessor, (const char *[]){ "name", "founding_date", NULL }) &&
                                                predecessor->n > 0);
        }
    }

  if (succession_date_is_set (&body->founding_date) && succession_date_is_set (&body->dissolution_date) &&
      succession_date_get_latest (&body->dissolution_date) < succession_date_get_earliest (&body->founding_date))
    _succession_load_report (ctx, ERROR, "dissolution_date", _ ("the body is dissolved before it is founded"));

  if (_succession_load_register_id (ctx, dataset->bodies_by_id, body->id, body, _ ("body")))
    {
      _succession_load_keep (ctx, body, object);
      g_ptr_array_add (dataset->bodies, g_steal_pointer (&body));
    }
}

static int
compare_bodies (gconstpointer a,
                gconstpointer b)
{
  const SuccessionBody *ba = *(SuccessionBody *const *) a;
  const SuccessionBody *bb = *(SuccessionBody *const *) b;

  if (ba->sort_order != bb->sort_order)
    return ba->sort_order < bb->sort_order ? -1 : 1;
  return (ba->index > bb->index) - (ba->index < bb->index);
}

/* Links each body to its parent once every body is known, and refuses cycles. */
void
_succession_load_link_bodies (SuccessionLoadContext *ctx)
{
  SuccessionDataset *dataset = ctx->dataset;
  guint              n_errors = ctx->n_errors;

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
        _succession_load_report (ctx, ERROR, "parent_id", _ ("no body has the id “%s”"), body->parent_id);
      else
        body->parent = g_object_ref (parent);
      _succession_load_path_pop (ctx);
    }

  /* A cycle has no root: walk up from each body, at most as many steps as there are bodies. */
  for (guint i = 0; i < dataset->bodies->len; i++)
    {
      SuccessionBody *body = g_ptr_array_index (dataset->bodies, i);
      SuccessionBody *b = body;
      guint           steps = 0;

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
                                   _ ("“%s” is its own ancestor: parent_id makes a cycle"), body->id);
          _succession_load_path_pop (ctx);
        }
    }

  if (ctx->n_errors > n_errors)
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

static void
convert_infobox (SuccessionLoadContext *ctx,
                 JsonValue             *object,
                 SuccessionOffice      *office)
{
  JsonValue *array = _succession_load_read_array (ctx, object, "infobox");
  gboolean   exact = TRUE;

  if (array == NULL)
    return;

  office->infobox = g_ptr_array_new_with_free_func ((GDestroyNotify) _succession_infobox_entry_free);

  for (guint i = 0; i < array->n; i++)
    {
      JsonValue *entry;

      _succession_load_path_push (ctx, "infobox", i);
      if ((entry = _succession_load_element_object (ctx, array, i)) != NULL)
        {
          const char     *key = _succession_load_read_string (ctx, entry, "key");
          SuccessionText *value = _succession_load_read_localized (ctx, entry, "value");

          if (key == NULL)
            _succession_load_report (ctx, ERROR, "key", _ ("an infobox fact needs a “key”"));

          exact = exact && key != NULL && value != NULL && _succession_load_all_exact (entry, (const char *[]){ "key", "value", NULL });
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

  _succession_json_mark (array, exact);
}

static void read_identifiers (SuccessionLoadContext *ctx,
                              JsonValue             *object,
                              char                 **wikidata);

void
_succession_load_convert_post (SuccessionLoadContext *ctx,
                               JsonValue             *object,
                               guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionOffice) office = _succession_office_new ();
  JsonValue *other_label;
  gint64     seats;

  office->index = index;
  office->id = _succession_load_dup_string (ctx, object, "id");
  office->label = _succession_load_dup_string (ctx, object, "label");
  office->role = _succession_load_dup_string (ctx, object, "role");
  _succession_load_read_other_names (ctx, object, "other_label", &office->names);
  _succession_load_read_other_names (ctx, object, "other_names", &office->names);
  /* Both lists make the office's names; the writer could not tell them apart again. */
  if ((other_label = _succession_load_member (object, "other_label")) != NULL)
    {
      _succession_json_mark (other_label, FALSE);
      _succession_json_mark (_succession_load_member (object, "other_names"), FALSE);
    }
  office->body = _succession_load_resolve_body (ctx, object, "organization_id");
  office->term_body = _succession_load_resolve_body (ctx, object, "term_organization_id");
  office->chair_office_id = _succession_load_dup_string (ctx, object, "chair_post_id");
  read_identifiers (ctx, object, &office->wikidata);
  office->description = _succession_load_read_localized (ctx, object, "descriptions");
  office->sources = _succession_load_read_sources (ctx, object, "sources");
  office->note = _succession_load_read_localized (ctx, object, "note");
  _succession_load_read_date (ctx, object, "start_date", &office->start_date);
  _succession_load_read_date (ctx, object, "end_date", &office->end_date);
  convert_infobox (ctx, object, office);

  /* Seats unstated are seats unknown: no check of how many hold the office at once. */
  office->seats = 0;
  if (_succession_load_read_int (ctx, object, "seats", 1, G_MAXINT, &seats))
    office->seats = (guint) seats;

  if (office->label == NULL && office->role == NULL)
    _succession_load_warn (ctx, SUCCESSION_WARNING_OFFICE_NO_LABEL, NULL,
                           "%s", _ ("the office has neither a “label” nor a “role” to show"));
  if (office->label == NULL)
    office->label = g_strdup (office->role != NULL ? office->role : office->id);

  if (_succession_load_register_id (ctx, dataset->offices_by_id, office->id, office, _ ("office")))
    {
      _succession_load_keep (ctx, office, object);
      if (office->body != NULL)
        g_ptr_array_add (office->body->offices, g_object_ref (office));
      g_ptr_array_add (dataset->offices, g_steal_pointer (&office));
    }
}

void
_succession_load_link_offices (SuccessionLoadContext *ctx)
{
  SuccessionDataset *dataset = ctx->dataset;

  for (guint i = 0; i < dataset->offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (dataset->offices, i);
      SuccessionOffice *chair;

      if (office->chair_office_id == NULL || office->synthesized)
        continue;

      chair = g_hash_table_lookup (dataset->offices_by_id, office->chair_office_id);
      _succession_load_path_push (ctx, "posts", office->index);
      if (chair == NULL)
        _succession_load_report (ctx, ERROR, "chair_post_id", _ ("no office has the id “%s”"), office->chair_office_id);
      else if (chair != office)
        office->chair_office = g_object_ref (chair);
      _succession_load_path_pop (ctx);
    }

  /* Councils name their member offices; each must be an office of the file. */
  for (guint i = 0; i < dataset->bodies->len; i++)
    {
      SuccessionBody *body = g_ptr_array_index (dataset->bodies, i);

      if (body->member_office_ids == NULL)
        continue;

      body->member_offices = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint j = 0; body->member_office_ids[j] != NULL; j++)
        {
          SuccessionOffice *office = g_hash_table_lookup (dataset->offices_by_id, body->member_office_ids[j]);

          if (office != NULL)
            {
              g_ptr_array_add (body->member_offices, g_object_ref (office));
              if (office->councils == NULL)
                office->councils = g_ptr_array_new_with_free_func (g_object_unref);
              g_ptr_array_add (office->councils, g_object_ref (body));
              continue;
            }
          _succession_load_path_push (ctx, "organizations", body->index);
          _succession_load_path_push (ctx, "member_post_ids", j);
          _succession_load_report (ctx, ERROR, NULL, _ ("no office has the id “%s”"), body->member_office_ids[j]);
          _succession_load_path_pop (ctx);
          _succession_load_path_pop (ctx);
        }
    }
}

/* Popolo identifiers of a person or a post: the model keeps the first Wikidata one. */
static void
read_identifiers (SuccessionLoadContext *ctx,
                  JsonValue             *object,
                  char                 **wikidata)
{
  JsonValue *identifiers = _succession_load_read_array (ctx, object, "identifiers");
  guint      n_wikidata = 0;

  if (identifiers == NULL)
    return;

  for (guint i = 0; i < identifiers->n; i++)
    {
      JsonValue *entry;

      _succession_load_path_push (ctx, "identifiers", i);
      if ((entry = _succession_load_element_object (ctx, identifiers, i)) != NULL)
        {
          const char *scheme = _succession_load_read_string (ctx, entry, "scheme");
          const char *identifier = _succession_load_read_string (ctx, entry, "identifier");

          if (g_strcmp0 (scheme, "wikidata") == 0 && identifier != NULL && entry->n == 2)
            {
              if (_succession_load_all_exact (entry, (const char *[]){ "scheme", "identifier", NULL }))
                n_wikidata++;
              if (*wikidata == NULL)
                *wikidata = g_strdup (identifier);
            }
        }
      _succession_load_path_pop (ctx);
    }

  /* The model keeps one Wikidata identifier: anything more is kept as written. */
  _succession_json_mark (identifiers, identifiers->n == 1 && n_wikidata == 1);
}

void
_succession_load_convert_person (SuccessionLoadContext *ctx,
                                 JsonValue             *object,
                                 guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionPerson) person = _succession_person_new ();

  person->index = index;
  person->id = _succession_load_dup_string (ctx, object, "id");
  person->name = _succession_load_dup_string (ctx, object, "name");
  person->sort_name = _succession_load_dup_string (ctx, object, "sort_name");
  person->gender = _succession_load_dup_string (ctx, object, "gender");
  _succession_load_read_other_names (ctx, object, "other_names", &person->names);
  _succession_load_read_date (ctx, object, "birth_date", &person->birth_date);
  _succession_load_read_qualifier (ctx, object, "birth_date_qualifier", &person->birth_date);
  _succession_load_read_date (ctx, object, "death_date", &person->death_date);
  _succession_load_read_qualifier (ctx, object, "death_date_qualifier", &person->death_date);
  person->sources = _succession_load_read_sources (ctx, object, "sources");
  person->note = _succession_load_read_localized (ctx, object, "note");
  read_identifiers (ctx, object, &person->wikidata);

  if (person->name == NULL && succession_text_get_n (person->names) == 0)
    _succession_load_warn (ctx, SUCCESSION_WARNING_PERSON_NO_NAME, NULL, "%s", _ ("the person has no name"));

  if (succession_date_is_set (&person->birth_date) && succession_date_is_set (&person->death_date) &&
      succession_date_get_latest (&person->death_date) < succession_date_get_earliest (&person->birth_date))
    _succession_load_report (ctx, ERROR, "death_date", _ ("the person dies before they are born"));

  if (_succession_load_register_id (ctx, dataset->persons_by_id, person->id, person, _ ("person")))
    {
      _succession_load_keep (ctx, person, object);
      g_ptr_array_add (dataset->persons, g_steal_pointer (&person));
    }
}

void
_succession_load_convert_event (SuccessionLoadContext *ctx,
                                JsonValue             *object,
                                guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionTerm) term = _succession_term_new ();
  gint64 number;

  term->index = index;
  term->id = _succession_load_dup_string (ctx, object, "id");
  term->name = _succession_load_dup_string (ctx, object, "name");
  term->classification = _succession_load_dup_string (ctx, object, "classification");
  _succession_load_read_other_names (ctx, object, "other_names", &term->names);
  term->body = _succession_load_resolve_body (ctx, object, "organization_id");
  _succession_load_read_date (ctx, object, "start_date", &term->start_date);
  _succession_load_read_date (ctx, object, "end_date", &term->end_date);
  term->sources = _succession_load_read_sources (ctx, object, "sources");
  term->note = _succession_load_read_localized (ctx, object, "note");
  if (_succession_load_read_int (ctx, object, "number", 0, G_MAXINT, &number))
    term->number = (int) number;

  if (succession_date_is_set (&term->start_date) && succession_date_is_set (&term->end_date) &&
      succession_date_get_latest (&term->end_date) < succession_date_get_earliest (&term->start_date))
    {
      g_autofree char *start = succession_date_to_iso (&term->start_date);
      g_autofree char *end = succession_date_to_iso (&term->end_date);

      _succession_load_report (ctx, ERROR, "end_date", _ ("the end date “%s” is before the start date “%s”"), end, start);
    }

  if (_succession_load_register_id (ctx, dataset->terms_by_id, term->id, term, _ ("term")))
    {
      _succession_load_keep (ctx, term, object);
      if (term->body != NULL)
        g_ptr_array_add (term->body->terms, g_object_ref (term));
      g_ptr_array_add (dataset->terms, g_steal_pointer (&term));
    }
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const SuccessionTerm *ta = *(SuccessionTerm *const *) a;
  const SuccessionTerm *tb = *(SuccessionTerm *const *) b;
  int                   cmp = succession_date_compare (&ta->start_date, &tb->start_date);

  if (cmp != 0)
    return cmp;
  if (ta->number != tb->number)
    return ta->number < tb->number ? -1 : 1;
  return (ta->index > tb->index) - (ta->index < tb->index);
}

/* Chronological orders the views and queries rely on. */
void
_succession_load_sort (SuccessionLoadContext *ctx)
{
  SuccessionDataset *dataset = ctx->dataset;

  for (guint i = 0; i < dataset->offices->len; i++)
    g_ptr_array_sort (((SuccessionOffice *) g_ptr_array_index (dataset->offices, i))->tenures,
                      _succession_tenure_compare);
  for (guint i = 0; i < dataset->persons->len; i++)
    g_ptr_array_sort (((SuccessionPerson *) g_ptr_array_index (dataset->persons, i))->tenures,
                      _succession_tenure_compare);
  for (guint i = 0; i < dataset->bodies->len; i++)
    g_ptr_array_sort (((SuccessionBody *) g_ptr_array_index (dataset->bodies, i))->terms, compare_terms);
}
