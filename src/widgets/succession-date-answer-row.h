/* succession-date-answer-row.h — a line of On a Date: an office and its holders then, or a council
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "succession-format.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_DATE_ANSWER_ROW (succession_date_answer_row_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionDateAnswerRow, succession_date_answer_row, SUCCESSION, DATE_ANSWER_ROW, GtkWidget)

/* A row that answers for its "entity" (an office, or a council: a body of offices) on its "date"
 * (text as the date field takes it: "1988", "1988-04-08") in its "name-display". */
GtkWidget  *succession_date_answer_row_new          (void);
const char *succession_date_answer_row_get_title    (SuccessionDateAnswerRow *self);
const char *succession_date_answer_row_get_subtitle (SuccessionDateAnswerRow *self);

/* A council's members on @date, a line per member office in the council's official order
 * ("Chairman of the NPC Standing Committee: Wan Li"); NULL when no member office had a holder. */
char       *succession_date_answer_council_members  (SuccessionBody          *council,
                                                     const SuccessionDate    *date,
                                                     SuccessionNameDisplay    display);

G_END_DECLS
