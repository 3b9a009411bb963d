/* test-citation.c — a tenure's citation in Chicago author-date, BibTeX and CSL-JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-citation"

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "succession-citation.h"

static SuccessionDataset *dataset;

static SuccessionTenure *
peng_zhen (void)
{
  SuccessionTenure *tenure = succession_dataset_get_tenure (dataset, "npcsc-sg-01");

  g_assert_nonnull (tenure);
  return tenure;
}

/* The claim comes first, then one reference per source, publisher in the author's place. */
static void
test_chicago (void)
{
  g_autofree char *text = succession_citation_format (peng_zhen (), SUCCESSION_CITATION_CHICAGO,
                                                      SUCCESSION_NAME_DISPLAY_PINYIN);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpstr (lines[0], ==,
                   "Peng Zhen, Secretary-General of the Standing Committee of the National People's Congress, "
                   "27 September 1954 – 3 January 1965.");
  /* The press source first, as the dataset lists its sources best first, with its date. */
  g_assert_cmpstr (lines[1], ==, "Sina / Xinhua News Agency (新华网). 2004. “彭真 (附图).” "
                                 "biography paragraph, career chronology (1954 and 1959 entries). Accessed November 24, 2026. "
                                 "https://news.sina.com.cn/c/2004-02-09/17522811857.shtml.");
  g_assert_nonnull (strstr (text,
                            "WikiMili (mirror of English Wikipedia). n.d. “Secretary-General of the Standing Committee of the "
                            "National People's Congress.” infobox; list of officeholders. Accessed November 24, 2026. "
                            "https://wikimili.com/en/Secretary-General_of_the_Standing_Committee_of_the_National_People's_Congress."));
  /* Every source, nothing else. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + succession_tenure_get_sources (peng_zhen ())->len + 1);
}

static void
test_bibtex (void)
{
  g_autofree char *text = succession_citation_format (peng_zhen (), SUCCESSION_CITATION_BIBTEX,
                                                      SUCCESSION_NAME_DISPLAY_PINYIN);

  g_assert_true (g_str_has_prefix (text, "@misc{npcsc-sg-01-source1,\n"
                                         "  title = {彭真 (附图)},\n"
                                         "  howpublished = {Sina / Xinhua News Agency (新华网)},\n"
                                         "  year = {2004},\n"
                                         "  url = {https://news.sina.com.cn/c/2004-02-09/17522811857.shtml},\n"
                                         "  urldate = {2026-11-24},\n"
                                         "  note = {Peng Zhen, Secretary-General of the Standing Committee of the National People's Congress, "
                                         "27 September 1954 – 3 January 1965. biography paragraph, career chronology (1954 and 1959 entries)}\n"
                                         "}\n"));
  /* Underscores in an address escaped, the locator after the claim. */
  g_assert_nonnull (strstr (text, "  url = {https://wikimili.com/en/Secretary-General\\_of\\_the\\_Standing\\_Committee\\_of\\_the\\_National\\_People's\\_Congress},\n"
                                  "  urldate = {2026-11-24},\n"
                                  "  note = {Peng Zhen, Secretary-General of the Standing Committee of the National People's Congress, "
                                  "27 September 1954 – 3 January 1965. infobox; list of officeholders}\n"));
  g_assert_nonnull (strstr (text, "@misc{npcsc-sg-01-source4,"));
  g_assert_null (strstr (text, "@misc{npcsc-sg-01-source5,"));
}

/* CSL-JSON a reference manager imports: an array of web pages with dates as date-parts. */
static void
test_csl_json (void)
{
  g_autofree char *text = succession_citation_format (peng_zhen (), SUCCESSION_CITATION_CSL_JSON,
                                                      SUCCESSION_NAME_DISPLAY_PINYIN);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray  *items;
  JsonObject *first;
  JsonArray  *accessed;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  items = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (items), ==, 4);
  first = json_array_get_object_element (items, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "type"), ==, "webpage");
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "npcsc-sg-01-source1");
  g_assert_cmpstr (json_object_get_string_member (first, "publisher"), ==, "Sina / Xinhua News Agency (新华网)");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (first, "note"), "Peng Zhen, Secretary-General"));
  accessed = json_array_get_array_element (json_object_get_array_member (json_object_get_object_member (first, "accessed"),
                                                                         "date-parts"),
                                           0);
  g_assert_cmpint (json_array_get_int_element (accessed, 0), ==, 2026);
  g_assert_cmpint (json_array_get_int_element (accessed, 1), ==, 11);
  g_assert_cmpint (json_array_get_int_element (accessed, 2), ==, 24);
  /* The cited page's own date, as "issued". */
  {
    JsonArray *issued = json_array_get_array_element (json_object_get_array_member (json_object_get_object_member (first, "issued"),
                                                                                    "date-parts"),
                                                      0);

    g_assert_cmpint (json_array_get_int_element (issued, 0), ==, 2004);
    g_assert_cmpint (json_array_get_int_element (issued, 1), ==, 2);
    g_assert_cmpint (json_array_get_int_element (issued, 2), ==, 9);
  }
}

/* Partial and open dates stay what they are in the claim. */
static void
test_partial_fact (void)
{
  g_autofree char *song = succession_citation_fact (succession_dataset_get_tenure (dataset, "cppcc-sg-08"),
                                                    SUCCESSION_NAME_DISPLAY_PINYIN);

  g_assert_cmpstr (song, ==, "Song Demin, Secretary-General of the CPPCC National Committee, before 14 March 1993 – end unknown");
  g_assert_cmpint (succession_citation_style_from_nick ("bibtex"), ==, SUCCESSION_CITATION_BIBTEX);
  g_assert_cmpint (succession_citation_style_from_nick ("csl-json"), ==, SUCCESSION_CITATION_CSL_JSON);
  g_assert_cmpint (succession_citation_style_from_nick ("nonsense"), ==, SUCCESSION_CITATION_CHICAGO);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  dataset = succession_dataset_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/citation/chicago", test_chicago);
  g_test_add_func ("/citation/bibtex", test_bibtex);
  g_test_add_func ("/citation/csl-json", test_csl_json);
  g_test_add_func ("/citation/partial-fact", test_partial_fact);

  ret = g_test_run ();
  g_clear_object (&dataset);
  return ret;
}
