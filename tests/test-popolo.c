/* test-popolo.c — Popolo as other producers write it: their files open with warnings, not
 * errors, are read as they mean it, and export back to the same JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "succession-dataset-writer.h"
#include "succession-model.h"
#include "succession-person-change.h"
#include "succession-tenure-change.h"
#include "succession-test-files.h"

typedef struct
{
  const char *name; /* in tests/fixtures/popolo, or in ../shared/popolo-samples */
  gboolean    shared;
  guint       n_tenures;
} PopoloFile;

static const PopoloFile popolo_files[] = {
  { "everypolitician-estonia.json.gz", FALSE, 299 },
  { "everypolitician-ireland.json.gz", FALSE, 324 },
  { "everypolitician-kenya.json.gz", FALSE, 355 },
  { "everypolitician-pakistan.json.gz", FALSE, 349 },
  { "openaustralia-tas.json", FALSE, 317 },
  { "openaustralia-sa.json.gz", FALSE, 760 },
  { "burundi-ep-popolo-v1.0.json", TRUE, 227 },
  { "zimbabwe-senate-ep-popolo-v1.0.json", TRUE, 68 },
};

/* The file's bytes, unpacked if it is gzipped; NULL (test skipped) for a shared sample that is
 * not beside the source tree. */
static GBytes *
read_popolo (const PopoloFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) gfile = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) out = NULL;

  if (file->shared)
    {
      const char *root = g_getenv ("SUCCESSION_SOURCE_ROOT");

      path = g_build_filename (root != NULL ? root : ".", "..", "shared", "popolo-samples", file->name, NULL);
      if (root == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_test_skip ("the shared Popolo samples are not beside the source tree");
          return NULL;
        }
    }
  else
    path = g_test_build_filename (G_TEST_DIST, "fixtures", "popolo", file->name, NULL);

  gfile = g_file_new_for_path (path);
  stream = G_INPUT_STREAM (g_file_read (gfile, NULL, &error));
  g_assert_no_error (error);
  if (g_str_has_suffix (file->name, ".gz"))
    {
      g_autoptr(GZlibDecompressor) gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
      GInputStream *plain = g_converter_input_stream_new (stream, G_CONVERTER (gunzip));

      g_object_unref (stream);
      stream = plain;
    }

  out = g_memory_output_stream_new_resizable ();
  g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                          NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static SuccessionDataset *
load_popolo (const PopoloFile *file,
             SuccessionLoader *loader,
             GBytes          **out_bytes)
{
  g_autoptr(GBytes) bytes = read_popolo (file);
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset;

  if (bytes == NULL)
    return NULL;

  dataset = succession_loader_load_bytes (loader, bytes, file->name, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  if (out_bytes != NULL)
    *out_bytes = g_steal_pointer (&bytes);
  return dataset;
}

static JsonNode *
parse (const char *data,
       gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, (gssize) length, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Opens with warnings at most, never an error, and exports to the same JSON: every member of
 * every record, the ones Succession does not use included, with the same values. */
static void
test_opens_and_exports (gconstpointer data)
{
  const PopoloFile *file = data;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SuccessionDataset) dataset = load_popolo (file, loader, &bytes);
  g_autoptr(JsonNode) original = NULL;
  g_autoptr(JsonNode) exported = NULL;
  g_autofree char *json = NULL;
  gsize            length;

  if (dataset == NULL)
    return;

  g_assert_cmpuint (succession_loader_get_n_errors (loader), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_tenures (dataset)), ==, file->n_tenures);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_offices (dataset)), >, 0);

  json = succession_dataset_to_data (dataset, &length);
  original = parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  exported = parse (json, length);
  g_assert_true (json_node_equal (original, exported));
}

static SuccessionTenure *
tenure_at (SuccessionDataset *dataset,
           guint              index)
{
  g_autofree char *id = g_strdup_printf ("membership-%u", index);

  return succession_dataset_get_tenure (dataset, id);
}

/* Estonia: a membership's own end (2015-03-27) comes before its legislative period starts
 * (2015-03-30). Its own date wins: no start is taken from the period, and nothing is refused. */
static void
test_own_dates_win (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = load_popolo (&popolo_files[0], loader, NULL);
  SuccessionTenure *tenure = tenure_at (dataset, 9);
  g_autofree char  *end = NULL;

  g_assert_nonnull (tenure);
  end = succession_date_to_iso (succession_tenure_get_end_date (tenure));
  g_assert_cmpstr (end, ==, "2015-03-27");
  g_assert_false (succession_date_is_set (succession_tenure_get_start_date (tenure)));
  g_assert_cmpint (succession_tenure_get_end_status (tenure), ==, SUCCESSION_END_STATUS_ENDED);
}

/* A file whose dates reach past today (a term that ends in 9999) speaks of today: there, an
 * open term's members are in office. */
static void
assert_open_end_ongoing (void)
{
  static const char data[] =
    "{ \"organizations\": [ { \"id\": \"o\", \"name\": \"Assembly\" } ],"
    "  \"persons\": [ { \"id\": \"a\", \"name\": \"A\" }, { \"id\": \"b\", \"name\": \"B\" } ],"
    "  \"events\": [ { \"id\": \"t1\", \"classification\": \"legislative period\", \"organization_id\": \"o\","
    "                  \"start_date\": \"2020-01-01\" },"
    "                { \"id\": \"t2\", \"classification\": \"legislative period\", \"organization_id\": \"o\","
    "                  \"start_date\": \"9990-01-01\", \"end_date\": \"9999-01-01\" } ],"
    "  \"memberships\": [ { \"person_id\": \"a\", \"organization_id\": \"o\", \"legislative_period_id\": \"t1\" },"
    "                     { \"person_id\": \"b\", \"organization_id\": \"o\", \"legislative_period_id\": \"t2\" } ] }";
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, sizeof data - 1);
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = succession_loader_load_bytes (loader, bytes, "future.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (succession_tenure_get_end_status (tenure_at (dataset, 0)), ==, SUCCESSION_END_STATUS_ONGOING);
}

/* Estonia's last period has no end, in a file whose last recorded date is 2016-09-13: its
 * members are not "in office" today; their end is unknown. */
static void
test_open_end_unknown (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = load_popolo (&popolo_files[0], loader, NULL);
  SuccessionTenure *tenure = tenure_at (dataset, 4);
  g_autofree char  *last = succession_date_to_iso (succession_dataset_get_last_recorded_date (dataset));
  g_autofree char  *start = NULL;

  g_assert_cmpstr (last, ==, "2016-09-13");
  g_assert_nonnull (tenure);
  start = succession_date_to_iso (succession_tenure_get_start_date (tenure));
  g_assert_cmpstr (start, ==, "2015-03-30");
  g_assert_false (succession_date_is_set (succession_tenure_get_end_date (tenure)));
  g_assert_cmpint (succession_tenure_get_end_status (tenure), ==, SUCCESSION_END_STATUS_UNKNOWN);

  assert_open_end_ongoing ();
}

static gboolean
has_message (SuccessionLoader *loader,
             const char       *text)
{
  GListModel *messages = succession_loader_get_messages (loader);

  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);

      if (strstr (succession_message_get_text (message), text) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Kenya's posts say nothing about seats: unknown, so nobody is "one of 2 holders of an office
 * with 1 seat". */
static void
test_seats_unknown (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = load_popolo (&popolo_files[2], loader, NULL);
  GListModel *offices = succession_dataset_get_offices (dataset);

  g_assert_false (has_message (loader, "seat"));
  for (guint i = 0; i < g_list_model_get_n_items (offices); i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, i);

      g_assert_cmpuint (succession_office_get_seats (office), ==, 0);
    }
}

/* Pakistan cut from its periods (a country file cut from a larger set): every membership
 * names a period the file lacks. A warning each, summed up after the first ones; the file
 * opens and each membership keeps its own dates. */
static void
test_missing_terms (void)
{
  g_autoptr(GBytes) bytes = read_popolo (&popolo_files[3]);
  g_autoptr(JsonNode) root = parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GBytes) cut = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gsize            length;
  char            *text;

  json_object_remove_member (json_node_get_object (root), "events");
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  cut = g_bytes_new_take (text, length);

  dataset = succession_loader_load_bytes (loader, cut, "cut.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (succession_loader_get_n_errors (loader), ==, 0);
  g_assert_true (has_message (loader, "no term has the id “term/14”; the membership keeps its own dates"));
  summary = g_strdup_printf ("and %u more: the membership's legislative period is not in the file",
                             349 - SUCCESSION_LOADER_WARNINGS_PER_KIND);
  g_assert_true (has_message (loader, summary));
  g_assert_false (succession_date_is_set (succession_tenure_get_start_date (tenure_at (dataset, 0))));
}

/* The bundled dataset, exported unedited, is its own file, byte for byte (up to a final
 * newline): the writer adds, drops and reorders nothing. */
static void
test_bundled_exports_itself (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionDataset) dataset = succession_dataset_new_bundled (&error);
  g_autoptr(GBytes) file = g_resources_lookup_data (SUCCESSION_BUNDLED_DATASET_PATH, 0, &error);
  g_autofree char *original = NULL;
  g_autofree char *exported = NULL;

  g_assert_no_error (error);
  original = g_strndup (g_bytes_get_data (file, NULL), g_bytes_get_size (file));
  exported = succession_dataset_to_data (dataset, NULL);
  g_strchomp (original);
  g_strchomp (exported);
  g_assert_cmpstr (exported, ==, original);
}

/* The records of @member ("memberships") in @a and @b: the same but for the one at @index. */
static void
assert_only_record_differs (JsonNode   *a,
                            JsonNode   *b,
                            const char *member,
                            guint       index)
{
  JsonObject *root_a = json_node_get_object (a);
  JsonObject *root_b = json_node_get_object (b);
  GList      *names = json_object_get_members (root_a);
  JsonArray  *records_a = json_object_get_array_member (root_a, member);
  JsonArray  *records_b = json_object_get_array_member (root_b, member);

  /* Every other collection and member of the document as it was. */
  for (GList *l = names; l != NULL; l = l->next)
    if (strcmp (l->data, member) != 0)
      g_assert_true (json_node_equal (json_object_get_member (root_a, l->data), json_object_get_member (root_b, l->data)));
  g_list_free (names);

  g_assert_cmpuint (json_array_get_length (records_a), ==, json_array_get_length (records_b));
  g_assert_cmpuint (index, <, json_array_get_length (records_a));
  for (guint i = 0; i < json_array_get_length (records_a); i++)
    g_assert_true ((i == index) != json_node_equal (json_array_get_element (records_a, i), json_array_get_element (records_b, i)));
}

/* The index in @document's persons of the one whose id is @id. */
static guint
person_index (JsonNode   *document,
              const char *id)
{
  JsonArray *persons = json_object_get_array_member (json_node_get_object (document), "persons");

  for (guint i = 0; i < json_array_get_length (persons); i++)
    if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (persons, i), "id", ""), id) == 0)
      return i;
  g_assert_not_reached ();
}

/* Another producer's file, a tenure's end corrected and a person's name in characters added:
 * written back, the document is the same but for those two records, and the lines that change
 * are theirs alone. */
static void
test_edit_round_trip (gconstpointer data)
{
  const PopoloFile *file = data;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = load_popolo (file, loader, NULL);
  g_autoptr(SuccessionDataset) corrected = NULL;
  g_autoptr(SuccessionDataset) renamed = NULL;
  g_autoptr(SuccessionTenure) tenure = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  g_autofree char       *renamed_text = NULL;
  GListModel            *tenures;
  SuccessionTenureChange change;
  SuccessionPersonChange person_change;
  SuccessionPerson      *person;

  if (dataset == NULL)
    return;

  /* A tenure in the middle of the file that has a holder. */
  tenures = succession_dataset_get_tenures (dataset);
  for (guint i = g_list_model_get_n_items (tenures) / 2; tenure == NULL || succession_tenure_get_person (tenure) == NULL; i++)
    {
      g_clear_object (&tenure);
      tenure = g_list_model_get_item (tenures, i);
    }

  succession_tenure_change_init_from (&change, tenure);
  /* Within a year of the start, whatever the file's period. */
  change.end_date = (SuccessionDate){ .year = succession_date_is_set (&change.start_date) ? change.start_date.year + 1 : 2001, .month = 2, .day = 3 };
  change.source.url = "https://example.org/gazette";
  change.source.title = "A gazette";
  corrected = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);

  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (corrected, NULL);
  {
    g_autoptr(JsonNode) a = parse (before, strlen (before));
    g_autoptr(JsonNode) b = parse (after, strlen (after));

    assert_only_record_differs (a, b, "memberships", succession_tenure_get_index (tenure));
  }
  /* As a diff shows it: the changed lines lie within the record (whose id is the only member
   * at three spaces' indent). */
  {
    g_autofree char *stretch = succession_test_changed_record (before, after, NULL);
    g_autofree char *written = succession_date_to_iso (&change.end_date);

    g_assert_nonnull (strstr (stretch, written));
  }

  person = succession_tenure_get_person (tenure);
  succession_person_change_init_from (&person_change, person);
  person_change.name_hans = "某人";
  renamed = succession_person_change_apply (&person_change, corrected, NULL, NULL, &error);
  g_assert_no_error (error);
  renamed_text = succession_dataset_to_data (renamed, NULL);
  {
    g_autoptr(JsonNode) a = parse (after, strlen (after));
    g_autoptr(JsonNode) b = parse (renamed_text, strlen (renamed_text));

    assert_only_record_differs (a, b, "persons", person_index (a, succession_person_get_id (person)));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (popolo_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/popolo/export/%s", popolo_files[i].name);

      g_test_add_data_func (path, &popolo_files[i], test_opens_and_exports);
    }
  for (guint i = 0; i < G_N_ELEMENTS (popolo_files); i++)
    if (popolo_files[i].shared || i == 0)
      {
        g_autofree char *path = g_strdup_printf ("/model/popolo/edit/%s", popolo_files[i].name);

        g_test_add_data_func (path, &popolo_files[i], test_edit_round_trip);
      }
  g_test_add_func ("/model/popolo/own-dates-win", test_own_dates_win);
  g_test_add_func ("/model/popolo/open-end", test_open_end_unknown);
  g_test_add_func ("/model/popolo/seats-unknown", test_seats_unknown);
  g_test_add_func ("/model/popolo/missing-terms", test_missing_terms);
  g_test_add_func ("/model/popolo/bundled-exports-itself", test_bundled_exports_itself);

  return g_test_run ();
}
