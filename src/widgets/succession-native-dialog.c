/* succession-native-dialog.c — letting go of a file chooser once GTK 4.8 is done with it
 *
 * GTK 4.8's save chooser answers from inside its own "replace the file?" question, a window
 * transient for the chooser that is released only after the answer is handled: a chooser freed
 * in its "response" handler leaves the question pointing at a freed window. And a chooser that is
 * only unreferenced keeps its hidden dialog, whose file list goes on watching the folder. So the
 * chooser is destroyed (its dialog with it) and released in an idle of low priority, after the
 * question has gone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-native-dialog.h"

static gboolean
release (gpointer dialog)
{
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (dialog));
  g_object_unref (dialog);
  return G_SOURCE_REMOVE;
}

void
succession_native_dialog_release_later (GtkNativeDialog *dialog)
{
  g_return_if_fail (GTK_IS_NATIVE_DIALOG (dialog));

  g_idle_add_full (G_PRIORITY_LOW, release, dialog, NULL);
}
