/* test-body-change.c — a body's names and place in the tree corrected, a department added, an
 * empty body removed, in the model alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "succession-body-change.h"
#include "succession-dataset-writer.h"
#include "succession-model.h"
#include "succession-test-files.h"
#include "succession-test-model.h"

static void
test_rename_and_move (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) renamed = NULL;
  g_autoptr(SuccessionDataset) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char     *before = NULL;
  g_autofree char     *after = NULL;
  SuccessionBody      *body = succession_dataset_get_body (dataset, "npcsc");
  SuccessionBodyChange change;

  succession_body_change_init_from (&change, body);
  g_assert_false (succession_body_change_changes (&change, body));
  g_assert_cmpstr (change.parent_id, ==, "npc");
  change.name = "NPC Standing Committee";
  change.name_hans = "全国人大常委会";
  change.source.title = "Constitution, art. 57";
  renamed = succession_body_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (succession_body_get_name (succession_dataset_get_body (renamed, "npcsc")), ==, "NPC Standing Committee");
  g_assert_cmpstr (succession_text_get (succession_body_get_names (succession_dataset_get_body (renamed, "npcsc")), "zh-Hans"), ==,
                   "全国人大常委会");
  /* Its offices and tenures stay its own. */
  g_assert_cmpuint (succession_body_get_offices (succession_dataset_get_body (renamed, "npcsc"))->len, ==,
                    succession_body_get_offices (body)->len);
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (renamed, NULL);
  {
    g_autofree char *record_id = NULL;
    g_autofree char *stretch = succession_test_changed_record (before, after, &record_id);

    g_assert_cmpstr (record_id, ==, "npcsc");
  }

  /* Moved to the top of the tree: a root of its own. */
  succession_body_change_init_from (&change, succession_dataset_get_body (renamed, "npcsc"));
  change.parent_id = NULL;
  moved = succession_body_change_apply (&change, renamed, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (succession_body_get_parent (succession_dataset_get_body (moved, "npcsc")));
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_root_bodies (moved)), ==,
                    g_list_model_get_n_items (succession_dataset_get_root_bodies (renamed)) + 1);
}

static void
test_refused (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(GError) error = NULL;
  SuccessionBodyChange change;

  /* The NPC within its own Standing Committee: a loop. */
  succession_body_change_init_from (&change, succession_dataset_get_body (dataset, "npc"));
  change.parent_id = "npcsc";
  g_assert_null (succession_body_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);

  change.parent_id = "npc";
  g_assert_null (succession_body_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);

  change.parent_id = NULL;
  change.name = "";
  g_assert_null (succession_body_change_apply (&change, dataset, NULL, NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
}

/* A department added under the Standing Committee, then removed; bodies with departments, offices
 * or terms are not removed, and say why. */
static void
test_add_and_remove (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(SuccessionDataset) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char     *id = NULL;
  g_autofree char     *why = NULL;
  g_autofree char     *before = NULL;
  g_autofree char     *after = NULL;
  SuccessionBodyChange change = { .name = "General Office", .name_hans = "办公厅", .parent_id = "npcsc" };

  added = succession_body_addition_apply (&change, dataset, &id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "npcsc-general-office");
  g_assert_true (succession_body_get_parent (succession_dataset_get_body (added, id)) == succession_dataset_get_body (added, "npcsc"));
  g_assert_cmpuint (succession_body_get_n_children (succession_dataset_get_body (added, "npcsc")), ==,
                    succession_body_get_n_children (succession_dataset_get_body (dataset, "npcsc")) + 1);

  why = succession_body_removal_refusal (succession_dataset_get_body (added, "npcsc"));
  g_assert_nonnull (why);
  g_assert_null (succession_body_removal_apply (added, "npcsc", NULL, &error));
  g_assert_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (succession_body_removal_refusal (succession_dataset_get_body (added, id)));

  removed = succession_body_removal_apply (added, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (succession_dataset_get_body (removed, id));
  before = succession_dataset_to_data (dataset, NULL);
  after = succession_dataset_to_data (removed, NULL);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/body-change/rename-and-move", test_rename_and_move);
  g_test_add_func ("/body-change/refused", test_refused);
  g_test_add_func ("/body-change/add-and-remove", test_add_and_remove);

  return g_test_run ();
}
