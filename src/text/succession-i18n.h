/* succession-i18n.h — gettext set-up shared by the application, the command line and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void succession_i18n_init (void);

/* The language of the dataset's texts the user reads, "en", "zh-Hans" or "zh-Hant": the one
 * succession_format_text() picks for the user's languages. An edit of a note or a fact writes
 * that language's text. */
const char *succession_i18n_reading_language (void);
/* "In English" and the like: the language a field is written in (@lang as above). */
const char *succession_i18n_language_hint (const char *lang);

G_END_DECLS
