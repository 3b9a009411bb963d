/* succession-date.c — partial dates: 1979, 1979-09, 1979-09-13, with qualifiers
 *
 * Day numbers are those of GDate's Julian days (proleptic Gregorian calendar, 0001-01-01 is
 * day 1), computed here with plain arithmetic because sorting and filtering call them often.
 *
 * Conventions that the header leaves open:
 *  - an unset date (year == 0) spans every day: its first and earliest day is
 *    SUCCESSION_DAY_MIN, its last and latest SUCCESSION_DAY_MAX;
 *  - succession_date_contains() answers POSSIBLY when either date is unset, and ignores the
 *    qualifiers (it compares [first day, last day] ranges);
 *  - succession_date_compare() breaks the remaining tie (same first day and precision, so the
 *    same date) by qualifier, in the order before < none < circa < after, so that it is a total
 *    order consistent with succession_date_equal();
 *  - succession_date_to_iso() gives "" for an unset date;
 *  - succession_date_qualifier_to_string() gives "" for SUCCESSION_DATE_QUALIFIER_NONE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-date.h"

#define YEAR_MIN 1
#define YEAR_MAX 9999

/* Day number of 9999-12-31, the last day a SuccessionDate can hold. */
#define DAY_LAST 3652059

/* Longer texts are shortened in error messages, which end up in dialogs and logs. */
#define QUOTE_MAX_CHARS 40

G_DEFINE_BOXED_TYPE (SuccessionDate, succession_date, succession_date_copy, succession_date_free)

/* The quark's name is one word with hyphens, which a formatter would split. */
/* clang-format off */
G_DEFINE_QUARK (succession-date-error-quark, succession_date_error)
/* clang-format on */

static const char *const month_names[] = {
  NC_ ("month", "January"),
  NC_ ("month", "February"),
  NC_ ("month", "March"),
  NC_ ("month", "April"),
  NC_ ("month", "May"),
  NC_ ("month", "June"),
  NC_ ("month", "July"),
  NC_ ("month", "August"),
  NC_ ("month", "September"),
  NC_ ("month", "October"),
  NC_ ("month", "November"),
  NC_ ("month", "December"),
};

/* Days before the first of each month in a common year. */
static const guint16 days_before_month[] = {
  0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
};

static gboolean
is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static guint
days_in_month (int   year,
               guint month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && is_leap_year (year))
    return 29;

  return days[month - 1];
}

/* Floor division, so that year 0 (one before 0001, for "circa 0001") works too. */
static int
floor_div (int a,
           int b)
{
  return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static SuccessionDay
day_from_ymd (int   year,
              guint month,
              guint day)
{
  int           y = year - 1;
  SuccessionDay n;

  n = 365 * y + floor_div (y, 4) - floor_div (y, 100) + floor_div (y, 400);
  n += days_before_month[month - 1];
  if (month > 2 && is_leap_year (year))
    n += 1;

  return n + day;
}

static gboolean
date_is_valid (const SuccessionDate *self)
{
  if (self->year == 0)
    return TRUE;
  if (self->year > YEAR_MAX || self->month > 12 || self->qualifier > SUCCESSION_DATE_QUALIFIER_AFTER)
    return FALSE;
  if (self->month == 0)
    return self->day == 0;

  return self->day <= days_in_month (self->year, self->month);
}

SuccessionDate *
succession_date_copy (const SuccessionDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
succession_date_free (SuccessionDate *self)
{
  g_free (self);
}

static gboolean
scan_digits (const char *p,
             guint       n_digits,
             guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      /* Also stops at the terminating NUL, so short texts are never over-read. */
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (guint) (p[i] - '0');
    }

  *out = value;
  return TRUE;
}

/* "hh:mm[:ss[.fff]][Z|±hh[[:]mm]]", the time part of an ISO 8601 / Popolo date-time. */
static gboolean
scan_time (const char *p)
{
  guint hours, minutes, seconds = 0;

  if (!scan_digits (p, 2, &hours) || p[2] != ':' || !scan_digits (p + 3, 2, &minutes))
    return FALSE;
  p += 5;

  if (*p == ':')
    {
      if (!scan_digits (p + 1, 2, &seconds))
        return FALSE;
      p += 3;

      if (*p == '.' || *p == ',')
        {
          p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          while (g_ascii_isdigit (*p))
            p++;
        }
    }

  /* 24:00:00 is the end of the day; 60 seconds is a leap second. */
  if (minutes > 59 || seconds > 60 || hours > 24 || (hours == 24 && (minutes != 0 || seconds != 0)))
    return FALSE;

  if (*p == 'Z')
    {
      p++;
    }
  else if (*p == '+' || *p == '-')
    {
      guint offset_hours, offset_minutes = 0;

      if (!scan_digits (p + 1, 2, &offset_hours))
        return FALSE;
      p += 3;

      if (*p == ':')
        p++;
      if (g_ascii_isdigit (*p))
        {
          if (!scan_digits (p, 2, &offset_minutes))
            return FALSE;
          p += 2;
        }

      if (offset_hours > 23 || offset_minutes > 59)
        return FALSE;
    }

  return *p == '\0';
}

/* The text to quote in an error message: valid UTF-8 and not overly long. */
static char *
quote_for_error (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  if (g_utf8_strlen (valid, -1) > QUOTE_MAX_CHARS)
    {
      g_autofree char *head = g_utf8_substring (valid, 0, QUOTE_MAX_CHARS - 1);

      return g_strconcat (head, "…", NULL);
    }

  return g_steal_pointer (&valid);
}

static void
set_syntax_error (GError    **error,
                  const char *text,
                  gboolean    allow_time)
{
  g_autofree char *quoted = quote_for_error (text);

  if (allow_time)
    g_set_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_SYNTAX,
                 _ ("\"%s\" is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss"),
                 quoted);
  else
    g_set_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_SYNTAX,
                 _ ("\"%s\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"),
                 quoted);
}

/* A year written with a sign or five to seven digits is well-formed but out of range; saying so
 * is more helpful than a syntax error. (Eight digits are rather a date without hyphens.) */
static gboolean
looks_like_out_of_range_year (const char *text)
{
  gboolean    has_sign = (*text == '-' || *text == '+');
  const char *digits = has_sign ? text + 1 : text;
  const char *p = digits;

  while (g_ascii_isdigit (*p))
    p++;

  if (p == digits || (*p != '\0' && *p != '-'))
    return FALSE;

  return has_sign || (p - digits > 4 && p - digits < 8);
}

gboolean
succession_date_parse (const char     *text,
                       gboolean        allow_time,
                       SuccessionDate *out,
                       GError        **error)
{
  g_autofree char *quoted = NULL;
  guint            year = 0, month = 0, day = 0;
  const char      *p;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!scan_digits (text, 4, &year) || (text[4] != '\0' && text[4] != '-'))
    {
      if (looks_like_out_of_range_year (text))
        {
          quoted = quote_for_error (text);
          g_set_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_RANGE,
                       _ ("\"%s\" is not a date: the year must be between %d and %d"),
                       quoted, YEAR_MIN, YEAR_MAX);
          return FALSE;
        }

      set_syntax_error (error, text, allow_time);
      return FALSE;
    }

  p = text + 4;
  if (*p == '-')
    {
      if (!scan_digits (p + 1, 2, &month) || (p[3] != '\0' && p[3] != '-'))
        {
          set_syntax_error (error, text, allow_time);
          return FALSE;
        }
      p += 3;

      if (*p == '-')
        {
          if (!scan_digits (p + 1, 2, &day))
            {
              set_syntax_error (error, text, allow_time);
              return FALSE;
            }
          p += 3;

          /* A date-time only when asked for: elsewhere "2013-09-17T…" is a typo. */
          if (*p == 'T' && allow_time && scan_time (p + 1))
            p += strlen (p);
        }
    }

  if (*p != '\0')
    {
      set_syntax_error (error, text, allow_time);
      return FALSE;
    }

  /* Well-formed: now check the values, from the year down, so the message names the first
   * field that is wrong. */
  if (year < YEAR_MIN)
    {
      quoted = quote_for_error (text);
      g_set_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_RANGE,
                   _ ("\"%s\" is not a date: there is no year 0"), quoted);
      return FALSE;
    }

  if (text[4] == '-' && (month < 1 || month > 12))
    {
      quoted = quote_for_error (text);
      g_set_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_RANGE,
                   _ ("\"%s\" is not a date: there is no month %u"), quoted, month);
      return FALSE;
    }

  if (text[4] == '-' && text[7] == '-')
    {
      guint n_days = days_in_month (year, month);

      if (day < 1)
        {
          quoted = quote_for_error (text);
          g_set_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_RANGE,
                       _ ("\"%s\" is not a date: there is no day 0"), quoted);
          return FALSE;
        }

      if (day > n_days)
        {
          quoted = quote_for_error (text);
          g_set_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_RANGE,
                       /* Translators: the first %s is the quoted text, then a month name, a
                        * year and the number of days in that month, e.g. "February 2018 has
                        * 28 days". */
                       g_dngettext (GETTEXT_PACKAGE,
                                    "\"%s\" is not a date: %s %u has %u day",
                                    "\"%s\" is not a date: %s %u has %u days",
                                    n_days),
                       quoted,
                       g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]),
                       year, n_days);
          return FALSE;
        }
    }

  out->year = (guint16) year;
  out->month = (guint8) month;
  out->day = (guint8) day;
  out->qualifier = SUCCESSION_DATE_QUALIFIER_NONE;

  return TRUE;
}

gboolean
succession_date_qualifier_parse (const char              *text,
                                 SuccessionDateQualifier *out)
{
  SuccessionDateQualifier qualifier;

  g_return_val_if_fail (out != NULL, FALSE);

  /* Data files are hand-edited, so "Circa" is as good as "circa". */
  if (text == NULL || *text == '\0')
    qualifier = SUCCESSION_DATE_QUALIFIER_NONE;
  else if (g_ascii_strcasecmp (text, "circa") == 0)
    qualifier = SUCCESSION_DATE_QUALIFIER_CIRCA;
  else if (g_ascii_strcasecmp (text, "before") == 0)
    qualifier = SUCCESSION_DATE_QUALIFIER_BEFORE;
  else if (g_ascii_strcasecmp (text, "after") == 0)
    qualifier = SUCCESSION_DATE_QUALIFIER_AFTER;
  else
    return FALSE;

  *out = qualifier;
  return TRUE;
}

const char *
succession_date_qualifier_to_string (SuccessionDateQualifier qualifier)
{
  switch (qualifier)
    {
    case SUCCESSION_DATE_QUALIFIER_NONE:
      return "";
    case SUCCESSION_DATE_QUALIFIER_CIRCA:
      return "circa";
    case SUCCESSION_DATE_QUALIFIER_BEFORE:
      return "before";
    case SUCCESSION_DATE_QUALIFIER_AFTER:
      return "after";
    default:
      g_return_val_if_reached (NULL);
    }
}

void
succession_date_init_today (SuccessionDate *out)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (out != NULL);

  now = g_date_time_new_now_local ();

  out->year = (guint16) g_date_time_get_year (now);
  out->month = (guint8) g_date_time_get_month (now);
  out->day = (guint8) g_date_time_get_day_of_month (now);
  out->qualifier = SUCCESSION_DATE_QUALIFIER_NONE;
}

gboolean
succession_date_is_set (const SuccessionDate *self)
{
  return self != NULL && self->year != 0;
}

SuccessionDatePrecision
succession_date_get_precision (const SuccessionDate *self)
{
  if (self == NULL || self->year == 0)
    return SUCCESSION_DATE_PRECISION_NONE;
  if (self->month == 0)
    return SUCCESSION_DATE_PRECISION_YEAR;
  if (self->day == 0)
    return SUCCESSION_DATE_PRECISION_MONTH;

  return SUCCESSION_DATE_PRECISION_DAY;
}

char *
succession_date_to_iso (const SuccessionDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (succession_date_get_precision (self))
    {
    case SUCCESSION_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04u", (guint) self->year);
    case SUCCESSION_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04u-%02u", (guint) self->year, (guint) self->month);
    case SUCCESSION_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04u-%02u-%02u",
                              (guint) self->year, (guint) self->month, (guint) self->day);
    case SUCCESSION_DATE_PRECISION_NONE:
    default:
      return g_strdup ("");
    }
}

/* First and last day of @year/@month/@day at the precision given by the zero fields; @year
 * may be 0 or 10000 here, for the widening of "circa". */
static SuccessionDay
first_day_of (int   year,
              guint month,
              guint day)
{
  return day_from_ymd (year, month != 0 ? month : 1, day != 0 ? day : 1);
}

static SuccessionDay
last_day_of (int   year,
             guint month,
             guint day)
{
  if (month == 0)
    return day_from_ymd (year, 12, 31);
  if (day == 0)
    return day_from_ymd (year, month, days_in_month (year, month));

  return day_from_ymd (year, month, day);
}

/* 29 February has no counterpart a year away: use the 28th. */
static guint
clamp_day (int   year,
           guint month,
           guint day)
{
  if (month == 0 || day == 0)
    return day;

  return MIN (day, days_in_month (year, month));
}

SuccessionDay
succession_date_get_first_day (const SuccessionDate *self)
{
  g_return_val_if_fail (self != NULL, SUCCESSION_DAY_MIN);
  g_return_val_if_fail (date_is_valid (self), SUCCESSION_DAY_MIN);

  if (self->year == 0)
    return SUCCESSION_DAY_MIN;

  return first_day_of (self->year, self->month, self->day);
}

SuccessionDay
succession_date_get_last_day (const SuccessionDate *self)
{
  g_return_val_if_fail (self != NULL, SUCCESSION_DAY_MAX);
  g_return_val_if_fail (date_is_valid (self), SUCCESSION_DAY_MAX);

  if (self->year == 0)
    return SUCCESSION_DAY_MAX;

  return last_day_of (self->year, self->month, self->day);
}

SuccessionDay
succession_date_get_earliest (const SuccessionDate *self)
{
  int year;

  g_return_val_if_fail (self != NULL, SUCCESSION_DAY_MIN);
  g_return_val_if_fail (date_is_valid (self), SUCCESSION_DAY_MIN);

  if (self->year == 0)
    return SUCCESSION_DAY_MIN;

  switch ((SuccessionDateQualifier) self->qualifier)
    {
    case SUCCESSION_DATE_QUALIFIER_CIRCA:
      year = self->year - 1;
      return first_day_of (year, self->month, clamp_day (year, self->month, self->day));
    case SUCCESSION_DATE_QUALIFIER_BEFORE:
      return SUCCESSION_DAY_MIN;
    case SUCCESSION_DATE_QUALIFIER_AFTER:
      return succession_date_get_last_day (self) + 1;
    case SUCCESSION_DATE_QUALIFIER_NONE:
    default:
      return succession_date_get_first_day (self);
    }
}

SuccessionDay
succession_date_get_latest (const SuccessionDate *self)
{
  int year;

  g_return_val_if_fail (self != NULL, SUCCESSION_DAY_MAX);
  g_return_val_if_fail (date_is_valid (self), SUCCESSION_DAY_MAX);

  if (self->year == 0)
    return SUCCESSION_DAY_MAX;

  switch ((SuccessionDateQualifier) self->qualifier)
    {
    case SUCCESSION_DATE_QUALIFIER_CIRCA:
      year = self->year + 1;
      return last_day_of (year, self->month, clamp_day (year, self->month, self->day));
    case SUCCESSION_DATE_QUALIFIER_BEFORE:
      return succession_date_get_first_day (self) - 1;
    case SUCCESSION_DATE_QUALIFIER_AFTER:
      return SUCCESSION_DAY_MAX;
    case SUCCESSION_DATE_QUALIFIER_NONE:
    default:
      return succession_date_get_last_day (self);
    }
}

/* The order of qualifiers among otherwise equal dates: "before 1979" < "1979" < "circa 1979"
 * < "after 1979". */
static int
qualifier_rank (guint8 qualifier)
{
  switch ((SuccessionDateQualifier) qualifier)
    {
    case SUCCESSION_DATE_QUALIFIER_BEFORE:
      return 0;
    case SUCCESSION_DATE_QUALIFIER_NONE:
      return 1;
    case SUCCESSION_DATE_QUALIFIER_CIRCA:
      return 2;
    case SUCCESSION_DATE_QUALIFIER_AFTER:
      return 3;
    default:
      return 4;
    }
}

int
succession_date_compare (const SuccessionDate *a,
                         const SuccessionDate *b)
{
  SuccessionDay           first_a, first_b;
  SuccessionDatePrecision precision_a, precision_b;
  int                     rank_a, rank_b;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  if (a->year == 0 || b->year == 0)
    return (a->year == 0) - (b->year == 0);

  first_a = succession_date_get_first_day (a);
  first_b = succession_date_get_first_day (b);
  if (first_a != first_b)
    return first_a < first_b ? -1 : 1;

  precision_a = succession_date_get_precision (a);
  precision_b = succession_date_get_precision (b);
  if (precision_a != precision_b)
    return precision_a < precision_b ? -1 : 1;

  rank_a = qualifier_rank (a->qualifier);
  rank_b = qualifier_rank (b->qualifier);

  return (rank_a > rank_b) - (rank_a < rank_b);
}

gboolean
succession_date_equal (const SuccessionDate *a,
                       const SuccessionDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  /* All unset dates are the same, whatever else their fields hold. */
  if (a->year == 0 || b->year == 0)
    return a->year == b->year;

  return a->year == b->year &&
         a->month == b->month &&
         a->day == b->day &&
         a->qualifier == b->qualifier;
}

SuccessionMatch
succession_date_contains (const SuccessionDate *self,
                          const SuccessionDate *other)
{
  SuccessionDay self_first, self_last, other_first, other_last;

  g_return_val_if_fail (self != NULL, SUCCESSION_MATCH_NO);
  g_return_val_if_fail (other != NULL, SUCCESSION_MATCH_NO);

  /* An unknown date may be any day, so nothing can be ruled in or out. */
  if (self->year == 0 || other->year == 0)
    return SUCCESSION_MATCH_POSSIBLY;

  self_first = succession_date_get_first_day (self);
  self_last = succession_date_get_last_day (self);
  other_first = succession_date_get_first_day (other);
  other_last = succession_date_get_last_day (other);

  if (other_first >= self_first && other_last <= self_last)
    return SUCCESSION_MATCH_YES;
  if (other_last < self_first || other_first > self_last)
    return SUCCESSION_MATCH_NO;

  return SUCCESSION_MATCH_POSSIBLY;
}

gboolean
succession_date_duration (const SuccessionDate *start,
                          const SuccessionDate *end,
                          int                  *years,
                          int                  *months,
                          int                  *days)
{
  SuccessionDatePrecision precision;
  int                     n_years = -1, n_months = -1, n_days = -1;
  int                     total_months;

  g_return_val_if_fail (start != NULL, FALSE);
  g_return_val_if_fail (end != NULL, FALSE);

  if (years != NULL)
    *years = -1;
  if (months != NULL)
    *months = -1;
  if (days != NULL)
    *days = -1;

  if (start->year == 0 || end->year == 0)
    return FALSE;

  precision = MIN (succession_date_get_precision (start), succession_date_get_precision (end));

  if (precision == SUCCESSION_DATE_PRECISION_YEAR)
    {
      n_years = end->year - start->year;
      if (n_years < 0)
        return FALSE;
    }
  else
    {
      total_months = (end->year * 12 + end->month) - (start->year * 12 + start->month);

      if (precision == SUCCESSION_DATE_PRECISION_DAY)
        {
          int   anchor_year;
          guint anchor_month;

          /* As people count: whole months first, a month short if the end's day of month
           * comes before the start's; then the days left, counted from the start moved on by
           * those months (the 31st moved into a shorter month is its last day). So 01-31 to
           * 03-01 is one month and one day, 01-31 to 02-28 is 28 days. */
          if (end->day < start->day)
            total_months--;
          if (total_months < 0)
            return FALSE;

          anchor_year = start->year + (start->month - 1 + total_months) / 12;
          anchor_month = (guint) ((start->month - 1 + total_months) % 12) + 1;
          n_days = succession_date_get_first_day (end) -
                   day_from_ymd (anchor_year, anchor_month,
                                 clamp_day (anchor_year, anchor_month, start->day));
        }
      else if (total_months < 0)
        {
          return FALSE;
        }

      n_years = total_months / 12;
      n_months = total_months % 12;
    }

  if (years != NULL)
    *years = n_years;
  if (months != NULL)
    *months = n_months;
  if (days != NULL)
    *days = n_days;

  return TRUE;
}

void
succession_date_init_from_day (SuccessionDate *out,
                               SuccessionDay   day)
{
  int   n, n400, n100, n4, n1, year;
  guint month;

  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);

  g_return_if_fail (day >= 1 && day <= DAY_LAST);

  /* The inverse of day_from_ymd(): peel off 400-, 100-, 4- and 1-year cycles. The last
   * 100- and 1-year cycle of each longer one has a leap day more, hence the MIN(). */
  n = day - 1;
  n400 = n / 146097;
  n %= 146097;
  n100 = MIN (n / 36524, 3);
  n -= n100 * 36524;
  n4 = n / 1461;
  n %= 1461;
  n1 = MIN (n / 365, 3);
  n -= n1 * 365;

  year = 400 * n400 + 100 * n100 + 4 * n4 + n1 + 1;

  /* @n is now the day of the year, from 0. */
  for (month = 12; month > 1; month--)
    {
      int before = days_before_month[month - 1] + (month > 2 && is_leap_year (year));

      if (n >= before)
        {
          n -= before;
          break;
        }
    }

  out->year = (guint16) year;
  out->month = (guint8) month;
  out->day = (guint8) (n + 1);
  out->qualifier = SUCCESSION_DATE_QUALIFIER_NONE;
}
