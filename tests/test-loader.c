/* test-loader.c — the loader: every error and warning it reports, limits, Popolo files, async
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "succession-model.h"
#include "succession-test-model.h"

/* GLib warnings and criticals logged since the last reset: the loader must report problems
 * in its messages, never on the log. */
static guint n_bad_logs;

static GLogWriterOutput
count_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    n_bad_logs++;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

typedef struct
{
  const char           *name;
  SuccessionLoaderError code;
} ErrorCase;

static const ErrorCase error_cases[] = {
  /* The raw text. */
  { "empty", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "syntax", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "truncated", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "truncated-string", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "escape-octal", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "escape-unknown", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "not-utf8", SUCCESSION_LOADER_ERROR_ENCODING },
  { "utf16-bom", SUCCESSION_LOADER_ERROR_ENCODING },
  { "utf16-no-bom", SUCCESSION_LOADER_ERROR_ENCODING },
  { "binary", SUCCESSION_LOADER_ERROR_ENCODING },
  { "nul-byte", SUCCESSION_LOADER_ERROR_ENCODING },
  { "nul-escape", SUCCESSION_LOADER_ERROR_ENCODING },
  { "surrogate-high", SUCCESSION_LOADER_ERROR_ENCODING },
  { "surrogate-low", SUCCESSION_LOADER_ERROR_ENCODING },
  /* Strict JSON (RFC 8259): what lenient parsers let through. */
  { "single-quotes", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "comment", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "comment-line", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "two-documents", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "control-character", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "raw-tab", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "number-leading-zero", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "number-nan", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "trailing-comma-object", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "duplicate-name", SUCCESSION_LOADER_ERROR_SYNTAX },
  { "duplicate-section", SUCCESSION_LOADER_ERROR_SYNTAX },
  /* The shape of the document. */
  { "top-array", SUCCESSION_LOADER_ERROR_INVALID },
  { "top-string", SUCCESSION_LOADER_ERROR_INVALID },
  { "not-popolo", SUCCESSION_LOADER_ERROR_INVALID },
  { "section-types", SUCCESSION_LOADER_ERROR_INVALID },
  { "record-types", SUCCESSION_LOADER_ERROR_INVALID },
  { "field-types", SUCCESSION_LOADER_ERROR_INVALID },
  { "field-numbers", SUCCESSION_LOADER_ERROR_INVALID },
  { "number-huge", SUCCESSION_LOADER_ERROR_INVALID },
  { "every-field-type", SUCCESSION_LOADER_ERROR_INVALID },
  /* Ids and references. */
  { "missing-ids", SUCCESSION_LOADER_ERROR_INVALID },
  { "duplicate-body-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "duplicate-office-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "duplicate-person-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "duplicate-term-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "duplicate-tenure-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "dangling-parent-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "dangling-organization-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "dangling-post-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "dangling-person-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "dangling-term-ids", SUCCESSION_LOADER_ERROR_INVALID },
  { "dangling-chair-post-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "dangling-note-ids", SUCCESSION_LOADER_ERROR_INVALID },
  { "dangling-concurrent-post-id", SUCCESSION_LOADER_ERROR_INVALID },
  /* Data quoted in a message cannot forge a line or reach the terminal. */
  { "escaped-id", SUCCESSION_LOADER_ERROR_INVALID },
  { "cycle-self", SUCCESSION_LOADER_ERROR_INVALID },
  { "cycle-three", SUCCESSION_LOADER_ERROR_INVALID },
  /* Values. */
  { "date-malformed", SUCCESSION_LOADER_ERROR_INVALID },
  { "date-impossible", SUCCESSION_LOADER_ERROR_INVALID },
  { "end-before-start-tenure", SUCCESSION_LOADER_ERROR_INVALID },
  { "end-before-start-term", SUCCESSION_LOADER_ERROR_INVALID },
  { "bad-qualifier", SUCCESSION_LOADER_ERROR_INVALID },
  { "bad-kind", SUCCESSION_LOADER_ERROR_INVALID },
  { "bad-end-status", SUCCESSION_LOADER_ERROR_INVALID },
  { "ongoing-with-end-date", SUCCESSION_LOADER_ERROR_INVALID },
  { "no-person", SUCCESSION_LOADER_ERROR_INVALID },
};

static const char *const warning_cases[] = {
  "warn-seats",
  "warn-no-source",
  "warn-born-after",
  "warn-dead-before",
  "warn-no-start",
  "warn-vacancy-person",
  "warn-office-no-label",
  "warn-person-no-name",
  "warn-missing-term",
};

/* ---------------------------------------------------------------------------------------- */
/* Helpers                                                                                   */

static char *
fixture_path (const char *dir,
              const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", dir, file, NULL);
}

static GBytes *
read_fixture (const char *dir,
              const char *file)
{
  g_autofree char *path = fixture_path (dir, file);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/* Compares two texts line by line; on a difference, logs a diff before failing. */
static void
assert_lines_equal (const char *name,
                    const char *expected,
                    const char *actual)
{
  g_auto (GStrv) expected_lines = NULL;
  g_auto (GStrv) actual_lines = NULL;
  guint n_expected, n_actual;

  if (g_strcmp0 (expected, actual) == 0)
    return;

  expected_lines = g_strsplit (expected, "\n", -1);
  actual_lines = g_strsplit (actual, "\n", -1);
  n_expected = g_strv_length (expected_lines);
  n_actual = g_strv_length (actual_lines);

  g_test_message ("messages of %s differ from %s.expected (- expected, + actual):", name, name);
  for (guint i = 0; i < MAX (n_expected, n_actual); i++)
    {
      const char *e = i < n_expected ? expected_lines[i] : NULL;
      const char *a = i < n_actual ? actual_lines[i] : NULL;

      if (g_strcmp0 (e, a) == 0)
        g_test_message ("  %s", e);
      else
        {
          if (e != NULL)
            g_test_message ("- %s", e);
          if (a != NULL)
            g_test_message ("+ %s", a);
        }
    }

  for (guint i = 0; i < MAX (n_expected, n_actual); i++)
    g_assert_cmpstr (i < n_actual ? actual_lines[i] : NULL, ==, i < n_expected ? expected_lines[i] : NULL);
}

/* Loads tests/fixtures/bad/NAME.json as "NAME.json" and compares every message with the
 * lines of NAME.expected. */
static SuccessionDataset *
load_bad_fixture (SuccessionLoader *loader,
                  const char       *name,
                  GError          **error)
{
  g_autofree char *json_name = g_strconcat (name, ".json", NULL);
  g_autofree char *expected_name = g_strconcat (name, ".expected", NULL);
  g_autoptr(GBytes) bytes = read_fixture ("bad", json_name);
  g_autoptr(GBytes) expected_bytes = read_fixture ("bad", expected_name);
  g_autofree char   *expected = g_strndup (g_bytes_get_data (expected_bytes, NULL), g_bytes_get_size (expected_bytes));
  g_autofree char   *actual = NULL;
  SuccessionDataset *dataset;

  n_bad_logs = 0;
  dataset = succession_loader_load_bytes (loader, bytes, json_name, NULL, error);
  g_assert_cmpuint (n_bad_logs, ==, 0);

  actual = succession_test_messages_text (loader);
  assert_lines_equal (name, expected, actual);

  return dataset;
}

static guint
count_severity (GListModel        *messages,
                SuccessionSeverity severity)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);

      if (succession_message_get_severity (message) == severity)
        n++;
    }

  return n;
}

/* ---------------------------------------------------------------------------------------- */
/* Fixtures                                                                                  */

static void
test_error_fixture (gconstpointer data)
{
  const ErrorCase *test = data;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GListModel      *messages;
  g_autofree char *json_name = g_strconcat (test->name, ".json", NULL);

  dataset = load_bad_fixture (loader, test->name, &error);

  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, (int) test->code);
  /* The GError names the file so a dialog can say which one. */
  g_assert_nonnull (strstr (error->message, json_name));

  messages = succession_loader_get_messages (loader);
  g_assert_cmpuint (g_list_model_get_n_items (messages), >, 0);
  g_assert_cmpuint (succession_loader_get_n_errors (loader), >, 0);
  g_assert_cmpuint (succession_loader_get_n_errors (loader), ==, count_severity (messages, SUCCESSION_SEVERITY_ERROR));
  g_assert_cmpuint (succession_loader_get_n_warnings (loader), ==, count_severity (messages, SUCCESSION_SEVERITY_WARNING));

  /* Errors come first. */
  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);

      g_assert_cmpstr (succession_message_get_file (message), ==, json_name);
      if (i < succession_loader_get_n_errors (loader))
        g_assert_cmpint (succession_message_get_severity (message), ==, SUCCESSION_SEVERITY_ERROR);
      else
        g_assert_cmpint (succession_message_get_severity (message), ==, SUCCESSION_SEVERITY_WARNING);
    }
}

static void
test_warning_fixture (gconstpointer data)
{
  const char *name = data;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *messages;
  GListModel *warnings;

  dataset = load_bad_fixture (loader, name, &error);

  /* A warning never blocks loading. */
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (succession_loader_get_n_errors (loader), ==, 0);
  g_assert_cmpuint (succession_loader_get_n_warnings (loader), ==, 1);

  messages = succession_loader_get_messages (loader);
  warnings = succession_dataset_get_warnings (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (warnings), ==, 1);
  g_assert_cmpuint (count_severity (warnings, SUCCESSION_SEVERITY_WARNING), ==, 1);

  {
    g_autoptr(SuccessionMessage) a = g_list_model_get_item (messages, 0);
    g_autoptr(SuccessionMessage) b = g_list_model_get_item (warnings, 0);
    g_autofree char *sa = succession_message_to_string (a);
    g_autofree char *sb = succession_message_to_string (b);

    g_assert_cmpstr (sa, ==, sb);
    g_assert_nonnull (succession_message_get_path (b));
    g_assert_cmpint (succession_message_get_line (b), ==, 0);
  }
}

static void
test_good_fixture (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_fixture ("good", "small.json");
  g_autofree char *text = NULL;

  n_bad_logs = 0;
  dataset = succession_loader_load_bytes (loader, bytes, "small.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (n_bad_logs, ==, 0);

  /* Only the acting tenure lacks a source; a vacancy needs none. */
  text = succession_test_messages_text (loader);
  assert_lines_equal ("small", "small.json: memberships[6].sources: warning: the tenure has no source\n", text);
  g_assert_cmpstr (succession_dataset_get_display_name (dataset), ==, "small.json");
  g_assert_null (succession_dataset_get_file (dataset));
}

/* A file that starts with a UTF-8 byte order mark is read as if it had none. */
static void
test_utf8_bom (void)
{
  static const char data[] = "\xEF\xBB\xBF{ \"persons\": [ { \"id\": \"peng-zhen\", \"name\": \"Peng Zhen\" } ] }";
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, sizeof data - 1);
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = succession_loader_load_bytes (loader, bytes, "bom.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (succession_dataset_get_person (dataset, "peng-zhen"));
}

/* ---------------------------------------------------------------------------------------- */
/* Limits                                                                                    */

static void
test_depth_limit (void)
{
  const gsize levels = 100000;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  char            *data;
  gint64           start, elapsed;

  data = g_malloc (2 * levels);
  memset (data, '[', levels);
  memset (data + levels, ']', levels);
  bytes = g_bytes_new_take (data, 2 * levels);

  n_bad_logs = 0;
  start = g_get_monotonic_time ();
  dataset = succession_loader_load_bytes (loader, bytes, "depth.json", NULL, &error);
  elapsed = g_get_monotonic_time () - start;

  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_SYNTAX);
  g_assert_cmpint (elapsed, <, G_USEC_PER_SEC);
  g_assert_cmpuint (n_bad_logs, ==, 0);

  /* The scan refused it at the first level too many: json-glib never saw the text (it would
   * have said "not valid JSON" or taken far longer). */
  expected = g_strdup_printf ("depth.json:1:%d: error: arrays and objects are nested more than %d levels deep\n",
                              SUCCESSION_LOADER_MAX_DEPTH + 1, SUCCESSION_LOADER_MAX_DEPTH);
  text = succession_test_messages_text (loader);
  assert_lines_equal ("depth", expected, text);
}

static void
test_string_limit (void)
{
  static const char prefix[] = "{ \"persons\": [ { \"id\": \"peng-zhen\", \"name\": \"";
  static const char suffix[] = "\" } ] }";
  const gsize       length = 20 * 1024 * 1024;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  gsize            size = strlen (prefix) + length + strlen (suffix);
  char            *data;

  data = g_malloc (size);
  memcpy (data, prefix, strlen (prefix));
  memset (data + strlen (prefix), 'a', length);
  memcpy (data + strlen (prefix) + length, suffix, strlen (suffix));
  bytes = g_bytes_new_take (data, size);

  n_bad_logs = 0;
  dataset = succession_loader_load_bytes (loader, bytes, "long-string.json", NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_SYNTAX);
  g_assert_cmpuint (n_bad_logs, ==, 0);

  /* The place is the opening quote of the string. */
  expected = g_strdup_printf ("long-string.json:1:%d: error: a string is longer than %d bytes\n",
                              (int) strlen (prefix), SUCCESSION_LOADER_MAX_STRING);
  text = succession_test_messages_text (loader);
  assert_lines_equal ("long-string", expected, text);
}

static void
test_file_too_large (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) tmp_stream = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  file = g_file_new_tmp ("succession-too-large-XXXXXX.json", &tmp_stream, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (tmp_stream), NULL, NULL);

  /* A sparse file: one byte past the limit, with no block written. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_seekable_can_truncate (G_SEEKABLE (stream)));
  g_seekable_truncate (G_SEEKABLE (stream), (goffset) SUCCESSION_LOADER_MAX_FILE_SIZE + 1, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
  g_assert_no_error (error);

  n_bad_logs = 0;
  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_TOO_LARGE);
  g_assert_cmpuint (n_bad_logs, ==, 0);

  /* The message names the file once, as the place. */
  path = g_file_get_path (file);
  expected = g_strdup_printf ("%s: error: the file is larger than %d MiB\n", path, SUCCESSION_LOADER_MAX_FILE_SIZE >> 20);
  text = succession_test_messages_text (loader);
  assert_lines_equal ("too-large", expected, text);
  g_assert_cmpuint (succession_loader_get_n_errors (loader), ==, 1);

  g_file_delete (file, NULL, NULL);
}

static void
test_read_errors (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = fixture_path ("bad", "no-such-file.json");
  g_autofree char *folder = fixture_path ("bad", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autofree char *prefix = g_strconcat (missing, ": ", NULL);

  dataset = succession_loader_load_file (loader, missing_file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ);
  g_assert_cmpuint (succession_loader_get_n_errors (loader), ==, 1);
  {
    g_autoptr(SuccessionMessage) message = g_list_model_get_item (succession_loader_get_messages (loader), 0);

    g_assert_cmpstr (succession_message_get_file (message), ==, missing);
    /* The text does not repeat the file name. */
    g_assert_false (g_str_has_prefix (succession_message_get_text (message), prefix));
  }
  g_clear_error (&error);

  dataset = succession_loader_load_file (loader, folder_file, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ);
}

/* ---------------------------------------------------------------------------------------- */
/* Files from another Popolo producer                                                        */

static GFile *
popolo_sample (const char *name)
{
  const char      *root = g_getenv ("SUCCESSION_SOURCE_ROOT");
  g_autofree char *path = NULL;

  if (root == NULL)
    {
      g_test_skip ("SUCCESSION_SOURCE_ROOT is not set");
      return NULL;
    }

  path = g_build_filename (root, "..", "shared", "popolo-samples", name, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *message = g_strdup_printf ("the Popolo samples are not beside the source tree (%s)", path);
      g_test_skip (message);
      return NULL;
    }

  return g_file_new_for_path (path);
}

typedef struct
{
  const char *file;
  const char *organization;
  guint       n_memberships;
  guint       n_persons;
} PopoloSample;

static const PopoloSample popolo_samples[] = {
  { "burundi-ep-popolo-v1.0.json", "c44a21e2-9af5-4da2-8696-f153906fad4d", 227, 227 },
  { "zimbabwe-senate-ep-popolo-v1.0.json", "713672e7-18c5-4d1d-abd1-8d597b143847", 68, 67 },
};

static void
test_popolo_sample (gconstpointer data)
{
  const PopoloSample *sample = data;
  g_autoptr(GFile) file = popolo_sample (sample->file);
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) first = NULL;
  g_autoptr(SuccessionDataset) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char  *office_id = NULL;
  SuccessionOffice *office;
  SuccessionBody   *body;
  GListModel       *tenures;

  if (file == NULL)
    return;

  n_bad_logs = 0;
  first = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpuint (succession_loader_get_n_errors (loader), ==, 0);
  g_assert_true (succession_dataset_get_file (first) == file);

  /* No posts in the file: the organization's "member" role stands for the office. */
  office_id = g_strdup_printf ("%s/member", sample->organization);
  office = succession_dataset_get_office (first, office_id);
  body = succession_dataset_get_body (first, sample->organization);
  g_assert_nonnull (office);
  g_assert_nonnull (body);
  g_assert_true (succession_office_is_synthesized (office));
  g_assert_true (succession_office_get_body (office) == body);
  g_assert_cmpstr (succession_office_get_role (office), ==, "member");
  g_assert_cmpstr (succession_office_get_label (office), ==, "Member");
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_offices (first)), ==, 1);
  g_assert_cmpuint (succession_office_get_n_tenures (office), ==, sample->n_memberships);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_persons (first)), ==, sample->n_persons);

  /* Memberships without ids get ids that are the same on every load of the file, and dates
   * from their legislative period. */
  second = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  tenures = succession_dataset_get_tenures (first);
  g_assert_cmpuint (g_list_model_get_n_items (tenures), ==, sample->n_memberships);
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_tenures (second)), ==, sample->n_memberships);

  for (guint i = 0; i < sample->n_memberships; i++)
    {
      g_autoptr(SuccessionTenure) a = g_list_model_get_item (tenures, i);
      g_autoptr(SuccessionTenure) b = g_list_model_get_item (succession_dataset_get_tenures (second), i);
      GPtrArray      *terms = succession_tenure_get_terms (a);
      SuccessionTerm *term;

      g_assert_nonnull (succession_tenure_get_id (a));
      g_assert_cmpstr (succession_tenure_get_id (a), ==, succession_tenure_get_id (b));
      g_assert_true (succession_dataset_get_tenure (first, succession_tenure_get_id (a)) == a);
      g_assert_true (succession_tenure_get_office (a) == office);
      g_assert_nonnull (succession_tenure_get_person (a));
      g_assert_nonnull (succession_tenure_get_on_behalf_of (a));

      g_assert_cmpuint (terms->len, ==, 1);
      term = g_ptr_array_index (terms, 0);
      g_assert_true (succession_date_equal (succession_tenure_get_start_date (a), succession_term_get_start_date (term)));
    }

  g_assert_cmpuint (n_bad_logs, ==, 0);
}

/* Lower-case script subtags, as EveryPolitician writes them, name the same scripts. */
static void
test_lowercase_lang (void)
{
  static const char data[] =
    "{ \"persons\": [ { \"id\": \"peng-zhen\", \"name\": \"Peng Zhen\", \"other_names\": ["
    "  { \"name\": \"彭真\", \"lang\": \"zh-hans\" }, { \"name\": \"彭眞\", \"lang\": \"zh-hant\" },"
    "  { \"name\": \"Péng Zhēn\", \"lang\": \"en-x-pinyin\" } ] } ] }";
  const char *const simplified[] = { "zh-Hans", NULL };
  const char *const traditional[] = { "zh-TW", NULL };
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, sizeof data - 1);
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  SuccessionPerson *person;

  dataset = succession_loader_load_bytes (loader, bytes, "lang.json", NULL, &error);
  g_assert_no_error (error);
  person = succession_dataset_get_person (dataset, "peng-zhen");
  g_assert_nonnull (person);
  g_assert_cmpstr (succession_person_get_display_name (person, simplified), ==, "彭真");
  g_assert_cmpstr (succession_person_get_display_name (person, traditional), ==, "彭眞");
}

/* ---------------------------------------------------------------------------------------- */
/* Asynchronous loading                                                                      */

typedef struct
{
  GMainLoop         *loop;
  SuccessionDataset *dataset;
  GError            *error;
  GArray            *progress; /* double */
} AsyncData;

static void
on_progress (GObject    *object,
             GParamSpec *pspec,
             gpointer    user_data)
{
  AsyncData *data = user_data;
  double     value = succession_loader_get_progress (SUCCESSION_LOADER (object));

  g_array_append_val (data->progress, value);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;

  data->dataset = succession_loader_load_file_finish (SUCCESSION_LOADER (object), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
assert_same_ids (GListModel *a,
                 GListModel *b,
                 const char *(*get_id) (gpointer item))
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (get_id (x), ==, get_id (y));
    }
}

static void
test_async (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionLoader) sync_loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) sync_dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path ("good", "small.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *async_text = NULL;
  g_autofree char *sync_text = NULL;
  AsyncData        data = { 0 };
  gulong           handler;

  data.loop = g_main_loop_new (NULL, FALSE);
  data.progress = g_array_new (FALSE, FALSE, sizeof (double));
  handler = g_signal_connect (loader, "notify::progress", G_CALLBACK (on_progress), &data);

  succession_loader_load_file_async (loader, file, NULL, on_loaded, &data);
  g_main_loop_run (data.loop);
  g_signal_handler_disconnect (loader, handler);

  g_assert_no_error (data.error);
  g_assert_nonnull (data.dataset);
  g_assert_true (g_file_equal (succession_dataset_get_file (data.dataset), file));

  /* Progress was told, never went back, and ended at 1. */
  g_assert_cmpuint (data.progress->len, >=, 1);
  for (guint i = 1; i < data.progress->len; i++)
    g_assert_cmpfloat (g_array_index (data.progress, double, i), >=, g_array_index (data.progress, double, i - 1));
  g_assert_cmpfloat (g_array_index (data.progress, double, data.progress->len - 1), ==, 1.0);
  g_assert_cmpfloat (succession_loader_get_progress (loader), ==, 1.0);

  /* The same dataset as a synchronous load. */
  sync_dataset = succession_loader_load_file (sync_loader, file, NULL, &error);
  g_assert_no_error (error);
  assert_same_ids (succession_dataset_get_bodies (data.dataset), succession_dataset_get_bodies (sync_dataset),
                   (const char *(*) (gpointer)) succession_body_get_id);
  assert_same_ids (succession_dataset_get_offices (data.dataset), succession_dataset_get_offices (sync_dataset),
                   (const char *(*) (gpointer)) succession_office_get_id);
  assert_same_ids (succession_dataset_get_persons (data.dataset), succession_dataset_get_persons (sync_dataset),
                   (const char *(*) (gpointer)) succession_person_get_id);
  assert_same_ids (succession_dataset_get_tenures (data.dataset), succession_dataset_get_tenures (sync_dataset),
                   (const char *(*) (gpointer)) succession_tenure_get_id);
  assert_same_ids (succession_dataset_get_terms (data.dataset), succession_dataset_get_terms (sync_dataset),
                   (const char *(*) (gpointer)) succession_term_get_id);
  async_text = succession_test_messages_text (loader);
  sync_text = succession_test_messages_text (sync_loader);
  assert_lines_equal ("small", sync_text, async_text);
  g_assert_cmpuint (succession_loader_get_n_warnings (loader), ==, succession_loader_get_n_warnings (sync_loader));
  g_assert_cmpstr (succession_dataset_get_title (data.dataset), ==, succession_dataset_get_title (sync_dataset));

  g_clear_object (&data.dataset);
  g_array_unref (data.progress);
  g_main_loop_unref (data.loop);
}

static void
test_async_cancel (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = fixture_path ("good", "small.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsyncData data = { 0 };

  data.loop = g_main_loop_new (NULL, FALSE);

  succession_loader_load_file_async (loader, file, cancellable, on_loaded, &data);
  g_cancellable_cancel (cancellable);
  g_main_loop_run (data.loop);

  g_assert_null (data.dataset);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (succession_loader_get_progress (loader), ==, 1.0);

  g_clear_error (&data.error);
  g_main_loop_unref (data.loop);
}

/* ---------------------------------------------------------------------------------------- */
/* No data loss                                                                              */

typedef struct
{
  GBytes *bytes;
  guint64 mtime;
  guint32 mtime_usec;
} FileState;

static void
file_state_read (GFile     *file,
                 FileState *state)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  state->mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  state->mtime_usec = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  state->bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
}

static guint
count_dir_entries (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* Opening a dataset, good or bad, never writes to it: its bytes and modification time stay as
 * they were, and nothing appears beside it (no backup, lock or temporary file). */
static void
test_open_never_writes (gconstpointer data)
{
  const char *source_name = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("succession-no-write-XXXXXX", &error);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", source_name, NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  const char *bin = g_getenv ("SUCCESSION_BIN");
  FileState   before = { 0 }, after = { 0 };
  AsyncData   async = { 0 };
  gsize       length;

  g_assert_no_error (error);
  path = g_build_filename (tmpdir, "dataset.json", NULL);
  file = g_file_new_for_path (path);
  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);

  /* A modification time in the past, so that a rewrite within the same second still shows. */
  info = g_file_info_new ();
  g_file_info_set_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED, 1000000000);
  g_file_info_set_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC, 123456);
  g_file_set_attributes_from_info (file, info, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  file_state_read (file, &before);
  g_assert_cmpuint (before.mtime, ==, 1000000000);

  /* Every way the application opens a file. */
  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_clear_object (&dataset);
  g_clear_error (&error);

  async.loop = g_main_loop_new (NULL, FALSE);
  succession_loader_load_file_async (loader, file, NULL, on_loaded, &async);
  g_main_loop_run (async.loop);
  g_clear_object (&async.dataset);
  g_clear_error (&async.error);
  g_main_loop_unref (async.loop);

  if (bin != NULL)
    {
      const char *const commands[][4] = {
        { bin, "--validate", path, NULL },
        { bin, "--dataset", path, "--list-offices" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
        {
          const char *argv[5] = { commands[i][0], commands[i][1], commands[i][2], commands[i][3], NULL };

          g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL, NULL, &error);
          g_assert_no_error (error);
        }
    }

  file_state_read (file, &after);
  g_assert_cmpuint (after.mtime, ==, before.mtime);
  g_assert_cmpuint (after.mtime_usec, ==, before.mtime_usec);
  g_assert_true (g_bytes_equal (after.bytes, before.bytes));
  g_assert_cmpuint (count_dir_entries (tmpdir), ==, 1);

  g_bytes_unref (before.bytes);
  g_bytes_unref (after.bytes);
  g_file_delete (file, NULL, NULL);
  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_log_set_writer_func (count_writer, NULL, NULL);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/loader/error/%s", error_cases[i].name);
      g_test_add_data_func (path, &error_cases[i], test_error_fixture);
    }
  for (guint i = 0; i < G_N_ELEMENTS (warning_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/loader/warning/%s", warning_cases[i]);
      g_test_add_data_func (path, warning_cases[i], test_warning_fixture);
    }
  g_test_add_func ("/model/loader/good", test_good_fixture);
  g_test_add_func ("/model/loader/utf8-bom", test_utf8_bom);
  g_test_add_func ("/model/loader/limit/depth", test_depth_limit);
  g_test_add_func ("/model/loader/limit/string", test_string_limit);
  g_test_add_func ("/model/loader/limit/file-size", test_file_too_large);
  g_test_add_func ("/model/loader/read-errors", test_read_errors);
  g_test_add_data_func ("/model/loader/popolo/burundi", &popolo_samples[0], test_popolo_sample);
  g_test_add_data_func ("/model/loader/popolo/zimbabwe", &popolo_samples[1], test_popolo_sample);
  g_test_add_func ("/model/loader/popolo/lowercase-lang", test_lowercase_lang);
  g_test_add_func ("/model/loader/async", test_async);
  g_test_add_func ("/model/loader/async/cancel", test_async_cancel);
  g_test_add_data_func ("/model/loader/no-write/good", "good/small.json", test_open_never_writes);
  g_test_add_data_func ("/model/loader/no-write/bad", "bad/truncated.json", test_open_never_writes);

  return g_test_run ();
}
