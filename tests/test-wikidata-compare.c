/* test-wikidata-compare.c — Wikidata's answers read, turned into the model, and compared
 *
 * No network here: the answers are the fixtures in tests/fixtures/wikidata/ and strings in the
 * documented format (W3C SPARQL 1.1 Query Results JSON). test-wikidata.c runs the same code
 * through HTTP.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "succession-dataset-writer.h"
#include "succession-model.h"
#include "succession-wikidata.h"
#include "succession-wikidata-sparql.h"

#define OFFICE_VARS "[\"office\"]"
#define ENTITY "http://www.wikidata.org/entity/"
#define GENID "http://www.wikidata.org/.well-known/genid/"
#define DATETIME "\"datatype\": \"http://www.w3.org/2001/XMLSchema#dateTime\", \"type\": \"literal\""
#define INTEGER "\"datatype\": \"http://www.w3.org/2001/XMLSchema#integer\", \"type\": \"literal\""

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "wikidata", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static SuccessionDataset *
load_text (const char *text)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = bytes_of (text);
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset = succession_loader_load_bytes (loader, bytes, "test.json", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static SuccessionWikidataOffice *
npcsc_office (void)
{
  g_autoptr(GBytes) office = read_fixture ("npcsc-sg-office.json");
  g_autoptr(GBytes) holders = read_fixture ("npcsc-sg-holders.json");
  g_autoptr(GError) error = NULL;
  SuccessionWikidataOffice *wikidata = succession_wikidata_office_new_from_answers ("Q900000001", office, holders, &error);

  g_assert_no_error (error);
  return wikidata;
}

/* ---------------------------------------------------------------------------------------- */
/* The reader of the answers                                                                 */

typedef struct
{
  GString *seen;
} Rows;

static gboolean
on_row (const SuccessionSparqlTerm *terms,
        gpointer                    data,
        GError                    **error)
{
  Rows *rows = data;

  for (guint i = 0; i < 2; i++)
    g_string_append_printf (rows->seen, "%d:%s:%s:%s|", terms[i].type, terms[i].value ? terms[i].value : "",
                            terms[i].lang ? terms[i].lang : "", terms[i].datatype ? terms[i].datatype : "");
  g_string_append_c (rows->seen, '\n');
  return TRUE;
}

static gboolean
read_text (const char *text,
           guint       max_rows,
           GString    *seen,
           GError    **error)
{
  static const char *const vars[] = { "a", "b", NULL };
  Rows                     rows = { seen };

  return _succession_sparql_read (text, strlen (text), vars, max_rows, on_row, &rows, NULL, error);
}

static void
test_reader (void)
{
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  static const struct
  {
    const char *text;
    int         code;
  } bad[] = {
    { "", SUCCESSION_WIKIDATA_ERROR_TRUNCATED },
    { "{\"results\": {\"bindings\": [{\"a\": {\"type\": \"uri\", \"value\": \"x", SUCCESSION_WIKIDATA_ERROR_TRUNCATED },
    { "{\"results\": {\"bindings\": [", SUCCESSION_WIKIDATA_ERROR_TRUNCATED },
    { "{\"results\": {\"bindings\": [{\"a\": {\"type\": \"uri\" \"value\": \"x\"}}]}}", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "{\"results\": {\"bindings\": []}} trailing", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "{\"results\": {\"bindings\": [{\"a\": {\"value\": \"\\x\"}}]}}", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "{\"results\": {\"bindings\": [{\"a\": {\"value\": \"\\ud800\"}}]}}", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "{\"results\": {\"bindings\": [{\"a\": {\"value\": \"\xff\"}}]}}", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "{\"results\": {\"bindings\": [{\"a\": {\"value\": \"tab\there\"}}]}}", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "{\"head\": {\"vars\": []}, \"boolean\": true}", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "[1, 2, 3]", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "<!DOCTYPE html><html>", SUCCESSION_WIKIDATA_ERROR_MALFORMED },
    { "{\"results\": {\"bindings\": [{}, {}, {}]}}", SUCCESSION_WIKIDATA_ERROR_TOO_LARGE },
    { "{\"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],"
      " \"results\": {\"bindings\": []}}",
      SUCCESSION_WIKIDATA_ERROR_MALFORMED },
  };

  /* Escapes, a surrogate pair, a byte order mark, members in any order, variables not asked
   * for skipped, the head after the results, numbers and literals skipped. */
  g_assert_true (read_text ("\xEF\xBB\xBF{\"results\": {\"distinct\": false, \"bindings\": ["
                            "{\"b\": {\"xml:lang\": \"zh-hans\", \"value\": \"\\u5f6d\\u771f \\\"\\ud83d\\ude00\\\"\", \"type\": \"literal\"},"
                            " \"skipped\": {\"type\": \"literal\", \"value\": \"1e5\"}, \"a\": {\"type\": \"uri\", \"value\": \"http:\\/\\/x\"}},"
                            "{\"a\": {\"type\": \"bnode\", \"value\": \"t1\"}, \"c\": [1, -2.5e3, null, true, {\"d\": false}]}"
                            "]}, \"head\": {\"vars\": [\"a\", \"b\"]}}",
                            10, seen, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (seen->str, ==,
                   "1:http://x::|2:彭真 \"😀\":zh-hans:|\n"
                   "3:t1::|0:::|\n");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) bad_error = NULL;

      g_string_truncate (seen, 0);
      g_assert_false (read_text (bad[i].text, 2, seen, &bad_error));
      g_assert_error (bad_error, SUCCESSION_WIKIDATA_ERROR, bad[i].code);
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Import                                                                                    */

static SuccessionTenure *
tenure_of (SuccessionDataset *dataset,
           const char        *person_id,
           guint              nth)
{
  SuccessionPerson *person = succession_dataset_get_person (dataset, person_id);

  g_assert_nonnull (person);
  g_assert_cmpuint (succession_person_get_n_tenures (person), >, nth);
  return g_list_model_get_item (succession_person_get_tenures (person), nth);
}

static void
assert_date (const SuccessionDate *date,
             const char           *iso)
{
  g_autofree char *text = succession_date_to_iso (date);

  g_assert_cmpstr (text, ==, iso);
}

static void
test_import_npcsc (void)
{
  g_autoptr(SuccessionWikidataOffice) wikidata = npcsc_office ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(SuccessionDataset) reloaded = NULL;
  g_autoptr(SuccessionTenure) first = NULL;
  g_autoptr(SuccessionTenure) second = NULL;
  g_autoptr(SuccessionTenure) current = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char  *written = NULL;
  const char *const english[] = { "en", NULL };
  const char *const simplified[] = { "zh_CN.UTF-8", NULL };
  SuccessionOffice *office;
  SuccessionPerson *peng;
  SuccessionSource *source;
  GPtrArray        *sources;
  gsize             length;

  g_assert_cmpstr (succession_wikidata_office_get_id (wikidata), ==, "Q900000001");
  g_assert_cmpstr (succession_wikidata_office_get_label (wikidata, english), ==,
                   "Secretary-General of the Standing Committee of the National People's Congress");
  g_assert_cmpuint (succession_wikidata_office_get_n_statements (wikidata), ==, 14);
  g_assert_cmpuint (succession_wikidata_office_get_n_holders (wikidata), ==, 13);

  dataset = succession_wikidata_office_to_dataset (wikidata, NULL, &error);
  g_assert_no_error (error);

  /* The office, with its Wikidata id and its body, as in any dataset. */
  office = succession_dataset_get_office (dataset, "Q900000001");
  g_assert_nonnull (office);
  g_assert_cmpstr (succession_office_get_wikidata (office), ==, "Q900000001");
  g_assert_cmpstr (succession_office_get_display_name (office, simplified), ==, "全国人民代表大会常务委员会秘书长");
  g_assert_cmpstr (succession_body_get_id (succession_office_get_body (office)), ==, "Q900000002");
  g_assert_cmpuint (succession_office_get_n_tenures (office), ==, 14);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_persons (dataset)), ==, 13);

  /* A person who held it twice; names in three scripts; life dates at their precision. */
  peng = succession_dataset_get_person (dataset, "Q900000101");
  g_assert_cmpstr (succession_person_get_name (peng), ==, "Peng Zhen");
  g_assert_cmpstr (succession_person_get_display_name (peng, simplified), ==, "彭真");
  g_assert_cmpstr (succession_person_get_wikidata (peng), ==, "Q900000101");
  assert_date (succession_person_get_birth_date (peng), "1902-10-12");
  assert_date (succession_person_get_birth_date (succession_dataset_get_person (dataset, "Q900000102")), "1907-12");
  assert_date (succession_person_get_death_date (succession_dataset_get_person (dataset, "Q900000102")), "1994");
  g_assert_cmpuint (succession_person_get_n_tenures (peng), ==, 2);

  first = tenure_of (dataset, "Q900000101", 0);
  second = tenure_of (dataset, "Q900000101", 1);
  assert_date (succession_tenure_get_start_date (first), "1954-09-27");
  assert_date (succession_tenure_get_end_date (first), "1965-01-03");
  g_assert_cmpuint (succession_tenure_get_end_status (first), ==, SUCCESSION_END_STATUS_ENDED);
  /* Month precision stays a month. */
  assert_date (succession_tenure_get_start_date (second), "1979-09");
  assert_date (succession_tenure_get_end_date (second), "1980-09");
  g_assert_cmpuint (succession_tenure_get_terms (first)->len, ==, 2);
  g_assert_cmpstr (succession_term_get_name (g_ptr_array_index (succession_tenure_get_terms (first), 0)), ==,
                   "1st National People's Congress");

  /* The statement itself is the first source; its references follow. */
  sources = succession_tenure_get_sources (first);
  g_assert_cmpuint (sources->len, ==, 5);
  source = g_ptr_array_index (sources, 0);
  g_assert_cmpstr (succession_source_get_url (source), ==, "https://www.wikidata.org/wiki/Q900000101#P39");
  g_assert_cmpstr (succession_source_get_publisher (source), ==, "Wikidata");
  source = g_ptr_array_index (sources, 1);
  g_assert_true (g_str_has_prefix (succession_source_get_url (source), "https://wikimili.com/"));
  assert_date (succession_source_get_accessed (source), "2026-11-24");

  /* The last holder has no end on Wikidata, no successor and is alive: in office. */
  current = tenure_of (dataset, "Q900000113", 0);
  g_assert_cmpuint (succession_tenure_get_end_status (current), ==, SUCCESSION_END_STATUS_ONGOING);
  g_clear_object (&current);
  current = tenure_of (dataset, "Q900000112", 0);
  assert_date (succession_tenure_get_start_date (current), "2018-03-18");

  /* Saved and read back, the ids stay, the office's too. */
  written = succession_dataset_to_data (dataset, &length);
  reloaded = load_text (written);
  g_assert_cmpstr (succession_office_get_wikidata (succession_dataset_get_office (reloaded, "Q900000001")), ==, "Q900000001");
  g_assert_cmpstr (succession_person_get_wikidata (succession_dataset_get_person (reloaded, "Q900000113")), ==, "Q900000113");
}

/* Statements with what the format has no date for. */
static const char edge_holders[] =
  "{\"head\": {\"vars\": []}, \"results\": {\"bindings\": ["
  /* "unknown value" start (a skolem IRI), "no value" end, death unknown. */
  "{\"statement\": {\"type\": \"uri\", \"value\": \"" ENTITY "statement/Q1-AAAA\"},"
  " \"person\": {\"type\": \"uri\", \"value\": \"" ENTITY "Q1\"},"
  " \"personEn\": {\"type\": \"literal\", \"xml:lang\": \"en\", \"value\": \"Somebody \\\"Quoted\\\"\"},"
  " \"startRaw\": {\"type\": \"uri\", \"value\": \"" GENID "0123abcd\"},"
  " \"endNone\": {\"datatype\": \"http://www.w3.org/2001/XMLSchema#boolean\", \"type\": \"literal\", \"value\": \"true\"},"
  " \"deathRaw\": {\"type\": \"bnode\", \"value\": \"t123\"}},"
  /* A decade, then a month; a death before the birth. */
  "{\"statement\": {\"type\": \"uri\", \"value\": \"" ENTITY "statement/Q2-BBBB\"},"
  " \"person\": {\"type\": \"uri\", \"value\": \"" ENTITY "Q2\"},"
  " \"personHans\": {\"type\": \"literal\", \"xml:lang\": \"zh-cn\", \"value\": \"某人\"},"
  " \"start\": {" DATETIME ", \"value\": \"1970-01-01T00:00:00Z\"}, \"startPrecision\": {" INTEGER ", \"value\": \"8\"},"
  " \"end\": {" DATETIME ", \"value\": \"1985-06-01T00:00:00Z\"}, \"endPrecision\": {" INTEGER ", \"value\": \"10\"},"
  " \"birth\": {" DATETIME ", \"value\": \"1950-01-01T00:00:00Z\"}, \"birthPrecision\": {" INTEGER ", \"value\": \"9\"},"
  " \"death\": {" DATETIME ", \"value\": \"1940-01-01T00:00:00Z\"}, \"deathPrecision\": {" INTEGER ", \"value\": \"9\"}},"
  /* An end before the start. */
  "{\"statement\": {\"type\": \"uri\", \"value\": \"" ENTITY "statement/Q3-CCCC\"},"
  " \"person\": {\"type\": \"uri\", \"value\": \"" ENTITY "Q3\"},"
  " \"start\": {" DATETIME ", \"value\": \"1990-05-05T00:00:00Z\"}, \"startPrecision\": {" INTEGER ", \"value\": \"11\"},"
  " \"end\": {" DATETIME ", \"value\": \"1989-01-01T00:00:00Z\"}, \"endPrecision\": {" INTEGER ", \"value\": \"9\"}},"
  /* A year before 1, and an "unknown value" end as an old-style blank node. */
  "{\"statement\": {\"type\": \"uri\", \"value\": \"" ENTITY "statement/Q4-DDDD\"},"
  " \"person\": {\"type\": \"uri\", \"value\": \"" ENTITY "Q4\"},"
  " \"start\": {" DATETIME ", \"value\": \"-0044-03-15T00:00:00Z\"}, \"startPrecision\": {" INTEGER ", \"value\": \"11\"},"
  " \"endRaw\": {\"type\": \"bnode\", \"value\": \"t9\"}}"
  "]}}";

static JsonObject *
record (JsonNode   *root,
        const char *section,
        const char *id)
{
  JsonArray *array = json_object_get_array_member (json_node_get_object (root), section);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return object;
    }
  g_assert_not_reached ();
}

static void
assert_member_text (JsonObject *object,
                    const char *name,
                    const char *expected)
{
  g_autofree char *text = json_object_has_member (object, name)
                            ? json_to_string (json_object_get_member (object, name), FALSE)
                            : NULL;

  g_assert_cmpstr (text, ==, expected);
}

static void
test_import_edge_cases (void)
{
  g_autoptr(GBytes) holders = bytes_of (edge_holders);
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionWikidataOffice) wikidata = succession_wikidata_office_new_from_answers ("Q10", NULL, holders, &error);
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(SuccessionTenure) one = NULL;
  g_autoptr(SuccessionTenure) two = NULL;
  g_autoptr(SuccessionTenure) three = NULL;
  g_autofree char *popolo = NULL;
  JsonObject      *object;

  g_assert_no_error (error);
  popolo = succession_wikidata_office_to_popolo (wikidata, NULL);
  root = json_from_string (popolo, &error);
  g_assert_no_error (error);

  /* "Unknown value" and "no value" kept as such, with what the model can say. */
  object = record (root, "memberships", "Q1$AAAA");
  assert_member_text (object, "unknown_value", "[\"start_date\"]");
  assert_member_text (object, "no_value", "[\"end_date\"]");
  g_assert_cmpstr (json_object_get_string_member (object, "end_status"), ==, "ongoing");
  g_assert_false (json_object_has_member (object, "start_date"));
  assert_member_text (record (root, "persons", "Q1"), "unknown_value", "[\"death_date\"]");
  g_assert_cmpstr (json_object_get_string_member (record (root, "persons", "Q1"), "name"), ==, "Somebody \"Quoted\"");

  /* A decade is no date of the format: a note says what Wikidata gives. */
  object = record (root, "memberships", "Q2$BBBB");
  g_assert_false (json_object_has_member (object, "start_date"));
  g_assert_cmpstr (json_object_get_string_member (object, "end_date"), ==, "1985-06");
  g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (object, "note"), "en"),
                            "start time (P580) as 1970s (precision 8)"));
  object = record (root, "persons", "Q2");
  g_assert_cmpstr (json_object_get_string_member (object, "birth_date"), ==, "1950");
  g_assert_false (json_object_has_member (object, "death_date"));
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "某人");

  /* An end before the start is left out, not refused. */
  object = record (root, "memberships", "Q3$CCCC");
  g_assert_cmpstr (json_object_get_string_member (object, "start_date"), ==, "1990-05-05");
  g_assert_false (json_object_has_member (object, "end_date"));
  g_assert_cmpstr (json_object_get_string_member (object, "end_status"), ==, "unknown");

  object = record (root, "memberships", "Q4$DDDD");
  g_assert_false (json_object_has_member (object, "start_date"));
  assert_member_text (object, "unknown_value", "[\"end_date\"]");
  g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (object, "note"), "en"), "-44"));

  /* The whole loads as the model. */
  dataset = succession_wikidata_office_to_dataset (wikidata, NULL, &error);
  g_assert_no_error (error);
  one = tenure_of (dataset, "Q1", 0);
  g_assert_false (succession_date_is_set (succession_tenure_get_start_date (one)));
  g_assert_cmpuint (succession_tenure_get_end_status (one), ==, SUCCESSION_END_STATUS_ONGOING);
  two = tenure_of (dataset, "Q2", 0);
  assert_date (succession_tenure_get_end_date (two), "1985-06");
  three = tenure_of (dataset, "Q3", 0);
  g_assert_cmpuint (succession_tenure_get_end_status (three), ==, SUCCESSION_END_STATUS_UNKNOWN);
}

static void
test_import_not_found (void)
{
  g_autoptr(GBytes) office = bytes_of ("{\"head\": {\"vars\": " OFFICE_VARS "}, \"results\": {\"bindings\": "
                                        "[{\"office\": {\"type\": \"uri\", \"value\": \"" ENTITY "Q5\"}}]}}");
  g_autoptr(GBytes) holders = bytes_of ("{\"head\": {\"vars\": []}, \"results\": {\"bindings\": []}}");
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionWikidataOffice) wikidata = NULL;

  wikidata = succession_wikidata_office_new_from_answers ("Q5", office, holders, &error);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Q5"));
  g_clear_error (&error);

  wikidata = succession_wikidata_office_new_from_answers ("not an id", office, holders, &error);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_INVALID_ID);
}

/* ---------------------------------------------------------------------------------------- */
/* The comparison                                                                            */

static char *
describe (GListModel *found)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(SuccessionWikidataDisagreement) d = g_list_model_get_item (found, i);
      const char *qs = succession_wikidata_disagreement_get_quickstatements (d);

      g_string_append_printf (out, "%s %s | %s | %s%s%s\n",
                              succession_wikidata_disagreement_kind_to_string (succession_wikidata_disagreement_get_kind (d)),
                              succession_wikidata_disagreement_get_person_name (d),
                              succession_wikidata_disagreement_get_dataset_value (d),
                              succession_wikidata_disagreement_get_wikidata_value (d),
                              qs != NULL ? " | " : "", qs != NULL ? qs : "");
    }
  return g_string_free (out, FALSE);
}

static void
test_compare_npcsc (void)
{
  g_autoptr(SuccessionWikidataOffice) wikidata = npcsc_office ();
  g_autoptr(GBytes) copy = read_fixture ("npcsc-sg-dataset.json");
  g_autoptr(SuccessionDataset) dataset = load_text (g_bytes_get_data (copy, NULL));
  g_autoptr(SuccessionDataset) imported = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(SuccessionWikidataDisagreement) d = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char  *csv = NULL;
  g_autofree char  *qs = NULL;
  const char *const english[] = { "en", NULL };

  found = succession_wikidata_compare_office (succession_dataset_get_office (dataset, "npcsc-secretary-general"),
                                              wikidata, english);

  /* The one deliberate disagreement of the fixture, with both values and both sources. */
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  d = g_list_model_get_item (found, 0);
  g_assert_cmpuint (succession_wikidata_disagreement_get_kind (d), ==, SUCCESSION_WIKIDATA_DISAGREEMENT_START);
  g_assert_cmpstr (succession_wikidata_disagreement_get_person_name (d), ==, "Yang Zhenwu");
  g_assert_cmpstr (succession_wikidata_disagreement_get_person_wikidata (d), ==, "Q900000112");
  g_assert_cmpstr (succession_tenure_get_id (succession_wikidata_disagreement_get_tenure (d)), ==, "npcsc-sg-13");
  g_assert_true (g_str_has_prefix (succession_wikidata_disagreement_get_statement (d), "Q900000112$"));
  g_assert_cmpstr (succession_wikidata_disagreement_get_dataset_value (d), ==, "2018-03-17");
  g_assert_cmpstr (succession_wikidata_disagreement_get_wikidata_value (d), ==, "2018-03-18");
  g_assert_true (g_str_has_prefix (succession_wikidata_disagreement_get_dataset_source (d),
                                   "“14 vice-chairpersons elected for 13th NPC Standing Committee”."));
  g_assert_cmpstr (succession_wikidata_disagreement_get_wikidata_source (d), ==,
                   "Xinhua News Agency, http://english.www.gov.cn/news/top_news/2018/03/17/content_281476080728800.htm, "
                   "retrieved 2026-11-24");

  /* The correction, with its source, as QuickStatements carries it back. */
  qs = succession_wikidata_disagreements_to_quickstatements (found);
  g_assert_cmpstr (qs, ==,
                   "Q900000112\tP39\tQ900000001\tP580\t+2018-03-17T00:00:00Z/11"
                   "\tS854\t\"http://english.www.gov.cn/news/top_news/2018/03/17/content_281476080728800.htm\""
                   "\tS813\t+2026-11-24T00:00:00Z/11\n");

  csv = succession_wikidata_disagreements_to_csv (found);
  g_assert_true (g_str_has_prefix (csv, "office_id,office_wikidata,person,person_wikidata,tenure_id,wikidata_statement,"
                                        "disagreement,dataset_value,wikidata_value,dataset_source,wikidata_source\r\n"
                                        "npcsc-secretary-general,Q900000001,Yang Zhenwu,Q900000112,npcsc-sg-13,Q900000112$"));
  g_assert_nonnull (strstr (csv, ",different-start,2018-03-17,2018-03-18,"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  {
    g_auto (GStrv) lines = g_strsplit (csv, "\r\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 3);
  }

  /* An office imported from Wikidata agrees with Wikidata. */
  imported = succession_wikidata_office_to_dataset (wikidata, NULL, &error);
  g_assert_no_error (error);
  none = succession_wikidata_compare_office (succession_dataset_get_office (imported, "Q900000001"), wikidata, english);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

/* A small office with one of each kind of disagreement. */
static const char kinds_dataset[] =
  "{\"posts\": [{\"id\": \"office\", \"label\": \"Office\", \"seats\": 1,"
  "              \"identifiers\": [{\"scheme\": \"wikidata\", \"identifier\": \"Q10\"}]}],"
  " \"persons\": ["
  "  {\"id\": \"a\", \"name\": \"A\", \"identifiers\": [{\"scheme\": \"wikidata\", \"identifier\": \"Q11\"}]},"
  "  {\"id\": \"b\", \"name\": \"B\", \"identifiers\": [{\"scheme\": \"wikidata\", \"identifier\": \"Q12\"}]},"
  "  {\"id\": \"c\", \"name\": \"C\", \"identifiers\": [{\"scheme\": \"wikidata\", \"identifier\": \"Q13\"}]},"
  "  {\"id\": \"d\", \"name\": \"D\", \"identifiers\": [{\"scheme\": \"wikidata\", \"identifier\": \"Q14\"}]},"
  "  {\"id\": \"e\", \"name\": \"E\"},"
  "  {\"id\": \"g\", \"name\": \"G\", \"identifiers\": [{\"scheme\": \"wikidata\", \"identifier\": \"Q16\"}]}],"
  " \"memberships\": ["
  "  {\"id\": \"a1\", \"person_id\": \"a\", \"post_id\": \"office\", \"start_date\": \"1950-01-01\", \"end_date\": \"1955-06\","
  "   \"sources\": [{\"url\": \"https://example.org/a\", \"accessed\": \"2020-01-02\"}]},"
  "  {\"id\": \"b1\", \"person_id\": \"b\", \"post_id\": \"office\", \"start_date\": \"1955-06\", \"end_date\": \"1960-03-01\","
  "   \"sources\": [{\"url\": \"https://example.org/b?q=\\\"x\\\"\"}]},"
  "  {\"id\": \"c1\", \"person_id\": \"c\", \"post_id\": \"office\", \"start_date\": \"1960-03-01\", \"end_date\": \"1965\"},"
  "  {\"id\": \"e1\", \"person_id\": \"e\", \"post_id\": \"office\", \"start_date\": \"1965\", \"end_date\": \"1970\"},"
  "  {\"id\": \"d1\", \"person_id\": \"d\", \"post_id\": \"office\", \"start_date\": \"1970-01-01\", \"end_date\": \"1975-01-01\"},"
  "  {\"id\": \"a2\", \"person_id\": \"a\", \"post_id\": \"office\", \"start_date\": \"1980-01-01\", \"end_date\": \"1985-01-01\"},"
  "  {\"id\": \"g1\", \"person_id\": \"g\", \"post_id\": \"office\", \"start_date\": \"1985-01-01\", \"end_status\": \"ongoing\"}]}";

#define STATEMENT(id, person, start, start_precision, end, end_precision, extra)                                                           \
  "{\"statement\": {\"type\": \"uri\", \"value\": \"" ENTITY "statement/" person "-" id "\"},"                                             \
  " \"person\": {\"type\": \"uri\", \"value\": \"" ENTITY person "\"},"                                                                    \
  " \"personEn\": {\"type\": \"literal\", \"xml:lang\": \"en\", \"value\": \"Person " person "\"},"                                        \
  " \"start\": {" DATETIME ", \"value\": \"" start "T00:00:00Z\"}, \"startPrecision\": {" INTEGER ", \"value\": \"" start_precision "\"}," \
  " \"end\": {" DATETIME ", \"value\": \"" end "T00:00:00Z\"}, \"endPrecision\": {" INTEGER ", \"value\": \"" end_precision "\"}" extra "}"
#define ITEM(var, id) ", \"" var "\": {\"type\": \"uri\", \"value\": \"" ENTITY id "\"}"

static const char kinds_holders[] =
  "{\"head\": {\"vars\": []}, \"results\": {\"bindings\": ["
  /* The end one day more precise than the dataset's month: nothing to carry back. */
  STATEMENT ("1", "Q11", "1950-01-01", "11", "1955-06-15", "11", ITEM ("replacedBy", "Q12")) ","
  /* Another start; a successor who is not the dataset's. */
  STATEMENT ("2", "Q12", "1955-07-01", "11", "1960-03-01", "11", ITEM ("replaces", "Q11") ITEM ("replacedBy", "Q99")) ","
  /* Only the year of the start: the dataset says more. */
  STATEMENT ("3", "Q13", "1960-01-01", "9", "1965-01-01", "9", ITEM ("replaces", "Q12")) ","
  /* Starts in C's tenure: an overlap only on Wikidata, and another start. */
  STATEMENT ("4", "Q14", "1964-01-01", "11", "1975-01-01", "11", ITEM ("replacedBy", "Q15")) "," STATEMENT ("5", "Q15", "1975-01-01", "11", "1980-01-01", "9", ITEM ("replaces", "Q14")) ","
  /* A's second tenure: its predecessor on Wikidata is not the dataset's. */
  STATEMENT ("6", "Q11", "1980-01-01", "11", "1985-01-01", "11", ITEM ("replaces", "Q15") ITEM ("replacedBy", "Q16")) ","
  /* In office in the dataset, ended on Wikidata. */
  STATEMENT ("7", "Q16", "1985-01-01", "11", "1990-01-01", "9", ITEM ("replaces", "Q11")) "]}}";

static void
test_compare_kinds (void)
{
  g_autoptr(GBytes) holders = bytes_of (kinds_holders);
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionWikidataOffice) wikidata = succession_wikidata_office_new_from_answers ("Q10", NULL, holders, &error);
  g_autoptr(SuccessionDataset) dataset = load_text (kinds_dataset);
  g_autoptr(GListModel) found = NULL;
  g_autofree char  *text = NULL;
  const char *const english[] = { "en", NULL };

  g_assert_no_error (error);
  found = succession_wikidata_compare_office (succession_dataset_get_office (dataset, "office"), wikidata, english);
  text = describe (found);
  g_assert_cmpstr (text, ==,
                   "end-precision A | 1955-06 | 1955-06-15\n"
                   "different-start B | 1955-06 | 1955-07-01 | Q12\tP39\tQ10\tP580\t+1955-06-00T00:00:00Z/10\tS854\t\"https://example.org/b?q=%22x%22\"\n"
                   "different-successor B | C (Q13) | Q99 (Q99) | Q12\tP39\tQ10\tP1366\tQ13\tS854\t\"https://example.org/b?q=%22x%22\"\n"
                   "start-precision C | 1960-03-01 | 1960 | Q13\tP39\tQ10\tP580\t+1960-03-01T00:00:00Z/11\n"
                   "only-in-dataset E | 1965 – 1970 | \n"
                   "different-start D | 1970-01-01 | 1964-01-01 | Q14\tP39\tQ10\tP580\t+1970-01-01T00:00:00Z/11\n"
                   "different-successor D | A (Q11) | Person Q15 (Q15) | Q14\tP39\tQ10\tP1366\tQ11\n"
                   "overlap-on-wikidata D | no overlap | 1960 – 1965 and 1964-01-01 – 1975-01-01\n"
                   "only-on-wikidata Person Q15 |  | 1975-01-01 – 1980\n"
                   "different-predecessor A | D (Q14) | Person Q15 (Q15) | Q11\tP39\tQ10\tP1365\tQ14\n"
                   "different-end G | in office | 1990\n");
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

/* The office added to a dataset of other offices: everything the dataset had, and the office. */
static void
test_add_to_other_dataset (void)
{
  g_autoptr(SuccessionWikidataOffice) wikidata = npcsc_office ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) base = NULL;
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(GError) error = NULL;
  GListModel       *offices;
  SuccessionOffice *office;

  base = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  added = succession_wikidata_office_add_to (wikidata, base, NULL, &error);
  g_assert_no_error (error);

  offices = succession_dataset_get_offices (base);
  g_assert_cmpuint (n_items (succession_dataset_get_offices (added)), ==, n_items (offices) + 1);
  for (guint i = 0; i < n_items (offices); i++)
    {
      g_autoptr(SuccessionOffice) before = g_list_model_get_item (offices, i);
      SuccessionOffice *after = succession_dataset_get_office (added, succession_office_get_id (before));

      g_assert_nonnull (after);
      g_assert_cmpuint (succession_office_get_n_tenures (after), ==, succession_office_get_n_tenures (before));
    }
  office = succession_dataset_get_office (added, "Q900000001");
  g_assert_nonnull (office);
  g_assert_cmpuint (succession_office_get_n_tenures (office), ==, 14);
  g_assert_cmpstr (succession_office_get_wikidata (office), ==, "Q900000001");
  /* The dataset given is left as it was. */
  g_assert_null (succession_dataset_get_office (base, "Q900000001"));
  /* The file's dataset still: saved to it, never exported over it. */
  g_assert_cmpstr (succession_dataset_get_display_name (added), ==, succession_dataset_get_display_name (base));
  g_assert_true (g_file_equal (succession_dataset_get_file (added), file));
}

/* The dataset's own holders (known by their Wikidata ids) gain the tenures; none is doubled. */
static void
test_add_to_reuses_people (void)
{
  g_autoptr(SuccessionWikidataOffice) wikidata = npcsc_office ();
  g_autoptr(GBytes) copy = read_fixture ("npcsc-sg-dataset.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(SuccessionDataset) base = NULL;
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(SuccessionDataset) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char  *without_id = NULL;
  JsonArray        *posts;
  SuccessionPerson *yang;

  /* Refused while the dataset has the office by its Wikidata id. */
  base = load_text (g_bytes_get_data (copy, NULL));
  again = succession_wikidata_office_add_to (wikidata, base, NULL, &error);
  g_assert_null (again);
  g_assert_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_ALREADY);
  g_assert_cmpstr (error->message, ==, "the dataset already has this office (Q900000001)");
  g_clear_error (&error);
  g_clear_object (&base);

  /* The same dataset with its office's Wikidata id taken away: a second office, the same people. */
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (copy, NULL), g_bytes_get_size (copy), NULL));
  posts = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "posts");
  for (guint i = 0; i < json_array_get_length (posts); i++)
    json_object_remove_member (json_array_get_object_element (posts, i), "identifiers");
  without_id = json_to_string (json_parser_get_root (parser), FALSE);
  base = load_text (without_id);
  added = succession_wikidata_office_add_to (wikidata, base, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (n_items (succession_dataset_get_offices (added)), ==, n_items (succession_dataset_get_offices (base)) + 1);
  g_assert_cmpuint (n_items (succession_dataset_get_persons (added)), ==, n_items (succession_dataset_get_persons (base)));
  yang = succession_dataset_get_person (added, "yang-zhenwu");
  g_assert_cmpuint (n_items (succession_person_get_tenures (yang)), ==,
                    n_items (succession_person_get_tenures (succession_dataset_get_person (base, "yang-zhenwu"))) + 1);
  g_assert_cmpuint (succession_office_get_n_tenures (succession_dataset_get_office (added, "Q900000001")), ==, 14);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wikidata/answer/reader", test_reader);
  g_test_add_func ("/wikidata/import/npcsc", test_import_npcsc);
  g_test_add_func ("/wikidata/import/edge-cases", test_import_edge_cases);
  g_test_add_func ("/wikidata/import/not-found", test_import_not_found);
  g_test_add_func ("/wikidata/compare/npcsc", test_compare_npcsc);
  g_test_add_func ("/wikidata/add-to/other-dataset", test_add_to_other_dataset);
  g_test_add_func ("/wikidata/add-to/reuses-people", test_add_to_reuses_people);
  g_test_add_func ("/wikidata/compare/kinds", test_compare_kinds);

  return g_test_run ();
}
