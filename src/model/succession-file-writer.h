/* succession-file-writer.h — every file Succession writes, replaced in one step
 *
 * A writer writes into a temporary file in the target's folder (".NAME.XXXXXX.tmp"), flushes it
 * to the disk and renames it over the target only once everything is written, so the target is
 * at every moment either the old file (or no file) or the whole new one. A failure, a
 * cancellation, or SIGINT, SIGTERM or SIGHUP once succession_file_writer_install_signal_cleanup()
 * has run, removes the temporary file; only SIGKILL or a crash of the machine can leave one,
 * recognisable by its name. A target that is a symbolic link is written through: the file the
 * link points to is replaced and the link stays a link. Every export uses it, from the window
 * and the command line, and so will saving a dataset. No GTK here.
 *
 * For tests, SUCCESSION_TEST_EXPORT_FAIL_AFTER=N makes every write fail once N bytes are
 * written; SUCCESSION_TEST_EXPORT_STALL_AFTER=N makes it print "stalled TEMPORARY-FILE" on
 * stderr once N bytes are written and wait there until the process is killed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _SuccessionFileWriter SuccessionFileWriter;

/* Creates the temporary file for @file, or fails at once: @file is a folder, a device or a pipe,
 * a read-only file, not on a local file system, or its folder cannot be written. */
SuccessionFileWriter *succession_file_writer_new      (GFile                 *file,
                                                       GCancellable          *cancellable,
                                                       GError               **error);
gboolean              succession_file_writer_write    (SuccessionFileWriter  *self,
                                                       const void            *data,
                                                       gsize                  length,
                                                       GError               **error);
/* Flushes the temporary file to the disk and renames it over the target. */
gboolean              succession_file_writer_commit   (SuccessionFileWriter  *self,
                                                       GError               **error);
/* Removes the temporary file unless it was committed. */
void                  succession_file_writer_free     (SuccessionFileWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionFileWriter, succession_file_writer_free)

/* @data written to @file through a writer, in pieces. */
gboolean              succession_file_write_bytes     (GFile                 *file,
                                                       const void            *data,
                                                       gsize                  length,
                                                       GCancellable          *cancellable,
                                                       GError               **error);

/* TRUE when @a and @b are one file on the disk (same device and inode, links followed), however
 * they are named; FALSE when either does not exist. Files that are not local compare by URI. */
gboolean              succession_file_is_same         (GFile                 *a,
                                                       GFile                 *b);

/* Makes SIGINT, SIGTERM and SIGHUP remove the temporary files being written before the process
 * dies of them as it would have. A signal the process was started ignoring stays ignored. */
void                  succession_file_writer_install_signal_cleanup (void);

G_END_DECLS
