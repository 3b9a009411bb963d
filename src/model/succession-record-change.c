/* succession-record-change.c — member by member changes of one record of the document
 *
 * A change edits the dataset's own document (the writer's text, every member the model does
 * not use kept): a member that does not change stays where and as it was, and one that is added
 * goes at the end of its record, so a saved file differs from the one read only in the lines of
 * the records changed. The document is then loaded again by the loader that reads files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-change"

#include "config.h"

#include <string.h>

#include "succession-dataset-writer-private.h"
#include "succession-dataset-writer.h"
#include "succession-body.h"
#include "succession-dataset.h"
#include "succession-office.h"
#include "succession-person.h"
#include "succession-source.h"
#include "succession-tenure.h"
#include "succession-text.h"
#include "succession-message.h"
#include "succession-record-change-private.h"

gboolean
succession_change_source_is_given (const SuccessionChangeSource *source)
{
  g_return_val_if_fail (source != NULL, FALSE);

  return (source->url != NULL && *source->url != '\0') || (source->title != NULL && *source->title != '\0');
}

void
succession_change_source_copy (const SuccessionChangeSource *source,
                               SuccessionChangeSource       *copy)
{
  g_return_if_fail (source != NULL && copy != NULL);

  *copy = *source;
  copy->url = g_strdup (source->url);
  copy->archive_url = g_strdup (source->archive_url);
  copy->title = g_strdup (source->title);
  copy->publisher = g_strdup (source->publisher);
  copy->locator = g_strdup (source->locator);
}

void
succession_change_source_clear (SuccessionChangeSource *source)
{
  g_return_if_fail (source != NULL);

  g_free ((char *) source->url);
  g_free ((char *) source->archive_url);
  g_free ((char *) source->title);
  g_free ((char *) source->publisher);
  g_free ((char *) source->locator);
  *source = (SuccessionChangeSource){ 0 };
}

static void
add_cited (GHashTable *seen,
           GPtrArray  *cited,
           GPtrArray  *sources)
{
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      SuccessionSource *source = g_ptr_array_index (sources, i);
      char             *key = g_strconcat (succession_source_get_url (source) != NULL ? succession_source_get_url (source) : "", "\n",
                               succession_source_get_title (source) != NULL ? succession_source_get_title (source) : "", NULL);

      if (g_hash_table_add (seen, key))
        g_ptr_array_add (cited, source);
    }
}

/* Each record list of the dataset, its records' sources. */
static void
add_cited_of (GHashTable *seen,
              GPtrArray  *cited,
              GListModel *records,
              GPtrArray *(*get_sources) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);

      add_cited (seen, cited, get_sources (record));
    }
}

static int
compare_cited (gconstpointer a,
               gconstpointer b)
{
  SuccessionSource *x = *(SuccessionSource **) a;
  SuccessionSource *y = *(SuccessionSource **) b;
  int               by_title = g_strcmp0 (succession_source_get_title (x), succession_source_get_title (y));

  return by_title != 0 ? by_title : g_strcmp0 (succession_source_get_url (x), succession_source_get_url (y));
}

GPtrArray *
succession_change_sources_cited (SuccessionDataset *dataset)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* No reference each: a list of a hundred thousand would cost as many unrefs when freed. */
  GPtrArray *cited = g_ptr_array_new ();

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), cited);

  add_cited_of (seen, cited, succession_dataset_get_tenures (dataset), (GPtrArray * (*) (gpointer)) succession_tenure_get_sources);
  add_cited_of (seen, cited, succession_dataset_get_persons (dataset), (GPtrArray * (*) (gpointer)) succession_person_get_sources);
  add_cited_of (seen, cited, succession_dataset_get_offices (dataset), (GPtrArray * (*) (gpointer)) succession_office_get_sources);
  add_cited_of (seen, cited, succession_dataset_get_bodies (dataset), (GPtrArray * (*) (gpointer)) succession_body_get_sources);
  g_ptr_array_sort (cited, compare_cited);
  return cited;
}

static gboolean
same_date (const SuccessionDate *a,
           const SuccessionDate *b)
{
  return a->year == b->year && a->month == b->month && a->day == b->day && a->qualifier == b->qualifier;
}

/* Removes @field from the string array @member ("unknown_value", "no_value") of @record, and
 * the member when nothing is left: a date given is no longer unknown. */
static void
drop_from_field_list (JsonObject *record,
                      const char *member,
                      const char *field)
{
  JsonArray *list;

  if (!json_object_has_member (record, member) ||
      json_node_get_node_type (json_object_get_member (record, member)) != JSON_NODE_ARRAY)
    return;

  list = json_object_get_array_member (record, member);
  for (guint i = json_array_get_length (list); i > 0; i--)
    {
      JsonNode *item = json_array_get_element (list, i - 1);

      if (JSON_NODE_HOLDS_VALUE (item) && g_strcmp0 (json_node_get_string (item), field) == 0)
        json_array_remove_element (list, i - 1);
    }
  if (json_array_get_length (list) == 0)
    json_object_remove_member (record, member);
}

/* The record's sources before the change, copied, for a replaced date's disagreement. */
static JsonArray *
copy_sources (JsonObject *record)
{
  JsonArray *copy = json_array_new ();

  if (json_object_has_member (record, "sources") &&
      json_node_get_node_type (json_object_get_member (record, "sources")) == JSON_NODE_ARRAY)
    {
      JsonArray *sources = json_object_get_array_member (record, "sources");

      for (guint i = 0; i < json_array_get_length (sources); i++)
        json_array_add_element (copy, json_node_copy (json_array_get_element (sources, i)));
    }
  return copy;
}

static void
keep_replaced_date (JsonObject           *record,
                    const char           *field,
                    const SuccessionDate *old)
{
  g_autofree char *value = succession_date_to_iso (old);
  JsonObject      *alternative = json_object_new ();
  JsonArray       *alternatives;

  json_object_set_string_member (alternative, "field", field);
  json_object_set_string_member (alternative, "value", value);
  json_object_set_array_member (alternative, "sources", copy_sources (record));

  if (!json_object_has_member (record, "date_alternatives") ||
      json_node_get_node_type (json_object_get_member (record, "date_alternatives")) != JSON_NODE_ARRAY)
    json_object_set_array_member (record, "date_alternatives", json_array_new ());
  alternatives = json_object_get_array_member (record, "date_alternatives");
  json_array_add_object_element (alternatives, alternative);
}

void
_succession_record_set_date (JsonObject           *record,
                             const char           *field,
                             const SuccessionDate *date,
                             const SuccessionDate *old,
                             gboolean              keep_replaced)
{
  g_autofree char *qualifier_member = g_strconcat (field, "_qualifier", NULL);

  if (same_date (date, old))
    return;
  /* Only a value that differs is a second reading; a qualifier alone is a correction. */
  if (keep_replaced && succession_date_is_set (old) &&
      (date->year != old->year || date->month != old->month || date->day != old->day))
    keep_replaced_date (record, field, old);

  if (!succession_date_is_set (date))
    {
      json_object_remove_member (record, field);
      json_object_remove_member (record, qualifier_member);
      return;
    }

  {
    g_autofree char *text = succession_date_to_iso (date);

    json_object_set_string_member (record, field, text);
  }
  if (date->qualifier != SUCCESSION_DATE_QUALIFIER_NONE)
    json_object_set_string_member (record, qualifier_member,
                                   succession_date_qualifier_to_string (date->qualifier));
  else
    json_object_remove_member (record, qualifier_member);
  drop_from_field_list (record, "unknown_value", field);
  drop_from_field_list (record, "no_value", field);
}

gboolean
_succession_record_same_text (const char *a,
                              const char *b)
{
  return g_strcmp0 (a != NULL && *a != '\0' ? a : NULL, b != NULL && *b != '\0' ? b : NULL) == 0;
}

void
_succession_record_set_string (JsonObject *record,
                               const char *member,
                               const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (record, member, value);
  else if (json_object_has_member (record, member))
    json_object_remove_member (record, member);
}

void
_succession_record_set_localized (JsonObject *record,
                                  const char *member,
                                  const char *lang,
                                  const char *text)
{
  gboolean    given = text != NULL && *text != '\0';
  JsonNode   *node = json_object_get_member (record, member);
  JsonObject *texts;

  /* A bare string is the English text (as the loader reads it): it stays one while only the
   * English text changes, and becomes an object of translations when another language joins. */
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_autofree char *english = g_strdup (json_node_get_string (node));

      if (g_strcmp0 (lang, "en") == 0)
        {
          _succession_record_set_string (record, member, text);
          return;
        }
      if (!given)
        return;
      texts = json_object_new ();
      json_object_set_string_member (texts, "en", english);
      json_object_set_string_member (texts, lang, text);
      json_object_set_object_member (record, member, texts);
      return;
    }
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      if (!given)
        {
          if (node != NULL)
            json_object_remove_member (record, member);
          return;
        }
      texts = json_object_new ();
      json_object_set_string_member (texts, lang, text);
      json_object_set_object_member (record, member, texts);
      return;
    }
  texts = json_node_get_object (node);
  if (given)
    json_object_set_string_member (texts, lang, text);
  else if (json_object_has_member (texts, lang))
    json_object_remove_member (texts, lang);
  if (json_object_get_size (texts) == 0)
    json_object_remove_member (record, member);
}

static void
set_optional_date (JsonObject           *object,
                   const char           *member,
                   const SuccessionDate *date)
{
  g_autofree char *text = NULL;

  if (!succession_date_is_set (date))
    return;
  text = succession_date_to_iso (date);
  json_object_set_string_member (object, member, text);
}

/* JsonArray cannot insert, so the array is made anew. */
void
_succession_record_add_source (JsonObject                   *record,
                               const SuccessionChangeSource *change)
{
  JsonObject *source;
  JsonArray  *sources;

  if (!succession_change_source_is_given (change))
    return;

  source = json_object_new ();
  _succession_record_set_string (source, "url", change->url);
  _succession_record_set_string (source, "archive_url", change->archive_url);
  _succession_record_set_string (source, "title", change->title);
  _succession_record_set_string (source, "publisher", change->publisher);
  set_optional_date (source, "date", &change->date);
  set_optional_date (source, "accessed", &change->accessed);
  _succession_record_set_string (source, "locator", change->locator);

  sources = json_array_new ();
  json_array_add_object_element (sources, source);
  if (json_object_has_member (record, "sources") &&
      json_node_get_node_type (json_object_get_member (record, "sources")) == JSON_NODE_ARRAY)
    {
      JsonArray *old = json_object_get_array_member (record, "sources");

      for (guint i = 0; i < json_array_get_length (old); i++)
        json_array_add_element (sources, json_node_copy (json_array_get_element (old, i)));
    }
  json_object_set_array_member (record, "sources", sources);
}

/* "memberships[12]", the path the loader's messages give for anything of this record. */
static gboolean
is_about_record (SuccessionMessage *message,
                 const char        *prefix)
{
  const char *path = succession_message_get_path (message);
  gsize       length = strlen (prefix);

  return path != NULL && strncmp (path, prefix, length) == 0 &&
         (path[length] == '\0' || path[length] == '.' || path[length] == '[');
}

GListModel *
_succession_record_messages_about (SuccessionLoader *loader,
                                   const char       *prefix)
{
  GListModel *all = succession_loader_get_messages (loader);
  GListStore *store = g_list_store_new (SUCCESSION_TYPE_MESSAGE);

  /* Errors first: they are what keeps the change from being applied. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(SuccessionMessage) message = g_list_model_get_item (all, i);
        gboolean is_error = succession_message_get_severity (message) == SUCCESSION_SEVERITY_ERROR;

        if (is_error == (pass == 0) && is_about_record (message, prefix))
          g_list_store_append (store, message);
      }
  return G_LIST_MODEL (store);
}

/* @bytes (taken) loaded as @dataset's file would be. */
static SuccessionDataset *
load_text (SuccessionDataset *dataset,
           GBytes            *bytes,
           SuccessionLoader  *loader,
           GCancellable      *cancellable,
           GError           **error)
{
  g_autoptr(GBytes) text = bytes;
  SuccessionDataset *changed;

  changed = succession_loader_load_bytes_for_file (loader, text, succession_dataset_get_display_name (dataset),
                                                   succession_dataset_get_file (dataset), cancellable, error);
  /* Ready to search, as a file the window opens is (its loader's thread builds the keys): whoever
   * runs the change, the editor's worker thread, pays for them, not the frame that shows it. */
  if (changed != NULL)
    succession_dataset_prepare_search (changed);
  return changed;
}

SuccessionDataset *
_succession_record_reload (SuccessionDataset *dataset,
                           JsonNode          *document,
                           SuccessionLoader  *loader,
                           GCancellable      *cancellable,
                           GError           **error)
{
  char *text = json_to_string (document, FALSE);

  return load_text (dataset, g_bytes_new_take (text, strlen (text)), loader, cancellable, error);
}

gboolean
_succession_record_office_or_body_id_taken (gpointer    dataset,
                                            const char *id)
{
  return succession_dataset_get_office (dataset, id) != NULL || succession_dataset_get_body (dataset, id) != NULL;
}

void
_succession_record_set_other_name (JsonObject *record,
                                   const char *member,
                                   const char *lang,
                                   const char *text)
{
  const char *key = succession_language_key (lang);
  gboolean    given = text != NULL && *text != '\0';
  gboolean    set = FALSE;
  JsonArray  *names;

  if (!json_object_has_member (record, member) ||
      json_node_get_node_type (json_object_get_member (record, member)) != JSON_NODE_ARRAY)
    {
      if (!given)
        return;
      json_object_set_array_member (record, member, json_array_new ());
    }
  names = json_object_get_array_member (record, member);

  for (guint i = 0; i < json_array_get_length (names);)
    {
      JsonNode   *node = json_array_get_element (names, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *entry_lang = entry != NULL ? json_object_get_string_member_with_default (entry, "lang", NULL) : NULL;

      if (entry_lang == NULL || succession_language_key (entry_lang) != key)
        {
          i++;
          continue;
        }
      if (given && !set)
        {
          if (g_strcmp0 (json_object_get_string_member_with_default (entry, "name", NULL), text) != 0)
            json_object_set_string_member (entry, "name", text);
          set = TRUE;
          i++;
        }
      else if (!given)
        json_array_remove_element (names, i);
      else
        i++;
    }

  if (given && !set)
    {
      JsonObject *entry = json_object_new ();

      json_object_set_string_member (entry, "name", text);
      json_object_set_string_member (entry, "lang", lang);
      json_array_add_object_element (names, entry);
    }
  if (json_array_get_length (names) == 0)
    json_object_remove_member (record, member);
}

guint
_succession_record_find (JsonArray  *array,
                         const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (node), "id", NULL), id) == 0)
        return i;
    }
  return G_MAXUINT;
}

char *
_succession_record_new_id (const char *prefix,
                           const char *text,
                           const char *fallback,
                           gboolean (*taken) (gpointer data, const char *id),
                           gpointer data)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", NULL);
  g_autoptr(GString) base = g_string_new (prefix != NULL && *prefix != '\0' ? prefix : NULL);
  gsize prefix_length;

  if (base->len > 0)
    g_string_append_c (base, '-');
  prefix_length = base->len;
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->len > prefix_length && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > prefix_length && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == prefix_length)
    g_string_append (base, fallback);

  if (!taken (data, base->str))
    return g_strdup (base->str);
  for (guint n = 2;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", base->str, n);

      if (!taken (data, id))
        return g_steal_pointer (&id);
    }
}

/* What @loader said of @collection[@index], then of each of @tenures. */
static GListModel *
messages_of_change (SuccessionLoader *loader,
                    const char       *collection,
                    guint             index,
                    GListModel       *tenures)
{
  g_autofree char *path = g_strdup_printf ("%s[%u]", collection, index);
  GListModel      *about = _succession_record_messages_about (loader, path);

  for (guint i = 0; tenures != NULL && i < g_list_model_get_n_items (tenures); i++)
    {
      g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (tenures, i);
      g_autofree char *tenure_path = g_strdup_printf ("memberships[%u]", succession_tenure_get_index (tenure));
      g_autoptr(GListModel) of_tenure = _succession_record_messages_about (loader, tenure_path);

      for (guint j = 0; j < g_list_model_get_n_items (of_tenure); j++)
        {
          g_autoptr(GObject) message = g_list_model_get_item (of_tenure, j);

          g_list_store_append (G_LIST_STORE (about), message);
        }
    }
  return about;
}

SuccessionDataset *
_succession_record_load_changed (SuccessionDataset *dataset,
                                 JsonNode          *document,
                                 const char        *collection,
                                 guint              index,
                                 GListModel        *tenures,
                                 GCancellable      *cancellable,
                                 GListModel       **messages,
                                 GError           **error)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  SuccessionDataset *changed;

  succession_loader_set_all_messages (loader, TRUE);
  changed = _succession_record_reload (dataset, document, loader, cancellable, error);
  if (messages != NULL)
    *messages = messages_of_change (loader, collection, index, tenures);
  return changed;
}

JsonObject *
_succession_record_read (SuccessionDataset *dataset,
                         const char        *collection,
                         gconstpointer      record,
                         guint             *index)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = _succession_dataset_write_record (dataset, collection, record, index);

  /* The writer's own text: only a bug would make it fail to parse. */
  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

SuccessionDataset *
_succession_record_load_with (SuccessionDataset *dataset,
                              const char        *collection,
                              gconstpointer      replaced,
                              JsonObject        *record,
                              GListModel        *tenures,
                              GCancellable      *cancellable,
                              GListModel       **messages,
                              GError           **error)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), record);
  g_autofree char   *text = json_to_string (node, FALSE);
  WriterSplice       splice = { collection, replaced, text, NULL, 0, FALSE };
  SuccessionDataset *changed;
  gsize              length = 0;
  char              *data = _succession_dataset_to_data_spliced (dataset, &splice, &length);

  if (data == NULL)
    {
      /* A file without @collection: the whole document, which makes the member. */
      JsonArray *array = NULL;
      g_autoptr(JsonNode) document = _succession_record_document (dataset, collection, &array);
      guint index = json_array_get_length (array);

      g_return_val_if_fail (replaced == NULL, NULL);
      json_array_add_object_element (array, json_object_ref (record));
      return _succession_record_load_changed (dataset, document, collection, index, tenures, cancellable, messages, error);
    }

  succession_loader_set_all_messages (loader, TRUE);
  changed = load_text (dataset, g_bytes_new_take (data, length), loader, cancellable, error);
  if (messages != NULL)
    *messages = messages_of_change (loader, collection, splice.index, tenures);
  return changed;
}

SuccessionDataset *
_succession_record_load_without (SuccessionDataset *dataset,
                                 GHashTable        *left_out,
                                 GCancellable      *cancellable,
                                 GError           **error)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  WriterSplice splice = { NULL, NULL, NULL, left_out, 0, FALSE };
  gsize        length = 0;
  char        *data = _succession_dataset_to_data_spliced (dataset, &splice, &length);

  return load_text (dataset, g_bytes_new_take (data, length), loader, cancellable, error);
}

SuccessionDataset *
_succession_record_add_and_load (SuccessionDataset *dataset,
                                 const char        *collection,
                                 JsonObject        *record,
                                 char             **new_id,
                                 GCancellable      *cancellable,
                                 GListModel       **messages,
                                 GError           **error)
{
  g_autofree char   *id = g_strdup (json_object_get_string_member_with_default (record, "id", NULL));
  SuccessionDataset *added;

  added = _succession_record_load_with (dataset, collection, NULL, record, NULL, cancellable, messages, error);
  json_object_unref (record);
  if (added != NULL && new_id != NULL)
    *new_id = g_steal_pointer (&id);
  return added;
}

JsonNode *
_succession_record_document (SuccessionDataset *dataset,
                             const char        *member,
                             JsonArray        **array)
{
  JsonNode   *document = succession_dataset_to_json (dataset);
  JsonObject *root = json_node_get_object (document);

  if (!json_object_has_member (root, member) ||
      json_node_get_node_type (json_object_get_member (root, member)) != JSON_NODE_ARRAY)
    json_object_set_array_member (root, member, json_array_new ());
  *array = json_object_get_array_member (root, member);
  return document;
}
