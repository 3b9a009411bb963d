/* test-person-change.c — a person's names and life dates corrected, a person added and removed,
 * in the model alone; and random sequences of every change and their undoing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "succession-dataset-writer.h"
#include "succession-dataset.h"
#include "succession-loader.h"
#include "succession-message.h"
#include "succession-office.h"
#include "succession-person-change.h"
#include "succession-person.h"
#include "succession-source.h"
#include "succession-tenure-change.h"
#include "succession-tenure.h"
#include "succession-test-files.h"
#include "succession-test-model.h"
#include "succession-text.h"

static void
test_correct_names_and_birth (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  g_autofree char       *birth = NULL;
  SuccessionPerson      *person = succession_dataset_get_person (dataset, "ji-pengfei");
  SuccessionPerson      *corrected;
  SuccessionPersonChange change;

  succession_person_change_init_from (&change, person);
  g_assert_false (succession_person_change_changes (&change, person));
  g_assert_cmpstr (change.name_hans, ==, "姬鹏飞");
  g_assert_null (change.name_pinyin);
  change.name_pinyin = "Jī Péngfēi";
  change.birth_date = succession_test_date ("1910-02-02");
  change.source.url = "https://example.org/ji-pengfei";
  change.source.title = "Ji Pengfei, a life";
  g_assert_true (succession_person_change_changes (&change, person));

  changed = succession_person_change_apply (&change, dataset, NULL, &messages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);
  g_assert_cmpuint (g_list_model_get_n_items (messages), ==, 0);

  /* The new dataset has the name in pinyin, the day of birth and the source first; the old one
   * is as it was. */
  corrected = succession_dataset_get_person (changed, "ji-pengfei");
  g_assert_cmpstr (succession_text_get (succession_person_get_names (corrected), "zh-Latn-pinyin"), ==, "Jī Péngfēi");
  g_assert_cmpstr (succession_text_get (succession_person_get_names (corrected), "zh-Hans"), ==, "姬鹏飞");
  birth = succession_date_to_iso (succession_person_get_birth_date (corrected));
  g_assert_cmpstr (birth, ==, "1910-02-02");
  g_assert_cmpstr (succession_source_get_title (g_ptr_array_index (succession_person_get_sources (corrected), 0)), ==,
                   "Ji Pengfei, a life");
  g_assert_null (succession_text_get (succession_person_get_names (person), "zh-Latn-pinyin"));
  /* The person's tenures are theirs still. */
  g_assert_cmpuint (succession_person_get_n_tenures (corrected), ==, succession_person_get_n_tenures (person));

  /* Written back, only this person's lines differ. */
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (changed, NULL);
  {
    g_autofree char *record_id = NULL;
    g_autofree char *stretch = succession_test_changed_record (before, after, &record_id);

    g_assert_cmpstr (record_id, ==, "ji-pengfei");
  }

  /* Emptying a name removes it, and only it. */
  {
    g_autoptr(SuccessionDataset) without = NULL;
    SuccessionPersonChange again;

    succession_person_change_init_from (&again, corrected);
    again.name_hant = "";
    without = succession_person_change_apply (&again, changed, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_null (succession_text_get (succession_person_get_names (succession_dataset_get_person (without, "ji-pengfei")), "zh-Hant"));
    g_assert_cmpstr (succession_text_get (succession_person_get_names (succession_dataset_get_person (without, "ji-pengfei")), "zh-Hans"),
                     ==, "姬鹏飞");
  }
}

static void
test_unchanged_writes_the_same (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) same = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = NULL;
  g_autofree char       *after = NULL;
  SuccessionPersonChange change;

  succession_person_change_init_from (&change, succession_dataset_get_person (dataset, "peng-zhen"));
  same = succession_person_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (same, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
test_birth_after_taking_office_warns (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionMessage) first = NULL;
  SuccessionPersonChange change;

  /* Ji Pengfei took office in 1978: born in 1980 is said of that tenure, and is a warning. */
  succession_person_change_init_from (&change, succession_dataset_get_person (dataset, "ji-pengfei"));
  change.birth_date = succession_test_date ("1980");
  changed = succession_person_change_apply (&change, dataset, NULL, &messages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (changed);
  g_assert_cmpuint (g_list_model_get_n_items (messages), >=, 1);
  first = g_list_model_get_item (messages, 0);
  g_assert_cmpint (succession_message_get_severity (first), ==, SUCCESSION_SEVERITY_WARNING);
  g_assert_nonnull (strstr (succession_message_get_text (first), "before being born"));
}

static void
test_no_name_refused (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(GListModel) messages = NULL;
  g_autoptr(GError) error = NULL;
  SuccessionPersonChange change;

  /* A person's name is required: the editor says so, and the model refuses. */
  succession_person_change_init_from (&change, succession_dataset_get_person (dataset, "peng-zhen"));
  change.name = "";
  g_assert_null (succession_person_change_apply (&change, dataset, NULL, &messages, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (succession_person_addition_apply (&change, dataset, NULL, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);
  change.name = "Peng Zhen";

  change.person_id = "nobody";
  g_assert_null (succession_person_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
}

static void
test_removal_takes_the_tenures (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) removed = NULL;
  g_autoptr(GError) error = NULL;
  guint n_tenures = 0;
  guint n_all = g_list_model_get_n_items (succession_dataset_get_tenures (dataset));

  removed = succession_person_removal_apply (dataset, "peng-zhen", &n_tenures, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_tenures, ==, 2);
  g_assert_null (succession_dataset_get_person (removed, "peng-zhen"));
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_tenures (removed)), ==, n_all - 2);
  /* No tenure became a vacancy; everybody else stays. */
  for (guint i = 0; i < n_all - 2; i++)
    {
      g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (succession_dataset_get_tenures (removed), i);

      g_assert_true (succession_tenure_get_person (tenure) != NULL || succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_VACANCY);
    }
  g_assert_nonnull (succession_dataset_get_person (removed, "ji-pengfei"));
  g_assert_nonnull (succession_dataset_get_person (dataset, "peng-zhen"));

  g_assert_null (succession_person_removal_apply (removed, "peng-zhen", NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
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
  SuccessionPersonChange change = { 0 };
  SuccessionPerson      *person;

  change.name = "Xi Zhongxun";
  change.name_hans = "习仲勋";
  change.birth_date = succession_test_date ("1913-10-15");
  change.source.title = "A biography";
  added = succession_person_addition_apply (&change, dataset, &id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "xi-zhongxun");
  person = succession_dataset_get_person (added, id);
  g_assert_nonnull (person);
  g_assert_cmpstr (succession_person_get_name (person), ==, "Xi Zhongxun");
  g_assert_cmpstr (succession_text_get (succession_person_get_names (person), "zh-Hans"), ==, "习仲勋");
  g_assert_cmpuint (succession_person_get_n_tenures (person), ==, 0);
  g_assert_null (succession_dataset_get_person (dataset, id));

  /* The same name again gets an id of its own. */
  twice = succession_person_addition_apply (&change, added, &second_id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second_id, ==, "xi-zhongxun-2");
}

/* A file with no "persons" member: the first person added makes it, and the rest of the file is
 * written as it was. */
static void
test_addition_to_a_file_without_persons (void)
{
  static const char text[] = "{\"organizations\": [{\"id\": \"npc\", \"name\": \"National People's Congress\"}]}";
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(SuccessionDataset) dataset = succession_loader_load_bytes (loader, bytes, "bodies.json", NULL, NULL);
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *id = NULL;
  SuccessionPersonChange change = { 0 };

  g_assert_nonnull (dataset);
  change.name = "Peng Zhen";
  added = succession_person_addition_apply (&change, dataset, &id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "peng-zhen");
  g_assert_nonnull (succession_dataset_get_person (added, "peng-zhen"));
  g_assert_nonnull (succession_dataset_get_body (added, "npc"));
}

/* A correction of one person rewrites that person's record and no other byte of the file. */
static void
test_correction_changes_only_its_record (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_auto (GStrv) before = NULL;
  g_auto (GStrv) after = NULL;
  SuccessionPersonChange change = { 0 };
  SuccessionPerson      *person = succession_dataset_get_person (dataset, "peng-zhen");
  guint                  differing = 0;

  g_assert_nonnull (person);
  succession_person_change_init_from (&change, person);
  change.birth_date = succession_test_date ("1902-10-13");
  changed = succession_person_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);

  {
    g_autofree char *a = succession_dataset_to_data (dataset, NULL);
    g_autofree char *b = succession_dataset_to_data (changed, NULL);

    before = g_strsplit (a, "\n", -1);
    after = g_strsplit (b, "\n", -1);
  }
  /* The fixture's Peng Zhen has a birth date: one line changes, and the file keeps its length. */
  g_assert_cmpuint (g_strv_length (before), ==, g_strv_length (after));
  for (guint i = 0; before[i] != NULL; i++)
    if (strcmp (before[i], after[i]) != 0)
      {
        g_assert_nonnull (strstr (after[i], "1902-10-13"));
        differing++;
      }
  g_assert_cmpuint (differing, ==, 1);
}

/* Random sequences of every change, some undone: no change alters the dataset it is applied to
 * (so undoing is showing that dataset again), each result loads what it writes to the same
 * bytes, and undoing everything gives back the first dataset's bytes. */
static void
test_random_edits_and_undos (void)
{
  g_autoptr(SuccessionDataset) start = succession_test_load_fixture ("small.json");
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *start_bytes = succession_dataset_to_data (start, NULL);
  GRand           *rand = g_rand_new_with_seed (g_test_rand_int ());
  guint            applied = 0, refused = 0, undone = 0;

  g_ptr_array_add (stack, g_object_ref (start));
  for (guint step = 0; step < 40; step++)
    {
      SuccessionDataset *current = g_ptr_array_index (stack, stack->len - 1);
      g_autofree char   *before = succession_dataset_to_data (current, NULL);
      g_autofree char   *after = NULL;
      g_autoptr(GError) error = NULL;
      GListModel *tenures = succession_dataset_get_tenures (current);
      GListModel *persons = succession_dataset_get_persons (current);
      guint       n_tenures = g_list_model_get_n_items (tenures);
      guint       n_persons = g_list_model_get_n_items (persons);
      g_autoptr(SuccessionTenure) tenure = n_tenures > 0 ? g_list_model_get_item (tenures, g_rand_int_range (rand, 0, n_tenures)) : NULL;
      g_autoptr(SuccessionPerson) person = n_persons > 0 ? g_list_model_get_item (persons, g_rand_int_range (rand, 0, n_persons)) : NULL;
      SuccessionDataset *next = NULL;
      guint              op = g_rand_int_range (rand, 0, 7);

      if (op == 0 && stack->len > 1)
        {
          g_ptr_array_remove_index (stack, stack->len - 1);
          undone++;
          continue;
        }
      if (op == 1 && tenure != NULL)
        {
          SuccessionTenureChange change;

          succession_tenure_change_init_from (&change, tenure);
          change.end_date = succession_test_date (g_rand_boolean (rand) ? "2001-02-03" : NULL);
          change.keep_replaced_dates = g_rand_boolean (rand);
          change.source.title = "A correction";
          next = succession_tenure_change_apply (&change, current, NULL, NULL, &error);
        }
      else if (op == 2 && tenure != NULL)
        next = succession_tenure_removal_apply (current, succession_tenure_get_id (tenure), NULL, &error);
      else if (op == 3 && tenure != NULL)
        {
          SuccessionTenureChange change = { .start_date = succession_test_date ("1999"), .source.url = "https://example.org/" };

          next = succession_tenure_addition_apply (&change, current, succession_office_get_id (succession_tenure_get_office (tenure)),
                                                   person != NULL ? succession_person_get_id (person) : NULL, NULL, NULL, NULL, &error);
        }
      else if (op == 4 && person != NULL)
        {
          SuccessionPersonChange change;

          succession_person_change_init_from (&change, person);
          change.name_pinyin = g_rand_boolean (rand) ? "Míngzi" : NULL;
          change.death_date = succession_test_date (g_rand_boolean (rand) ? "2010" : NULL);
          next = succession_person_change_apply (&change, current, NULL, NULL, &error);
        }
      else if (op == 5 && person != NULL)
        next = succession_person_removal_apply (current, succession_person_get_id (person), NULL, NULL, &error);
      else
        {
          SuccessionPersonChange change = { .name = "Someone New", .name_hans = "新人" };

          next = succession_person_addition_apply (&change, current, NULL, NULL, NULL, &error);
        }

      /* A change that does not load (a death before a tenure's end is only a warning; an end
       * before a start an error) leaves the stack as it was. */
      if (next == NULL)
        {
          g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
          refused++;
          continue;
        }
      applied++;
      after = succession_dataset_to_data (current, NULL);
      g_assert_cmpstr (before, ==, after);
      g_ptr_array_add (stack, next);
    }

  g_test_message ("%u changes applied, %u refused, %u undone", applied, refused, undone);
  g_assert_cmpuint (applied, >=, 20);

  /* Every dataset of the stack loads again to what it writes. */
  for (guint i = 0; i < stack->len; i++)
    {
      g_autoptr(SuccessionLoader) loader = succession_loader_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = succession_dataset_to_data (g_ptr_array_index (stack, i), NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(SuccessionDataset) again = succession_loader_load_bytes (loader, bytes, "again", NULL, &error);
      g_autofree char *again_text = NULL;

      g_assert_no_error (error);
      again_text = succession_dataset_to_data (again, NULL);
      g_assert_cmpstr (text, ==, again_text);
    }

  g_ptr_array_set_size (stack, 1);
  {
    g_autofree char *end_bytes = succession_dataset_to_data (g_ptr_array_index (stack, 0), NULL);

    g_assert_cmpstr (start_bytes, ==, end_bytes);
  }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/person-change/correct-names-and-birth", test_correct_names_and_birth);
  g_test_add_func ("/person-change/unchanged-writes-the-same", test_unchanged_writes_the_same);
  g_test_add_func ("/person-change/birth-after-taking-office-warns", test_birth_after_taking_office_warns);
  g_test_add_func ("/person-change/no-name-refused", test_no_name_refused);
  g_test_add_func ("/person-change/removal-takes-the-tenures", test_removal_takes_the_tenures);
  g_test_add_func ("/person-change/addition", test_addition);
  g_test_add_func ("/person-change/addition-to-a-file-without-persons", test_addition_to_a_file_without_persons);
  g_test_add_func ("/person-change/correction-changes-only-its-record", test_correction_changes_only_its_record);
  g_test_add_func ("/person-change/random-edits-and-undos", test_random_edits_and_undos);

  return g_test_run ();
}
