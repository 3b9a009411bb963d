/* test-tenure-change.c — correcting a tenure's dates with a source, in the model alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "succession-dataset-writer.h"
#include "succession-dataset.h"
#include "succession-loader.h"
#include "succession-message.h"
#include "succession-office.h"
#include "succession-person.h"
#include "succession-source.h"
#include "succession-tenure-change.h"
#include "succession-tenure.h"
#include "succession-term.h"
#include "succession-text.h"
#include "succession-test-files.h"
#include "succession-test-model.h"

static SuccessionDataset *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset = succession_dataset_new_bundled (&error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_correct_end_with_source (void)
{
  g_autoptr(SuccessionDataset) dataset = bundled ();
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  g_autofree char       *new_end = NULL;
  SuccessionTenureChange change;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "cppcc-sg-04");
  SuccessionTenure      *corrected;
  SuccessionSource      *first_source;
  guint                  n_sources = succession_tenure_get_sources (tenure)->len;

  succession_tenure_change_init_from (&change, tenure);
  g_assert_false (succession_tenure_change_changes_dates (&change, tenure));
  change.end_date = succession_test_date ("1978-10-20");
  change.source.url = "https://example.org/qi-yanming";
  change.source.title = "Obituary of Qi Yanming";
  change.source.publisher = "A newspaper";
  change.source.date = succession_test_date ("1978-10-25");
  change.source.accessed = succession_test_date ("2026-12-04");
  change.source.locator = "“died on 20 October”";
  change.source.archive_url = "https://web.archive.org/web/2026/https://example.org/qi-yanming";
  g_assert_true (succession_tenure_change_changes_dates (&change, tenure));

  changed = succession_tenure_change_apply (&change, dataset, NULL, &messages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);
  g_assert_true (changed != dataset);

  /* The new dataset has the date and the source, first; the old one is as it was. */
  corrected = succession_dataset_get_tenure (changed, "cppcc-sg-04");
  new_end = succession_date_to_iso (succession_tenure_get_end_date (corrected));
  g_assert_cmpstr (new_end, ==, "1978-10-20");
  g_assert_cmpuint (succession_tenure_get_sources (corrected)->len, ==, n_sources + 1);
  first_source = g_ptr_array_index (succession_tenure_get_sources (corrected), 0);
  g_assert_cmpstr (succession_source_get_url (first_source), ==, "https://example.org/qi-yanming");
  g_assert_cmpstr (succession_source_get_title (first_source), ==, "Obituary of Qi Yanming");
  g_assert_cmpstr (succession_source_get_locator (first_source), ==, "“died on 20 October”");
  g_assert_cmpstr (succession_source_get_archive_url (first_source), ==, "https://web.archive.org/web/2026/https://example.org/qi-yanming");
  {
    g_autofree char *citation = succession_source_format_citation (first_source);

    g_assert_nonnull (strstr (citation, "Archived: https://web.archive.org/web/2026/https://example.org/qi-yanming"));
  }
  g_assert_cmpuint (succession_tenure_get_sources (tenure)->len, ==, n_sources);
  {
    g_autofree char *old_end = succession_date_to_iso (succession_tenure_get_end_date (tenure));

    g_assert_cmpstr (old_end, ==, "1978-10-21");
  }
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_tenures (changed)), ==,
                    g_list_model_get_n_items (succession_dataset_get_tenures (dataset)));
  g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 0);

  /* Written back, only this record's lines differ: a one-record diff in a file kept in git. */
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (changed, NULL);
  {
    /* Only this record's lines, and the new date among them. */
    g_autofree char *record_id = NULL;
    g_autofree char *stretch = succession_test_changed_record (before, after, &record_id);

    g_assert_cmpstr (record_id, ==, "cppcc-sg-04");
    g_assert_nonnull (strstr (stretch, "\"end_date\": \"1978-10-20\""));
  }
}

static void
test_unchanged_writes_the_same (void)
{
  g_autoptr(SuccessionDataset) dataset = bundled ();
  g_autoptr(SuccessionDataset) same = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  SuccessionTenureChange change;

  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (dataset, "npcsc-sg-13"));
  same = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (same, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
test_keep_replaced_date (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GError) error = NULL;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "sg-1");
  guint                  n_alternatives = succession_tenure_get_n_date_alternatives (tenure);
  SuccessionTenureChange change;
  SuccessionTenure      *corrected;
  const SuccessionDate  *value;
  GPtrArray             *sources = NULL;
  gboolean               is_end = FALSE;
  g_autofree char       *text = NULL;
  g_autofree char       *new_end = NULL;

  succession_tenure_change_init_from (&change, tenure);
  change.end_date = succession_test_date ("1979-10");
  change.source.url = "https://example.org/ji-pengfei";
  change.keep_replaced_dates = TRUE;
  changed = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);

  /* The replaced end stays as a second reading, with the sources that gave it. */
  corrected = succession_dataset_get_tenure (changed, "sg-1");
  new_end = succession_date_to_iso (succession_tenure_get_end_date (corrected));
  g_assert_cmpstr (new_end, ==, "1979-10");
  g_assert_cmpuint (succession_tenure_get_n_date_alternatives (corrected), ==, n_alternatives + 1);
  value = succession_tenure_get_date_alternative (corrected, n_alternatives, &is_end, &sources, NULL);
  text = succession_date_to_iso (value);
  g_assert_true (is_end);
  g_assert_cmpstr (text, ==, "1979-09");
  g_assert_cmpuint (sources->len, ==, succession_tenure_get_sources (tenure)->len);
}

static void
test_end_before_start_refused (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionMessage) first = NULL;
  g_autofree char       *path = NULL;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "sg-1");
  SuccessionTenureChange change;

  succession_tenure_change_init_from (&change, tenure);
  change.end_date = succession_test_date ("1977-01-01");
  changed = succession_tenure_change_apply (&change, dataset, NULL, &messages, &error);
  g_assert_null (changed);
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);

  /* Said of this record's end, as an error, before anything is applied. */
  g_assert_cmpuint (g_list_model_get_n_items (messages), >=, 1);
  first = g_list_model_get_item (messages, 0);
  path = g_strdup_printf ("memberships[%u].end_date", succession_tenure_get_index (tenure));
  g_assert_cmpint (succession_message_get_severity (first), ==, SUCCESSION_SEVERITY_ERROR);
  g_assert_cmpstr (succession_message_get_path (first), ==, path);
  g_assert_nonnull (strstr (succession_message_get_text (first), "before the start date"));
}

static void
test_warning_applies (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionMessage) first = NULL;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "sg-1");
  SuccessionTenureChange change;

  /* Ji Pengfei was born in 1910: a start in 1900 is doubtful, not impossible to record. */
  succession_tenure_change_init_from (&change, tenure);
  change.start_date = succession_test_date ("1900");
  changed = succession_tenure_change_apply (&change, dataset, NULL, &messages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);
  g_assert_cmpuint (g_list_model_get_n_items (messages), >=, 1);
  first = g_list_model_get_item (messages, 0);
  g_assert_cmpint (succession_message_get_severity (first), ==, SUCCESSION_SEVERITY_WARNING);
  g_assert_nonnull (strstr (succession_message_get_text (first), "before being born"));
}

static void
test_unknown_tenure (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(GError) error = NULL;
  SuccessionTenureChange change = { .tenure_id = "no-such-tenure" };

  g_assert_null (succession_tenure_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
}

static void
test_removal (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char  *before = NULL;
  g_autofree char  *after = NULL;
  SuccessionOffice *office = succession_tenure_get_office (succession_dataset_get_tenure (dataset, "sg-3"));
  guint             n_tenures = succession_office_get_n_tenures (office);

  removed = succession_tenure_removal_apply (dataset, "sg-3", NULL, &error);
  g_assert_no_error (error);

  /* The tenure is gone; its holder, its office and every other tenure stay. */
  g_assert_null (succession_dataset_get_tenure (removed, "sg-3"));
  g_assert_nonnull (succession_dataset_get_person (removed, "yang-shangkun"));
  g_assert_cmpuint (succession_office_get_n_tenures (succession_dataset_get_office (removed, succession_office_get_id (office))),
                    ==, n_tenures - 1);
  g_assert_nonnull (succession_dataset_get_tenure (removed, "sg-2"));
  g_assert_nonnull (succession_dataset_get_tenure (removed, "sg-4"));
  g_assert_nonnull (succession_dataset_get_tenure (dataset, "sg-3"));

  /* Written back, the record's lines are gone and nothing else changed. */
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (removed, NULL);
  g_assert_nonnull (strstr (before, "\"id\": \"sg-3\""));
  g_assert_null (strstr (after, "\"id\": \"sg-3\""));
  g_assert_true (g_str_has_prefix (before, "{"));
  {
    g_autoptr(SuccessionDataset) again = succession_tenure_removal_apply (removed, "sg-3", NULL, &error);

    g_assert_null (again);
    g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  }
}

static void
test_addition (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *id = NULL;
  g_autofree char       *start = NULL;
  SuccessionTenureChange change = { 0 };
  SuccessionOffice      *office = succession_tenure_get_office (succession_dataset_get_tenure (dataset, "sg-1"));
  const char            *office_id = succession_office_get_id (office);
  guint                  n_tenures = succession_office_get_n_tenures (office);
  SuccessionTenure      *tenure;

  change.start_date = succession_test_date ("1950-01");
  change.end_date = succession_test_date ("1951");
  change.source.title = "A yearbook";
  added = succession_tenure_addition_apply (&change, dataset, office_id, "ji-pengfei", &id, NULL, &messages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);

  /* A new record: on the office, the holder's, with its dates and its source. */
  tenure = succession_dataset_get_tenure (added, id);
  g_assert_nonnull (tenure);
  g_assert_cmpstr (succession_person_get_id (succession_tenure_get_person (tenure)), ==, "ji-pengfei");
  g_assert_cmpuint (succession_office_get_n_tenures (succession_dataset_get_office (added, office_id)), ==, n_tenures + 1);
  start = succession_date_to_iso (succession_tenure_get_start_date (tenure));
  g_assert_cmpstr (start, ==, "1950-01");
  g_assert_cmpstr (succession_source_get_title (g_ptr_array_index (succession_tenure_get_sources (tenure), 0)), ==, "A yearbook");
  g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 0);
  g_assert_null (succession_dataset_get_tenure (dataset, id));

  /* A vacancy whose end is before its start is refused, and said of the new record. */
  g_clear_object (&messages);
  g_clear_pointer (&id, g_free);
  change.start_date = succession_test_date ("1960");
  change.end_date = succession_test_date ("1959");
  g_assert_null (succession_tenure_addition_apply (&change, dataset, office_id, NULL, &id, NULL, &messages, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_assert_null (id);
  g_assert_cmpuint (g_list_model_get_n_items (messages), >=, 1);
  g_clear_error (&error);

  /* An office or a person the dataset does not have. */
  g_assert_null (succession_tenure_addition_apply (&change, dataset, "no-such-office", NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (succession_tenure_addition_apply (&change, dataset, office_id, "nobody", NULL, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
}

static SuccessionDataset *
load_text (const char *json)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset = succession_loader_load_bytes (loader, bytes, "note.json", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* A note is changed in one language; the others stay. A bare string is the English note, and
 * stays one while only the English note changes. */
static void
test_note (void)
{
  g_autoptr(SuccessionDataset) dataset = bundled ();
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(SuccessionDataset) emptied = NULL;
  g_autoptr(SuccessionDataset) plain = NULL;
  g_autoptr(SuccessionDataset) plain_changed = NULL;
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  g_autofree char       *id = NULL;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "npcsc-sg-02");
  const char            *hans = succession_text_get (succession_tenure_get_note (tenure), "zh-Hans");
  SuccessionTenureChange change;
  const SuccessionText  *note;

  g_assert_nonnull (hans);
  succession_tenure_change_init_from (&change, tenure);
  change.note = succession_text_get (succession_tenure_get_note (tenure), "en");
  change.note_language = "en";
  g_assert_false (succession_tenure_change_changes (&change, tenure));

  change.note = "Liu Ningyi is listed until the 4th NPC; no vacancy is recorded.";
  change.source.title = "A yearbook";
  g_assert_true (succession_tenure_change_changes (&change, tenure));
  changed = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  note = succession_tenure_get_note (succession_dataset_get_tenure (changed, "npcsc-sg-02"));
  g_assert_cmpstr (succession_text_get (note, "en"), ==, change.note);
  g_assert_cmpstr (succession_text_get (note, "zh-Hans"), ==, hans);
  g_assert_nonnull (succession_text_get (note, "zh-Hant"));
  /* Only that record's lines change in the saved file. */
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (changed, NULL);
  {
    g_autofree char *record_id = NULL;
    g_autofree char *lines = succession_test_changed_record (before, after, &record_id);

    g_assert_cmpstr (record_id, ==, "npcsc-sg-02");
  }

  /* An empty note removes that language's, and only that one. */
  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (changed, "npcsc-sg-02"));
  change.note = "";
  change.note_language = "zh-Hant";
  change.source.title = "A yearbook";
  emptied = succession_tenure_change_apply (&change, changed, NULL, NULL, &error);
  g_assert_no_error (error);
  note = succession_tenure_get_note (succession_dataset_get_tenure (emptied, "npcsc-sg-02"));
  g_assert_null (succession_text_get (note, "zh-Hant"));
  g_assert_cmpstr (succession_text_get (note, "zh-Hans"), ==, hans);

  /* A bare string note: English changed, still a string; Chinese added, an object of both. */
  plain = load_text ("{\"persons\": [{\"id\": \"p\", \"name\": \"P\"}],"
                     " \"posts\": [{\"id\": \"o\", \"label\": \"Office\"}],"
                     " \"memberships\": [{\"id\": \"m\", \"person_id\": \"p\", \"post_id\": \"o\","
                     " \"start_date\": \"1950\", \"note\": \"Old note\"}]}");
  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (plain, "m"));
  change.note = "备注";
  change.note_language = "zh-Hans";
  change.source.title = "A yearbook";
  plain_changed = succession_tenure_change_apply (&change, plain, NULL, NULL, &error);
  g_assert_no_error (error);
  note = succession_tenure_get_note (succession_dataset_get_tenure (plain_changed, "m"));
  g_assert_cmpstr (succession_text_get (note, "en"), ==, "Old note");
  g_assert_cmpstr (succession_text_get (note, "zh-Hans"), ==, "备注");

  /* A new tenure with a note. */
  succession_tenure_change_init_from (&change, tenure);
  change.start_date = succession_test_date ("1990");
  change.end_date = succession_test_date ("1991");
  change.note = "Added with a note.";
  change.note_language = "en";
  change.source.title = "A yearbook";
  added = succession_tenure_addition_apply (&change, dataset, "npcsc-secretary-general", "liu-ningyi", &id, NULL, NULL, &error);
  g_assert_no_error (error);
  note = succession_tenure_get_note (succession_dataset_get_tenure (added, id));
  g_assert_cmpstr (succession_text_get (note, "en"), ==, "Added with a note.");
  g_assert_cmpuint (succession_text_get_n (note), ==, 1);
}

static const char *
term_id_at (SuccessionTenure *tenure,
            guint             i)
{
  GPtrArray *terms = succession_tenure_get_terms (tenure);

  return terms != NULL && i < terms->len ? succession_term_get_id (g_ptr_array_index (terms, i)) : NULL;
}

/* The terms a tenure falls in are chosen anew; none is a choice too. A legislative period that is
 * not chosen any more goes, its dates staying the membership's own. */
static void
test_terms (void)
{
  g_autoptr(SuccessionDataset) dataset = bundled ();
  g_autoptr(SuccessionDataset) fewer = NULL;
  g_autoptr(SuccessionDataset) none = NULL;
  g_autoptr(SuccessionDataset) period = NULL;
  g_autoptr(SuccessionDataset) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  g_autofree char       *record_id = NULL;
  g_autofree char       *lines = NULL;
  g_autofree char       *start = NULL;
  g_autofree char       *end = NULL;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "npcsc-sg-01");
  const char            *first = term_id_at (tenure, 0);
  const char            *just_first[] = { first, NULL };
  const char            *empty[] = { NULL };
  const char            *second_term[] = { "t2", NULL };
  SuccessionTenureChange change;

  g_assert_nonnull (term_id_at (tenure, 1));
  succession_tenure_change_init_from (&change, tenure);
  g_assert_false (succession_tenure_change_changes (&change, tenure));
  change.term_ids = just_first;
  change.source.title = "A yearbook";
  g_assert_true (succession_tenure_change_changes (&change, tenure));
  fewer = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  tenure = succession_dataset_get_tenure (fewer, "npcsc-sg-01");
  g_assert_cmpstr (term_id_at (tenure, 0), ==, first);
  g_assert_null (term_id_at (tenure, 1));
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (fewer, NULL);
  lines = succession_test_changed_record (before, after, &record_id);
  g_assert_cmpstr (record_id, ==, "npcsc-sg-01");

  succession_tenure_change_init_from (&change, tenure);
  change.term_ids = empty;
  change.source.title = "A yearbook";
  none = succession_tenure_change_apply (&change, fewer, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (term_id_at (succession_dataset_get_tenure (none, "npcsc-sg-01"), 0));

  period = load_text ("{\"persons\": [{\"id\": \"p\", \"name\": \"P\"}],"
                      " \"organizations\": [{\"id\": \"o\", \"name\": \"Congress\"}],"
                      " \"events\": [{\"id\": \"t1\", \"name\": \"1st\", \"classification\": \"legislative period\","
                      "   \"organization_id\": \"o\", \"start_date\": \"1954\", \"end_date\": \"1959\"},"
                      "  {\"id\": \"t2\", \"name\": \"2nd\", \"classification\": \"legislative period\","
                      "   \"organization_id\": \"o\", \"start_date\": \"1959\", \"end_date\": \"1964\"}],"
                      " \"posts\": [{\"id\": \"s\", \"label\": \"Speaker\", \"organization_id\": \"o\"}],"
                      " \"memberships\": [{\"id\": \"m\", \"person_id\": \"p\", \"post_id\": \"s\","
                      "  \"legislative_period_id\": \"t1\"}]}");
  tenure = succession_dataset_get_tenure (period, "m");
  g_assert_cmpstr (term_id_at (tenure, 0), ==, "t1");
  succession_tenure_change_init_from (&change, tenure);
  change.term_ids = second_term;
  change.source.title = "A yearbook";
  moved = succession_tenure_change_apply (&change, period, NULL, NULL, &error);
  g_assert_no_error (error);
  tenure = succession_dataset_get_tenure (moved, "m");
  g_assert_cmpstr (term_id_at (tenure, 0), ==, "t2");
  g_assert_null (term_id_at (tenure, 1));
  start = succession_date_to_iso (succession_tenure_get_start_date (tenure));
  end = succession_date_to_iso (succession_tenure_get_end_date (tenure));
  g_assert_cmpstr (start, ==, "1954");
  g_assert_cmpstr (end, ==, "1959");
  g_clear_pointer (&after, g_free);
  after = succession_dataset_to_data (moved, NULL);
  g_assert_null (strstr (after, "legislative_period_id"));
}

/* Held as acting: the record gains "kind" and nothing else changes; back to regular, it loses
 * it; a vacancy cannot be given a kind, nor a tenure held be made one. */
static void
test_kind (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) acting = NULL;
  g_autoptr(SuccessionDataset) regular = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  g_autofree char       *again = NULL;
  SuccessionTenureChange change;

  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (dataset, "sg-3"));
  change.kind = SUCCESSION_TENURE_KIND_ACTING;
  g_assert_false (succession_tenure_change_changes_dates (&change, succession_dataset_get_tenure (dataset, "sg-3")));
  g_assert_true (succession_tenure_change_changes (&change, succession_dataset_get_tenure (dataset, "sg-3")));
  change.source.title = "A yearbook";
  acting = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (succession_tenure_get_kind (succession_dataset_get_tenure (acting, "sg-3")), ==, SUCCESSION_TENURE_KIND_ACTING);
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (acting, NULL);
  {
    g_autofree char *record_id = NULL;
    g_autofree char *stretch = succession_test_changed_record (before, after, &record_id);

    g_assert_cmpstr (record_id, ==, "sg-3");
    g_assert_nonnull (strstr (stretch, "\"kind\": \"acting\""));
  }

  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (acting, "sg-3"));
  change.kind = SUCCESSION_TENURE_KIND_REGULAR;
  regular = succession_tenure_change_apply (&change, acting, NULL, NULL, &error);
  g_assert_no_error (error);
  again = succession_dataset_to_data (regular, NULL);
  g_assert_cmpint (succession_tenure_get_kind (succession_dataset_get_tenure (regular, "sg-3")), ==, SUCCESSION_TENURE_KIND_REGULAR);
  /* As many acting tenures as the file had (one, another's). */
  g_assert_true (strstr (before, "\"kind\": \"acting\"") == g_strrstr (before, "\"kind\": \"acting\""));
  g_assert_true (strstr (again, "\"kind\": \"acting\"") == g_strrstr (again, "\"kind\": \"acting\""));

  /* The file's vacancy (no holder): its kind stays. */
  {
    GListModel *tenures = succession_dataset_get_tenures (dataset);

    for (guint i = 0; i < g_list_model_get_n_items (tenures); i++)
      {
        g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (tenures, i);

        if (succession_tenure_get_kind (tenure) != SUCCESSION_TENURE_KIND_VACANCY)
          continue;
        succession_tenure_change_init_from (&change, tenure);
        change.kind = SUCCESSION_TENURE_KIND_ACTING;
        g_assert_null (succession_tenure_change_apply (&change, dataset, NULL, NULL, &error));
        g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
        g_clear_error (&error);
      }
  }
  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (dataset, "sg-3"));
  change.kind = SUCCESSION_TENURE_KIND_VACANCY;
  g_assert_null (succession_tenure_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
}

/* Another holder: the record's person_id, and nothing else; nobody makes it a vacancy, and a
 * vacancy given a holder is held regularly. A person the dataset lacks is refused. */
static void
test_holder (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) other = NULL;
  g_autoptr(SuccessionDataset) vacant = NULL;
  g_autoptr(SuccessionDataset) held = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  SuccessionTenureChange change;

  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (dataset, "sg-3"));
  g_assert_cmpstr (change.person_id, ==, "yang-shangkun");
  change.person_id = "ji-pengfei";
  g_assert_true (succession_tenure_change_changes (&change, succession_dataset_get_tenure (dataset, "sg-3")));
  other = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (succession_person_get_id (succession_tenure_get_person (succession_dataset_get_tenure (other, "sg-3"))), ==, "ji-pengfei");
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (other, NULL);
  {
    g_autofree char *record_id = NULL;
    g_autofree char *stretch = succession_test_changed_record (before, after, &record_id);

    g_assert_cmpstr (record_id, ==, "sg-3");
    g_assert_nonnull (strstr (stretch, "\"person_id\": \"ji-pengfei\""));
  }

  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (other, "sg-3"));
  change.person_id = NULL;
  vacant = succession_tenure_change_apply (&change, other, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (succession_tenure_get_person (succession_dataset_get_tenure (vacant, "sg-3")));
  g_assert_cmpint (succession_tenure_get_kind (succession_dataset_get_tenure (vacant, "sg-3")), ==, SUCCESSION_TENURE_KIND_VACANCY);

  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (vacant, "sg-3"));
  change.person_id = "yang-shangkun";
  held = succession_tenure_change_apply (&change, vacant, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (succession_tenure_get_kind (succession_dataset_get_tenure (held, "sg-3")), ==, SUCCESSION_TENURE_KIND_REGULAR);
  {
    g_autofree char *again = succession_dataset_to_data (held, NULL);
    g_autoptr(JsonParser) first = json_parser_new ();
    g_autoptr(JsonParser) last = json_parser_new ();

    /* Back as the file had it, but for the place of person_id in the record (a member given
     * again goes at its end). */
    g_assert_true (json_parser_load_from_data (first, before, -1, NULL));
    g_assert_true (json_parser_load_from_data (last, again, -1, NULL));
    g_assert_true (json_node_equal (json_parser_get_root (first), json_parser_get_root (last)));
    g_assert_cmpstr (again, !=, before);
  }

  change.person_id = "nobody-known";
  g_assert_null (succession_tenure_change_apply (&change, vacant, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tenure-change/correct-end-with-source", test_correct_end_with_source);
  g_test_add_func ("/tenure-change/unchanged-writes-the-same", test_unchanged_writes_the_same);
  g_test_add_func ("/tenure-change/keep-replaced-date", test_keep_replaced_date);
  g_test_add_func ("/tenure-change/end-before-start-refused", test_end_before_start_refused);
  g_test_add_func ("/tenure-change/warning-applies", test_warning_applies);
  g_test_add_func ("/tenure-change/unknown-tenure", test_unknown_tenure);
  g_test_add_func ("/tenure-change/removal", test_removal);
  g_test_add_func ("/tenure-change/addition", test_addition);
  g_test_add_func ("/tenure-change/kind", test_kind);
  g_test_add_func ("/tenure-change/holder", test_holder);
  g_test_add_func ("/tenure-change/note", test_note);
  g_test_add_func ("/tenure-change/terms", test_terms);

  return g_test_run ();
}
