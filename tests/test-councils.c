/* test-councils.c — councils made of offices: their members on a date and beside a tenure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-councils"

#include "config.h"

#include <string.h>

#include "succession-model.h"
#include "succession-dataset-writer.h"
#include "succession-test-model.h"

/* A council of a chair, many deputies and a secretary: the second deputy elected leaves first, so
 * an order by end date would put him before the first. The people are invented. */
static const char council_json[] =
  "{\n"
  " \"organizations\": [\n"
  "  {\"id\": \"committee\", \"name\": \"Standing Committee\"},\n"
  "  {\"id\": \"council\", \"name\": \"Council of Chairs\", \"parent_id\": \"committee\",\n"
  "   \"classification\": \"council\",\n"
  "   \"member_post_ids\": [\"chair\", \"vice-chair\", \"secretary\"]}\n"
  " ],\n"
  " \"posts\": [\n"
  "  {\"id\": \"chair\", \"label\": \"Chair\", \"organization_id\": \"committee\", \"seats\": 1},\n"
  "  {\"id\": \"vice-chair\", \"label\": \"Vice-Chair\", \"organization_id\": \"committee\"},\n"
  "  {\"id\": \"secretary\", \"label\": \"Secretary\", \"organization_id\": \"committee\", \"seats\": 1}\n"
  " ],\n"
  " \"persons\": [\n"
  "  {\"id\": \"a\", \"name\": \"Alpha\"}, {\"id\": \"b\", \"name\": \"Bravo\"},\n"
  "  {\"id\": \"c\", \"name\": \"Charlie\"}, {\"id\": \"d\", \"name\": \"Delta\"},\n"
  "  {\"id\": \"e\", \"name\": \"Echo\"}\n"
  " ],\n"
  " \"memberships\": [\n"
  "  {\"id\": \"m-chair\", \"person_id\": \"a\", \"post_id\": \"chair\", \"start_date\": \"1988-04-08\", \"end_date\": \"1993-03-27\"},\n"
  "  {\"id\": \"m-vc-2\", \"person_id\": \"c\", \"post_id\": \"vice-chair\", \"start_date\": \"1988-04-08\", \"end_date\": \"1988-12-08\", \"sort_order\": 2},\n"
  "  {\"id\": \"m-vc-1\", \"person_id\": \"b\", \"post_id\": \"vice-chair\", \"start_date\": \"1988-04-08\", \"end_date\": \"1993-03-27\", \"sort_order\": 1},\n"
  "  {\"id\": \"m-vc-3\", \"person_id\": \"d\", \"post_id\": \"vice-chair\", \"start_date\": \"1988-04-08\", \"end_date\": \"1993-03-27\", \"sort_order\": 3},\n"
  "  {\"id\": \"m-sec\", \"person_id\": \"d\", \"post_id\": \"secretary\", \"start_date\": \"1988-04-08\", \"end_date\": \"1993-03-27\"},\n"
  "  {\"id\": \"m-vc-later\", \"person_id\": \"e\", \"post_id\": \"vice-chair\", \"start_date\": \"1993-03-27\", \"sort_order\": 1}\n"
  " ]\n"
  "}\n";

static SuccessionDataset *
load_council (const char *json)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset;

  dataset = succession_loader_load_bytes (loader, bytes, "council.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* "Alpha, Bravo, …": the persons of @tenures, in order. */
static char *
persons_of (GPtrArray *tenures)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < tenures->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (tenures, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, succession_person_get_name (succession_tenure_get_person (tenure)));
      g_string_append_printf (text, " (%s)", succession_office_get_id (succession_tenure_get_office (tenure)));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
members_on (SuccessionBody *council,
            const char     *iso)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
  g_autoptr(GError) error = NULL;
  SuccessionDate date;

  g_assert_true (succession_date_parse (iso, FALSE, &date, &error));
  succession_body_members_on (council, &date, members, matches);
  g_assert_cmpuint (members->len, ==, matches->len);
  return persons_of (members);
}

static void
test_members_on (void)
{
  g_autoptr(SuccessionDataset) dataset = load_council (council_json);
  SuccessionBody  *council = succession_dataset_get_body (dataset, "council");
  SuccessionBody  *committee = succession_dataset_get_body (dataset, "committee");
  g_autofree char *june_1988 = NULL;
  g_autofree char *in_1990 = NULL;
  g_autofree char *in_1995 = NULL;

  g_assert_true (succession_body_is_council (council));
  g_assert_false (succession_body_is_council (committee));
  g_assert_cmpuint (succession_body_get_member_offices (council)->len, ==, 3);

  /* Official order: the chair, the deputies in the order they were elected, the secretary. */
  june_1988 = members_on (council, "1988-06-01");
  g_assert_cmpstr (june_1988, ==,
                   "Alpha (chair), Bravo (vice-chair), Charlie (vice-chair), Delta (vice-chair), Delta (secretary)");
  /* Charlie has left; the same day's handover gives only the successor. */
  in_1990 = members_on (council, "1990-01-01");
  g_assert_cmpstr (in_1990, ==, "Alpha (chair), Bravo (vice-chair), Delta (vice-chair), Delta (secretary)");
  in_1995 = members_on (council, "1995");
  g_assert_cmpstr (in_1995, ==, "Echo (vice-chair)");
}

static void
test_members_during (void)
{
  g_autoptr(SuccessionDataset) dataset = load_council (council_json);
  SuccessionBody   *council = succession_dataset_get_body (dataset, "council");
  SuccessionOffice *secretary = succession_dataset_get_office (dataset, "secretary");
  SuccessionTenure *tenure = succession_dataset_get_tenure (dataset, "m-sec");
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autofree char *names = NULL;
  GPtrArray       *councils = succession_office_get_councils (secretary);

  g_assert_nonnull (councils);
  g_assert_cmpuint (councils->len, ==, 1);
  g_assert_true (g_ptr_array_index (councils, 0) == council);

  /* Beside the secretary: everyone whose tenure overlaps his, not himself as secretary, and not
   * Echo, who came the day the others left. */
  succession_body_members_during (council, tenure, members);
  names = persons_of (members);
  g_assert_cmpstr (names, ==, "Alpha (chair), Bravo (vice-chair), Charlie (vice-chair), Delta (vice-chair)");
}

static void
test_round_trip (void)
{
  g_autoptr(SuccessionDataset) dataset = load_council (council_json);
  g_autofree char *text = succession_dataset_to_data (dataset, NULL);
  g_autoptr(SuccessionDataset) again = load_council (text);
  g_autofree char *text_again = succession_dataset_to_data (again, NULL);

  g_assert_nonnull (strstr (text, "\"member_post_ids\": [\n    \"chair\",\n    \"vice-chair\",\n    \"secretary\"\n   ]"));
  g_assert_nonnull (strstr (text, "\"sort_order\": 2"));
  g_assert_cmpstr (text, ==, text_again);
}

static void
test_unknown_member_office (void)
{
  g_autofree char *json = NULL;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autofree char *messages = NULL;
  GString         *edited = g_string_new (council_json);

  g_string_replace (edited, "\"secretary\"]}", "\"treasurer\"]}", 1);
  json = g_string_free (edited, FALSE);
  bytes = g_bytes_new (json, strlen (json));
  dataset = succession_loader_load_bytes (loader, bytes, "council.json", NULL, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  messages = succession_test_messages_text (loader);
  g_assert_nonnull (strstr (messages, "member_post_ids[2]"));
  g_assert_nonnull (strstr (messages, "“treasurer”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/councils/members-on", test_members_on);
  g_test_add_func ("/councils/members-during", test_members_during);
  g_test_add_func ("/councils/round-trip", test_round_trip);
  g_test_add_func ("/councils/unknown-member-office", test_unknown_member_office);

  return g_test_run ();
}
