/* succession-tenure.h — one spell of one person in one office (Popolo membership)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-date.h"
#include "succession-text.h"
#include "succession-types.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_TENURE (succession_tenure_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionTenure, succession_tenure, SUCCESSION, TENURE, GObject)

const char           *succession_tenure_get_id           (SuccessionTenure   *self);
/* NULL for a vacancy. */
SuccessionPerson     *succession_tenure_get_person       (SuccessionTenure   *self);
SuccessionOffice     *succession_tenure_get_office       (SuccessionTenure   *self);
SuccessionBody       *succession_tenure_get_body         (SuccessionTenure   *self);
SuccessionBody       *succession_tenure_get_on_behalf_of (SuccessionTenure   *self);
const char           *succession_tenure_get_role         (SuccessionTenure   *self);
SuccessionTenureKind  succession_tenure_get_kind         (SuccessionTenure   *self);
SuccessionEndStatus   succession_tenure_get_end_status   (SuccessionTenure   *self);
const SuccessionDate *succession_tenure_get_start_date   (SuccessionTenure   *self);
const SuccessionDate *succession_tenure_get_end_date     (SuccessionTenure   *self);
/* The terms (SuccessionTerm) the tenure falls in, as the file records them. */
GPtrArray            *succession_tenure_get_terms        (SuccessionTenure   *self);
/* Important offices held at the same time (SuccessionText each). */
GPtrArray            *succession_tenure_get_concurrent_offices (SuccessionTenure *self);
GPtrArray            *succession_tenure_get_sources      (SuccessionTenure   *self);
const SuccessionText *succession_tenure_get_note         (SuccessionTenure   *self);
guint                 succession_tenure_get_n_date_alternatives (SuccessionTenure *self);
/* The @i-th alternative date a source gives; @is_end tells whether it is for the end date. */
const SuccessionDate *succession_tenure_get_date_alternative    (SuccessionTenure      *self,
                                                                 guint                  i,
                                                                 gboolean              *is_end,
                                                                 GPtrArray            **sources,
                                                                 const SuccessionText **note);
/* The position of the membership in its file. */
guint                 succession_tenure_get_index        (SuccessionTenure   *self);

/* First and last day the tenure may have covered: [earliest start, latest end), bounded by all
 * the dataset knows (succession-tenure-span.c: the holder's life, the office's and body's
 * existence, the terms, the neighbours of a single-seat office). An ongoing tenure ends at
 * SUCCESSION_DAY_MAX; an unknown end with nothing to bound it at the end of time. */
SuccessionDay         succession_tenure_get_earliest_day (SuccessionTenure   *self);
SuccessionDay         succession_tenure_get_latest_day   (SuccessionTenure   *self);
/* The same bounds whole: the start lies in [start_lo, start_hi], the end (the first day out of
 * office) in [end_lo, end_hi]; the days in [start_hi, end_lo) are certainly in office. */
void                  succession_tenure_get_bounds       (SuccessionTenure   *self,
                                                          SuccessionDay      *start_lo,
                                                          SuccessionDay      *start_hi,
                                                          SuccessionDay      *end_lo,
                                                          SuccessionDay      *end_hi);

/* Did the holder hold the office on @date (a day, a month or a year)? The start day is in
 * office; the end day belongs to the successor, so a same-day handover is not an overlap.
 * YES when some day of @date is certainly in office (both sides of a handover in April hold
 * the office "in 1988"), POSSIBLY when only some readings of the partial dates put the tenure
 * in @date, NO when none does. */
SuccessionMatch       succession_tenure_covers           (SuccessionTenure     *self,
                                                          const SuccessionDate *date);
/* Number of days two tenures surely share (0 for a same-day handover); -1 when they may
 * overlap but partial dates do not say. */
int                   succession_tenure_overlap_days     (SuccessionTenure   *self,
                                                          SuccessionTenure   *other);
/* Length in office, from start to end (or to @today for an ongoing tenure). */
gboolean              succession_tenure_get_duration     (SuccessionTenure     *self,
                                                          const SuccessionDate *today,
                                                          int                  *years,
                                                          int                  *months,
                                                          int                  *days);

G_END_DECLS
