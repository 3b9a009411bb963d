/* succession-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-application.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_WINDOW (succession_window_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionWindow, succession_window, SUCCESSION, WINDOW, AdwApplicationWindow)

SuccessionWindow *succession_window_new       (SuccessionApplication *application);
void              succession_window_open_file (SuccessionWindow      *self,
                                               GFile                 *file);

G_END_DECLS
