/* bench-common.c — figures shared by the benchmarks of search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bench-common.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
bench_median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

double
bench_maximum (GArray *values)
{
  double m = 0;

  for (guint i = 0; i < values->len; i++)
    m = MAX (m, g_array_index (values, double, i));
  return m;
}

double
bench_percentile (GArray *values,
                  double  fraction)
{
  g_autoptr(GArray) sorted = NULL;
  guint index;

  if (values->len == 0)
    return 0;
  sorted = g_array_copy (values);
  g_array_sort (sorted, compare_doubles);
  /* The nearest rank: the smallest value with at least @fraction of the values at or below it. */
  index = (guint) MAX (1.0, (double) sorted->len * fraction + 0.999999) - 1;
  return g_array_index (sorted, double, MIN (index, sorted->len - 1));
}

double
bench_names_floor_ms (GPtrArray *persons,
                      guint      rounds)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  volatile gsize sink = 0;

  for (guint r = 0; r < rounds; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      gsize  total = 0;
      double ms;

      for (guint i = 0; i < persons->len; i++)
        total += strlen (succession_person_get_name (g_ptr_array_index (persons, i)));
      sink += total;
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      /* Read back, so the compiler keeps the loop. */
      (void) sink;
      g_array_append_val (times, ms);
    }

  return bench_median (times);
}

SuccessionDataset *
bench_load_dataset (const char *path,
                    GPtrArray  *persons,
                    double     *load_s,
                    double     *first_search_ms)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warm = NULL;
  SuccessionDataset *dataset;
  GListModel        *model;
  gint64             t0;

  t0 = g_get_monotonic_time ();
  dataset = succession_loader_load_file (loader, file, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      exit (1);
    }
  *load_s = (g_get_monotonic_time () - t0) / 1e6;

  model = succession_dataset_get_persons (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (persons, g_list_model_get_item (model, i));

  /* The first search builds the keys of every person, office and body, once. */
  t0 = g_get_monotonic_time ();
  warm = succession_dataset_search (dataset, "x", 200);
  *first_search_ms = (g_get_monotonic_time () - t0) / 1000.0;

  return dataset;
}
