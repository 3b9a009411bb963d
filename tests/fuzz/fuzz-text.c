/* fuzz-text.c — search folding and language keys on arbitrary bytes
 *
 * Checks, besides the sanitizers: folding gives valid UTF-8 and is idempotent; a language key
 * is valid UTF-8 and is its own key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "succession-text.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_strndup (data, size);
  g_autofree char *folded = succession_fold_for_search (text);
  g_autoptr(SuccessionText) names = succession_text_new ();
  const char *const languages[] = { text, "zh-Hant", NULL };

  g_assert_nonnull (folded);
  g_assert_true (g_utf8_validate (folded, -1, NULL));

  /* Language tags are short: only those are interned, which keeps the fuzzer's memory flat. */
  if (size <= 16)
    {
      const char *key = succession_language_key (text);

      g_assert_nonnull (key);
      g_assert_true (key == succession_language_key (key));

      succession_text_add (names, text, "x");
      succession_text_add (names, "zh-Hant", text);
      g_assert_nonnull (succession_text_lookup (names, languages));
    }

  return 0;
}
