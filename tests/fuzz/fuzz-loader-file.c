/* fuzz-loader-file.c — succession_loader_load_file on arbitrary bytes on disk, and the writer
 *
 * The real read path, as the window and the command line take it: the bytes are written to a
 * file and loaded from there (the check of what kind of file it is, the reading under the
 * limit, the scanner, the conversion, the validator). A dataset that loads is then written
 * back, and what is written must load again and be written back the same, byte for byte: the
 * writer never makes a file the loader refuses, nor one that changes on a second round.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "succession-dataset-writer.h"
#include "succession-model.h"

static char *path;

static void
remove_file (void)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  fuzz_init_glib ();
  dir = g_dir_make_tmp ("succession-fuzz-file-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "fuzz.json", NULL);
  atexit (remove_file);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(SuccessionDataset) again = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  gsize            length;

  g_file_set_contents (path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_true ((dataset == NULL) != (error == NULL));
  if (dataset == NULL)
    {
      g_assert_cmpuint (succession_loader_get_n_errors (loader), >, 0);
      return 0;
    }

  json = succession_dataset_to_data (dataset, &length);
  g_assert_true (g_utf8_validate (json, (gssize) length, NULL));
  written = g_bytes_new_static (json, length);
  again = succession_loader_load_bytes (loader, written, "written.json", NULL, &error);
  g_assert_no_error (error);
  json_again = succession_dataset_to_data (again, NULL);
  g_assert_cmpstr (json_again, ==, json);

  return 0;
}
