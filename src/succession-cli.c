/* succession-cli.c — command-line options handled without a display
 *
 * Options here run in GApplication::handle-local-options, before GTK is initialised, so
 * they work on a machine with no display at all (CI, scripts, a researcher's server).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-cli.h"

const GOptionEntry *
succession_cli_get_option_entries (void)
{
  /* Descriptions are translated when --help prints them (GApplication sets the domain). */
  static const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { NULL }
  };

  return entries;
}

int
succession_cli_handle_local_options (GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("succession %s\n", PACKAGE_VERSION);
      return SUCCESSION_EXIT_OK;
    }

  return -1;
}
