/* succession-source.h — a cited source: URL, title, publisher, accessed date, locator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-date.h"
#include "succession-types.h"

G_BEGIN_DECLS

#define SUCCESSION_TYPE_SOURCE (succession_source_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionSource, succession_source, SUCCESSION, SOURCE, GObject)

const char           *succession_source_get_url       (SuccessionSource *self);
/* A copy of the page in a web archive, for when the address changes or goes; or NULL. */
const char           *succession_source_get_archive_url (SuccessionSource *self);
const char           *succession_source_get_title     (SuccessionSource *self);
const char           *succession_source_get_publisher (SuccessionSource *self);
const char           *succession_source_get_note      (SuccessionSource *self);
const char           *succession_source_get_locator   (SuccessionSource *self);
const SuccessionDate *succession_source_get_date      (SuccessionSource *self);
const SuccessionDate *succession_source_get_accessed  (SuccessionSource *self);

/* A citation for the clipboard: title, publisher, date, locator, URL and accessed date,
 * whichever the source has. Free with g_free. */
char                 *succession_source_format_citation (SuccessionSource *self);

G_END_DECLS
