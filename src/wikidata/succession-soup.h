/* succession-soup.h — libsoup, loaded the first time a Wikidata client is made
 *
 * Linking libsoup 3 brings a dozen libraries with it (Kerberos, SQLite, libpsl, nghttp2…),
 * which cost every start of the application about 5 ms and 1.4 MiB to map and relocate,
 * though most sessions never ask Wikidata anything. So the client reaches libsoup through
 * this table, filled from the library when the first client is made; the headers give every
 * entry its exact type, so a call through it is checked as a direct call would be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef struct
{
  typeof (soup_get_major_version)                  *get_major_version;
  typeof (soup_get_minor_version)                  *get_minor_version;
  typeof (soup_get_micro_version)                  *get_micro_version;
  typeof (soup_session_new)                        *session_new;
  typeof (soup_session_set_user_agent)             *session_set_user_agent;
  typeof (soup_session_set_timeout)                *session_set_timeout;
  typeof (soup_session_send_async)                 *session_send_async;
  typeof (soup_session_send_finish)                *session_send_finish;
  typeof (soup_message_new)                        *message_new;
  typeof (soup_message_get_status)                 *message_get_status;
  typeof (soup_message_get_reason_phrase)          *message_get_reason_phrase;
  typeof (soup_message_get_request_headers)        *message_get_request_headers;
  typeof (soup_message_get_response_headers)       *message_get_response_headers;
  typeof (soup_message_headers_replace)            *message_headers_replace;
  typeof (soup_message_headers_get_one)            *message_headers_get_one;
  typeof (soup_message_headers_get_encoding)       *message_headers_get_encoding;
  typeof (soup_message_headers_get_content_length) *message_headers_get_content_length;
  typeof (soup_message_headers_get_content_type)   *message_headers_get_content_type;
  typeof (soup_date_time_new_from_http_string)     *date_time_new_from_http_string;
} SuccessionSoup;

/* The table, loading libsoup on the first call (from any thread; the library then stays).
 * NULL with @error set when it cannot be loaded or lacks a function. */
const SuccessionSoup *succession_soup_get (GError **error);

G_END_DECLS
