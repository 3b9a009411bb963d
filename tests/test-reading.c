/* test-reading.c — every file a researcher can point at: what is not a regular file is refused
 * at once, limits are exact, warnings are listed or summed up, the order of sections changes
 * nothing, and what the model does not use is written back as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "succession-dataset-writer.h"
#include "succession-model.h"
#include "succession-test-model.h"

static char *tmpdir;

static char *
fixture_text (const char *dir,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* ---------------------------------------------------------------------------------------- */
/* What is not a regular file                                                                */

/* Refused at once, with what it is, and never read: a device would be read for ever (/dev/zero
 * reports a size of 0), a named pipe would block until someone writes to it. */
static void
assert_refused (const char *path,
                const char *what)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ);

  text = succession_test_messages_text (loader);
  expected = g_strdup_printf ("%s: error: is %s, not a file; datasets are read from regular files only\n", path, what);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_not_regular (void)
{
  g_autofree char   *fifo = g_build_filename (tmpdir, "pipe.json", NULL);
  g_autofree char   *socket_path = g_build_filename (tmpdir, "socket.json", NULL);
  g_autofree char   *link = g_build_filename (tmpdir, "zero.json", NULL);
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int                socket_fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused (fifo, "a named pipe");
  assert_refused ("/dev/zero", "a device");
  assert_refused ("/dev/null", "a device");

  /* A link is followed: what counts is what it leads to. */
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  assert_refused (link, "a device");

  socket_fd = socket (AF_UNIX, SOCK_STREAM, 0);
  g_assert_cmpint (socket_fd, >=, 0);
  g_assert_cmpuint (strlen (socket_path), <, sizeof address.sun_path);
  strcpy (address.sun_path, socket_path);
  g_assert_cmpint (bind (socket_fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  assert_refused (socket_path, "a socket");
  close (socket_fd);

  g_unlink (fifo);
  g_unlink (link);
  g_unlink (socket_path);
}

/* A regular file that reports a size of 0 but holds text (as /proc files do) is read whole:
 * the size the system gives is never what stops the reading. */
static void
test_size_not_trusted (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/proc/self/status");
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_SYNTAX);
  text = succession_test_messages_text (loader);
  g_assert_cmpstr (text, ==, "/proc/self/status:1:1: error: not valid JSON: expected a value, found “Name”\n");
}

/* ---------------------------------------------------------------------------------------- */
/* Limits                                                                                    */

static SuccessionDataset *
load_name_of_length (SuccessionLoader *loader,
                     gsize             length,
                     GError          **error)
{
  static const char prefix[] = "{ \"persons\": [ { \"id\": \"peng-zhen\", \"name\": \"";
  static const char suffix[] = "\" } ] }";
  g_autoptr(GBytes) bytes = NULL;
  gsize size = strlen (prefix) + length + strlen (suffix);
  char *data = g_malloc (size);

  memcpy (data, prefix, strlen (prefix));
  memset (data + strlen (prefix), 'a', length);
  memcpy (data + strlen (prefix) + length, suffix, strlen (suffix));
  bytes = g_bytes_new_take (data, size);

  return succession_loader_load_bytes (loader, bytes, "limit.json", NULL, error);
}

/* A string of exactly the limit is read; one byte more is refused. */
static void
test_string_limit_exact (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  SuccessionPerson *person;

  dataset = load_name_of_length (loader, SUCCESSION_LOADER_MAX_STRING, &error);
  g_assert_no_error (error);
  person = succession_dataset_get_person (dataset, "peng-zhen");
  g_assert_cmpuint (strlen (succession_person_get_name (person)), ==, 1048576);
  g_clear_object (&dataset);

  dataset = load_name_of_length (loader, SUCCESSION_LOADER_MAX_STRING + 1, &error);
  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_SYNTAX);
}

/* ---------------------------------------------------------------------------------------- */
/* Warnings                                                                                  */

/* @n tenures with neither a start date nor a source: two kinds of warning, @n of each. */
static GBytes *
tenures_without_dates (guint n)
{
  GString *json = g_string_new ("{ \"organizations\": [ { \"id\": \"o\" } ],\n"
                                "  \"posts\": [ { \"id\": \"p\", \"label\": \"Member\", \"organization_id\": \"o\" } ],\n"
                                "  \"persons\": [ { \"id\": \"a\", \"name\": \"A\" } ],\n"
                                "  \"memberships\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s\n    { \"id\": \"m%u\", \"person_id\": \"a\", \"post_id\": \"p\" }", i > 0 ? "," : "", i);
  g_string_append (json, "\n  ] }\n");
  return g_string_free_to_bytes (json);
}

/* Each kind of warning is listed whole up to its limit, then summed up in one line that says
 * how many more and what each says; with all messages, every one is listed. */
static void
test_warnings_summed_up (void)
{
  g_autoptr(GBytes) bytes = tenures_without_dates (100);
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  g_autofree char *text = NULL;
  guint            n;

  dataset = succession_loader_load_bytes (loader, bytes, "many.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (succession_loader_get_n_warnings (loader), ==, 200);

  text = succession_test_messages_text (loader);
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines) - 1;
  g_assert_cmpuint (n, ==, 2 * SUCCESSION_LOADER_WARNINGS_PER_KIND + 2);
  g_assert_cmpstr (lines[0], ==, "many.json: memberships[0].sources: warning: the tenure has no source");
  g_assert_cmpstr (lines[n - 2], ==, "many.json: warning: and 80 more: the tenure has no source");
  g_assert_cmpstr (lines[n - 1], ==, "many.json: warning: and 80 more: the tenure has no start date");
  /* The dataset's warnings, shown in the window, are the same. */
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_warnings (dataset)), ==, n);
  g_clear_object (&dataset);

  succession_loader_set_all_messages (loader, TRUE);
  dataset = succession_loader_load_bytes (loader, bytes, "many.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (succession_loader_get_messages (loader)), ==, 200);
}

/* ---------------------------------------------------------------------------------------- */
/* The command line                                                                          */

static int
run_cli (const char *const *args,
         char             **out,
         char             **err)
{
  const char *bin = g_getenv ("SUCCESSION_BIN");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (gpointer) bin);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : (WIFEXITED (status) ? WEXITSTATUS (status) : -1);
}

static void
test_cli_validate (void)
{
  g_autofree char *fifo = g_build_filename (tmpdir, "cli-pipe.json", NULL);
  g_autofree char *many = g_build_filename (tmpdir, "many.json", NULL);
  g_autofree char *odd = g_build_filename (tmpdir, "odd\nname.json", NULL);
  g_autofree char *not_popolo = g_test_build_filename (G_TEST_DIST, "fixtures", "bad", "not-popolo.json", NULL);
  g_autoptr(GBytes) bytes = tenures_without_dates (100);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  guint n_lines = 0;

  /* Devices and pipes: refused at once, as files that cannot be read (exit 2). */
  g_assert_cmpint (run_cli ((const char *[]){ "--validate", "/dev/zero", NULL }, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "/dev/zero: error: is a device, not a file; datasets are read from regular files only\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (run_cli ((const char *[]){ "--validate", fifo, NULL }, &out, &err), ==, 2);
  g_assert_nonnull (strstr (out, "is a named pipe"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* JSON that is not a dataset at all. */
  g_assert_cmpint (run_cli ((const char *[]){ "--validate", not_popolo, NULL }, &out, &err), ==, 1);
  g_assert_nonnull (strstr (out, "error: not a Popolo dataset"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Summed up by default, every one with --all-messages. */
  g_file_set_contents (many, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_cli ((const char *[]){ "--validate", many, NULL }, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "warning: and 80 more: the tenure has no start date\n"));
  g_assert_true (g_str_has_suffix (out, "many.json: valid (0 errors, 200 warnings)\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli ((const char *[]){ "--validate", many, "--all-messages", NULL }, &out, &err), ==, 0);
  for (const char *p = out; (p = strchr (p, '\n')) != NULL; p++)
    n_lines++;
  g_assert_cmpuint (n_lines, ==, 201);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A file name is data too: its newline cannot start a line of the report. */
  g_file_set_contents (odd, "{ \"persons\": [], \"posts\": 5 }", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_cli ((const char *[]){ "--validate", odd, NULL }, &out, &err), ==, 1);
  expected = g_strdup_printf ("%s/odd\\nname.json: posts: error: expected an array, found a number\n"
                              "%s/odd\\nname.json: not valid (1 error, 0 warnings)\n",
                              tmpdir, tmpdir);
  g_assert_cmpstr (out, ==, expected);

  g_unlink (fifo);
  g_unlink (many);
  g_unlink (odd);
}

/* ---------------------------------------------------------------------------------------- */
/* Sections in any order                                                                     */

/* Memberships before the people, offices and terms they name (as EveryPolitician orders its
 * files): the same dataset and the same messages as in the order Succession writes, and
 * written back in the file's order. */
static void
test_section_order (void)
{
  g_autofree char *small = fixture_text ("good", "small.json");
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) canonical = NULL;
  g_autoptr(SuccessionDataset) reordered = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *canonical_messages = NULL;
  g_autofree char *reordered_messages = NULL;
  g_autofree char *swapped = NULL;
  const char      *memberships, *end;
  GString         *text;

  bytes = g_bytes_new_static (small, strlen (small));
  canonical = succession_loader_load_bytes (loader, bytes, "small.json", NULL, &error);
  g_assert_no_error (error);
  canonical_messages = succession_test_messages_text (loader);

  /* Move "memberships" (the last section) to the front. */
  memberships = strstr (small, "\"memberships\"");
  end = strrchr (small, '}');
  g_assert_nonnull (memberships);
  text = g_string_new ("{\n  ");
  g_string_append_len (text, memberships, end - memberships);
  while (text->len > 0 && g_ascii_isspace (text->str[text->len - 1]))
    g_string_truncate (text, text->len - 1);
  g_string_append (text, ",\n");
  g_string_append_len (text, strchr (small, '{') + 1, memberships - (strchr (small, '{') + 1));
  while (text->len > 0 && (g_ascii_isspace (text->str[text->len - 1]) || text->str[text->len - 1] == ','))
    g_string_truncate (text, text->len - 1);
  g_string_append (text, "\n}\n");
  swapped = g_string_free (text, FALSE);
  g_assert_true (strstr (swapped, "\"memberships\"") < strstr (swapped, "\"persons\""));

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static (swapped, strlen (swapped));
  reordered = succession_loader_load_bytes (loader, bytes, "small.json", NULL, &error);
  g_assert_no_error (error);
  reordered_messages = succession_test_messages_text (loader);

  g_assert_cmpstr (reordered_messages, ==, canonical_messages);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_tenures (reordered)), ==,
                    g_list_model_get_n_items (succession_dataset_get_tenures (canonical)));
  for (guint i = 0; i < g_list_model_get_n_items (succession_dataset_get_tenures (canonical)); i++)
    {
      g_autoptr(SuccessionTenure) a = g_list_model_get_item (succession_dataset_get_tenures (canonical), i);
      g_autoptr(SuccessionTenure) b = g_list_model_get_item (succession_dataset_get_tenures (reordered), i);

      g_assert_cmpstr (succession_tenure_get_id (a), ==, succession_tenure_get_id (b));
      g_assert_true ((succession_tenure_get_person (a) == NULL) == (succession_tenure_get_person (b) == NULL));
      if (succession_tenure_get_person (a) != NULL)
        g_assert_cmpstr (succession_person_get_id (succession_tenure_get_person (a)), ==,
                         succession_person_get_id (succession_tenure_get_person (b)));
      g_assert_true (succession_date_equal (succession_tenure_get_start_date (a), succession_tenure_get_start_date (b)));
    }

  /* Written back in the file's own order: memberships first. */
  {
    g_autofree char *json = succession_dataset_to_data (reordered, NULL);

    g_assert_true (g_str_has_prefix (json, "{\n \"memberships\": ["));
  }
}

/* ---------------------------------------------------------------------------------------- */
/* What the model does not use                                                               */

/* Members of every level that Succession does not use (another producer's, a researcher's
 * own), values in a form of its own (a date-time, a plain-string description, "1.0", a number
 * past 64 bits, escapes), nulls and empty containers, in the file's order: written back as the
 * file has them. */
static void
test_kept_as_written (void)
{
  g_autofree char *kept = fixture_text ("good", "kept.json");
  g_autoptr(GBytes) bytes = g_bytes_new_static (kept, strlen (kept));
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(SuccessionDataset) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  gsize            length;

  dataset = succession_loader_load_bytes (loader, bytes, "kept.json", NULL, &error);
  g_assert_no_error (error);
  json = succession_dataset_to_data (dataset, &length);
  g_assert_cmpstr (json, ==, kept);

  /* And what the model read is read the same from the copy. */
  written = g_bytes_new_static (json, length);
  again = succession_loader_load_bytes (loader, written, "kept.json", NULL, &error);
  g_assert_no_error (error);
  json_again = succession_dataset_to_data (again, NULL);
  g_assert_cmpstr (json_again, ==, json);
  g_assert_cmpstr (succession_person_get_name (succession_dataset_get_person (again, "b")), ==, "B");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("succession-reading-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/model/reading/not-regular", test_not_regular);
  g_test_add_func ("/model/reading/size-not-trusted", test_size_not_trusted);
  g_test_add_func ("/model/reading/string-limit-exact", test_string_limit_exact);
  g_test_add_func ("/model/reading/warnings-summed-up", test_warnings_summed_up);
  g_test_add_func ("/model/reading/cli-validate", test_cli_validate);
  g_test_add_func ("/model/reading/section-order", test_section_order);
  g_test_add_func ("/model/reading/kept-as-written", test_kept_as_written);

  ret = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return ret;
}
