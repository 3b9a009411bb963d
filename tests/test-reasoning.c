/* test-reasoning.c — what the bundled dataset answers where its dates are partial
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case is one a researcher met: the answer asserted is the one a historian would give from
 * the same records, not merely what the code happens to print.
 */

#define G_LOG_DOMAIN "test-reasoning"

#include "config.h"

#include <string.h>

#include "succession-model.h"

static SuccessionDataset *dataset;

/* "Deng Yingchao:yes Li Xiannian:yes": the holders of @office on @when with their answers. */
static char *
holders_on (const char *office_id,
            const char *when)
{
  SuccessionOffice *office = succession_dataset_get_office (dataset, office_id);
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  SuccessionDate date;

  g_assert_nonnull (office);
  g_assert_true (succession_date_parse (when, FALSE, &date, &error));
  succession_office_holders_on (office, &date, holders, matches);

  for (guint i = 0; i < holders->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (holders, i);
      SuccessionPerson *person = succession_tenure_get_person (tenure);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, "%s:%s", person != NULL ? succession_person_get_name (person) : "vacant",
                              g_array_index (matches, SuccessionMatch, i) == SUCCESSION_MATCH_YES ? "yes" : "possibly");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_holders(office, when, expected)              \
  G_STMT_START                                              \
  {                                                         \
    g_autofree char *_text = holders_on ((office), (when)); \
    g_assert_cmpstr (_text, ==, (expected));                \
  }                                                         \
  G_STMT_END

/* 1988: the CPPCC chair changed hands in April, so both held it that year, certainly. */
static void
test_handover_year (void)
{
  assert_holders ("cppcc-chairperson", "1988", "Deng Yingchao:yes Li Xiannian:yes");
  assert_holders ("npcsc-secretary-general", "1988", "Wang Hanbin:yes Peng Chong:yes");
  /* Zhou Shaozheng is shown in office at the 7th committee's close on 10 April 1988. Song
   * Demin's start is known only as "before March 1993": he may have come in 1988, no earlier
   * than Zhou was certainly still there. */
  assert_holders ("cppcc-secretary-general", "1988", "Zhou Shaozheng:yes Song Demin:possibly");
}

/* 6 July 1976: Ping Jiesan alone. Those whose start is known only as "before" a later day
 * cannot reach back past the predecessors who certainly held the single seat. */
static void
test_single_seat_order (void)
{
  assert_holders ("cppcc-secretary-general", "1976-07-06", "Ping Jiesan:yes");
  assert_holders ("npcsc-secretary-general", "1976-07-06", "Ji Pengfei:yes");
  /* The same after a death in office: nobody before Qi Yanming died in October 1978. */
  assert_holders ("cppcc-secretary-general", "1978-06-01", "Qi Yanming:yes");
}

/* The Deputy Secretaries-General of today are recorded for the 14th committee only, with no
 * dates: they are not possible holders of 1988, nor is the Executive Deputy of 1950. */
static void
test_undated_by_term (void)
{
  assert_holders ("cppcc-deputy-secretary-general", "1988", "");
  assert_holders ("cppcc-executive-deputy-secretary-general", "1950", "");
  /* In office when the sources calling them current were read (November 2026); before that,
   * within the 14th committee, only possibly. */
  assert_holders ("cppcc-executive-deputy-secretary-general", "2026-11", "Zou Jiayi:yes");
  assert_holders ("cppcc-executive-deputy-secretary-general", "2024", "Zou Jiayi:possibly");
  {
    g_autofree char *deputies = holders_on ("cppcc-deputy-secretary-general", "2026-11");

    g_assert_nonnull (strstr (deputies, "Li Huidong:yes"));
    g_assert_null (strstr (deputies, "possibly"));
  }
}

/* The chair at the time of Liu Lantao, who took office some day before 12 December 1981, after
 * Qi Yanming died in October 1978, and left in June 1983: Deng Xiaoping, and possibly Deng
 * Yingchao (elected in June 1983), never Mao Zedong or Zhou Enlai. */
static void
test_chairs_of_partial_tenure (void)
{
  SuccessionTenure *liu = succession_dataset_get_tenure (dataset, "cppcc-sg-05");
  SuccessionOffice *chair = succession_dataset_get_office (dataset, "cppcc-chairperson");
  g_autoptr(GPtrArray) chairs = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_nonnull (liu);
  succession_office_tenures_during (chair, liu, chairs);
  for (guint i = 0; i < chairs->len; i++)
    {
      SuccessionTenure *chair_tenure = g_ptr_array_index (chairs, i);
      SuccessionPerson *person = succession_tenure_get_person (chair_tenure);

      g_string_append_printf (names, "%s%s;", succession_tenure_overlap_days (liu, chair_tenure) < 0 ? "possibly " : "",
                              person != NULL ? succession_person_get_name (person) : "vacant");
    }
  g_assert_cmpstr (names->str, ==, "Deng Xiaoping;possibly Deng Yingchao;");
}

/* A Deputy answers to the Secretary-General. Today's Deputies, recorded for the 14th committee
 * only, served under Wang Dongfeng; the committee opened days before Li Bin left, so he is a
 * possible one, and none of the thirteen before him is. */
static void
test_chairs_of_deputy (void)
{
  SuccessionOffice *deputy = succession_dataset_get_office (dataset, "cppcc-deputy-secretary-general");
  SuccessionOffice *chair = succession_office_get_chair_office (deputy);
  SuccessionTenure *tenure = succession_office_get_tenure (deputy, 0);
  g_autoptr(GPtrArray) chairs = g_ptr_array_new ();

  g_assert_cmpstr (succession_office_get_id (chair), ==, "cppcc-secretary-general");
  succession_office_tenures_during (chair, tenure, chairs);
  g_assert_cmpuint (chairs->len, ==, 2);
  g_assert_cmpstr (succession_person_get_name (succession_tenure_get_person (g_ptr_array_index (chairs, 0))), ==,
                   "Li Bin");
  g_assert_cmpint (succession_tenure_overlap_days (tenure, g_ptr_array_index (chairs, 0)), <, 0);
  g_assert_cmpstr (succession_person_get_name (succession_tenure_get_person (g_ptr_array_index (chairs, 1))), ==,
                   "Wang Dongfeng");
  g_assert_cmpint (succession_tenure_overlap_days (tenure, g_ptr_array_index (chairs, 1)), >, 0);
}

/* The bounds a chart fades over: an unknown end reaches at most to the successor's latest
 * start, and is certainly after the last day a source shows the holder in office. */
static void
test_bounds_of_open_end (void)
{
  SuccessionTenure *song = succession_dataset_get_tenure (dataset, "cppcc-sg-08");
  SuccessionTenure *zhu = succession_dataset_get_tenure (dataset, "cppcc-sg-09");
  SuccessionDay     s_lo, s_hi, e_lo, e_hi, zs_lo, zs_hi, ze_lo, ze_hi;
  SuccessionDate    date;

  succession_tenure_get_bounds (song, &s_lo, &s_hi, &e_lo, &e_hi);
  succession_tenure_get_bounds (zhu, &zs_lo, &zs_hi, &ze_lo, &ze_hi);
  /* Song Demin left no later than Zhu Xun's latest start (before 11 March 1995). */
  g_assert_cmpint (e_hi, ==, zs_hi);
  succession_date_init_from_day (&date, e_hi);
  {
    g_autofree char *iso = succession_date_to_iso (&date);

    g_assert_cmpstr (iso, ==, "1995-03-10");
  }
  g_assert_cmpint (e_lo, <, e_hi);
  g_assert_cmpint (s_hi, <, e_lo);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  dataset = succession_dataset_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/reasoning/handover-year", test_handover_year);
  g_test_add_func ("/reasoning/single-seat-order", test_single_seat_order);
  g_test_add_func ("/reasoning/undated-by-term", test_undated_by_term);
  g_test_add_func ("/reasoning/chairs-of-partial-tenure", test_chairs_of_partial_tenure);
  g_test_add_func ("/reasoning/chairs-of-deputy", test_chairs_of_deputy);
  g_test_add_func ("/reasoning/bounds-of-open-end", test_bounds_of_open_end);

  ret = g_test_run ();
  g_clear_object (&dataset);
  return ret;
}
