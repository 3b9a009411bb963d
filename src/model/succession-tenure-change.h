/* succession-tenure-change.h — a correction of one tenure's dates, with the source that says so;
 * and the removal of a tenure
 *
 * A change is applied to a dataset's own document and the result loaded again, so the edited
 * dataset is checked by the same loader and validator as a file, every derived value (spans,
 * the chart's range, the search keys) is built anew, and the dataset before the change stays
 * as it was: undo is showing it again. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-date.h"
#include "succession-record-change.h"
#include "succession-types.h"

G_BEGIN_DECLS

typedef struct
{
  /* The tenure to change. */
  const char    *tenure_id;
  /* The new dates, with their qualifiers; an unset date (year 0) removes it. */
  SuccessionDate start_date;
  SuccessionDate end_date;
  /* The holder, by person id; NULL makes the tenure a vacancy. Not read by an addition, which
   * is given its holder. */
  const char          *person_id;
  /* Regular, acting or honorary for a tenure held; a vacancy's kind is "vacancy". */
  SuccessionTenureKind kind;
  /* The source of the change, put first among the tenure's sources. */
  SuccessionChangeSource source;
  /* Each date that changes stays on the tenure as a disagreement (date_alternatives), with the
   * sources the tenure had: two sources, two values. */
  gboolean       keep_replaced_dates;
  /* The tenure's note in @note_language ("en", "zh-Hans", "zh-Hant"; NULL: "en"): NULL leaves the
   * note as it is, an empty text removes that language's note. Notes in other languages stay. */
  const char    *note;
  const char    *note_language;
  /* The terms the tenure falls in, by id, NULL-terminated: NULL leaves them as they are, an
   * empty list removes them. */
  const char *const *term_ids;
} SuccessionTenureChange;

/* Sets @change to @tenure's dates as they are, with no source. */
void               succession_tenure_change_init_from (SuccessionTenureChange *change,
                                                       SuccessionTenure       *tenure);

/* Does @change change anything of the tenure's dates? */
gboolean           succession_tenure_change_changes_dates (const SuccessionTenureChange *change,
                                                           SuccessionTenure             *tenure);
/* Does @change change anything of the tenure (its dates, holder, kind, note or terms)? */
gboolean           succession_tenure_change_changes       (const SuccessionTenureChange *change,
                                                           SuccessionTenure             *tenure);

/* @dataset with @change applied, loaded again as if from the dataset's file, or NULL when the
 * changed dataset does not load (an end before its start) or there is no such tenure; @error
 * then says why. @messages, if not NULL, receives what the loader says about this tenure alone
 * (SuccessionMessage: errors, then warnings), in the user's language, whether or not it loads. */
SuccessionDataset *succession_tenure_change_apply (const SuccessionTenureChange *change,
                                                   SuccessionDataset            *dataset,
                                                   GCancellable                 *cancellable,
                                                   GListModel                  **messages,
                                                   GError                      **error);

/* @dataset with a new tenure of @office_id held by @person_id (NULL: a vacancy), with @change's
 * dates and source (its tenure_id is not read), appended to the memberships; loaded again as
 * succession_tenure_change_apply() does, @messages being what the loader says of the new record.
 * The new tenure's id is set in @new_id (free with g_free). */
SuccessionDataset *succession_tenure_addition_apply (const SuccessionTenureChange *change,
                                                     SuccessionDataset            *dataset,
                                                     const char                   *office_id,
                                                     const char                   *person_id,
                                                     char                        **new_id,
                                                     GCancellable                 *cancellable,
                                                     GListModel                  **messages,
                                                     GError                      **error);

/* @dataset without the tenure @tenure_id, loaded again as from the dataset's file; NULL with @error
 * when there is no such tenure. Nothing else goes with it: people, offices and terms stay. */
SuccessionDataset *succession_tenure_removal_apply (SuccessionDataset *dataset,
                                                   const char        *tenure_id,
                                                   GCancellable      *cancellable,
                                                   GError           **error);

G_END_DECLS
