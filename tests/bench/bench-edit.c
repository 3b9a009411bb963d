/* bench-edit.c — one edit of a large dataset: checked, applied to the window, saved
 *
 * Loads FILE (run-benchmarks gives the generated dataset of 100,000 tenures) and measures, the
 * rounds alternating where two things are compared:
 *
 *  - saving: succession_dataset_to_data (the writer, from the model and what it keeps of the
 *    file) against json-glib's own generator writing the same document tree (built once, not
 *    timed), pretty-printed as the writer does;
 *  - checking a correction: succession_tenure_change_apply, which the editor runs on a worker
 *    thread while the user types (the whole document written and loaded again);
 *  - applying it: in the window, Edit Tenure… on a tenure of the office shown, the fields filled
 *    and their check finished, then from Apply to the end of the frame that shows the new date,
 *    against a frame of the same window with no edit (a redraw queued, to its end); each as the
 *    wall time (which waits for the frame clock's next tick) and as the main thread's work over
 *    it (which does not), the latter against one frame interval of 60 Hz as well. Undo, from the
 *    same window, is measured the same way.
 *
 * Needs a display for the last (run-benchmarks uses Xvfb). Not a test: it judges nothing.
 *
 *   bench-edit [--rounds=N] [--window] FILE     (--window: the window's measures alone, N rounds)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-common.h"
#include "bench-frame.h"
#include "succession-application.h"
#include "succession-dataset-writer.h"
#include "succession-model.h"
#include "succession-record-editor.h"
#include "succession-tenure-change.h"
#include "succession-test-utils.h"
#include "succession-window.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* A frame with no edit: bench_time_to_frame queues the redraw itself. */
static void
no_edit (gpointer unused)
{
}

static void
apply (gpointer editor)
{
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.apply", NULL);
}

static void
cancel (gpointer editor)
{
  gtk_window_close (GTK_WINDOW (editor));
}

static void
undo (gpointer window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
}

/* Until the editor is gone and the toast's animation has ended: a frame with nothing else. */
static void
settle (void)
{
  while (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR) != NULL)
    g_main_context_iteration (NULL, TRUE);
  succession_test_spin (400);
  bench_drain_main_loop ();
}

/* Apply is on and the change it applies has been checked: what the user has once the editor has
 * caught up with the typing. */
static gboolean
checked (gpointer editor)
{
  return gtk_widget_is_sensitive (succession_test_find_child (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "apply_button")) &&
         succession_record_editor_is_checked (SUCCESSION_RECORD_EDITOR (editor));
}

/* Edit Tenure… on @tenure_id, the end date and a source typed in, once its check has finished. */
static GtkWidget *
open_filled_editor (SuccessionWindow *window,
                    const char       *tenure_id,
                    guint             round)
{
  GtkWidget *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-tenure", "s", tenure_id);
  while ((editor = GTK_WIDGET (succession_test_find_toplevel (SUCCESSION_TYPE_RECORD_EDITOR))) == NULL)
    g_main_context_iteration (NULL, TRUE);
  succession_test_type_into (editor, "end_entry", round % 2 == 0 ? "2001-02-03" : "2001-02-04");
  succession_test_type_into (editor, "title_entry", "A gazette");
  if (!succession_test_wait_until (checked, editor, 120000))
    {
      g_printerr ("The correction could not be applied\n");
      exit (1);
    }
  return editor;
}

static void
bench_save (SuccessionDataset *dataset,
            guint              rounds)
{
  g_autoptr(JsonNode) document = succession_dataset_to_json (dataset);
  g_autoptr(GArray) generator_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) writer_ms = g_array_new (FALSE, FALSE, sizeof (double));
  gsize generator_size = 0, writer_size = 0;

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *generated = NULL;
      g_autofree char *written = NULL;
      gint64           start;
      double           ms;

      json_generator_set_root (generator, document);
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 1);
      start = g_get_monotonic_time ();
      generated = json_generator_to_data (generator, &generator_size);
      ms = ms_since (start);
      g_array_append_val (generator_ms, ms);

      start = g_get_monotonic_time ();
      written = succession_dataset_to_data (dataset, &writer_size);
      ms = ms_since (start);
      g_array_append_val (writer_ms, ms);
    }

  {
    double floor = bench_median (generator_ms);
    double ours = bench_median (writer_ms);

    printf ("Saving, median of %u rounds, alternating:\n\n", rounds);
    printf ("| measure | time | bytes | ratio |\n|---|---:|---:|---:|\n");
    printf ("| json-glib's generator, the same document tree | %.1f ms | %zu | 1.00x |\n", floor, generator_size);
    printf ("| succession_dataset_to_data (the tree built from the model, then written) | %.1f ms | %zu | %.2fx |\n\n", ours,
            writer_size, ours / floor);
  }
}

static void
bench_check (SuccessionDataset *dataset,
             SuccessionTenure  *tenure,
             guint              rounds)
{
  g_autoptr(GArray) check_ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(SuccessionDataset) changed = NULL;
      g_autoptr(GError) error = NULL;
      SuccessionTenureChange change;
      gint64                 start;
      double                 ms;

      succession_tenure_change_init_from (&change, tenure);
      succession_date_parse (r % 2 == 0 ? "2001-02-03" : "2001-02-04", FALSE, &change.end_date, NULL);
      change.source.title = "A gazette";
      start = g_get_monotonic_time ();
      changed = succession_tenure_change_apply (&change, dataset, NULL, NULL, &error);
      ms = ms_since (start);
      if (changed == NULL)
        {
          g_printerr ("The correction did not load: %s\n", error->message);
          exit (1);
        }
      g_array_append_val (check_ms, ms);
    }
  printf ("Checking a correction (succession_tenure_change_apply, on the editor's worker thread), median of %u: %.1f ms\n\n",
          rounds, bench_median (check_ms));
}

static void
bench_window (SuccessionDataset *dataset,
              SuccessionTenure  *tenure,
              guint              rounds)
{
  g_autoptr(SuccessionApplication) app = NULL;
  g_autoptr(GArray) floor_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) apply_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_work = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) apply_work = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo_work = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cancel_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cancel_work = g_array_new (FALSE, FALSE, sizeof (double));
  SuccessionWindow *window;
  const char       *office_id = succession_office_get_id (succession_tenure_get_office (tenure));
  const char       *tenure_id = succession_tenure_get_id (tenure);

  window = bench_open_window (&app);
  succession_window_set_dataset (window, dataset);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-office", "s", office_id);
  succession_test_wait_for_frame (GTK_WIDGET (window));

  for (guint r = 0; r < rounds; r++)
    {
      GtkWidget *editor;
      double     ms, work;

      settle ();
      ms = bench_time_to_frame (GTK_WIDGET (window), no_edit, NULL, &work);
      g_array_append_val (floor_ms, ms);
      g_array_append_val (floor_work, work);

      /* The same editor, filled in and checked, closed with Cancel: the dialog's going, no edit. */
      editor = open_filled_editor (window, tenure_id, r);
      succession_test_spin (200);
      ms = bench_time_to_frame (GTK_WIDGET (window), cancel, editor, &work);
      g_array_append_val (cancel_ms, ms);
      g_array_append_val (cancel_work, work);
      settle ();

      editor = open_filled_editor (window, tenure_id, r);
      /* Once the user has stopped typing: the last check's copy is the editor's. */
      succession_test_spin (200);
      ms = bench_time_to_frame (GTK_WIDGET (window), apply, editor, &work);
      g_array_append_val (apply_ms, ms);
      g_array_append_val (apply_work, work);

      settle ();
      ms = bench_time_to_frame (GTK_WIDGET (window), undo, window, &work);
      g_array_append_val (undo_ms, ms);
      g_array_append_val (undo_work, work);
    }

  {
    double floor = bench_median (floor_ms), floor_cpu = bench_median (floor_work);
    double edit = bench_median (apply_ms), edit_cpu = bench_median (apply_work);
    double back = bench_median (undo_ms), back_cpu = bench_median (undo_work);
    double closed = bench_median (cancel_ms), closed_cpu = bench_median (cancel_work);
    double frame = 1000.0 / 60;

    printf ("The window, 1100x800, on the office of the tenure corrected; median of %u rounds, alternating:\n\n", rounds);
    printf ("| measure | wall time | ratio | main thread's work | ratio | of a 60 Hz frame |\n|---|---:|---:|---:|---:|---:|\n");
    printf ("| a frame with no edit (a redraw queued, to its end) | %.2f ms | 1.00x | %.2f ms | 1.00x | %.2f |\n", floor,
            floor_cpu, floor_cpu / frame);
    printf ("| the editor, filled in and checked, closed with Cancel: no edit | %.1f ms | %.2fx | %.2f ms | %.2fx | %.2f |\n",
            closed, closed / floor, closed_cpu, closed_cpu / floor_cpu, closed_cpu / frame);
    printf ("| Apply to the end of the frame that shows the corrected date | %.1f ms | %.2fx | %.2f ms | %.2fx | %.2f |\n", edit,
            edit / floor, edit_cpu, edit_cpu / floor_cpu, edit_cpu / frame);
    printf ("| Undo to the end of the frame that shows the date before | %.1f ms | %.2fx | %.2f ms | %.2fx | %.2f |\n", back,
            back / floor, back_cpu, back_cpu / floor_cpu, back_cpu / frame);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  bench_drain_main_loop ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionTenure) tenure = NULL;
  GListModel *tenures;
  guint       rounds = 5;
  gboolean    window_only = FALSE;
  const char *path = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--rounds="))
        rounds = MAX (1, (guint) atoi (argv[i] + strlen ("--rounds=")));
      else if (g_str_equal (argv[i], "--window"))
        window_only = TRUE;
      else
        path = argv[i];
    }
  if (path == NULL)
    {
      g_printerr ("usage: bench-edit [--rounds=N] [--window] FILE\n");
      return 2;
    }

  file = g_file_new_for_path (path);
  dataset = succession_loader_load_file (loader, file, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }
  tenures = succession_dataset_get_tenures (dataset);
  printf ("%s: %u tenures\n\n", path, g_list_model_get_n_items (tenures));
  /* A tenure in the middle of the file, held by someone. */
  for (guint i = g_list_model_get_n_items (tenures) / 2; tenure == NULL || succession_tenure_get_person (tenure) == NULL; i++)
    {
      g_clear_object (&tenure);
      tenure = g_list_model_get_item (tenures, i);
    }

  if (window_only)
    {
      bench_window (dataset, tenure, rounds);
      return 0;
    }
  bench_save (dataset, rounds);
  bench_check (dataset, tenure, MAX (1, rounds / 2));
  bench_window (dataset, tenure, MAX (1, rounds / 2));
  return 0;
}
