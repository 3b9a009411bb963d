/* succession-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SUCCESSION_TYPE_APPLICATION (succession_application_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionApplication, succession_application, SUCCESSION, APPLICATION, AdwApplication)

SuccessionApplication *succession_application_new (const char        *application_id,
                                                   GApplicationFlags  flags);

G_END_DECLS
