/* succession-text.c — text in several languages and scripts, and search folding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-text"

#include "config.h"

#include <string.h>

#include "succession-model-private.h"
#include "succession-text.h"

/* Longest primary subtag copied on the stack; BCP 47 allows 8, POSIX names are shorter. */
#define PRIMARY_MAX 16

typedef struct
{
  const char *key; /* interned, from succession_language_key() */
  char       *text;
} TextPair;

struct _SuccessionText
{
  gatomicrefcount    ref_count;
  GArray            *pairs;   /* of TextPair, in insertion order */
  SuccessionStrings *strings; /* holds the pairs' texts when set; else each is its own */
};

G_DEFINE_BOXED_TYPE (SuccessionText, succession_text, succession_text_ref, succession_text_unref)

/* Compares the subtag [start, start + len) with the lower-case ASCII @word. */
static gboolean
subtag_is (const char *start,
           gsize       len,
           const char *word)
{
  return strlen (word) == len && g_ascii_strncasecmp (start, word, len) == 0;
}

/* Interns a key in a table of our own, never in GLib's: a hostile file can hold millions of
 * distinct "lang" values, and GLib grows its quark array by copying and never frees the old
 * copies (memory quadratic in the number of strings, and unreachable blocks that LeakSanitizer
 * rightly reports). Ours keeps one copy of each key for the life of the process. */
static const char *
intern_key (const char *key)
{
  G_LOCK_DEFINE_STATIC (keys);
  static GHashTable *keys;
  const char        *interned;

  G_LOCK (keys);
  if (keys == NULL)
    keys = g_hash_table_new (g_str_hash, g_str_equal);
  interned = g_hash_table_lookup (keys, key);
  if (interned == NULL)
    {
      char *copy = g_strdup (key);

      g_hash_table_add (keys, copy);
      interned = copy;
    }
  G_UNLOCK (keys);

  return interned;
}

const char *
succession_language_key (const char *tag)
{
  char        primary[PRIMARY_MAX];
  gsize       primary_len;
  gsize       end;
  const char *p;
  gboolean    is_zh;
  gboolean    traditional = FALSE;
  gboolean    latin = FALSE;
  gboolean    pinyin = FALSE;

  if (tag == NULL || *tag == '\0')
    return intern_key ("");

  /* POSIX locale names: "zh_TW.UTF-8", "sr_RS@latin"; the codeset and modifier say nothing
   * about the language. */
  end = strcspn (tag, ".@");
  primary_len = strcspn (tag, "-_");
  primary_len = MIN (primary_len, end);

  if (primary_len >= PRIMARY_MAX)
    {
      g_autofree char *lower = g_ascii_strdown (tag, primary_len);

      return intern_key (lower);
    }

  for (gsize i = 0; i < primary_len; i++)
    primary[i] = g_ascii_tolower (tag[i]);
  primary[primary_len] = '\0';

  if (strcmp (primary, "c") == 0 || strcmp (primary, "posix") == 0)
    return intern_key ("en");

  is_zh = strcmp (primary, "zh") == 0;
  if (!is_zh)
    return intern_key (primary);

  /* Chinese: the script subtag decides if there is one, else the region; with neither, the
   * simplified script used in mainland China, Singapore and Malaysia. */
  p = tag + primary_len;
  while (p < tag + end)
    {
      gsize len;

      p++; /* the separator */
      len = MIN (strcspn (p, "-_"), (gsize) (tag + end - p));

      /* Chinese in Latin letters (pinyin with tones) is a name of its own, never the
       * characters: "zh-Latn-pinyin" keeps its variant, other romanizations are "zh-Latn". */
      if (subtag_is (p, len, "latn"))
        latin = TRUE;
      else if (latin && subtag_is (p, len, "pinyin"))
        pinyin = TRUE;
      if (latin)
        {
          p += len;
          continue;
        }
      if (subtag_is (p, len, "hans"))
        {
          traditional = FALSE;
          break;
        }
      if (subtag_is (p, len, "hant"))
        {
          traditional = TRUE;
          break;
        }
      if (subtag_is (p, len, "tw") || subtag_is (p, len, "hk") || subtag_is (p, len, "mo"))
        traditional = TRUE;

      p += len;
    }

  if (latin)
    return intern_key (pinyin ? "zh-Latn-pinyin" : "zh-Latn");
  return intern_key (traditional ? "zh-Hant" : "zh-Hans");
}

SuccessionText *
succession_text_new (void)
{
  SuccessionText *self = g_new0 (SuccessionText, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->pairs = g_array_new (FALSE, FALSE, sizeof (TextPair));

  return self;
}

SuccessionText *
succession_text_ref (SuccessionText *self)
{
  if (self == NULL)
    return NULL;

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
succession_text_unref (SuccessionText *self)
{
  if (self == NULL)
    return;

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  if (self->strings != NULL)
    _succession_strings_unref (self->strings);
  else
    for (guint i = 0; i < self->pairs->len; i++)
      g_free (g_array_index (self->pairs, TextPair, i).text);
  g_array_unref (self->pairs);
  g_free (self);
}

void
succession_text_add (SuccessionText *self,
                     const char     *lang,
                     const char     *text)
{
  TextPair pair;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  pair.key = succession_language_key (lang);
  pair.text = self->strings != NULL ? (char *) _succession_strings_add (self->strings, text) : g_strdup (text);
  g_array_append_val (self->pairs, pair);
}

SuccessionText *
_succession_text_copy_own (const SuccessionText *text)
{
  SuccessionText *copy;

  if (text == NULL)
    return NULL;
  copy = succession_text_new ();
  for (guint i = 0; i < text->pairs->len; i++)
    {
      const TextPair *pair = &g_array_index (text->pairs, TextPair, i);
      TextPair        own = { pair->key, g_strdup (pair->text) };

      g_array_append_val (copy->pairs, own);
    }
  return copy;
}

void
_succession_text_use_strings (SuccessionText    *text,
                              SuccessionStrings *strings)
{
  g_return_if_fail (text != NULL && text->pairs->len == 0 && text->strings == NULL);
  text->strings = _succession_strings_ref (strings);
}

/* The first text stored under @key (an interned string, so compared by address). */
static const char *
find_key (const SuccessionText *self,
          const char           *key)
{
  for (guint i = 0; i < self->pairs->len; i++)
    {
      const TextPair *pair = &g_array_index (self->pairs, TextPair, i);

      if (pair->key == key)
        return pair->text;
    }

  return NULL;
}

const char *
succession_text_lookup (const SuccessionText *self,
                        const char *const    *languages)
{
  const char *text;

  if (self == NULL || self->pairs->len == 0)
    return NULL;

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      const char *key = succession_language_key (languages[i]);

      if (*key == '\0')
        continue;

      text = find_key (self, key);
      if (text != NULL)
        return text;
    }

  text = find_key (self, intern_key ("en"));
  if (text != NULL)
    return text;

  return g_array_index (self->pairs, TextPair, 0).text;
}

const char *
succession_text_get (const SuccessionText *self,
                     const char           *lang)
{
  if (self == NULL)
    return NULL;

  return find_key (self, succession_language_key (lang));
}

guint
succession_text_get_n (const SuccessionText *self)
{
  if (self == NULL)
    return 0;

  return self->pairs->len;
}

const char *
succession_text_get_nth (const SuccessionText *self,
                         guint                 i,
                         const char          **lang)
{
  const TextPair *pair;

  if (self == NULL || i >= self->pairs->len)
    {
      if (lang != NULL)
        *lang = NULL;
      return NULL;
    }

  pair = &g_array_index (self->pairs, TextPair, i);
  if (lang != NULL)
    *lang = pair->key;

  return pair->text;
}

/* Appends the folded form of @c (one character of NFKD text) to @out. Sets @needs_nfc when it
 * appends something that must be composed again: Hangul jamo, kana voicing marks. */
static inline void
fold_char (GString  *out,
           gunichar  c,
           gboolean *needs_nfc)
{
  if (c < 0x80)
    {
      /* ASCII, the common case: letters and digits stay, punctuation, spaces and controls go;
       * the ASCII symbols ($ + < = > ^ ` | ~) stay, as g_unichar_type() says. */
      if (g_ascii_isalnum (c))
        g_string_append_c (out, g_ascii_tolower ((char) c));
      else if (strchr ("$+<=>^`|~", (int) c) != NULL && c != '\0')
        g_string_append_c (out, (char) c);
      return;
    }

  /* Kana voicing marks are part of the letter (カ + ゙ is ガ), not a diacritic to drop. */
  if (c == 0x3099 || c == 0x309A)
    {
      g_string_append_unichar (out, c);
      *needs_nfc = TRUE;
      return;
    }

  /* What g_utf8_make_valid() put in place of invalid bytes matches nothing. */
  if (c == 0xFFFD)
    return;

  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT: /* soft hyphen, zero-width joiner */
      return;
    default:
      break;
    }

  if (g_unichar_combining_class (c) != 0)
    return;

  c = g_unichar_tolower (c);

  /* Latin letters that Unicode does not decompose, but that people type without the stroke. */
  switch (c)
    {
    case 0x00DF: /* ß */
      g_string_append (out, "ss");
      return;
    case 0x00E6: /* æ */
      g_string_append (out, "ae");
      return;
    case 0x0153: /* œ */
      g_string_append (out, "oe");
      return;
    case 0x00F8: /* ø */
      c = 'o';
      break;
    case 0x0111: /* đ */
      c = 'd';
      break;
    case 0x0131: /* ı */
      c = 'i';
      break;
    case 0x0142: /* ł */
      c = 'l';
      break;
    default:
      break;
    }

  if (c >= 0x1100 && c <= 0x11FF)
    *needs_nfc = TRUE;

  g_string_append_unichar (out, c);
}

char *
succession_fold_for_search (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *normalized = NULL;
  const char      *source;
  const char      *p;
  gboolean         ascii = TRUE;
  gboolean         needs_nfc = FALSE;
  GString         *out;

  if (text == NULL)
    return g_strdup ("");

  for (p = text; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x80)
        {
          ascii = FALSE;
          break;
        }
    }

  /* Most names in the data are ASCII: no need to validate or normalise those. */
  if (ascii)
    {
      source = text;
    }
  else
    {
      if (!g_utf8_validate (text, -1, NULL))
        text = valid = g_utf8_make_valid (text, -1);

      /* NFKD splits letters from their diacritics and makes full-width forms narrow. */
      source = normalized = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
      if (source == NULL)
        return g_strdup ("");
    }

  out = g_string_sized_new (strlen (source));

  for (p = source; *p != '\0'; p = g_utf8_next_char (p))
    fold_char (out, g_utf8_get_char (p), &needs_nfc);

  if (needs_nfc)
    {
      char *composed = g_utf8_normalize (out->str, (gssize) out->len, G_NORMALIZE_NFC);

      g_string_free (out, TRUE);
      return composed;
    }

  return g_string_free (out, FALSE);
}
