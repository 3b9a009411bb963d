/* succession-recovery.h — unsaved changes kept on disk until they are saved or let go
 *
 * While a window shows a dataset with unsaved changes, a copy of it is kept in the user's state
 * folder ($XDG_STATE_HOME/succession/recovery, written the one way files are written), a slot per
 * file (or one for the bundled dataset). Saving or discarding the changes removes the slot. A
 * slot still there when Succession starts is what a crash or a kill left: the window offers to
 * restore it. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-model.h"

G_BEGIN_DECLS

typedef struct
{
  char      *key;   /* the slot */
  GFile     *file;  /* the dataset's own file, or NULL for the bundled dataset */
  char      *name;  /* the dataset's title, for the question */
  char      *display_name; /* the file's name as messages give it */
  GDateTime *saved; /* when the copy was written */
} SuccessionRecoveryEntry;

void                     succession_recovery_entry_free (SuccessionRecoveryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionRecoveryEntry, succession_recovery_entry_free)

/* The slot of @dataset's changes: one per file, one for the bundled dataset. Free with g_free. */
char                    *succession_recovery_key        (SuccessionDataset *dataset);
/* Writes @dataset into its slot @key (on a worker thread: the dataset is only read). */
gboolean                 succession_recovery_write      (SuccessionDataset *dataset,
                                                         const char        *key,
                                                         GCancellable      *cancellable,
                                                         GError           **error);
/* Removes the slot @key, if there is one. */
void                     succession_recovery_remove     (const char        *key);
/* The slots left, the newest first (SuccessionRecoveryEntry). */
GPtrArray               *succession_recovery_list       (void);
/* The changes of @entry as a dataset of its file (or of none, for the bundled dataset). */
SuccessionDataset       *succession_recovery_load       (SuccessionRecoveryEntry *entry,
                                                         GError                 **error);

G_END_DECLS
