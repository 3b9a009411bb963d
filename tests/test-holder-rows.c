/* test-holder-rows.c — an office's holder rows follow an edit of the dataset in place
 *
 * After an edit the window gets a new dataset; the office page's rows take the same office's new
 * tenures (succession_holder_rows_update), so that only the cells an edit changed are written
 * again, and the rows of other tenures stay the objects the table shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "succession-dataset.h"
#include "succession-holder-row.h"
#include "succession-office.h"
#include "succession-tenure-change.h"
#include "succession-tenure.h"
#include "succession-test-files.h"
#include "succession-test-model.h"

static void
on_notify (GObject    *row,
           GParamSpec *pspec,
           GString    *said)
{
  g_string_append_printf (said, "%s;", pspec->name);
}

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

static GPtrArray *
listen (GListModel *rows)
{
  GPtrArray *said = g_ptr_array_new_with_free_func (free_string);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);
      GString *heard = g_string_new ("");

      g_ptr_array_add (said, heard);
      g_signal_connect (row, "notify", G_CALLBACK (on_notify), heard);
    }
  return said;
}

static void
stop_listening (GListModel *rows,
                GPtrArray  *said)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      g_signal_handlers_disconnect_by_func (row, on_notify, g_ptr_array_index (said, i));
    }
}

static void
on_items_changed (GListModel *rows,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *changes)
{
  g_string_append_printf (changes, "%u-%u+%u;", position, removed, added);
}

/* A corrected end date: every row is the same object; the corrected one says its end and its
 * length changed, the others only that their tenure is the new dataset's. */
static void
test_correction (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_dataset_new_bundled (NULL);
  g_autoptr(SuccessionDataset) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) changes = g_string_new ("");
  g_autoptr(GPtrArray) said = NULL;
  SuccessionTenure      *tenure = succession_dataset_get_tenure (dataset, "cppcc-sg-04");
  SuccessionOffice      *office = succession_tenure_get_office (tenure);
  SuccessionTenureChange change;
  guint                  corrected = G_MAXUINT;

  g_assert_nonnull (tenure);
  rows = succession_holder_rows_new (office, SUCCESSION_NAME_DISPLAY_PINYIN);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      SuccessionHolderRow *row = g_list_model_get_item (rows, i);

      if (succession_holder_row_get_tenure (row) == tenure)
        corrected = i;
      g_ptr_array_add (before, row);
    }
  g_assert_cmpuint (corrected, !=, G_MAXUINT);

  succession_tenure_change_init_from (&change, tenure);
  change.end_date = succession_test_date ("1978-10-20");
  change.source.title = "Obituary of Qi Yanming";
  changed = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
  g_assert_no_error (error);

  said = listen (rows);
  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed), changes);
  /* The end moved: a table sorted by it sorts again. */
  g_assert_true (succession_holder_rows_update (rows, succession_dataset_get_office (changed, succession_office_get_id (office)),
                                                SUCCESSION_NAME_DISPLAY_PINYIN));
  stop_listening (rows, said);

  g_assert_cmpstr (changes->str, ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (rows, i);
      const char *heard = ((GString *) g_ptr_array_index (said, i))->str;

      g_assert_true (row == g_ptr_array_index (before, i));
      g_assert_true (succession_holder_row_get_tenure (row) ==
                     succession_dataset_get_tenure (changed, succession_tenure_get_id (succession_holder_row_get_tenure (row))));
      if (i == corrected)
        {
          g_assert_nonnull (strstr (heard, "end-label;"));
          g_assert_nonnull (strstr (heard, "sources;"));
          g_assert_true (g_str_has_prefix (succession_holder_row_get_end_label (row), "20 October 1978"));
        }
      else
        g_assert_cmpstr (heard, ==, "tenure;");
    }
}

/* A tenure added: the rows before and after it stay, one row comes in at its place. */
static void
test_addition (void)
{
  g_autoptr(SuccessionDataset) dataset = succession_test_load_fixture ("small.json");
  g_autoptr(SuccessionDataset) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GString) changes = g_string_new ("");
  g_autofree char       *id = NULL;
  SuccessionTenureChange change = { 0 };
  SuccessionOffice      *office = succession_tenure_get_office (succession_dataset_get_tenure (dataset, "sg-1"));
  SuccessionOffice      *office_after;
  guint                  n;

  rows = succession_holder_rows_new (office, SUCCESSION_NAME_DISPLAY_PINYIN);
  n = g_list_model_get_n_items (rows);
  change.start_date = succession_test_date ("1950-01");
  change.end_date = succession_test_date ("1951");
  change.source.title = "A yearbook";
  added = succession_tenure_addition_apply (&change, dataset, succession_office_get_id (office), "ji-pengfei", &id, NULL, NULL, &error);
  g_assert_no_error (error);
  office_after = succession_dataset_get_office (added, succession_office_get_id (office));

  g_signal_connect (rows, "items-changed", G_CALLBACK (on_items_changed), changes);
  g_assert_true (succession_holder_rows_update (rows, office_after, SUCCESSION_NAME_DISPLAY_PINYIN));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n + 1);
  /* One change of the list, that adds a row and removes none. */
  g_assert_true (g_str_has_suffix (changes->str, "-0+1;"));
  g_assert_true (strchr (changes->str, ';') == changes->str + changes->len - 1);
  for (guint i = 0; i < n + 1; i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (rows, i);

      g_assert_true (succession_holder_row_get_tenure (row) == succession_office_get_tenure (office_after, i));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/holder-rows/correction", test_correction);
  g_test_add_func ("/holder-rows/addition", test_addition);

  return g_test_run ();
}
