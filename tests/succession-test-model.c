/* succession-test-model.c — fixtures and dates for the tests of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-test-model.h"

SuccessionDataset *
succession_test_load_fixture (const char *name)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SuccessionDataset *dataset = succession_loader_load_file (loader, file, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

SuccessionDate
succession_test_date (const char *text)
{
  SuccessionDate parsed = { 0 };

  if (text != NULL)
    g_assert_true (succession_date_parse (text, FALSE, &parsed, NULL));
  return parsed;
}
