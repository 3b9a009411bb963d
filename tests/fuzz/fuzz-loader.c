/* fuzz-loader.c — succession_loader_load_bytes on arbitrary bytes
 *
 * The whole load from a buffer: the project's scanner of the raw text (strict JSON, UTF-8,
 * limits), the conversion of each record into the model, the validator on whatever converts
 * without errors. fuzz-loader-file takes the same bytes through a file on disk.
 *
 * Checks, besides the sanitizers: a load returns a dataset or an error, never both; every
 * message is valid UTF-8 and names the place; no GLib warning or critical is logged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "succession-model.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  GListModel *messages;

  dataset = succession_loader_load_bytes (loader, bytes, "fuzz.json", NULL, &error);
  g_assert_true ((dataset == NULL) != (error == NULL));
  if (error != NULL)
    g_assert_cmpuint (succession_loader_get_n_errors (loader), >, 0);
  else
    g_assert_cmpuint (succession_loader_get_n_errors (loader), ==, 0);

  messages = succession_loader_get_messages (loader);
  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);
      g_autofree char *line = succession_message_to_string (message);

      g_assert_true (g_utf8_validate (line, -1, NULL));
      g_assert_true (g_str_has_prefix (line, "fuzz.json"));
    }

  return 0;
}
