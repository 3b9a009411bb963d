/* succession-wikidata-merge.c — an office from Wikidata added to a dataset
 *
 * The dataset's own document (every member it has, kept or modelled) gets the office's records
 * appended: its post and memberships, and the persons, bodies and terms the dataset does not
 * have yet. What the dataset already has is recognised by its Wikidata id and reused, so a
 * holder the researcher recorded keeps their record and gains the new tenures. An id the
 * document already uses for something else is given a "wikidata-" prefix. The result is read
 * back by the loader, as a file would be: a new dataset, the one given left as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "succession-dataset-writer.h"
#include "succession-loader.h"
#include "succession-wikidata-office-private.h"

typedef struct
{
  GHashTable *ids;     /* every id the document uses, by section */
  GHashTable *by_qid;  /* "section\tQ…" -> the document's id of that item */
  GHashTable *renamed; /* "section\tid" of the office's document -> the id it takes */
} Merge;

/* @record's member @name if it is an array, else NULL. */
static JsonArray *
array_member (JsonObject *record,
              const char *name)
{
  JsonNode *node = json_object_get_member (record, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
wikidata_of (JsonObject *record)
{
  JsonArray *identifiers = array_member (record, "identifiers");

  for (guint i = 0; identifiers != NULL && i < json_array_get_length (identifiers); i++)
    {
      JsonNode   *node = json_array_get_element (identifiers, i);
      JsonObject *identifier = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (identifier != NULL &&
          g_strcmp0 (json_object_get_string_member_with_default (identifier, "scheme", NULL), "wikidata") == 0)
        return json_object_get_string_member_with_default (identifier, "identifier", NULL);
    }
  return NULL;
}

static JsonArray *
section (JsonObject *document,
         const char *name)
{
  if (!json_object_has_member (document, name) || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (document, name)))
    json_object_set_array_member (document, name, json_array_new ());
  return json_object_get_array_member (document, name);
}

static void
index_section (Merge      *merge,
               JsonObject *document,
               const char *name)
{
  JsonArray *records = section (document, name);

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      const char *id = record != NULL ? json_object_get_string_member_with_default (record, "id", NULL) : NULL;
      const char *qid = record != NULL ? wikidata_of (record) : NULL;

      if (id == NULL)
        continue;
      g_hash_table_add (merge->ids, g_strdup_printf ("%s\t%s", name, id));
      if (qid != NULL)
        g_hash_table_insert (merge->by_qid, g_strdup_printf ("%s\t%s", name, qid), g_strdup (id));
    }
}

/* The id the office's record @id of @name takes in the document. */
static const char *
mapped (Merge      *merge,
        const char *name,
        const char *id)
{
  g_autofree char *key = g_strdup_printf ("%s\t%s", name, id);
  const char      *renamed = g_hash_table_lookup (merge->renamed, key);

  return renamed != NULL ? renamed : id;
}

/* A free id for the office's record @id of @name, remembered for the records that name it. */
static const char *
claim (Merge      *merge,
       const char *name,
       const char *id)
{
  g_autofree char *candidate = g_strdup (id);

  for (guint n = 1;; n++)
    {
      g_autofree char *key = g_strdup_printf ("%s\t%s", name, candidate);

      if (!g_hash_table_contains (merge->ids, key))
        break;
      g_free (candidate);
      candidate = n == 1 ? g_strdup_printf ("wikidata-%s", id) : g_strdup_printf ("wikidata-%s-%u", id, n);
    }
  g_hash_table_add (merge->ids, g_strdup_printf ("%s\t%s", name, candidate));
  g_hash_table_insert (merge->renamed, g_strdup_printf ("%s\t%s", name, id), g_strdup (candidate));
  return mapped (merge, name, id);
}

static void
remap_member (Merge      *merge,
              JsonObject *record,
              const char *member,
              const char *name)
{
  const char      *id = json_object_get_string_member_with_default (record, member, NULL);
  g_autofree char *id_there = id != NULL ? g_strdup (mapped (merge, name, id)) : NULL;

  if (id_there != NULL)
    json_object_set_string_member (record, member, id_there);
}

/* The office's records of section @name appended to the document's, under free ids and naming
 * one another by the ids they take; with @reuse (persons, bodies, terms), a record the document
 * already has by its Wikidata id is not appended but named by the document's id. */
static void
merge_section (Merge      *merge,
               JsonObject *document,
               JsonObject *office,
               const char *name,
               gboolean    reuse)
{
  JsonArray *into = section (document, name);
  JsonArray *records = section (office, name);

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonNode        *node = json_array_get_element (records, i);
      JsonObject      *record = json_node_get_object (node);
      const char      *id = json_object_get_string_member_with_default (record, "id", NULL);
      const char      *qid = reuse ? wikidata_of (record) : NULL;
      g_autofree char *key = qid != NULL ? g_strdup_printf ("%s\t%s", name, qid) : NULL;
      const char      *existing = key != NULL ? g_hash_table_lookup (merge->by_qid, key) : NULL;
      JsonArray       *terms = array_member (record, "term_ids");

      if (id != NULL && existing != NULL)
        {
          g_hash_table_insert (merge->renamed, g_strdup_printf ("%s\t%s", name, id), g_strdup (existing));
          continue;
        }
      if (id != NULL)
        json_object_set_string_member (record, "id", claim (merge, name, id));
      remap_member (merge, record, "organization_id", "organizations");
      remap_member (merge, record, "post_id", "posts");
      remap_member (merge, record, "person_id", "persons");
      for (guint t = 0; terms != NULL && t < json_array_get_length (terms); t++)
        {
          JsonNode *term = json_array_get_element (terms, t);

          if (JSON_NODE_HOLDS_VALUE (term) && json_node_get_value_type (term) == G_TYPE_STRING)
            {
              g_autofree char *id_there = g_strdup (mapped (merge, "events", json_node_get_string (term)));

              json_node_set_string (term, id_there);
            }
        }
      json_array_add_element (into, json_node_copy (node));
    }
}

static void
merge_clear (Merge *merge)
{
  g_clear_pointer (&merge->ids, g_hash_table_unref);
  g_clear_pointer (&merge->by_qid, g_hash_table_unref);
  g_clear_pointer (&merge->renamed, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Merge, merge_clear)

SuccessionDataset *
succession_wikidata_office_add_to (SuccessionWikidataOffice *self,
                                   SuccessionDataset        *dataset,
                                   GCancellable             *cancellable,
                                   GError                  **error)
{
  g_auto (Merge) merge = { 0 };
  g_autoptr(JsonNode) base = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *popolo = NULL;
  g_autofree char *key = NULL;
  JsonObject      *document;
  JsonObject      *office;
  char            *text;
  gsize            length;

  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  base = succession_dataset_to_json (dataset);
  document = json_node_get_object (base);
  popolo = succession_wikidata_office_to_popolo (self, &length);
  if (!json_parser_load_from_data (parser, popolo, length, error))
    return NULL;
  office = json_node_get_object (json_parser_get_root (parser));

  merge.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  merge.by_qid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  merge.renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < 5; i++)
    index_section (&merge, document,
                   (const char *const[]){ "organizations", "posts", "persons", "events", "memberships" }[i]);

  key = g_strdup_printf ("posts\t%s", succession_wikidata_office_get_id (self));
  if (g_hash_table_contains (merge.by_qid, key))
    {
      g_set_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_ALREADY,
                   /* Translators: %s is the office's Wikidata id, "Q…". */
                   _ ("the dataset already has this office (%s)"), succession_wikidata_office_get_id (self));
      return NULL;
    }

  /* Bodies first, as persons and terms may name them; then what names them all. */
  merge_section (&merge, document, office, "organizations", TRUE);
  merge_section (&merge, document, office, "persons", TRUE);
  merge_section (&merge, document, office, "events", TRUE);
  merge_section (&merge, document, office, "posts", FALSE);
  merge_section (&merge, document, office, "memberships", FALSE);

  text = json_to_string (base, TRUE);
  bytes = g_bytes_new_take (text, strlen (text));
  return succession_loader_load_bytes_for_file (loader, bytes, succession_dataset_get_display_name (dataset),
                                                succession_dataset_get_file (dataset), cancellable, error);
}
