/* succession-loader.h — reads a Popolo dataset, checks it, and builds the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-types.h"

G_BEGIN_DECLS

/* Documented limits: a file above them is refused with a message, not loaded slowly. */
#define SUCCESSION_LOADER_MAX_FILE_SIZE  (256 * 1024 * 1024)  /* bytes */
#define SUCCESSION_LOADER_MAX_DEPTH      64                   /* nested arrays and objects */
#define SUCCESSION_LOADER_MAX_STRING     (1024 * 1024)        /* bytes in one JSON string */
#define SUCCESSION_LOADER_MAX_MESSAGES   1000                 /* errors listed per load */
#define SUCCESSION_LOADER_WARNINGS_PER_KIND 20                /* warnings of one kind listed whole */

#define SUCCESSION_BUNDLED_DATASET_PATH "/io/github/succession/Succession/dataset/succession.json"

#define SUCCESSION_LOADER_ERROR (succession_loader_error_quark ())
GQuark succession_loader_error_quark (void);

typedef enum {
  SUCCESSION_LOADER_ERROR_READ,       /* the file cannot be read at all, or is not a regular file */
  SUCCESSION_LOADER_ERROR_TOO_LARGE,  /* above SUCCESSION_LOADER_MAX_FILE_SIZE */
  SUCCESSION_LOADER_ERROR_ENCODING,   /* not UTF-8 text */
  SUCCESSION_LOADER_ERROR_SYNTAX,     /* not JSON, or nested too deep */
  SUCCESSION_LOADER_ERROR_INVALID,    /* JSON, but not a valid dataset */
} SuccessionLoaderError;

#define SUCCESSION_TYPE_LOADER (succession_loader_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionLoader, succession_loader, SUCCESSION, LOADER, GObject)

SuccessionLoader  *succession_loader_new               (void);
/* Lists every message instead of summing up each kind of warning after its first
 * SUCCESSION_LOADER_WARNINGS_PER_KIND and the errors after SUCCESSION_LOADER_MAX_MESSAGES. */
void               succession_loader_set_all_messages  (SuccessionLoader     *self,
                                                        gboolean              all_messages);

/* Each load returns the dataset, or NULL with @error set; either way the loader's messages
 * (SuccessionMessage, errors first in document order, then warnings) say what it found.
 * A file is read only if it is a regular file (not a folder, device, pipe or socket), and
 * no further than the size limit, whatever size the system reports for it. */
SuccessionDataset *succession_loader_load_bytes        (SuccessionLoader     *self,
                                                        GBytes               *bytes,
                                                        const char           *display_name,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
SuccessionDataset *succession_loader_load_file         (SuccessionLoader     *self,
                                                        GFile                *file,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
/* @bytes read as the new content of @file (NULL: none), which is not read: the dataset is that
 * file's, as one loaded from it is (saved to it, never exported over it). */
SuccessionDataset *succession_loader_load_bytes_for_file (SuccessionLoader   *self,
                                                          GBytes             *bytes,
                                                          const char         *display_name,
                                                          GFile              *file,
                                                          GCancellable       *cancellable,
                                                          GError            **error);
SuccessionDataset *succession_loader_load_resource     (SuccessionLoader     *self,
                                                        const char           *resource_path,
                                                        GError              **error);
/* Loads in a worker thread, and builds the dataset's search keys there too; "progress" goes
 * from 0 to 1 on the calling thread's context. */
void               succession_loader_load_file_async   (SuccessionLoader     *self,
                                                        GFile                *file,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
SuccessionDataset *succession_loader_load_file_finish  (SuccessionLoader     *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

GListModel        *succession_loader_get_messages      (SuccessionLoader     *self);
guint              succession_loader_get_n_errors      (SuccessionLoader     *self);
guint              succession_loader_get_n_warnings    (SuccessionLoader     *self);
double             succession_loader_get_progress      (SuccessionLoader     *self);

/* The dataset that ships with the application. */
SuccessionDataset *succession_dataset_new_bundled      (GError              **error);
/* Starts loading the bundled dataset on a thread of its own, so that the application's start
 * and the load overlap; the next succession_dataset_new_bundled () takes its result (waiting
 * for it if need be), later calls load anew. */
void               succession_dataset_preload_bundled  (void);

G_END_DECLS
