/* succession-body-page.h — a body: its organisation tree, leaders, founding and address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_BODY_PAGE (succession_body_page_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionBodyPage, succession_body_page, SUCCESSION, BODY_PAGE, GtkWidget)

SuccessionBody *succession_body_page_get_body (SuccessionBodyPage *self);
void            succession_body_page_set_body (SuccessionBodyPage *self,
                                               SuccessionBody     *body);
/* An edit made in place changed @office's tenures: the leaders' holders are read again. */
void            succession_body_page_follow_tenures (SuccessionBodyPage *self,
                                                     SuccessionOffice   *office);

G_END_DECLS
