/* succession-dataset-edit.c — an edit made in the dataset itself, which can be undone
 *
 * The edit holds the tenure's other state: before it is applied, the state the change gives
 * (taken from the copy the change was checked on, its links resolved to the dataset's own
 * records); once applied, the state before. Applying and undoing are one exchange, so any
 * sequence of them is exact. What the loader derives from the record across the dataset (the
 * order of the office's and the holder's tenures, the spans of the office's tenures, the
 * warnings, the last recorded date) is exchanged or recomputed with it. A last recorded date
 * that reaches today (a source accessed today) makes every tenure its term leaves open read as
 * still held (succession-loader-tenures.c): those tenures' end status is exchanged too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-edit"

#include "config.h"

#include "succession-dataset-edit.h"
#include "succession-dataset-edit-private.h"

G_DEFINE_FINAL_TYPE (SuccessionDatasetEdit, succession_dataset_edit, G_TYPE_OBJECT)

static void
tenure_state_clear (TenureState *state)
{
  g_clear_object (&state->person);
  g_clear_object (&state->office);
  g_clear_object (&state->body);
  g_clear_object (&state->on_behalf_of);
  g_clear_pointer (&state->role, g_free);
  g_clear_pointer (&state->label, g_free);
  g_clear_pointer (&state->terms, g_ptr_array_unref);
  g_clear_pointer (&state->concurrent_offices, g_ptr_array_unref);
  g_clear_pointer (&state->sources, g_ptr_array_unref);
  g_clear_pointer (&state->alternatives, g_ptr_array_unref);
  g_clear_pointer (&state->note, succession_text_unref);
  g_clear_pointer (&state->note_ids, g_strfreev);
}

static void
succession_dataset_edit_finalize (GObject *object)
{
  SuccessionDatasetEdit *self = SUCCESSION_DATASET_EDIT (object);

  tenure_state_clear (&self->other);
  _succession_edit_clear_named (self);
  g_clear_pointer (&self->other_warnings, g_ptr_array_unref);
  g_clear_pointer (&self->settled, g_ptr_array_unref);
  g_clear_object (&self->member);
  succession_dataset_release (g_steal_pointer (&self->changed));
  g_clear_pointer (&self->other_status, g_array_unref);
  g_clear_object (&self->tenure);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (succession_dataset_edit_parent_class)->finalize (object);
}

static void
succession_dataset_edit_class_init (SuccessionDatasetEditClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = succession_dataset_edit_finalize;
}

static void
succession_dataset_edit_init (SuccessionDatasetEdit *self)
{
}

/* @dataset's own record of the one @changed links to (by id); FALSE when it has none. */
#define RESOLVE(out, lookup, dataset, linked, get_id)        \
  G_STMT_START                                               \
  {                                                          \
    if ((linked) != NULL)                                    \
      {                                                      \
        gpointer own_ = lookup ((dataset), get_id (linked)); \
        if (own_ == NULL)                                    \
          return FALSE;                                      \
        (out) = g_object_ref (own_);                         \
      }                                                      \
  }                                                          \
  G_STMT_END

static GPtrArray *
copy_texts (GPtrArray *texts)
{
  GPtrArray *copy;

  if (texts == NULL)
    return NULL;
  copy = g_ptr_array_new_full (texts->len, (GDestroyNotify) succession_text_unref);
  for (guint i = 0; i < texts->len; i++)
    g_ptr_array_add (copy, _succession_text_copy_own (g_ptr_array_index (texts, i)));
  return copy;
}

GPtrArray *
_succession_edit_copy_sources (GPtrArray *sources)
{
  GPtrArray *copy;

  if (sources == NULL)
    return NULL;
  copy = g_ptr_array_new_full (sources->len, g_object_unref);
  for (guint i = 0; i < sources->len; i++)
    g_ptr_array_add (copy, _succession_source_copy_own (g_ptr_array_index (sources, i)));
  return copy;
}

static gboolean
resolve_state (TenureState       *state,
               SuccessionDataset *dataset,
               SuccessionTenure  *changed)
{
  RESOLVE (state->person, succession_dataset_get_person, dataset, changed->person, succession_person_get_id);
  RESOLVE (state->office, succession_dataset_get_office, dataset, changed->office, succession_office_get_id);
  RESOLVE (state->body, succession_dataset_get_body, dataset, changed->body, succession_body_get_id);
  RESOLVE (state->on_behalf_of, succession_dataset_get_body, dataset, changed->on_behalf_of, succession_body_get_id);
  if (changed->terms != NULL)
    {
      state->terms = g_ptr_array_new_full (changed->terms->len, g_object_unref);
      for (guint i = 0; i < changed->terms->len; i++)
        {
          SuccessionTerm *term = NULL;

          RESOLVE (term, succession_dataset_get_term, dataset, g_ptr_array_index (changed->terms, i), succession_term_get_id);
          g_ptr_array_add (state->terms, term);
        }
    }

  /* The rest belongs to the tenure alone (texts, sources): copied, as the copy's texts are in one
   * store for the whole dataset, which would otherwise stay as long as the edit. */
  state->role = g_strdup (changed->role);
  state->label = g_strdup (changed->label);
  state->kind = changed->kind;
  state->end_status = changed->end_status;
  state->start_date = changed->start_date;
  state->end_date = changed->end_date;
  state->concurrent_offices = copy_texts (changed->concurrent_offices);
  state->sources = _succession_edit_copy_sources (changed->sources);
  if (changed->alternatives != NULL)
    {
      state->alternatives = g_ptr_array_new_with_free_func ((GDestroyNotify) _succession_date_alternative_free);
      for (guint i = 0; i < changed->alternatives->len; i++)
        {
          const SuccessionDateAlternative *alt = g_ptr_array_index (changed->alternatives, i);
          SuccessionDateAlternative       *own = g_new0 (SuccessionDateAlternative, 1);

          own->is_end = alt->is_end;
          own->date = alt->date;
          own->sources = _succession_edit_copy_sources (alt->sources);
          own->note = _succession_text_copy_own (alt->note);
          g_ptr_array_add (state->alternatives, own);
        }
    }
  state->note = _succession_text_copy_own (changed->note);
  state->note_ids = g_strdupv (changed->note_ids);
  state->sort_order = changed->sort_order;
  return TRUE;
}

#undef RESOLVE

gboolean
_succession_edit_same_shape (SuccessionDataset *dataset,
                             SuccessionDataset *changed,
                             int                tenures_added)
{
  return dataset->bodies->len == changed->bodies->len && dataset->offices->len == changed->offices->len &&
         dataset->persons->len == changed->persons->len &&
         (gint64) dataset->tenures->len + tenures_added == (gint64) changed->tenures->len &&
         dataset->terms->len == changed->terms->len &&
         g_hash_table_size (dataset->notes) == g_hash_table_size (changed->notes);
}

/* Whether open tenures read as in office (succession-loader-tenures.c, settling). */
static gboolean
recorded_to_today (const SuccessionDate *last_recorded)
{
  SuccessionDate today;

  succession_date_init_today (&today);
  return succession_date_is_set (last_recorded) &&
         succession_date_get_first_day (last_recorded) >= succession_date_get_first_day (&today);
}

/* The other tenures whose end status the change settles otherwise (the file's order is the same
 * in both). */
static void
find_settled (SuccessionDatasetEdit *self,
              SuccessionDataset     *changed)
{
  if (recorded_to_today (&self->dataset->last_recorded) == recorded_to_today (&changed->last_recorded))
    return;
  for (guint i = 0; i < self->dataset->tenures->len; i++)
    {
      SuccessionTenure *own = g_ptr_array_index (self->dataset->tenures, i);
      /* A tenure added or removed shifts the file's order: found by id then. */
      SuccessionTenure *other = self->dataset->tenures->len == changed->tenures->len
                                  ? g_ptr_array_index (changed->tenures, i)
                                  : g_hash_table_lookup (changed->tenures_by_id, own->id);

      if (own == self->tenure || other == NULL || own->end_status == other->end_status)
        continue;
      if (self->settled == NULL)
        {
          self->settled = g_ptr_array_new_with_free_func (g_object_unref);
          self->other_status = g_array_new (FALSE, FALSE, sizeof (SuccessionEndStatus));
        }
      g_ptr_array_add (self->settled, g_object_ref (own));
      g_array_append_val (self->other_status, other->end_status);
    }
}

/* What the change settles across the dataset, and @changed until the edit is first applied, when
 * @changed_record's kept text goes into the dataset's (on the main thread). */
void
_succession_edit_take_the_rest (SuccessionDatasetEdit *self,
                                SuccessionDataset     *changed,
                                gconstpointer          changed_record)
{
  self->changed = g_object_ref (changed);
  self->changed_record = changed_record;
  self->serial = self->dataset->serial;
  self->other_warnings = g_ptr_array_ref (changed->warnings);
  self->other_last_recorded = changed->last_recorded;
  find_settled (self, changed);
}

SuccessionDatasetEdit *
succession_dataset_edit_new_tenure (SuccessionDataset *dataset,
                                    SuccessionDataset *changed,
                                    const char        *tenure_id)
{
  g_autoptr(SuccessionDatasetEdit) self = NULL;
  SuccessionTenure *tenure, *changed_tenure;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (changed), NULL);
  g_return_val_if_fail (tenure_id != NULL, NULL);

  tenure = succession_dataset_get_tenure (dataset, tenure_id);
  changed_tenure = succession_dataset_get_tenure (changed, tenure_id);
  if (tenure == NULL || changed_tenure == NULL || tenure->index != changed_tenure->index)
    {
      g_debug ("Not in place: the tenure %s is not the same record in both", tenure_id);
      return NULL;
    }
  if (dataset->kept == NULL || changed->kept == NULL || !_succession_edit_same_shape (dataset, changed, 0))
    {
      g_debug ("Not in place: the change touched more than the tenure %s", tenure_id);
      return NULL;
    }

  self = g_object_new (SUCCESSION_TYPE_DATASET_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->tenure = g_object_ref (tenure);
  if (!resolve_state (&self->other, dataset, changed_tenure))
    {
      g_debug ("Not in place: the tenure %s links to a record the dataset does not have", tenure_id);
      return NULL;
    }
  _succession_edit_take_the_rest (self, changed, changed_tenure);
  return g_steal_pointer (&self);
}

static void
swap_fields (SuccessionTenure *tenure,
             TenureState      *state)
{
  SWAP (SuccessionPerson *, tenure->person, state->person);
  SWAP (SuccessionOffice *, tenure->office, state->office);
  SWAP (SuccessionBody *, tenure->body, state->body);
  SWAP (SuccessionBody *, tenure->on_behalf_of, state->on_behalf_of);
  SWAP (char *, tenure->role, state->role);
  SWAP (char *, tenure->label, state->label);
  SWAP (SuccessionTenureKind, tenure->kind, state->kind);
  SWAP (SuccessionEndStatus, tenure->end_status, state->end_status);
  SWAP (SuccessionDate, tenure->start_date, state->start_date);
  SWAP (SuccessionDate, tenure->end_date, state->end_date);
  SWAP (GPtrArray *, tenure->terms, state->terms);
  SWAP (GPtrArray *, tenure->concurrent_offices, state->concurrent_offices);
  SWAP (GPtrArray *, tenure->sources, state->sources);
  SWAP (GPtrArray *, tenure->alternatives, state->alternatives);
  SWAP (SuccessionText *, tenure->note, state->note);
  SWAP (char **, tenure->note_ids, state->note_ids);
  SWAP (int, tenure->sort_order, state->sort_order);
}

SuccessionDatasetEdit *
succession_dataset_edit_new_addition (SuccessionDataset *dataset,
                                      SuccessionDataset *changed,
                                      const char        *tenure_id)
{
  g_autoptr(SuccessionDatasetEdit) self = NULL;
  SuccessionTenure *added;
  TenureState       state = { 0 };

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (changed), NULL);
  g_return_val_if_fail (tenure_id != NULL, NULL);

  /* The new record goes after the last (succession_tenure_addition_apply). */
  added = succession_dataset_get_tenure (changed, tenure_id);
  if (succession_dataset_get_tenure (dataset, tenure_id) != NULL || added == NULL || added->index != dataset->tenures->len ||
      dataset->kept == NULL || changed->kept == NULL || !_succession_edit_same_shape (dataset, changed, 1))
    {
      g_debug ("Not in place: the change added more than the tenure %s", tenure_id);
      return NULL;
    }
  if (!resolve_state (&state, dataset, added))
    {
      g_debug ("Not in place: the tenure %s links to a record the dataset does not have", tenure_id);
      tenure_state_clear (&state);
      return NULL;
    }

  self = g_object_new (SUCCESSION_TYPE_DATASET_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->member = _succession_tenure_new ();
  self->member->id = g_strdup (tenure_id);
  self->member->index = added->index;
  swap_fields (self->member, &state);
  tenure_state_clear (&state);
  self->adds = TRUE;
  _succession_edit_take_the_rest (self, changed, added);
  return g_steal_pointer (&self);
}

SuccessionDatasetEdit *
succession_dataset_edit_new_removal (SuccessionDataset *dataset,
                                     SuccessionDataset *changed,
                                     const char        *tenure_id)
{
  g_autoptr(SuccessionDatasetEdit) self = NULL;
  SuccessionTenure *removed;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (changed), NULL);
  g_return_val_if_fail (tenure_id != NULL, NULL);

  removed = succession_dataset_get_tenure (dataset, tenure_id);
  if (removed == NULL || succession_dataset_get_tenure (changed, tenure_id) != NULL || dataset->kept == NULL ||
      changed->kept == NULL || !_succession_edit_same_shape (dataset, changed, -1))
    {
      g_debug ("Not in place: the change removed more than the tenure %s", tenure_id);
      return NULL;
    }

  self = g_object_new (SUCCESSION_TYPE_DATASET_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->member = g_object_ref (removed);
  self->adds = FALSE;
  /* Its kept text is the dataset's own, taken out when it goes. */
  _succession_edit_take_the_rest (self, changed, NULL);
  return g_steal_pointer (&self);
}

SuccessionTenure *
succession_dataset_edit_get_member (SuccessionDatasetEdit *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET_EDIT (self), NULL);
  return self->member;
}

SuccessionDataset *
succession_dataset_edit_get_dataset (SuccessionDatasetEdit *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET_EDIT (self), NULL);
  return self->dataset;
}

SuccessionTenure *
succession_dataset_edit_get_tenure (SuccessionDatasetEdit *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET_EDIT (self), NULL);
  return self->tenure;
}

gboolean
succession_dataset_edit_is_current (SuccessionDatasetEdit *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET_EDIT (self), FALSE);
  return self->applied || self->changed == NULL || self->serial == self->dataset->serial;
}

gboolean
succession_dataset_edit_is_applied (SuccessionDatasetEdit *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET_EDIT (self), FALSE);
  return self->applied;
}

/* Takes @tenure out of @tenures (chronological), without its reference; its place, or -1. */
static int
take_out (GPtrArray        *tenures,
          SuccessionTenure *tenure)
{
  guint position;

  if (tenures == NULL || !g_ptr_array_find (tenures, tenure, &position))
    return -1;
  g_ptr_array_steal_index (tenures, position);
  return (int) position;
}

/* Puts @tenure (a reference given) in its chronological place in @tenures; that place. With no
 * @tenures (taken from an office or a person, and given to none), the reference goes. */
static int
put_in (GPtrArray        *tenures,
        SuccessionTenure *tenure)
{
  guint low = 0, high;

  if (tenures == NULL)
    {
      g_object_unref (tenure);
      return -1;
    }
  high = tenures->len;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (_succession_tenure_compare (&g_ptr_array_index (tenures, mid), &tenure) < 0)
        low = mid + 1;
      else
        high = mid;
    }
  g_ptr_array_insert (tenures, (int) low, tenure);
  return (int) low;
}

void
_succession_edit_forget_spans (SuccessionOffice *office)
{
  for (guint i = 0; office != NULL && i < office->tenures->len; i++)
    _succession_tenure_forget_span (g_ptr_array_index (office->tenures, i));
}

/* The list model of a record's tenures, if a view made it, told where the tenure went. */
static void
move_in_store (GListStore       *from,
               int               from_position,
               GListStore       *to,
               int               to_position,
               SuccessionTenure *tenure)
{
  if (from != NULL && from == to && from_position == to_position && from_position >= 0)
    {
      /* In the same place: one item changed. */
      g_list_store_splice (from, (guint) from_position, 1, (gpointer *) &tenure, 1);
      return;
    }
  if (from != NULL && from_position >= 0)
    g_list_store_remove (from, (guint) from_position);
  if (to != NULL && to_position >= 0)
    g_list_store_insert (to, (guint) to_position, tenure);
}

/* @record, whose tenures changed, is one changed item of the dataset's list of them, if a view
 * made it: On a Date's row for an office answers again. */
void
_succession_edit_tell_changed (GListStore *store,
                               GPtrArray  *records,
                               gpointer    record)
{
  guint position;

  if (store != NULL && record != NULL && g_ptr_array_find (records, record, &position))
    g_list_store_splice (store, position, 1, &record, 1);
}

/* The tenures settled otherwise: each is a changed item of its lists, and each office with one
 * is told once. */
void
_succession_edit_tell_settled (SuccessionDatasetEdit *self,
                               SuccessionOffice      *told,
                               SuccessionOffice      *also_told)
{
  g_autoptr(GPtrArray) offices = NULL;

  if (self->settled == NULL)
    return;
  offices = g_ptr_array_new ();
  for (guint i = 0; i < self->settled->len; i++)
    {
      SuccessionTenure *settled = g_ptr_array_index (self->settled, i);

      if (settled->office != NULL)
        {
          _succession_edit_tell_changed (settled->office->tenures_model, settled->office->tenures, settled);
          if (settled->office != told && settled->office != also_told && !g_ptr_array_find (offices, settled->office, NULL))
            g_ptr_array_add (offices, settled->office);
        }
      if (settled->person != NULL)
        _succession_edit_tell_changed (settled->person->tenures_model, settled->person->tenures, settled);
      _succession_tenure_notify_all (settled);
    }
  for (guint i = 0; i < offices->len; i++)
    {
      _succession_edit_tell_changed (self->dataset->offices_model, self->dataset->offices, g_ptr_array_index (offices, i));
      _succession_dataset_tenures_changed (self->dataset, g_ptr_array_index (offices, i));
    }
}

/* Under the writer lock: what the record's change settles across the dataset, and the record's
 * kept text. */
void
_succession_edit_exchange_the_rest (SuccessionDatasetEdit *self,
                                    gconstpointer          record)
{
  SuccessionDataset *dataset = self->dataset;

  if (self->changed != NULL)
    {
      self->other_kept = _succession_kept_copy_record (dataset->kept, self->changed->kept, self->changed_record);
      self->changed_record = NULL;
      succession_dataset_release (g_steal_pointer (&self->changed));
    }
  for (guint i = 0; self->settled != NULL && i < self->settled->len; i++)
    {
      SuccessionTenure *settled = g_ptr_array_index (self->settled, i);

      SWAP (SuccessionEndStatus, settled->end_status, g_array_index (self->other_status, SuccessionEndStatus, i));
      _succession_edit_forget_spans (settled->office);
    }
  self->other_kept = _succession_kept_replace (dataset->kept, record, self->other_kept);
  SWAP (GPtrArray *, dataset->warnings, self->other_warnings);
  SWAP (SuccessionDate, dataset->last_recorded, self->other_last_recorded);
  dataset->serial++;
  self->applied = !self->applied;
}

void
_succession_edit_tell_warnings (SuccessionDataset *dataset)
{
  if (dataset->warnings_model != NULL)
    g_list_store_splice (dataset->warnings_model, 0, g_list_model_get_n_items (G_LIST_MODEL (dataset->warnings_model)),
                         dataset->warnings->pdata, dataset->warnings->len);
}

/* The dataset's list of tenures, if a view made it, told of @tenure put in or taken out at @at. */
static void
tell_member (GListStore       *store,
             guint             at,
             SuccessionTenure *tenure,
             gboolean          inserted)
{
  if (store == NULL)
    return;
  if (inserted)
    g_list_store_insert (store, at, tenure);
  else
    g_list_store_remove (store, at);
}

/* A tenure added, or removed: put in or taken out of the dataset's tenures (in the file's order,
 * the later ones' places following), of its office's and holder's, and of the ids. */
static void
exchange_member (SuccessionDatasetEdit *self)
{
  SuccessionDataset *dataset = self->dataset;
  SuccessionTenure  *member = self->member;
  gboolean           inserting = self->applied != self->adds;
  guint              at = member->index;
  int                office_at, person_at;

  g_rw_lock_writer_lock (&dataset->lock);
  if (inserting)
    {
      g_ptr_array_insert (dataset->tenures, (int) at, g_object_ref (member));
      g_hash_table_insert (dataset->tenures_by_id, member->id, member);
      office_at = member->office != NULL ? put_in (member->office->tenures, g_object_ref (member)) : -1;
      person_at = member->person != NULL ? put_in (member->person->tenures, g_object_ref (member)) : -1;
    }
  else
    {
      office_at = member->office != NULL ? take_out (member->office->tenures, member) : -1;
      person_at = member->person != NULL ? take_out (member->person->tenures, member) : -1;
      /* Taken out without their references, which go now. */
      if (office_at >= 0)
        g_object_unref (member);
      if (person_at >= 0)
        g_object_unref (member);
      g_hash_table_remove (dataset->tenures_by_id, member->id);
      g_ptr_array_remove_index (dataset->tenures, at);
    }
  for (guint i = at + 1 - !inserting; i < dataset->tenures->len; i++)
    ((SuccessionTenure *) g_ptr_array_index (dataset->tenures, i))->index += inserting ? 1 : -1;
  _succession_tenure_forget_span (member);
  _succession_edit_forget_spans (member->office);
  _succession_edit_exchange_the_rest (self, member);
  g_rw_lock_writer_unlock (&dataset->lock);

  tell_member (dataset->tenures_model, at, member, inserting);
  if (member->office != NULL && office_at >= 0)
    tell_member (member->office->tenures_model, (guint) office_at, member, inserting);
  if (member->person != NULL && person_at >= 0)
    tell_member (member->person->tenures_model, (guint) person_at, member, inserting);
  _succession_edit_tell_changed (dataset->offices_model, dataset->offices, member->office);
  _succession_edit_tell_changed (dataset->persons_model, dataset->persons, member->person);
  _succession_edit_tell_warnings (dataset);
  _succession_edit_tell_settled (self, member->office, NULL);
  if (member->office != NULL)
    _succession_dataset_tenures_changed (dataset, member->office);
}

static void
exchange (SuccessionDatasetEdit *self)
{
  SuccessionDataset *dataset = self->dataset;
  SuccessionTenure  *tenure = self->tenure;
  /* Kept alive by the state that holds them once exchanged. */
  SuccessionOffice *old_office;
  SuccessionPerson *old_person;
  SuccessionOffice *new_office;
  SuccessionPerson *new_person;
  int               old_office_at, old_person_at, new_office_at = -1, new_person_at = -1;

  if (self->person != NULL)
    {
      _succession_edit_exchange_person (self);
      return;
    }
  if (self->office != NULL)
    {
      _succession_edit_exchange_office (self);
      return;
    }
  if (self->member != NULL)
    {
      exchange_member (self);
      return;
    }

  old_office = tenure->office;
  old_person = tenure->person;
  g_rw_lock_writer_lock (&dataset->lock);
  old_office_at = take_out (old_office != NULL ? old_office->tenures : NULL, tenure);
  old_person_at = take_out (old_person != NULL ? old_person->tenures : NULL, tenure);
  swap_fields (tenure, &self->other);
  new_office = tenure->office;
  new_person = tenure->person;
  if (old_office_at >= 0 || new_office != NULL)
    new_office_at = put_in (new_office != NULL ? new_office->tenures : NULL, old_office_at >= 0 ? tenure : g_object_ref (tenure));
  if (old_person_at >= 0 || new_person != NULL)
    new_person_at = put_in (new_person != NULL ? new_person->tenures : NULL, old_person_at >= 0 ? tenure : g_object_ref (tenure));

  /* Of a single seat, each holder's reach depends on the neighbours' dates. */
  _succession_tenure_forget_span (tenure);
  _succession_edit_forget_spans (old_office);
  if (new_office != old_office)
    _succession_edit_forget_spans (new_office);

  _succession_edit_exchange_the_rest (self, tenure);
  g_rw_lock_writer_unlock (&dataset->lock);

  /* Only now, with the dataset whole again, may views read it. */
  move_in_store (old_office != NULL ? old_office->tenures_model : NULL, old_office_at,
                 new_office != NULL ? new_office->tenures_model : NULL, new_office_at, tenure);
  move_in_store (old_person != NULL ? old_person->tenures_model : NULL, old_person_at,
                 new_person != NULL ? new_person->tenures_model : NULL, new_person_at, tenure);
  _succession_edit_tell_changed (dataset->offices_model, dataset->offices, old_office);
  if (new_office != old_office)
    _succession_edit_tell_changed (dataset->offices_model, dataset->offices, new_office);
  _succession_edit_tell_changed (dataset->persons_model, dataset->persons, old_person);
  if (new_person != old_person)
    _succession_edit_tell_changed (dataset->persons_model, dataset->persons, new_person);
  _succession_edit_tell_warnings (dataset);
  _succession_tenure_notify_all (tenure);
  _succession_edit_tell_settled (self, old_office, new_office);
  if (old_office != NULL)
    _succession_dataset_tenures_changed (dataset, old_office);
  if (new_office != NULL && new_office != old_office)
    _succession_dataset_tenures_changed (dataset, new_office);
}

void
succession_dataset_edit_apply (SuccessionDatasetEdit *self)
{
  g_return_if_fail (SUCCESSION_IS_DATASET_EDIT (self));
  g_return_if_fail (!self->applied);
  g_return_if_fail (succession_dataset_edit_is_current (self));
  exchange (self);
}

void
succession_dataset_edit_undo (SuccessionDatasetEdit *self)
{
  g_return_if_fail (SUCCESSION_IS_DATASET_EDIT (self));
  g_return_if_fail (self->applied);
  exchange (self);
}
