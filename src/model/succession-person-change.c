/* succession-person-change.c — a person's names and life dates, a new person, a person removed
 *
 * Each edits the persons (and, for a removal, the memberships) of the dataset's own document
 * member by member (succession-record-change.c) and loads it again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-change"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-dataset.h"
#include "succession-loader.h"
#include "succession-message.h"
#include "succession-person-change.h"
#include "succession-person.h"
#include "succession-record-change-private.h"
#include "succession-tenure.h"
#include "succession-text.h"

/* The other_names an editor offers, by their lang tag as written. */
#define LANG_HANS "zh-Hans"
#define LANG_HANT "zh-Hant"
#define LANG_PINYIN "zh-Latn-pinyin"

void
succession_person_change_init_from (SuccessionPersonChange *change,
                                    SuccessionPerson       *person)
{
  const SuccessionText *names;

  g_return_if_fail (change != NULL);
  g_return_if_fail (SUCCESSION_IS_PERSON (person));

  names = succession_person_get_names (person);
  *change = (SuccessionPersonChange){ 0 };
  change->person_id = succession_person_get_id (person);
  change->name = succession_person_get_name (person);
  change->name_hans = names != NULL ? succession_text_get (names, LANG_HANS) : NULL;
  change->name_hant = names != NULL ? succession_text_get (names, LANG_HANT) : NULL;
  change->name_pinyin = names != NULL ? succession_text_get (names, LANG_PINYIN) : NULL;
  change->birth_date = *succession_person_get_birth_date (person);
  change->death_date = *succession_person_get_death_date (person);
}

gboolean
succession_person_change_changes (const SuccessionPersonChange *change,
                                  SuccessionPerson             *person)
{
  SuccessionPersonChange now;

  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (SUCCESSION_IS_PERSON (person), FALSE);

  succession_person_change_init_from (&now, person);
  return !_succession_record_same_text (change->name, now.name) || !_succession_record_same_text (change->name_hans, now.name_hans) ||
         !_succession_record_same_text (change->name_hant, now.name_hant) || !_succession_record_same_text (change->name_pinyin, now.name_pinyin) ||
         !succession_date_equal (&change->birth_date, &now.birth_date) ||
         !succession_date_equal (&change->death_date, &now.death_date);
}

static void
write_person (JsonObject                   *record,
              const SuccessionPersonChange *change,
              const SuccessionPersonChange *old)
{
  if (!_succession_record_same_text (change->name, old->name))
    _succession_record_set_string (record, "name", change->name);
  if (!_succession_record_same_text (change->name_hans, old->name_hans))
    _succession_record_set_other_name (record, "other_names", LANG_HANS, change->name_hans);
  if (!_succession_record_same_text (change->name_hant, old->name_hant))
    _succession_record_set_other_name (record, "other_names", LANG_HANT, change->name_hant);
  if (!_succession_record_same_text (change->name_pinyin, old->name_pinyin))
    _succession_record_set_other_name (record, "other_names", LANG_PINYIN, change->name_pinyin);
  _succession_record_set_date (record, "birth_date", &change->birth_date, &old->birth_date, FALSE);
  _succession_record_set_date (record, "death_date", &change->death_date, &old->death_date, FALSE);
  _succession_record_add_source (record, &change->source);
}

static gboolean
no_such_person (const char *person_id,
                GError    **error)
{
  g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
               /* Translators: %s is a person's id in the dataset. */
               _ ("the dataset has no person “%s”"), person_id != NULL ? person_id : "");
  return FALSE;
}

/* Popolo requires a person's name; the loader would make do with the id. */
static gboolean
has_name (const SuccessionPersonChange *change,
          GError                      **error)
{
  if (change->name != NULL && *change->name != '\0')
    return TRUE;
  g_set_error_literal (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                       _ ("a person needs a name"));
  return FALSE;
}

SuccessionDataset *
succession_person_change_apply (const SuccessionPersonChange *change,
                                SuccessionDataset            *dataset,
                                GCancellable                 *cancellable,
                                GListModel                  **messages,
                                GError                      **error)
{
  g_autoptr(JsonObject) record = NULL;
  SuccessionPersonChange old;
  SuccessionPerson      *person;
  guint                  index;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;

  if (!has_name (change, error))
    return NULL;
  person = change->person_id != NULL ? succession_dataset_get_person (dataset, change->person_id) : NULL;
  record = person != NULL ? _succession_record_read (dataset, "persons", person, &index) : NULL;
  if (record == NULL)
    {
      no_such_person (change->person_id, error);
      return NULL;
    }

  succession_person_change_init_from (&old, person);
  write_person (record, change, &old);

  return _succession_record_load_with (dataset, "persons", person, record, succession_person_get_tenures (person), cancellable,
                                       messages, error);
}

static gboolean
person_id_taken (gpointer    dataset,
                 const char *id)
{
  return succession_dataset_get_person (dataset, id) != NULL;
}

SuccessionDataset *
succession_person_addition_apply (const SuccessionPersonChange *change,
                                  SuccessionDataset            *dataset,
                                  char                        **new_id,
                                  GCancellable                 *cancellable,
                                  GListModel                  **messages,
                                  GError                      **error)
{
  g_autofree char       *id = NULL;
  SuccessionPersonChange none = { 0 };
  JsonObject            *record;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;
  if (new_id != NULL)
    *new_id = NULL;

  if (!has_name (change, error))
    return NULL;
  id = _succession_record_new_id (NULL, change->name, "person", person_id_taken, dataset);
  record = json_object_new ();
  json_object_set_string_member (record, "id", id);
  write_person (record, change, &none);
  return _succession_record_add_and_load (dataset, "persons", record, new_id, cancellable, messages, error);
}

SuccessionDataset *
succession_person_removal_apply (SuccessionDataset *dataset,
                                 const char        *person_id,
                                 guint             *n_tenures,
                                 GCancellable      *cancellable,
                                 GError           **error)
{
  g_autoptr(GHashTable) left_out = g_hash_table_new (NULL, NULL);
  SuccessionPerson *person;
  GListModel       *tenures;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_tenures != NULL)
    *n_tenures = 0;

  person = person_id != NULL ? succession_dataset_get_person (dataset, person_id) : NULL;
  if (person == NULL)
    {
      no_such_person (person_id, error);
      return NULL;
    }
  g_hash_table_add (left_out, person);

  /* Their tenures go with them: a membership of nobody would be read as a vacancy. */
  tenures = succession_person_get_tenures (person);
  for (guint i = 0; i < g_list_model_get_n_items (tenures); i++)
    {
      g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (tenures, i);

      g_hash_table_add (left_out, tenure);
    }
  if (n_tenures != NULL)
    *n_tenures = g_list_model_get_n_items (tenures);
  return _succession_record_load_without (dataset, left_out, cancellable, error);
}
