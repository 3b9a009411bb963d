/* succession-wikidata-office.c — an office as Wikidata holds it: reading the answers, the fetch
 *
 * The holders query answers one row per statement and reference; rows of the same statement
 * are merged here. Items are created once, from their first row, so the cost is one hash
 * lookup per row and per item mentioned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-wikidata-client-private.h"
#include "succession-wikidata-office-private.h"
#include "succession-wikidata-sparql.h"

G_DEFINE_FINAL_TYPE (SuccessionWikidataOffice, succession_wikidata_office, G_TYPE_OBJECT)

static void
statement_free (SuccessionWikidataStatement *statement)
{
  g_free (statement->id);
  g_free (statement->person);
  g_free (statement->ordinal);
  g_free (statement->end_cause);
  g_clear_pointer (&statement->replaces, g_ptr_array_unref);
  g_clear_pointer (&statement->replaced_by, g_ptr_array_unref);
  g_clear_pointer (&statement->terms, g_ptr_array_unref);
  g_clear_pointer (&statement->references, g_ptr_array_unref);
  g_free (statement);
}

static void
reference_free (SuccessionWikidataReference *reference)
{
  g_free (reference->id);
  g_free (reference->url);
  g_free (reference->stated_in);
  g_free (reference);
}

static void
entity_free (SuccessionWikidataEntity *entity)
{
  g_free (entity->id);
  g_clear_pointer (&entity->labels, succession_text_unref);
  g_free (entity);
}

static void
succession_wikidata_office_finalize (GObject *object)
{
  SuccessionWikidataOffice *self = SUCCESSION_WIKIDATA_OFFICE (object);

  g_free (self->id);
  g_free (self->body);
  g_free (self->notice);
  g_clear_pointer (&self->labels, succession_text_unref);
  g_clear_pointer (&self->descriptions, succession_text_unref);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  g_clear_pointer (&self->holders, g_ptr_array_unref);
  g_clear_pointer (&self->entities, g_hash_table_unref);
  g_clear_pointer (&self->fetched, g_date_time_unref);

  G_OBJECT_CLASS (succession_wikidata_office_parent_class)->finalize (object);
}

static void
succession_wikidata_office_class_init (SuccessionWikidataOfficeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = succession_wikidata_office_finalize;
}

static void
succession_wikidata_office_init (SuccessionWikidataOffice *self)
{
  self->statements = g_ptr_array_new_with_free_func ((GDestroyNotify) statement_free);
  self->holders = g_ptr_array_new ();
  self->entities = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) entity_free);
  self->labels = succession_text_new ();
  self->descriptions = succession_text_new ();
}

/* ---------------------------------------------------------------------------------------- */
/* Terms of the answers                                                                      */

static gboolean
is_bound (const SuccessionSparqlTerm *term)
{
  return term->type != SUCCESSION_SPARQL_UNBOUND && term->type != SUCCESSION_SPARQL_OTHER;
}

static char *
item_id (const SuccessionSparqlTerm *term)
{
  if (term->type != SUCCESSION_SPARQL_URI || _succession_wikidata_is_some_value (term->value, term->type))
    return NULL;
  return _succession_wikidata_entity_id (term->value);
}

/* Reads "+1979-09-13T00:00:00Z" at @precision into @out. */
static gboolean
parse_time_value (const char             *text,
                  int                     precision,
                  SuccessionWikidataTime *out)
{
  const char *p = text;
  char       *end = NULL;
  gint64      sign = 1, year;
  guint64     month = 0, day = 0;

  if (*p == '-' || *p == '+')
    sign = *p++ == '-' ? -1 : 1;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  year = g_ascii_strtoll (p, &end, 10);
  if (*end == '-' && g_ascii_isdigit (end[1]))
    month = g_ascii_strtoull (end + 1, &end, 10);
  if (*end == '-' && g_ascii_isdigit (end[1]))
    day = g_ascii_strtoull (end + 1, &end, 10);

  memset (out, 0, sizeof *out);
  out->snak = SUCCESSION_WIKIDATA_VALUE;
  out->precision = precision;
  out->year = sign * year;
  if (precision >= SUCCESSION_WIKIDATA_PRECISION_MONTH && month >= 1 && month <= 12)
    out->month = month;
  if (precision >= SUCCESSION_WIKIDATA_PRECISION_DAY && out->month != 0 &&
      day >= 1 && g_date_valid_dmy (day, out->month, CLAMP (out->year, 1, 9999)))
    out->day = day;

  /* The format holds years 1 to 9999 at year, month or day precision; coarser precisions
   * (decades, centuries) and other years stay out of the date. */
  if (precision >= SUCCESSION_WIKIDATA_PRECISION_YEAR && out->year >= 1 && out->year <= 9999)
    {
      out->date.year = out->year;
      out->date.month = out->month;
      out->date.day = out->month != 0 ? out->day : 0;
    }
  return TRUE;
}

/* A time from its group of four variables: value, precision, plain value, "no value". */
static void
read_time (const SuccessionSparqlTerm *group,
           SuccessionWikidataTime     *time)
{
  SuccessionWikidataTime read = { 0 };

  if (is_bound (&group[0]))
    {
      gint64 precision = is_bound (&group[TIME_PRECISION])
                           ? g_ascii_strtoll (group[TIME_PRECISION].value, NULL, 10)
                           : SUCCESSION_WIKIDATA_PRECISION_DAY;

      if (!parse_time_value (group[0].value, (int) CLAMP (precision, 0, 14), &read))
        return;
    }
  else if (is_bound (&group[TIME_RAW]) && _succession_wikidata_is_some_value (group[TIME_RAW].value, group[TIME_RAW].type))
    read.snak = SUCCESSION_WIKIDATA_UNKNOWN_VALUE;
  else if (is_bound (&group[TIME_NONE]))
    read.snak = SUCCESSION_WIKIDATA_NO_VALUE;
  else
    return;

  /* Rows of one statement may repeat a time or give two values of one qualifier: a value wins
   * over "unknown" and "no value", then the more precise, then the earlier. */
  if (time->snak == SUCCESSION_WIKIDATA_ABSENT ||
      (time->snak != SUCCESSION_WIKIDATA_VALUE && read.snak == SUCCESSION_WIKIDATA_VALUE) ||
      (time->snak == SUCCESSION_WIKIDATA_VALUE && read.snak == SUCCESSION_WIKIDATA_VALUE &&
       (read.precision > time->precision ||
        (read.precision == time->precision &&
         (read.year < time->year || (read.year == time->year && (read.month * 32 + read.day) < (time->month * 32 + time->day)))))))
    *time = read;
}

static void
add_labels (SuccessionText             *labels,
            const SuccessionSparqlTerm *group)
{
  static const char *const fallback[] = { NULL, "en", "zh-Hans", "zh-Hant", NULL };

  for (guint i = LABEL_EN; i <= LABEL_UI; i++)
    if (is_bound (&group[i]) && *group[i].value != '\0')
      succession_text_add (labels, group[i].lang != NULL ? group[i].lang : fallback[i], group[i].value);
}

/* The item named by the variable at @group (followed by its labels), created on first sight. */
static SuccessionWikidataEntity *
ensure_entity (SuccessionWikidataOffice   *self,
               const SuccessionSparqlTerm *group,
               gboolean                    with_labels)
{
  g_autofree char          *id = item_id (group);
  SuccessionWikidataEntity *entity;

  if (id == NULL)
    return NULL;
  if ((entity = g_hash_table_lookup (self->entities, id)) != NULL)
    return entity;

  entity = g_new0 (SuccessionWikidataEntity, 1);
  entity->id = g_steal_pointer (&id);
  entity->labels = succession_text_new ();
  if (with_labels)
    add_labels (entity->labels, group);
  g_hash_table_insert (self->entities, entity->id, entity);
  return entity;
}

static void
add_unique (GPtrArray **array,
            const char *id)
{
  if (id == NULL)
    return;
  if (*array == NULL)
    *array = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < (*array)->len; i++)
    if (strcmp (g_ptr_array_index (*array, i), id) == 0)
      return;
  g_ptr_array_add (*array, g_strdup (id));
}

/* ---------------------------------------------------------------------------------------- */
/* Reading the answers                                                                       */

typedef struct
{
  SuccessionWikidataOffice *office;
  GHashTable               *statements; /* id -> SuccessionWikidataStatement */
} Reading;

static gboolean
on_office_row (const SuccessionSparqlTerm *terms,
               gpointer                    data,
               GError                    **error)
{
  Reading                  *reading = data;
  SuccessionWikidataOffice *self = reading->office;
  SuccessionWikidataEntity *body;

  if (succession_text_get_n (self->labels) == 0)
    add_labels (self->labels, &terms[OFFICE_ITEM]);
  if (succession_text_get_n (self->descriptions) == 0)
    {
      if (is_bound (&terms[OFFICE_DESCRIPTION_EN]))
        succession_text_add (self->descriptions, "en", terms[OFFICE_DESCRIPTION_EN].value);
      if (is_bound (&terms[OFFICE_DESCRIPTION_UI]) && terms[OFFICE_DESCRIPTION_UI].lang != NULL)
        succession_text_add (self->descriptions, terms[OFFICE_DESCRIPTION_UI].lang, terms[OFFICE_DESCRIPTION_UI].value);
    }
  if (self->body == NULL && (body = ensure_entity (self, &terms[OFFICE_BODY], TRUE)) != NULL)
    self->body = g_strdup (body->id);
  return TRUE;
}

static gboolean
on_holder_row (const SuccessionSparqlTerm *terms,
               gpointer                    data,
               GError                    **error)
{
  Reading                     *reading = data;
  SuccessionWikidataOffice    *self = reading->office;
  SuccessionWikidataStatement *statement;
  SuccessionWikidataEntity    *person, *entity;
  g_autofree char             *statement_id = item_id (&terms[HOLDER_STATEMENT]);

  if (statement_id == NULL || (person = ensure_entity (self, &terms[HOLDER_PERSON], FALSE)) == NULL)
    return TRUE;

  if ((statement = g_hash_table_lookup (reading->statements, statement_id)) == NULL)
    {
      statement = g_new0 (SuccessionWikidataStatement, 1);
      statement->id = g_steal_pointer (&statement_id);
      statement->person = g_strdup (person->id);
      g_hash_table_insert (reading->statements, statement->id, statement);
      g_ptr_array_add (self->statements, statement);

      if (succession_text_get_n (person->labels) == 0)
        add_labels (person->labels, &terms[HOLDER_PERSON]);
      if (statement->ordinal == NULL && is_bound (&terms[HOLDER_ORDINAL]))
        statement->ordinal = g_strdup (terms[HOLDER_ORDINAL].value);
    }

  read_time (&terms[HOLDER_START], &statement->start);
  read_time (&terms[HOLDER_END], &statement->end);
  read_time (&terms[HOLDER_BIRTH], &person->birth);
  read_time (&terms[HOLDER_DEATH], &person->death);

  if ((entity = ensure_entity (self, &terms[HOLDER_REPLACES], FALSE)) != NULL)
    add_unique (&statement->replaces, entity->id);
  if ((entity = ensure_entity (self, &terms[HOLDER_REPLACED_BY], FALSE)) != NULL)
    add_unique (&statement->replaced_by, entity->id);
  if ((entity = ensure_entity (self, &terms[HOLDER_TERM], TRUE)) != NULL)
    add_unique (&statement->terms, entity->id);
  if (statement->end_cause == NULL && (entity = ensure_entity (self, &terms[HOLDER_CAUSE], TRUE)) != NULL)
    statement->end_cause = g_strdup (entity->id);

  if (is_bound (&terms[HOLDER_REF]))
    {
      g_autofree char             *ref_id = _succession_wikidata_entity_id (terms[HOLDER_REF].value);
      SuccessionWikidataReference *reference = NULL;

      if (statement->references == NULL)
        statement->references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
      for (guint i = 0; i < statement->references->len && reference == NULL; i++)
        if (g_strcmp0 (((SuccessionWikidataReference *) g_ptr_array_index (statement->references, i))->id, ref_id) == 0)
          reference = g_ptr_array_index (statement->references, i);
      if (reference == NULL)
        {
          reference = g_new0 (SuccessionWikidataReference, 1);
          reference->id = g_steal_pointer (&ref_id);
          g_ptr_array_add (statement->references, reference);
        }
      if (reference->url == NULL && is_bound (&terms[HOLDER_REF_URL]))
        reference->url = g_strdup (terms[HOLDER_REF_URL].value);
      if (reference->stated_in == NULL && (entity = ensure_entity (self, &terms[HOLDER_STATED_IN], TRUE)) != NULL)
        reference->stated_in = g_strdup (entity->id);
      read_time (&terms[HOLDER_RETRIEVED], &reference->retrieved);
    }

  return TRUE;
}

static gint64
time_order (const SuccessionWikidataTime *time)
{
  if (time->snak != SUCCESSION_WIKIDATA_VALUE)
    return G_MAXINT64;
  return (time->year * 13 + time->month) * 32 + time->day;
}

static int
compare_statements (gconstpointer a,
                    gconstpointer b)
{
  const SuccessionWikidataStatement *sa = *(SuccessionWikidataStatement *const *) a;
  const SuccessionWikidataStatement *sb = *(SuccessionWikidataStatement *const *) b;
  gint64                             ka = time_order (&sa->start), kb = time_order (&sb->start);

  if (ka == G_MAXINT64 && kb == G_MAXINT64)
    {
      ka = time_order (&sa->end);
      kb = time_order (&sb->end);
    }
  if (ka != kb)
    return ka < kb ? -1 : 1;
  return strcmp (sa->id, sb->id);
}

SuccessionWikidataOffice *
succession_wikidata_office_new_from_answers (const char *id,
                                             GBytes     *office_answer,
                                             GBytes     *holders_answer,
                                             GError    **error)
{
  g_autoptr(SuccessionWikidataOffice) self = NULL;
  g_autofree char *office_id = NULL;
  Reading          reading;
  const char      *data;
  gsize            length;
  gboolean         ok;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (holders_answer != NULL, NULL);

  if ((office_id = succession_wikidata_parse_id (id)) == NULL)
    {
      g_set_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_INVALID_ID,
                   /* Translators: %s is what the user typed. */
                   _ ("“%s” is not a Wikidata id (Q…) or a Wikidata address"), id);
      return NULL;
    }

  self = g_object_new (SUCCESSION_TYPE_WIKIDATA_OFFICE, NULL);
  self->id = g_steal_pointer (&office_id);
  reading.office = self;
  reading.statements = g_hash_table_new (g_str_hash, g_str_equal);

  ok = TRUE;
  if (office_answer != NULL)
    {
      data = g_bytes_get_data (office_answer, &length);
      ok = _succession_sparql_read (data, length, _succession_wikidata_office_vars, SUCCESSION_WIKIDATA_MAX_ROWS,
                                    on_office_row, &reading, NULL, error);
    }
  if (ok)
    {
      data = g_bytes_get_data (holders_answer, &length);
      ok = _succession_sparql_read (data, length, _succession_wikidata_holders_vars, SUCCESSION_WIKIDATA_MAX_ROWS,
                                    on_holder_row, &reading, NULL, error);
    }
  g_hash_table_unref (reading.statements);
  if (!ok)
    return NULL;

  if (self->statements->len == 0 && succession_text_get_n (self->labels) == 0)
    {
      g_set_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_NOT_FOUND,
                   /* Translators: %s is a Wikidata id (Q…). */
                   _ ("Wikidata has no item %s with a label or holders"), self->id);
      return NULL;
    }

  g_ptr_array_sort (self->statements, compare_statements);
  for (guint i = 0; i < self->statements->len; i++)
    {
      SuccessionWikidataStatement *statement = g_ptr_array_index (self->statements, i);
      SuccessionWikidataEntity    *person = g_hash_table_lookup (self->entities, statement->person);

      if (!g_ptr_array_find (self->holders, person, NULL))
        g_ptr_array_add (self->holders, person);
    }

  self->fetched = g_date_time_new_now_utc ();
  return g_steal_pointer (&self);
}

/* ---------------------------------------------------------------------------------------- */
/* Getters                                                                                   */

const char *
succession_wikidata_office_get_id (SuccessionWikidataOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), NULL);
  return self->id;
}

const char *
succession_wikidata_office_get_label (SuccessionWikidataOffice *self,
                                      const char *const        *languages)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), NULL);
  return _succession_wikidata_entity_label (self, self->id, languages);
}

const SuccessionText *
succession_wikidata_office_get_labels (SuccessionWikidataOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), NULL);
  return self->labels;
}

guint
succession_wikidata_office_get_n_statements (SuccessionWikidataOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), 0);
  return self->statements->len;
}

guint
succession_wikidata_office_get_n_holders (SuccessionWikidataOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), 0);
  return self->holders->len;
}

GDateTime *
succession_wikidata_office_get_fetched (SuccessionWikidataOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), NULL);
  return self->fetched;
}

GTimeSpan
succession_wikidata_office_get_age (SuccessionWikidataOffice *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), 0);
  return MAX (g_date_time_difference (now, self->fetched), 0);
}

gboolean
succession_wikidata_office_is_from_cache (SuccessionWikidataOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), FALSE);
  return self->from_cache;
}

const char *
succession_wikidata_office_get_notice (SuccessionWikidataOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), NULL);
  return self->notice;
}

SuccessionWikidataEntity *
_succession_wikidata_office_lookup (SuccessionWikidataOffice *self,
                                    const char               *id)
{
  return id != NULL ? g_hash_table_lookup (self->entities, id) : NULL;
}

const char *
_succession_wikidata_entity_label (SuccessionWikidataOffice *self,
                                   const char               *id,
                                   const char *const        *languages)
{
  const SuccessionText     *labels = NULL;
  SuccessionWikidataEntity *entity;
  const char               *label;

  if (id != NULL && g_strcmp0 (id, self->id) == 0)
    labels = self->labels;
  else if ((entity = _succession_wikidata_office_lookup (self, id)) != NULL)
    labels = entity->labels;

  label = succession_text_lookup (labels, languages);
  return label != NULL ? label : id;
}

char *
_succession_wikidata_time_to_string (const SuccessionWikidataTime *time)
{
  switch (time->snak)
    {
    case SUCCESSION_WIKIDATA_UNKNOWN_VALUE:
      return g_strdup (_ ("unknown value"));
    case SUCCESSION_WIKIDATA_NO_VALUE:
      return g_strdup (_ ("no value"));
    case SUCCESSION_WIKIDATA_ABSENT:
      return g_strdup ("");
    case SUCCESSION_WIKIDATA_VALUE:
    default:
      break;
    }

  if (succession_date_is_set (&time->date))
    return succession_date_to_iso (&time->date);
  if (time->precision == SUCCESSION_WIKIDATA_PRECISION_DECADE)
    /* Translators: a decade, "1970s"; %lld is its first year. */
    return g_strdup_printf (_ ("%llds"), (long long) (time->year - time->year % 10));
  if (time->precision < SUCCESSION_WIKIDATA_PRECISION_DECADE)
    /* Translators: a year Wikidata gives with less than decade precision (a century or more); %lld is the year. */
    return g_strdup_printf (_ ("%lld (to the century or coarser)"), (long long) time->year);
  /* A year outside 1..9999. */
  return g_strdup_printf ("%lld", (long long) time->year);
}

/* ---------------------------------------------------------------------------------------- */
/* The fetch: the office query, then the holders query, then reading both in a thread        */

typedef struct
{
  char                            *id;
  char                            *ui_language;
  SuccessionWikidataProgressTarget progress;
  SuccessionWikidataAnswer        *office;
  SuccessionWikidataAnswer        *holders;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  _succession_wikidata_progress_clear (&fetch->progress);
  g_clear_pointer (&fetch->office, _succession_wikidata_answer_free);
  g_clear_pointer (&fetch->holders, _succession_wikidata_answer_free);
  g_free (fetch->id);
  g_free (fetch->ui_language);
  g_free (fetch);
}

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Fetch                    *fetch = data;
  GError                   *error = NULL;
  SuccessionWikidataOffice *office;

  office = succession_wikidata_office_new_from_answers (fetch->id, fetch->office->body, fetch->holders->body, &error);
  if (office == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, office, g_object_unref);
}

static void
on_read (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  g_autoptr(GTask) task = data;
  SuccessionWikidataClient *client = g_task_get_source_object (task);
  Fetch                    *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SuccessionWikidataOffice *office = g_task_propagate_pointer (G_TASK (result), &error);

  if (office == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Both answers are good: only now do they replace the saved copies. */
  _succession_wikidata_client_keep (client, fetch->office);
  _succession_wikidata_client_keep (client, fetch->holders);

  g_clear_pointer (&office->fetched, g_date_time_unref);
  office->fetched = g_date_time_ref (g_date_time_compare (fetch->office->fetched, fetch->holders->fetched) <= 0
                                       ? fetch->office->fetched
                                       : fetch->holders->fetched);
  office->from_cache = fetch->office->from_cache || fetch->holders->from_cache;
  office->notice = g_strdup (fetch->holders->notice != NULL ? fetch->holders->notice : fetch->office->notice);

  _succession_wikidata_progress_step (&fetch->progress, 0, 1);
  _succession_wikidata_progress_forward (1.0, g_bytes_get_size (fetch->holders->body), &fetch->progress);
  g_task_return_pointer (task, office, g_object_unref);
}

static void
on_holders (GObject      *object,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GTask) task = data;
  Fetch        *fetch = g_task_get_task_data (task);
  GError       *error = NULL;
  GCancellable *cancellable;
  GTask        *reading;

  fetch->holders = _succession_wikidata_client_get_finish (SUCCESSION_WIKIDATA_CLIENT (object), result, &error);
  if (fetch->holders == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  cancellable = g_task_get_cancellable (task);
  reading = g_task_new (object, cancellable, on_read, g_steal_pointer (&task));
  g_task_set_task_data (reading, fetch, NULL);
  g_task_run_in_thread (reading, read_in_thread);
  g_object_unref (reading);
}

static void
on_office (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GTask) task = data;
  Fetch           *fetch = g_task_get_task_data (task);
  GError          *error = NULL;
  GCancellable    *cancellable;
  g_autofree char *query = NULL;

  fetch->office = _succession_wikidata_client_get_finish (SUCCESSION_WIKIDATA_CLIENT (object), result, &error);
  if (fetch->office == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* The office query is small: the holders take the bar from a tenth to nearly the end. */
  _succession_wikidata_progress_step (&fetch->progress, 0.1, 0.85);
  query = _succession_wikidata_holders_query (fetch->id, fetch->ui_language);
  cancellable = g_task_get_cancellable (task);
  _succession_wikidata_client_get_async (SUCCESSION_WIKIDATA_CLIENT (object), SUCCESSION_WIKIDATA_SERVICE_SPARQL,
                                         (const char *const[]){ "query", query, NULL },
                                         cancellable, _succession_wikidata_progress_forward, &fetch->progress,
                                         on_holders, g_steal_pointer (&task));
}

void
succession_wikidata_client_fetch_office_async (SuccessionWikidataClient  *client,
                                               const char                *id,
                                               const char                *ui_language,
                                               GCancellable              *cancellable,
                                               SuccessionWikidataProgress progress,
                                               gpointer                   progress_data,
                                               GDestroyNotify             progress_data_free,
                                               GAsyncReadyCallback        callback,
                                               gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *query = NULL;
  Fetch           *fetch;

  g_return_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (client));
  g_return_if_fail (id != NULL);

  task = g_task_new (client, cancellable, callback, user_data);
  g_task_set_source_tag (task, succession_wikidata_client_fetch_office_async);

  fetch = g_new0 (Fetch, 1);
  _succession_wikidata_progress_init (&fetch->progress, progress, progress_data, progress_data_free);
  _succession_wikidata_progress_step (&fetch->progress, 0, 0.1);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  if ((fetch->id = succession_wikidata_parse_id (id)) == NULL)
    {
      g_task_return_new_error (task, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_INVALID_ID,
                               _ ("“%s” is not a Wikidata id (Q…) or a Wikidata address"), id);
      return;
    }
  fetch->ui_language = _succession_wikidata_ui_language (ui_language);

  query = _succession_wikidata_office_query (fetch->id, fetch->ui_language);
  _succession_wikidata_client_get_async (client, SUCCESSION_WIKIDATA_SERVICE_SPARQL,
                                         (const char *const[]){ "query", query, NULL },
                                         cancellable, _succession_wikidata_progress_forward, &fetch->progress,
                                         on_office, g_steal_pointer (&task));
}

SuccessionWikidataOffice *
succession_wikidata_client_fetch_office_finish (SuccessionWikidataClient *client,
                                                GAsyncResult             *result,
                                                GError                  **error)
{
  g_return_val_if_fail (g_task_is_valid (result, client), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
