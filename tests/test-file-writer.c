/* test-file-writer.c — the one way files are written: temporary file, flush, rename
 *
 * What the folder holds after each way a write can end, links written through, targets that
 * are refused at once, and files compared by identity. The model library alone, no display.
 * Read-only files and folders are tried as an ordinary user: when the test runs as root (who
 * may write anywhere), those cases run in a subprocess that drops to user "nobody".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <pwd.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "succession-file-writer.h"
#include "succession-test-files.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("succession-writer-XXXXXX", &error);

  g_assert_no_error (error);
  /* Reachable by "nobody" in the subprocesses of the read-only cases. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return dir;
}

static gboolean
write_text (const char *path,
            const char *text,
            GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return succession_file_write_bytes (file, text, strlen (text), NULL, error);
}

static void
test_new_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  mode_t   mask = umask (022);
  GStatBuf st;

  g_assert_true (write_text (path, "{}\n", &error));
  g_assert_no_error (error);
  umask (mask);

  contents = succession_test_read_file (path);
  g_assert_cmpstr (contents, ==, "{}\n");
  listing = succession_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "out.json");
  /* A new file is created as any program creates one: 0666 less the umask. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);
}

static void
test_replace_keeps_mode (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (write_text (path, "new", &error));
  g_assert_no_error (error);
  contents = succession_test_read_file (path);
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
}

/* While a write is under way, the folder holds the old file and ".NAME.XXXXXX.tmp"; a writer
 * freed without a commit leaves the old file alone. */
static void
test_discard (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) fresh_file = g_file_new_for_path (fresh);
  g_autoptr(GRegex) temp_name = g_regex_new ("^\\.chart\\.pdf\\.[A-Za-z0-9]{6}\\.tmp chart\\.pdf$", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  SuccessionFileWriter *writer;

  g_assert_true (g_file_set_contents (path, "the old file", -1, NULL));

  writer = succession_file_writer_new (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (succession_file_writer_write (writer, "%PDF-1.5 half", 13, &error));
  {
    g_autofree char *listing = succession_test_list_dir (dir);
    g_assert_true (g_regex_match (temp_name, listing, 0, NULL));
  }
  succession_file_writer_free (writer);

  writer = succession_file_writer_new (fresh_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (succession_file_writer_write (writer, "half", 4, &error));
  succession_file_writer_free (writer);

  {
    g_autofree char *listing = succession_test_list_dir (dir);
    g_autofree char *contents = succession_test_read_file (path);

    g_assert_cmpstr (listing, ==, "chart.pdf");
    g_assert_cmpstr (contents, ==, "the old file");
  }
}

/* A write that fails half way, as on a full disk, and a cancelled one. */
static void
test_failure_and_cancel (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "data.json", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) fresh_file = g_file_new_for_path (fresh);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_malloc0 (300000);

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  g_setenv ("SUCCESSION_TEST_EXPORT_FAIL_AFTER", "100000", TRUE);
  g_assert_false (succession_file_write_bytes (file, big, 300000, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (succession_file_write_bytes (fresh_file, big, 300000, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_unsetenv ("SUCCESSION_TEST_EXPORT_FAIL_AFTER");

  {
    g_autoptr(SuccessionFileWriter) writer = succession_file_writer_new (fresh_file, cancellable, &error);

    g_assert_no_error (error);
    g_assert_true (succession_file_writer_write (writer, big, 1000, &error));
    g_cancellable_cancel (cancellable);
    g_assert_false (succession_file_writer_write (writer, big, 1000, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }

  {
    g_autofree char *listing = succession_test_list_dir (dir);
    g_autofree char *contents = succession_test_read_file (path);

    g_assert_cmpstr (listing, ==, "data.json");
    g_assert_cmpstr (contents, ==, "old");
  }
}

/* A link is written through: the file it points to is replaced (or created), the link stays a
 * link, and the temporary file lives beside the real file, so the rename never crosses file
 * systems. */
static void
test_links (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *link_dir = g_build_filename (dir, "links", NULL);
  g_autofree char *target = g_build_filename (real_dir, "data.json", NULL);
  g_autofree char *relative = g_build_filename (link_dir, "relative.json", NULL);
  g_autofree char *absolute = g_build_filename (link_dir, "absolute.json", NULL);
  g_autofree char *chained = g_build_filename (link_dir, "chained.json", NULL);
  g_autofree char *dangling = g_build_filename (link_dir, "dangling.json", NULL);
  g_autofree char *created = g_build_filename (real_dir, "created.json", NULL);
  g_autofree char *loop = g_build_filename (link_dir, "loop.json", NULL);
  g_autoptr(GError) error = NULL;
  const char *const links[] = { relative, absolute, chained };

  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (link_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("../real/data.json", relative), ==, 0);
  g_assert_cmpint (symlink (target, absolute), ==, 0);
  g_assert_cmpint (symlink ("relative.json", chained), ==, 0);
  g_assert_cmpint (symlink ("../real/created.json", dangling), ==, 0);
  g_assert_cmpint (symlink ("loop.json", loop), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *text = g_strdup_printf ("through link %u", i);
      g_autofree char *contents = NULL;

      g_assert_true (write_text (links[i], text, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (links[i], G_FILE_TEST_IS_SYMLINK));
      contents = succession_test_read_file (target);
      g_assert_cmpstr (contents, ==, text);
    }

  /* A link to a file that does not exist yet creates that file. */
  g_assert_true (write_text (dangling, "created", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dangling, G_FILE_TEST_IS_SYMLINK));
  {
    g_autofree char *contents = succession_test_read_file (created);
    g_assert_cmpstr (contents, ==, "created");
  }

  g_assert_false (write_text (loop, "never", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  {
    g_autofree char *in_links = succession_test_list_dir (link_dir);
    g_autofree char *in_real = succession_test_list_dir (real_dir);

    g_assert_cmpstr (in_links, ==, "absolute.json chained.json dangling.json loop.json relative.json");
    g_assert_cmpstr (in_real, ==, "created.json data.json");
  }
}

/* Refused at once, with nothing created: a folder, a pipe (which would block), a device. */
static void
test_refused_targets (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);

  g_assert_false (write_text (folder, "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);
  g_assert_false (write_text (fifo, "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_assert_false (write_text ("/dev/null", "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  listing = succession_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "fifo folder");
}

/* A name near the file system's limit still gets a temporary file beside it. */
static void
test_long_name (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *name = g_strnfill (240, 'n');
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (write_text (path, "long", &error));
  g_assert_no_error (error);
  listing = succession_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, name);
}

/* Runs the current test case again in a subprocess as "nobody" when this is root, so that
 * permissions apply; returns TRUE in the process that should do the checks. */
static gboolean
as_ordinary_user (void)
{
  struct passwd *nobody;

  if (geteuid () != 0)
    return TRUE;

  if (g_test_subprocess ())
    {
      nobody = getpwnam ("nobody");
      g_assert_nonnull (nobody);
      g_assert_cmpint (setgid (nobody->pw_gid), ==, 0);
      g_assert_cmpint (setuid (nobody->pw_uid), ==, 0);
      /* setuid() makes the process undumpable, which LeakSanitizer needs it to be. */
      prctl (PR_SET_DUMPABLE, 1, 0, 0, 0);
      return TRUE;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  return FALSE;
}

static char *shared_dir;

static void
test_read_only (void)
{
  g_autofree char *locked = g_build_filename (shared_dir, "locked", NULL);
  g_autofree char *inside = g_build_filename (locked, "out.json", NULL);
  g_autofree char *own = g_build_filename (shared_dir, "own", NULL);
  g_autofree char *kept = g_build_filename (own, "kept.json", NULL);
  g_autoptr(GError) error = NULL;

  /* Set up by whoever runs the test: a folder the user cannot write in, and a folder of the
   * user's own holding a read-only file. What follows runs as an ordinary user. */
  if (!g_test_subprocess ())
    {
      g_assert_cmpint (g_mkdir (locked, 0755), ==, 0);
      g_assert_cmpint (g_mkdir (own, 0755), ==, 0);
      g_assert_true (g_file_set_contents (kept, "mine", -1, NULL));
      g_assert_cmpint (g_chmod (kept, 0444), ==, 0);
      if (geteuid () == 0)
        {
          struct passwd *nobody = getpwnam ("nobody");

          g_assert_nonnull (nobody);
          g_assert_cmpint (chown (own, nobody->pw_uid, nobody->pw_gid), ==, 0);
          g_assert_cmpint (chown (kept, nobody->pw_uid, nobody->pw_gid), ==, 0);
        }
      else
        g_assert_cmpint (g_chmod (locked, 0555), ==, 0);
    }
  if (!as_ordinary_user ())
    return;

  /* A folder the user cannot write in: refused, with the folder named, nothing created. */
  g_assert_false (write_text (inside, "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, "locked"));
  g_clear_error (&error);
  {
    g_autofree char *listing = succession_test_list_dir (locked);
    g_assert_cmpstr (listing, ==, "");
  }

  /* A read-only file in a folder that would allow the rename: refused all the same. */
  g_assert_false (write_text (kept, "replaced", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  {
    g_autofree char *contents = succession_test_read_file (kept);
    g_autofree char *listing = succession_test_list_dir (own);

    g_assert_cmpstr (contents, ==, "mine");
    g_assert_cmpstr (listing, ==, "kept.json");
  }
}

/* One file however it is named; two files with the same bytes are two files. */
static void
test_same_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *hard = g_build_filename (dir, "hard.json", NULL);
  g_autofree char *soft = g_build_filename (dir, "soft.json", NULL);
  g_autofree char *dotted = g_build_filename (dir, ".", "a.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(GFile) fa = g_file_new_for_path (a);
  g_autoptr(GFile) fb = g_file_new_for_path (b);
  g_autoptr(GFile) fhard = g_file_new_for_path (hard);
  g_autoptr(GFile) fsoft = g_file_new_for_path (soft);
  g_autoptr(GFile) fdotted = g_file_new_for_path (dotted);
  g_autoptr(GFile) fmissing = g_file_new_for_path (missing);

  g_assert_true (g_file_set_contents (a, "same", -1, NULL));
  g_assert_true (g_file_set_contents (b, "same", -1, NULL));
  g_assert_cmpint (link (a, hard), ==, 0);
  g_assert_cmpint (symlink ("a.json", soft), ==, 0);

  g_assert_true (succession_file_is_same (fa, fa));
  g_assert_true (succession_file_is_same (fa, fhard));
  g_assert_true (succession_file_is_same (fsoft, fa));
  g_assert_true (succession_file_is_same (fa, fdotted));
  g_assert_false (succession_file_is_same (fa, fb));
  g_assert_false (succession_file_is_same (fa, fmissing));
  g_assert_false (succession_file_is_same (fmissing, fmissing));
  g_assert_false (succession_file_is_same (NULL, fa));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* The read-only case runs again in a subprocess, which must find the same folder. */
  shared_dir = g_strdup (g_getenv ("SUCCESSION_TEST_SHARED_DIR"));
  if (shared_dir == NULL)
    {
      shared_dir = make_dir ();
      g_setenv ("SUCCESSION_TEST_SHARED_DIR", shared_dir, TRUE);
    }

  g_test_add_func ("/file-writer/new-file", test_new_file);
  g_test_add_func ("/file-writer/replace-keeps-mode", test_replace_keeps_mode);
  g_test_add_func ("/file-writer/discard", test_discard);
  g_test_add_func ("/file-writer/failure-and-cancel", test_failure_and_cancel);
  g_test_add_func ("/file-writer/links", test_links);
  g_test_add_func ("/file-writer/refused-targets", test_refused_targets);
  g_test_add_func ("/file-writer/long-name", test_long_name);
  g_test_add_func ("/file-writer/read-only", test_read_only);
  g_test_add_func ("/file-writer/same-file", test_same_file);

  status = g_test_run ();
  g_free (shared_dir);
  return status;
}
