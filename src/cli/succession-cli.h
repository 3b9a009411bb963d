/* succession-cli.h — command-line options handled without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit codes of the command-line tools. */
enum {
  SUCCESSION_EXIT_OK = 0,
  SUCCESSION_EXIT_INVALID = 1,
  SUCCESSION_EXIT_USAGE = 2,
};

const GOptionEntry *succession_cli_get_option_entries   (void);
int                 succession_cli_handle_local_options (GVariantDict *options);

G_END_DECLS
