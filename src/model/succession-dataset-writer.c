/* succession-dataset-writer.c — a dataset written back as Popolo JSON
 *
 * The inverse of succession-loader-convert.c, field by field. Values the loader derived (an
 * office's label from its role, a membership's id from its position, its dates from its
 * legislative period) are written explicitly, so the output loads to the same model without
 * the derivation. Empty values are left out, as the loader reads an absent member as unset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-writer"

#include "config.h"

#include <string.h>

#include "succession-dataset-private.h"
#include "succession-dataset-writer.h"

static const char * const kind_names[] = { "regular", "acting", "honorary", "vacancy" };
static const char * const end_status_names[] = { "ended", "ongoing", "unknown" };

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_date (JsonBuilder          *builder,
          const char           *key,
          const char           *qualifier_key,
          const SuccessionDate *date)
{
  g_autofree char *iso = NULL;

  if (!succession_date_is_set (date))
    return;

  iso = succession_date_to_iso (date);
  add_string (builder, key, iso);
  if (qualifier_key != NULL && date->qualifier != SUCCESSION_DATE_QUALIFIER_NONE)
    add_string (builder, qualifier_key, succession_date_qualifier_to_string (date->qualifier));
}

/* A localized value as an object of translations, in the order they were read. */
static void
add_localized_value (JsonBuilder          *builder,
                     const SuccessionText *text)
{
  json_builder_begin_object (builder);
  for (guint i = 0; i < succession_text_get_n (text); i++)
    {
      const char *lang = NULL;
      const char *value = succession_text_get_nth (text, i, &lang);

      add_string (builder, lang, value);
    }
  json_builder_end_object (builder);
}

static void
add_localized (JsonBuilder          *builder,
               const char           *key,
               const SuccessionText *text)
{
  if (text == NULL || succession_text_get_n (text) == 0)
    return;
  json_builder_set_member_name (builder, key);
  add_localized_value (builder, text);
}

/* Names as Popolo other_names; alternates ("und") without a language. */
static void
add_other_names (JsonBuilder          *builder,
                 const SuccessionText *names)
{
  if (names == NULL || succession_text_get_n (names) == 0)
    return;

  json_builder_set_member_name (builder, "other_names");
  json_builder_begin_array (builder);
  for (guint i = 0; i < succession_text_get_n (names); i++)
    {
      const char *lang = NULL;
      const char *name = succession_text_get_nth (names, i, &lang);

      json_builder_begin_object (builder);
      add_string (builder, "name", name);
      if (lang != NULL && *lang != '\0' && strcmp (lang, "und") != 0)
        add_string (builder, "lang", lang);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_sources (JsonBuilder *builder,
             GPtrArray   *sources)
{
  if (sources == NULL)
    return;

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sources->len; i++)
    {
      SuccessionSource *source = g_ptr_array_index (sources, i);

      json_builder_begin_object (builder);
      add_string (builder, "url", source->url);
      add_string (builder, "title", source->title);
      add_string (builder, "publisher", source->publisher);
      add_date (builder, "date", NULL, &source->date);
      add_date (builder, "accessed", NULL, &source->accessed);
      add_string (builder, "locator", source->locator);
      add_string (builder, "lang", source->lang);
      add_string (builder, "note", source->note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
write_meta (JsonBuilder       *builder,
            SuccessionDataset *dataset)
{
  g_autoptr(GPtrArray) note_ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, dataset->notes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (note_ids, key);

  json_builder_set_member_name (builder, "meta");
  json_builder_begin_object (builder);
  if (succession_text_get_n (dataset->title_text) > 1)
    add_localized (builder, "title", dataset->title_text);
  else
    add_string (builder, "title", dataset->title);
  add_string (builder, "version", dataset->version);
  add_string (builder, "license", dataset->license);
  if (dataset->languages != NULL)
    {
      json_builder_set_member_name (builder, "languages");
      json_builder_begin_array (builder);
      for (guint i = 0; dataset->languages[i] != NULL; i++)
        json_builder_add_string_value (builder, dataset->languages[i]);
      json_builder_end_array (builder);
    }
  add_localized (builder, "date_convention", dataset->date_convention);

  /* The model keeps notes by id: written in the order of their ids, so output is stable. */
  if (note_ids->len > 0)
    {
      g_ptr_array_sort (note_ids, compare_strings);
      json_builder_set_member_name (builder, "notes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < note_ids->len; i++)
        {
          const char *id = g_ptr_array_index (note_ids, i);

          json_builder_begin_object (builder);
          add_string (builder, "id", id);
          add_localized (builder, "text", g_hash_table_lookup (dataset->notes, id));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  add_string (builder, "license", dataset->license);
  json_builder_end_object (builder);
}

static void
write_body (JsonBuilder    *builder,
            SuccessionBody *body)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", body->id);
  add_string (builder, "name", body->name);
  add_other_names (builder, body->names);
  add_string (builder, "classification", body->classification);
  add_string (builder, "parent_id", body->parent_id);
  add_date (builder, "founding_date", NULL, &body->founding_date);
  add_date (builder, "dissolution_date", NULL, &body->dissolution_date);
  add_localized (builder, "descriptions", body->description);
  add_localized (builder, "rank", body->rank);
  add_localized (builder, "address", body->address);
  if (body->predecessor_name != NULL || succession_date_is_set (&body->predecessor_founding_date))
    {
      json_builder_set_member_name (builder, "predecessor");
      json_builder_begin_object (builder);
      add_localized (builder, "name", body->predecessor_name);
      add_date (builder, "founding_date", NULL, &body->predecessor_founding_date);
      json_builder_end_object (builder);
    }
  if (body->sort_order != 0)
    add_int (builder, "sort_order", body->sort_order);
  add_localized (builder, "note", body->note);
  add_sources (builder, body->sources);
  json_builder_end_object (builder);
}

/* Popolo `identifiers` with the one identifier the model keeps. */
static void
add_wikidata_identifier (JsonBuilder *builder,
                         const char  *wikidata)
{
  if (wikidata == NULL)
    return;
  json_builder_set_member_name (builder, "identifiers");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_string (builder, "scheme", "wikidata");
  add_string (builder, "identifier", wikidata);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
write_office (JsonBuilder      *builder,
              SuccessionOffice *office)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", office->id);
  add_string (builder, "label", office->label);
  add_string (builder, "role", office->role);
  add_other_names (builder, office->names);
  add_string (builder, "organization_id", office->body != NULL ? office->body->id : NULL);
  add_string (builder, "term_organization_id", office->term_body != NULL ? office->term_body->id : NULL);
  add_string (builder, "chair_post_id", office->chair_office_id);
  add_wikidata_identifier (builder, office->wikidata);
  add_date (builder, "start_date", NULL, &office->start_date);
  add_date (builder, "end_date", NULL, &office->end_date);
  if (office->seats > 0)
    add_int (builder, "seats", office->seats);
  add_localized (builder, "descriptions", office->description);
  if (office->infobox != NULL)
    {
      json_builder_set_member_name (builder, "infobox");
      json_builder_begin_array (builder);
      for (guint i = 0; i < office->infobox->len; i++)
        {
          SuccessionInfoboxEntry *fact = g_ptr_array_index (office->infobox, i);

          json_builder_begin_object (builder);
          add_string (builder, "key", fact->key);
          add_localized (builder, "value", fact->value);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  add_localized (builder, "note", office->note);
  add_sources (builder, office->sources);
  json_builder_end_object (builder);
}

static void
write_person (JsonBuilder      *builder,
              SuccessionPerson *person)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", person->id);
  add_string (builder, "name", person->name);
  add_string (builder, "sort_name", person->sort_name);
  add_other_names (builder, person->names);
  add_string (builder, "gender", person->gender);
  add_date (builder, "birth_date", "birth_date_qualifier", &person->birth_date);
  add_date (builder, "death_date", "death_date_qualifier", &person->death_date);
  add_wikidata_identifier (builder, person->wikidata);
  add_localized (builder, "note", person->note);
  add_sources (builder, person->sources);
  json_builder_end_object (builder);
}

static void
write_term (JsonBuilder    *builder,
            SuccessionTerm *term)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", term->id);
  add_string (builder, "name", term->name);
  if (term->number != 0)
    add_int (builder, "number", term->number);
  add_other_names (builder, term->names);
  add_string (builder, "classification", term->classification);
  add_string (builder, "organization_id", term->body != NULL ? term->body->id : NULL);
  add_date (builder, "start_date", NULL, &term->start_date);
  add_date (builder, "end_date", NULL, &term->end_date);
  add_localized (builder, "note", term->note);
  add_sources (builder, term->sources);
  json_builder_end_object (builder);
}

static void
write_tenure_lists (JsonBuilder      *builder,
                    SuccessionTenure *tenure)
{
  if (tenure->terms != NULL && tenure->terms->len > 0)
    {
      json_builder_set_member_name (builder, "term_ids");
      json_builder_begin_array (builder);
      for (guint i = 0; i < tenure->terms->len; i++)
        json_builder_add_string_value (builder, ((SuccessionTerm *) g_ptr_array_index (tenure->terms, i))->id);
      json_builder_end_array (builder);
    }

  if (tenure->concurrent_offices != NULL)
    {
      json_builder_set_member_name (builder, "concurrent_offices");
      json_builder_begin_array (builder);
      for (guint i = 0; i < tenure->concurrent_offices->len; i++)
        {
          json_builder_begin_object (builder);
          add_localized (builder, "label", g_ptr_array_index (tenure->concurrent_offices, i));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  if (tenure->alternatives != NULL)
    {
      json_builder_set_member_name (builder, "date_alternatives");
      json_builder_begin_array (builder);
      for (guint i = 0; i < tenure->alternatives->len; i++)
        {
          SuccessionDateAlternative *alt = g_ptr_array_index (tenure->alternatives, i);

          json_builder_begin_object (builder);
          add_string (builder, "field", alt->is_end ? "end_date" : "start_date");
          add_date (builder, "value", NULL, &alt->date);
          add_sources (builder, alt->sources);
          add_localized (builder, "note", alt->note);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  if (tenure->note_ids != NULL && tenure->note_ids[0] != NULL)
    {
      json_builder_set_member_name (builder, "note_ids");
      json_builder_begin_array (builder);
      for (guint i = 0; tenure->note_ids[i] != NULL; i++)
        json_builder_add_string_value (builder, tenure->note_ids[i]);
      json_builder_end_array (builder);
    }
}

static void
write_tenure (JsonBuilder      *builder,
              SuccessionTenure *tenure)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", tenure->id);
  add_string (builder, "person_id", tenure->person != NULL ? tenure->person->id : NULL);
  /* An office the loader made up from organization_id and role has no post to name. */
  if (tenure->office != NULL && !tenure->office->synthesized)
    add_string (builder, "post_id", tenure->office->id);
  add_string (builder, "organization_id", tenure->body != NULL ? tenure->body->id : NULL);
  add_string (builder, "on_behalf_of_id", tenure->on_behalf_of != NULL ? tenure->on_behalf_of->id : NULL);
  add_string (builder, "role", tenure->role);
  add_string (builder, "label", tenure->label);
  add_date (builder, "start_date", "start_date_qualifier", &tenure->start_date);
  add_date (builder, "end_date", "end_date_qualifier", &tenure->end_date);
  /* "ended" is what an end date says already. */
  if (tenure->end_status != SUCCESSION_END_STATUS_ENDED)
    add_string (builder, "end_status", end_status_names[tenure->end_status]);
  add_string (builder, "kind", kind_names[tenure->kind]);
  write_tenure_lists (builder, tenure);
  add_localized (builder, "note", tenure->note);
  add_sources (builder, tenure->sources);
  json_builder_end_object (builder);
}

JsonNode *
succession_dataset_to_json (SuccessionDataset *dataset)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  json_builder_begin_object (builder);
  write_meta (builder, dataset);

  json_builder_set_member_name (builder, "organizations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < dataset->bodies->len; i++)
    write_body (builder, g_ptr_array_index (dataset->bodies, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "posts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < dataset->offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (dataset->offices, i);

      if (!office->synthesized)
        write_office (builder, office);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "persons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < dataset->persons->len; i++)
    write_person (builder, g_ptr_array_index (dataset->persons, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < dataset->terms->len; i++)
    write_term (builder, g_ptr_array_index (dataset->terms, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "memberships");
  json_builder_begin_array (builder);
  for (guint i = 0; i < dataset->tenures->len; i++)
    write_tenure (builder, g_ptr_array_index (dataset->tenures, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

char *
succession_dataset_to_data (SuccessionDataset *dataset,
                            gsize             *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  char *out;
  gsize n;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  root = succession_dataset_to_json (dataset);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  data = json_generator_to_data (generator, &n);
  out = g_malloc (n + 2);
  memcpy (out, data, n);
  out[n] = '\n';
  out[n + 1] = '\0';
  if (length != NULL)
    *length = n + 1;
  return out;
}
