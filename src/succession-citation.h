/* succession-citation.h — a tenure cited as a paper cites it: who, which office, when, on what source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-model.h"
#include "succession-format.h"

G_BEGIN_DECLS

/* The nicks are those of the "citation-style" setting. */
typedef enum {
  SUCCESSION_CITATION_CHICAGO,   /* "chicago": Chicago author-date, a reference list entry per source */
  SUCCESSION_CITATION_BIBTEX,    /* "bibtex": an @misc entry per source */
  SUCCESSION_CITATION_CSL_JSON,  /* "csl-json": a CSL-JSON array, an item per source */
} SuccessionCitationStyle;

/* "chicago", "bibtex", "csl-json" to a style; unknown names give Chicago. */
SuccessionCitationStyle succession_citation_style_from_nick (const char *nick);

/* The fact the tenure records, in words: "Peng Zhen, Secretary-General of …, 27 September 1954 –
 * 3 January 1965" (dates as the interface writes them, qualifiers kept). */
char *succession_citation_fact   (SuccessionTenure        *tenure,
                                  SuccessionNameDisplay    display);

/* The whole citation of @tenure in @style: the fact and every source of it. Empty when the
 * tenure has no source. Free with g_free. */
char *succession_citation_format (SuccessionTenure        *tenure,
                                  SuccessionCitationStyle  style,
                                  SuccessionNameDisplay    display);

G_END_DECLS
