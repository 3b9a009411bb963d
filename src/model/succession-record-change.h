/* succession-record-change.h — what every change to a record carries: the source that says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "succession-date.h"
#include "succession-types.h"

G_BEGIN_DECLS

/* The source of a change, put first among the record's sources (the best one). A source with no
 * URL and no title is no source: nothing is added. Unset dates are not written. */
typedef struct
{
  const char    *url;
  /* A copy of the page in a web archive. */
  const char    *archive_url;
  const char    *title;
  const char    *publisher;
  SuccessionDate date;
  SuccessionDate accessed;
  /* Where in the source, or the words it says it in. */
  const char    *locator;
} SuccessionChangeSource;

/* Does @source name a source (a URL or a title)? */
gboolean succession_change_source_is_given (const SuccessionChangeSource *source);

/* The strings of @source, each copied (or freed, for clear), so that a change can outlive the
 * fields it was read from. */
void     succession_change_source_copy     (const SuccessionChangeSource *source,
                                            SuccessionChangeSource       *copy);
void     succession_change_source_clear    (SuccessionChangeSource       *source);

/* The sources @dataset cites (of tenures, people, offices and bodies), each once (the same
 * address and title), sorted by title then address: what a new fact may cite again. The array
 * holds no references: the sources belong to @dataset's records and last as long as it does. */
GPtrArray *succession_change_sources_cited (SuccessionDataset *dataset);

G_END_DECLS
