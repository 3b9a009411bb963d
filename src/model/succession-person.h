/* succession-person.h — a person, with names in several scripts and their tenures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-date.h"
#include "succession-text.h"
#include "succession-types.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_PERSON (succession_person_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionPerson, succession_person, SUCCESSION, PERSON, GObject)

const char           *succession_person_get_id           (SuccessionPerson   *self);
/* The Popolo name: for the bundled dataset, pinyin with the family name first. */
const char           *succession_person_get_name         (SuccessionPerson   *self);
const SuccessionText *succession_person_get_names        (SuccessionPerson   *self);
const char           *succession_person_get_display_name (SuccessionPerson   *self,
                                                          const char * const *languages);
const char           *succession_person_get_sort_name    (SuccessionPerson   *self);
const char           *succession_person_get_gender       (SuccessionPerson   *self);
/* The Wikidata identifier ("Q…"), or NULL. */
const char           *succession_person_get_wikidata     (SuccessionPerson   *self);
const SuccessionDate *succession_person_get_birth_date   (SuccessionPerson   *self);
const SuccessionDate *succession_person_get_death_date   (SuccessionPerson   *self);
GPtrArray            *succession_person_get_sources      (SuccessionPerson   *self);
/* Every tenure of this person in every office, chronological (SuccessionTenure). */
GListModel           *succession_person_get_tenures      (SuccessionPerson   *self);
guint                 succession_person_get_n_tenures    (SuccessionPerson   *self);

G_END_DECLS
