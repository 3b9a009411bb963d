/* succession-search-answers.c — search results that answer: the Shell search provider's content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-search-answers"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "succession-search-answers.h"

#define ON_DATE_PREFIX "on:"

/* ---------------------------------------------------------------------------------------- */
/* Finding                                                                                   */

/* Does the folded @word match @item's names, or for an office, its body's or an enclosing
 * body's? "npc" names the office "Secretary-General" of the NPC Standing Committee. */
static gboolean
item_matches_word (SuccessionDataset *dataset,
                   GObject           *item,
                   const char        *word)
{
  if (succession_dataset_item_matches (dataset, item, word))
    return TRUE;

  if (SUCCESSION_IS_OFFICE (item))
    for (SuccessionBody *body = succession_office_get_body (SUCCESSION_OFFICE (item));
         body != NULL;
         body = succession_body_get_parent (body))
      if (succession_dataset_item_matches (dataset, G_OBJECT (body), word))
        return TRUE;

  return FALSE;
}

static gboolean
item_matches_words (SuccessionDataset *dataset,
                    GObject           *item,
                    GPtrArray         *words)
{
  for (guint i = 0; i < words->len; i++)
    if (!item_matches_word (dataset, item, g_ptr_array_index (words, i)))
      return FALSE;

  return TRUE;
}

typedef struct
{
  GPtrArray  *items; /* the results, in order */
  GHashTable *seen;
  guint       limit;
  gboolean    dated; /* bodies cannot answer a question about a date */
} Results;

static gboolean
results_add (Results *results,
             GObject *item)
{
  if (results->items->len >= results->limit)
    return FALSE;
  if ((results->dated && SUCCESSION_IS_BODY (item)) || !g_hash_table_add (results->seen, item))
    return TRUE;

  g_ptr_array_add (results->items, item);
  return results->items->len < results->limit;
}

/* Several words, each of which must match: the dataset's search for the longest (the rarest,
 * most likely), narrowed by the others. A body found stands for its offices too. */
static void
find_every_word (SuccessionDataset *dataset,
                 GPtrArray         *words,
                 Results           *results)
{
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GPtrArray) bodies = g_ptr_array_new ();
  const char *seed = g_ptr_array_index (words, 0);

  for (guint i = 1; i < words->len; i++)
    if (strlen (g_ptr_array_index (words, i)) > strlen (seed))
      seed = g_ptr_array_index (words, i);

  candidates = succession_dataset_search (dataset, seed, 0);
  for (guint i = 0; i < candidates->len; i++)
    {
      GObject *item = g_ptr_array_index (candidates, i);

      if (SUCCESSION_IS_BODY (item))
        g_ptr_array_add (bodies, item);
      if (item_matches_words (dataset, item, words) && !results_add (results, item))
        return;
    }

  for (guint i = 0; i < bodies->len; i++)
    {
      GPtrArray *offices = succession_body_get_offices (g_ptr_array_index (bodies, i));

      for (guint j = 0; offices != NULL && j < offices->len; j++)
        {
          GObject *office = g_ptr_array_index (offices, j);

          if (item_matches_words (dataset, office, words) && !results_add (results, office))
            return;
        }
    }
}

static char *
result_id (GObject              *item,
           const SuccessionDate *date)
{
  g_autofree char *iso = succession_date_is_set (date) ? succession_date_to_iso (date) : NULL;
  g_autoptr(SuccessionPageTarget) target = succession_page_target_new_for_entity (item);
  g_autofree char *page = succession_page_target_to_key (target);

  if (iso == NULL)
    return g_steal_pointer (&page);
  return g_strconcat (ON_DATE_PREFIX, iso, ":", page, NULL);
}

GStrv
succession_search_answers_find (SuccessionDataset *dataset,
                                const char *const *terms,
                                guint              limit)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GPtrArray       *ids;
  g_autofree char *text = NULL;
  SuccessionDate   date = { 0 };
  Results          results;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (terms != NULL, NULL);

  if (limit == 0)
    limit = G_MAXUINT;
  ids = g_ptr_array_new ();

  /* The first term that reads as a date is the date; the others are words. */
  for (guint i = 0; terms[i] != NULL; i++)
    {
      char *folded;

      if (!succession_date_is_set (&date) && succession_date_parse (terms[i], FALSE, &date, NULL))
        continue;

      folded = succession_fold_for_search (terms[i]);
      if (*folded != '\0')
        g_ptr_array_add (words, folded);
      else
        g_free (folded);
    }

  if (words->len == 0)
    {
      g_ptr_array_add (ids, NULL);
      return (GStrv) g_ptr_array_free (ids, FALSE);
    }

  results = (Results){ items, seen, limit, succession_date_is_set (&date) };

  /* The words as one name first: "peng zhen" is Peng Zhen, as in the sidebar... */
  g_ptr_array_add (words, NULL);
  text = g_strjoinv ("", (char **) words->pdata);
  g_ptr_array_set_size (words, words->len - 1);
  found = succession_dataset_search (dataset, text, limit);
  for (guint i = 0; i < found->len && results_add (&results, g_ptr_array_index (found, i)); i++)
    ;

  /* ...then every word on its own: "npc secretary-general". */
  if (words->len > 1 && items->len < limit)
    find_every_word (dataset, words, &results);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (ids, result_id (g_ptr_array_index (items, i), &date));
  g_ptr_array_add (ids, NULL);

  return (GStrv) g_ptr_array_free (ids, FALSE);
}

/* ---------------------------------------------------------------------------------------- */
/* Describing                                                                                */

/* Splits "on:1990:office:ID" into its date and the office's page; a result without a date
 * leaves @date unset. NULL for an id this provider never gave. */
static SuccessionPageTarget *
parse_result_id (const char     *result_id,
                 SuccessionDate *date)
{
  const char      *start, *colon;
  g_autofree char *iso = NULL;

  *date = (SuccessionDate){ 0 };

  if (!g_str_has_prefix (result_id, ON_DATE_PREFIX))
    return succession_page_target_parse (result_id);

  start = result_id + strlen (ON_DATE_PREFIX);
  if ((colon = strchr (start, ':')) == NULL)
    return NULL;

  iso = g_strndup (start, colon - start);
  if (!succession_date_parse (iso, FALSE, date, NULL))
    return NULL;
  return succession_page_target_parse (colon + 1);
}

SuccessionPageTarget *
succession_search_answers_get_target (const char *result_id)
{
  SuccessionDate date;

  g_return_val_if_fail (result_id != NULL, NULL);

  return parse_result_id (result_id, &date);
}

/* Years in office, as far as the dates say: 0 where a date is unknown, G_MAXINT for "still". */
typedef struct
{
  int first;
  int last;
} YearSpan;

#define YEAR_STILL G_MAXINT

static YearSpan
tenure_years (SuccessionTenure *tenure)
{
  const SuccessionDate *start = succession_tenure_get_start_date (tenure);
  const SuccessionDate *end = succession_tenure_get_end_date (tenure);
  YearSpan              span = { start->year, end->year };

  if (succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING)
    span.last = YEAR_STILL;

  return span;
}

static char *
format_years (YearSpan span)
{
  g_autofree char *first = g_strdup_printf ("%d", span.first);
  g_autofree char *last = g_strdup_printf ("%d", span.last);

  if (span.last == YEAR_STILL)
    /* Translators: years in office of a holder still in office; %s is a year. */
    return span.first != 0 ? g_strdup_printf (C_ ("years in office", "since %s"), first)
                           : g_strdup (C_ ("years in office", "in office"));
  if (span.first == 0 && span.last == 0)
    return g_strdup (C_ ("years in office", "dates unknown"));
  if (span.last == 0)
    /* Translators: years in office when the end is not known; %s is a year. */
    return g_strdup_printf (C_ ("years in office", "from %s"), first);
  if (span.first == 0)
    /* Translators: years in office when the start is not known; %s is a year. */
    return g_strdup_printf (C_ ("years in office", "until %s"), last);
  if (span.first == span.last)
    /* Translators: years in office that began and ended in the same year; %s is the year. */
    return g_strdup_printf (C_ ("years in office", "%s"), first);

  /* Translators: years in office, "1954–1965"; the first %s is the year the tenure began,
   * the second the year it ended. */
  return g_strdup_printf (C_ ("years in office", "%s–%s"), first, last);
}

static char *
join_strings (GPtrArray  *parts,
              const char *separator)
{
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

typedef struct
{
  SuccessionOffice *office;
  GArray           *spans; /* YearSpan */
} OfficeYears;

static void
office_years_clear (gpointer data)
{
  OfficeYears *entry = data;

  g_array_unref (entry->spans);
}

/* "Secretary-General of …, 1954–1965, 1979–1980; Chairman of …, 1983–1988": every office of
 * the person with its years, in the order the person first held them. A tenure that starts
 * in the year the one before it in the same office ended (a second term) continues it. */
static char *
describe_person (SuccessionPerson     *person,
                 SuccessionNameDisplay display)
{
  GListModel *tenures = succession_person_get_tenures (person);
  guint       n = g_list_model_get_n_items (tenures);
  g_autoptr(GArray) offices = g_array_new (FALSE, TRUE, sizeof (OfficeYears));
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_array_set_clear_func (offices, office_years_clear);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (tenures, i);
      SuccessionOffice *office = succession_tenure_get_office (tenure);
      YearSpan          span = tenure_years (tenure);
      OfficeYears      *entry = NULL;
      YearSpan         *previous;

      for (guint j = 0; j < offices->len && entry == NULL; j++)
        if (g_array_index (offices, OfficeYears, j).office == office)
          entry = &g_array_index (offices, OfficeYears, j);

      if (entry == NULL)
        {
          OfficeYears added = { office, g_array_new (FALSE, FALSE, sizeof (YearSpan)) };

          g_array_append_val (offices, added);
          entry = &g_array_index (offices, OfficeYears, offices->len - 1);
        }

      previous = entry->spans->len > 0 ? &g_array_index (entry->spans, YearSpan, entry->spans->len - 1) : NULL;
      if (previous != NULL && previous->last != 0 && previous->last == span.first)
        previous->last = span.last;
      else
        g_array_append_val (entry->spans, span);
    }

  if (offices->len == 0)
    return g_strdup (_ ("No tenure recorded"));

  for (guint i = 0; i < offices->len; i++)
    {
      OfficeYears *entry = &g_array_index (offices, OfficeYears, i);
      g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *office_name = NULL;
      g_autofree char *joined = NULL;

      for (guint j = 0; j < entry->spans->len; j++)
        g_ptr_array_add (years, format_years (g_array_index (entry->spans, YearSpan, j)));
      joined = join_strings (years, C_ ("list separator", ", "));
      office_name = entry->office != NULL ? succession_format_office_name (entry->office, display) : g_strdup ("");

      /* Translators: an office a person held and their years in it: "Secretary-General of
       * the Standing Committee of the National People's Congress, 1954–1965, 1979–1980". */
      g_ptr_array_add (lines, g_strdup_printf (C_ ("office and years", "%s, %s"), office_name, joined));
    }

  /* Translators: the separator between a person's offices in search results. */
  return join_strings (lines, C_ ("list of offices", "; "));
}

/* "In 1990: …", "In September 1990: …", "On 13 September 1990: …". */
static char *
on_date (const SuccessionDate *date,
         const char           *answer)
{
  g_autofree char *when = succession_format_date (date);

  if (succession_date_get_precision (date) == SUCCESSION_DATE_PRECISION_DAY)
    /* Translators: the answer on a day, in search results; the first %s is a date
     * ("13 September 1990"), the second the answer ("Peng Chong"). */
    return g_strdup_printf (C_ ("answer on a date", "On %s: %s"), when, answer);

  /* Translators: the answer in a year or a month, in search results; the first %s is
   * "1990" or "September 1990", the second the answer ("Peng Chong"). */
  return g_strdup_printf (C_ ("answer on a date", "In %s: %s"), when, answer);
}

/* What the person held on @date: "In 1985: Chairman of …". */
static char *
describe_person_on (SuccessionPerson     *person,
                    const SuccessionDate *date,
                    SuccessionNameDisplay display)
{
  GListModel *tenures = succession_person_get_tenures (person);
  guint       n = g_list_model_get_n_items (tenures);
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *answer = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (tenures, i);
      SuccessionOffice *office = succession_tenure_get_office (tenure);
      SuccessionMatch   match = succession_tenure_covers (tenure, date);
      g_autofree char  *office_name = NULL;

      if (match == SUCCESSION_MATCH_NO || office == NULL)
        continue;

      office_name = succession_format_office_name (office, display);
      if (match == SUCCESSION_MATCH_POSSIBLY)
        g_ptr_array_add (held, g_strdup_printf (_ ("possibly %s"), office_name));
      else
        g_ptr_array_add (held, g_steal_pointer (&office_name));
    }

  answer = held->len > 0 ? join_strings (held, C_ ("list of offices", "; ")) : g_strdup (_ ("No office recorded"));
  return on_date (date, answer);
}

/* Who holds the office now, or who held it last. */
static char *
describe_office (SuccessionOffice     *office,
                 SuccessionNameDisplay display)
{
  SuccessionTenure *incumbent = succession_office_get_incumbent (office);
  guint             n = succession_office_get_n_tenures (office);

  if (incumbent != NULL)
    {
      g_autofree char *who = succession_format_holder (incumbent, display);
      g_autofree char *since = succession_format_date (succession_tenure_get_start_date (incumbent));

      if (*since == '\0')
        /* Translators: the holder of an office today, in search results; %s is a name. */
        return g_strdup_printf (_ ("Held by %s"), who);
      /* Translators: the holder of an office today, in search results; the first %s is a
       * name, the second the date they took office ("10 March 2023"). */
      return g_strdup_printf (_ ("Held by %s since %s"), who, since);
    }

  for (guint i = n; i > 0; i--)
    {
      SuccessionTenure *tenure = succession_office_get_tenure (office, i - 1);
      g_autofree char  *who = NULL;
      g_autofree char  *years = NULL;

      if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_VACANCY)
        continue;

      who = succession_format_holder (tenure, display);
      years = format_years (tenure_years (tenure));
      /* Translators: the last holder of an office nobody holds today, in search results;
       * the first %s is a name, the second their years in office ("1988–1993"). */
      return g_strdup_printf (_ ("Last held by %s, %s"), who, years);
    }

  return g_strdup (_ ("No holder recorded"));
}

/* Who held the office on @date: "In 1990: Peng Chong". */
static char *
describe_office_on (SuccessionOffice     *office,
                    const SuccessionDate *date,
                    SuccessionNameDisplay display)
{
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
  g_autofree char *answer = NULL;

  succession_office_holders_on (office, date, holders, matches);
  answer = holders->len > 0 ? succession_format_holders (holders, matches, display)
                            : g_strdup (_ ("No holder recorded"));
  return on_date (date, answer);
}

static char *
describe_body (SuccessionBody       *body,
               SuccessionNameDisplay display)
{
  SuccessionBody *parent = succession_body_get_parent (body);
  GPtrArray      *offices;
  guint           n;

  if (parent != NULL)
    {
      g_autofree char *parent_name = succession_format_body_name (parent, display);

      /* Translators: a body inside another, in search results; %s is the enclosing body. */
      return g_strdup_printf (_ ("Part of %s"), parent_name);
    }

  offices = succession_body_get_offices (body);
  n = offices != NULL ? offices->len : 0;
  if (n > 0)
    /* Translators: the number of offices of a body, in search results. */
    return g_strdup_printf (ngettext ("%u office", "%u offices", n), n);

  n = succession_body_get_n_children (body);
  /* Translators: the number of bodies inside a body, in search results. */
  return g_strdup_printf (ngettext ("Contains %u body", "Contains %u bodies", n), n);
}

gboolean
succession_search_answers_describe (SuccessionDataset    *dataset,
                                    const char           *result_id,
                                    SuccessionNameDisplay display,
                                    char                **name,
                                    char                **description,
                                    const char          **icon_name)
{
  SuccessionDate date;
  g_autoptr(SuccessionPageTarget) target = NULL;
  GObject *entity;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (result_id != NULL, FALSE);
  g_return_val_if_fail (name != NULL && description != NULL && icon_name != NULL, FALSE);

  if ((target = parse_result_id (result_id, &date)) == NULL ||
      (entity = succession_page_target_lookup (target, dataset)) == NULL)
    return FALSE;

  if (SUCCESSION_IS_PERSON (entity))
    {
      SuccessionPerson *person = SUCCESSION_PERSON (entity);

      *name = succession_format_person_name (person, display);
      *description = succession_date_is_set (&date) ? describe_person_on (person, &date, display)
                                                    : describe_person (person, display);
      *icon_name = "avatar-default-symbolic";
      return TRUE;
    }

  if (SUCCESSION_IS_OFFICE (entity))
    {
      SuccessionOffice *office = SUCCESSION_OFFICE (entity);

      *name = succession_format_office_name (office, display);
      *description = succession_date_is_set (&date) ? describe_office_on (office, &date, display)
                                                    : describe_office (office, display);
      *icon_name = "system-users-symbolic";
      return TRUE;
    }

  if (SUCCESSION_IS_BODY (entity) && !succession_date_is_set (&date))
    {
      SuccessionBody *body = SUCCESSION_BODY (entity);

      *name = succession_format_body_name (body, display);
      *description = describe_body (body, display);
      *icon_name = "x-office-address-book-symbolic";
      return TRUE;
    }

  return FALSE;
}
