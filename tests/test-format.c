/* test-format.c — dates, durations, ordinals and names in each interface language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "succession-format.h"

/* Switches the interface language the way a user does, with LANGUAGE. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* Changing the locale makes gettext drop what it cached for the previous language. */
  setlocale (LC_ALL, "C");
  setlocale (LC_ALL, "C.UTF-8");
}

static char *
format_iso (const char *iso)
{
  SuccessionDate date;

  g_assert_true (succession_date_parse (iso, FALSE, &date, NULL));
  return succession_format_date (&date);
}

typedef struct {
  const char *language;
  const char *day;
  const char *month;
  const char *year;
  const char *duration;
  const char *ordinal;
} Expected;

static const Expected expected[] = {
  { "en", "13 September 1979", "September 1979", "1979", "5 years, 2 months", "14th" },
  { "zh_CN", "1979年9月13日", "1979年9月", "1979年", "5年 2个月", "第十四届" },
  { "zh_TW", "1979年9月13日", "1979年9月", "1979年", "5年 2個月", "第十四屆" },
  { "ja", "1979年9月13日", "1979年9月", "1979年", "5年 2か月", "第14期" },
  { "de", "13. September 1979", "September 1979", "1979", "5 Jahre, 2 Monate", "14." },
};

static void
test_format_language (gconstpointer data)
{
  const Expected *e = data;
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;
  g_autofree char *duration = NULL;
  g_autofree char *ordinal = NULL;

  use_language (e->language);

  day = format_iso ("1979-09-13");
  month = format_iso ("1979-09");
  year = format_iso ("1979");
  duration = succession_format_duration (5, 2, 0);
  ordinal = succession_format_ordinal (14);

  g_assert_cmpstr (day, ==, e->day);
  /* A partial date stays partial in every language: no day is invented. */
  g_assert_cmpstr (month, ==, e->month);
  g_assert_cmpstr (year, ==, e->year);
  g_assert_cmpstr (duration, ==, e->duration);
  g_assert_cmpstr (ordinal, ==, e->ordinal);

  use_language ("en");
}

static void
test_format_month_names (void)
{
  g_autofree char *german = NULL;
  g_autofree char *english = NULL;

  /* Month names come from the catalogue, not from the C library's locale. */
  use_language ("de");
  german = format_iso ("1979-03-05");
  use_language ("en");
  english = format_iso ("1979-03-05");

  g_assert_cmpstr (german, ==, "5. März 1979");
  g_assert_cmpstr (english, ==, "5 March 1979");
}

static void
test_format_ordinals_english (void)
{
  static const struct { int n; const char *text; } cases[] = {
    { 1, "1st" }, { 2, "2nd" }, { 3, "3rd" }, { 4, "4th" }, { 11, "11th" }, { 12, "12th" },
    { 13, "13th" }, { 21, "21st" }, { 22, "22nd" }, { 101, "101st" }, { 111, "111th" },
  };

  use_language ("en");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = succession_format_ordinal (cases[i].n);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_format_qualifiers (void)
{
  SuccessionDate date;
  g_autofree char *circa = NULL;
  g_autofree char *before = NULL;

  use_language ("en");
  g_assert_true (succession_date_parse ("1981-12-12", FALSE, &date, NULL));
  date.qualifier = SUCCESSION_DATE_QUALIFIER_BEFORE;
  before = succession_format_date (&date);
  g_assert_cmpstr (before, ==, "before 12 December 1981");
  g_assert_true (succession_date_parse ("1950", FALSE, &date, NULL));
  date.qualifier = SUCCESSION_DATE_QUALIFIER_CIRCA;
  circa = succession_format_date (&date);
  g_assert_cmpstr (circa, ==, "c. 1950");
}

static void
test_format_durations (void)
{
  g_autofree char *full = NULL;
  g_autofree char *one = NULL;
  g_autofree char *none = NULL;

  use_language ("en");
  full = succession_format_duration (3, 9, 4);
  one = succession_format_duration (1, 0, 1);
  none = succession_format_duration (0, 0, 0);
  g_assert_cmpstr (full, ==, "3 years, 9 months, 4 days");
  g_assert_cmpstr (one, ==, "1 year, 1 day");
  g_assert_cmpstr (none, ==, "less than a day");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("SUCCESSION_LOCALEDIR");

  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/language/%s", expected[i].language);
      g_test_add_data_func (path, &expected[i], test_format_language);
    }
  g_test_add_func ("/format/ordinals/english", test_format_ordinals_english);
  g_test_add_func ("/format/month-names", test_format_month_names);
  g_test_add_func ("/format/qualifiers", test_format_qualifiers);
  g_test_add_func ("/format/durations", test_format_durations);

  return g_test_run ();
}
