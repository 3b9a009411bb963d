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
#include "succession-record-change-private.h"
#include "succession-tenure-change.h"
#include "succession-tenure.h"
#include "succession-term.h"
#include "succession-text.h"

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
  change->kind = succession_tenure_get_kind (tenure);
  change->person_id = succession_tenure_get_person (tenure) != NULL ? succession_person_get_id (succession_tenure_get_person (tenure)) : NULL;
}

gboolean
succession_tenure_change_changes_dates (const SuccessionTenureChange *change,
                                        SuccessionTenure             *tenure)
{
  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (SUCCESSION_IS_TENURE (tenure), FALSE);

  return !succession_date_equal (&change->start_date, succession_tenure_get_start_date (tenure)) ||
         !succession_date_equal (&change->end_date, succession_tenure_get_end_date (tenure));
}

static const char *
note_language (const SuccessionTenureChange *change)
{
  return change->note_language != NULL ? change->note_language : "en";
}

static gboolean
changes_note (const SuccessionTenureChange *change,
              SuccessionTenure             *tenure)
{
  const SuccessionText *note = succession_tenure_get_note (tenure);

  return change->note != NULL &&
         !_succession_record_same_text (change->note, note != NULL ? succession_text_get (note, note_language (change)) : NULL);
}

static gboolean
changes_terms (const SuccessionTenureChange *change,
               SuccessionTenure             *tenure)
{
  GPtrArray *terms = succession_tenure_get_terms (tenure);
  guint      n = terms != NULL ? terms->len : 0;

  if (change->term_ids == NULL)
    return FALSE;
  if (g_strv_length ((char **) change->term_ids) != n)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (!g_strv_contains (change->term_ids, succession_term_get_id (g_ptr_array_index (terms, i))))
      return TRUE;
  return FALSE;
}

/* "term_ids" as chosen. A legislative_period_id (Popolo's one term) of @tenure's record that is no
 * longer among them goes, and the dates the membership took from it become its own, so that they
 * stay. A new record (@tenure NULL) has no such member. */
static void
write_terms (JsonObject        *record,
             const char *const *term_ids,
             SuccessionTenure  *tenure)
{
  const char    *period = json_object_get_string_member_with_default (record, "legislative_period_id", NULL);
  SuccessionDate none = { 0 };
  JsonArray     *array;

  if (period != NULL && tenure != NULL && !g_strv_contains (term_ids, period))
    {
      if (!json_object_has_member (record, "start_date"))
        _succession_record_set_date (record, "start_date", succession_tenure_get_start_date (tenure), &none, FALSE);
      if (!json_object_has_member (record, "end_date") && succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ENDED)
        _succession_record_set_date (record, "end_date", succession_tenure_get_end_date (tenure), &none, FALSE);
      json_object_remove_member (record, "legislative_period_id");
    }
  if (term_ids[0] == NULL)
    {
      if (json_object_has_member (record, "term_ids"))
        json_object_remove_member (record, "term_ids");
      return;
    }
  array = json_array_new ();
  for (guint i = 0; term_ids[i] != NULL; i++)
    json_array_add_string_element (array, term_ids[i]);
  json_object_set_array_member (record, "term_ids", array);
}

gboolean
succession_tenure_change_changes (const SuccessionTenureChange *change,
                                  SuccessionTenure             *tenure)
{
  SuccessionPerson *person;

  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (SUCCESSION_IS_TENURE (tenure), FALSE);

  person = succession_tenure_get_person (tenure);
  return succession_tenure_change_changes_dates (change, tenure) || change->kind != succession_tenure_get_kind (tenure) ||
         g_strcmp0 (change->person_id, person != NULL ? succession_person_get_id (person) : NULL) != 0 ||
         changes_note (change, tenure) || changes_terms (change, tenure);
}

/* "kind" as the format writes it; a regular tenure, the default, has none. */
static void
write_kind (JsonObject          *record,
            SuccessionTenureKind kind)
{
  static const char *const names[] = { "regular", "acting", "honorary", "vacancy" };

  if (kind == SUCCESSION_TENURE_KIND_REGULAR)
    json_object_remove_member (record, "kind");
  else
    json_object_set_string_member (record, "kind", names[MIN (kind, SUCCESSION_TENURE_KIND_VACANCY)]);
}

/* The holder (@person_id, NULL for nobody) and the kind, written when they change. A vacancy is
 * a tenure for want of a holder: choosing nobody makes one, choosing somebody unmakes it (then
 * held as @kind, regular if @kind still says vacancy); a kind alone never does either. */
static gboolean
set_holder_and_kind (JsonObject          *record,
                     SuccessionDataset   *dataset,
                     const char          *person_id,
                     SuccessionTenureKind kind,
                     SuccessionTenure    *tenure,
                     GError             **error)
{
  SuccessionPerson    *old_person = succession_tenure_get_person (tenure);
  const char          *old_id = old_person != NULL ? succession_person_get_id (old_person) : NULL;
  SuccessionTenureKind old_kind = succession_tenure_get_kind (tenure);
  SuccessionTenureKind new_kind = kind;

  if (person_id != NULL && succession_dataset_get_person (dataset, person_id) == NULL)
    {
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                   /* Translators: %s is a person's id in the dataset. */
                   _ ("the dataset has no person “%s”"), person_id);
      return FALSE;
    }
  if (g_strcmp0 (person_id, old_id) != 0)
    {
      if (person_id == NULL)
        new_kind = SUCCESSION_TENURE_KIND_VACANCY;
      else if (kind == SUCCESSION_TENURE_KIND_VACANCY)
        new_kind = SUCCESSION_TENURE_KIND_REGULAR;
    }
  else if ((kind == SUCCESSION_TENURE_KIND_VACANCY) != (old_kind == SUCCESSION_TENURE_KIND_VACANCY))
    {
      g_set_error_literal (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                           _ ("a vacancy is a tenure without a holder: its kind cannot be changed"));
      return FALSE;
    }

  if (g_strcmp0 (person_id, old_id) != 0)
    {
      if (person_id != NULL)
        json_object_set_string_member (record, "person_id", person_id);
      else
        json_object_remove_member (record, "person_id");
    }
  if (new_kind != old_kind)
    write_kind (record, new_kind);
  return TRUE;
}

/* The dataset's own document, and the index of @tenure_id's record in its memberships. */
static void
no_such_tenure (const char *tenure_id,
                GError    **error)
{
  g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
               /* Translators: %s is a tenure's id in the dataset. */
               _ ("the dataset has no tenure “%s”"), tenure_id != NULL ? tenure_id : "");
}

SuccessionDataset *
succession_tenure_change_apply (const SuccessionTenureChange *change,
                                SuccessionDataset            *dataset,
                                GCancellable                 *cancellable,
                                GListModel                  **messages,
                                GError                      **error)
{
  g_autoptr(JsonObject) record = NULL;
  SuccessionTenure *tenure;
  guint             index = 0;

  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (messages != NULL)
    *messages = NULL;

  tenure = change->tenure_id != NULL ? succession_dataset_get_tenure (dataset, change->tenure_id) : NULL;
  record = tenure != NULL ? _succession_record_read (dataset, "memberships", tenure, &index) : NULL;
  if (record == NULL)
    {
      no_such_tenure (change->tenure_id, error);
      return NULL;
    }

  if (!set_holder_and_kind (record, dataset, change->person_id, change->kind, tenure, error))
    return NULL;
  _succession_record_set_date (record, "start_date", &change->start_date, succession_tenure_get_start_date (tenure),
                               change->keep_replaced_dates);
  _succession_record_set_date (record, "end_date", &change->end_date, succession_tenure_get_end_date (tenure),
                               change->keep_replaced_dates);
  /* An end given is an end: "ongoing" or "unknown" no longer holds. */
  if (succession_date_is_set (&change->end_date) && json_object_has_member (record, "end_status") &&
      g_strcmp0 (json_object_get_string_member_with_default (record, "end_status", ""), "ended") != 0)
    json_object_remove_member (record, "end_status");
  if (changes_note (change, tenure))
    _succession_record_set_localized (record, "note", note_language (change), change->note);
  if (changes_terms (change, tenure))
    write_terms (record, change->term_ids, tenure);
  _succession_record_add_source (record, &change->source);

  return _succession_record_load_with (dataset, "memberships", tenure, record, NULL, cancellable, messages, error);
}

SuccessionDataset *
succession_tenure_removal_apply (SuccessionDataset *dataset,
                                 const char        *tenure_id,
                                 GCancellable      *cancellable,
                                 GError           **error)
{
  g_autoptr(GHashTable) left_out = g_hash_table_new (NULL, NULL);
  SuccessionTenure *tenure;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  tenure = tenure_id != NULL ? succession_dataset_get_tenure (dataset, tenure_id) : NULL;
  if (tenure == NULL)
    {
      no_such_tenure (tenure_id, error);
      return NULL;
    }
  g_hash_table_add (left_out, tenure);
  return _succession_record_load_without (dataset, left_out, cancellable, error);
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
  g_autofree char  *id = NULL;
  SuccessionOffice *office;
  SuccessionBody   *body;
  SuccessionDate    none = { 0 };
  JsonObject       *record;

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
  /* A vacancy for want of a holder; a holder is regular, acting or honorary as asked. */
  if (person_id == NULL)
    write_kind (record, SUCCESSION_TENURE_KIND_VACANCY);
  else if (change->kind != SUCCESSION_TENURE_KIND_VACANCY)
    write_kind (record, change->kind);
  _succession_record_set_date (record, "start_date", &change->start_date, &none, FALSE);
  _succession_record_set_date (record, "end_date", &change->end_date, &none, FALSE);
  if (change->note != NULL)
    _succession_record_set_localized (record, "note", note_language (change), change->note);
  if (change->term_ids != NULL)
    write_terms (record, change->term_ids, NULL);
  _succession_record_add_source (record, &change->source);

  return _succession_record_add_and_load (dataset, "memberships", record, new_id, cancellable, messages, error);
}
