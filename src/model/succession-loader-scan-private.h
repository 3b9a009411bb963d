/* succession-loader-scan-private.h — the scanner's state, shared by its walk and its refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-loader-json.h"

G_BEGIN_DECLS

struct _SuccessionScanner
{
  const char          *data;
  gsize                length;
  gsize                pos;
  guint                depth;
  gboolean             failed;
  SuccessionScanReport report;
  gpointer             user_data;
  /* Whether the container at each depth has had a member or an element yet. */
  gboolean first[SUCCESSION_LOADER_MAX_DEPTH + 2];
  gsize    key_start; /* of the last member name read */
  /* Children of the containers being read, until they are closed and copied to the arena. */
  GArray *values;  /* SuccessionJsonValue */
  GArray *members; /* SuccessionJsonMember */
};

/* A byte of a word JSON does not have, as a file may write one (NaN, undefined, 0x1F, +1). */
static inline gboolean
_succession_scanner_is_word_byte (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$' || c == '.' || c == '+' || c == '-';
}

/* Each reports the offence at @offset once (the first one; later calls do nothing), marks the
 * scan failed, and returns FALSE for the caller to return. */
gboolean _succession_scanner_fail            (SuccessionScanner *s,
                                              int                code,
                                              gsize              offset,
                                              const char        *format,
                                              ...) G_GNUC_PRINTF (4, 5);
gboolean _succession_scanner_fail_syntax     (SuccessionScanner *s,
                                              gsize              offset,
                                              const char        *what);
/* The text ends where more was needed: truncated inside a container, or empty. */
gboolean _succession_scanner_fail_truncated  (SuccessionScanner *s);
gboolean _succession_scanner_fail_not_utf8   (SuccessionScanner *s,
                                              gsize              offset);
gboolean _succession_scanner_fail_nul        (SuccessionScanner *s,
                                              gsize              offset);
/* What was found at the scanner's place where @expected ("a value") should be. */
gboolean _succession_scanner_fail_unexpected (SuccessionScanner *s,
                                              const char        *expected);

G_END_DECLS
