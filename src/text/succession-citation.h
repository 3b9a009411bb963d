/* succession-citation.h — a tenure cited as a paper cites it: who, which office, when, on what source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-model.h"
#include "succession-format.h"

G_BEGIN_DECLS

/* The publishers or titles of the tenure's sources, joined. */
char        *succession_format_sources             (SuccessionTenure     *tenure);
/* The most direct of the tenure's sources: official and press before other pages, before
 * encyclopedias, before mirrors; the first of equals. NULL when it has none. */
SuccessionSource *succession_format_best_source    (SuccessionTenure     *tenure);
/* The best source and how many more: "People's Daily (archive copy) +3". */
char        *succession_format_source_summary      (SuccessionTenure     *tenure);
/* Every source's citation, one per line. */
char        *succession_format_citations           (SuccessionTenure     *tenure);

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
