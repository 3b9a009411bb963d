/* succession-dataset-edit-named.c — a person's or an office's correction made in place
 *
 * The records the search finds by name: their names, dates, seats and sources exchanged, their
 * search key replaced in the index, and each office whose table names them told.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-edit"

#include "config.h"

#include "succession-dataset-edit-private.h"

static void
person_state_clear (PersonState *state)
{
  g_clear_pointer (&state->name, g_free);
  g_clear_pointer (&state->names, succession_text_unref);
  g_clear_pointer (&state->sort_name, g_free);
  g_clear_pointer (&state->gender, g_free);
  g_clear_pointer (&state->wikidata, g_free);
  g_clear_pointer (&state->sources, g_ptr_array_unref);
  g_clear_pointer (&state->note, succession_text_unref);
  g_clear_pointer (&state->search_key, g_free);
}

SuccessionDatasetEdit *
succession_dataset_edit_new_person (SuccessionDataset *dataset,
                                    SuccessionDataset *changed,
                                    const char        *person_id)
{
  g_autoptr(SuccessionDatasetEdit) self = NULL;
  SuccessionPerson *person, *changed_person;
  PersonState      *state;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (changed), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  person = succession_dataset_get_person (dataset, person_id);
  changed_person = succession_dataset_get_person (changed, person_id);
  if (person == NULL || changed_person == NULL || person->index != changed_person->index ||
      dataset->kept == NULL || changed->kept == NULL || !_succession_edit_same_shape (dataset, changed, 0))
    {
      g_debug ("Not in place: the change touched more than the person %s", person_id);
      return NULL;
    }

  self = g_object_new (SUCCESSION_TYPE_DATASET_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->person = g_object_ref (person);
  state = &self->other_person;
  state->name = g_strdup (changed_person->name);
  state->names = _succession_text_copy_own (changed_person->names);
  state->sort_name = g_strdup (changed_person->sort_name);
  state->gender = g_strdup (changed_person->gender);
  state->wikidata = g_strdup (changed_person->wikidata);
  state->birth_date = changed_person->birth_date;
  state->death_date = changed_person->death_date;
  state->sources = _succession_edit_copy_sources (changed_person->sources);
  state->note = _succession_text_copy_own (changed_person->note);
  /* The search finds the new names at once: the key is made here, off the main thread. */
  state->search_key = _succession_build_search_key (state->name, state->names);
  _succession_edit_take_the_rest (self, changed, changed_person);
  return g_steal_pointer (&self);
}

SuccessionPerson *
succession_dataset_edit_get_person (SuccessionDatasetEdit *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET_EDIT (self), NULL);
  return self->person;
}

static void
swap_person (SuccessionPerson *person,
             PersonState      *state)
{
  SWAP (char *, person->name, state->name);
  SWAP (SuccessionText *, person->names, state->names);
  SWAP (char *, person->sort_name, state->sort_name);
  SWAP (char *, person->gender, state->gender);
  SWAP (char *, person->wikidata, state->wikidata);
  SWAP (SuccessionDate, person->birth_date, state->birth_date);
  SWAP (SuccessionDate, person->death_date, state->death_date);
  SWAP (GPtrArray *, person->sources, state->sources);
  SWAP (SuccessionText *, person->note, state->note);
}

/* After the names were exchanged, the keys (@other_key is for the names @item now has): the
 * index, once the search made it, takes the new key; before, the key waits for it. */
static void
exchange_search_key (SuccessionDataset    *dataset,
                     GObject              *item,
                     char                **key,
                     char                **other_key,
                     const char           *name,
                     const SuccessionText *names)
{
  if (!dataset->search_keys_ready)
    {
      g_clear_pointer (other_key, g_free);
      return;
    }
  if (*other_key == NULL)
    *other_key = _succession_build_search_key (name, names);
  SWAP (char *, *key, *other_key);
  _succession_dataset_search_key_changed (dataset, item, *key);
}

/* A person's names and life: their tenures' reach follows the life dates, and each office they
 * held shows their name. */
void
_succession_edit_exchange_person (SuccessionDatasetEdit *self)
{
  SuccessionDataset *dataset = self->dataset;
  SuccessionPerson  *person = self->person;
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();

  g_rw_lock_writer_lock (&dataset->lock);
  swap_person (person, &self->other_person);
  exchange_search_key (dataset, G_OBJECT (person), &person->search_key, &self->other_person.search_key, person->name,
                       person->names);
  for (guint i = 0; i < person->tenures->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (person->tenures, i);

      if (tenure->office != NULL && !g_ptr_array_find (offices, tenure->office, NULL))
        {
          g_ptr_array_add (offices, tenure->office);
          _succession_edit_forget_spans (tenure->office);
        }
      _succession_tenure_forget_span (tenure);
    }
  _succession_edit_exchange_the_rest (self, person);
  g_rw_lock_writer_unlock (&dataset->lock);

  _succession_edit_tell_changed (dataset->persons_model, dataset->persons, person);
  _succession_edit_tell_warnings (dataset);
  _succession_person_notify_all (person);
  _succession_dataset_person_changed (dataset, person);
  _succession_edit_tell_settled (self, NULL, NULL);
  for (guint i = 0; i < offices->len; i++)
    {
      _succession_edit_tell_changed (dataset->offices_model, dataset->offices, g_ptr_array_index (offices, i));
      _succession_dataset_tenures_changed (dataset, g_ptr_array_index (offices, i));
    }
}

static void
office_state_clear (OfficeState *state)
{
  g_clear_pointer (&state->label, g_free);
  g_clear_pointer (&state->names, succession_text_unref);
  g_clear_pointer (&state->infobox, g_ptr_array_unref);
  g_clear_pointer (&state->sources, g_ptr_array_unref);
  g_clear_pointer (&state->note, succession_text_unref);
  g_clear_pointer (&state->search_key, g_free);
}

void
_succession_edit_clear_named (SuccessionDatasetEdit *self)
{
  person_state_clear (&self->other_person);
  office_state_clear (&self->other_office);
  g_clear_object (&self->person);
  g_clear_object (&self->office);
}

static const char *
id_of_body (SuccessionBody *body)
{
  return body != NULL ? succession_body_get_id (body) : NULL;
}

/* The office editor changes labels, seats, the term's length and the sources; a new body moves
 * the office in the sidebar's sections, which only a dataset shown anew rebuilds. */
static gboolean
only_named_parts_differ (SuccessionOffice *office,
                         SuccessionOffice *changed)
{
  return g_strcmp0 (id_of_body (office->body), id_of_body (changed->body)) == 0 &&
         g_strcmp0 (id_of_body (office->term_body), id_of_body (changed->term_body)) == 0 &&
         g_strcmp0 (office->chair_office_id, changed->chair_office_id) == 0 &&
         g_strcmp0 (office->role, changed->role) == 0 && g_strcmp0 (office->wikidata, changed->wikidata) == 0 &&
         succession_date_equal (&office->start_date, &changed->start_date) &&
         succession_date_equal (&office->end_date, &changed->end_date) && !office->synthesized;
}

SuccessionDatasetEdit *
succession_dataset_edit_new_office (SuccessionDataset *dataset,
                                    SuccessionDataset *changed,
                                    const char        *office_id)
{
  g_autoptr(SuccessionDatasetEdit) self = NULL;
  SuccessionOffice *office, *changed_office;
  OfficeState      *state;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (changed), NULL);
  g_return_val_if_fail (office_id != NULL, NULL);

  office = succession_dataset_get_office (dataset, office_id);
  changed_office = succession_dataset_get_office (changed, office_id);
  if (office == NULL || changed_office == NULL || office->index != changed_office->index ||
      !only_named_parts_differ (office, changed_office) || dataset->kept == NULL || changed->kept == NULL ||
      !_succession_edit_same_shape (dataset, changed, 0))
    {
      g_debug ("Not in place: the change touched more than the office %s, or moved it", office_id);
      return NULL;
    }

  self = g_object_new (SUCCESSION_TYPE_DATASET_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->office = g_object_ref (office);
  state = &self->other_office;
  state->label = g_strdup (changed_office->label);
  state->names = _succession_text_copy_own (changed_office->names);
  state->seats = changed_office->seats;
  if (changed_office->infobox != NULL)
    {
      state->infobox = g_ptr_array_new_with_free_func ((GDestroyNotify) _succession_infobox_entry_free);
      for (guint i = 0; i < changed_office->infobox->len; i++)
        {
          const SuccessionInfoboxEntry *entry = g_ptr_array_index (changed_office->infobox, i);
          SuccessionInfoboxEntry       *own = g_new0 (SuccessionInfoboxEntry, 1);

          own->key = g_strdup (entry->key);
          own->value = _succession_text_copy_own (entry->value);
          g_ptr_array_add (state->infobox, own);
        }
    }
  state->sources = _succession_edit_copy_sources (changed_office->sources);
  state->note = _succession_text_copy_own (changed_office->note);
  state->search_key = _succession_build_search_key (state->label, state->names);
  _succession_edit_take_the_rest (self, changed, changed_office);
  return g_steal_pointer (&self);
}

SuccessionOffice *
succession_dataset_edit_get_office (SuccessionDatasetEdit *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET_EDIT (self), NULL);
  return self->office;
}

/* An office's labels and seats: the reach of its tenures follows the seats (of a single seat,
 * each holder's ends at the next's start), and its holders' pages name it. */
void
_succession_edit_exchange_office (SuccessionDatasetEdit *self)
{
  SuccessionDataset *dataset = self->dataset;
  SuccessionOffice  *office = self->office;
  OfficeState       *state = &self->other_office;

  g_rw_lock_writer_lock (&dataset->lock);
  SWAP (char *, office->label, state->label);
  SWAP (SuccessionText *, office->names, state->names);
  SWAP (guint, office->seats, state->seats);
  SWAP (GPtrArray *, office->infobox, state->infobox);
  SWAP (GPtrArray *, office->sources, state->sources);
  SWAP (SuccessionText *, office->note, state->note);
  exchange_search_key (dataset, G_OBJECT (office), &office->search_key, &state->search_key, office->label, office->names);
  _succession_edit_forget_spans (office);
  _succession_edit_exchange_the_rest (self, office);
  g_rw_lock_writer_unlock (&dataset->lock);

  _succession_edit_tell_changed (dataset->offices_model, dataset->offices, office);
  _succession_edit_tell_warnings (dataset);
  _succession_office_notify_all (office);
  _succession_edit_tell_settled (self, office, NULL);
  _succession_dataset_tenures_changed (dataset, office);
}
