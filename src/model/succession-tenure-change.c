/* succession-tenure-change.c — a correction of one tenure's dates, applied to the document
 *
 * The membership is changed in the dataset's own document (the writer's text, every member
 * the model does not use kept), member by member: the other records, and the members of this
 * one that do not change, are written back as they were, so a saved file differs from the
 * one read only in the lines of this record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-change"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-dataset-writer.h"
#include "succession-dataset.h"
#include "succession-loader.h"
#include "succession-message.h"
#include "succession-office.h"
#include "succession-person.h"
#include "succession-body.h"
#include "succession-tenure-change.h"
#include "succession-tenure.h"

void
succession_tenure_change_init_from (SuccessionTenureChange *change,
                                    SuccessionTenure       *tenure)
{
  g_return_if_fail (change != NULL);
  g_return_if_fail (SUCCESSION_IS_TENURE (tenure));

  *change = (SuccessionTenureChange){ 0 };
  change->tenure_id = succession_tenure_get_id (tenure);
  change->start_date = *succession_tenure_get_start_date (tenure);
  change->end_date = *succession_tenure_get_end_date (tenure);
}

static gboolean
same_date (const SuccessionDate *a,
           const SuccessionDate *b)
{
  return a->year == b->year && a->month == b->month && a->day == b->day && a->qualifier == b->qualifier;
}

gboolean
succession_tenure_change_changes_dates (const SuccessionTenureChange *change,
                                        SuccessionTenure             *tenure)
{
  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (SUCCESSION_IS_TENURE (tenure), FALSE);

  return !same_date (&change->start_date, succession_tenure_get_start_date (tenure)) ||
         !same_date (&change->end_date, succession_tenure_get_end_date (tenure));
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

/* The tenure's sources before the change, copied, for a replaced date's disagreement. */
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

/* Sets (or, for an unset date, removes) @field and its qualifier. */
static void
set_date (JsonObject           *record,
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

static void
set_optional_string (JsonObject *object,
                     const char *member,
                     const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (object, member, value);
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

/* The change's source, first among the record's sources. JsonArray cannot insert, so the
 * array is made anew. */
static void
add_source (JsonObject                   *record,
            const SuccessionTenureChange *change)
{
  JsonObject *source;
  JsonArray  *sources;

  if ((change->source_url == NULL || *change->source_url == '\0') &&
      (change->source_title == NULL || *change->source_title == '\0'))
    return;

  source = json_object_new ();
  set_optional_string (source, "url", change->source_url);
  set_optional_string (source, "title", change->source_title);
  set_optional_string (source, "publisher", change->source_publisher);
  set_optional_date (source, "date", &change->source_date);
  set_optional_date (source, "accessed", &change->source_accessed);
  set_optional_string (source, "locator", change->source_locator);

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

static GListModel *
messages_about (SuccessionLoader *loader,
                guint             index)
{
  g_autofree char *prefix = g_strdup_printf ("memberships[%u]", index);
  GListModel      *all = succession_loader_get_messages (loader);
  GListStore      *store = g_list_store_new (SUCCESSION_TYPE_MESSAGE);

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

/* The dataset's own document, and the index of @tenure_id's record in its memberships. */
static JsonNode *
document_with_tenure (SuccessionDataset *dataset,
                      const char        *tenure_id,
                      JsonArray        **memberships,
                      guint             *index,
                      GError           **error)
{
  g_autoptr(JsonNode) document = NULL;
  SuccessionTenure *tenure = tenure_id != NULL ? succession_dataset_get_tenure (dataset, tenure_id) : NULL;
  JsonObject       *root;

  document = succession_dataset_to_json (dataset);
  root = document != NULL && JSON_NODE_HOLDS_OBJECT (document) ? json_node_get_object (document) : NULL;
  *memberships = root != NULL && json_object_has_member (root, "memberships") ? json_object_get_array_member (root, "memberships") : NULL;
  *index = tenure != NULL ? succession_tenure_get_index (tenure) : G_MAXUINT;
  if (*memberships == NULL || *index >= json_array_get_length (*memberships))
    {
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                   /* Translators: %s is a tenure's id in the dataset. */
                   _ ("the dataset has no tenure “%s”"), tenure_id != NULL ? tenure_id : "");
      return NULL;
    }
  return g_steal_pointer (&document);
}

/* @document loaded as @dataset's file would be. */
static SuccessionDataset *
reload (SuccessionDataset *dataset,
        JsonNode          *document,
        SuccessionLoader  *loader,
        GCancellable      *cancellable,
        GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  char *text = json_to_string (document, FALSE);

  bytes = g_bytes_new_take (text, strlen (text));
  return succession_loader_load_bytes_for_file (loader, bytes, succession_dataset_get_display_name (dataset),
                                                succession_dataset_get_file (dataset), cancellable, error);
}

SuccessionDataset *
succession_tenure_change_apply (const SuccessionTenureChange *change,
                                SuccessionDataset            *dataset,
                                GCancellable                 *cancellable,
                                GListModel                  **messages,
                                GError                      **error)
{
  g_autoptr(SuccessionLoader) loader = NULL;
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(JsonNode) document = NULL;
  SuccessionTenure *tenure;
  JsonArray        *memberships = NULL;
  JsonObject       *record;
  guint             index = 0;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;

  document = document_with_tenure (dataset, change->tenure_id, &memberships, &index, error);
  if (document == NULL)
    return NULL;
  tenure = succession_dataset_get_tenure (dataset, change->tenure_id);

  record = json_array_get_object_element (memberships, index);
  set_date (record, "start_date", &change->start_date, succession_tenure_get_start_date (tenure),
            change->keep_replaced_dates);
  set_date (record, "end_date", &change->end_date, succession_tenure_get_end_date (tenure),
            change->keep_replaced_dates);
  /* An end given is an end: "ongoing" or "unknown" no longer holds. */
  if (succession_date_is_set (&change->end_date) && json_object_has_member (record, "end_status") &&
      g_strcmp0 (json_object_get_string_member_with_default (record, "end_status", ""), "ended") != 0)
    json_object_remove_member (record, "end_status");
  add_source (record, change);

  loader = succession_loader_new ();
  succession_loader_set_all_messages (loader, TRUE);
  changed = reload (dataset, document, loader, cancellable, error);
  if (messages != NULL)
    *messages = messages_about (loader, index);
  return g_steal_pointer (&changed);
}

SuccessionDataset *
succession_tenure_removal_apply (SuccessionDataset *dataset,
                                 const char        *tenure_id,
                                 GCancellable      *cancellable,
                                 GError           **error)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(JsonNode) document = NULL;
  JsonArray *memberships = NULL;
  guint      index = 0;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = document_with_tenure (dataset, tenure_id, &memberships, &index, error);
  if (document == NULL)
    return NULL;
  json_array_remove_element (memberships, index);
  return reload (dataset, document, loader, cancellable, error);
}

/* An id no record of the dataset has: OFFICE-added-N. */
static char *
new_tenure_id (SuccessionDataset *dataset,
               const char        *office_id)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-added-%u", office_id, n);

      if (succession_dataset_get_tenure (dataset, id) == NULL)
        return g_steal_pointer (&id);
    }
}

SuccessionDataset *
succession_tenure_addition_apply (const SuccessionTenureChange *change,
                                  SuccessionDataset            *dataset,
                                  const char                   *office_id,
                                  const char                   *person_id,
                                  char                        **new_id,
                                  GCancellable                 *cancellable,
                                  GListModel                  **messages,
                                  GError                      **error)
{
  g_autoptr(SuccessionLoader) loader = NULL;
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autofree char  *id = NULL;
  SuccessionOffice *office;
  SuccessionBody   *body;
  SuccessionDate    none = { 0 };
  JsonObject       *root;
  JsonArray        *memberships;
  JsonObject       *record;
  guint             index;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;
  if (new_id != NULL)
    *new_id = NULL;

  office = office_id != NULL ? succession_dataset_get_office (dataset, office_id) : NULL;
  if (office == NULL)
    {
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                   /* Translators: %s is an office's id in the dataset. */
                   _ ("the dataset has no office “%s”"), office_id != NULL ? office_id : "");
      return NULL;
    }
  if (person_id != NULL && succession_dataset_get_person (dataset, person_id) == NULL)
    {
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                   /* Translators: %s is a person's id in the dataset. */
                   _ ("the dataset has no person “%s”"), person_id);
      return NULL;
    }

  document = succession_dataset_to_json (dataset);
  root = json_node_get_object (document);
  if (!json_object_has_member (root, "memberships"))
    json_object_set_array_member (root, "memberships", json_array_new ());
  memberships = json_object_get_array_member (root, "memberships");

  id = new_tenure_id (dataset, office_id);
  record = json_object_new ();
  json_object_set_string_member (record, "id", id);
  if (person_id != NULL)
    json_object_set_string_member (record, "person_id", person_id);
  body = succession_office_get_body (office);
  /* An office the loader made up for a file without posts is its body and role, as there. */
  if (succession_office_is_synthesized (office))
    json_object_set_string_member (record, "role", succession_office_get_label (office));
  else
    json_object_set_string_member (record, "post_id", office_id);
  if (body != NULL)
    json_object_set_string_member (record, "organization_id", succession_body_get_id (body));
  if (person_id == NULL)
    json_object_set_string_member (record, "kind", "vacancy");
  set_date (record, "start_date", &change->start_date, &none, FALSE);
  set_date (record, "end_date", &change->end_date, &none, FALSE);
  add_source (record, change);

  index = json_array_get_length (memberships);
  json_array_add_object_element (memberships, record);

  loader = succession_loader_new ();
  succession_loader_set_all_messages (loader, TRUE);
  added = reload (dataset, document, loader, cancellable, error);
  if (messages != NULL)
    *messages = messages_about (loader, index);
  if (added != NULL && new_id != NULL)
    *new_id = g_steal_pointer (&id);
  return g_steal_pointer (&added);
}
