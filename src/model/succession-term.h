/* succession-term.h — a numbered term of a body (Popolo event, "legislative period")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-date.h"
#include "succession-text.h"
#include "succession-types.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_TERM (succession_term_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionTerm, succession_term, SUCCESSION, TERM, GObject)

const char           *succession_term_get_id             (SuccessionTerm     *self);
const char           *succession_term_get_name           (SuccessionTerm     *self);
const SuccessionText *succession_term_get_names          (SuccessionTerm     *self);
const char           *succession_term_get_display_name   (SuccessionTerm     *self,
                                                          const char * const *languages);
const char           *succession_term_get_classification (SuccessionTerm     *self);
SuccessionBody       *succession_term_get_body           (SuccessionTerm     *self);
/* The term's number (14 for the 14th), or 0 when the file gives none. */
int                   succession_term_get_number         (SuccessionTerm     *self);
const SuccessionDate *succession_term_get_start_date     (SuccessionTerm     *self);
const SuccessionDate *succession_term_get_end_date       (SuccessionTerm     *self);
GPtrArray            *succession_term_get_sources        (SuccessionTerm     *self);
/* Does the term cover @date? Its end day belongs to the next term. */
SuccessionMatch       succession_term_covers             (SuccessionTerm       *self,
                                                          const SuccessionDate *date);

G_END_DECLS
