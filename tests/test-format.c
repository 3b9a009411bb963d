/* test-format.c — dates, durations, ordinals and names in each interface language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "succession-chart-data.h"
#include "succession-chart-export.h"
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

typedef struct
{
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
  const Expected  *e = data;
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

/* A library's message shown alone starts with a capital; other scripts and a capital stay. */
static void
test_format_capitalize (void)
{
  static const struct
  {
    const char *in, *out;
  } cases[] = {
    { "the service answered with a web page", "The service answered with a web page" },
    { "édition introuvable", "Édition introuvable" },
    { "Wikidata cannot be reached", "Wikidata cannot be reached" },
    { "维基数据无法访问", "维基数据无法访问" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = succession_format_capitalize (cases[i].in);

      g_assert_cmpstr (text, ==, cases[i].out);
    }
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
  static const struct
  {
    int         n;
    const char *text;
  } cases[] = {
    { 1, "1st" },
    { 2, "2nd" },
    { 3, "3rd" },
    { 4, "4th" },
    { 11, "11th" },
    { 12, "12th" },
    { 13, "13th" },
    { 21, "21st" },
    { 22, "22nd" },
    { 101, "101st" },
    { 111, "111th" },
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
  SuccessionDate   date;
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

/* Names that could reorder the text around them, and two that cannot. */
static const char bidi_dataset[] =
  "{ \"organizations\": [ { \"id\": \"b\", \"name\": \"Body\" } ],"
  "  \"posts\": [ { \"id\": \"o\", \"label\": \"Office\", \"organization_id\": \"b\" } ],"
  "  \"persons\": ["
  "    { \"id\": \"override\", \"name\": \"\u202eevil\u202c reversed\" },"
  "    { \"id\": \"unended\", \"name\": \"\u202eevil reversed\" },"
  "    { \"id\": \"stray\", \"name\": \"x\u2069\u202eevil reversed\" },"
  "    { \"id\": \"arabic\", \"name\": \"\u0633\u0644\u0645\u0649 reversed\" },"
  "    { \"id\": \"plain\", \"name\": \"Peng Zhen\" },"
  "    { \"id\": \"hanzi\", \"name\": \"彭真\" } ],"
  "  \"memberships\": ["
  "    { \"id\": \"m1\", \"person_id\": \"override\", \"post_id\": \"o\", \"start_date\": \"1990\", \"end_date\": \"1991\", \"kind\": \"acting\" },"
  "    { \"id\": \"m2\", \"person_id\": \"unended\", \"post_id\": \"o\", \"start_date\": \"1991\", \"end_date\": \"1992\", \"kind\": \"acting\" },"
  "    { \"id\": \"m3\", \"person_id\": \"stray\", \"post_id\": \"o\", \"start_date\": \"1992\", \"end_date\": \"1993\", \"kind\": \"acting\" },"
  "    { \"id\": \"m4\", \"person_id\": \"arabic\", \"post_id\": \"o\", \"start_date\": \"1993\", \"end_date\": \"1994\", \"kind\": \"acting\" },"
  "    { \"id\": \"m5\", \"person_id\": \"plain\", \"post_id\": \"o\", \"start_date\": \"1994\", \"end_date\": \"1995\", \"kind\": \"acting\" },"
  "    { \"id\": \"m6\", \"person_id\": \"hanzi\", \"post_id\": \"o\", \"start_date\": \"1995\", \"end_date\": \"1996\" } ] }";

static SuccessionDataset *
load_bidi_dataset (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (bidi_dataset, sizeof bidi_dataset - 1);
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset = succession_loader_load_bytes (loader, bytes, "bidi.json", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* Where the first character of @needle in @text is drawn, in pixels from the left, when @text
 * is laid out as a label of a left-to-right interface lays it out. */
static int
x_of (const char *text,
      const char *needle)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoLayout  *layout;
  const char   *found = strstr (text, needle);
  int           x;

  g_assert_nonnull (found);
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  layout = pango_layout_new (context);
  pango_layout_set_text (layout, text, -1);
  pango_layout_line_index_to_x (pango_layout_get_line_readonly (layout, 0), (int) (found - text), FALSE, &x);
  g_object_unref (layout);
  g_object_unref (context);
  return x / PANGO_SCALE;
}

static char *
holder_of (SuccessionDataset *dataset,
           const char        *tenure_id,
           gboolean           plain)
{
  SuccessionTenure *tenure = succession_dataset_get_tenure (dataset, tenure_id);

  return plain ? succession_format_holder_plain (tenure, SUCCESSION_NAME_DISPLAY_AUTOMATIC)
               : succession_format_holder (tenure, SUCCESSION_NAME_DISPLAY_AUTOMATIC);
}

/* A name with a right-to-left override or right-to-left letters is isolated, so " (acting)"
 * stays after it and the label keeps its left-to-right order; other names are untouched. */
static void
test_isolation (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bidi_dataset ();
  static const char *const hostile[] = { "m1", "m2", "m3", "m4" };

  use_language ("en");

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *shown = holder_of (dataset, hostile[i], FALSE);
      int              name_x = x_of (shown, "reversed");
      int              acting_x = x_of (shown, "(acting)");

      /* "(acting)" is drawn to the right of the whole name. */
      g_assert_cmpint (acting_x, >, name_x);
      if (strstr (shown, "evil") != NULL)
        g_assert_cmpint (acting_x, >, x_of (shown, "evil"));
      g_assert_true (g_str_has_prefix (shown, "\u200e\u2068"));
      g_assert_true (g_str_has_suffix (shown, "\u2069 (acting)"));
    }

  /* The override ends where the name ends it: "evil" (drawn reversed) then "reversed", as an
   * ordinary label would show the name alone. */
  {
    g_autofree char *shown = holder_of (dataset, "m1", FALSE);
    g_assert_cmpint (x_of (shown, "reversed"), >, x_of (shown, "evil"));
  }

  /* The name's own stray PDI cannot close the isolate early; an isolate it opens is closed. */
  {
    g_autofree char *stray = holder_of (dataset, "m3", FALSE);
    g_autofree char *opened = succession_format_isolate ("\u2067abc");

    g_assert_cmpstr (stray, ==, "\u200e\u2068x\u202eevil reversed\u2069 (acting)");
    g_assert_cmpstr (opened, ==, "\u200e\u2068\u2067abc\u2069\u2069");
  }

  /* Names that cannot reorder anything are left byte for byte as the data has them. */
  {
    g_autofree char *plain = holder_of (dataset, "m5", FALSE);
    g_autofree char *hanzi = holder_of (dataset, "m6", FALSE);
    g_autofree char *null_text = succession_format_isolate (NULL);

    g_assert_cmpstr (plain, ==, "Peng Zhen (acting)");
    g_assert_cmpstr (hanzi, ==, "彭真");
    g_assert_cmpstr (null_text, ==, "");
  }

  /* Data stays data: the plain form and the CSV hold no mark that was not in the file. */
  {
    SuccessionOffice *office = succession_dataset_get_office (dataset, "o");
    g_autofree char  *plain = holder_of (dataset, "m1", TRUE);
    g_autofree char  *csv = succession_export_table_to_csv (office, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                                                            SUCCESSION_CSV_NEUTRALIZE_FORMULAS);

    g_assert_cmpstr (plain, ==, "\u202eevil\u202c reversed (acting)");
    g_assert_null (strstr (csv, "\u200e"));
    g_assert_null (strstr (csv, "\u2068"));
    g_assert_nonnull (strstr (csv, ",\u202eevil\u202c reversed (acting),"));
    g_assert_nonnull (strstr (csv, ",x\u2069\u202eevil reversed (acting),"));
  }
}

/* On a bar too short for the whole name, the mark of the cut stays outside the isolated name. */
static void
test_isolation_chart_label (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bidi_dataset ();
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  g_autoptr(SuccessionChartData) data = NULL;
  const SuccessionChartRow *row;
  gboolean                  found = FALSE;

  use_language ("en");
  g_ptr_array_add (offices, succession_dataset_get_office (dataset, "o"));
  data = succession_chart_data_new (offices, SUCCESSION_NAME_DISPLAY_AUTOMATIC, 740000);
  row = succession_chart_data_get_row (data, 0);

  for (guint l = 0; l < row->lanes->len; l++)
    {
      const SuccessionChartLane *lane = g_ptr_array_index (row->lanes, l);

      for (guint i = 0; i < lane->items->len; i++)
        {
          const SuccessionChartItem *item = &g_array_index (lane->items, SuccessionChartItem, i);

          if (g_strcmp0 (succession_tenure_get_id (item->tenure), "m1") != 0)
            continue;
          g_assert_cmpstr (item->short_label, ==, "\u200e\u2068\u202eevil\u202c\u2069…");
          found = TRUE;
        }
    }
  g_assert_true (found);
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
  g_test_add_func ("/format/isolation", test_isolation);
  g_test_add_func ("/format/capitalize", test_format_capitalize);
  g_test_add_func ("/format/isolation/chart-label", test_isolation_chart_label);

  return g_test_run ();
}
