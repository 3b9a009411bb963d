/* fuzz-date.c — succession_date_parse and the qualifier parser on arbitrary bytes
 *
 * Checks, besides the sanitizers: a date that parses writes back to the text it came from
 * (or, with a time, to its date part), and its first day is never after its last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "succession-date.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

static void
check_one (const char *text,
           gboolean    allow_time)
{
  g_autoptr(GError) error = NULL;
  SuccessionDate date = { 0 };

  if (!succession_date_parse (text, allow_time, &date, &error))
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return;
    }

  g_assert_no_error (error);
  g_assert_true (succession_date_is_set (&date));
  g_assert_cmpint (succession_date_get_first_day (&date), <=, succession_date_get_last_day (&date));
  g_assert_cmpint (succession_date_get_earliest (&date), <=, succession_date_get_latest (&date));

  {
    g_autofree char *iso = succession_date_to_iso (&date);
    SuccessionDate   again = { 0 };

    g_assert_true (strncmp (text, iso, strlen (iso)) == 0);
    g_assert_true (succession_date_parse (iso, FALSE, &again, NULL));
    g_assert_true (succession_date_equal (&date, &again));
    g_assert_cmpint (succession_date_compare (&date, &again), ==, 0);
    g_assert_true (succession_date_contains (&date, &again) != SUCCESSION_MATCH_NO);
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char        *text = fuzz_strndup (data, size);
  SuccessionDateQualifier qualifier;

  check_one (text, FALSE);
  check_one (text, TRUE);

  if (succession_date_qualifier_parse (text, &qualifier))
    g_assert_nonnull (succession_date_qualifier_to_string (qualifier));

  return 0;
}
