/* succession-source-picker.h — a source the dataset already cites, chosen by typing its title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-model.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SOURCE_PICKER (succession_source_picker_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSourcePicker, succession_source_picker, SUCCESSION, SOURCE_PICKER, GtkWidget)

GtkWidget         *succession_source_picker_new         (void);
/* The dataset whose sources are offered (each once, by title), after "New Source". */
void               succession_source_picker_set_dataset (SuccessionSourcePicker *self,
                                                         SuccessionDataset      *dataset);
/* How many sources are offered. */
guint              succession_source_picker_get_n_sources (SuccessionSourcePicker *self);
/* Chooses the @n-th source offered (from 0); "source-picked" is emitted for it. */
void               succession_source_picker_pick        (SuccessionSourcePicker *self,
                                                         guint                   n);

G_END_DECLS
