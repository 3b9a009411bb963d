/* test-page-target.c — the window's navigation target and its one string form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-loader.h"
#include "succession-page-target.h"
#include "succession-search-answers.h"

static void
test_round_trip (void)
{
  static const char *const keys[] = { "office:harbour-master", "person:anna-berg", "body:harbour-board",
                                      "date", "chart", "office:id:with:colons" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(SuccessionPageTarget) target = succession_page_target_parse (keys[i]);
      g_autoptr(SuccessionPageTarget) copy = NULL;
      g_autofree char *key = NULL;

      g_assert_nonnull (target);
      key = succession_page_target_to_key (target);
      g_assert_cmpstr (key, ==, keys[i]);
      copy = succession_page_target_copy (target);
      g_assert_true (succession_page_target_equal (copy, target));
    }

  {
    g_autoptr(SuccessionPageTarget) target = succession_page_target_parse ("office:id:with:colons");

    g_assert_cmpint (target->kind, ==, SUCCESSION_PAGE_OFFICE);
    g_assert_cmpstr (target->id, ==, "id:with:colons");
  }
}

static void
test_rejects (void)
{
  /* What an old or edited setting may hold: no page, and no crash. */
  static const char *const bad[] = { "", "office", "office:", "date:x", "chart:", "welcome", "offices:x",
                                     "person", ":x", "Office:x" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_null (succession_page_target_parse (bad[i]));
  g_assert_null (succession_page_target_parse (NULL));
  {
    g_autoptr(SuccessionPageTarget) date = succession_page_target_parse ("date");

    g_assert_false (succession_page_target_equal (date, NULL));
  }
}

static void
test_lookup (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "kinds.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionDataset) dataset = succession_loader_load_file (loader, file, NULL, &error);
  SuccessionOffice *office;
  g_autoptr(SuccessionPageTarget) target = NULL;
  g_autoptr(SuccessionPageTarget) missing = succession_page_target_parse ("person:peng-zhen");
  g_autoptr(SuccessionPageTarget) date = succession_page_target_parse ("date");

  g_assert_no_error (error);
  office = succession_dataset_get_office (dataset, "harbour-master");
  target = succession_page_target_new_for_entity (G_OBJECT (office));
  g_assert_cmpint (target->kind, ==, SUCCESSION_PAGE_OFFICE);
  g_assert_true (succession_page_target_lookup (target, dataset) == G_OBJECT (office));
  /* A page of the bundled dataset names nothing in another. */
  g_assert_null (succession_page_target_lookup (missing, dataset));
  g_assert_null (succession_page_target_lookup (date, dataset));
  g_assert_null (succession_page_target_new_for_entity (G_OBJECT (dataset)));
}

static void
test_search_result_ids (void)
{
  g_autoptr(SuccessionPageTarget) plain = succession_search_answers_get_target ("person:anna-berg");
  g_autoptr(SuccessionPageTarget) dated = succession_search_answers_get_target ("on:1990:office:harbour-master");

  g_assert_cmpint (plain->kind, ==, SUCCESSION_PAGE_PERSON);
  g_assert_cmpstr (plain->id, ==, "anna-berg");
  /* A result on a date opens the office's page. */
  g_assert_cmpint (dated->kind, ==, SUCCESSION_PAGE_OFFICE);
  g_assert_cmpstr (dated->id, ==, "harbour-master");
  g_assert_null (succession_search_answers_get_target ("on:1990"));
  g_assert_null (succession_search_answers_get_target ("on:not-a-date:office:x"));
  g_assert_null (succession_search_answers_get_target ("nonsense"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page-target/round-trip", test_round_trip);
  g_test_add_func ("/page-target/rejects", test_rejects);
  g_test_add_func ("/page-target/lookup", test_lookup);
  g_test_add_func ("/page-target/search-result-ids", test_search_result_ids);

  return g_test_run ();
}
