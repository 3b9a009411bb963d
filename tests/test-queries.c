/* test-queries.c — who held an office when, who overlapped whom, terms, search, durations,
 * on a small fixture and on the bundled dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-model.h"

static SuccessionDataset *
load_small (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset;

  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static SuccessionDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset;

  dataset = succession_dataset_new_bundled (&error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static SuccessionDate
date (const char *iso)
{
  SuccessionDate d;
  g_autoptr(GError) error = NULL;

  succession_date_parse (iso, FALSE, &d, &error);
  g_assert_no_error (error);

  return d;
}

/* The tenures of @office_id on @iso as "ID:yes" / "ID:possibly", joined by spaces. */
static char *
holders_on (SuccessionDataset *dataset,
            const char        *office_id,
            const char        *iso)
{
  SuccessionOffice *office = succession_dataset_get_office (dataset, office_id);
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
  SuccessionDate d = date (iso);
  GString       *text = g_string_new (NULL);

  g_assert_nonnull (office);
  succession_office_holders_on (office, &d, holders, matches);
  g_assert_cmpuint (holders->len, ==, matches->len);

  for (guint i = 0; i < holders->len; i++)
    {
      SuccessionMatch match = g_array_index (matches, SuccessionMatch, i);

      g_assert_cmpint (match, !=, SUCCESSION_MATCH_NO);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, "%s:%s", succession_tenure_get_id (g_ptr_array_index (holders, i)),
                              match == SUCCESSION_MATCH_YES ? "yes" : "possibly");
    }

  return g_string_free (text, FALSE);
}

static const char *
holder_on (SuccessionDataset *dataset,
           const char        *office_id,
           const char        *iso)
{
  SuccessionDate    d = date (iso);
  SuccessionTenure *tenure = succession_office_holder_on (succession_dataset_get_office (dataset, office_id), &d);

  return tenure != NULL ? succession_tenure_get_id (tenure) : NULL;
}

/* The ids of the tenures of @office_id that overlap @tenure_id, joined by spaces. */
static char *
tenures_during (SuccessionDataset *dataset,
                const char        *office_id,
                const char        *tenure_id)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  succession_office_tenures_during (succession_dataset_get_office (dataset, office_id),
                                    succession_dataset_get_tenure (dataset, tenure_id), out);

  for (guint i = 0; i < out->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, succession_tenure_get_id (g_ptr_array_index (out, i)));
    }

  return g_string_free (text, FALSE);
}

static int
overlap_days (SuccessionDataset *dataset,
              const char        *a,
              const char        *b)
{
  SuccessionTenure *ta = succession_dataset_get_tenure (dataset, a);
  SuccessionTenure *tb = succession_dataset_get_tenure (dataset, b);
  int               days = succession_tenure_overlap_days (ta, tb);

  /* Overlap does not depend on the order of the question. */
  g_assert_cmpint (succession_tenure_overlap_days (tb, ta), ==, days);
  return days;
}

static const char *
item_id (gpointer item)
{
  if (SUCCESSION_IS_PERSON (item))
    return succession_person_get_id (item);
  if (SUCCESSION_IS_OFFICE (item))
    return succession_office_get_id (item);
  if (SUCCESSION_IS_BODY (item))
    return succession_body_get_id (item);
  g_assert_not_reached ();
}

/* The ids @query finds, joined by spaces. */
static char *
search (SuccessionDataset *dataset,
        const char        *query,
        guint              limit)
{
  g_autoptr(GPtrArray) results = succession_dataset_search (dataset, query, limit);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < results->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, item_id (g_ptr_array_index (results, i)));
    }

  return g_string_free (text, FALSE);
}

#define assert_text(expr, expected)          \
  G_STMT_START                               \
  {                                          \
    g_autofree char *_text = (expr);         \
    g_assert_cmpstr (_text, ==, (expected)); \
  }                                          \
  G_STMT_END

/* ---------------------------------------------------------------------------------------- */
/* The small fixture                                                                         */

static void
test_holders_on (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();

  /* Definite. */
  assert_text (holders_on (dataset, "sg", "1979-06-01"), "sg-1:yes");
  assert_text (holders_on (dataset, "chair", "1983-06-17"), "chair-1:yes");
  /* A same-day handover gives only the successor. */
  assert_text (holders_on (dataset, "chair", "1983-06-18"), "chair-2:yes");
  /* A month-precision handover: either may have held the office on a day of that month. */
  assert_text (holders_on (dataset, "sg", "1979-09-15"), "sg-1:possibly sg-2:possibly");
  /* A partial date asked about: whoever certainly held the office on some day of it held it
   * then. sg-2 began in September 1979, so was in office by the 30th at the latest; sg-1 left
   * in September and may have gone on the 1st. Both sides of a handover held it that year. */
  assert_text (holders_on (dataset, "sg", "1979-09"), "sg-1:possibly sg-2:yes");
  assert_text (holders_on (dataset, "sg", "1980"), "sg-2:yes sg-3:yes");
  assert_text (holders_on (dataset, "chair", "1983"), "chair-1:yes chair-2:yes");
  /* A vacancy is returned; the caller tells it by its kind. */
  assert_text (holders_on (dataset, "sg", "1983-06-10"), "sg-vacancy:yes");
  assert_text (holders_on (dataset, "sg", "1983-06-06"), "sg-vacancy:yes");
  /* Acting, and in office to this day. */
  assert_text (holders_on (dataset, "sg", "1985-01-01"), "sg-4:yes");
  assert_text (holders_on (dataset, "sg", "2024-01-01"), "sg-5:yes");
  /* Before the first and after the last. */
  assert_text (holders_on (dataset, "chair", "1970-01-01"), "");
  assert_text (holders_on (dataset, "chair", "1990-01-01"), "");
}

static void
test_holder_on (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionDate d = date ("1983-06-10");
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));

  g_assert_cmpstr (holder_on (dataset, "sg", "1979-06-01"), ==, "sg-1");
  g_assert_cmpstr (holder_on (dataset, "chair", "1983-06-18"), ==, "chair-2");
  g_assert_cmpstr (holder_on (dataset, "chair", "1983-06-17"), ==, "chair-1");
  /* Acting holders hold. */
  g_assert_cmpstr (holder_on (dataset, "sg", "1985-01-01"), ==, "sg-4");
  /* A vacancy is nobody. */
  g_assert_null (holder_on (dataset, "sg", "1983-06-10"));
  succession_office_holders_on (succession_dataset_get_office (dataset, "sg"), &d, holders, matches);
  g_assert_cmpuint (holders->len, ==, 1);
  g_assert_cmpint (succession_tenure_get_kind (g_ptr_array_index (holders, 0)), ==, SUCCESSION_TENURE_KIND_VACANCY);
  g_assert_null (succession_tenure_get_person (g_ptr_array_index (holders, 0)));
  /* Only possible holders: one of them. */
  {
    const char *id = holder_on (dataset, "sg", "1979-09-15");

    g_assert_true (g_strcmp0 (id, "sg-1") == 0 || g_strcmp0 (id, "sg-2") == 0);
  }
  g_assert_null (holder_on (dataset, "chair", "1990-01-01"));
}

static void
test_incumbent (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionTenure *incumbent;

  incumbent = succession_office_get_incumbent (succession_dataset_get_office (dataset, "sg"));
  g_assert_nonnull (incumbent);
  g_assert_cmpstr (succession_tenure_get_id (incumbent), ==, "sg-5");
  g_assert_cmpstr (succession_person_get_id (succession_tenure_get_person (incumbent)), ==, "wang-hanbin");

  g_assert_null (succession_office_get_incumbent (succession_dataset_get_office (dataset, "chair")));
}

static void
test_tenures_during (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();

  /* The chair at the time of each secretary-general. */
  assert_text (tenures_during (dataset, "chair", "sg-3"), "chair-1");
  assert_text (tenures_during (dataset, "chair", "sg-vacancy"), "chair-1 chair-2");
  assert_text (tenures_during (dataset, "chair", "sg-4"), "chair-2");
  assert_text (tenures_during (dataset, "chair", "sg-5"), "chair-2");
  /* A handover on the first or last day is not an overlap, and a tenure does not overlap itself. */
  assert_text (tenures_during (dataset, "chair", "chair-1"), "");
  assert_text (tenures_during (dataset, "chair", "chair-2"), "");
  assert_text (tenures_during (dataset, "sg", "sg-vacancy"), "");
  assert_text (tenures_during (dataset, "sg", "sg-4"), "");
}

static void
test_overlap_days (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();

  g_assert_cmpint (overlap_days (dataset, "chair-1", "chair-2"), ==, 0);
  /* 1983-06-06 to 1983-06-17 inclusive. */
  g_assert_cmpint (overlap_days (dataset, "chair-1", "sg-vacancy"), ==, 12);
  /* 1983-06-18, 19 and 20. */
  g_assert_cmpint (overlap_days (dataset, "chair-2", "sg-vacancy"), ==, 3);
  /* 1987-04-11 to 1988-04-07 inclusive, over 29 February 1988. */
  g_assert_cmpint (overlap_days (dataset, "chair-2", "sg-5"), ==, 363);
  /* A handover within a month: they may overlap, the dates do not say. */
  g_assert_cmpint (overlap_days (dataset, "sg-1", "sg-2"), ==, -1);
  g_assert_cmpint (overlap_days (dataset, "sg-1", "sg-5"), ==, 0);
  g_assert_cmpint (overlap_days (dataset, "sg-vacancy", "sg-4"), ==, 0);
}

static void
test_term_on (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionBody *npc = succession_dataset_get_body (dataset, "npc");
  SuccessionBody *npcsc = succession_dataset_get_body (dataset, "npcsc");
  SuccessionDate  d;
  SuccessionTerm *term;

  d = date ("1980-01-01");
  g_assert_true (succession_dataset_get_term_on (dataset, npc, &d) == succession_dataset_get_term (dataset, "npc-5"));
  /* The last day of a term is the first of the next. */
  d = date ("1983-06-06");
  g_assert_true (succession_dataset_get_term_on (dataset, npc, &d) == succession_dataset_get_term (dataset, "npc-6"));
  d = date ("1983-06-05");
  g_assert_true (succession_dataset_get_term_on (dataset, npc, &d) == succession_dataset_get_term (dataset, "npc-5"));
  d = date ("1977-01-01");
  g_assert_null (succession_dataset_get_term_on (dataset, npc, &d));
  d = date ("1990");
  g_assert_null (succession_dataset_get_term_on (dataset, npc, &d));
  /* A body without terms of its own. */
  d = date ("1980-01-01");
  g_assert_null (succession_dataset_get_term_on (dataset, npcsc, &d));
  /* A year with two terms: one that may cover it. */
  d = date ("1983");
  term = succession_dataset_get_term_on (dataset, npc, &d);
  g_assert_true (term == succession_dataset_get_term (dataset, "npc-5") ||
                 term == succession_dataset_get_term (dataset, "npc-6"));
  /* The office's term body numbers its tenures. */
  g_assert_true (succession_office_get_term_body (succession_dataset_get_office (dataset, "sg")) == npc);
}

static void
test_search (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  g_autofree char *all = NULL;
  g_autoptr(GPtrArray) limited = NULL;
  g_autoptr(GPtrArray) everything = NULL;

  /* Pinyin, with and without tone marks, case and spaces. */
  assert_text (search (dataset, "Peng Zhen", 0), "peng-zhen");
  assert_text (search (dataset, "PENG zhen", 0), "peng-zhen");
  assert_text (search (dataset, "pengzhen", 0), "peng-zhen");
  assert_text (search (dataset, "Péng Zhēn", 0), "peng-zhen");
  assert_text (search (dataset, "Yè Jiànyīng", 0), "ye-jianying");
  /* Hanzi, simplified and traditional. */
  assert_text (search (dataset, "彭真", 0), "peng-zhen");
  assert_text (search (dataset, "叶剑英", 0), "ye-jianying");
  assert_text (search (dataset, "葉劍英", 0), "ye-jianying");
  assert_text (search (dataset, "姬鹏飞", 0), "ji-pengfei");
  assert_text (search (dataset, "姬鵬飛", 0), "ji-pengfei");
  assert_text (search (dataset, "秘书长", 0), "sg");
  assert_text (search (dataset, "秘書長", 0), "sg");
  /* English office and body names; an alternate name without a language. */
  assert_text (search (dataset, "secretary", 0), "sg");
  assert_text (search (dataset, "Chairperson", 0), "chair");
  assert_text (search (dataset, "standing committee", 0), "npcsc");
  assert_text (search (dataset, "NPCSC", 0), "npcsc");
  /* Names that start with the query come first, then those that contain it. */
  assert_text (search (dataset, "peng", 0), "peng-zhen ji-pengfei");
  assert_text (search (dataset, "National People's Congress", 0), "npc npcsc");
  /* Nothing. */
  assert_text (search (dataset, "zzz", 0), "");
  assert_text (search (dataset, "", 0), "");
  assert_text (search (dataset, "  - ", 0), "");

  /* A limit keeps the best. */
  all = search (dataset, "n", 0);
  everything = succession_dataset_search (dataset, "n", 0);
  limited = succession_dataset_search (dataset, "n", 2);
  g_assert_cmpuint (everything->len, >, 2);
  g_assert_cmpuint (limited->len, ==, 2);
  g_assert_true (g_ptr_array_index (limited, 0) == g_ptr_array_index (everything, 0));
  g_assert_true (g_ptr_array_index (limited, 1) == g_ptr_array_index (everything, 1));
  assert_text (search (dataset, "peng", 1), "peng-zhen");

  /* The filter the views use. */
  {
    GObject         *peng = G_OBJECT (succession_dataset_get_person (dataset, "peng-zhen"));
    GObject         *sg = G_OBJECT (succession_dataset_get_office (dataset, "sg"));
    g_autofree char *folded = succession_fold_for_search ("Péng");

    g_assert_true (succession_dataset_item_matches (dataset, peng, folded));
    g_assert_true (succession_dataset_item_matches (dataset, peng, ""));
    g_assert_true (succession_dataset_item_matches (dataset, peng, NULL));
    g_assert_false (succession_dataset_item_matches (dataset, sg, folded));
    g_assert_true (succession_dataset_item_matches (dataset, sg, "秘书"));
  }
}

static void
test_duration (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionDate today = date ("1990-05-20");
  int            years = 0, months = 0, days = 0;

  g_assert_true (succession_tenure_get_duration (succession_dataset_get_tenure (dataset, "chair-1"), NULL,
                                                 &years, &months, &days));
  g_assert_cmpint (years, ==, 5);
  g_assert_cmpint (months, ==, 3);
  g_assert_cmpint (days, ==, 13);

  /* Month precision gives no days. */
  g_assert_true (succession_tenure_get_duration (succession_dataset_get_tenure (dataset, "sg-2"), NULL,
                                                 &years, &months, &days));
  g_assert_cmpint (years, ==, 1);
  g_assert_cmpint (months, ==, 0);
  g_assert_cmpint (days, ==, -1);

  g_assert_true (succession_tenure_get_duration (succession_dataset_get_tenure (dataset, "sg-1"), NULL,
                                                 &years, &months, &days));
  g_assert_cmpint (years, ==, 1);
  g_assert_cmpint (months, ==, 6);
  g_assert_cmpint (days, ==, -1);

  /* In office: up to today, and nothing without a today. */
  g_assert_true (succession_tenure_get_duration (succession_dataset_get_tenure (dataset, "sg-5"), &today,
                                                 &years, &months, &days));
  g_assert_cmpint (years, ==, 3);
  g_assert_cmpint (months, ==, 1);
  g_assert_cmpint (days, ==, 9);
  g_assert_false (succession_tenure_get_duration (succession_dataset_get_tenure (dataset, "sg-5"), NULL,
                                                  &years, &months, &days));
}

/* ---------------------------------------------------------------------------------------- */
/* The bundled dataset                                                                       */

static SuccessionPerson *
person_on (SuccessionDataset *dataset,
           const char        *office_id,
           const char        *iso)
{
  SuccessionOffice *office = succession_dataset_get_office (dataset, office_id);
  SuccessionDate    d = date (iso);
  SuccessionTenure *tenure;

  g_assert_nonnull (office);
  tenure = succession_office_holder_on (office, &d);
  return tenure != NULL ? succession_tenure_get_person (tenure) : NULL;
}

static gboolean
results_contain (GPtrArray *results,
                 GObject   *item)
{
  for (guint i = 0; i < results->len; i++)
    if (g_ptr_array_index (results, i) == item)
      return TRUE;
  return FALSE;
}

static void
test_bundled (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bundled ();
  SuccessionPerson *peng = succession_dataset_get_person (dataset, "peng-zhen");
  SuccessionOffice *chair = succession_dataset_get_office (dataset, "npcsc-chairperson");
  SuccessionOffice *cppcc_sg = succession_dataset_get_office (dataset, "cppcc-secretary-general");
  SuccessionPerson *holder;
  SuccessionDate    d;
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
  guint regular = 0;

  g_assert_nonnull (peng);
  g_assert_nonnull (chair);
  g_assert_nonnull (cppcc_sg);

  /* Peng Zhen chaired the NPCSC in 1985. */
  holder = person_on (dataset, "npcsc-chairperson", "1985-01-01");
  g_assert_nonnull (holder);
  g_assert_cmpstr (succession_person_get_id (holder), ==, "peng-zhen");

  /* After Zhu De's death the chair was vacant. */
  g_assert_null (person_on (dataset, "npcsc-chairperson", "1977-01-01"));
  d = date ("1977-01-01");
  succession_office_holders_on (chair, &d, holders, matches);
  g_assert_cmpuint (holders->len, ==, 1);
  g_assert_cmpint (succession_tenure_get_kind (g_ptr_array_index (holders, 0)), ==, SUCCESSION_TENURE_KIND_VACANCY);
  g_assert_cmpint (g_array_index (matches, SuccessionMatch, 0), ==, SUCCESSION_MATCH_YES);

  /* Peng Zhen: secretary-general twice, chairman once, vice-chairperson of the 1st, 2nd and
   * 3rd NPCs and of the 2nd, 3rd and 4th CPPCC National Committees. */
  g_assert_cmpuint (succession_person_get_n_tenures (peng), ==, 9);

  /* Of the fourteen Vice-Chairpersons elected on 10 March 2023, the first elected stands for them. */
  {
    SuccessionOffice *vice = succession_dataset_get_office (dataset, "npcsc-vice-chairperson");
    SuccessionTenure *first = succession_office_get_incumbent (vice);

    g_assert_nonnull (first);
    g_assert_cmpstr (succession_person_get_id (succession_tenure_get_person (first)), ==, "li-hongzhong");
  }

  for (guint i = 0; i < succession_office_get_n_tenures (cppcc_sg); i++)
    {
      SuccessionTenure *tenure = succession_office_get_tenure (cppcc_sg, i);

      if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_REGULAR)
        {
          g_assert_nonnull (succession_tenure_get_person (tenure));
          regular++;
        }
    }
  g_assert_cmpuint (regular, ==, 15);

  /* Every query gives one answer for every day of an office's history: no two regular
   * holders of a one-seat office on the same day. */
  for (guint i = 0; i < succession_office_get_n_tenures (chair); i++)
    {
      SuccessionTenure     *tenure = succession_office_get_tenure (chair, i);
      const SuccessionDate *start = succession_tenure_get_start_date (tenure);
      g_autoptr(GPtrArray) on_start = g_ptr_array_new ();
      g_autoptr(GArray) start_matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));

      if (succession_date_get_precision (start) != SUCCESSION_DATE_PRECISION_DAY)
        continue;
      succession_office_holders_on (chair, start, on_start, start_matches);
      g_assert_cmpuint (on_start->len, ==, 1);
      g_assert_true (g_ptr_array_index (on_start, 0) == tenure);
    }
}

static void
test_bundled_search (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bundled ();
  GObject          *peng = G_OBJECT (succession_dataset_get_person (dataset, "peng-zhen"));
  const char *const queries[] = { "彭真", "Peng Zhen", "peng zhen", "PENG zhen", "Péng Zhēn" };
  g_autoptr(GPtrArray) offices = NULL;
  gboolean inside = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) results = succession_dataset_search (dataset, queries[i], 0);

      g_assert_cmpuint (results->len, >=, 1);
      g_assert_true (g_ptr_array_index (results, 0) == peng);
    }

  /* English office names: those that start with the words first. */
  offices = succession_dataset_search (dataset, "Secretary-General", 0);
  g_assert_true (results_contain (offices, G_OBJECT (succession_dataset_get_office (dataset, "npcsc-secretary-general"))));
  g_assert_true (results_contain (offices, G_OBJECT (succession_dataset_get_office (dataset, "cppcc-secretary-general"))));
  g_assert_true (results_contain (offices, G_OBJECT (succession_dataset_get_office (dataset, "cppcc-deputy-secretary-general"))));
  for (guint i = 0; i < offices->len; i++)
    {
      GObject    *item = g_ptr_array_index (offices, i);
      const char *label;

      g_assert_true (SUCCESSION_IS_OFFICE (item));
      label = succession_office_get_label (SUCCESSION_OFFICE (item));
      if (!g_str_has_prefix (label, "Secretary-General"))
        inside = TRUE;
      else
        g_assert_false (inside);
    }
  g_assert_true (inside);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/queries/holders-on", test_holders_on);
  g_test_add_func ("/model/queries/holder-on", test_holder_on);
  g_test_add_func ("/model/queries/incumbent", test_incumbent);
  g_test_add_func ("/model/queries/tenures-during", test_tenures_during);
  g_test_add_func ("/model/queries/overlap-days", test_overlap_days);
  g_test_add_func ("/model/queries/term-on", test_term_on);
  g_test_add_func ("/model/queries/search", test_search);
  g_test_add_func ("/model/queries/duration", test_duration);
  g_test_add_func ("/model/queries/bundled", test_bundled);
  g_test_add_func ("/model/queries/bundled/search", test_bundled_search);

  return g_test_run ();
}
