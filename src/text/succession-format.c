/* succession-format.c — dates, durations, ordinals and names as the interface language writes them
 *
 * Patterns are translatable strings with named fields ("{month} {year}") rather than
 * strftime formats: strftime follows LC_TIME, but the interface follows LANGUAGE, and a
 * Chinese interface must write 1979年9月 even where only C.UTF-8 is set.
 *
 * Names come from the data, which may hold right-to-left letters or bidi controls (U+202E, the
 * right-to-left override): set as they are into a label, they would reorder the words around
 * them, and Pango takes a label's direction from its first strong character, a name's
 * override included. So every name these functions give for display is isolated: a
 * left-to-right mark (the direction of every interface language so far), then FIRST STRONG
 * ISOLATE ... POP DIRECTIONAL ISOLATE around the name, with the name's own unmatched isolate
 * marks balanced. A name of left-to-right and neutral characters only cannot reorder anything
 * in left-to-right text and is left as it is, so ordinary names stay byte for byte what the
 * data holds (in accessible names and copied text too). Data outputs (CSV, JSON) take the
 * _plain functions: data stays data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-format"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "succession-format.h"

gboolean
succession_format_entity_summary (GObject              *entity,
                                  SuccessionNameDisplay display,
                                  char                **title,
                                  char                **subtitle,
                                  const char          **icon_name)
{
  g_return_val_if_fail (title != NULL && subtitle != NULL && icon_name != NULL, FALSE);

  if (SUCCESSION_IS_PERSON (entity))
    {
      SuccessionPerson *person = SUCCESSION_PERSON (entity);
      guint             n = succession_person_get_n_tenures (person);

      *title = succession_format_person_name (person, display);
      /* Translators: the subtitle of a person in search results. */
      *subtitle = g_strdup_printf (ngettext ("%u tenure", "%u tenures", n), n);
      *icon_name = "avatar-default-symbolic";
      return TRUE;
    }
  if (SUCCESSION_IS_OFFICE (entity))
    {
      SuccessionBody *body = succession_office_get_body (SUCCESSION_OFFICE (entity));

      *title = succession_format_office_name (SUCCESSION_OFFICE (entity), display);
      *subtitle = body != NULL ? succession_format_body_name (body, display) : NULL;
      *icon_name = "system-users-symbolic";
      return TRUE;
    }
  if (SUCCESSION_IS_BODY (entity))
    {
      SuccessionBody *parent = succession_body_get_parent (SUCCESSION_BODY (entity));

      *title = succession_format_body_name (SUCCESSION_BODY (entity), display);
      *subtitle = parent != NULL ? succession_format_body_name (parent, display) : NULL;
      *icon_name = "x-office-address-book-symbolic";
      return TRUE;
    }
  return FALSE;
}

char *
succession_format_office_holders_today (SuccessionOffice     *office,
                                        SuccessionNameDisplay display)
{
  SuccessionTenure *incumbent = succession_office_get_incumbent (office);
  g_autofree char  *first = NULL;
  guint             others = 0;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), NULL);

  if (incumbent == NULL)
    return NULL;
  first = succession_format_holder (incumbent, display);
  if (succession_office_get_seats (office) == 1)
    return g_steal_pointer (&first);

  for (guint i = 0; i < succession_office_get_n_tenures (office); i++)
    {
      SuccessionTenure *t = succession_office_get_tenure (office, i);

      if (t != incumbent && succession_tenure_get_end_status (t) == SUCCESSION_END_STATUS_ONGOING)
        others++;
    }
  if (others == 0)
    return g_steal_pointer (&first);
  /* Translators: the subtitle of a multi-seat office: a current holder and how many others. */
  return g_strdup_printf (ngettext ("%s and %u other", "%s and %u others", others), first, others);
}

SuccessionNameDisplay
succession_format_other_script (SuccessionNameDisplay display)
{
  switch (display)
    {
    case SUCCESSION_NAME_DISPLAY_BOTH:
      return SUCCESSION_NAME_DISPLAY_BOTH;
    case SUCCESSION_NAME_DISPLAY_CHARACTERS:
      return SUCCESSION_NAME_DISPLAY_PINYIN;
    case SUCCESSION_NAME_DISPLAY_PINYIN:
      return SUCCESSION_NAME_DISPLAY_CHARACTERS;
    case SUCCESSION_NAME_DISPLAY_AUTOMATIC:
    default:
      return succession_format_ui_is_chinese (NULL) ? SUCCESSION_NAME_DISPLAY_PINYIN : SUCCESSION_NAME_DISPLAY_CHARACTERS;
    }
}

gboolean
succession_format_ui_is_chinese (gboolean *traditional)
{
  const char *const *names = g_get_language_names ();
  const char        *key;

  /* The first language with a translation decides, as gettext does. */
  key = succession_language_key (names[0]);
  if (traditional)
    *traditional = g_str_equal (key, "zh-Hant");

  return g_str_equal (key, "zh-Hant") || g_str_equal (key, "zh-Hans");
}

const char *
succession_format_pango_language (void)
{
  gboolean    traditional;
  const char *key;

  if (succession_format_ui_is_chinese (&traditional))
    return traditional ? "zh-tw" : "zh-cn";

  key = succession_language_key (g_get_language_names ()[0]);
  return *key != '\0' ? key : "en";
}

const char *
succession_format_han_language (void)
{
  gboolean traditional;

  if (succession_format_ui_is_chinese (&traditional))
    return traditional ? "zh-tw" : "zh-cn";
  if (g_str_equal (succession_language_key (g_get_language_names ()[0]), "ja"))
    return "ja";
  return "zh-cn";
}

const char *const *
succession_format_languages (SuccessionNameDisplay display)
{
  static const char *const pinyin[] = { "en", NULL };
  static const char *const simplified[] = { "zh-Hans", "zh-Hant", NULL };
  static const char *const traditional_first[] = { "zh-Hant", "zh-Hans", NULL };
  gboolean                 traditional = FALSE;

  switch (display)
    {
    case SUCCESSION_NAME_DISPLAY_PINYIN:
      return pinyin;
    case SUCCESSION_NAME_DISPLAY_CHARACTERS:
    case SUCCESSION_NAME_DISPLAY_BOTH:
      succession_format_ui_is_chinese (&traditional);
      return traditional ? traditional_first : simplified;
    case SUCCESSION_NAME_DISPLAY_AUTOMATIC:
    default:
      return g_get_language_names ();
    }
}

#define LEFT_TO_RIGHT_MARK "\u200e"
#define FIRST_STRONG_ISOLATE "\u2068"
#define POP_DIRECTIONAL_ISOLATE "\u2069"

/* Right-to-left letters (the blocks of Hebrew, Arabic, Syriac, Thaana, N'Ko and the others, and
 * their presentation forms) and the bidi controls: what can reorder text around a name. A
 * little more than the strict set, which costs nothing. */
static gboolean
is_bidi_sensitive (gunichar c)
{
  return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) ||
         (c >= 0x10800 && c <= 0x10fff) || (c >= 0x1e800 && c <= 0x1efff) ||
         c == 0x061c || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

static void
append_isolated (GString    *out,
                 const char *text)
{
  guint    open = 0;
  gboolean sensitive = FALSE;

  for (const char *p = text; *p != '\0' && !sensitive; p = g_utf8_next_char (p))
    sensitive = is_bidi_sensitive (g_utf8_get_char (p));
  if (!sensitive)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append (out, LEFT_TO_RIGHT_MARK FIRST_STRONG_ISOLATE);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* A stray PDI would close the isolate early; an open isolate would keep it open. */
      if (c >= 0x2066 && c <= 0x2068)
        open++;
      else if (c == 0x2069 && open == 0)
        continue;
      else if (c == 0x2069)
        open--;
      g_string_append_unichar (out, c);
    }
  for (; open > 0; open--)
    g_string_append (out, POP_DIRECTIONAL_ISOLATE);
  g_string_append (out, POP_DIRECTIONAL_ISOLATE);
}

char *
succession_format_isolate (const char *text)
{
  GString *out = g_string_new (NULL);

  if (text != NULL)
    append_isolated (out, text);
  return g_string_free (out, FALSE);
}

static char *
name_text (const char *name,
           gboolean    isolate)
{
  return isolate ? succession_format_isolate (name) : g_strdup (name != NULL ? name : "");
}

static char *
format_both (const char *latin,
             const char *characters,
             gboolean    isolate)
{
  g_autofree char *first = name_text (latin, isolate);
  g_autofree char *second = NULL;

  if (characters == NULL || g_strcmp0 (latin, characters) == 0)
    return g_steal_pointer (&first);
  second = name_text (characters, isolate);
  /* Translators: a name in pinyin or English, then in Chinese characters: "Peng Zhen (彭真)". */
  return g_strdup_printf (_ ("%s (%s)"), first, second);
}

static char *
person_name (SuccessionPerson     *person,
             SuccessionNameDisplay display,
             gboolean              isolate)
{
  if (display == SUCCESSION_NAME_DISPLAY_BOTH)
    return format_both (succession_person_get_name (person),
                        succession_person_get_display_name (person, succession_format_languages (display)), isolate);

  return name_text (succession_person_get_display_name (person, succession_format_languages (display)), isolate);
}

char *
succession_format_person_name (SuccessionPerson     *person,
                               SuccessionNameDisplay display)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (person), NULL);
  return person_name (person, display, TRUE);
}

char *
succession_format_office_name (SuccessionOffice     *office,
                               SuccessionNameDisplay display)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), NULL);

  if (display == SUCCESSION_NAME_DISPLAY_BOTH)
    return format_both (succession_office_get_display_name (office, succession_format_languages (SUCCESSION_NAME_DISPLAY_PINYIN)),
                        succession_office_get_display_name (office, succession_format_languages (display)), TRUE);

  return name_text (succession_office_get_display_name (office, succession_format_languages (display)), TRUE);
}

char *
succession_format_body_name (SuccessionBody       *body,
                             SuccessionNameDisplay display)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (body), NULL);

  if (display == SUCCESSION_NAME_DISPLAY_BOTH)
    return format_both (succession_body_get_display_name (body, succession_format_languages (SUCCESSION_NAME_DISPLAY_PINYIN)),
                        succession_body_get_display_name (body, succession_format_languages (display)), TRUE);

  return name_text (succession_body_get_display_name (body, succession_format_languages (display)), TRUE);
}

char *
succession_format_term_name (SuccessionTerm       *term,
                             SuccessionNameDisplay display)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (term), NULL);
  return name_text (succession_term_get_display_name (term, succession_format_languages (display)), TRUE);
}

const char *
succession_format_text (const SuccessionText *text)
{
  return succession_text_lookup (text, g_get_language_names ());
}

static const char *
month_name (int month)
{
  static const char *names[] = {
    /* Translators: month names as used inside a date, such as "September 1979". */
    NC_ ("month name", "January"),
    NC_ ("month name", "February"),
    NC_ ("month name", "March"),
    NC_ ("month name", "April"),
    NC_ ("month name", "May"),
    NC_ ("month name", "June"),
    NC_ ("month name", "July"),
    NC_ ("month name", "August"),
    NC_ ("month name", "September"),
    NC_ ("month name", "October"),
    NC_ ("month name", "November"),
    NC_ ("month name", "December"),
  };

  g_assert (month >= 1 && month <= 12);
  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", names[month - 1]);
}

/* Replaces {field} in @pattern by the values given as name, value pairs. */
static char *
expand (const char *pattern,
        ...)
{
  GString    *out = g_string_new (pattern);
  const char *name;
  va_list     args;

  va_start (args, pattern);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char      *value = va_arg (args, const char *);
      g_autofree char *token = g_strdup_printf ("{%s}", name);

      g_string_replace (out, token, value, 0);
    }
  va_end (args);

  return g_string_free (out, FALSE);
}

char *
succession_format_date (const SuccessionDate *date)
{
  g_autofree char *year = NULL;
  g_autofree char *month_num = NULL;
  g_autofree char *day = NULL;
  g_autofree char *plain = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  if (!succession_date_is_set (date))
    return g_strdup ("");

  year = g_strdup_printf ("%d", date->year);

  switch (succession_date_get_precision (date))
    {
    case SUCCESSION_DATE_PRECISION_DAY:
      month_num = g_strdup_printf ("%d", date->month);
      day = g_strdup_printf ("%d", date->day);
      /* Translators: a full date. Fields: {day}, {month} (a name), {month_num}, {year}.
       * Chinese: "{year}年{month_num}月{day}日". */
      plain = expand (C_ ("date pattern", "{day} {month} {year}"),
                      "day", day, "month", month_name (date->month), "month_num", month_num, "year", year, NULL);
      break;

    case SUCCESSION_DATE_PRECISION_MONTH:
      month_num = g_strdup_printf ("%d", date->month);
      /* Translators: a date known to the month. Fields: {month} (a name), {month_num}, {year}.
       * Chinese: "{year}年{month_num}月". */
      plain = expand (C_ ("date pattern", "{month} {year}"),
                      "month", month_name (date->month), "month_num", month_num, "year", year, NULL);
      break;

    case SUCCESSION_DATE_PRECISION_YEAR:
    default:
      /* Translators: a date known to the year. Field: {year}. Chinese: "{year}年". */
      plain = expand (C_ ("date pattern", "{year}"), "year", year, NULL);
      break;
    }

  switch (date->qualifier)
    {
    case SUCCESSION_DATE_QUALIFIER_CIRCA:
      /* Translators: an approximate date; %s is the date. */
      return g_strdup_printf (_ ("c. %s"), plain);
    case SUCCESSION_DATE_QUALIFIER_BEFORE:
      /* Translators: a date known only as an upper bound; %s is the date. */
      return g_strdup_printf (_ ("before %s"), plain);
    case SUCCESSION_DATE_QUALIFIER_AFTER:
      /* Translators: a date known only as a lower bound; %s is the date. */
      return g_strdup_printf (_ ("after %s"), plain);
    default:
      return g_steal_pointer (&plain);
    }
}

char *
succession_format_duration (int years,
                            int months,
                            int days)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (years > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d year", "%d years", years), years));
  if (months > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d month", "%d months", months), months));
  if (days > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d day", "%d days", days), days));

  if (parts->len == 0)
    {
      if (days == 0)
        return g_strdup (_ ("less than a day"));
      if (months == 0)
        return g_strdup (_ ("less than a month"));
      return g_strdup (_ ("less than a year"));
    }

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between "3 years", "9 months" and "4 days"; Chinese uses none. */
  joined = g_strjoinv (C_ ("duration separator", ", "), (char **) parts->pdata);
  return g_steal_pointer (&joined);
}

char *
succession_format_tenure_duration (SuccessionTenure *tenure)
{
  SuccessionDate   today;
  int              years, months, days;
  g_autofree char *length = NULL;

  g_return_val_if_fail (SUCCESSION_IS_TENURE (tenure), NULL);

  succession_date_init_today (&today);
  if (!succession_tenure_get_duration (tenure, &today, &years, &months, &days))
    return succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING
             ? g_strdup (_ ("in office"))
             : g_strdup ("");

  length = succession_format_duration (years, months, days);

  /* A qualified date gives no exact length: a start "before" a day (or an end "after" one)
   * makes the tenure at least that long, the other way round at most, "circa" about. */
  {
    guint    start_q = succession_tenure_get_start_date (tenure)->qualifier;
    guint    end_q = succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING
                       ? SUCCESSION_DATE_QUALIFIER_NONE
                       : succession_tenure_get_end_date (tenure)->qualifier;
    gboolean longer = start_q == SUCCESSION_DATE_QUALIFIER_BEFORE || end_q == SUCCESSION_DATE_QUALIFIER_AFTER;
    gboolean shorter = start_q == SUCCESSION_DATE_QUALIFIER_AFTER || end_q == SUCCESSION_DATE_QUALIFIER_BEFORE;
    char    *bounded = NULL;

    if (start_q == SUCCESSION_DATE_QUALIFIER_CIRCA || end_q == SUCCESSION_DATE_QUALIFIER_CIRCA || (longer && shorter))
      /* Translators: an approximate length of a tenure; %s is a duration. */
      bounded = g_strdup_printf (_ ("about %s"), length);
    else if (longer)
      /* Translators: the least a tenure lasted, where a date is known only as a bound; %s is a duration. */
      bounded = g_strdup_printf (_ ("at least %s"), length);
    else if (shorter)
      /* Translators: the most a tenure lasted, where a date is known only as a bound; %s is a duration. */
      bounded = g_strdup_printf (_ ("at most %s"), length);
    if (bounded != NULL)
      {
        g_free (length);
        length = bounded;
      }
  }

  if (succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING)
    /* Translators: the length of a tenure still running, so far; %s is a duration. */
    return g_strdup_printf (_ ("in office (%s so far)"), length);

  return g_steal_pointer (&length);
}

static char *
chinese_number (int n)
{
  static const char *digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
  GString           *out = g_string_new (NULL);

  if (n <= 0 || n >= 100)
    {
      g_string_printf (out, "%d", n);
      return g_string_free (out, FALSE);
    }

  if (n >= 10)
    {
      if (n / 10 > 1)
        g_string_append (out, digits[n / 10]);
      g_string_append (out, "十");
    }
  if (n % 10 != 0 || n < 10)
    g_string_append (out, digits[n % 10]);

  return g_string_free (out, FALSE);
}

char *
succession_format_ordinal (int number)
{
  g_autofree char *n = g_strdup_printf ("%d", number);
  g_autofree char *hanzi = chinese_number (number);
  g_autofree char *english = NULL;
  const char      *suffix = "th";
  int              mod100 = number % 100;

  if (mod100 < 11 || mod100 > 13)
    {
      switch (number % 10)
        {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
        }
    }
  english = g_strdup_printf ("%d%s", number, suffix);

  /* Translators: the ordinal of a numbered term. Fields: {ordinal} (English, "14th"),
   * {n} (digits, "14") and {hanzi} (Chinese numerals, "十四"). Chinese: "第{hanzi}届";
   * Japanese: "第{n}期"; German: "{n}.". */
  return expand (C_ ("term ordinal", "{ordinal}"), "ordinal", english, "n", n, "hanzi", hanzi, NULL);
}

static char *
format_term_list (GPtrArray *terms,
                  gboolean   isolate)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (terms == NULL)
    return g_strdup ("");

  for (guint i = 0; i < terms->len; i++)
    {
      SuccessionTerm *term = g_ptr_array_index (terms, i);
      int             number = succession_term_get_number (term);

      g_ptr_array_add (parts, number > 0 ? succession_format_ordinal (number)
                                         : name_text (succession_term_get_display_name (term, g_get_language_names ()), isolate));
    }
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between items of a short list, such as terms "1st, 2nd". */
  return g_strjoinv (C_ ("list separator", ", "), (char **) parts->pdata);
}

char *
succession_format_terms (SuccessionTenure *tenure)
{
  return format_term_list (succession_tenure_get_terms (tenure), TRUE);
}

char *
succession_format_terms_plain (SuccessionTenure *tenure)
{
  return format_term_list (succession_tenure_get_terms (tenure), FALSE);
}

char *
succession_format_term_list (GPtrArray *terms)
{
  return format_term_list (terms, TRUE);
}

char *
succession_format_concurrent_offices (SuccessionTenure *tenure)
{
  GPtrArray *offices = succession_tenure_get_concurrent_offices (tenure);
  GString   *out = g_string_new (NULL);

  for (guint i = 0; offices != NULL && i < offices->len; i++)
    {
      const char *label = succession_format_text (g_ptr_array_index (offices, i));

      if (label == NULL)
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      append_isolated (out, label);
    }

  return g_string_free (out, FALSE);
}

static char *
format_holder (SuccessionTenure     *tenure,
               SuccessionNameDisplay display,
               gboolean              isolate)
{
  SuccessionPerson *person = succession_tenure_get_person (tenure);
  g_autofree char  *name = NULL;

  if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_VACANCY || person == NULL)
    /* Translators: an office without a holder for a time. */
    return g_strdup (C_ ("office", "Vacant"));

  name = person_name (person, display, isolate);

  switch (succession_tenure_get_kind (tenure))
    {
    case SUCCESSION_TENURE_KIND_ACTING:
      /* Translators: an acting holder of an office; %s is the name. */
      return g_strdup_printf (_ ("%s (acting)"), name);
    case SUCCESSION_TENURE_KIND_HONORARY:
      /* Translators: an honorary holder of an office; %s is the name. */
      return g_strdup_printf (_ ("%s (honorary)"), name);
    default:
      return g_steal_pointer (&name);
    }
}

char *
succession_format_holder (SuccessionTenure     *tenure,
                          SuccessionNameDisplay display)
{
  return format_holder (tenure, display, TRUE);
}

char *
succession_format_holder_plain (SuccessionTenure     *tenure,
                                SuccessionNameDisplay display)
{
  return format_holder (tenure, display, FALSE);
}

char *
succession_format_holders (GPtrArray            *holders,
                           GArray               *matches,
                           SuccessionNameDisplay display)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (holders != NULL, NULL);
  g_return_val_if_fail (matches != NULL && matches->len == holders->len, NULL);

  for (guint i = 0; i < holders->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (holders, i);
      SuccessionPerson *person = succession_tenure_get_person (tenure);
      SuccessionMatch   match = g_array_index (matches, SuccessionMatch, i);
      g_autofree char  *who = NULL;
      gboolean          named_before = FALSE;

      /* A person with two tenures in the span asked for (one term ending, the next beginning in
       * the same year) is named once, where first met, and certainly if either tenure is. */
      for (guint j = 0; person != NULL && j < holders->len; j++)
        if (j != i && succession_tenure_get_person (g_ptr_array_index (holders, j)) == person)
          {
            if (j < i)
              named_before = TRUE;
            else if (g_array_index (matches, SuccessionMatch, j) != SUCCESSION_MATCH_POSSIBLY)
              match = g_array_index (matches, SuccessionMatch, j);
          }
      if (named_before)
        continue;

      who = succession_format_holder (tenure, display);
      if (match == SUCCESSION_MATCH_POSSIBLY)
        /* Translators: a holder that partial dates make uncertain on the chosen date; %s is a name. */
        g_ptr_array_add (parts, g_strdup_printf (_ ("possibly %s"), who));
      else
        g_ptr_array_add (parts, g_steal_pointer (&who));
    }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (C_ ("list separator", ", "), (char **) parts->pdata);
}

char *
succession_format_chairs (SuccessionTenure     *tenure,
                          SuccessionNameDisplay display)
{
  SuccessionOffice *office = succession_tenure_get_office (tenure);
  SuccessionOffice *chair_office = office != NULL ? succession_office_get_chair_office (office) : NULL;
  g_autoptr(GPtrArray) chairs = NULL;
  g_autoptr(GPtrArray) names = NULL;

  if (chair_office == NULL)
    return g_strdup ("");

  chairs = g_ptr_array_new ();
  succession_office_tenures_during (chair_office, tenure, chairs);

  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < chairs->len; i++)
    {
      SuccessionTenure *chair = g_ptr_array_index (chairs, i);

      g_autofree char *who = NULL;

      /* Nobody led the body while the chair was vacant. */
      if (succession_tenure_get_kind (chair) == SUCCESSION_TENURE_KIND_VACANCY)
        continue;
      who = succession_format_holder (chair, display);
      /* Partial dates may only let the two tenures meet: say so. */
      if (succession_tenure_overlap_days (tenure, chair) < 0)
        g_ptr_array_add (names, g_strdup_printf (_ ("possibly %s"), who));
      else
        g_ptr_array_add (names, g_steal_pointer (&who));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (C_ ("list separator", ", "), (char **) names->pdata);
}

char *
succession_format_council_members_during (SuccessionBody       *council,
                                          SuccessionTenure     *tenure,
                                          SuccessionNameDisplay display)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);
  SuccessionOffice *current = NULL;
  guint             in_line = 0;

  succession_body_members_during (council, tenure, members);
  if (members->len == 0)
    return NULL;

  for (guint i = 0; i < members->len; i++)
    {
      SuccessionTenure *member = g_ptr_array_index (members, i);
      SuccessionPerson *person = succession_tenure_get_person (member);
      g_autofree char  *name = NULL;

      if (succession_tenure_get_office (member) != current || i == 0)
        g_hash_table_remove_all (named);
      /* A member re-elected during the tenure is named once per office. */
      else if (person != NULL && g_hash_table_contains (named, person))
        continue;
      if (person != NULL)
        g_hash_table_add (named, person);
      name = succession_format_holder (member, display);

      if (succession_tenure_get_office (member) != current || i == 0)
        {
          g_autofree char *office_name = NULL;

          current = succession_tenure_get_office (member);
          office_name = current != NULL ? succession_format_office_name (current, display) : g_strdup ("");
          if (text->len > 0)
            g_string_append_c (text, '\n');
          /* Translators: starts a line of council members: an office, then its holders. */
          g_string_append_printf (text, _ ("%s: "), office_name);
          in_line = 0;
        }
      if (in_line++ > 0)
        g_string_append (text, C_ ("list separator", ", "));
      g_string_append (text, name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
succession_format_capitalize (const char *message)
{
  char     head[8] = { 0 };
  gunichar first;

  g_return_val_if_fail (message != NULL, NULL);

  first = g_utf8_get_char (message);
  if (*message == '\0' || !g_unichar_islower (first))
    return g_strdup (message);
  g_unichar_to_utf8 (g_unichar_totitle (first), head);
  return g_strconcat (head, g_utf8_next_char (message), NULL);
}
