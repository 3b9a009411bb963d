/* succession-body.h — a body (Popolo organization): the NPC, a committee, a department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-date.h"
#include "succession-text.h"
#include "succession-types.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_BODY (succession_body_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionBody, succession_body, SUCCESSION, BODY, GObject)

const char           *succession_body_get_id             (SuccessionBody     *self);
const char           *succession_body_get_name           (SuccessionBody     *self);
const SuccessionText *succession_body_get_names          (SuccessionBody     *self);
const char           *succession_body_get_display_name   (SuccessionBody     *self,
                                                          const char * const *languages);
const char           *succession_body_get_classification (SuccessionBody     *self);
SuccessionBody       *succession_body_get_parent         (SuccessionBody     *self);
/* The child bodies, in display order (a GListModel of SuccessionBody). */
GListModel           *succession_body_get_children       (SuccessionBody     *self);
guint                 succession_body_get_n_children     (SuccessionBody     *self);
/* The offices of this body (SuccessionOffice), in file order. */
GPtrArray            *succession_body_get_offices        (SuccessionBody     *self);
/* The numbered terms of this body (SuccessionTerm), chronological. */
GPtrArray            *succession_body_get_terms          (SuccessionBody     *self);
const SuccessionDate *succession_body_get_founding_date  (SuccessionBody     *self);
const SuccessionDate *succession_body_get_dissolution_date (SuccessionBody   *self);
const SuccessionText *succession_body_get_description    (SuccessionBody     *self);
const SuccessionText *succession_body_get_rank           (SuccessionBody     *self);
const SuccessionText *succession_body_get_address        (SuccessionBody     *self);
const SuccessionText *succession_body_get_predecessor_name (SuccessionBody   *self);
const SuccessionDate *succession_body_get_predecessor_founding_date (SuccessionBody *self);
GPtrArray            *succession_body_get_sources        (SuccessionBody     *self);
/* A council's member offices (SuccessionOffice) in official order (the chair, the deputies, the
 * secretary-general), from the body's "member_post_ids"; NULL for a body that is not a council. */
GPtrArray            *succession_body_get_member_offices (SuccessionBody     *self);
gboolean              succession_body_is_council         (SuccessionBody     *self);
/* The council's members on @date, derived from the tenures of its member offices: each office's
 * holders in turn (see succession_office_holders_on(), vacancies left out), appended to @members
 * with their answers in @matches. */
void                  succession_body_members_on         (SuccessionBody       *self,
                                                          const SuccessionDate *date,
                                                          GPtrArray            *members,
                                                          GArray               *matches);
/* Who sat on the council beside @tenure's holder during the tenure: the tenures of its member
 * offices that overlap @tenure by at least a day, @tenure itself and vacancies left out, in the
 * council's official order, appended to @members. */
void                  succession_body_members_during     (SuccessionBody       *self,
                                                          SuccessionTenure     *tenure,
                                                          GPtrArray            *members);
/* The depth in the tree: 0 for a body without parent. */
guint                 succession_body_get_depth          (SuccessionBody     *self);

G_END_DECLS
