/* test-cli.c — the command line works with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-test-utils.h"

static void
test_cli_version (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int              status;

  status = succession_test_run_cli ((const char *[]){ "--version", NULL }, &out, &err);

  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "succession " PACKAGE_VERSION "\n");
  g_assert_cmpstr (err, ==, "");
}

static void
test_cli_help (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int              status;

  status = succession_test_run_cli ((const char *[]){ "--help", NULL }, &out, &err);

  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "--version"));
  g_assert_nonnull (strstr (out, "--page=PAGE"));
}

static void
test_cli_unknown_option (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int              status;

  status = succession_test_run_cli ((const char *[]){ "--no-such-option", NULL }, &out, &err);

  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "no-such-option"));
}

/* A page that is not one is refused before any window (there is no display here). */
static void
test_cli_bad_page (void)
{
  const char *bad[] = { "office", "people:peng-zhen", "office:", NULL };

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autofree char *arg = g_strconcat ("--page=", bad[i], NULL);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *expected = g_strdup_printf ("succession: --page: “%s” is not a page; give office:ID, person:ID, body:ID, date or chart\n", bad[i]);
      int              status = succession_test_run_cli ((const char *[]){ arg, NULL }, &out, &err);

      g_assert_cmpint (status, ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_cli_version);
  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/unknown-option", test_cli_unknown_option);
  g_test_add_func ("/cli/bad-page", test_cli_bad_page);

  return g_test_run ();
}
