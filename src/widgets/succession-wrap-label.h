/* succession-wrap-label.h — a text that wraps to its width, laid out once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SUCCESSION_TYPE_WRAP_LABEL (succession_wrap_label_get_type ())
G_DECLARE_FINAL_TYPE (SuccessionWrapLabel, succession_wrap_label, SUCCESSION, WRAP_LABEL, GtkWidget)

/* A label for many rows: its height follows the width it is given, and it asks for no width
 * of its own, so measuring it costs one layout at the width the row gets (a wrapping GtkLabel
 * lays its text out three times, once a character per line, to find its narrowest and widest
 * forms). With @single_line it keeps to one line and ends in an ellipsis. */
GtkWidget  *succession_wrap_label_new      (const char          *text,
                                            gboolean             single_line);
const char *succession_wrap_label_get_text (SuccessionWrapLabel *self);
/* Another text, laid out again at the same width (another name display). */
void        succession_wrap_label_set_text (SuccessionWrapLabel *self,
                                            const char          *text);
/* The layout as last drawn or measured, for tests that ask where a character lies. */
PangoLayout *succession_wrap_label_get_layout (SuccessionWrapLabel *self);

G_END_DECLS
