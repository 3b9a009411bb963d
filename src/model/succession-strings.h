/* succession-strings.h — the text of a dataset's records, stored once, in large blocks
 *
 * A dataset of 100,000 tenures holds millions of short strings, most of them repeated (a
 * publisher, a title, a language tag): one malloc each would cost more in headers and
 * fragments than the text itself. The loader stores them here instead, each distinct string
 * once, in blocks freed together; every record that points into the store holds a reference
 * to it, so a record a view keeps outlives the dataset safely.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SuccessionStrings SuccessionStrings;

SuccessionStrings *_succession_strings_new    (void);
SuccessionStrings *_succession_strings_ref    (SuccessionStrings *strings);
void               _succession_strings_unref  (SuccessionStrings *strings);
/* @text (NUL-terminated) as stored: the same pointer for the same text until frozen. Only one
 * thread may add at a time; the result lives as long as the store. */
const char        *_succession_strings_add    (SuccessionStrings *strings,
                                               const char        *text);
/* Drops the table that finds repeats (the loader is done); strings can still be added. */
void               _succession_strings_freeze (SuccessionStrings *strings);
gsize              _succession_strings_get_size (SuccessionStrings *strings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionStrings, _succession_strings_unref)

G_END_DECLS
