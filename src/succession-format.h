/* succession-format.h — dates, durations, ordinals and names as the interface language writes them
 *
 * No GTK here: the command line, the exports and the tests use it too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-model.h"

G_BEGIN_DECLS

typedef enum {
  SUCCESSION_NAME_DISPLAY_AUTOMATIC = 0,  /* the script of the interface language */
  SUCCESSION_NAME_DISPLAY_PINYIN,         /* pinyin or English */
  SUCCESSION_NAME_DISPLAY_CHARACTERS,     /* Chinese characters */
  SUCCESSION_NAME_DISPLAY_BOTH,           /* "Peng Zhen (彭真)" */
} SuccessionNameDisplay;

GType        succession_name_display_get_type (void) G_GNUC_CONST;
#define SUCCESSION_TYPE_NAME_DISPLAY (succession_name_display_get_type ())

/* The language preferences names are looked up with, for @display: the locale's languages
 * for AUTOMATIC, English for PINYIN, the locale's Chinese script (else Simplified) for
 * CHARACTERS. NULL-terminated; owned by the library. */
const char * const *succession_format_languages       (SuccessionNameDisplay display);
/* TRUE when the interface language is a Chinese one; @traditional tells which script. */
gboolean     succession_format_ui_is_chinese       (gboolean *traditional);
/* The language tag Pango should shape text with, from the interface language: "zh-cn",
 * "zh-tw", "ja", … so CJK glyphs take the right regional shapes. */
const char  *succession_format_pango_language      (void);
/* The language Han characters are shaped in: Traditional Chinese ("zh-tw") in a Traditional
 * Chinese interface, Japanese in a Japanese one, else Simplified Chinese ("zh-cn"), the script
 * names are shown in by default. */
const char  *succession_format_han_language        (void);

/* @text (a name from the data) ready to be set into other text: isolated when it holds
 * right-to-left letters or bidi controls, as it is otherwise (see succession-format.c). The
 * name functions below return their names so already; a name set into text by hand goes
 * through this. NULL gives "". */
char        *succession_format_isolate             (const char           *text);

/* Names for display, isolated (succession_format_isolate). */
char        *succession_format_person_name         (SuccessionPerson     *person,
                                                    SuccessionNameDisplay display);
char        *succession_format_office_name         (SuccessionOffice     *office,
                                                    SuccessionNameDisplay display);
char        *succession_format_body_name           (SuccessionBody       *body,
                                                    SuccessionNameDisplay display);
char        *succession_format_term_name           (SuccessionTerm       *term,
                                                    SuccessionNameDisplay display);
/* The best text of a localized value for the interface language. */
const char  *succession_format_text                (const SuccessionText *text);

/* "1979", "September 1979", "13 September 1979" (1979年9月13日 in Chinese), with "c.",
 * "before", "after" for qualified dates. Never adds precision the date does not have. */
char        *succession_format_date                (const SuccessionDate *date);
/* "3 years, 9 months, 4 days" at the precision the dates allow. */
char        *succession_format_duration            (int years,
                                                    int months,
                                                    int days);
/* The tenure's length, "in office" for a running one with its length so far. */
char        *succession_format_tenure_duration     (SuccessionTenure     *tenure);
/* "14th" in English, "第十四届" in Chinese. */
char        *succession_format_ordinal             (int number);
/* "1st, 2nd" for the tenure's terms; _plain leaves names of unnumbered terms as the data has them,
 * for data outputs. */
char        *succession_format_terms               (SuccessionTenure     *tenure);
char        *succession_format_terms_plain         (SuccessionTenure     *tenure);
/* One line per concurrent office. */
char        *succession_format_concurrent_offices  (SuccessionTenure     *tenure);
/* The holders that succession_office_holders_on () found, joined: "Peng Chong", or
 * "possibly Ji Pengfei, possibly Peng Zhen" where partial dates make them uncertain. */
char        *succession_format_holders             (GPtrArray            *holders,
                                                    GArray               *matches,
                                                    SuccessionNameDisplay display);
/* The holders of the tenure's office's chair office during the tenure: "Zhu De, Ye Jianying";
 * the chair office is the one the office answers to (the Secretary-General for a Deputy). */
char        *succession_format_chairs              (SuccessionTenure     *tenure,
                                                    SuccessionNameDisplay display);
/* "Peng Zhen", "Peng Zhen (acting)", "Vacant"; _plain leaves the name as the data has it, for
 * data outputs (CSV). */
char        *succession_format_holder              (SuccessionTenure     *tenure,
                                                    SuccessionNameDisplay display);
char        *succession_format_holder_plain        (SuccessionTenure     *tenure,
                                                    SuccessionNameDisplay display);

/* Who sat on @council beside the tenure's holder during @tenure, a line per member office in the
 * council's order: "Vice-Chairperson of …: Xi Zhongxun, Ulanhu". NULL when nobody did. */
char        *succession_format_council_members_during (SuccessionBody       *council,
                                                       SuccessionTenure     *tenure,
                                                       SuccessionNameDisplay display);

G_END_DECLS
