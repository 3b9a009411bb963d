/* succession-i18n.c — gettext set-up shared by the application, the command line and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "succession-i18n.h"

void
succession_i18n_init (void)
{
  /* The build tree's catalogues, so tests and `build-aux/dev run` are translated uninstalled. */
  const char *localedir = g_getenv ("SUCCESSION_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
