/* succession-body-change.c — a body's names, parent and dates, a new body, an empty body removed
 *
 * Each edits the organizations of the dataset's own document member by member
 * (succession-record-change.c) and loads it again; the loader says if the tree has become a loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-change"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "succession-body-change.h"
#include "succession-body.h"
#include "succession-dataset.h"
#include "succession-loader.h"
#include "succession-record-change-private.h"
#include "succession-text.h"

#define LANG_HANS "zh-Hans"
#define LANG_HANT "zh-Hant"

void
succession_body_change_init_from (SuccessionBodyChange *change,
                                  SuccessionBody       *body)
{
  const SuccessionText *names;
  SuccessionBody       *parent;

  g_return_if_fail (change != NULL);
  g_return_if_fail (SUCCESSION_IS_BODY (body));

  names = succession_body_get_names (body);
  parent = succession_body_get_parent (body);
  *change = (SuccessionBodyChange){ 0 };
  change->body_id = succession_body_get_id (body);
  change->name = succession_body_get_name (body);
  change->name_hans = names != NULL ? succession_text_get (names, LANG_HANS) : NULL;
  change->name_hant = names != NULL ? succession_text_get (names, LANG_HANT) : NULL;
  change->parent_id = parent != NULL ? succession_body_get_id (parent) : NULL;
  change->founding_date = *succession_body_get_founding_date (body);
  change->dissolution_date = *succession_body_get_dissolution_date (body);
}

gboolean
succession_body_change_changes (const SuccessionBodyChange *change,
                                SuccessionBody             *body)
{
  SuccessionBodyChange now;

  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (SUCCESSION_IS_BODY (body), FALSE);

  succession_body_change_init_from (&now, body);
  return !_succession_record_same_text (change->name, now.name) || !_succession_record_same_text (change->name_hans, now.name_hans) ||
         !_succession_record_same_text (change->name_hant, now.name_hant) || g_strcmp0 (change->parent_id, now.parent_id) != 0 ||
         !succession_date_equal (&change->founding_date, &now.founding_date) ||
         !succession_date_equal (&change->dissolution_date, &now.dissolution_date);
}

static void
write_body (JsonObject                 *record,
            const SuccessionBodyChange *change,
            const SuccessionBodyChange *old)
{
  if (!_succession_record_same_text (change->name, old->name))
    _succession_record_set_string (record, "name", change->name);
  if (!_succession_record_same_text (change->name_hans, old->name_hans))
    _succession_record_set_other_name (record, "other_names", LANG_HANS, change->name_hans);
  if (!_succession_record_same_text (change->name_hant, old->name_hant))
    _succession_record_set_other_name (record, "other_names", LANG_HANT, change->name_hant);
  if (g_strcmp0 (change->parent_id, old->parent_id) != 0)
    _succession_record_set_string (record, "parent_id", change->parent_id);
  _succession_record_set_date (record, "founding_date", &change->founding_date, &old->founding_date, FALSE);
  _succession_record_set_date (record, "dissolution_date", &change->dissolution_date, &old->dissolution_date, FALSE);
  _succession_record_add_source (record, &change->source);
}

/* A name, and a parent that exists and is not the body itself or one of its departments. */
static gboolean
can_write (const SuccessionBodyChange *change,
           SuccessionDataset          *dataset,
           SuccessionBody             *body,
           GError                    **error)
{
  SuccessionBody *parent = change->parent_id != NULL ? succession_dataset_get_body (dataset, change->parent_id) : NULL;

  if (change->name == NULL || *change->name == '\0')
    {
      g_set_error_literal (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID, _ ("a body needs a name"));
      return FALSE;
    }
  if (change->parent_id != NULL && parent == NULL)
    {
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                   /* Translators: %s is a body's id in the dataset. */
                   _ ("the dataset has no body “%s”"), change->parent_id);
      return FALSE;
    }
  for (SuccessionBody *up = parent; body != NULL && up != NULL; up = succession_body_get_parent (up))
    if (up == body)
      {
        g_set_error_literal (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                             _ ("a body cannot be part of itself or of one of its own departments"));
        return FALSE;
      }
  return TRUE;
}

static SuccessionBody *
find_body (SuccessionDataset *dataset,
           const char        *body_id,
           GError           **error)
{
  SuccessionBody *body = body_id != NULL ? succession_dataset_get_body (dataset, body_id) : NULL;

  if (body == NULL)
    g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                 /* Translators: %s is a body's id in the dataset. */
                 _ ("the dataset has no body “%s”"), body_id != NULL ? body_id : "");
  return body;
}

SuccessionDataset *
succession_body_change_apply (const SuccessionBodyChange *change,
                              SuccessionDataset          *dataset,
                              GCancellable               *cancellable,
                              GListModel                **messages,
                              GError                    **error)
{
  g_autoptr(JsonObject) record = NULL;
  SuccessionBodyChange old;
  SuccessionBody      *body;
  guint                index;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;
  if ((body = find_body (dataset, change->body_id, error)) == NULL || !can_write (change, dataset, body, error))
    return NULL;

  record = _succession_record_read (dataset, "organizations", body, &index);
  g_return_val_if_fail (record != NULL, NULL);
  succession_body_change_init_from (&old, body);
  write_body (record, change, &old);

  return _succession_record_load_with (dataset, "organizations", body, record, NULL, cancellable, messages, error);
}

SuccessionDataset *
succession_body_addition_apply (const SuccessionBodyChange *change,
                                SuccessionDataset          *dataset,
                                char                      **new_id,
                                GCancellable               *cancellable,
                                GListModel                **messages,
                                GError                    **error)
{
  g_autofree char     *id = NULL;
  SuccessionBodyChange none = { 0 };
  JsonObject          *record;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;
  if (new_id != NULL)
    *new_id = NULL;
  if (!can_write (change, dataset, NULL, error))
    return NULL;

  id = _succession_record_new_id (change->parent_id, change->name, "body", _succession_record_office_or_body_id_taken, dataset);
  record = json_object_new ();
  json_object_set_string_member (record, "id", id);
  write_body (record, change, &none);
  return _succession_record_add_and_load (dataset, "organizations", record, new_id, cancellable, messages, error);
}

char *
succession_body_removal_refusal (SuccessionBody *body)
{
  GPtrArray *offices;
  GPtrArray *terms;

  g_return_val_if_fail (SUCCESSION_IS_BODY (body), NULL);

  offices = succession_body_get_offices (body);
  terms = succession_body_get_terms (body);
  if (succession_body_get_n_children (body) > 0)
    return g_strdup (_ ("It has departments: remove them, or place them in another body, first."));
  if (offices != NULL && offices->len > 0)
    return g_strdup (_ ("It has offices: remove them, or place them in another body, first."));
  if (terms != NULL && terms->len > 0)
    return g_strdup (_ ("Its terms number tenures of the dataset."));
  return NULL;
}

SuccessionDataset *
succession_body_removal_apply (SuccessionDataset *dataset,
                               const char        *body_id,
                               GCancellable      *cancellable,
                               GError           **error)
{
  g_autoptr(GHashTable) left_out = g_hash_table_new (NULL, NULL);
  g_autofree char *refusal = NULL;
  SuccessionBody  *body;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((body = find_body (dataset, body_id, error)) == NULL)
    return NULL;
  if ((refusal = succession_body_removal_refusal (body)) != NULL)
    {
      g_set_error_literal (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID, refusal);
      return NULL;
    }
  g_hash_table_add (left_out, body);
  return _succession_record_load_without (dataset, left_out, cancellable, error);
}
