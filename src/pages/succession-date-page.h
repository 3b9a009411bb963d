/* succession-date-page.h — who held each office on a date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-format.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_DATE_PAGE (succession_date_page_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionDatePage, succession_date_page, SUCCESSION, DATE_PAGE, GtkWidget)

void succession_date_page_set_dataset (SuccessionDatePage *self,
                                       SuccessionDataset  *dataset);
/* Shows the holders on @text ("1985", "1985-01-01"); the entry shows @text too. */
void succession_date_page_set_date    (SuccessionDatePage *self,
                                       const char         *text);
void succession_date_page_focus_entry (SuccessionDatePage *self);

G_END_DECLS
