/* succession-loader-file.c — reading a dataset's bytes: regular files only, never past the limit
 *
 * The size a system reports for a file says nothing about what reading it gives: a device
 * (/dev/zero) reports 0 and never ends, a named pipe blocks until someone writes. So only
 * regular files are read, checked before they are opened and again on the open descriptor
 * (opened without blocking, so a pipe swapped in between cannot hang the load), and the
 * limit is enforced on the bytes read, not on the reported size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "succession-loader-file.h"
#include "succession-loader.h"

#define CHUNK (1024 * 1024)

static gboolean
refuse_type (const char *display_name,
             guint32     mode,
             GFileType   type,
             GError    **error)
{
  const char *what;

  if (type == G_FILE_TYPE_DIRECTORY || S_ISDIR (mode))
    {
      /* Translators: %s is a file's path. */
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ,
                   _ ("%s: is a folder, not a dataset file"), display_name);
      return FALSE;
    }

  if (S_ISFIFO (mode))
    what = _ ("a named pipe");
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    what = _ ("a device");
  else if (S_ISSOCK (mode))
    what = _ ("a socket");
  else
    {
      /* Translators: %s is a file's path. */
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ,
                   _ ("%s: is not a regular file; datasets are read from regular files only"), display_name);
      return FALSE;
    }

  /* Translators: the first %s is a file's path, the second "a device", "a named pipe" or "a socket". */
  g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ,
               _ ("%s: is %s, not a file; datasets are read from regular files only"), display_name, what);
  return FALSE;
}

static gboolean
refuse_size (const char *display_name,
             GError    **error)
{
  g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_TOO_LARGE,
               _ ("%s: the file is larger than %d MiB"), display_name, SUCCESSION_LOADER_MAX_FILE_SIZE >> 20);
  return FALSE;
}

static void
set_progress (gint *progress,
              gsize done,
              gsize expected)
{
  /* Reading is the first tenth of a load. */
  if (progress != NULL && expected > 0)
    g_atomic_int_set (progress, (int) (100.0 * MIN (done, expected) / expected));
}

/* Reads from @fd (a regular file) until its end, or past the limit. */
static GBytes *
read_descriptor (int           fd,
                 gsize         expected,
                 const char   *display_name,
                 GCancellable *cancellable,
                 gint         *progress,
                 GError      **error)
{
  gsize capacity = MIN (expected, (gsize) SUCCESSION_LOADER_MAX_FILE_SIZE) + 1;
  gsize length = 0;
  char *buffer = g_malloc (capacity);

  for (;;)
    {
      gssize n;

      if (length == capacity)
        {
          /* The file grew, or reported less than it holds: read on, up to the limit. */
          capacity = MIN (capacity * 2, (gsize) SUCCESSION_LOADER_MAX_FILE_SIZE + 1);
          if (length == capacity)
            {
              g_free (buffer);
              refuse_size (display_name, error);
              return NULL;
            }
          buffer = g_realloc (buffer, capacity);
        }

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_free (buffer);
          return NULL;
        }

      n = read (fd, buffer + length, MIN (capacity - length, (gsize) CHUNK));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_free (buffer);
          g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ,
                       "%s: %s", display_name, g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;

      length += n;
      if (length > SUCCESSION_LOADER_MAX_FILE_SIZE)
        {
          g_free (buffer);
          refuse_size (display_name, error);
          return NULL;
        }
      set_progress (progress, length, expected);
    }

  return g_bytes_new_take (g_realloc (buffer, MAX (length, 1)), length);
}

static GBytes *
read_local (const char   *path,
            const char   *display_name,
            GCancellable *cancellable,
            gint         *progress,
            GError      **error)
{
  struct stat st;
  GBytes     *bytes;
  int         fd;

  /* Not blocking: a named pipe put in the file's place since it was checked must not hang
   * the open; the descriptor is checked again below. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ,
                   "%s: %s", display_name, g_strerror (saved));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      refuse_type (display_name, st.st_mode, G_FILE_TYPE_UNKNOWN, error);
      close (fd);
      return NULL;
    }

  if (st.st_size > SUCCESSION_LOADER_MAX_FILE_SIZE)
    {
      close (fd);
      refuse_size (display_name, error);
      return NULL;
    }

  bytes = read_descriptor (fd, (gsize) st.st_size, display_name, cancellable, progress, error);
  close (fd);
  return bytes;
}

/* A file that is not on the local file system (a network share through GVfs). */
static GBytes *
read_stream (GFile        *file,
             goffset       expected,
             const char   *display_name,
             GCancellable *cancellable,
             gint         *progress,
             GError      **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  GByteArray *buffer = g_byte_array_new ();

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_byte_array_unref (buffer);
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ,
                   "%s: %s", display_name, local_error->message);
      return NULL;
    }

  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, cancellable, &local_error);

      if (n < 0)
        {
          g_byte_array_unref (buffer);
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ,
                         "%s: %s", display_name, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
      if (buffer->len > SUCCESSION_LOADER_MAX_FILE_SIZE)
        {
          g_byte_array_unref (buffer);
          refuse_size (display_name, error);
          return NULL;
        }
      set_progress (progress, buffer->len, expected > 0 ? (gsize) expected : 0);
    }

  return g_byte_array_free_to_bytes (buffer);
}

GBytes *
_succession_load_file_bytes (GFile        *file,
                             const char   *display_name,
                             GCancellable *cancellable,
                             gint         *progress,
                             GError      **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  GFileType        type;

  /* Links are followed: what counts is the file they lead to. */
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ,
                     "%s: %s", display_name, local_error->message);
      return NULL;
    }

  type = g_file_info_get_file_type (info);
  if (type != G_FILE_TYPE_REGULAR)
    {
      refuse_type (display_name, g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE), type, error);
      return NULL;
    }

  /* A regular file's reported size is trusted to refuse it before reading, never to stop
   * reading: that is the limit's job below. */
  if (g_file_info_get_size (info) > SUCCESSION_LOADER_MAX_FILE_SIZE)
    {
      refuse_size (display_name, error);
      return NULL;
    }

  path = g_file_get_path (file);
  if (path != NULL)
    return read_local (path, display_name, cancellable, progress, error);
  return read_stream (file, g_file_info_get_size (info), display_name, cancellable, progress, error);
}
