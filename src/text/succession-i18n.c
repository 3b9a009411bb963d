/* succession-i18n.c — gettext set-up shared by the application, the command line and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "succession-i18n.h"
#include "succession-text.h"

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

const char *
succession_i18n_reading_language (void)
{
  static const char *const keys[] = { "en", "zh-Hans", "zh-Hant" };
  g_autoptr(SuccessionText) probe = succession_text_new ();
  const char *picked;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    succession_text_add (probe, keys[i], keys[i]);
  picked = succession_text_lookup (probe, g_get_language_names ());
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_strcmp0 (picked, keys[i]) == 0)
      return keys[i];
  return keys[0];
}

const char *
succession_i18n_language_hint (const char *lang)
{
  if (g_strcmp0 (lang, "zh-Hans") == 0)
    /* Translators: the language a field of the editor is written in. */
    return _ ("In Simplified Chinese");
  if (g_strcmp0 (lang, "zh-Hant") == 0)
    /* Translators: the language a field of the editor is written in. */
    return _ ("In Traditional Chinese");
  /* Translators: the language a field of the editor is written in. */
  return _ ("In English");
}
