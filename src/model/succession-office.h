/* succession-office.h — an office (Popolo post): Secretary-General of the NPCSC, …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-date.h"
#include "succession-text.h"
#include "succession-types.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_OFFICE (succession_office_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionOffice, succession_office, SUCCESSION, OFFICE, GObject)

const char           *succession_office_get_id           (SuccessionOffice   *self);
const char           *succession_office_get_label        (SuccessionOffice   *self);
const SuccessionText *succession_office_get_names        (SuccessionOffice   *self);
const char           *succession_office_get_display_name (SuccessionOffice   *self,
                                                          const char * const *languages);
const char           *succession_office_get_role         (SuccessionOffice   *self);
/* The Wikidata identifier ("Q…") of the position, or NULL. */
const char           *succession_office_get_wikidata     (SuccessionOffice   *self);
SuccessionBody       *succession_office_get_body         (SuccessionOffice   *self);
/* The body whose terms number this office's tenures (the office's body unless declared). */
SuccessionBody       *succession_office_get_term_body    (SuccessionOffice   *self);
/* The office whose holder is "the chair at the time", or NULL. */
SuccessionOffice     *succession_office_get_chair_office (SuccessionOffice   *self);
guint                 succession_office_get_seats        (SuccessionOffice   *self);
const SuccessionText *succession_office_get_description  (SuccessionOffice   *self);
guint                 succession_office_get_n_infobox    (SuccessionOffice   *self);
/* The @i-th infobox fact: its key ("appointer", "term_length", …) and value. */
const char           *succession_office_get_infobox      (SuccessionOffice      *self,
                                                          guint                  i,
                                                          const SuccessionText **value);
/* The value of the infobox fact @key ("term_length"), or NULL when the office has none. */
const SuccessionText *succession_office_get_fact         (SuccessionOffice      *self,
                                                          const char            *key);
/* The tenures of this office in chronological order (a GListModel of SuccessionTenure). */
GListModel           *succession_office_get_tenures      (SuccessionOffice   *self);
guint                 succession_office_get_n_tenures    (SuccessionOffice   *self);
SuccessionTenure     *succession_office_get_tenure       (SuccessionOffice   *self,
                                                          guint               i);
GPtrArray            *succession_office_get_sources      (SuccessionOffice   *self);
/* TRUE when the file had no post and an organization + role pair stands for it. */
gboolean              succession_office_is_synthesized   (SuccessionOffice   *self);

/* The tenures of this office that cover @date: definite ones (YES) and, when @date or a
 * tenure's dates are partial, possible ones (POSSIBLY), each appended to @holders with its
 * answer in @matches (same length). A same-day handover gives only the successor. Vacancies
 * are included: the caller tells them by their kind. */
void                  succession_office_holders_on       (SuccessionOffice     *self,
                                                          const SuccessionDate *date,
                                                          GPtrArray            *holders,
                                                          GArray               *matches);
/* The regular or acting tenure that covers @date most surely, or NULL (also when vacant). */
SuccessionTenure     *succession_office_holder_on        (SuccessionOffice     *self,
                                                          const SuccessionDate *date);
/* The tenure in office today, or NULL. */
SuccessionTenure     *succession_office_get_incumbent    (SuccessionOffice   *self);
/* Whether the office existed on @date, from its own dates and its body's founding and
 * dissolution: -1 when @date is wholly before it existed, 1 wholly after, 0 otherwise (also when
 * nothing is known). Tells "no one held it" from "there was nothing to hold". */
int                   succession_office_existence_on     (SuccessionOffice     *self,
                                                          const SuccessionDate *date);
/* The councils (SuccessionBody) on which this office's holders sit, or NULL. */
GPtrArray            *succession_office_get_councils     (SuccessionOffice   *self);
/* The tenures of this office whose span overlaps @tenure's by at least a day (a handover on
 * the first or last day is not an overlap), in chronological order, appended to @out. */
void                  succession_office_tenures_during   (SuccessionOffice   *self,
                                                          SuccessionTenure   *tenure,
                                                          GPtrArray          *out);

G_END_DECLS
