/* bench-common.h — figures shared by the benchmarks of search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "succession-model.h"

/* The median and the maximum of an array of doubles (sorts @values). */
double bench_median  (GArray    *values);
double bench_maximum (GArray    *values);
/* The value with @fraction (0.9: the 90th percentile) of @values at or below it (nearest rank). */
double bench_percentile (GArray *values,
                         double  fraction);
/* The floor of a search: the median over @rounds of a loop doing nothing but strlen () of
 * every person's name (SuccessionPerson), in milliseconds. */
double bench_names_floor_ms (GPtrArray *persons,
                             guint      rounds);
/* Loads the dataset at @path (exits with a message if it cannot), puts its persons in @persons,
 * and runs the first search, which builds the search keys. Sets the seconds the load took and
 * the milliseconds of that first search. */
SuccessionDataset *bench_load_dataset (const char *path,
                                       GPtrArray  *persons,
                                       double     *load_s,
                                       double     *first_search_ms);
