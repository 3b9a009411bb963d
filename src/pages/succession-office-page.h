/* succession-office-page.h — an office: its holders, its facts, its description
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_OFFICE_PAGE (succession_office_page_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionOfficePage, succession_office_page, SUCCESSION, OFFICE_PAGE, GtkWidget)

SuccessionOffice   *succession_office_page_get_office    (SuccessionOfficePage *self);
void                succession_office_page_set_office    (SuccessionOfficePage *self,
                                                          SuccessionOffice     *office);
/* An edit made in place changed @office's tenures: the table and chart take them if it is this
 * page's office, in place; the "alongside" text is written again in any case. */
void                succession_office_page_follow_tenures (SuccessionOfficePage *self,
                                                           SuccessionOffice     *office);
/* The selection over the holder rows (SuccessionHolderRow), sorted as the table shows them. */
GtkSingleSelection *succession_office_page_get_selection (SuccessionOfficePage *self);
/* Selects the row of @tenure and scrolls to it. */
void                succession_office_page_select_tenure (SuccessionOfficePage *self,
                                                          SuccessionTenure     *tenure);

G_END_DECLS
