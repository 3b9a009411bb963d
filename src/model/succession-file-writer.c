/* succession-file-writer.c — every file Succession writes, replaced in one step
 *
 * Why not g_file_replace(): it writes a file that does not exist yet under its final name (a
 * killed export leaves a truncated file there), names its temporary file ".goutputstream-XXXXXX"
 * and leaves it behind when the process is killed, and replaces a symbolic link by a file.
 *
 * Signals: the command line writes synchronously in handle-local-options, with no main loop
 * running, so a g_unix_signal_add() source would only be dispatched once the write is over;
 * the signal would be swallowed and the process would not stop. Instead a minimal handler does
 * the only things that are safe in a signal handler: unlink() the temporary files registered in
 * a fixed table, restore the default action and raise the signal again, so the process dies of
 * it as it would have (its exit status says so). The table holds paths copied in advance;
 * a slot is claimed with an atomic compare-and-exchange and only read by the handler once it is
 * armed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-file-writer"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "succession-file-writer.h"

/* Pieces of at most this size, so a failure or a cancellation can come in the middle. */
#define CHUNK_SIZE 65536
/* Room left in a file name for ".", ".XXXXXX.tmp" (255 bytes on the usual file systems). */
#define TEMP_BASENAME_MAX 200
#define MAX_LINK_HOPS 40

/* ---------------------------------------------------------------------------------------- */
/* Temporary files to remove on a fatal signal                                               */

#define CLEANUP_SLOTS 16
#define CLEANUP_PATH_MAX 4096

enum { SLOT_FREE,
       SLOT_FILLING,
       SLOT_ARMED };

static struct
{
  volatile gint state;
  char          path[CLEANUP_PATH_MAX];
} cleanup_slots[CLEANUP_SLOTS];

static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP };

/* The slot now holding @path, or -1 when the path is too long or every slot is taken (the
 * file is then only removed on failure, not on a signal). */
static int
cleanup_arm (const char *path)
{
  gsize length = strlen (path);

  if (length >= CLEANUP_PATH_MAX)
    return -1;

  for (int i = 0; i < CLEANUP_SLOTS; i++)
    {
      if (g_atomic_int_compare_and_exchange (&cleanup_slots[i].state, SLOT_FREE, SLOT_FILLING))
        {
          memcpy (cleanup_slots[i].path, path, length + 1);
          g_atomic_int_set (&cleanup_slots[i].state, SLOT_ARMED);
          return i;
        }
    }

  return -1;
}

static void
cleanup_disarm (int slot)
{
  if (slot >= 0)
    g_atomic_int_set (&cleanup_slots[slot].state, SLOT_FREE);
}

static void
on_fatal_signal (int signum)
{
  int saved_errno = errno;

  for (int i = 0; i < CLEANUP_SLOTS; i++)
    if (g_atomic_int_get (&cleanup_slots[i].state) == SLOT_ARMED)
      unlink (cleanup_slots[i].path);

  /* The signal is blocked while its handler runs: it is delivered again, with its default
   * action, as soon as the handler returns. */
  signal (signum, SIG_DFL);
  raise (signum);
  errno = saved_errno;
}

void
succession_file_writer_install_signal_cleanup (void)
{
  struct sigaction action = { 0 };

  action.sa_handler = on_fatal_signal;
  sigemptyset (&action.sa_mask);
  for (guint i = 0; i < G_N_ELEMENTS (fatal_signals); i++)
    sigaddset (&action.sa_mask, fatal_signals[i]);

  for (guint i = 0; i < G_N_ELEMENTS (fatal_signals); i++)
    {
      struct sigaction old;

      /* nohup and shells that start background jobs ignore some of these on purpose. */
      if (sigaction (fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        continue;
      sigaction (fatal_signals[i], &action, NULL);
    }
}

/* ---------------------------------------------------------------------------------------- */

struct _SuccessionFileWriter
{
  char         *target; /* the file replaced in the end: links resolved */
  char         *temp;   /* the temporary file beside it */
  int           fd;
  int           slot;
  gboolean      committed;
  GCancellable *cancellable;
  guint64       written;
  guint64       fail_after;  /* G_MAXUINT64: never */
  guint64       stall_after; /* G_MAXUINT64: never */
};

static guint64
test_limit (const char *variable)
{
  const char *value = g_getenv (variable);

  return value != NULL ? g_ascii_strtoull (value, NULL, 10) : G_MAXUINT64;
}

/* The system's reason alone: the callers' messages already name the file. */
static gboolean
set_error_from_errno (GError **error,
                      int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
  return FALSE;
}

/* @path with every symbolic link at its end followed, even to a file that does not exist
 * yet: what a write through the link would create or replace. */
static char *
resolve_links (const char *path,
               GError    **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < MAX_LINK_HOPS; hops++)
    {
      g_autofree char *link = NULL;
      GStatBuf         st;

      /* Not there, or not a link: what comes next says what is wrong, if anything. */
      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      if ((link = g_file_read_link (current, error)) == NULL)
        return NULL;

      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
      else
        {
          g_autofree char *folder = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (folder, link, NULL);
        }
    }

  set_error_from_errno (error, ELOOP);
  return NULL;
}

/* Refuses a target that is not a regular file or cannot be written; @existing is set when
 * there is a file to replace. */
static gboolean
check_target (const char *target,
              GStatBuf   *existing,
              gboolean   *exists,
              GError    **error)
{
  *exists = FALSE;
  if (g_stat (target, existing) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;
      return set_error_from_errno (error, saved_errno);
    }

  if (S_ISDIR (existing->st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           /* Translators: why an export could not be written. */
                           _ ("A folder has this name"));
      return FALSE;
    }
  if (!S_ISREG (existing->st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           /* Translators: why an export could not be written. */
                           _ ("It is not a regular file (it is a device, a pipe or a socket), and only regular files are replaced"));
      return FALSE;
    }
  if (g_access (target, W_OK) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                               /* Translators: why an export could not be written. */
                               _ ("The file is read-only"));
          return FALSE;
        }
      return set_error_from_errno (error, saved_errno);
    }

  *exists = TRUE;
  return TRUE;
}

static char *
temp_template (const char *target)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *name = g_path_get_basename (target);
  gsize            length = strlen (name);

  /* Cut a long name at a character boundary when it is UTF-8; any bytes do otherwise. */
  if (length > TEMP_BASENAME_MAX)
    {
      const char *end = name + TEMP_BASENAME_MAX;

      if (g_utf8_validate (name, -1, NULL))
        end = g_utf8_find_prev_char (name, end + 1);
      length = end != NULL ? (gsize) (end - name) : TEMP_BASENAME_MAX;
    }

  return g_strdup_printf ("%s" G_DIR_SEPARATOR_S ".%.*s.XXXXXX.tmp", folder, (int) length, name);
}

SuccessionFileWriter *
succession_file_writer_new (GFile        *file,
                            GCancellable *cancellable,
                            GError      **error)
{
  g_autoptr(SuccessionFileWriter) self = NULL;
  g_autofree char *path = NULL;
  GStatBuf         existing;
  gboolean         exists;
  sigset_t         fatal, previous;
  int              saved_errno;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           /* Translators: why an export could not be written. */
                           _ ("Only files on this computer’s file systems can be written"));
      return NULL;
    }

  self = g_new0 (SuccessionFileWriter, 1);
  self->fd = -1;
  self->slot = -1;
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->fail_after = test_limit ("SUCCESSION_TEST_EXPORT_FAIL_AFTER");
  self->stall_after = test_limit ("SUCCESSION_TEST_EXPORT_STALL_AFTER");

  if ((self->target = resolve_links (path, error)) == NULL)
    return NULL;
  if (!check_target (self->target, &existing, &exists, error))
    return NULL;

  /* No signal between the file's creation and its registration for removal. */
  self->temp = temp_template (self->target);
  sigemptyset (&fatal);
  for (guint i = 0; i < G_N_ELEMENTS (fatal_signals); i++)
    sigaddset (&fatal, fatal_signals[i]);
  pthread_sigmask (SIG_BLOCK, &fatal, &previous);
  self->fd = g_mkstemp_full (self->temp, O_RDWR | O_CLOEXEC, 0666);
  saved_errno = errno;
  if (self->fd >= 0)
    self->slot = cleanup_arm (self->temp);
  pthread_sigmask (SIG_SETMASK, &previous, NULL);

  if (self->fd < 0)
    {
      g_autofree char *folder = g_path_get_dirname (self->target);
      g_autofree char *display = g_filename_display_name (folder);

      g_clear_pointer (&self->temp, g_free);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: why an export could not be written; the first %s is a folder,
                    * the second the system's reason ("Permission denied"). */
                   _ ("Cannot create a file in the folder “%s”: %s"), display, g_strerror (saved_errno));
      return NULL;
    }

  /* The new file keeps the old one's permissions (and owner, where that is allowed). */
  if (exists)
    {
      if (fchmod (self->fd, existing.st_mode & 07777) != 0)
        g_debug ("could not keep the permissions of %s: %s", self->target, g_strerror (errno));
      if (fchown (self->fd, existing.st_uid, existing.st_gid) != 0)
        g_debug ("could not keep the owner of %s: %s", self->target, g_strerror (errno));
    }

  return g_steal_pointer (&self);
}

static void
stall_for_test (SuccessionFileWriter *self)
{
  g_autofree char *line = g_strdup_printf ("stalled %s\n", self->temp);

  if (write (STDERR_FILENO, line, strlen (line)) < 0)
    return;
  for (;;)
    g_usleep (G_USEC_PER_SEC);
}

gboolean
succession_file_writer_write (SuccessionFileWriter *self,
                              const void           *data,
                              gsize                 length,
                              GError              **error)
{
  const char *bytes = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  while (length > 0)
    {
      gsize  piece = MIN (length, CHUNK_SIZE);
      gssize n;

      if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
        return FALSE;

      if (self->written + piece > self->fail_after)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               "injected failure (SUCCESSION_TEST_EXPORT_FAIL_AFTER)");
          return FALSE;
        }

      n = write (self->fd, bytes, piece);
      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          return set_error_from_errno (error, saved_errno);
        }

      bytes += n;
      length -= (gsize) n;
      self->written += (guint64) n;

      if (self->written >= self->stall_after)
        stall_for_test (self);
    }

  return TRUE;
}

gboolean
succession_file_writer_commit (SuccessionFileWriter *self,
                               GError              **error)
{
  g_autofree char *folder = NULL;
  int              fd;

  g_return_val_if_fail (self != NULL && self->fd >= 0 && !self->committed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;

  /* On the disk before the rename, so a crash never shows a name with nothing behind it. */
  if (fsync (self->fd) != 0)
    return set_error_from_errno (error, errno);

  fd = self->fd;
  self->fd = -1;
  if (close (fd) != 0)
    return set_error_from_errno (error, errno);

  if (g_rename (self->temp, self->target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: why an export could not be written; %s is the system's reason. */
                   _ ("Cannot put the new file in place: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  self->committed = TRUE;
  cleanup_disarm (self->slot);
  self->slot = -1;

  /* The rename itself on the disk; a file system that cannot sync folders has nothing to do. */
  folder = g_path_get_dirname (self->target);
  fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;
}

void
succession_file_writer_free (SuccessionFileWriter *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (self->temp != NULL && !self->committed)
    g_unlink (self->temp);
  cleanup_disarm (self->slot);

  g_clear_object (&self->cancellable);
  g_free (self->target);
  g_free (self->temp);
  g_free (self);
}

gboolean
succession_file_write_bytes (GFile        *file,
                             const void   *data,
                             gsize         length,
                             GCancellable *cancellable,
                             GError      **error)
{
  g_autoptr(SuccessionFileWriter) writer = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if ((writer = succession_file_writer_new (file, cancellable, error)) == NULL)
    return FALSE;

  return succession_file_writer_write (writer, data, length, error) &&
         succession_file_writer_commit (writer, error);
}

gboolean
succession_file_is_same (GFile *a,
                         GFile *b)
{
  g_autofree char *path_a = NULL;
  g_autofree char *path_b = NULL;
  GStatBuf         st_a, st_b;

  if (a == NULL || b == NULL)
    return FALSE;

  path_a = g_file_get_path (a);
  path_b = g_file_get_path (b);
  if (path_a == NULL || path_b == NULL)
    return g_file_equal (a, b);

  return g_stat (path_a, &st_a) == 0 && g_stat (path_b, &st_b) == 0 &&
         st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino;
}
