/* succession-message.h — an error or warning about a dataset, with where it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-types.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_MESSAGE (succession_message_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionMessage, succession_message, SUCCESSION, MESSAGE, GObject)

/* The file, path and text are kept with every control character, line separator and bidi
 * control written as an escape (succession_message_escape), so quoted data can neither forge
 * a line of a report nor act on a terminal. */
SuccessionMessage  *succession_message_new          (SuccessionSeverity  severity,
                                                     const char         *file,
                                                     const char         *path,
                                                     int                 line,
                                                     int                 column,
                                                     const char         *text);
SuccessionSeverity  succession_message_get_severity (SuccessionMessage  *self);
/* The file's display name. */
const char         *succession_message_get_file     (SuccessionMessage  *self);
/* Where in the document: "memberships[12].start_date", or NULL for a syntax error. */
const char         *succession_message_get_path     (SuccessionMessage  *self);
/* 1-based line and column for errors found in the text itself, else 0. */
int                 succession_message_get_line     (SuccessionMessage  *self);
int                 succession_message_get_column   (SuccessionMessage  *self);
const char         *succession_message_get_text     (SuccessionMessage  *self);
/* "FILE:LINE:COL: error: TEXT" or "FILE: PATH: warning: TEXT". Free with g_free. */
char               *succession_message_to_string    (SuccessionMessage  *self);

/* @text as valid UTF-8 with every such character written as an escape: "\\n", "\\u001B",
 * "\\u202E". Free with g_free; NULL for NULL. */
char               *succession_message_escape       (const char         *text);

G_END_DECLS
