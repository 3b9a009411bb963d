/* succession-native-dialog.h — letting go of a file chooser once GTK 4.8 is done with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Takes @dialog (a GtkNativeDialog whose "response" is being handled) and destroys it, then drops
 * the reference, once the main loop is idle. */
void succession_native_dialog_release_later (GtkNativeDialog *dialog);

G_END_DECLS
