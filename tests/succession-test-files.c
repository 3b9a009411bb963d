/* succession-test-files.c — what a folder and a file hold, for tests of what gets written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "succession-test-files.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

char *
succession_test_list_dir (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

char *
succession_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

void
succession_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        succession_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The stretch of @after that differs from @before, widened to whole lines: from the start of the
 * line of the first byte that differs to the end of the line of the last. Without splitting into
 * lines: under the sanitizers every allocation costs a stack walk. */
void
succession_test_changed_lines (const char *before,
                               const char *after,
                               gsize      *start,
                               gsize      *end)
{
  gsize na = strlen (before), nb = strlen (after);
  gsize head = 0, tail = 0;

  while (head < na && head < nb && before[head] == after[head])
    head++;
  while (tail < na - head && tail < nb - head && before[na - 1 - tail] == after[nb - 1 - tail])
    tail++;
  g_assert_cmpuint (head, <, nb);
  while (head > 0 && after[head - 1] != '\n')
    head--;
  tail = nb - tail;
  while (tail < nb && after[tail] != '\n')
    tail++;
  *start = head;
  *end = tail;
}

char *
succession_test_changed_record (const char *before,
                                const char *after,
                                char      **record_id)
{
  static const char id_line[] = "\n   \"id\": \"";
  gsize             start, end;
  char             *stretch;

  succession_test_changed_lines (before, after, &start, &end);
  stretch = g_strndup (after + start, end - start);
  g_assert_false (g_str_has_prefix (stretch, id_line + 1));
  g_assert_null (strstr (stretch, id_line));
  if (record_id != NULL)
    {
      const char *record = g_strrstr_len (after, (gssize) start, id_line);
      const char *id = record != NULL ? record + strlen (id_line) : NULL;

      *record_id = id != NULL ? g_strndup (id, strcspn (id, "\"")) : NULL;
    }
  return stretch;
}
