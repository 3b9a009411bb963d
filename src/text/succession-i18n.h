/* succession-i18n.h — gettext set-up shared by the application, the command line and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void succession_i18n_init (void);

G_END_DECLS
