/* test-office-change.c — an office's labels, seats and body corrected, an office added and
 * removed with its tenures and what named it, in the model alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "succession-dataset-writer.h"
#include "succession-model.h"
#include "succession-office-change.h"
#include "succession-test-files.h"
#include "succession-test-model.h"

/* The Secretary-General of small.json: its label in English and in characters (kept in
 * Popolo's other_label there), one seat, the Standing Committee. */
static void
test_correct_labels_and_seats (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  SuccessionOffice      *office = succession_dataset_get_office (dataset, "sg");
  SuccessionOffice      *corrected;
  SuccessionOfficeChange change;

  succession_office_change_init_from (&change, office);
  g_assert_false (succession_office_change_changes (&change, office));
  g_assert_cmpstr (change.label_hans, ==, "秘书长");
  g_assert_cmpuint (change.seats, ==, 1);
  change.label = "Secretary General";
  change.label_hans = "全国人大常委会秘书长";
  change.seats = 2;
  change.source.title = "Organic law";
  g_assert_true (succession_office_change_changes (&change, office));
  changed = succession_office_change_apply (&change, dataset, NULL, &messages, &error);
  g_assert_no_error (error);

  corrected = succession_dataset_get_office (changed, "sg");
  g_assert_cmpstr (succession_office_get_label (corrected), ==, "Secretary General");
  g_assert_cmpstr (succession_text_get (succession_office_get_names (corrected), "zh-Hans"), ==, "全国人大常委会秘书长");
  g_assert_cmpstr (succession_text_get (succession_office_get_names (corrected), "zh-Hant"), ==, "秘書長");
  g_assert_cmpuint (succession_office_get_seats (corrected), ==, 2);
  g_assert_cmpuint (succession_office_get_n_tenures (corrected), ==, succession_office_get_n_tenures (office));
  g_assert_cmpstr (succession_office_get_label (office), ==, "Secretary-General");

  /* Only the post's lines change, and the name in characters stays in other_label, in its place. */
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (changed, NULL);
  {
    g_autofree char *record_id = NULL;
    g_autofree char *stretch = succession_test_changed_record (before, after, &record_id);

    g_assert_cmpstr (record_id, ==, "sg");
    g_assert_nonnull (strstr (stretch, "\"seats\": 2"));
    g_assert_null (strstr (after, "\"other_names\": [\n    {\n     \"name\": \"全国人大常委会秘书长\""));
  }
}

static const char *
term_length_of (SuccessionOffice *office,
                const char       *lang)
{
  const SuccessionText *value = succession_office_get_fact (office, "term_length");

  return value != NULL ? succession_text_get (value, lang) : NULL;
}

/* An office's term length, a fact of its infobox: changed in one language, the others kept;
 * emptied in every language, the fact goes; given to an office without one, the fact is added. */
static void
test_term_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionDataset) dataset = succession_dataset_new_bundled (&error);
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(SuccessionDataset) emptied = NULL;
  g_autoptr(SuccessionDataset) small = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) added = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  g_autofree char       *record_id = NULL;
  g_autofree char       *stretch = NULL;
  SuccessionOffice      *office = succession_dataset_get_office (dataset, "npcsc-secretary-general");
  SuccessionOffice      *corrected;
  SuccessionOfficeChange change;

  g_assert_no_error (error);
  succession_office_change_init_from (&change, office);
  g_assert_cmpstr (change.term_length, ==, "5 years");
  change.term_length = "五年，与本届全国人大相同";
  change.term_length_language = "zh-Hans";
  change.source.title = "Organic law";
  g_assert_true (succession_office_change_changes (&change, office));
  changed = succession_office_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  corrected = succession_dataset_get_office (changed, "npcsc-secretary-general");
  g_assert_cmpstr (term_length_of (corrected, "zh-Hans"), ==, "五年，与本届全国人大相同");
  g_assert_cmpstr (term_length_of (corrected, "en"), ==, "5 years");
  g_assert_cmpstr (term_length_of (corrected, "zh-Hant"), ==, "5年");
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (changed, NULL);
  stretch = succession_test_changed_record (before, after, &record_id);
  g_assert_cmpstr (record_id, ==, "npcsc-secretary-general");

  /* Emptied in each language in turn: then the fact is gone, the other facts stay. */
  g_clear_object (&dataset);
  dataset = g_steal_pointer (&changed);
  for (guint i = 0; i < 3; i++)
    {
      static const char *const langs[] = { "en", "zh-Hans", "zh-Hant" };

      office = succession_dataset_get_office (dataset, "npcsc-secretary-general");
      succession_office_change_init_from (&change, office);
      change.term_length = "";
      change.term_length_language = langs[i];
      change.source.title = "Organic law";
      emptied = succession_office_change_apply (&change, dataset, NULL, NULL, &error);
      g_assert_no_error (error);
      g_clear_object (&dataset);
      dataset = g_steal_pointer (&emptied);
    }
  office = succession_dataset_get_office (dataset, "npcsc-secretary-general");
  g_assert_null (term_length_of (office, "en"));
  g_assert_null (term_length_of (office, "zh-Hans"));
  g_assert_cmpuint (succession_office_get_n_infobox (office), >, 0);

  /* An office without an infobox gets one, with the fact. */
  office = succession_dataset_get_office (small, "sg");
  g_assert_null (term_length_of (office, "en"));
  succession_office_change_init_from (&change, office);
  change.term_length = "Five years";
  change.source.title = "Organic law";
  added = succession_office_change_apply (&change, small, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (term_length_of (succession_dataset_get_office (added, "sg"), "en"), ==, "Five years");
}

static void
test_refused (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(GError) error = NULL;
  SuccessionOfficeChange change;

  succession_office_change_init_from (&change, succession_dataset_get_office (dataset, "sg"));
  change.label = "";
  g_assert_null (succession_office_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);

  change.label = "Secretary-General";
  change.body_id = "no-such-body";
  g_assert_null (succession_office_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);

  change.body_id = "npcsc";
  change.office_id = "no-such-office";
  g_assert_null (succession_office_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (succession_office_removal_apply (dataset, "no-such-office", NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
}

/* The Chairperson removed: its two tenures go, and so do the Secretary-General's chair at the
 * time and a concurrent office's link to it (its label stays). */
static void
test_removal (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  guint            n_tenures = 0;
  guint            n_all = g_list_model_get_n_items (succession_dataset_get_tenures (dataset));

  g_assert_nonnull (succession_office_get_chair_office (succession_dataset_get_office (dataset, "sg")));
  removed = succession_office_removal_apply (dataset, "chair", &n_tenures, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_tenures, ==, 2);
  g_assert_null (succession_dataset_get_office (removed, "chair"));
  g_assert_null (succession_dataset_get_tenure (removed, "chair-1"));
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_tenures (removed)), ==, n_all - 2);
  g_assert_null (succession_office_get_chair_office (succession_dataset_get_office (removed, "sg")));
  after = succession_dataset_to_data (removed, NULL);
  g_assert_null (strstr (after, "\"chair\""));
  g_assert_nonnull (strstr (after, "Vice Chairperson"));
  g_assert_nonnull (succession_dataset_get_office (dataset, "chair"));
}

static void
test_addition (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(SuccessionDataset) twice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *id = NULL;
  g_autofree char       *second_id = NULL;
  SuccessionOfficeChange change = { .label = "Deputy Secretary-General", .label_hans = "副秘书长", .body_id = "npcsc" };
  SuccessionOffice      *office;

  added = succession_office_addition_apply (&change, dataset, &id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "npcsc-deputy-secretary-general");
  office = succession_dataset_get_office (added, id);
  g_assert_nonnull (office);
  g_assert_cmpstr (succession_body_get_id (succession_office_get_body (office)), ==, "npcsc");
  g_assert_cmpuint (succession_office_get_n_tenures (office), ==, 0);
  g_assert_cmpuint (succession_office_get_seats (office), ==, 0);
  g_assert_null (succession_dataset_get_office (dataset, id));

  twice = succession_office_addition_apply (&change, added, &second_id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second_id, ==, "npcsc-deputy-secretary-general-2");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/office-change/correct-labels-and-seats", test_correct_labels_and_seats);
  g_test_add_func ("/office-change/refused", test_refused);
  g_test_add_func ("/office-change/term-length", test_term_length);
  g_test_add_func ("/office-change/removal", test_removal);
  g_test_add_func ("/office-change/addition", test_addition);

  return g_test_run ();
}
