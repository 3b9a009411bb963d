/* succession-recovery.c — unsaved changes kept on disk until they are saved or let go
 *
 * A slot is two files: KEY.json, the dataset as Save would write it, and KEY.ini, which file it
 * belongs to and when it was written. The JSON is written first, so an .ini always names a
 * complete copy; a copy without its .ini is not offered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-recovery"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "succession-dataset-writer.h"
#include "succession-file-writer.h"
#include "succession-recovery.h"

#define GROUP "recovery"

static char *
folder (void)
{
  return g_build_filename (g_get_user_state_dir (), "succession", "recovery", NULL);
}

static char *
slot_path (const char *key,
           const char *extension)
{
  g_autofree char *dir = folder ();
  g_autofree char *name = g_strconcat (key, extension, NULL);

  return g_build_filename (dir, name, NULL);
}

void
succession_recovery_entry_free (SuccessionRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->key);
  g_clear_object (&entry->file);
  g_free (entry->name);
  g_free (entry->display_name);
  g_clear_pointer (&entry->saved, g_date_time_unref);
  g_free (entry);
}

char *
succession_recovery_key (SuccessionDataset *dataset)
{
  GFile           *file;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  file = succession_dataset_get_file (dataset);
  uri = file != NULL ? g_file_get_uri (file) : g_strdup ("bundled:");
  return g_compute_checksum_for_string (G_CHECKSUM_SHA1, uri, -1);
}

gboolean
succession_recovery_write (SuccessionDataset *dataset,
                           const char        *key,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autofree char *dir = folder ();
  g_autofree char *json_path = slot_path (key, ".json");
  g_autofree char *ini_path = slot_path (key, ".ini");
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(GFile) ini_file = g_file_new_for_path (ini_path);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *data = NULL;
  g_autofree char *ini = NULL;
  g_autofree char *saved = g_date_time_format_iso8601 (now);
  GFile           *file = succession_dataset_get_file (dataset);
  gsize            length;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  data = succession_dataset_to_data (dataset, &length);
  if (!succession_file_write_bytes (json_file, data, length, cancellable, error))
    return FALSE;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (info, GROUP, "file", uri);
    }
  g_key_file_set_string (info, GROUP, "name", succession_dataset_get_title (dataset));
  g_key_file_set_string (info, GROUP, "display-name", succession_dataset_get_display_name (dataset));
  g_key_file_set_string (info, GROUP, "saved", saved);
  ini = g_key_file_to_data (info, &length, NULL);
  return succession_file_write_bytes (ini_file, ini, length, cancellable, error);
}

void
succession_recovery_remove (const char *key)
{
  g_autofree char *json_path = NULL;
  g_autofree char *ini_path = NULL;

  if (key == NULL)
    return;
  json_path = slot_path (key, ".json");
  ini_path = slot_path (key, ".ini");
  /* The .ini first: a copy without it is never offered. */
  g_remove (ini_path);
  g_remove (json_path);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const SuccessionRecoveryEntry *ea = *(SuccessionRecoveryEntry **) a;
  const SuccessionRecoveryEntry *eb = *(SuccessionRecoveryEntry **) b;

  return g_date_time_compare (eb->saved, ea->saved);
}

GPtrArray *
succession_recovery_list (void)
{
  g_autofree char *dir = folder ();
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray  *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) succession_recovery_entry_free);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autoptr(GKeyFile) info = g_key_file_new ();
      g_autofree char         *key = NULL;
      g_autofree char         *ini_path = NULL;
      g_autofree char         *json_path = NULL;
      g_autofree char         *uri = NULL;
      g_autofree char         *saved = NULL;
      SuccessionRecoveryEntry *entry;

      if (!g_str_has_suffix (name, ".ini"))
        continue;
      key = g_strndup (name, strlen (name) - strlen (".ini"));
      ini_path = slot_path (key, ".ini");
      json_path = slot_path (key, ".json");
      if (!g_key_file_load_from_file (info, ini_path, G_KEY_FILE_NONE, NULL) ||
          !g_file_test (json_path, G_FILE_TEST_IS_REGULAR) ||
          (saved = g_key_file_get_string (info, GROUP, "saved", NULL)) == NULL)
        continue;

      entry = g_new0 (SuccessionRecoveryEntry, 1);
      entry->key = g_steal_pointer (&key);
      uri = g_key_file_get_string (info, GROUP, "file", NULL);
      entry->file = uri != NULL ? g_file_new_for_uri (uri) : NULL;
      entry->name = g_key_file_get_string (info, GROUP, "name", NULL);
      entry->display_name = g_key_file_get_string (info, GROUP, "display-name", NULL);
      entry->saved = g_date_time_new_from_iso8601 (saved, NULL);
      if (entry->saved == NULL)
        entry->saved = g_date_time_new_from_unix_utc (0);
      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort (entries, newest_first);
  return entries;
}

SuccessionDataset *
succession_recovery_load (SuccessionRecoveryEntry *entry,
                          GError                 **error)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autofree char *json_path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;

  g_return_val_if_fail (entry != NULL, NULL);

  json_path = slot_path (entry->key, ".json");
  if (!g_file_get_contents (json_path, &data, &length, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  return succession_loader_load_bytes_for_file (loader, bytes, entry->display_name != NULL ? entry->display_name : entry->name,
                                                entry->file, NULL, error);
}
