/* test-cli-wikidata.c — --wikidata-office and --compare-wikidata, against a local server
 *
 * The real executable, with no display, pointed at the server of succession-test-wikidata.c
 * through SUCCESSION_WIKIDATA_SPARQL_URL, and a temporary cache folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "succession-test-utils.h"
#include "succession-test-wikidata.h"

static FakeWikidata *fake;
static char         *dir;

static char *
in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "wikidata", name, NULL);
}

static void
clear_cache (void)
{
  g_autofree char *path = g_build_filename (dir, "cache", "succession", "wikidata", NULL);
  g_autoptr(GDir) cache = g_dir_open (path, 0, NULL);
  const char *name;

  while (cache != NULL && (name = g_dir_read_name (cache)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_unlink (file);
    }
}

static void
test_office (void)
{
  g_autofree char *out = in_dir ("office.json");
  g_autofree char *output = g_strconcat ("--output=", out, NULL);
  g_autofree char *dataset = g_strconcat ("--dataset=", out, NULL);
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) loaded = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--wikidata-office=Q900000001", output, NULL },
                                            &stdout_text, &stderr_text),
                   ==, 0);
  g_assert_cmpstr (stderr_text, ==, "");

  /* A Popolo file in the project's format: it loads, with its ids. */
  loaded = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (succession_office_get_n_tenures (succession_dataset_get_office (loaded, "Q900000001")), ==, 14);
  g_assert_cmpstr (succession_office_get_wikidata (succession_dataset_get_office (loaded, "Q900000001")), ==, "Q900000001");

  /* The open dataset is never written over. */
  g_file_get_contents (out, &before, NULL, NULL);
  g_clear_pointer (&stderr_text, g_free);
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--wikidata-office=Q900000001", dataset, output, NULL },
                                            NULL, &stderr_text),
                   ==, 1);
  g_assert_nonnull (strstr (stderr_text, "It is the dataset that is open, and an export never overwrites it"));
  g_file_get_contents (out, &after, NULL, NULL);
  g_assert_cmpstr (before, ==, after);

  /* Without --output, a usage error; a bad id, a clear message. */
  g_clear_pointer (&stderr_text, g_free);
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--wikidata-office=Q900000001", NULL }, NULL, &stderr_text), ==, 2);
  g_assert_nonnull (strstr (stderr_text, "--wikidata-office needs a file to write: add --output=FILE"));
  g_clear_pointer (&stderr_text, g_free);
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--wikidata-office=Peng Zhen", output, NULL },
                                            NULL, &stderr_text),
                   ==, 1);
  g_assert_cmpstr (stderr_text, ==, "succession: “Peng Zhen” is not a Wikidata id (Q…) or a Wikidata address\n");
}

static void
test_compare (void)
{
  g_autofree char *copy = fixture ("npcsc-sg-dataset.json");
  g_autofree char *dataset = g_strconcat ("--dataset=", copy, NULL);
  g_autofree char *imported = in_dir ("imported.json");
  g_autofree char *imported_output = g_strconcat ("--output=", imported, NULL);
  g_autofree char *imported_dataset = g_strconcat ("--dataset=", imported, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* The fixture's deliberate disagreement, as QuickStatements, exit 1. */
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--compare-wikidata", dataset,
                                                              "--format=quickstatements", NULL },
                                            &out, &err),
                   ==, 1);
  g_assert_cmpstr (out, ==,
                   "Q900000112\tP39\tQ900000001\tP580\t+2018-03-17T00:00:00Z/11"
                   "\tS854\t\"http://english.www.gov.cn/news/top_news/2018/03/17/content_281476080728800.htm\""
                   "\tS813\t+2026-11-24T00:00:00Z/11\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* As text: the office, the age of the answer, both values and both sources. */
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--compare-wikidata", dataset, NULL }, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (out, "Secretary-General of the Standing Committee of the National People's Congress "
                                        "(Q900000001): Wikidata as of "));
  g_assert_nonnull (strstr (out, " UTC (less than a minute ago)\n"
                                 "  Different start: Yang Zhenwu (Q900000112), tenure npcsc-sg-13, statement Q900000112$"));
  g_assert_nonnull (strstr (out, "    dataset:  2018-03-17\n"
                                 "              “14 vice-chairpersons elected for 13th NPC Standing Committee”."));
  g_assert_nonnull (strstr (out, "    Wikidata: 2018-03-18\n"
                                 "              Xinhua News Agency, http://english.www.gov.cn/"));
  g_assert_true (g_str_has_suffix (out, "\n1 disagreement\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* As CSV: a header and the row. */
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--compare-wikidata", dataset, "--format=csv", NULL },
                                            &out, &err),
                   ==, 1);
  g_assert_true (g_str_has_prefix (out, "office_id,office_wikidata,person,person_wikidata,tenure_id,"));
  g_assert_nonnull (strstr (out, "\r\nnpcsc-secretary-general,Q900000001,Yang Zhenwu,Q900000112,npcsc-sg-13,"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* An office written from Wikidata agrees with Wikidata: exit 0. */
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--wikidata-office=Q900000001", imported_output, NULL },
                                            NULL, NULL),
                   ==, 0);
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--compare-wikidata", imported_dataset, NULL }, &out, &err), ==, 0);
  g_assert_true (g_str_has_suffix (out, "\n0 disagreements\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A bad --format is a usage error. */
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--compare-wikidata", dataset, "--format=pdf", NULL },
                                            &out, &err),
                   ==, 2);
  g_assert_cmpstr (err, ==, "succession: --format: “pdf” is not one of text, csv, quickstatements\n");
}

static void
test_compare_cannot_run (void)
{
  g_autofree char *copy = fixture ("npcsc-sg-dataset.json");
  g_autofree char *dataset = g_strconcat ("--dataset=", copy, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  /* A dataset whose offices have no Wikidata ids. */
  {
    g_autofree char *plain = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "kinds.json", NULL);
    g_autofree char *plain_dataset = g_strconcat ("--dataset=", plain, NULL);

    g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--compare-wikidata", plain_dataset, NULL }, &out, &err),
                     ==, 2);
  }
  g_assert_cmpstr (err, ==, "succession: cannot compare with Wikidata: no office in the dataset has a Wikidata id "
                            "(a post’s “identifiers” with the scheme “wikidata”)\n");
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A bad answer. */
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_HTML);
  clear_cache ();
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--compare-wikidata", dataset, NULL }, &out, &err), ==, 2);
  g_assert_cmpstr (err, ==, "succession: cannot compare with Wikidata: the service answered with a web page (text/html) "
                            "instead of data; is the address right?\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  fake_wikidata_set_mode (fake, FAKE_WIKIDATA_HOLDERS, FAKE_WIKIDATA_OK);

  /* No network and no saved copy. */
  fake_wikidata_stop (fake);
  g_assert_cmpint (succession_test_run_cli ((const char *[]){ "--compare-wikidata", dataset, NULL }, &out, &err), ==, 2);
  g_assert_true (g_str_has_prefix (err, "succession: cannot compare with Wikidata: Wikidata cannot be reached ("));
  g_assert_true (g_str_has_suffix (err, "), and no copy of this answer is saved on this computer\n"));
  fake = fake_wikidata_start ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = NULL;
  int              status;

  dir = g_dir_make_tmp ("succession-cli-wikidata-XXXXXX", NULL);
  cache = g_build_filename (dir, "cache", NULL);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);
  fake = fake_wikidata_start ();

  g_test_add_func ("/cli/wikidata/office", test_office);
  g_test_add_func ("/cli/wikidata/compare", test_compare);
  g_test_add_func ("/cli/wikidata/cannot-run", test_compare_cannot_run);

  status = g_test_run ();

  fake_wikidata_stop (fake);
  clear_cache ();
  {
    g_autofree char *wikidata = g_build_filename (cache, "succession", "wikidata", NULL);
    g_autofree char *succession = g_build_filename (cache, "succession", NULL);
    g_autofree char *office = in_dir ("office.json");
    g_autofree char *imported = in_dir ("imported.json");

    g_rmdir (wikidata);
    g_rmdir (succession);
    g_rmdir (cache);
    g_unlink (office);
    g_unlink (imported);
    g_rmdir (dir);
  }
  g_free (dir);
  return status;
}
