/* test-date.c — partial dates: parsing, day ranges, ordering, containment and durations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "succession-date.h"

/* A date from a string known to be valid, with a qualifier. */
static SuccessionDate
make_date (const char             *text,
           SuccessionDateQualifier qualifier)
{
  g_autoptr(GError) error = NULL;
  SuccessionDate date = { 0 };
  gboolean       ok;

  ok = succession_date_parse (text, FALSE, &date, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  date.qualifier = qualifier;

  return date;
}

static SuccessionDay
day_of (guint year,
        guint month,
        guint day)
{
  g_autoptr(GDate) date = g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return (SuccessionDay) g_date_get_julian (date);
}

static void
assert_parses (const char *text,
               gboolean    allow_time,
               guint       year,
               guint       month,
               guint       day)
{
  g_autoptr(GError) error = NULL;
  SuccessionDate date;
  gboolean       ok;

  /* Garbage in the output, to check that parse sets every field. */
  memset (&date, 0xAA, sizeof date);

  ok = succession_date_parse (text, allow_time, &date, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (date.year, ==, year);
  g_assert_cmpuint (date.month, ==, month);
  g_assert_cmpuint (date.day, ==, day);
  g_assert_cmpuint (date.qualifier, ==, SUCCESSION_DATE_QUALIFIER_NONE);
}

static void
assert_rejects (const char *text,
                gboolean    allow_time,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  SuccessionDate date = { 1979, 9, 13, SUCCESSION_DATE_QUALIFIER_CIRCA };
  gboolean       ok;

  ok = succession_date_parse (text, allow_time, &date, &error);
  g_assert_false (ok);
  g_assert_error (error, SUCCESSION_DATE_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);

  /* A failed parse leaves the output alone. */
  g_assert_cmpuint (date.year, ==, 1979);
  g_assert_cmpuint (date.month, ==, 9);
  g_assert_cmpuint (date.day, ==, 13);
  g_assert_cmpuint (date.qualifier, ==, SUCCESSION_DATE_QUALIFIER_CIRCA);
}

#define SYNTAX_MESSAGE(text) "\"" text "\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"

static void
test_parse_valid (void)
{
  assert_parses ("1979", FALSE, 1979, 0, 0);
  assert_parses ("1979-09", FALSE, 1979, 9, 0);
  assert_parses ("1979-09-13", FALSE, 1979, 9, 13);
  assert_parses ("0001", FALSE, 1, 0, 0);
  assert_parses ("0001-01-01", FALSE, 1, 1, 1);
  assert_parses ("9999", FALSE, 9999, 0, 0);
  assert_parses ("9999-12-31", FALSE, 9999, 12, 31);
  assert_parses ("2018-01-31", FALSE, 2018, 1, 31);
  assert_parses ("2018-02-28", FALSE, 2018, 2, 28);
  assert_parses ("2018-04-30", FALSE, 2018, 4, 30);
  assert_parses ("2018-12", FALSE, 2018, 12, 0);

  /* Plain dates are still fine when a time is allowed. */
  assert_parses ("1979", TRUE, 1979, 0, 0);
  assert_parses ("1979-09", TRUE, 1979, 9, 0);
  assert_parses ("1979-09-13", TRUE, 1979, 9, 13);
}

static void
test_parse_leap (void)
{
  assert_parses ("2000-02-29", FALSE, 2000, 2, 29);
  assert_parses ("2016-02-29", FALSE, 2016, 2, 29);
  assert_parses ("0004-02-29", FALSE, 4, 2, 29);
  assert_parses ("2400-02-29", FALSE, 2400, 2, 29);

  assert_rejects ("1900-02-29", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"1900-02-29\" is not a date: February 1900 has 28 days");
  assert_rejects ("2100-02-29", FALSE, SUCCESSION_DATE_ERROR_RANGE, NULL);
  assert_rejects ("2018-02-29", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-02-29\" is not a date: February 2018 has 28 days");
  assert_rejects ("2000-02-30", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2000-02-30\" is not a date: February 2000 has 29 days");
}

static void
test_parse_reject (void)
{
  /* Impossible values. */
  assert_rejects ("2018-02-30", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-02-30\" is not a date: February 2018 has 28 days");
  assert_rejects ("2018-04-31", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-04-31\" is not a date: April 2018 has 30 days");
  assert_rejects ("2018-01-32", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-01-32\" is not a date: January 2018 has 31 days");
  assert_rejects ("2018-13-01", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-13-01\" is not a date: there is no month 13");
  assert_rejects ("2018-13", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-13\" is not a date: there is no month 13");
  assert_rejects ("2018-00", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-00\" is not a date: there is no month 0");
  assert_rejects ("2018-00-10", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-00-10\" is not a date: there is no month 0");
  assert_rejects ("2018-01-00", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-01-00\" is not a date: there is no day 0");
  assert_rejects ("2018-99-99", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2018-99-99\" is not a date: there is no month 99");

  /* Years outside 1..9999. */
  assert_rejects ("0000", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"0000\" is not a date: there is no year 0");
  assert_rejects ("0000-01-01", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"0000-01-01\" is not a date: there is no year 0");
  assert_rejects ("10000", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"10000\" is not a date: the year must be between 1 and 9999");
  assert_rejects ("12018-01-01", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"12018-01-01\" is not a date: the year must be between 1 and 9999");
  assert_rejects ("-0044", FALSE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"-0044\" is not a date: the year must be between 1 and 9999");
  assert_rejects ("-44-03-15", FALSE, SUCCESSION_DATE_ERROR_RANGE, NULL);
  assert_rejects ("+2018", FALSE, SUCCESSION_DATE_ERROR_RANGE, NULL);

  /* Fields of the wrong length. */
  assert_rejects ("2018-3-7", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("2018-3-7"));
  assert_rejects ("2018-03-7", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("2018-03-7"));
  assert_rejects ("2018-3", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("2018-3"));
  assert_rejects ("2018-003", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("2018-003"));
  assert_rejects ("2018-03-007", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("2018-03-007"));
  assert_rejects ("201", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("201"));
  assert_rejects ("79", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("79"));

  /* Spaces and other text around or inside. */
  assert_rejects (" 2018", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE (" 2018"));
  assert_rejects ("2018 ", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("2018 "));
  assert_rejects ("2018-03-07 ", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2018-03-07\n", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2018 -03", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2018-03-07x", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2018-", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2018-03-", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2018/03/07", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("20180307", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE ("20180307"));
  assert_rejects ("07-03-2018", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("circa 2018", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("２０１８", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, SYNTAX_MESSAGE (""));
  assert_rejects ("abcd", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2018-ab-cd", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
}

static void
test_parse_message (void)
{
  g_autoptr(GError) error = NULL;
  SuccessionDate date = { 0 };

  /* Invalid UTF-8 is quoted as valid UTF-8, and long text is shortened. */
  g_assert_false (succession_date_parse ("19\xff\xfe", FALSE, &date, &error));
  g_assert_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_SYNTAX);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  g_assert_false (succession_date_parse ("1979-09-13 and a very long tail of text that goes on and on",
                                         FALSE, &date, &error));
  g_assert_error (error, SUCCESSION_DATE_ERROR, SUCCESSION_DATE_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "\"1979-09-13 and a very long tail of text…\" is not a date: "
                   "expected YYYY, YYYY-MM or YYYY-MM-DD");
  g_clear_error (&error);

  /* Without an error location, a failure is just FALSE. */
  g_assert_false (succession_date_parse ("2018-02-30", FALSE, &date, NULL));
  g_assert_false (succession_date_parse ("2018-3-7", FALSE, &date, NULL));
  g_assert_cmpuint (date.year, ==, 0);
}

static void
test_parse_time (void)
{
  assert_parses ("2013-09-17T00:00:00Z", TRUE, 2013, 9, 17);
  assert_parses ("2013-09-17T23:59:59Z", TRUE, 2013, 9, 17);
  assert_parses ("2013-09-17T12:30:00", TRUE, 2013, 9, 17);
  assert_parses ("2013-09-17T12:30", TRUE, 2013, 9, 17);
  assert_parses ("2013-09-17T12:30:00.123Z", TRUE, 2013, 9, 17);
  assert_parses ("2013-09-17T12:30:00+08:00", TRUE, 2013, 9, 17);
  assert_parses ("2013-09-17T12:30:00-0500", TRUE, 2013, 9, 17);
  assert_parses ("2013-09-17T12:30:00+01", TRUE, 2013, 9, 17);
  assert_parses ("2013-09-17T24:00:00Z", TRUE, 2013, 9, 17);
  assert_parses ("2016-12-31T23:59:60Z", TRUE, 2016, 12, 31);

  /* Not without allow_time. */
  assert_rejects ("2013-09-17T00:00:00Z", FALSE, SUCCESSION_DATE_ERROR_SYNTAX,
                  SYNTAX_MESSAGE ("2013-09-17T00:00:00Z"));
  assert_rejects ("2013-09-17T12:30", FALSE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);

  /* Malformed or impossible times. */
  assert_rejects ("2013-09-17T", TRUE, SUCCESSION_DATE_ERROR_SYNTAX,
                  "\"2013-09-17T\" is not a date: "
                  "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss");
  assert_rejects ("2013-09-17T25:00:00Z", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17T24:00:01Z", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17T12:60:00Z", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17T12:00:61Z", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17T1:00:00Z", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17T12:00:00.Z", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17T12:00:00ZZ", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17T12:00:00+25:00", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17T12:00:00+1", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17 12:00:00", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09-17t12:00:00", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013-09T12:00:00", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);
  assert_rejects ("2013T12:00:00", TRUE, SUCCESSION_DATE_ERROR_SYNTAX, NULL);

  /* The date part is still checked. */
  assert_rejects ("2013-02-30T00:00:00Z", TRUE, SUCCESSION_DATE_ERROR_RANGE,
                  "\"2013-02-30T00:00:00Z\" is not a date: February 2013 has 28 days");
  assert_rejects ("2013-13-01T00:00:00Z", TRUE, SUCCESSION_DATE_ERROR_RANGE, NULL);
}

static void
test_qualifier (void)
{
  SuccessionDateQualifier qualifier = SUCCESSION_DATE_QUALIFIER_AFTER;

  g_assert_true (succession_date_qualifier_parse (NULL, &qualifier));
  g_assert_cmpint (qualifier, ==, SUCCESSION_DATE_QUALIFIER_NONE);
  g_assert_true (succession_date_qualifier_parse ("circa", &qualifier));
  g_assert_cmpint (qualifier, ==, SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_assert_true (succession_date_qualifier_parse ("", &qualifier));
  g_assert_cmpint (qualifier, ==, SUCCESSION_DATE_QUALIFIER_NONE);
  g_assert_true (succession_date_qualifier_parse ("before", &qualifier));
  g_assert_cmpint (qualifier, ==, SUCCESSION_DATE_QUALIFIER_BEFORE);
  g_assert_true (succession_date_qualifier_parse ("after", &qualifier));
  g_assert_cmpint (qualifier, ==, SUCCESSION_DATE_QUALIFIER_AFTER);
  g_assert_true (succession_date_qualifier_parse ("Circa", &qualifier));
  g_assert_cmpint (qualifier, ==, SUCCESSION_DATE_QUALIFIER_CIRCA);

  /* Unknown words fail and leave the output alone. */
  g_assert_false (succession_date_qualifier_parse ("about", &qualifier));
  g_assert_false (succession_date_qualifier_parse ("circa ", &qualifier));
  g_assert_false (succession_date_qualifier_parse ("c.", &qualifier));
  g_assert_cmpint (qualifier, ==, SUCCESSION_DATE_QUALIFIER_CIRCA);

  g_assert_cmpstr (succession_date_qualifier_to_string (SUCCESSION_DATE_QUALIFIER_NONE), ==, "");
  g_assert_cmpstr (succession_date_qualifier_to_string (SUCCESSION_DATE_QUALIFIER_CIRCA), ==, "circa");
  g_assert_cmpstr (succession_date_qualifier_to_string (SUCCESSION_DATE_QUALIFIER_BEFORE), ==, "before");
  g_assert_cmpstr (succession_date_qualifier_to_string (SUCCESSION_DATE_QUALIFIER_AFTER), ==, "after");

  /* Round trip. */
  for (int q = SUCCESSION_DATE_QUALIFIER_NONE; q <= SUCCESSION_DATE_QUALIFIER_AFTER; q++)
    {
      g_assert_true (succession_date_qualifier_parse (succession_date_qualifier_to_string (q),
                                                      &qualifier));
      g_assert_cmpint (qualifier, ==, q);
    }
}

static void
test_precision (void)
{
  SuccessionDate unset = { 0 };
  SuccessionDate year = make_date ("1979", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate month = make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate day = make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_CIRCA);

  g_assert_false (succession_date_is_set (&unset));
  g_assert_false (succession_date_is_set (NULL));
  g_assert_true (succession_date_is_set (&year));
  g_assert_true (succession_date_is_set (&month));
  g_assert_true (succession_date_is_set (&day));

  g_assert_cmpint (succession_date_get_precision (&unset), ==, SUCCESSION_DATE_PRECISION_NONE);
  g_assert_cmpint (succession_date_get_precision (NULL), ==, SUCCESSION_DATE_PRECISION_NONE);
  g_assert_cmpint (succession_date_get_precision (&year), ==, SUCCESSION_DATE_PRECISION_YEAR);
  g_assert_cmpint (succession_date_get_precision (&month), ==, SUCCESSION_DATE_PRECISION_MONTH);
  g_assert_cmpint (succession_date_get_precision (&day), ==, SUCCESSION_DATE_PRECISION_DAY);
}

static void
test_to_iso (void)
{
  const char *const texts[] = {
    "1979",
    "1979-09",
    "1979-09-13",
    "0001",
    "0001-01-01",
    "0042-07",
    "9999-12-31",
  };
  SuccessionDate   unset = { 0 };
  g_autofree char *empty = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      SuccessionDate   date = make_date (texts[i], SUCCESSION_DATE_QUALIFIER_NONE);
      g_autofree char *iso = succession_date_to_iso (&date);
      g_autoptr(GError) error = NULL;
      SuccessionDate again = { 0 };

      g_assert_cmpstr (iso, ==, texts[i]);

      g_assert_true (succession_date_parse (iso, FALSE, &again, &error));
      g_assert_no_error (error);
      g_assert_true (succession_date_equal (&date, &again));
    }

  /* The qualifier is not part of the ISO form. */
  {
    SuccessionDate   circa = make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_CIRCA);
    g_autofree char *iso = succession_date_to_iso (&circa);

    g_assert_cmpstr (iso, ==, "1979-09");
  }

  empty = succession_date_to_iso (&unset);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_first_last_day (void)
{
  SuccessionDate unset = { 0 };
  SuccessionDate year = make_date ("1979", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate leap_year = make_date ("2000", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate month = make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate february = make_date ("2000-02", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate common_february = make_date ("1900-02", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate december = make_date ("1979-12", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate day = make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate circa = make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_CIRCA);
  SuccessionDate first = make_date ("0001-01-01", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate last = make_date ("9999-12-31", SUCCESSION_DATE_QUALIFIER_NONE);

  g_assert_cmpint (succession_date_get_first_day (&year), ==, day_of (1979, 1, 1));
  g_assert_cmpint (succession_date_get_last_day (&year), ==, day_of (1979, 12, 31));
  g_assert_cmpint (succession_date_get_last_day (&leap_year) - succession_date_get_first_day (&leap_year), ==, 365);
  g_assert_cmpint (succession_date_get_first_day (&month), ==, day_of (1979, 9, 1));
  g_assert_cmpint (succession_date_get_last_day (&month), ==, day_of (1979, 9, 30));
  g_assert_cmpint (succession_date_get_first_day (&february), ==, day_of (2000, 2, 1));
  g_assert_cmpint (succession_date_get_last_day (&february), ==, day_of (2000, 2, 29));
  g_assert_cmpint (succession_date_get_last_day (&common_february), ==, day_of (1900, 2, 28));
  g_assert_cmpint (succession_date_get_last_day (&december), ==, day_of (1979, 12, 31));
  g_assert_cmpint (succession_date_get_first_day (&day), ==, day_of (1979, 9, 13));
  g_assert_cmpint (succession_date_get_last_day (&day), ==, day_of (1979, 9, 13));

  /* The qualifier is ignored. */
  g_assert_cmpint (succession_date_get_first_day (&circa), ==, day_of (1979, 9, 13));
  g_assert_cmpint (succession_date_get_last_day (&circa), ==, day_of (1979, 9, 13));

  g_assert_cmpint (succession_date_get_first_day (&first), ==, 1);
  g_assert_cmpint (succession_date_get_last_day (&first), ==, 1);
  g_assert_cmpint (succession_date_get_first_day (&last), ==, day_of (9999, 12, 31));
  g_assert_cmpint (succession_date_get_last_day (&last), ==, 3652059);

  g_assert_cmpint (succession_date_get_first_day (&unset), ==, SUCCESSION_DAY_MIN);
  g_assert_cmpint (succession_date_get_last_day (&unset), ==, SUCCESSION_DAY_MAX);
}

static void
test_earliest_latest (void)
{
  SuccessionDate unset = { 0 };
  SuccessionDate unset_circa = { 0, 0, 0, SUCCESSION_DATE_QUALIFIER_CIRCA };
  SuccessionDate date;

  /* No qualifier: the plain range. */
  date = make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_NONE);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, day_of (1979, 9, 1));
  g_assert_cmpint (succession_date_get_latest (&date), ==, day_of (1979, 9, 30));

  /* Circa: a year each way, at each precision. */
  date = make_date ("1979", SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, day_of (1978, 1, 1));
  g_assert_cmpint (succession_date_get_latest (&date), ==, day_of (1980, 12, 31));
  date = make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, day_of (1978, 9, 1));
  g_assert_cmpint (succession_date_get_latest (&date), ==, day_of (1980, 9, 30));
  date = make_date ("1979-02", SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_assert_cmpint (succession_date_get_latest (&date), ==, day_of (1980, 2, 29));
  date = make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, day_of (1978, 9, 13));
  g_assert_cmpint (succession_date_get_latest (&date), ==, day_of (1980, 9, 13));
  date = make_date ("2000-02-29", SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, day_of (1999, 2, 28));
  g_assert_cmpint (succession_date_get_latest (&date), ==, day_of (2001, 2, 28));

  /* Circa at the ends of the calendar goes beyond it without overflowing. */
  date = make_date ("0001", SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, 1 - 366);
  date = make_date ("9999-12-31", SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_assert_cmpint (succession_date_get_latest (&date), ==, 3652059 + 366);

  /* Before: any day before the first. */
  date = make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_BEFORE);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, SUCCESSION_DAY_MIN);
  g_assert_cmpint (succession_date_get_latest (&date), ==, day_of (1979, 8, 31));
  date = make_date ("1979", SUCCESSION_DATE_QUALIFIER_BEFORE);
  g_assert_cmpint (succession_date_get_latest (&date), ==, day_of (1978, 12, 31));

  /* After: any day after the last. */
  date = make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_AFTER);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, day_of (1979, 10, 1));
  g_assert_cmpint (succession_date_get_latest (&date), ==, SUCCESSION_DAY_MAX);
  date = make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_AFTER);
  g_assert_cmpint (succession_date_get_earliest (&date), ==, day_of (1979, 9, 14));

  /* Unset, whatever the qualifier. */
  g_assert_cmpint (succession_date_get_earliest (&unset), ==, SUCCESSION_DAY_MIN);
  g_assert_cmpint (succession_date_get_latest (&unset), ==, SUCCESSION_DAY_MAX);
  g_assert_cmpint (succession_date_get_earliest (&unset_circa), ==, SUCCESSION_DAY_MIN);
  g_assert_cmpint (succession_date_get_latest (&unset_circa), ==, SUCCESSION_DAY_MAX);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return succession_date_compare (a, b);
}

static void
test_compare (void)
{
  /* In the expected order. */
  SuccessionDate sorted[] = {
    make_date ("0001-01-01", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1978-12-31", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1979", SUCCESSION_DATE_QUALIFIER_BEFORE),
    make_date ("1979", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1979", SUCCESSION_DATE_QUALIFIER_CIRCA),
    make_date ("1979", SUCCESSION_DATE_QUALIFIER_AFTER),
    make_date ("1979-01", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1979-01-01", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1979-01-02", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1979-09-01", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("1980", SUCCESSION_DATE_QUALIFIER_NONE),
    make_date ("9999-12-31", SUCCESSION_DATE_QUALIFIER_NONE),
    { 0 },
  };
  SuccessionDate shuffled[G_N_ELEMENTS (sorted)];
  SuccessionDate unset = { 0 };
  SuccessionDate unset_circa = { 0, 0, 0, SUCCESSION_DATE_QUALIFIER_CIRCA };
  guint          n = G_N_ELEMENTS (sorted);

  /* Antisymmetric, transitive along the list, and consistent with equal. */
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        int expected = (i > j) - (i < j);

        g_assert_cmpint (succession_date_compare (&sorted[i], &sorted[j]), ==, expected);
        g_assert_cmpint (succession_date_equal (&sorted[i], &sorted[j]), ==, i == j);
      }

  /* Unset dates are equal to each other and sort last. */
  g_assert_cmpint (succession_date_compare (&unset, &unset_circa), ==, 0);
  g_assert_true (succession_date_equal (&unset, &unset_circa));
  g_assert_cmpint (succession_date_compare (&unset, &sorted[n - 2]), >, 0);
  g_assert_cmpint (succession_date_compare (&sorted[0], &unset), <, 0);

  /* Sorting any permutation gives the expected order. */
  for (guint i = 0; i < n; i++)
    shuffled[i] = sorted[(i * 7 + 3) % n];
  qsort (shuffled, n, sizeof shuffled[0], compare_dates);
  for (guint i = 0; i < n; i++)
    g_assert_true (succession_date_equal (&shuffled[i], &sorted[i]));
}

static void
test_contains (void)
{
  SuccessionDate unset = { 0 };
  SuccessionDate y1979 = make_date ("1979", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate y1980 = make_date ("1980", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate m1979_09 = make_date ("1979-09", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate m1979_10 = make_date ("1979-10", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate d1979_09_13 = make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate d1979_09_14 = make_date ("1979-09-14", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate d1979_10_01 = make_date ("1979-10-01", SUCCESSION_DATE_QUALIFIER_NONE);

  /* The header's examples. */
  g_assert_cmpint (succession_date_contains (&m1979_09, &d1979_09_13), ==, SUCCESSION_MATCH_YES);
  g_assert_cmpint (succession_date_contains (&m1979_09, &y1979), ==, SUCCESSION_MATCH_POSSIBLY);
  g_assert_cmpint (succession_date_contains (&m1979_09, &y1980), ==, SUCCESSION_MATCH_NO);

  /* YES: inside, including itself. */
  g_assert_cmpint (succession_date_contains (&y1979, &m1979_09), ==, SUCCESSION_MATCH_YES);
  g_assert_cmpint (succession_date_contains (&y1979, &d1979_09_13), ==, SUCCESSION_MATCH_YES);
  g_assert_cmpint (succession_date_contains (&y1979, &y1979), ==, SUCCESSION_MATCH_YES);
  g_assert_cmpint (succession_date_contains (&d1979_09_13, &d1979_09_13), ==, SUCCESSION_MATCH_YES);

  /* NO: disjoint, also when adjacent. */
  g_assert_cmpint (succession_date_contains (&d1979_09_13, &d1979_09_14), ==, SUCCESSION_MATCH_NO);
  g_assert_cmpint (succession_date_contains (&m1979_09, &m1979_10), ==, SUCCESSION_MATCH_NO);
  g_assert_cmpint (succession_date_contains (&m1979_09, &d1979_10_01), ==, SUCCESSION_MATCH_NO);
  g_assert_cmpint (succession_date_contains (&y1980, &d1979_09_13), ==, SUCCESSION_MATCH_NO);
  g_assert_cmpint (succession_date_contains (&d1979_09_13, &y1980), ==, SUCCESSION_MATCH_NO);

  /* POSSIBLY: a day or month may lie in a coarser date. */
  g_assert_cmpint (succession_date_contains (&d1979_09_13, &m1979_09), ==, SUCCESSION_MATCH_POSSIBLY);
  g_assert_cmpint (succession_date_contains (&d1979_09_13, &y1979), ==, SUCCESSION_MATCH_POSSIBLY);

  /* Unset on either side. */
  g_assert_cmpint (succession_date_contains (&unset, &d1979_09_13), ==, SUCCESSION_MATCH_POSSIBLY);
  g_assert_cmpint (succession_date_contains (&y1979, &unset), ==, SUCCESSION_MATCH_POSSIBLY);
  g_assert_cmpint (succession_date_contains (&unset, &unset), ==, SUCCESSION_MATCH_POSSIBLY);
}

static void
assert_duration (const char *start_text,
                 const char *end_text,
                 int         years,
                 int         months,
                 int         days)
{
  SuccessionDate start = make_date (start_text, SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate end = make_date (end_text, SUCCESSION_DATE_QUALIFIER_NONE);
  int            y = 42, m = 42, d = 42;

  g_assert_true (succession_date_duration (&start, &end, &y, &m, &d));
  g_assert_cmpint (y, ==, years);
  g_assert_cmpint (m, ==, months);
  g_assert_cmpint (d, ==, days);
}

static void
assert_no_duration (const SuccessionDate *start,
                    const SuccessionDate *end)
{
  int y = 42, m = 42, d = 42;

  g_assert_false (succession_date_duration (start, end, &y, &m, &d));
}

static void
test_duration (void)
{
  SuccessionDate unset = { 0 };
  SuccessionDate date = make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate later = make_date ("1979-09-14", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate earlier_month = make_date ("1979-08", SUCCESSION_DATE_QUALIFIER_NONE);
  SuccessionDate earlier_year = make_date ("1978", SUCCESSION_DATE_QUALIFIER_NONE);
  int            y = 0;

  /* Day precision, with borrowing. */
  assert_duration ("1979-09-13", "1983-06-17", 3, 9, 4);
  assert_duration ("1979-09-13", "1979-09-13", 0, 0, 0);
  assert_duration ("1979-09-13", "1979-09-14", 0, 0, 1);
  assert_duration ("1979-09-13", "1980-09-13", 1, 0, 0);
  assert_duration ("1979-09-13", "1980-09-12", 0, 11, 30);
  assert_duration ("1979-09-13", "1979-10-12", 0, 0, 29);
  assert_duration ("2018-01-15", "2018-03-10", 0, 1, 23);
  assert_duration ("2000-02-29", "2001-02-28", 0, 11, 30);
  assert_duration ("2000-02-29", "2001-03-01", 1, 0, 1);
  assert_duration ("2000-02-29", "2004-02-29", 4, 0, 0);
  assert_duration ("1999-12-31", "2000-01-01", 0, 0, 1);
  assert_duration ("0001-01-01", "9999-12-31", 9998, 11, 30);

  /* Across month ends: the 31st moved into a shorter month is its last day. */
  assert_duration ("2018-01-31", "2018-02-28", 0, 0, 28);
  assert_duration ("2018-01-31", "2018-03-01", 0, 1, 1);
  assert_duration ("2018-01-31", "2018-03-31", 0, 2, 0);
  assert_duration ("2018-01-30", "2018-03-01", 0, 1, 1);
  assert_duration ("2016-01-31", "2016-03-01", 0, 1, 1);
  assert_duration ("2018-03-31", "2018-04-30", 0, 0, 30);
  assert_duration ("2018-03-31", "2018-05-01", 0, 1, 1);
  assert_duration ("2017-12-31", "2018-03-01", 0, 2, 1);

  /* Month precision: no days. */
  assert_duration ("1979-09", "1983-06", 3, 9, -1);
  assert_duration ("1979-09", "1979-09", 0, 0, -1);
  assert_duration ("1979-09-13", "1983-06", 3, 9, -1);
  assert_duration ("1979-09", "1983-06-17", 3, 9, -1);
  assert_duration ("1979-09-30", "1979-09", 0, 0, -1);

  /* Year precision: neither months nor days. */
  assert_duration ("1979", "1983", 4, -1, -1);
  assert_duration ("1979-09-13", "1983", 4, -1, -1);
  assert_duration ("1979", "1983-06-17", 4, -1, -1);
  assert_duration ("1979-09", "1983-02", 3, 5, -1);
  assert_duration ("1979", "1979", 0, -1, -1);
  assert_duration ("1979-12-31", "1979", 0, -1, -1);

  /* End before start, at the precision compared. */
  assert_no_duration (&later, &date);
  assert_no_duration (&date, &earlier_month);
  assert_no_duration (&date, &earlier_year);
  assert_no_duration (&earlier_month, &earlier_year);

  /* Unset. */
  assert_no_duration (&unset, &date);
  assert_no_duration (&date, &unset);
  assert_no_duration (&unset, &unset);

  /* Outputs are optional. */
  g_assert_true (succession_date_duration (&date, &later, NULL, NULL, NULL));
  g_assert_true (succession_date_duration (&date, &later, &y, NULL, NULL));
  g_assert_cmpint (y, ==, 0);
}

static void
test_day_round_trip (void)
{
  const char *const texts[] = {
    "0001-01-01",
    "0001-12-31",
    "0004-02-29",
    "0100-03-01",
    "0400-02-29",
    "1582-10-15",
    "1900-02-28",
    "1900-03-01",
    "1970-01-01",
    "1979-09-13",
    "2000-02-29",
    "2000-12-31",
    "2018-02-28",
    "9999-12-31",
  };
  SuccessionDate date;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      SuccessionDate   parsed = make_date (texts[i], SUCCESSION_DATE_QUALIFIER_NONE);
      SuccessionDay    day = succession_date_get_first_day (&parsed);
      g_autofree char *iso = NULL;

      g_assert_cmpint (day, ==, day_of (parsed.year, parsed.month, parsed.day));

      succession_date_init_from_day (&date, day);
      iso = succession_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, texts[i]);
      g_assert_cmpuint (date.qualifier, ==, SUCCESSION_DATE_QUALIFIER_NONE);
    }

  succession_date_init_from_day (&date, 1);
  g_assert_cmpuint (date.year, ==, 1);
  g_assert_cmpuint (date.month, ==, 1);
  g_assert_cmpuint (date.day, ==, 1);

  succession_date_init_from_day (&date, 3652059);
  g_assert_cmpuint (date.year, ==, 9999);
  g_assert_cmpuint (date.month, ==, 12);
  g_assert_cmpuint (date.day, ==, 31);

  /* Every 37th day of the whole range agrees with GDate, both ways. */
  for (SuccessionDay day = 1; day <= 3652059; day += 37)
    {
      GDate gdate;

      g_date_clear (&gdate, 1);
      g_date_set_julian (&gdate, (guint32) day);

      succession_date_init_from_day (&date, day);
      g_assert_cmpuint (date.year, ==, g_date_get_year (&gdate));
      g_assert_cmpuint (date.month, ==, g_date_get_month (&gdate));
      g_assert_cmpuint (date.day, ==, g_date_get_day (&gdate));
      g_assert_cmpint (succession_date_get_first_day (&date), ==, day);
    }
}

static void
test_day_out_of_range (void)
{
  if (g_test_subprocess ())
    {
      SuccessionDate date = { 1979, 9, 13, 0 };

      succession_date_init_from_day (&date, 0);
      /* Left unset. */
      g_assert_cmpuint (date.year, ==, 0);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*day >= 1*");
}

static void
test_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  SuccessionDate today = { 0, 0, 0, SUCCESSION_DATE_QUALIFIER_AFTER };
  SuccessionDate from_day;

  succession_date_init_today (&today);

  g_assert_cmpint (succession_date_get_precision (&today), ==, SUCCESSION_DATE_PRECISION_DAY);
  g_assert_cmpuint (today.qualifier, ==, SUCCESSION_DATE_QUALIFIER_NONE);
  /* Could straddle midnight; a day either way is fine. */
  g_assert_cmpint (ABS (succession_date_get_first_day (&today) -
                        day_of (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now))),
                   <=, 1);

  succession_date_init_from_day (&from_day, succession_date_get_first_day (&today));
  g_assert_true (succession_date_equal (&today, &from_day));
}

static void
test_boxed (void)
{
  SuccessionDate date = make_date ("1979-09-13", SUCCESSION_DATE_QUALIFIER_CIRCA);
  g_autoptr(SuccessionDate) copy = NULL;
  SuccessionDate *boxed;

  g_assert_true (G_TYPE_IS_BOXED (SUCCESSION_TYPE_DATE));
  g_assert_cmpstr (g_type_name (SUCCESSION_TYPE_DATE), ==, "SuccessionDate");

  copy = succession_date_copy (&date);
  g_assert_true (copy != &date);
  g_assert_true (succession_date_equal (copy, &date));

  boxed = g_boxed_copy (SUCCESSION_TYPE_DATE, copy);
  g_assert_true (succession_date_equal (boxed, &date));
  g_boxed_free (SUCCESSION_TYPE_DATE, boxed);

  g_assert_cmpstr (g_quark_to_string (SUCCESSION_DATE_ERROR), ==, "succession-date-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/date/parse/valid", test_parse_valid);
  g_test_add_func ("/model/date/parse/leap", test_parse_leap);
  g_test_add_func ("/model/date/parse/reject", test_parse_reject);
  g_test_add_func ("/model/date/parse/message", test_parse_message);
  g_test_add_func ("/model/date/parse/time", test_parse_time);
  g_test_add_func ("/model/date/qualifier", test_qualifier);
  g_test_add_func ("/model/date/precision", test_precision);
  g_test_add_func ("/model/date/to-iso", test_to_iso);
  g_test_add_func ("/model/date/first-last-day", test_first_last_day);
  g_test_add_func ("/model/date/earliest-latest", test_earliest_latest);
  g_test_add_func ("/model/date/compare", test_compare);
  g_test_add_func ("/model/date/contains", test_contains);
  g_test_add_func ("/model/date/duration", test_duration);
  g_test_add_func ("/model/date/day/round-trip", test_day_round_trip);
  g_test_add_func ("/model/date/day/out-of-range", test_day_out_of_range);
  g_test_add_func ("/model/date/today", test_today);
  g_test_add_func ("/model/date/boxed", test_boxed);

  return g_test_run ();
}
