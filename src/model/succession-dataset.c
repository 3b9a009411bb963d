/* succession-dataset.c — a loaded dataset and the queries across it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-dataset"
#define _GNU_SOURCE /* memmem */

#include "config.h"

#include <string.h>

#include "succession-dataset-private.h"

G_DEFINE_FINAL_TYPE (SuccessionDataset, succession_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DISPLAY_NAME,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TENURES_CHANGED,
  PERSON_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
succession_dataset_dispose (GObject *object)
{
  SuccessionDataset *self = SUCCESSION_DATASET (object);

  /* Entities refer to each other strongly; break the cycles so they can go. */
  if (self->bodies != NULL)
    g_ptr_array_foreach (self->bodies, (GFunc) _succession_body_clear_links, NULL);
  if (self->offices != NULL)
    g_ptr_array_foreach (self->offices, (GFunc) _succession_office_clear_links, NULL);
  if (self->persons != NULL)
    g_ptr_array_foreach (self->persons, (GFunc) _succession_person_clear_links, NULL);
  if (self->tenures != NULL)
    g_ptr_array_foreach (self->tenures, (GFunc) _succession_tenure_clear_links, NULL);
  if (self->terms != NULL)
    g_ptr_array_foreach (self->terms, (GFunc) _succession_term_clear_links, NULL);

  g_clear_object (&self->bodies_model);
  g_clear_object (&self->root_bodies_model);
  g_clear_object (&self->offices_model);
  g_clear_object (&self->persons_model);
  g_clear_object (&self->tenures_model);
  g_clear_object (&self->terms_model);
  g_clear_object (&self->warnings_model);

  G_OBJECT_CLASS (succession_dataset_parent_class)->dispose (object);
}

static void
succession_dataset_finalize (GObject *object)
{
  SuccessionDataset *self = SUCCESSION_DATASET (object);

  g_clear_pointer (&self->bodies, g_ptr_array_unref);
  g_clear_pointer (&self->root_bodies, g_ptr_array_unref);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->tenures, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->bodies_by_id, g_hash_table_unref);
  g_clear_pointer (&self->offices_by_id, g_hash_table_unref);
  g_clear_pointer (&self->persons_by_id, g_hash_table_unref);
  g_clear_pointer (&self->tenures_by_id, g_hash_table_unref);
  g_clear_pointer (&self->terms_by_id, g_hash_table_unref);
  g_clear_pointer (&self->note_order, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_hash_table_unref);
  g_clear_pointer (&self->kept, _succession_kept_free);
  g_clear_pointer (&self->date_convention, succession_text_unref);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_object (&self->file);
  g_rw_lock_clear (&self->lock);
  g_free (self->title);
  g_clear_pointer (&self->title_text, succession_text_unref);
  g_free (self->display_name);
  g_free (self->short_name);
  g_free (self->version);
  g_free (self->license);

  G_OBJECT_CLASS (succession_dataset_parent_class)->finalize (object);
}

static void
succession_dataset_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SuccessionDataset *self = SUCCESSION_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, succession_dataset_get_title (self));
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_dataset_class_init (SuccessionDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = succession_dataset_dispose;
  object_class->finalize = succession_dataset_finalize;
  object_class->get_property = succession_dataset_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* An edit made in place changed @office's tenures: their dates, holders, sources or order.
   * The office's own list of tenures has said which items changed; this is for views that
   * show what follows from them (who held what on a day, a chart). */
  signals[TENURES_CHANGED] = g_signal_new ("tenures-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 1, SUCCESSION_TYPE_OFFICE);
  /* An edit made in place changed @person's names, life dates or sources; the offices they held
   * are told by "tenures-changed". */
  signals[PERSON_CHANGED] = g_signal_new ("person-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 1, SUCCESSION_TYPE_PERSON);
}

static void
succession_dataset_init (SuccessionDataset *self)
{
  self->bodies = g_ptr_array_new_with_free_func (g_object_unref);
  self->root_bodies = g_ptr_array_new_with_free_func (g_object_unref);
  self->offices = g_ptr_array_new_with_free_func (g_object_unref);
  self->persons = g_ptr_array_new_with_free_func (g_object_unref);
  self->tenures = g_ptr_array_new_with_free_func (g_object_unref);
  self->terms = g_ptr_array_new_with_free_func (g_object_unref);
  self->warnings = g_ptr_array_new_with_free_func (g_object_unref);
  /* Keys are the entities' own id strings; the arrays own the entities. */
  self->bodies_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->offices_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->persons_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->tenures_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->terms_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) succession_text_unref);
  self->note_order = g_ptr_array_new ();
  g_rw_lock_init (&self->lock);
}

SuccessionDataset *
_succession_dataset_new (void)
{
  return g_object_new (SUCCESSION_TYPE_DATASET, NULL);
}

const char *
succession_dataset_get_title (SuccessionDataset *self)
{
  const char *localized;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);

  /* In the interface's language where the file gives one. */
  localized = succession_text_lookup (self->title_text, g_get_language_names ());
  if (localized != NULL)
    return localized;
  if (self->title != NULL)
    return self->title;

  /* A file without a title is named by its file name, not its whole path. */
  if (self->short_name == NULL && self->display_name != NULL)
    self->short_name = g_path_get_basename (self->display_name);
  return self->short_name;
}

void
succession_dataset_lock_reading (SuccessionDataset *self)
{
  g_return_if_fail (SUCCESSION_IS_DATASET (self));
  g_rw_lock_reader_lock (&self->lock);
}

void
succession_dataset_unlock_reading (SuccessionDataset *self)
{
  g_return_if_fail (SUCCESSION_IS_DATASET (self));
  g_rw_lock_reader_unlock (&self->lock);
}

static gpointer
release_thread (gpointer dataset)
{
  _succession_lower_thread_priority ();
  g_object_unref (dataset);
  return NULL;
}

void
succession_dataset_release (SuccessionDataset *self)
{
  if (self == NULL)
    return;
  g_return_if_fail (SUCCESSION_IS_DATASET (self));

  /* A few thousand records go in well under a millisecond. */
  if (g_atomic_int_get ((int *) &G_OBJECT (self)->ref_count) > 1 || self->tenures->len < 10000)
    g_object_unref (self);
  else
    g_thread_unref (g_thread_new ("succession-release", release_thread, self));
}

guint64
succession_dataset_get_serial (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), 0);
  return self->serial;
}

void
_succession_dataset_tenures_changed (SuccessionDataset *self,
                                     SuccessionOffice  *office)
{
  g_signal_emit (self, signals[TENURES_CHANGED], 0, office);
}

void
_succession_dataset_person_changed (SuccessionDataset *self,
                                    SuccessionPerson  *person)
{
  g_signal_emit (self, signals[PERSON_CHANGED], 0, person);
}

const char *
succession_dataset_get_display_name (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return self->display_name;
}

GFile *
succession_dataset_get_file (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return self->file;
}

const char *
succession_dataset_get_version (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return self->version;
}

const char *
succession_dataset_get_license (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return self->license;
}

const SuccessionText *
succession_dataset_get_date_convention (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return self->date_convention;
}

const SuccessionDate *
succession_dataset_get_last_recorded_date (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return &self->last_recorded;
}

const SuccessionText *
succession_dataset_lookup_note (SuccessionDataset *self,
                                const char        *id)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->notes, id) : NULL;
}

GListModel *
succession_dataset_get_bodies (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return _succession_list_model_from_array (&self->bodies_model, SUCCESSION_TYPE_BODY, self->bodies);
}

GListModel *
succession_dataset_get_root_bodies (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return _succession_list_model_from_array (&self->root_bodies_model, SUCCESSION_TYPE_BODY, self->root_bodies);
}

GListModel *
succession_dataset_get_offices (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return _succession_list_model_from_array (&self->offices_model, SUCCESSION_TYPE_OFFICE, self->offices);
}

GListModel *
succession_dataset_get_persons (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return _succession_list_model_from_array (&self->persons_model, SUCCESSION_TYPE_PERSON, self->persons);
}

GListModel *
succession_dataset_get_tenures (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return _succession_list_model_from_array (&self->tenures_model, SUCCESSION_TYPE_TENURE, self->tenures);
}

GListModel *
succession_dataset_get_terms (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return _succession_list_model_from_array (&self->terms_model, SUCCESSION_TYPE_TERM, self->terms);
}

GListModel *
succession_dataset_get_warnings (SuccessionDataset *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return _succession_list_model_from_array (&self->warnings_model, SUCCESSION_TYPE_MESSAGE, self->warnings);
}

SuccessionBody *
succession_dataset_get_body (SuccessionDataset *self,
                             const char        *id)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->bodies_by_id, id) : NULL;
}

SuccessionOffice *
succession_dataset_get_office (SuccessionDataset *self,
                               const char        *id)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->offices_by_id, id) : NULL;
}

SuccessionPerson *
succession_dataset_get_person (SuccessionDataset *self,
                               const char        *id)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->persons_by_id, id) : NULL;
}

SuccessionTenure *
succession_dataset_get_tenure (SuccessionDataset *self,
                               const char        *id)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->tenures_by_id, id) : NULL;
}

SuccessionTerm *
succession_dataset_get_term (SuccessionDataset *self,
                             const char        *id)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->terms_by_id, id) : NULL;
}

SuccessionTerm *
succession_dataset_get_term_on (SuccessionDataset    *self,
                                SuccessionBody       *body,
                                const SuccessionDate *date)
{
  SuccessionTerm *possible = NULL;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  g_return_val_if_fail (SUCCESSION_IS_BODY (body), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  if (body->terms == NULL || !succession_date_is_set (date))
    return NULL;

  for (guint i = 0; i < body->terms->len; i++)
    {
      SuccessionTerm *term = g_ptr_array_index (body->terms, i);
      SuccessionMatch match = succession_term_covers (term, date);

      if (match == SUCCESSION_MATCH_YES)
        return term;
      if (match == SUCCESSION_MATCH_POSSIBLY && possible == NULL)
        possible = term;
    }

  return possible;
}

/* The search index: every item's key in one buffer, each ended by a NUL, scanned with memmem
 * in one pass instead of a strstr per item. It also keeps every match of the last query, so
 * a keystroke that extends the query only looks again at those (a key that holds the new
 * query holds any part of it). Built with the keys, on the first search; a person's names
 * corrected in place replace their key (_succession_dataset_search_key_changed). Kept as qdata
 * so that the dataset's structure stays as it is. */
typedef struct
{
  GString   *keys;         /* key '\0' key '\0' ... */
  GArray    *starts;       /* guint: where each item's key starts in keys; one more at the end */
  GPtrArray *items;        /* borrowed: persons, then offices, then bodies */
  char      *last_query;   /* folded */
  GArray    *last_matches; /* guint: every item matching last_query, in item order */
} SearchIndex;

static void
search_index_free (SearchIndex *index)
{
  g_string_free (index->keys, TRUE);
  g_array_unref (index->starts);
  g_ptr_array_unref (index->items);
  g_free (index->last_query);
  g_clear_pointer (&index->last_matches, g_array_unref);
  g_free (index);
}

static GQuark
search_index_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("succession-search-index");
  return quark;
}

static void
search_index_add (SearchIndex *index,
                  GObject     *item,
                  const char  *key)
{
  guint start = index->keys->len;

  g_ptr_array_add (index->items, item);
  g_array_append_val (index->starts, start);
  g_string_append_len (index->keys, key, strlen (key) + 1);
}

/* Search keys are built by the loader's thread (_succession_dataset_prepare_search), or else
 * on the first search. */
static SearchIndex *
ensure_search_keys (SuccessionDataset *self)
{
  SearchIndex *index;
  guint        n, end;

  if (self->search_keys_ready)
    return g_object_get_qdata (G_OBJECT (self), search_index_quark ());

  n = self->persons->len + self->offices->len + self->bodies->len;
  index = g_new0 (SearchIndex, 1);
  index->keys = g_string_sized_new (32 * (gsize) n + 1);
  index->starts = g_array_sized_new (FALSE, FALSE, sizeof (guint), n + 1);
  index->items = g_ptr_array_sized_new (n);

  for (guint i = 0; i < self->persons->len; i++)
    {
      SuccessionPerson *person = g_ptr_array_index (self->persons, i);
      person->search_key = _succession_build_search_key (person->name, person->names);
      search_index_add (index, G_OBJECT (person), person->search_key);
    }
  for (guint i = 0; i < self->offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (self->offices, i);
      office->search_key = _succession_build_search_key (office->label, office->names);
      search_index_add (index, G_OBJECT (office), office->search_key);
    }
  for (guint i = 0; i < self->bodies->len; i++)
    {
      SuccessionBody *body = g_ptr_array_index (self->bodies, i);
      body->search_key = _succession_build_search_key (body->name, body->names);
      search_index_add (index, G_OBJECT (body), body->search_key);
    }
  end = index->keys->len;
  g_array_append_val (index->starts, end);

  g_object_set_qdata_full (G_OBJECT (self), search_index_quark (), index, (GDestroyNotify) search_index_free);
  self->search_keys_ready = TRUE;
  return index;
}

void
_succession_dataset_search_key_changed (SuccessionDataset *self,
                                        GObject           *item,
                                        const char        *key)
{
  SearchIndex *index = self->search_keys_ready ? g_object_get_qdata (G_OBJECT (self), search_index_quark ()) : NULL;
  guint        position, start, end;
  gssize       delta;

  if (index == NULL || !g_ptr_array_find (index->items, item, &position))
    return;
  start = g_array_index (index->starts, guint, position);
  end = g_array_index (index->starts, guint, position + 1);
  delta = (gssize) strlen (key) + 1 - (gssize) (end - start);
  g_string_erase (index->keys, start, end - start);
  g_string_insert_len (index->keys, start, key, strlen (key) + 1);
  for (guint i = position + 1; i < index->starts->len; i++)
    g_array_index (index->starts, guint, i) += delta;
  /* The last query's matches no longer say what the next keystroke may narrow. */
  g_clear_pointer (&index->last_query, g_free);
  g_clear_pointer (&index->last_matches, g_array_unref);
}

void
succession_dataset_prepare_search (SuccessionDataset *self)
{
  g_return_if_fail (SUCCESSION_IS_DATASET (self));
  ensure_search_keys (self);
}

static const char *
item_search_key (GObject *item)
{
  if (SUCCESSION_IS_PERSON (item))
    return SUCCESSION_PERSON (item)->search_key;
  if (SUCCESSION_IS_OFFICE (item))
    return SUCCESSION_OFFICE (item)->search_key;
  if (SUCCESSION_IS_BODY (item))
    return SUCCESSION_BODY (item)->search_key;
  return NULL;
}

/* 0: no match; 1: inside a name; 2: at the start of a name. */
static int
match_rank (const char *key,
            const char *folded)
{
  const char *hit;

  if (key == NULL || *folded == '\0')
    return *folded == '\0';

  hit = strstr (key, folded);
  if (hit == NULL)
    return 0;

  for (; hit != NULL; hit = strstr (hit + 1, folded))
    if (hit == key || hit[-1] == '\x1f')
      return 2;

  return 1;
}

gboolean
succession_dataset_item_matches (SuccessionDataset *self,
                                 GObject           *item,
                                 const char        *folded_query)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);

  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;

  ensure_search_keys (self);
  return match_rank (item_search_key (item), folded_query) > 0;
}

/* Every item whose key holds @folded, in item order, with its rank (match_rank) in @ranks. */
static GArray *
scan_all (SearchIndex *index,
          const char  *folded,
          GArray      *ranks)
{
  GArray      *matches = g_array_new (FALSE, FALSE, sizeof (guint));
  const guint *starts = (const guint *) (gpointer) index->starts->data;
  const char  *keys = index->keys->str;
  const char  *end = keys + index->keys->len;
  const char  *p = keys;
  gsize        len = strlen (folded);
  guint        item = 0;

  while (p < end)
    {
      const char *hit = memmem (p, end - p, folded, len);
      const char *key;
      int         rank;

      if (hit == NULL)
        break;

      /* Hits come in order, and no query holds the NUL that ends each key. */
      while (keys + starts[item + 1] <= hit)
        item++;
      key = keys + starts[item];
      rank = match_rank (key, folded);
      g_array_append_val (matches, item);
      g_array_append_val (ranks, rank);
      p = keys + starts[item + 1];
    }

  return matches;
}

/* The items among @candidates whose key holds @folded. */
static GArray *
scan_candidates (SearchIndex *index,
                 GArray      *candidates,
                 const char  *folded,
                 GArray      *ranks)
{
  GArray      *matches = g_array_new (FALSE, FALSE, sizeof (guint));
  const guint *starts = (const guint *) (gpointer) index->starts->data;

  for (guint i = 0; i < candidates->len; i++)
    {
      guint item = g_array_index (candidates, guint, i);
      int   rank = match_rank (index->keys->str + starts[item], folded);

      if (rank > 0)
        {
          g_array_append_val (matches, item);
          g_array_append_val (ranks, rank);
        }
    }

  return matches;
}

GPtrArray *
succession_dataset_search (SuccessionDataset *self,
                           const char        *query,
                           guint              limit)
{
  g_autoptr(GArray) ranks = NULL;
  g_autofree char *folded = NULL;
  SearchIndex     *index;
  GArray          *matches;
  GPtrArray       *results;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  results = g_ptr_array_new_with_free_func (g_object_unref);
  folded = succession_fold_for_search (query);
  if (*folded == '\0')
    return results;

  index = ensure_search_keys (self);
  ranks = g_array_new (FALSE, FALSE, sizeof (int));

  if (index->last_query != NULL && strstr (folded, index->last_query) != NULL)
    matches = scan_candidates (index, index->last_matches, folded, ranks);
  else
    matches = scan_all (index, folded, ranks);

  g_free (index->last_query);
  index->last_query = g_strdup (folded);
  g_clear_pointer (&index->last_matches, g_array_unref);
  index->last_matches = matches;

  if (limit == 0)
    limit = G_MAXUINT;

  /* Matches at the start of a name first, then the others, each in the order of the items
   * (persons, offices, bodies). */
  for (guint i = 0; i < matches->len && results->len < limit; i++)
    if (g_array_index (ranks, int, i) == 2)
      g_ptr_array_add (results, g_object_ref (g_ptr_array_index (index->items, g_array_index (matches, guint, i))));
  for (guint i = 0; i < matches->len && results->len < limit; i++)
    if (g_array_index (ranks, int, i) == 1)
      g_ptr_array_add (results, g_object_ref (g_ptr_array_index (index->items, g_array_index (matches, guint, i))));

  return results;
}
