/* succession-wikidata-ids.c — Wikidata ids in what people paste, and ages in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-wikidata-client.h"

static char *
id_at (const char *p)
{
  const char *digits;

  if (*p != 'Q' && *p != 'q')
    return NULL;
  digits = ++p;
  while (g_ascii_isdigit (*p))
    p++;
  /* Q0 is no item; an id ends the text, or a path, query or fragment. */
  if (p == digits || *digits == '0' || p - digits > 12 || (*p != '\0' && *p != '?' && *p != '#' && *p != '/'))
    return NULL;
  return g_strdup_printf ("Q%.*s", (int) (p - digits), digits);
}

char *
succession_wikidata_parse_id (const char *text)
{
  g_autofree char         *trimmed = NULL;
  static const char *const markers[] = { "/wiki/Special:EntityPage/", "/wiki/Special:EntityData/",
                                         "/wiki/", "/entity/" };

  if (text == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (text));

  if (g_ascii_strncasecmp (trimmed, "wd:", 3) == 0)
    return id_at (trimmed + 3);

  if (g_str_has_prefix (trimmed, "http://") || g_str_has_prefix (trimmed, "https://") ||
      g_str_has_prefix (trimmed, "www.") || g_str_has_prefix (trimmed, "m.wikidata.org") ||
      g_str_has_prefix (trimmed, "wikidata.org"))
    {
      if (strstr (trimmed, "wikidata.org/") == NULL)
        return NULL;
      for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
        {
          const char *at = strstr (trimmed, markers[i]);

          if (at != NULL)
            return id_at (at + strlen (markers[i]));
        }
      return NULL;
    }

  {
    char *id = id_at (trimmed);

    /* A bare id ends the text. */
    if (id != NULL && strlen (id) != strlen (trimmed))
      g_clear_pointer (&id, g_free);
    return id;
  }
}

char *
succession_wikidata_format_age (GTimeSpan age)
{
  gint64 minutes = MAX (age, 0) / G_TIME_SPAN_MINUTE;
  gint64 hours = minutes / 60;
  gint64 days = hours / 24;

  if (minutes < 1)
    return g_strdup (_ ("less than a minute"));
  if (hours < 1)
    /* Translators: the age of a saved answer. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), (int) minutes);
  if (days < 1)
    /* Translators: the age of a saved answer. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", hours), (int) hours);
  /* Translators: the age of a saved answer. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), (int) MIN (days, G_MAXINT));
}
