/* succession-text.h — text in several languages and scripts, and search folding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Canonical language key of a BCP 47 tag, for lookups: "zh-Hans" for zh, zh-Hans, zh-hans,
 * zh-CN, zh-SG, zh-MY, zh_CN.UTF-8; "zh-Hant" for zh-Hant, zh-hant, zh-TW, zh-HK, zh-MO;
 * "zh-Latn-pinyin" for pinyin (zh-Latn-pinyin, zh-latn-pinyin), "zh-Latn" for other romanizations; else the
 * lower-case primary subtag ("en", "de", "ja"; "en" for "en-GB" and "en_US.UTF-8"). Returns an
 * interned string of the library's own table, so keys compare by address (not GLib's: it costs
 * memory quadratic in its size, and a hostile file can hold millions of tags). NULL or "" gives "".
 * Accepts POSIX locale names too. */
const char *succession_language_key (const char *tag);

/* An immutable set of (language, text) pairs: a person's names, an office's description.
 * Reference counted; NULL is a valid empty value for every function below. */
typedef struct _SuccessionText SuccessionText;

#define SUCCESSION_TYPE_TEXT (succession_text_get_type ())
GType           succession_text_get_type   (void) G_GNUC_CONST;

SuccessionText *succession_text_new        (void);
SuccessionText *succession_text_ref        (SuccessionText     *self);
void            succession_text_unref      (SuccessionText     *self);

/* Building (only before the value is shared): adds @text for @lang (any tag; stored under its
 * key). The first text added for a key wins when several share it; later ones are kept as
 * variants (returned by get_all). */
void            succession_text_add        (SuccessionText     *self,
                                            const char         *lang,
                                            const char         *text);

/* The text for the first of @languages (a NULL-terminated list of tags, in order of preference)
 * that has one; else the English text; else the first text added. NULL when empty. */
const char     *succession_text_lookup     (const SuccessionText *self,
                                            const char * const   *languages);
/* Only the exact key of @lang, or NULL. */
const char     *succession_text_get        (const SuccessionText *self,
                                            const char           *lang);
guint           succession_text_get_n      (const SuccessionText *self);
/* The @i-th pair, in insertion order; @lang receives the canonical key. */
const char     *succession_text_get_nth    (const SuccessionText *self,
                                            guint                 i,
                                            const char          **lang);

/* Folds for search: lower case, diacritics removed (é -> e, ǎ -> a, ü -> u), spaces, hyphens,
 * apostrophes and punctuation removed, full-width forms made narrow. "Péng Zhēn" -> "pengzhen",
 * "彭真" -> "彭真". Free with g_free. */
char           *succession_fold_for_search (const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionText, succession_text_unref)

G_END_DECLS
