/* succession-holder-row.h — one line of an office's holder table, formatted for display
 *
 * The table, the timeline's tooltips, the CSV export and the printed table share these
 * rows, so every place writes a tenure the same way. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-format.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_HOLDER_ROW (succession_holder_row_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionHolderRow, succession_holder_row, SUCCESSION, HOLDER_ROW, GObject)

/* The rows of @office's tenures in chronological order; regular tenures are numbered. */
GListModel       *succession_holder_rows_new              (SuccessionOffice      *office,
                                                           SuccessionNameDisplay  display);

/* @rows (made by succession_holder_rows_new) take the tenures of @office, the same office in an
 * edited dataset, in place: rows of the same tenure (by id) at the start and the end keep their
 * objects and say which of their properties changed; the rows between are replaced in one change of
 * the list. Returns whether a row's place in a sorted table may have changed. */
gboolean          succession_holder_rows_update           (GListModel            *rows,
                                                           SuccessionOffice      *office,
                                                           SuccessionNameDisplay  display);

/* Names @self's holder and chairs as @display has them, notifying "name" and "chairs": a
 * table follows a change of name display in place, its selection and scroll kept. */
void              succession_holder_row_set_display       (SuccessionHolderRow   *self,
                                                           SuccessionNameDisplay  display);

SuccessionTenure *succession_holder_row_get_tenure        (SuccessionHolderRow *self);
guint             succession_holder_row_get_number        (SuccessionHolderRow *self);
const char       *succession_holder_row_get_number_label  (SuccessionHolderRow *self);
const char       *succession_holder_row_get_name          (SuccessionHolderRow *self);
const char       *succession_holder_row_get_start_label   (SuccessionHolderRow *self);
const char       *succession_holder_row_get_end_label     (SuccessionHolderRow *self);
const char       *succession_holder_row_get_duration      (SuccessionHolderRow *self);
const char       *succession_holder_row_get_terms         (SuccessionHolderRow *self);
const char       *succession_holder_row_get_concurrent    (SuccessionHolderRow *self);
const char       *succession_holder_row_get_chairs        (SuccessionHolderRow *self);
const char       *succession_holder_row_get_sources       (SuccessionHolderRow *self);
const char       *succession_holder_row_get_citations     (SuccessionHolderRow *self);
/* The tenure's note in the user's language, or NULL. */
const char       *succession_holder_row_get_note          (SuccessionHolderRow *self);

G_END_DECLS
