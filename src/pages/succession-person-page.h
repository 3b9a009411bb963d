/* succession-person-page.h — a person: names in every script, life dates, every tenure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_PERSON_PAGE (succession_person_page_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionPersonPage, succession_person_page, SUCCESSION, PERSON_PAGE, GtkWidget)

SuccessionPerson *succession_person_page_get_person (SuccessionPersonPage *self);
void              succession_person_page_set_person (SuccessionPersonPage *self,
                                                     SuccessionPerson     *person);
/* An edit made in place changed the person, or tenures among which the person's may be, or were:
 * the page is written again for the same person. */
void              succession_person_page_follow_edit (SuccessionPersonPage *self);

G_END_DECLS
