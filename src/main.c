/* main.c — entry point of Succession
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "succession-application.h"
#include "succession-file-writer.h"
#include "succession-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SuccessionApplication) app = NULL;

  succession_i18n_init ();
  /* An export or a save killed by Ctrl+C, a logout or `kill` leaves no temporary file. */
  succession_file_writer_install_signal_cleanup ();

  app = succession_application_new (APPLICATION_ID, G_APPLICATION_HANDLES_OPEN);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
