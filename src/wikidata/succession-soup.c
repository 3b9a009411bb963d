/* succession-soup.c — libsoup, loaded the first time a Wikidata client is made
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "succession-soup.h"

typedef struct
{
  const char *name;
  gsize       offset;
} Entry;

#define ENTRY(field, symbol)                        \
  {                                                 \
#symbol, G_STRUCT_OFFSET(SuccessionSoup, field) \
  }

static const Entry entries[] = {
  ENTRY (get_major_version, soup_get_major_version),
  ENTRY (get_minor_version, soup_get_minor_version),
  ENTRY (get_micro_version, soup_get_micro_version),
  ENTRY (session_new, soup_session_new),
  ENTRY (session_set_user_agent, soup_session_set_user_agent),
  ENTRY (session_set_timeout, soup_session_set_timeout),
  ENTRY (session_send_async, soup_session_send_async),
  ENTRY (session_send_finish, soup_session_send_finish),
  ENTRY (message_new, soup_message_new),
  ENTRY (message_get_status, soup_message_get_status),
  ENTRY (message_get_reason_phrase, soup_message_get_reason_phrase),
  ENTRY (message_get_request_headers, soup_message_get_request_headers),
  ENTRY (message_get_response_headers, soup_message_get_response_headers),
  ENTRY (message_headers_replace, soup_message_headers_replace),
  ENTRY (message_headers_get_one, soup_message_headers_get_one),
  ENTRY (message_headers_get_encoding, soup_message_headers_get_encoding),
  ENTRY (message_headers_get_content_length, soup_message_headers_get_content_length),
  ENTRY (message_headers_get_content_type, soup_message_headers_get_content_type),
  ENTRY (date_time_new_from_http_string, soup_date_time_new_from_http_string),
};

static SuccessionSoup soup;
static char          *load_error; /* why the library could not be loaded; NULL when it was */

static gpointer
load (gpointer unused)
{
  GModule *module = g_module_open (SUCCESSION_SOUP_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      load_error = g_strdup (g_module_error ());
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      gpointer symbol = NULL;

      if (!g_module_symbol (module, entries[i].name, &symbol) || symbol == NULL)
        {
          load_error = g_strdup (g_module_error ());
          g_module_close (module);
          return NULL;
        }
      G_STRUCT_MEMBER (gpointer, &soup, entries[i].offset) = symbol;
    }

  /* Its types are registered with GObject once used, so it can never be unloaded. */
  g_module_make_resident (module);
  return &soup;
}

const SuccessionSoup *
succession_soup_get (GError **error)
{
  static GOnce          once = G_ONCE_INIT;
  const SuccessionSoup *table = g_once (&once, load, NULL);

  if (table == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 /* Translators: the first %s is a library's file name, the second the system's reason. */
                 _ ("the network library %s cannot be loaded: %s"), SUCCESSION_SOUP_LIBRARY, load_error);
  return table;
}
