/* succession-office-change.c — an office's labels, seats and body, a new office, an office removed
 *
 * Each edits the posts (and, for a removal, whatever names the post) of the dataset's own document
 * member by member (succession-record-change.c) and loads it again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-change"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-body.h"
#include "succession-dataset.h"
#include "succession-loader.h"
#include "succession-office-change.h"
#include "succession-office.h"
#include "succession-record-change-private.h"
#include "succession-tenure.h"
#include "succession-text.h"

#define LANG_HANS "zh-Hans"
#define LANG_HANT "zh-Hant"

#define TERM_LENGTH "term_length"

/* The office's term length in @lang, or NULL. */
static const char *
term_length_in (SuccessionOffice *office,
                const char       *lang)
{
  const SuccessionText *value = succession_office_get_fact (office, TERM_LENGTH);

  return value != NULL ? succession_text_get (value, lang) : NULL;
}

static const char *
term_length_language (const SuccessionOfficeChange *change)
{
  return change->term_length_language != NULL ? change->term_length_language : "en";
}

void
succession_office_change_init_from (SuccessionOfficeChange *change,
                                    SuccessionOffice       *office)
{
  const SuccessionText *names;
  SuccessionBody       *body;

  g_return_if_fail (change != NULL);
  g_return_if_fail (SUCCESSION_IS_OFFICE (office));

  names = succession_office_get_names (office);
  body = succession_office_get_body (office);
  *change = (SuccessionOfficeChange){ 0 };
  change->office_id = succession_office_get_id (office);
  change->label = succession_office_get_label (office);
  change->label_hans = names != NULL ? succession_text_get (names, LANG_HANS) : NULL;
  change->label_hant = names != NULL ? succession_text_get (names, LANG_HANT) : NULL;
  change->seats = succession_office_get_seats (office);
  change->body_id = body != NULL ? succession_body_get_id (body) : NULL;
  change->term_length = term_length_in (office, "en");
}

gboolean
succession_office_change_changes (const SuccessionOfficeChange *change,
                                  SuccessionOffice             *office)
{
  SuccessionOfficeChange now;

  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), FALSE);

  succession_office_change_init_from (&now, office);
  return !_succession_record_same_text (change->label, now.label) || !_succession_record_same_text (change->label_hans, now.label_hans) ||
         !_succession_record_same_text (change->label_hant, now.label_hant) || change->seats != now.seats ||
         g_strcmp0 (change->body_id, now.body_id) != 0 ||
         !_succession_record_same_text (change->term_length, term_length_in (office, term_length_language (change)));
}

/* The infobox fact term_length of @record in @lang set to @text (or removed); a fact left with no
 * text goes, and so does an infobox left with no fact. */
static void
write_term_length (JsonObject *record,
                   const char *lang,
                   const char *text)
{
  JsonArray  *infobox = NULL;
  JsonObject *fact = NULL;
  guint       index = 0;

  if (json_object_has_member (record, "infobox") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (record, "infobox")))
    infobox = json_object_get_array_member (record, "infobox");
  for (guint i = 0; infobox != NULL && fact == NULL && i < json_array_get_length (infobox); i++)
    {
      JsonNode *node = json_array_get_element (infobox, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (node), "key", NULL), TERM_LENGTH) == 0)
        {
          fact = json_node_get_object (node);
          index = i;
        }
    }
  if (fact == NULL)
    {
      if (text == NULL || *text == '\0')
        return;
      if (infobox == NULL)
        {
          infobox = json_array_new ();
          json_object_set_array_member (record, "infobox", infobox);
        }
      fact = json_object_new ();
      json_object_set_string_member (fact, "key", TERM_LENGTH);
      json_array_add_object_element (infobox, fact);
      index = json_array_get_length (infobox) - 1;
    }
  _succession_record_set_localized (fact, "value", lang, text);
  if (!json_object_has_member (fact, "value"))
    json_array_remove_element (infobox, index);
  if (json_array_get_length (infobox) == 0)
    json_object_remove_member (record, "infobox");
}

/* The member that holds the post's names in @lang: the one the file already uses for it (Popolo's
 * other_label, or other_names), other_names when neither does. */
static const char *
names_member (JsonObject *record,
              const char *lang)
{
  const char *key = succession_language_key (lang);

  if (json_object_has_member (record, "other_label") &&
      json_node_get_node_type (json_object_get_member (record, "other_label")) == JSON_NODE_ARRAY)
    {
      JsonArray *labels = json_object_get_array_member (record, "other_label");

      for (guint i = 0; i < json_array_get_length (labels); i++)
        {
          JsonNode *node = json_array_get_element (labels, i);

          if (JSON_NODE_HOLDS_OBJECT (node) &&
              succession_language_key (json_object_get_string_member_with_default (json_node_get_object (node), "lang", "")) == key)
            return "other_label";
        }
    }
  return "other_names";
}

static void
write_office (JsonObject                   *record,
              const SuccessionOfficeChange *change,
              const SuccessionOfficeChange *old)
{
  if (!_succession_record_same_text (change->label, old->label))
    _succession_record_set_string (record, "label", change->label);
  if (!_succession_record_same_text (change->label_hans, old->label_hans))
    _succession_record_set_other_name (record, names_member (record, LANG_HANS), LANG_HANS, change->label_hans);
  if (!_succession_record_same_text (change->label_hant, old->label_hant))
    _succession_record_set_other_name (record, names_member (record, LANG_HANT), LANG_HANT, change->label_hant);
  if (change->seats != old->seats)
    {
      if (change->seats > 0)
        json_object_set_int_member (record, "seats", change->seats);
      else
        json_object_remove_member (record, "seats");
    }
  if (g_strcmp0 (change->body_id, old->body_id) != 0)
    _succession_record_set_string (record, "organization_id", change->body_id);
  if (!_succession_record_same_text (change->term_length, old->term_length))
    write_term_length (record, term_length_language (change), change->term_length);
  _succession_record_add_source (record, &change->source);
}

/* What is asked of a change before the document is touched: a label, a body that exists, a post
 * of the file (not one the loader made up). */
static gboolean
can_write (const SuccessionOfficeChange *change,
           SuccessionDataset            *dataset,
           SuccessionOffice             *office,
           GError                      **error)
{
  if (change->label == NULL || *change->label == '\0')
    {
      g_set_error_literal (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID, _ ("an office needs a label"));
      return FALSE;
    }
  if (change->body_id != NULL && succession_dataset_get_body (dataset, change->body_id) == NULL)
    {
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                   /* Translators: %s is a body's id in the dataset. */
                   _ ("the dataset has no body “%s”"), change->body_id);
      return FALSE;
    }
  if (office != NULL && succession_office_is_synthesized (office))
    {
      g_set_error_literal (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                           _ ("this office stands for a body and a role of the file’s memberships, which have no post to change"));
      return FALSE;
    }
  return TRUE;
}

static SuccessionOffice *
find_office (SuccessionDataset *dataset,
             const char        *office_id,
             GError           **error)
{
  SuccessionOffice *office = office_id != NULL ? succession_dataset_get_office (dataset, office_id) : NULL;

  if (office == NULL)
    g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                 /* Translators: %s is an office's id in the dataset. */
                 _ ("the dataset has no office “%s”"), office_id != NULL ? office_id : "");
  return office;
}

SuccessionDataset *
succession_office_change_apply (const SuccessionOfficeChange *change,
                                SuccessionDataset            *dataset,
                                GCancellable                 *cancellable,
                                GListModel                  **messages,
                                GError                      **error)
{
  g_autoptr(JsonObject) record = NULL;
  SuccessionOfficeChange old;
  SuccessionOffice      *office;
  guint                  index;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;
  if ((office = find_office (dataset, change->office_id, error)) == NULL || !can_write (change, dataset, office, error))
    return NULL;

  record = _succession_record_read (dataset, "posts", office, &index);
  g_return_val_if_fail (record != NULL, NULL);
  succession_office_change_init_from (&old, office);
  old.term_length = term_length_in (office, term_length_language (change));
  write_office (record, change, &old);

  return _succession_record_load_with (dataset, "posts", office, record, succession_office_get_tenures (office), cancellable,
                                       messages, error);
}

SuccessionDataset *
succession_office_addition_apply (const SuccessionOfficeChange *change,
                                  SuccessionDataset            *dataset,
                                  char                        **new_id,
                                  GCancellable                 *cancellable,
                                  GListModel                  **messages,
                                  GError                      **error)
{
  g_autofree char       *id = NULL;
  SuccessionOfficeChange none = { 0 };
  JsonObject            *record;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;
  if (new_id != NULL)
    *new_id = NULL;
  if (!can_write (change, dataset, NULL, error))
    return NULL;

  id = _succession_record_new_id (change->body_id, change->label, "office", _succession_record_office_or_body_id_taken, dataset);
  record = json_object_new ();
  json_object_set_string_member (record, "id", id);
  write_office (record, change, &none);
  return _succession_record_add_and_load (dataset, "posts", record, new_id, cancellable, messages, error);
}

static JsonArray *
array_member (JsonObject *object,
              const char *member)
{
  if (object == NULL || !json_object_has_member (object, member) ||
      json_node_get_node_type (json_object_get_member (object, member)) != JSON_NODE_ARRAY)
    return NULL;
  return json_object_get_array_member (object, member);
}

static JsonObject *
object_at (JsonArray *array,
           guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
member_is (JsonObject *object,
           const char *member,
           const char *value)
{
  return object != NULL && g_strcmp0 (json_object_get_string_member_with_default (object, member, NULL), value) == 0;
}

/* Removes @id from the string array @member of @object. */
static void
drop_string (JsonObject *object,
             const char *member,
             const char *id)
{
  JsonArray *list = array_member (object, member);

  for (guint i = list != NULL ? json_array_get_length (list) : 0; i > 0; i--)
    {
      JsonNode *node = json_array_get_element (list, i - 1);

      if (JSON_NODE_HOLDS_VALUE (node) && g_strcmp0 (json_node_get_string (node), id) == 0)
        json_array_remove_element (list, i - 1);
    }
}

SuccessionDataset *
succession_office_removal_apply (SuccessionDataset *dataset,
                                 const char        *office_id,
                                 guint             *n_tenures,
                                 GCancellable      *cancellable,
                                 GError           **error)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(JsonNode) document = NULL;
  SuccessionOffice *office;
  JsonObject       *root;
  JsonArray        *posts;
  JsonArray        *memberships;
  JsonArray        *bodies;
  guint             removed = 0;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_tenures != NULL)
    *n_tenures = 0;
  if ((office = find_office (dataset, office_id, error)) == NULL)
    return NULL;
  if (succession_office_is_synthesized (office))
    {
      g_set_error_literal (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                           _ ("this office stands for a body and a role of the file’s memberships, which have no post to remove"));
      return NULL;
    }

  document = _succession_record_document (dataset, "posts", &posts);
  root = json_node_get_object (document);
  json_array_remove_element (posts, _succession_record_find (posts, office_id));

  /* Another office's chair at the time. */
  for (guint i = 0; i < json_array_get_length (posts); i++)
    if (member_is (object_at (posts, i), "chair_post_id", office_id))
      json_object_remove_member (object_at (posts, i), "chair_post_id");

  /* A council's member offices. */
  bodies = array_member (root, "organizations");
  for (guint i = 0; bodies != NULL && i < json_array_get_length (bodies); i++)
    drop_string (object_at (bodies, i), "member_post_ids", office_id);

  /* Its tenures go with it; a concurrent office keeps its label but no longer names the post. */
  memberships = array_member (root, "memberships");
  for (guint i = memberships != NULL ? json_array_get_length (memberships) : 0; i > 0; i--)
    {
      JsonObject *record = object_at (memberships, i - 1);
      JsonArray  *concurrent = array_member (record, "concurrent_offices");

      if (member_is (record, "post_id", office_id))
        {
          json_array_remove_element (memberships, i - 1);
          removed++;
          continue;
        }
      for (guint j = 0; concurrent != NULL && j < json_array_get_length (concurrent); j++)
        if (member_is (object_at (concurrent, j), "post_id", office_id))
          json_object_remove_member (object_at (concurrent, j), "post_id");
    }
  if (n_tenures != NULL)
    *n_tenures = removed;
  return _succession_record_reload (dataset, document, loader, cancellable, error);
}
