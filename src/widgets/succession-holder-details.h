/* succession-holder-details.h — a holder in an office page's narrow layout: the list row and
 * the dialog with every column of the table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-holder-row.h"

G_BEGIN_DECLS

/* A GtkSignalListItemFactory's "setup" and "bind" for SuccessionHolderRow items: the name,
 * then the dates and terms, read as one sentence. */
void succession_holder_details_setup_row (GtkSignalListItemFactory *factory,
                                          GtkListItem              *item,
                                          gpointer                  user_data);
void succession_holder_details_bind_row  (GtkSignalListItemFactory *factory,
                                          GtkListItem              *item,
                                          gpointer                  user_data);

/* Every column of @row in a dialog that fits a phone; its Open Person activates
 * "office.open-person" on @page. @chairs_title: the title of the chairs column. */
void succession_holder_details_present   (GtkWidget                *page,
                                          SuccessionHolderRow      *row,
                                          const char               *chairs_title);

/* The dialog of a tenure's sources (@fact, who held which office when, as its heading's text): each
 * source a link a reader can follow, the best first, and the tenure's note above them. */
void succession_holder_details_present_sources (GtkWidget           *page,
                                                SuccessionHolderRow *row,
                                                const char          *fact);

G_END_DECLS
