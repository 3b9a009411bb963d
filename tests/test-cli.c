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
  int status;

  status = succession_test_run_cli ((const char *[]) { "--version", NULL }, &out, &err);

  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "succession " PACKAGE_VERSION "\n");
  g_assert_cmpstr (err, ==, "");
}

static void
test_cli_help (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  status = succession_test_run_cli ((const char *[]) { "--help", NULL }, &out, &err);

  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "--version"));
}

static void
test_cli_unknown_option (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  status = succession_test_run_cli ((const char *[]) { "--no-such-option", NULL }, &out, &err);

  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "no-such-option"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_cli_version);
  g_test_add_func ("/cli/help", test_cli_help);
  g_test_add_func ("/cli/unknown-option", test_cli_unknown_option);

  return g_test_run ();
}
