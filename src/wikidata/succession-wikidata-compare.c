/* succession-wikidata-compare.c — lining a dataset's office up against Wikidata's
 *
 * Both sides become a list of entries (holder, and the days a tenure surely covers); entries of
 * the same holder are paired by the nearest start, so a person who held the office twice is
 * compared tenure by tenure. Each pair is then compared field by field, and the overlaps of
 * each side are looked for on the other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "succession-csv.h"
#include "succession-wikidata-compare.h"
#include "succession-wikidata-disagreement-private.h"
#include "succession-wikidata-office-private.h"

#define WIKIDATA_PAGE "https://www.wikidata.org/wiki/"

typedef struct
{
  const char   *person;                   /* Q-id, or NULL */
  SuccessionDay from;                     /* the latest day the tenure may have begun, or DAY_MAX */
  SuccessionDay until;                    /* the earliest day it may have ended: DAY_MAX when in
                                           * office, DAY_MIN when nobody knows */
  int                          match;     /* the paired entry on the other side, or -1 */
  SuccessionTenure            *tenure;    /* the dataset's side */
  SuccessionWikidataStatement *statement; /* Wikidata's side */
} Entry;

typedef struct
{
  SuccessionOffice         *office;
  SuccessionWikidataOffice *wikidata;
  const char *const        *languages;
  GArray                   *mine;   /* Entry, the dataset's tenures in order */
  GArray                   *theirs; /* Entry, Wikidata's statements in order */
  GPtrArray                *found;  /* SuccessionWikidataDisagreement */
  GArray                   *order;  /* sort key of each found, parallel */
} Comparison;

typedef enum {
  AGREE,
  DIFFER,
  PRECISION,
} Verdict;

/* ---------------------------------------------------------------------------------------- */
/* Values as text                                                                            */

static char *
dataset_date_text (const SuccessionDate *date)
{
  g_autofree char *iso = succession_date_to_iso (date);

  if (date->qualifier == SUCCESSION_DATE_QUALIFIER_NONE)
    return g_steal_pointer (&iso);
  /* Translators: a date with its qualifier: "1979 (circa)"; the qualifier is a keyword of the format. */
  return g_strdup_printf (_ ("%s (%s)"), iso, succession_date_qualifier_to_string (date->qualifier));
}

static char *
dataset_end_text (SuccessionTenure *tenure)
{
  if (succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING)
    return g_strdup (_ ("in office"));
  return dataset_date_text (succession_tenure_get_end_date (tenure));
}

static char *
span_text (const char *start,
           const char *end)
{
  return g_strdup_printf ("%s – %s", *start != '\0' ? start : "?", *end != '\0' ? end : "?");
}

static char *
dataset_span_text (SuccessionTenure *tenure)
{
  g_autofree char *start = dataset_date_text (succession_tenure_get_start_date (tenure));
  g_autofree char *end = dataset_end_text (tenure);

  return span_text (start, end);
}

static char *
wikidata_span_text (SuccessionWikidataStatement *statement)
{
  g_autofree char *start = _succession_wikidata_time_to_string (&statement->start);
  g_autofree char *end = _succession_wikidata_time_to_string (&statement->end);

  return span_text (start, end);
}

static char *
person_text (Comparison *c,
             const char *id)
{
  /* Translators: a person and their Wikidata id: "Peng Zhen (Q…)". */
  return g_strdup_printf (_ ("%s (%s)"), _succession_wikidata_entity_label (c->wikidata, id, c->languages), id);
}

static char *
dataset_person_text (Comparison *c,
                     Entry      *entry)
{
  SuccessionPerson *person = entry != NULL && entry->tenure != NULL ? succession_tenure_get_person (entry->tenure) : NULL;

  if (person == NULL)
    return g_strdup ("");
  if (succession_person_get_wikidata (person) == NULL)
    return g_strdup (succession_person_get_display_name (person, c->languages));
  return g_strdup_printf (_ ("%s (%s)"), succession_person_get_display_name (person, c->languages),
                          succession_person_get_wikidata (person));
}

static char *
dataset_citation (SuccessionTenure *tenure)
{
  GPtrArray *sources = tenure != NULL ? succession_tenure_get_sources (tenure) : NULL;

  if (sources == NULL || sources->len == 0)
    return g_strdup ("");
  return succession_source_format_citation (g_ptr_array_index (sources, 0));
}

static char *
wikidata_citation (Comparison                  *c,
                   SuccessionWikidataStatement *statement)
{
  for (guint i = 0; statement != NULL && statement->references != NULL && i < statement->references->len; i++)
    {
      SuccessionWikidataReference *reference = g_ptr_array_index (statement->references, i);
      g_autoptr(GString) text = g_string_new (NULL);

      if (reference->url == NULL && reference->stated_in == NULL)
        continue;
      if (reference->stated_in != NULL)
        g_string_append_printf (text, "%s, ", _succession_wikidata_entity_label (c->wikidata, reference->stated_in, c->languages));
      if (reference->url != NULL)
        g_string_append (text, reference->url);
      else
        g_string_append_printf (text, WIKIDATA_PAGE "%s", reference->stated_in);
      if (succession_date_is_set (&reference->retrieved.date))
        {
          g_autofree char *retrieved = succession_date_to_iso (&reference->retrieved.date);

          /* Translators: appended to a reference; %s is the date its URL was read. */
          g_string_append_printf (text, _ (", retrieved %s"), retrieved);
        }
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (statement == NULL)
    return g_strdup ("");
  /* Unreferenced: the statement itself. */
  return g_strdup_printf ("Wikidata, " WIKIDATA_PAGE "%s#P39", statement->person);
}

/* ---------------------------------------------------------------------------------------- */
/* QuickStatements (V1: tab-separated, one command a line)                                  */

static void
append_qs_time (GString              *line,
                const SuccessionDate *date)
{
  static const int precisions[] = { 0, 9, 10, 11 };

  g_string_append_printf (line, "+%04u-%02u-%02uT00:00:00Z/%d", date->year, date->month, date->day,
                          precisions[succession_date_get_precision (date)]);
}

/* The dataset's first source, as S854 (reference URL) and S813 (retrieved). */
static void
append_qs_reference (GString          *line,
                     SuccessionTenure *tenure)
{
  GPtrArray            *sources = succession_tenure_get_sources (tenure);
  SuccessionSource     *source;
  const SuccessionDate *accessed;

  if (sources == NULL || sources->len == 0)
    return;
  source = g_ptr_array_index (sources, 0);
  g_string_append (line, "\tS854\t\"");
  /* A quote would end the string and a tab the field; a URL holds neither raw. */
  for (const char *p = succession_source_get_url (source); *p != '\0'; p++)
    {
      if (*p == '"' || (guchar) *p <= 0x20)
        g_string_append_printf (line, "%%%02X", (guchar) *p);
      else
        g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
  accessed = succession_source_get_accessed (source);
  if (succession_date_is_set (accessed))
    {
      g_string_append (line, "\tS813\t");
      append_qs_time (line, accessed);
    }
}

/* "Qperson\tP39\tQoffice", which qualifiers and the reference follow; NULL when the holder has
 * no Wikidata id. */
static GString *
qs_begin (Comparison       *c,
          SuccessionTenure *tenure)
{
  SuccessionPerson *person = succession_tenure_get_person (tenure);
  GString          *line;

  if (person == NULL || succession_person_get_wikidata (person) == NULL)
    return NULL;
  line = g_string_new (NULL);
  g_string_append_printf (line, "%s\tP39\t%s", succession_person_get_wikidata (person), c->wikidata->id);
  return line;
}

static void
qs_add_time (GString              *line,
             const char           *qualifier,
             const SuccessionDate *date)
{
  if (line == NULL || !succession_date_is_set (date))
    return;
  g_string_append_printf (line, "\t%s\t", qualifier);
  append_qs_time (line, date);
}

static char *
qs_end (GString          *line,
        SuccessionTenure *tenure)
{
  if (line == NULL)
    return NULL;
  append_qs_reference (line, tenure);
  return g_string_free (line, FALSE);
}

/* ---------------------------------------------------------------------------------------- */
/* Findings                                                                                  */

static SuccessionDay
entry_start (Comparison *c,
             Entry      *entry)
{
  if (entry->tenure != NULL)
    {
      const SuccessionDate *start = succession_tenure_get_start_date (entry->tenure);

      return succession_date_is_set (start) ? succession_date_get_first_day (start) : SUCCESSION_DAY_MAX;
    }
  return succession_date_is_set (&entry->statement->start.date)
           ? succession_date_get_first_day (&entry->statement->start.date)
           : SUCCESSION_DAY_MAX;
}

/* A finding about @mine (the dataset's entry, may be NULL) and @theirs (Wikidata's, may be NULL). */
static SuccessionWikidataDisagreement *
add_finding (Comparison                        *c,
             SuccessionWikidataDisagreementKind kind,
             Entry                             *mine,
             Entry                             *theirs,
             char                              *dataset_value,
             char                              *wikidata_value)
{
  SuccessionWikidataDisagreement *found = _succession_wikidata_disagreement_new (kind);
  gint64                          key;

  found->office = g_object_ref (c->office);
  found->office_wikidata = g_strdup (c->wikidata->id);
  found->dataset_value = dataset_value;
  found->wikidata_value = wikidata_value;
  found->dataset_source = dataset_citation (mine != NULL ? mine->tenure : NULL);
  found->wikidata_source = theirs != NULL ? wikidata_citation (c, theirs->statement) : g_strdup ("");
  if (mine != NULL)
    {
      SuccessionPerson *person = succession_tenure_get_person (mine->tenure);

      found->tenure = g_object_ref (mine->tenure);
      found->person_name = g_strdup (person != NULL ? succession_person_get_display_name (person, c->languages) : "");
      found->person_wikidata = g_strdup (mine->person);
    }
  else
    {
      found->person_name = g_strdup (_succession_wikidata_entity_label (c->wikidata, theirs->person, c->languages));
      found->person_wikidata = g_strdup (theirs->person);
    }
  if (theirs != NULL)
    found->statement = g_strdup (theirs->statement->id);

  /* By the start of the tenure, then by kind. */
  key = (gint64) entry_start (c, mine != NULL ? mine : theirs) * 16 + kind;
  g_ptr_array_add (c->found, found);
  g_array_append_val (c->order, key);
  return found;
}

/* ---------------------------------------------------------------------------------------- */
/* Dates                                                                                     */

static int
dataset_precision (const SuccessionDate *date)
{
  static const int precisions[] = { 0, SUCCESSION_WIKIDATA_PRECISION_YEAR, SUCCESSION_WIKIDATA_PRECISION_MONTH,
                                    SUCCESSION_WIKIDATA_PRECISION_DAY };

  return precisions[succession_date_get_precision (date)];
}

static gboolean
contains (const SuccessionDate *outer,
          const SuccessionDate *inner)
{
  return succession_date_get_first_day (outer) <= succession_date_get_first_day (inner) &&
         succession_date_get_last_day (inner) <= succession_date_get_last_day (outer);
}

/* Does the dataset's @mine fall in the decade, century, … Wikidata gives as @theirs? */
static gboolean
within_coarse (const SuccessionDate         *mine,
               const SuccessionWikidataTime *theirs)
{
  gint64 span = 10;

  for (int p = SUCCESSION_WIKIDATA_PRECISION_DECADE; p > theirs->precision && span < G_GINT64_CONSTANT (1000000000); p--)
    span *= 10;
  if (theirs->precision > SUCCESSION_WIKIDATA_PRECISION_DECADE)
    span = 1;
  return mine->year >= theirs->year - theirs->year % span && mine->year < theirs->year - theirs->year % span + span;
}

/* The dataset's date (unset when it has none; @ongoing for an end in office) against Wikidata's. */
static Verdict
compare_date (const SuccessionDate         *mine,
              gboolean                      ongoing,
              const SuccessionWikidataTime *theirs)
{
  gboolean have = succession_date_is_set (mine);

  switch (theirs->snak)
    {
    case SUCCESSION_WIKIDATA_VALUE:
      if (!succession_date_is_set (&theirs->date))
        return have && within_coarse (mine, theirs) ? PRECISION : DIFFER;
      if (!have)
        return DIFFER;
      if (succession_date_get_precision (mine) == succession_date_get_precision (&theirs->date))
        return contains (mine, &theirs->date) ? AGREE : DIFFER;
      return contains (mine, &theirs->date) || contains (&theirs->date, mine) ? PRECISION : DIFFER;
    case SUCCESSION_WIKIDATA_UNKNOWN_VALUE:
      /* Ended at a time nobody knows: not in office. */
      return have || ongoing ? DIFFER : AGREE;
    case SUCCESSION_WIKIDATA_NO_VALUE:
    case SUCCESSION_WIKIDATA_ABSENT:
    default:
      return have ? DIFFER : AGREE;
    }
}

static void
compare_dates (Comparison *c,
               Entry      *mine,
               Entry      *theirs,
               gboolean    end)
{
  SuccessionTenure               *tenure = mine->tenure;
  const SuccessionDate           *date = end ? succession_tenure_get_end_date (tenure) : succession_tenure_get_start_date (tenure);
  const SuccessionWikidataTime   *time = end ? &theirs->statement->end : &theirs->statement->start;
  gboolean                        ongoing = end && succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING;
  Verdict                         verdict = compare_date (date, ongoing, time);
  SuccessionWikidataDisagreement *found;
  gboolean                        carry;

  if (verdict == AGREE)
    return;

  found = add_finding (c,
                       verdict == DIFFER ? (end ? SUCCESSION_WIKIDATA_DISAGREEMENT_END : SUCCESSION_WIKIDATA_DISAGREEMENT_START)
                                         : (end ? SUCCESSION_WIKIDATA_DISAGREEMENT_END_PRECISION
                                                : SUCCESSION_WIKIDATA_DISAGREEMENT_START_PRECISION),
                       mine, theirs,
                       end ? dataset_end_text (tenure) : dataset_date_text (date),
                       _succession_wikidata_time_to_string (time));

  /* The dataset's date goes back when it differs, or says more. */
  carry = succession_date_is_set (date) &&
          (verdict == DIFFER || time->snak != SUCCESSION_WIKIDATA_VALUE || dataset_precision (date) > time->precision);
  if (carry)
    {
      GString *line = qs_begin (c, tenure);

      qs_add_time (line, end ? "P582" : "P580", date);
      found->quickstatements = qs_end (line, tenure);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Predecessors and successors                                                               */

static gboolean
holds_id (GPtrArray  *ids,
          const char *id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
      return TRUE;
  return FALSE;
}

static char *
ids_text (Comparison *c,
          GPtrArray  *ids)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autofree char *person = person_text (c, g_ptr_array_index (ids, i));

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", person);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The dataset's neighbour of entry @k (the tenure before or after) against "replaces" or
 * "replaced by" on Wikidata's statement. */
static void
compare_neighbour (Comparison *c,
                   guint       k,
                   gboolean    successor)
{
  Entry                          *mine = &g_array_index (c->mine, Entry, k);
  Entry                          *theirs = &g_array_index (c->theirs, Entry, mine->match);
  Entry                          *neighbour = NULL;
  GPtrArray                      *ids = successor ? theirs->statement->replaced_by : theirs->statement->replaces;
  SuccessionWikidataDisagreement *found;

  if (successor ? k + 1 < c->mine->len : k > 0)
    neighbour = &g_array_index (c->mine, Entry, successor ? k + 1 : k - 1);

  /* A neighbour without an id cannot be compared. */
  if (neighbour != NULL && neighbour->person == NULL)
    return;
  if (neighbour != NULL ? holds_id (ids, neighbour->person) : (ids == NULL || ids->len == 0))
    return;

  found = add_finding (c, successor ? SUCCESSION_WIKIDATA_DISAGREEMENT_SUCCESSOR : SUCCESSION_WIKIDATA_DISAGREEMENT_PREDECESSOR,
                       mine, theirs, dataset_person_text (c, neighbour), ids_text (c, ids));
  if (neighbour != NULL)
    {
      GString *line = qs_begin (c, mine->tenure);

      if (line != NULL)
        g_string_append_printf (line, "\t%s\t%s", successor ? "P1366" : "P1365", neighbour->person);
      found->quickstatements = qs_end (line, mine->tenure);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Overlaps                                                                                  */

static gboolean
surely_overlap (const Entry *a,
                const Entry *b)
{
  return MAX (a->from, b->from) < MIN (a->until, b->until);
}

/* Overlaps among @side whose counterparts on @other do not overlap. */
static void
find_lone_overlaps (Comparison *c,
                    GArray     *side,
                    GArray     *other,
                    gboolean    in_dataset)
{
  for (guint i = 0; i < side->len; i++)
    for (guint j = i + 1; j < side->len; j++)
      {
        Entry *a = &g_array_index (side, Entry, i);
        Entry *b = &g_array_index (side, Entry, j);
        Entry *later;
        char  *here, *there;

        if (a->match < 0 || b->match < 0 || !surely_overlap (a, b) ||
            surely_overlap (&g_array_index (other, Entry, a->match), &g_array_index (other, Entry, b->match)))
          continue;

        later = entry_start (c, b) >= entry_start (c, a) ? b : a;
        if (in_dataset)
          {
            g_autofree char *one = dataset_span_text (a->tenure);
            g_autofree char *two = dataset_span_text (b->tenure);

            /* Translators: two tenures that overlap: "1954-09-27 – 1965-01-03 and 1964 – 1975". */
            here = g_strdup_printf (_ ("%s and %s"), one, two);
            there = g_strdup (_ ("no overlap"));
            add_finding (c, SUCCESSION_WIKIDATA_DISAGREEMENT_OVERLAP_IN_DATASET, later,
                         &g_array_index (other, Entry, later->match), here, there);
          }
        else
          {
            g_autofree char *one = wikidata_span_text (a->statement);
            g_autofree char *two = wikidata_span_text (b->statement);

            here = g_strdup_printf (_ ("%s and %s"), one, two);
            there = g_strdup (_ ("no overlap"));
            add_finding (c, SUCCESSION_WIKIDATA_DISAGREEMENT_OVERLAP_ON_WIKIDATA,
                         &g_array_index (other, Entry, later->match), later, there, here);
          }
      }
}

/* ---------------------------------------------------------------------------------------- */
/* Pairing                                                                                   */

typedef struct
{
  guint  mine;
  guint  theirs;
  gint64 distance;
} Pair;

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *pa = a, *pb = b;

  if (pa->distance != pb->distance)
    return pa->distance < pb->distance ? -1 : 1;
  if (pa->mine != pb->mine)
    return pa->mine < pb->mine ? -1 : 1;
  return (pa->theirs > pb->theirs) - (pa->theirs < pb->theirs);
}

/* Entries of the same holder, nearest starts first. */
static void
pair_entries (Comparison *c)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));

  for (guint i = 0; i < c->mine->len; i++)
    for (guint j = 0; j < c->theirs->len; j++)
      {
        Entry        *mine = &g_array_index (c->mine, Entry, i);
        Entry        *theirs = &g_array_index (c->theirs, Entry, j);
        SuccessionDay a = entry_start (c, mine), b = entry_start (c, theirs);
        Pair          pair = { i, j, 0 };

        if (mine->person == NULL || g_strcmp0 (mine->person, theirs->person) != 0)
          continue;
        pair.distance = a == SUCCESSION_DAY_MAX || b == SUCCESSION_DAY_MAX ? G_MAXINT32 : ABS ((gint64) a - b);
        g_array_append_val (pairs, pair);
      }

  g_array_sort (pairs, compare_pairs);
  for (guint p = 0; p < pairs->len; p++)
    {
      Pair  *pair = &g_array_index (pairs, Pair, p);
      Entry *mine = &g_array_index (c->mine, Entry, pair->mine);
      Entry *theirs = &g_array_index (c->theirs, Entry, pair->theirs);

      if (mine->match < 0 && theirs->match < 0)
        {
          mine->match = pair->theirs;
          theirs->match = pair->mine;
        }
    }
}

static void
collect_entries (Comparison *c)
{
  guint n = succession_office_get_n_tenures (c->office);

  for (guint i = 0; i < n; i++)
    {
      SuccessionTenure     *tenure = succession_office_get_tenure (c->office, i);
      SuccessionPerson     *person = succession_tenure_get_person (tenure);
      const SuccessionDate *start = succession_tenure_get_start_date (tenure);
      const SuccessionDate *end = succession_tenure_get_end_date (tenure);
      Entry                 entry = { NULL, SUCCESSION_DAY_MAX, SUCCESSION_DAY_MIN, -1, tenure, NULL };

      if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_VACANCY)
        continue;
      entry.person = person != NULL ? succession_person_get_wikidata (person) : NULL;
      if (succession_date_is_set (start))
        entry.from = succession_date_get_latest (start);
      if (succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING)
        entry.until = SUCCESSION_DAY_MAX;
      else if (succession_date_is_set (end))
        entry.until = succession_date_get_earliest (end);
      g_array_append_val (c->mine, entry);
    }

  for (guint i = 0; i < c->wikidata->statements->len; i++)
    {
      SuccessionWikidataStatement *statement = g_ptr_array_index (c->wikidata->statements, i);
      Entry                        entry = { statement->person, SUCCESSION_DAY_MAX, SUCCESSION_DAY_MIN, -1, NULL, statement };

      if (succession_date_is_set (&statement->start.date))
        entry.from = succession_date_get_last_day (&statement->start.date);
      if (statement->end.snak == SUCCESSION_WIKIDATA_NO_VALUE)
        entry.until = SUCCESSION_DAY_MAX;
      else if (succession_date_is_set (&statement->end.date))
        entry.until = succession_date_get_first_day (&statement->end.date);
      g_array_append_val (c->theirs, entry);
    }
}

static void
sort_findings (Comparison *c)
{
  g_autofree guint *index = g_new (guint, c->found->len);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (c->found->len, g_object_unref);

  for (guint i = 0; i < c->found->len; i++)
    index[i] = i;
  /* Insertion sort: stable, and a comparison finds a handful. */
  for (guint i = 1; i < c->found->len; i++)
    for (guint j = i; j > 0 && g_array_index (c->order, gint64, index[j - 1]) > g_array_index (c->order, gint64, index[j]); j--)
      {
        guint swap = index[j];

        index[j] = index[j - 1];
        index[j - 1] = swap;
      }
  for (guint i = 0; i < c->found->len; i++)
    g_ptr_array_add (sorted, g_object_ref (g_ptr_array_index (c->found, index[i])));
  g_ptr_array_unref (c->found);
  c->found = g_steal_pointer (&sorted);
}

GListModel *
succession_wikidata_compare_office (SuccessionOffice         *office,
                                    SuccessionWikidataOffice *wikidata,
                                    const char *const        *languages)
{
  Comparison  c = { 0 };
  GListStore *store;
  gboolean    single = FALSE;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), NULL);
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (wikidata), NULL);

  c.office = office;
  c.wikidata = wikidata;
  c.languages = languages != NULL ? languages : g_get_language_names ();
  c.mine = g_array_new (FALSE, FALSE, sizeof (Entry));
  c.theirs = g_array_new (FALSE, FALSE, sizeof (Entry));
  c.found = g_ptr_array_new_with_free_func (g_object_unref);
  c.order = g_array_new (FALSE, FALSE, sizeof (gint64));

  collect_entries (&c);
  pair_entries (&c);
  /* Predecessors and overlaps mean something only where one person holds the office at once. */
  single = succession_office_get_seats (office) == 1;

  for (guint i = 0; i < c.mine->len; i++)
    {
      Entry *mine = &g_array_index (c.mine, Entry, i);
      Entry *theirs;

      if (mine->match < 0)
        {
          SuccessionWikidataDisagreement *found =
            add_finding (&c, SUCCESSION_WIKIDATA_DISAGREEMENT_ONLY_IN_DATASET, mine, NULL,
                         dataset_span_text (mine->tenure), g_strdup (""));
          GString *line = qs_begin (&c, mine->tenure);

          /* The whole statement: the office, its dates, the source. */
          qs_add_time (line, "P580", succession_tenure_get_start_date (mine->tenure));
          qs_add_time (line, "P582", succession_tenure_get_end_date (mine->tenure));
          found->quickstatements = qs_end (line, mine->tenure);
          continue;
        }

      theirs = &g_array_index (c.theirs, Entry, mine->match);
      compare_dates (&c, mine, theirs, FALSE);
      compare_dates (&c, mine, theirs, TRUE);
      if (single)
        {
          compare_neighbour (&c, i, FALSE);
          compare_neighbour (&c, i, TRUE);
        }
    }

  for (guint j = 0; j < c.theirs->len; j++)
    {
      Entry *theirs = &g_array_index (c.theirs, Entry, j);

      if (theirs->match < 0)
        add_finding (&c, SUCCESSION_WIKIDATA_DISAGREEMENT_ONLY_ON_WIKIDATA, NULL, theirs,
                     g_strdup (""), wikidata_span_text (theirs->statement));
    }

  if (single)
    {
      find_lone_overlaps (&c, c.mine, c.theirs, TRUE);
      find_lone_overlaps (&c, c.theirs, c.mine, FALSE);
    }

  sort_findings (&c);
  store = g_list_store_new (SUCCESSION_TYPE_WIKIDATA_DISAGREEMENT);
  g_list_store_splice (store, 0, 0, c.found->pdata, c.found->len);

  g_array_unref (c.mine);
  g_array_unref (c.theirs);
  g_array_unref (c.order);
  g_ptr_array_unref (c.found);
  return G_LIST_MODEL (store);
}

/* ---------------------------------------------------------------------------------------- */
/* Exports                                                                                   */

char *
succession_wikidata_disagreements_to_csv (GListModel *disagreements)
{
  static const char *const header[] = {
    "office_id", "office_wikidata", "person", "person_wikidata", "tenure_id", "wikidata_statement",
    "disagreement", "dataset_value", "wikidata_value", "dataset_source", "wikidata_source", NULL
  };
  GString         *out = g_string_new (NULL);
  g_autofree char *first = succession_csv_format_row (header, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
  guint            n;

  g_return_val_if_fail (G_IS_LIST_MODEL (disagreements), NULL);

  g_string_append (out, first);
  n = g_list_model_get_n_items (disagreements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionWikidataDisagreement) d = g_list_model_get_item (disagreements, i);
      const char      *fields[12];
      g_autofree char *row = NULL;

      fields[0] = succession_office_get_id (d->office);
      fields[1] = d->office_wikidata;
      fields[2] = d->person_name;
      fields[3] = d->person_wikidata;
      fields[4] = d->tenure != NULL ? succession_tenure_get_id (d->tenure) : NULL;
      fields[5] = d->statement;
      fields[6] = succession_wikidata_disagreement_kind_to_string (d->kind);
      fields[7] = d->dataset_value;
      fields[8] = d->wikidata_value;
      fields[9] = d->dataset_source;
      fields[10] = d->wikidata_source;
      fields[11] = NULL;
      row = succession_csv_format_row (fields, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
      g_string_append (out, row);
    }
  return g_string_free (out, FALSE);
}

char *
succession_wikidata_disagreements_to_quickstatements (GListModel *disagreements)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GString *out = g_string_new (NULL);
  guint    n;

  g_return_val_if_fail (G_IS_LIST_MODEL (disagreements), NULL);

  n = g_list_model_get_n_items (disagreements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionWikidataDisagreement) d = g_list_model_get_item (disagreements, i);

      /* A predecessor found from one side and a successor from the other can give one line twice. */
      if (d->quickstatements != NULL && g_hash_table_add (seen, d->quickstatements))
        g_string_append_printf (out, "%s\n", d->quickstatements);
    }
  return g_string_free (out, FALSE);
}
