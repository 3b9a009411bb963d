/* test-text.c — language keys, multilingual text lookup and search folding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-text.h"

static void
test_language_key (void)
{
  const struct
  {
    const char *tag;
    const char *key;
  } cases[] = {
    /* Simplified Chinese. */
    { "zh", "zh-Hans" },
    { "ZH", "zh-Hans" },
    { "zh-Hans", "zh-Hans" },
    { "zh-hans", "zh-Hans" },
    { "zh-HANS", "zh-Hans" },
    { "zh-Hans-CN", "zh-Hans" },
    { "zh-CN", "zh-Hans" },
    { "zh-cn", "zh-Hans" },
    { "zh-SG", "zh-Hans" },
    { "zh-MY", "zh-Hans" },
    { "zh_CN", "zh-Hans" },
    { "zh_CN.UTF-8", "zh-Hans" },
    { "zh_SG.GB2312", "zh-Hans" },
    { "zh.UTF-8", "zh-Hans" },
    { "zh-", "zh-Hans" },
    /* Traditional Chinese. */
    { "zh-Hant", "zh-Hant" },
    { "zh-hant", "zh-Hant" },
    { "zh-Hant-TW", "zh-Hant" },
    { "zh-Hant-HK", "zh-Hant" },
    { "zh-TW", "zh-Hant" },
    { "zh-tw", "zh-Hant" },
    { "zh-HK", "zh-Hant" },
    { "zh-hk", "zh-Hant" },
    { "zh-MO", "zh-Hant" },
    { "zh_TW", "zh-Hant" },
    { "zh_TW.utf8", "zh-Hant" },
    { "zh_TW.UTF-8", "zh-Hant" },
    { "zh_HK.Big5-HKSCS", "zh-Hant" },
    /* The script wins over the region. */
    { "zh-Hans-TW", "zh-Hans" },
    { "zh-Hant-CN", "zh-Hant" },
    /* Chinese in Latin letters is neither script: pinyin keeps its variant. */
    { "zh-Latn-pinyin", "zh-Latn-pinyin" },
    { "zh-latn-PINYIN", "zh-Latn-pinyin" },
    { "zh-Latn-CN-pinyin", "zh-Latn-pinyin" },
    { "zh-Latn", "zh-Latn" },
    { "zh-Latn-wadegile", "zh-Latn" },
    { "zh-Latn-TW", "zh-Latn" },
    /* Other Chinese languages keep their own key. */
    { "yue", "yue" },
    { "yue-Hant", "yue" },
    { "yue-Hant-HK", "yue" },
    /* Everything else: the lower-case primary subtag. */
    { "en", "en" },
    { "EN", "en" },
    { "en-GB", "en" },
    { "en-US", "en" },
    { "en_US", "en" },
    { "en_US.UTF-8", "en" },
    { "en_GB.ISO-8859-1", "en" },
    { "de", "de" },
    { "de-DE", "de" },
    { "de_DE@euro", "de" },
    { "sr_RS@latin", "sr" },
    { "sr-Latn-RS", "sr" },
    { "ja", "ja" },
    { "ja_JP.eucJP", "ja" },
    { "ko-KR", "ko" },
    { "fr.UTF-8", "fr" },
    /* The C locale is English. */
    { "C", "en" },
    { "c", "en" },
    { "C.UTF-8", "en" },
    { "POSIX", "en" },
    { "posix", "en" },
    /* Nothing. */
    { "", "" },
    { NULL, "" },
    { "_US", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *key = succession_language_key (cases[i].tag);

      if (g_strcmp0 (key, cases[i].key) != 0)
        g_test_message ("tag: %s", cases[i].tag != NULL ? cases[i].tag : "(null)");
      g_assert_cmpstr (key, ==, cases[i].key);
      /* Interned, so keys can be compared by address. */
      g_assert_cmpstr (key, ==, cases[i].key);
      g_assert_true (key == succession_language_key (cases[i].key));
    }

  /* An overlong primary subtag does not overflow anything. */
  g_assert_cmpstr (succession_language_key ("ABCDEFGHIJKLMNOPQRSTUVWXYZ-US"), ==,
                   "abcdefghijklmnopqrstuvwxyz");
}

static SuccessionText *
make_names (void)
{
  SuccessionText *text = succession_text_new ();

  succession_text_add (text, "zh-Hans", "习近平");
  succession_text_add (text, "zh-Hant", "習近平");
  succession_text_add (text, "en", "Xi Jinping");
  succession_text_add (text, "ja", "習近平 (ja)");

  return text;
}

static void
test_lookup (void)
{
  g_autoptr(SuccessionText) names = make_names ();
  g_autoptr(SuccessionText) no_english = succession_text_new ();
  g_autoptr(SuccessionText) empty = succession_text_new ();

  /* Preferences in order, by key. */
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "zh_CN.UTF-8", "zh_CN", "zh", "C", NULL }),
                   ==, "习近平");
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "zh_TW.UTF-8", "zh_TW", "zh", "C", NULL }),
                   ==, "習近平");
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "zh-HK", NULL }), ==, "習近平");
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "en-GB", "zh-CN", NULL }),
                   ==, "Xi Jinping");
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "zh-TW", "en", NULL }),
                   ==, "習近平");

  /* Unknown preferences are skipped; then English. */
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "de_DE.UTF-8", "fr", "zh-TW", NULL }),
                   ==, "習近平");
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "de", "fr", NULL }),
                   ==, "Xi Jinping");
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "", NULL }), ==, "Xi Jinping");
  g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ NULL }), ==, "Xi Jinping");
  g_assert_cmpstr (succession_text_lookup (names, NULL), ==, "Xi Jinping");

  /* No English: the first text added. */
  succession_text_add (no_english, "de", "Peking");
  succession_text_add (no_english, "zh", "北京");
  g_assert_cmpstr (succession_text_lookup (no_english, (const char *[]){ "fr", NULL }), ==, "Peking");
  g_assert_cmpstr (succession_text_lookup (no_english, NULL), ==, "Peking");
  g_assert_cmpstr (succession_text_lookup (no_english, (const char *[]){ "zh-SG", NULL }), ==, "北京");

  /* Empty and NULL. */
  g_assert_null (succession_text_lookup (empty, (const char *[]){ "en", NULL }));
  g_assert_null (succession_text_lookup (empty, NULL));
  g_assert_null (succession_text_lookup (NULL, (const char *[]){ "en", NULL }));
}

static void
test_get (void)
{
  g_autoptr(SuccessionText) names = make_names ();

  g_assert_cmpstr (succession_text_get (names, "zh-CN"), ==, "习近平");
  g_assert_cmpstr (succession_text_get (names, "zh_TW.UTF-8"), ==, "習近平");
  g_assert_cmpstr (succession_text_get (names, "en-US"), ==, "Xi Jinping");
  /* Only the exact key: no fallback. */
  g_assert_null (succession_text_get (names, "de"));
  g_assert_null (succession_text_get (names, NULL));
  g_assert_null (succession_text_get (names, ""));
  g_assert_null (succession_text_get (NULL, "en"));
}

static void
test_variants (void)
{
  g_autoptr(SuccessionText) text = succession_text_new ();
  const char *lang = "untouched";

  /* Several texts under one key: the first wins, the others are kept. */
  succession_text_add (text, "zh-CN", "北京");
  succession_text_add (text, "zh-Hans", "北平");
  succession_text_add (text, "en", "Beijing");
  succession_text_add (text, "en-GB", "Peking");

  g_assert_cmpuint (succession_text_get_n (text), ==, 4);
  g_assert_cmpstr (succession_text_get (text, "zh"), ==, "北京");
  g_assert_cmpstr (succession_text_get (text, "en-GB"), ==, "Beijing");
  g_assert_cmpstr (succession_text_lookup (text, (const char *[]){ "en_GB.UTF-8", NULL }), ==, "Beijing");

  g_assert_cmpstr (succession_text_get_nth (text, 0, &lang), ==, "北京");
  g_assert_cmpstr (lang, ==, "zh-Hans");
  g_assert_cmpstr (succession_text_get_nth (text, 1, &lang), ==, "北平");
  g_assert_cmpstr (lang, ==, "zh-Hans");
  g_assert_cmpstr (succession_text_get_nth (text, 2, &lang), ==, "Beijing");
  g_assert_cmpstr (lang, ==, "en");
  g_assert_cmpstr (succession_text_get_nth (text, 3, &lang), ==, "Peking");
  g_assert_cmpstr (lang, ==, "en");
  g_assert_true (lang == succession_language_key ("en"));

  /* Out of range. */
  g_assert_null (succession_text_get_nth (text, 4, &lang));
  g_assert_null (lang);
  g_assert_null (succession_text_get_nth (text, G_MAXUINT, NULL));

  /* @lang is optional. */
  g_assert_cmpstr (succession_text_get_nth (text, 2, NULL), ==, "Beijing");

  /* Pinyin with tones, even listed first, never stands for the characters of a Chinese
   * interface, nor for the English name. */
  {
    g_autoptr(SuccessionText) names = succession_text_new ();

    succession_text_add (names, "zh-Latn-pinyin", "Péng Zhēn");
    succession_text_add (names, "zh-Hans", "彭真");
    succession_text_add (names, "zh-Hant", "彭真");
    g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "zh_CN.UTF-8", "zh", NULL }), ==, "彭真");
    g_assert_cmpstr (succession_text_lookup (names, (const char *[]){ "zh_TW.UTF-8", NULL }), ==, "彭真");
    g_assert_cmpstr (succession_text_get (names, "zh-Latn-pinyin"), ==, "Péng Zhēn");
    g_assert_null (succession_text_get (names, "en"));
  }
}

static void
test_copies_text (void)
{
  g_autoptr(SuccessionText) text = succession_text_new ();
  char buffer[] = "Deng Xiaoping";

  succession_text_add (text, "en", buffer);
  buffer[0] = 'X';

  g_assert_cmpstr (succession_text_get (text, "en"), ==, "Deng Xiaoping");
}

static void
test_null_safety (void)
{
  const char *lang = "untouched";

  g_assert_null (succession_text_ref (NULL));
  succession_text_unref (NULL);
  g_assert_null (succession_text_lookup (NULL, NULL));
  g_assert_null (succession_text_get (NULL, NULL));
  g_assert_cmpuint (succession_text_get_n (NULL), ==, 0);
  g_assert_null (succession_text_get_nth (NULL, 0, &lang));
  g_assert_null (lang);

  {
    g_autofree char *folded = succession_fold_for_search (NULL);

    g_assert_cmpstr (folded, ==, "");
  }
}

static void
test_refcount (void)
{
  SuccessionText *text = succession_text_new ();
  SuccessionText *ref;
  SuccessionText *boxed;

  succession_text_add (text, "en", "Hu Jintao");

  ref = succession_text_ref (text);
  g_assert_true (ref == text);
  succession_text_unref (text);
  g_assert_cmpstr (succession_text_get (ref, "en"), ==, "Hu Jintao");

  g_assert_true (G_TYPE_IS_BOXED (SUCCESSION_TYPE_TEXT));
  g_assert_cmpstr (g_type_name (SUCCESSION_TYPE_TEXT), ==, "SuccessionText");
  boxed = g_boxed_copy (SUCCESSION_TYPE_TEXT, ref);
  g_assert_true (boxed == ref);
  g_boxed_free (SUCCESSION_TYPE_TEXT, boxed);

  g_assert_cmpstr (succession_text_get (ref, "en"), ==, "Hu Jintao");
  succession_text_unref (ref);
}

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *folded = succession_fold_for_search (text);

  g_assert_cmpstr (folded, ==, expected);
}

static void
test_fold (void)
{
  /* Latin with tone marks and diacritics. */
  assert_fold ("Péng Zhēn", "pengzhen");
  assert_fold ("Xí Jìnpíng", "xijinping");
  assert_fold ("Lü", "lu");
  assert_fold ("LÜ", "lu");
  assert_fold ("Wáng Qíshān", "wangqishan");
  assert_fold ("Hú Jǐntāo", "hujintao");
  assert_fold ("Nǚ", "nu");
  assert_fold ("Dvořák", "dvorak");
  assert_fold ("Ångström", "angstrom");
  /* Decomposed input folds like composed input. */
  assert_fold ("Pe\xcc\x81ng", "peng");

  /* Case, spaces, hyphens, apostrophes, periods, commas, middle dots. */
  assert_fold ("LI  Bin", "libin");
  assert_fold ("Li Bin", "libin");
  assert_fold ("li-bin", "libin");
  assert_fold ("Xi'an", "xian");
  assert_fold ("Xi’an", "xian");
  assert_fold ("Sun Yat-sen", "sunyatsen");
  assert_fold ("J. R. R. Tolkien", "jrrtolkien");
  assert_fold ("Smith, John", "smithjohn");
  assert_fold ("Mao·Zedong", "maozedong");
  assert_fold ("Ngawang・Jigme", "ngawangjigme");
  assert_fold ("(Mao) \"Zedong\"!", "maozedong");
  assert_fold ("tab\tand\nnewline", "tabandnewline");
  assert_fold ("soft\xc2\xadhyphen", "softhyphen");
  assert_fold ("Mao\xe2\x80\x94Zedong", "maozedong");

  /* Digits and symbols stay. */
  assert_fold ("Louis XIV 14", "louisxiv14");
  assert_fold ("C++", "c++");

  /* CJK is kept as it is, minus spaces and punctuation. */
  assert_fold ("彭真", "彭真");
  assert_fold ("彭 真", "彭真");
  assert_fold ("彭\xe3\x80\x80真", "彭真"); /* ideographic space */
  assert_fold ("毛泽东，周恩来。", "毛泽东周恩来");
  assert_fold ("「习近平」", "习近平");
  assert_fold ("習近平", "習近平");
  assert_fold ("ガンジー", "ガンジー");
  assert_fold ("ｶﾞﾝｼﾞｰ", "ガンジー"); /* half-width kana made full-width */
  assert_fold ("김정은", "김정은");

  /* Full-width forms made narrow. */
  assert_fold ("ＰＥＮＧ", "peng");
  assert_fold ("Ｐéｎｇ　Ｚｈēｎ", "pengzhen");
  assert_fold ("１９７９", "1979");

  /* Letters with strokes and ligatures. */
  assert_fold ("Łukasz Wałęsa", "lukaszwalesa");
  assert_fold ("Søren", "soren");
  assert_fold ("Straße", "strasse");
  assert_fold ("Đặng", "dang");

  /* Other scripts: lower case, no accents. */
  assert_fold ("Ἀθῆναι", "αθηναι");
  assert_fold ("Ёлкин", "елкин");

  /* Nothing left. */
  assert_fold ("", "");
  assert_fold ("  - · . ", "");
}

static void
test_fold_invalid (void)
{
  /* Invalid UTF-8 never crashes, and the bad bytes match nothing. */
  assert_fold ("\xff", "");
  assert_fold ("Peng\xff Zhen", "pengzhen");
  assert_fold ("P\xc3\xa9ng\xc3", "peng");
  assert_fold ("\xe5\xbd", "");
  assert_fold ("\xed\xa0\x80surrogate", "surrogate");
  assert_fold ("\xc0\xafoverlong", "overlong");
}

static void
test_fold_ascii (void)
{
  /* The ASCII fast path agrees with the general one: an ASCII character folds as it does
   * next to a non-ASCII one. */
  for (int c = 1; c < 0x80; c++)
    {
      char             ascii[2] = { (char) c, '\0' };
      char             mixed[4] = { (char) c, '\xc3', '\xa9', '\0' }; /* c followed by é */
      g_autofree char *folded_ascii = succession_fold_for_search (ascii);
      g_autofree char *folded_mixed = succession_fold_for_search (mixed);
      g_autofree char *expected = g_strconcat (folded_ascii, "e", NULL);

      g_assert_cmpstr (folded_mixed, ==, expected);
    }
}

static void
test_fold_idempotent (void)
{
  const char *const texts[] = {
    "Péng Zhēn",
    "LI  Bin",
    "Xí Jìnpíng",
    "Lü",
    "彭 真",
    "ＰＥＮＧ",
    "ｶﾞﾝｼﾞｰ",
    "김정은",
    "Straße",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *once = succession_fold_for_search (texts[i]);
      g_autofree char *twice = succession_fold_for_search (once);

      g_assert_cmpstr (twice, ==, once);
      g_assert_true (g_utf8_validate (once, -1, NULL));
    }
}

/* Found by fuzz-text: a file can hold millions of distinct "lang" values. GLib's quark table
 * never frees the arrays it outgrows (memory quadratic in the number of strings), so only
 * two- and three-letter subtags go there; other keys are interned in the library's own table. */
static void
test_language_key_many (void)
{
  const char *first = succession_language_key ("Qqqqq-Fuzz");

  g_assert_cmpstr (first, ==, "qqqqq");
  g_assert_true (first == succession_language_key ("qqqqq"));
  g_assert_true (first == succession_language_key ("QQQQQ_XX.UTF-8"));
  g_assert_true (first == succession_language_key (first));
  g_assert_cmpuint (g_quark_try_string ("qqqqq"), ==, 0);

  for (guint i = 0; i < 100000; i++)
    {
      char        tag[16];
      const char *key;

      g_snprintf (tag, sizeof tag, "t%07u-x", i);
      key = succession_language_key (tag);
      g_assert_cmpint (strncmp (key, tag, 8), ==, 0);
      g_assert_cmpuint (strlen (key), ==, 8);
      g_assert_true (key == succession_language_key (key));
    }
  g_assert_cmpuint (g_quark_try_string ("t0000042"), ==, 0);

  /* Short tags are the same keys as their canonical forms, and never GLib's quarks. */
  g_assert_true (succession_language_key ("yue-HK") == succession_language_key ("yue"));
  g_assert_true (succession_language_key ("EN") == succession_language_key ("en"));
  g_assert_cmpuint (g_quark_try_string ("t0000043-x"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/text/language-key", test_language_key);
  g_test_add_func ("/model/text/language-key/many", test_language_key_many);
  g_test_add_func ("/model/text/lookup", test_lookup);
  g_test_add_func ("/model/text/get", test_get);
  g_test_add_func ("/model/text/variants", test_variants);
  g_test_add_func ("/model/text/copies-text", test_copies_text);
  g_test_add_func ("/model/text/null-safety", test_null_safety);
  g_test_add_func ("/model/text/refcount", test_refcount);
  g_test_add_func ("/model/text/fold", test_fold);
  g_test_add_func ("/model/text/fold/invalid", test_fold_invalid);
  g_test_add_func ("/model/text/fold/ascii", test_fold_ascii);
  g_test_add_func ("/model/text/fold/idempotent", test_fold_idempotent);

  return g_test_run ();
}
