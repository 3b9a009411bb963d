/* succession-loader-file.h — reading a dataset's bytes: regular files only, never past the limit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The file's bytes, or NULL with a SUCCESSION_LOADER_ERROR (READ for anything that is not a
 * regular file, TOO_LARGE past SUCCESSION_LOADER_MAX_FILE_SIZE) or G_IO_ERROR_CANCELLED. The
 * error's message starts with @display_name. @progress (per mille, 0 to 100) may be NULL. */
GBytes *_succession_load_file_bytes (GFile         *file,
                                     const char    *display_name,
                                     GCancellable  *cancellable,
                                     gint          *progress,
                                     GError       **error);

G_END_DECLS
