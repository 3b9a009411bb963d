/* test-dataset-edit.c — a tenure corrected in the dataset itself, undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "succession-dataset-edit.h"
#include "succession-dataset-writer.h"
#include "succession-dataset.h"
#include "succession-loader.h"
#include "succession-message.h"
#include "succession-office-change.h"
#include "succession-office.h"
#include "succession-person-change.h"
#include "succession-person.h"
#include "succession-source.h"
#include "succession-tenure-change.h"
#include "succession-tenure.h"
#include "succession-test-model.h"

static SuccessionDataset *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset = succession_dataset_new_bundled (&error);

  g_assert_no_error (error);
  return dataset;
}

static char *
text_of (SuccessionDataset *dataset)
{
  return succession_dataset_to_data (dataset, NULL);
}

typedef struct
{
  guint position, removed, added, calls;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->calls++;
}

static void
on_tenures_changed (SuccessionDataset *dataset,
                    SuccessionOffice  *office,
                    GPtrArray         *offices)
{
  g_ptr_array_add (offices, office);
}

/* The ids of @model's tenures, space-separated: an order to compare. */
static char *
ids_of (GListModel *model)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (model, i);

      g_string_append_printf (ids, "%s ", succession_tenure_get_id (tenure));
    }
  return g_string_free (ids, FALSE);
}

/* What the views read of @dataset, as one text: each office's and person's tenures in order
 * with their spans as the dataset reasons them, the warnings and the last recorded date. Two
 * datasets that give the same text show the same. */
static char *
state_of (SuccessionDataset *dataset)
{
  GString    *state = g_string_new (NULL);
  GListModel *offices = succession_dataset_get_offices (dataset);
  GListModel *persons = succession_dataset_get_persons (dataset);
  GListModel *warnings = succession_dataset_get_warnings (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (offices); i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, i);

      g_string_append_printf (state, "%s %s (%u):", succession_office_get_id (office), succession_office_get_label (office),
                              succession_office_get_seats (office));
      for (guint j = 0; j < succession_office_get_n_tenures (office); j++)
        {
          SuccessionTenure *tenure = succession_office_get_tenure (office, j);
          SuccessionPerson *person = succession_tenure_get_person (tenure);

          g_string_append_printf (state, " %s#%u(%s,%d,%d,%d)", succession_tenure_get_id (tenure), succession_tenure_get_index (tenure),
                                  person != NULL ? succession_person_get_id (person) : "-",
                                  succession_tenure_get_earliest_day (tenure), succession_tenure_get_latest_day (tenure),
                                  succession_tenure_get_end_status (tenure));
        }
      g_string_append_c (state, '\n');
    }
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr(SuccessionPerson) person = g_list_model_get_item (persons, i);
      g_autofree char      *ids = ids_of (succession_person_get_tenures (person));
      g_autofree char      *birth = succession_date_to_iso (succession_person_get_birth_date (person));
      const SuccessionText *names = succession_person_get_names (person);

      g_string_append_printf (state, "%s %s (%s) [%s]: %s\n", succession_person_get_id (person), succession_person_get_name (person),
                              birth, names != NULL ? succession_text_get (names, "zh-Hans") : "", ids);
    }
  for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (warnings, i);

      g_string_append_printf (state, "! %s %s\n", succession_message_get_path (message), succession_message_get_text (message));
    }
  {
    g_autofree char *last = succession_date_to_iso (succession_dataset_get_last_recorded_date (dataset));

    g_string_append_printf (state, "last %s\n", last);
  }
  return g_string_free (state, FALSE);
}

/* @dataset read again from its own text: what a fresh load of the edited file gives. */
static SuccessionDataset *
reread (SuccessionDataset *dataset)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  char *text = succession_dataset_to_data (dataset, &length);
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, length);
  SuccessionDataset *again = succession_loader_load_bytes (loader, bytes, "again.json", NULL, &error);

  g_assert_no_error (error);
  return again;
}

static void
assert_same_as_reread (SuccessionDataset *dataset)
{
  g_autoptr(SuccessionDataset) again = reread (dataset);
  g_autofree char *state = state_of (dataset);
  g_autofree char *expected = state_of (again);

  g_assert_cmpstr (state, ==, expected);
}

static void
test_correct_in_place (void)
{
  g_autoptr(SuccessionDataset) dataset = bundled ();
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(SuccessionDatasetEdit) edit = NULL;
  g_autoptr(GPtrArray) offices_told = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = text_of (dataset);
  g_autofree char       *expected = NULL;
  g_autofree char       *after = NULL;
  g_autofree char       *undone = NULL;
  g_autofree char       *end = NULL;
  SuccessionTenureChange change;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "cppcc-sg-04");
  SuccessionOffice      *office = succession_tenure_get_office (tenure);
  GListModel            *office_tenures = succession_office_get_tenures (office);
  GListModel            *person_tenures = succession_person_get_tenures (succession_tenure_get_person (tenure));
  guint                  n_sources = succession_tenure_get_sources (tenure)->len;
  guint64                serial = succession_dataset_get_serial (dataset);
  GListModel            *all_offices = succession_dataset_get_offices (dataset);
  ItemsChanged           in_office = { 0 }, in_person = { 0 }, in_offices = { 0 };
  guint                  position;

  succession_tenure_change_init_from (&change, tenure);
  change.end_date = succession_test_date ("1978-10-20");
  change.source.url = "https://example.org/qi-yanming";
  change.source.title = "Obituary of Qi Yanming";
  changed = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = text_of (changed);

  edit = succession_dataset_edit_new_tenure (dataset, changed, "cppcc-sg-04");
  g_assert_nonnull (edit);
  g_assert_false (succession_dataset_edit_is_applied (edit));
  g_assert_true (succession_dataset_edit_get_tenure (edit) == tenure);
  /* Made, not applied: the dataset is as it was. */
  g_clear_object (&changed);
  after = text_of (dataset);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  g_signal_connect (office_tenures, "items-changed", G_CALLBACK (on_items_changed), &in_office);
  g_signal_connect (person_tenures, "items-changed", G_CALLBACK (on_items_changed), &in_person);
  g_signal_connect (all_offices, "items-changed", G_CALLBACK (on_items_changed), &in_offices);
  g_signal_connect (dataset, "tenures-changed", G_CALLBACK (on_tenures_changed), offices_told);

  succession_dataset_edit_apply (edit);
  g_assert_true (succession_dataset_edit_is_applied (edit));
  g_assert_cmpuint (succession_dataset_get_serial (dataset), ==, serial + 1);

  /* The same tenure object, with the new date and the source first. */
  g_assert_true (succession_dataset_get_tenure (dataset, "cppcc-sg-04") == tenure);
  end = succession_date_to_iso (succession_tenure_get_end_date (tenure));
  g_assert_cmpstr (end, ==, "1978-10-20");
  g_assert_cmpuint (succession_tenure_get_sources (tenure)->len, ==, n_sources + 1);
  g_assert_cmpstr (succession_source_get_url (g_ptr_array_index (succession_tenure_get_sources (tenure), 0)), ==,
                   "https://example.org/qi-yanming");

  /* The views were told which one item changed, and which office's tenures. */
  for (position = 0; position < g_list_model_get_n_items (office_tenures); position++)
    {
      g_autoptr(SuccessionTenure) item = g_list_model_get_item (office_tenures, position);

      if (item == tenure)
        break;
    }
  g_assert_cmpuint (in_office.calls, ==, 1);
  g_assert_cmpuint (in_office.position, ==, position);
  g_assert_cmpuint (in_office.removed, ==, 1);
  g_assert_cmpuint (in_office.added, ==, 1);
  g_assert_cmpuint (in_person.calls, ==, 1);
  /* In the dataset's list of offices, the office is the one item that changed. */
  g_assert_cmpuint (in_offices.calls, ==, 1);
  g_assert_cmpuint (in_offices.removed, ==, 1);
  g_assert_cmpuint (in_offices.added, ==, 1);
  {
    g_autoptr(SuccessionOffice) told = g_list_model_get_item (all_offices, in_offices.position);

    g_assert_true (told == office);
  }
  g_assert_cmpuint (offices_told->len, ==, 1);
  g_assert_true (g_ptr_array_index (offices_told, 0) == office);

  /* Written, it is the file the change gave; read again, it reasons the same. */
  after = text_of (dataset);
  g_assert_cmpstr (after, ==, expected);
  assert_same_as_reread (dataset);

  succession_dataset_edit_undo (edit);
  g_assert_false (succession_dataset_edit_is_applied (edit));
  undone = text_of (dataset);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (succession_tenure_get_sources (tenure)->len, ==, n_sources);
  g_assert_cmpuint (in_office.calls, ==, 2);
  g_assert_cmpuint (succession_dataset_get_serial (dataset), ==, serial + 2);
  assert_same_as_reread (dataset);

  g_signal_handlers_disconnect_by_data (office_tenures, &in_office);
  g_signal_handlers_disconnect_by_data (person_tenures, &in_person);
  g_signal_handlers_disconnect_by_data (all_offices, &in_offices);
}

/* A later start moves the tenure among the office's: the lists follow, as a fresh load orders. */
static void
test_order_follows (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(SuccessionDatasetEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  SuccessionTenure      *first = NULL;
  SuccessionOffice      *office = NULL;
  GListModel            *tenures;
  g_autofree char       *before = text_of (dataset);
  g_autofree char       *order_before = NULL;
  g_autofree char       *order_after = NULL;
  g_autofree char       *expected = NULL;
  SuccessionTenureChange change;
  ItemsChanged           seen = { 0 };
  GListModel            *offices = succession_dataset_get_offices (dataset);

  /* An office with two tenures or more; its first moved after its last. */
  for (guint i = 0; i < g_list_model_get_n_items (offices) && office == NULL; i++)
    {
      g_autoptr(SuccessionOffice) candidate = g_list_model_get_item (offices, i);

      if (succession_office_get_n_tenures (candidate) >= 2)
        office = candidate;
    }
  g_assert_nonnull (office);
  tenures = succession_office_get_tenures (office);
  first = succession_office_get_tenure (office, 0);
  order_before = ids_of (tenures);
  succession_tenure_change_init_from (&change, first);
  /* Before the file's last recorded date (1988-04-08), which stays the same. */
  change.start_date = succession_test_date ("1988-01-01");
  change.end_date = (SuccessionDate){ 0 };
  changed = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = ids_of (succession_office_get_tenures (succession_dataset_get_office (changed, succession_office_get_id (office))));
  edit = succession_dataset_edit_new_tenure (dataset, changed, succession_tenure_get_id (first));
  g_assert_nonnull (edit);
  g_signal_connect (tenures, "items-changed", G_CALLBACK (on_items_changed), &seen);

  succession_dataset_edit_apply (edit);
  order_after = ids_of (tenures);
  g_assert_cmpstr (order_after, ==, expected);
  g_assert_cmpstr (order_after, !=, order_before);
  g_assert_true (succession_office_get_tenure (office, succession_office_get_n_tenures (office) - 1) == first);
  /* Taken out of its place and put into its new one. */
  g_assert_cmpuint (seen.calls, ==, 2);
  assert_same_as_reread (dataset);

  succession_dataset_edit_undo (edit);
  g_clear_pointer (&order_after, g_free);
  order_after = ids_of (tenures);
  g_assert_cmpstr (order_after, ==, order_before);
  {
    g_autofree char *undone = text_of (dataset);

    g_assert_cmpstr (undone, ==, before);
  }
  g_signal_handlers_disconnect_by_data (tenures, &seen);
}

/* Another holder: the tenure leaves one person's list for the other's. */
static void
test_holder_moves (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(SuccessionDatasetEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = text_of (dataset);
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "sg-3");
  SuccessionPerson      *yang = succession_dataset_get_person (dataset, "yang-shangkun");
  SuccessionPerson      *ji = succession_dataset_get_person (dataset, "ji-pengfei");
  guint                  n_yang = g_list_model_get_n_items (succession_person_get_tenures (yang));
  guint                  n_ji = g_list_model_get_n_items (succession_person_get_tenures (ji));
  SuccessionTenureChange change;

  succession_tenure_change_init_from (&change, tenure);
  change.person_id = "ji-pengfei";
  changed = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  edit = succession_dataset_edit_new_tenure (dataset, changed, "sg-3");
  g_assert_nonnull (edit);

  succession_dataset_edit_apply (edit);
  g_assert_true (succession_tenure_get_person (tenure) == ji);
  g_assert_cmpuint (g_list_model_get_n_items (succession_person_get_tenures (yang)), ==, n_yang - 1);
  g_assert_cmpuint (g_list_model_get_n_items (succession_person_get_tenures (ji)), ==, n_ji + 1);
  {
    g_autofree char *after = text_of (dataset);
    g_autofree char *expected = text_of (changed);

    g_assert_cmpstr (after, ==, expected);
  }
  assert_same_as_reread (dataset);

  succession_dataset_edit_undo (edit);
  g_assert_true (succession_tenure_get_person (tenure) == yang);
  g_assert_cmpuint (g_list_model_get_n_items (succession_person_get_tenures (yang)), ==, n_yang);
  g_assert_cmpuint (g_list_model_get_n_items (succession_person_get_tenures (ji)), ==, n_ji);
  {
    g_autofree char *undone = text_of (dataset);

    g_assert_cmpstr (undone, ==, before);
  }
}

/* A change that adds a record is not one tenure's: it cannot be made in place, and the window
 * shows the changed copy instead. */
static void
test_not_in_place (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *new_id = NULL;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "sg-3");
  SuccessionTenureChange change;

  succession_tenure_change_init_from (&change, tenure);
  added = succession_tenure_addition_apply (&change, dataset, succession_office_get_id (succession_tenure_get_office (tenure)),
                                            "ji-pengfei", &new_id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (succession_dataset_edit_new_tenure (dataset, added, new_id));
  g_assert_null (succession_dataset_edit_new_tenure (dataset, added, "sg-3"));
}

/* A source accessed on a day past today takes the last recorded date past it: the tenures their
 * terms leave open then read as still held (succession-loader-tenures.c), all of them, and read
 * as before once it is undone. */
static const char open_term[] =
  "{\"organizations\": [{\"id\": \"npc\", \"name\": \"A congress\"}],"
  " \"persons\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}],"
  " \"posts\": [{\"id\": \"chair\", \"label\": \"Chair\", \"organization_id\": \"npc\"},"
  "             {\"id\": \"deputy\", \"label\": \"Deputy\", \"organization_id\": \"npc\"}],"
  " \"events\": [{\"id\": \"t1\", \"classification\": \"legislative period\", \"organization_id\": \"npc\","
  "              \"name\": \"1st\", \"start_date\": \"2000-03-01\"}],"
  " \"memberships\": [{\"id\": \"m1\", \"person_id\": \"a\", \"post_id\": \"chair\", \"legislative_period_id\": \"t1\"},"
  "                   {\"id\": \"m2\", \"person_id\": \"b\", \"post_id\": \"deputy\", \"legislative_period_id\": \"t1\"}]}";

static void
test_settles_open_tenures (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (open_term, strlen (open_term));
  g_autoptr(SuccessionDataset) dataset = succession_loader_load_bytes (loader, bytes, "open-term.json", NULL, NULL);
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(SuccessionDatasetEdit) edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = text_of (dataset);
  g_autofree char       *state_before = state_of (dataset);
  g_autofree char       *expected = NULL;
  SuccessionTenureChange change;
  guint                  n_settled = 0;
  GListModel            *tenures = succession_dataset_get_tenures (dataset);

  g_assert_nonnull (dataset);
  /* Last recorded in 2000: whether the deputy still sits is not known. */
  g_assert_cmpint (succession_tenure_get_end_status (succession_dataset_get_tenure (dataset, "m2")), ==, SUCCESSION_END_STATUS_UNKNOWN);
  succession_tenure_change_init_from (&change, succession_dataset_get_tenure (dataset, "m1"));
  change.source.url = "https://example.org/later";
  change.source.accessed = succession_test_date ("2999-01-01");
  changed = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (tenures); i++)
    {
      g_autoptr(SuccessionTenure) own = g_list_model_get_item (tenures, i);
      SuccessionTenure *other = succession_dataset_get_tenure (changed, succession_tenure_get_id (own));

      n_settled += succession_tenure_get_end_status (own) != succession_tenure_get_end_status (other);
    }
  /* Both chairs of the open term. */
  g_assert_cmpuint (n_settled, ==, 2);
  expected = text_of (changed);
  edit = succession_dataset_edit_new_tenure (dataset, changed, "m1");
  g_assert_nonnull (edit);

  succession_dataset_edit_apply (edit);
  g_assert_cmpint (succession_tenure_get_end_status (succession_dataset_get_tenure (dataset, "m2")), ==, SUCCESSION_END_STATUS_ONGOING);
  {
    g_autofree char *after = text_of (dataset);
    g_autofree char *state = state_of (dataset);
    g_autofree char *state_expected = state_of (changed);

    g_assert_cmpstr (after, ==, expected);
    g_assert_cmpstr (state, ==, state_expected);
  }
  assert_same_as_reread (dataset);

  succession_dataset_edit_undo (edit);
  {
    g_autofree char *undone = text_of (dataset);
    g_autofree char *state = state_of (dataset);

    g_assert_cmpstr (undone, ==, before);
    g_assert_cmpstr (state, ==, state_before);
  }
}

static gboolean
finds_office (SuccessionDataset *dataset,
              const char        *query,
              SuccessionOffice  *office)
{
  g_autoptr(GPtrArray) found = succession_dataset_search (dataset, query, 0);

  return g_ptr_array_find (found, office, NULL);
}

static gboolean
finds (SuccessionDataset *dataset,
       const char        *query,
       SuccessionPerson  *person)
{
  g_autoptr(GPtrArray) found = succession_dataset_search (dataset, query, 0);

  return g_ptr_array_find (found, person, NULL);
}

/* A person's names and birth corrected in place: the same object with the new names, which the
 * search finds at once, and the tables of the offices they held told; undone, all as before. */
static void
test_person_in_place (void)
{
  g_autoptr(SuccessionDataset) dataset = bundled ();
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(SuccessionDatasetEdit) edit = NULL;
  g_autoptr(GPtrArray) offices_told = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = text_of (dataset);
  g_autofree char       *expected = NULL;
  SuccessionPerson      *person = succession_dataset_get_person (dataset, "qi-yanming");
  SuccessionPersonChange change;
  ItemsChanged           in_persons = { 0 };
  GListModel            *persons = succession_dataset_get_persons (dataset);

  /* The search keys are made, as the window has them. */
  g_assert_true (finds (dataset, "qi yanming", person));
  g_assert_false (finds (dataset, "chi yen-ming", person));
  succession_person_change_init_from (&change, person);
  change.name = "Chi Yen-ming";
  change.name_pinyin = NULL;
  change.birth_date = succession_test_date ("1907");
  change.source.url = "https://example.org/a-biography";
  changed = succession_person_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = text_of (changed);
  edit = succession_dataset_edit_new_person (dataset, changed, "qi-yanming");
  g_assert_nonnull (edit);
  g_assert_true (succession_dataset_edit_get_person (edit) == person);
  g_assert_null (succession_dataset_edit_get_tenure (edit));
  g_clear_object (&changed);
  g_signal_connect (persons, "items-changed", G_CALLBACK (on_items_changed), &in_persons);
  g_signal_connect (dataset, "tenures-changed", G_CALLBACK (on_tenures_changed), offices_told);

  succession_dataset_edit_apply (edit);
  g_assert_true (succession_dataset_get_person (dataset, "qi-yanming") == person);
  g_assert_cmpstr (succession_person_get_name (person), ==, "Chi Yen-ming");
  {
    g_autofree char *after = text_of (dataset);

    g_assert_cmpstr (after, ==, expected);
  }
  assert_same_as_reread (dataset);
  g_assert_true (finds (dataset, "chi yen-ming", person));
  g_assert_true (finds (dataset, "chi yen", person));
  g_assert_cmpuint (in_persons.calls, ==, 1);
  g_assert_cmpuint (in_persons.removed, ==, 1);
  g_assert_cmpuint (in_persons.added, ==, 1);
  /* The one office Qi Yanming held. */
  g_assert_cmpuint (offices_told->len, ==, 1);

  succession_dataset_edit_undo (edit);
  {
    g_autofree char *undone = text_of (dataset);

    g_assert_cmpstr (undone, ==, before);
  }
  assert_same_as_reread (dataset);
  g_assert_false (finds (dataset, "chi yen-ming", person));
  g_assert_true (finds (dataset, "qi yanming", person));
  g_signal_handlers_disconnect_by_data (persons, &in_persons);
  g_signal_handlers_disconnect_by_data (dataset, offices_told);
}

/* An office's label and seats corrected in place: found by its new label, its tenures' reach
 * reasoned for the new seats, its table told; moved to another body, it is not made in place. */
static void
test_office_in_place (void)
{
  g_autoptr(SuccessionDataset) dataset = bundled ();
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(SuccessionDataset) moved = NULL;
  g_autoptr(SuccessionDatasetEdit) edit = NULL;
  g_autoptr(GPtrArray) offices_told = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = text_of (dataset);
  g_autofree char       *expected = NULL;
  SuccessionOffice      *office = succession_dataset_get_office (dataset, "cppcc-secretary-general");
  SuccessionOfficeChange change;

  g_assert_false (finds_office (dataset, "general secretariat", office));
  succession_office_change_init_from (&change, office);
  change.label = "General Secretariat Head of the CPPCC";
  change.seats = 2;
  change.source.url = "https://example.org/an-organ";
  changed = succession_office_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = text_of (changed);
  edit = succession_dataset_edit_new_office (dataset, changed, "cppcc-secretary-general");
  g_assert_nonnull (edit);
  g_assert_true (succession_dataset_edit_get_office (edit) == office);
  g_clear_object (&changed);
  g_signal_connect (dataset, "tenures-changed", G_CALLBACK (on_tenures_changed), offices_told);

  succession_dataset_edit_apply (edit);
  g_assert_cmpstr (succession_office_get_label (office), ==, "General Secretariat Head of the CPPCC");
  g_assert_cmpuint (succession_office_get_seats (office), ==, 2);
  {
    g_autofree char *after = text_of (dataset);

    g_assert_cmpstr (after, ==, expected);
  }
  assert_same_as_reread (dataset);
  g_assert_true (finds_office (dataset, "general secretariat", office));
  g_assert_cmpuint (offices_told->len, ==, 1);
  g_assert_true (g_ptr_array_index (offices_told, 0) == office);

  succession_dataset_edit_undo (edit);
  {
    g_autofree char *undone = text_of (dataset);

    g_assert_cmpstr (undone, ==, before);
  }
  assert_same_as_reread (dataset);
  g_assert_false (finds_office (dataset, "general secretariat", office));
  g_signal_handlers_disconnect_by_data (dataset, offices_told);

  succession_office_change_init_from (&change, office);
  change.body_id = "npcsc";
  moved = succession_office_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (succession_dataset_edit_new_office (dataset, moved, "cppcc-secretary-general"));
}

/* A tenure added, then removed, in place: the lists grow and shrink by the one item, the file's
 * order and what a fresh load reasons follow, and undoing each writes the file it started from. */
static void
test_add_and_remove_in_place (void)
{
  g_autoptr(SuccessionDataset) dataset = bundled ();
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(SuccessionDataset) removed = NULL;
  g_autoptr(SuccessionDatasetEdit) addition = NULL;
  g_autoptr(SuccessionDatasetEdit) removal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char       *before = text_of (dataset);
  g_autofree char       *new_id = NULL;
  g_autofree char       *expected = NULL;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "cppcc-sg-04");
  SuccessionOffice      *office = succession_tenure_get_office (tenure);
  GListModel            *office_tenures = succession_office_get_tenures (office);
  GListModel            *all_tenures = succession_dataset_get_tenures (dataset);
  guint                  n_office = g_list_model_get_n_items (office_tenures);
  guint                  n_all = g_list_model_get_n_items (all_tenures);
  ItemsChanged           in_office = { 0 };
  SuccessionTenureChange change;

  succession_tenure_change_init_from (&change, tenure);
  change.start_date = succession_test_date ("1989-01-01");
  change.end_date = succession_test_date ("1990-01-01");
  change.source.url = "https://example.org/a-yearbook";
  added = succession_tenure_addition_apply (&change, dataset, succession_office_get_id (office), "peng-zhen", &new_id, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = text_of (added);
  addition = succession_dataset_edit_new_addition (dataset, added, new_id);
  g_assert_nonnull (addition);
  g_clear_object (&added);
  g_signal_connect (office_tenures, "items-changed", G_CALLBACK (on_items_changed), &in_office);

  succession_dataset_edit_apply (addition);
  g_assert_true (succession_dataset_get_tenure (dataset, new_id) == succession_dataset_edit_get_member (addition));
  g_assert_cmpuint (g_list_model_get_n_items (office_tenures), ==, n_office + 1);
  g_assert_cmpuint (g_list_model_get_n_items (all_tenures), ==, n_all + 1);
  g_assert_cmpuint (in_office.removed, ==, 0);
  g_assert_cmpuint (in_office.added, ==, 1);
  {
    g_autofree char *after = text_of (dataset);

    g_assert_cmpstr (after, ==, expected);
  }
  assert_same_as_reread (dataset);

  /* The tenure corrected before it in the file removed: the later ones move up. */
  removed = succession_tenure_removal_apply (dataset, "cppcc-sg-04", NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_free);
  expected = text_of (removed);
  removal = succession_dataset_edit_new_removal (dataset, removed, "cppcc-sg-04");
  g_assert_nonnull (removal);
  g_clear_object (&removed);
  succession_dataset_edit_apply (removal);
  g_assert_null (succession_dataset_get_tenure (dataset, "cppcc-sg-04"));
  g_assert_cmpuint (g_list_model_get_n_items (office_tenures), ==, n_office);
  {
    g_autofree char *after = text_of (dataset);

    g_assert_cmpstr (after, ==, expected);
  }
  assert_same_as_reread (dataset);

  succession_dataset_edit_undo (removal);
  g_assert_true (succession_dataset_get_tenure (dataset, "cppcc-sg-04") == tenure);
  assert_same_as_reread (dataset);
  succession_dataset_edit_undo (addition);
  g_assert_null (succession_dataset_get_tenure (dataset, new_id));
  g_assert_cmpuint (g_list_model_get_n_items (all_tenures), ==, n_all);
  {
    g_autofree char *undone = text_of (dataset);

    g_assert_cmpstr (undone, ==, before);
  }
  assert_same_as_reread (dataset);
  g_signal_handlers_disconnect_by_data (office_tenures, &in_office);
}

/* @changed (taken; NULL when the change did not load) made in @dataset as an edit, pushed on
 * @undo: the dataset then writes what @changed writes. */
static void
apply_checked (SuccessionDataset *dataset,
               SuccessionDataset *changed,
               SuccessionDatasetEdit *(*make) (SuccessionDataset *, SuccessionDataset *, const char *),
               const char *id,
               GPtrArray  *undo,
               GPtrArray  *redo)
{
  g_autoptr(SuccessionDataset) owned = changed;
  g_autofree char       *expected = NULL;
  g_autofree char       *after = NULL;
  SuccessionDatasetEdit *edit;

  if (changed == NULL)
    return;
  expected = text_of (changed);
  edit = make (dataset, changed, id);
  g_assert_nonnull (edit);
  g_clear_object (&owned);
  succession_dataset_edit_apply (edit);
  g_ptr_array_add (undo, edit);
  g_ptr_array_set_size (redo, 0);
  after = text_of (dataset);
  g_assert_cmpstr (after, ==, expected);
}

/* Random corrections, undos and redos, in the order a user might make them: at every step the
 * dataset writes what a fresh change would give, reasons as a fresh load does, and once
 * everything is undone it writes exactly the file it started as. */
static void
test_random_sequences (void)
{
  static const char *const holders[] = { NULL, "yang-shangkun", "ji-pengfei" };
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(GPtrArray) undo = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) redo = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *start = text_of (dataset);
  GListModel      *tenures = succession_dataset_get_tenures (dataset);

  for (guint step = 0; step < 60; step++)
    {
      guint what = g_test_rand_int_range (0, 4);

      if (what == 0 && undo->len > 0)
        {
          SuccessionDatasetEdit *edit = g_ptr_array_steal_index (undo, undo->len - 1);

          succession_dataset_edit_undo (edit);
          g_ptr_array_add (redo, edit);
        }
      else if (what == 1 && redo->len > 0)
        {
          SuccessionDatasetEdit *edit = g_ptr_array_steal_index (redo, redo->len - 1);

          succession_dataset_edit_apply (edit);
          g_ptr_array_add (undo, edit);
        }
      else if (g_list_model_get_n_items (tenures) > 1)
        {
          g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (tenures, g_test_rand_int_range (0, g_list_model_get_n_items (tenures)));
          GListModel *offices = succession_dataset_get_offices (dataset);
          GListModel *persons = succession_dataset_get_persons (dataset);
          g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, g_test_rand_int_range (0, g_list_model_get_n_items (offices)));
          g_autoptr(SuccessionPerson) person = g_list_model_get_item (persons, g_test_rand_int_range (0, g_list_model_get_n_items (persons)));
          SuccessionTenureChange change;
          SuccessionPersonChange person_change;
          SuccessionOfficeChange office_change;
          int                    what_changes;
          char                   year[16];

          g_snprintf (year, sizeof year, "%d", g_test_rand_int_range (1950, 1989));
          succession_tenure_change_init_from (&change, tenure);
          succession_person_change_init_from (&person_change, person);
          succession_office_change_init_from (&office_change, office);
          what_changes = g_test_rand_int_range (0, 7);
          switch (what_changes)
            {
            case 0:
              change.start_date = succession_test_date (year);
              change.end_date = (SuccessionDate){ 0 };
              break;
            case 1:
              change.person_id = holders[g_test_rand_int_range (0, G_N_ELEMENTS (holders))];
              break;
            case 2:
              change.source.url = "https://example.org/a-source";
              change.source.title = year;
              break;
            case 3:
              person_change.birth_date = succession_test_date (year);
              person_change.name_hans = year;
              apply_checked (dataset, succession_person_change_apply (&person_change, dataset, NULL, NULL, NULL),
                             succession_dataset_edit_new_person, succession_person_get_id (person), undo, redo);
              break;
            case 5:
              {
                g_autofree char   *new_id = NULL;
                SuccessionDataset *added = succession_tenure_addition_apply (&change, dataset, succession_office_get_id (office),
                                                                             holders[1], &new_id, NULL, NULL, NULL);

                apply_checked (dataset, added, succession_dataset_edit_new_addition, new_id, undo, redo);
              }
              break;
            case 6:
              apply_checked (dataset, succession_tenure_removal_apply (dataset, succession_tenure_get_id (tenure), NULL, NULL),
                             succession_dataset_edit_new_removal, succession_tenure_get_id (tenure), undo, redo);
              break;
            default:
              office_change.seats = g_test_rand_int_range (0, 3);
              office_change.label_hans = year;
              apply_checked (dataset, succession_office_change_apply (&office_change, dataset, NULL, NULL, NULL),
                             succession_dataset_edit_new_office, succession_office_get_id (office), undo, redo);
              break;
            }
          if (what_changes < 3)
            apply_checked (dataset, succession_tenure_change_apply (&change, dataset, NULL, NULL, NULL),
                           succession_dataset_edit_new_tenure, succession_tenure_get_id (tenure), undo, redo);
        }
      assert_same_as_reread (dataset);
    }

  while (undo->len > 0)
    {
      SuccessionDatasetEdit *edit = g_ptr_array_steal_index (undo, undo->len - 1);

      succession_dataset_edit_undo (edit);
      g_object_unref (edit);
    }
  {
    g_autofree char *end = text_of (dataset);

    g_assert_cmpstr (end, ==, start);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dataset-edit/correct-in-place", test_correct_in_place);
  g_test_add_func ("/dataset-edit/order-follows", test_order_follows);
  g_test_add_func ("/dataset-edit/holder-moves", test_holder_moves);
  g_test_add_func ("/dataset-edit/not-in-place", test_not_in_place);
  g_test_add_func ("/dataset-edit/settles-open-tenures", test_settles_open_tenures);
  g_test_add_func ("/dataset-edit/person-in-place", test_person_in_place);
  g_test_add_func ("/dataset-edit/office-in-place", test_office_in_place);
  g_test_add_func ("/dataset-edit/add-and-remove-in-place", test_add_and_remove_in_place);
  g_test_add_func ("/dataset-edit/random-sequences", test_random_sequences);
  return g_test_run ();
}
