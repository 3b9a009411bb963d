/* test-cli-export.c — --export-chart, --export-table, --export-dataset with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-test-utils.h"

static char *dir;

static char *
output_option (const char *name)
{
  return g_strdup_printf ("--output=%s/%s", dir, name);
}

static int
run (const char * const *argv,
     char              **err)
{
  g_autofree char *out = NULL;

  return succession_test_run_cli (argv, &out, err);
}

static void
test_success (void)
{
  g_autofree char *pdf = output_option ("chart.pdf");
  g_autofree char *tiles = output_option ("tiles.pdf");
  g_autofree char *svg = output_option ("chart.svg");
  g_autofree char *png = output_option ("chart.png");
  g_autofree char *csv = output_option ("table.csv");
  g_autofree char *json = output_option ("dataset.json");
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson,cppcc-chairperson", pdf,
                                           "--paper=letter", "--landscape", "--from=1950", "--to=1990-06", NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson,cppcc-chairperson", tiles,
                                           "--tiles", NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson", svg, NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson", png, "--dpi=72", NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-table=npcsc-chairperson", csv, NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-dataset", json, NULL }, &err), ==, 0);

  for (guint i = 0; i < 6; i++)
    {
      const char *names[] = { "chart.pdf", "tiles.pdf", "chart.svg", "chart.png", "table.csv", "dataset.json" };
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

static void
test_bad_input (void)
{
  g_autofree char *pdf = output_option ("nope.pdf");
  g_autofree char *nowhere = g_strdup_printf ("--output=%s/missing/x.csv", dir);
  g_autofree char *err = NULL;

  /* An unknown office: 1 with a message, nothing written. */
  g_assert_cmpint (run ((const char *[]) { "--export-chart=no-such-office", pdf, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "no-such-office"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-table=no-such-office", pdf, NULL }, &err), ==, 1);
  g_clear_pointer (&err, g_free);

  /* An output that cannot be written: 1, a message, and nothing created. */
  g_assert_cmpint (run ((const char *[]) { "--export-table=npcsc-chairperson", nowhere, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "cannot write"));
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *path = g_build_filename (dir, "nope.pdf", NULL);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_usage (void)
{
  g_autofree char *doc = output_option ("chart.doc");
  g_autofree char *pdf = output_option ("chart2.pdf");
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson", NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--output"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson", doc, NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson", pdf, "--format=tiff", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson", pdf, "--paper=a3", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-chart=npcsc-chairperson", pdf, "--from=1950-13", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-dataset", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-dataset", pdf, "--paper=a4", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  /* --tiles lays out the chart's sheets: it goes with --export-chart only. */
  g_assert_cmpint (run ((const char *[]) { "--export-table=npcsc-chairperson", pdf, "--tiles", NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--tiles"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("succession-cli-export-XXXXXX", NULL);

  g_test_add_func ("/cli-export/success", test_success);
  g_test_add_func ("/cli-export/bad-input", test_bad_input);
  g_test_add_func ("/cli-export/usage", test_usage);

  status = g_test_run ();
  g_free (dir);
  return status;
}
