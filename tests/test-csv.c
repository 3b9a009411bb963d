/* test-csv.c — RFC 4180 fields and rows: quoting, formula cells neutralised, and an exact round
 * trip of awkward names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-csv.h"

/* A strict RFC 4180 reader of one record ending in CRLF, for the round trip. Returns the
 * fields, or NULL when @text is not exactly one well-formed record. */
static GStrv
parse_record (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  for (;;)
    {
      g_string_truncate (field, 0);
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              if (*p == '\0')
                return NULL; /* unterminated quotes */
              if (*p == '"')
                {
                  if (p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              g_string_append_c (field, *p++);
            }
        }
      else
        {
          while (*p != ',' && *p != '\r' && *p != '\n' && *p != '\0')
            {
              if (*p == '"')
                return NULL; /* a quote in an unquoted field */
              g_string_append_c (field, *p++);
            }
        }
      g_strv_builder_add (builder, field->str);

      if (*p == ',')
        {
          p++;
          continue;
        }
      if (p[0] == '\r' && p[1] == '\n' && p[2] == '\0')
        return g_strv_builder_end (builder);
      return NULL;
    }
}

static const char *const awkward_names[] = {
  "Peng Zhen",
  "Li, Peng",
  "Wan \"Li\"",
  "\"",
  "\"\"",
  ",",
  "line one\nline two",
  "carriage\rreturn",
  "crlf\r\n",
  "<b>bold</b>",
  "Tom & Jerry",
  "%s %d %n",
  "\u202Eevil\u202C",
  "彭真",
  "習仲勳",
  "🏛️ 👩🏽‍⚖️",
  " leading space",
  "trailing space ",
  "\ttab",
  "=SUM(A1:A2)",
  "+86",
  "-1",
  "@handle",
  "'quoted'",
  "",
};

static void
test_escape_field (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "Peng Zhen", "Peng Zhen" },
    { "", "" },
    { "Li, Peng", "\"Li, Peng\"" },
    { "Wan \"Li\"", "\"Wan \"\"Li\"\"\"" },
    { "a\nb", "\"a\nb\"" },
    { "a\rb", "\"a\rb\"" },
    { " a", "\" a\"" },
    { "a ", "\"a \"" },
    { "a b", "a b" },
    { "<b>&amp;</b>", "<b>&amp;</b>" },
    { "%s", "%s" },
    { "'quoted'", "'quoted'" },
    { "a=b", "a=b" },
  };
  /* A spreadsheet runs these as formulas: neutralised by a leading apostrophe, or kept. */
  static const struct
  {
    const char *in;
    const char *neutralized;
  } formulas[] = {
    { "=1+2", "'=1+2" },
    { "=HYPERLINK(\"http://example.org\",\"x\")", "\"'=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\"" },
    { "+86", "'+86" },
    { "-1", "'-1" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\t=1", "'\t=1" },
    { "\r=1", "\"'\r=1\"" },
    { "=a,b", "\"'=a,b\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = succession_csv_escape_field (cases[i].in, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
      g_autofree char *as_is = succession_csv_escape_field (cases[i].in, SUCCESSION_CSV_AS_IS);

      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_cmpstr (as_is, ==, cases[i].out);
    }

  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_autofree char *out = succession_csv_escape_field (formulas[i].in, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
      g_autofree char *as_is = succession_csv_escape_field (formulas[i].in, SUCCESSION_CSV_AS_IS);
      g_auto (GStrv) parsed = NULL;
      g_autofree char *record = g_strconcat (as_is, "\r\n", NULL);

      g_assert_true (succession_csv_starts_formula (formulas[i].in));
      g_assert_cmpstr (out, ==, formulas[i].neutralized);
      /* As is: the cell reads back exactly as the data has it. */
      parsed = parse_record (record);
      g_assert_nonnull (parsed);
      g_assert_cmpstr (parsed[0], ==, formulas[i].in);
    }

  {
    g_autofree char *out = succession_csv_escape_field (NULL, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
    g_assert_cmpstr (out, ==, "");
  }
}

static void
test_format_row (void)
{
  const char *const empty_row[] = { NULL };
  const char *const one_empty[] = { "", NULL };
  const char *const two_empty[] = { "", "", NULL };
  const char *const simple[] = { "a", "b,c", "d", NULL };
  const char *const formula[] = { "1", "=cmd|' /C calc'!A0", "-", NULL };
  g_autofree char  *empty_text = succession_csv_format_row (empty_row, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
  g_autofree char  *one_empty_text = succession_csv_format_row (one_empty, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
  g_autofree char  *two_empty_text = succession_csv_format_row (two_empty, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
  g_autofree char  *simple_text = succession_csv_format_row (simple, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
  g_autofree char  *formula_text = succession_csv_format_row (formula, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
  g_autofree char  *formula_as_is = succession_csv_format_row (formula, SUCCESSION_CSV_AS_IS);

  g_assert_cmpstr (empty_text, ==, "\r\n");
  g_assert_cmpstr (one_empty_text, ==, "\"\"\r\n");
  g_assert_cmpstr (two_empty_text, ==, ",\r\n");
  g_assert_cmpstr (simple_text, ==, "a,\"b,c\",d\r\n");
  g_assert_cmpstr (formula_text, ==, "1,'=cmd|' /C calc'!A0,'-\r\n");
  g_assert_cmpstr (formula_as_is, ==, "1,=cmd|' /C calc'!A0,-\r\n");
}

/* As is, the fields read back exactly; neutralised, exactly but for the apostrophe in front of
 * a formula, and no cell read back starts one. */
static void
assert_round_trip (const char *const *fields)
{
  g_autofree char *text = succession_csv_format_row (fields, SUCCESSION_CSV_AS_IS);
  g_autofree char *safe = succession_csv_format_row (fields, SUCCESSION_CSV_NEUTRALIZE_FORMULAS);
  g_auto (GStrv) parsed = parse_record (text);
  g_auto (GStrv) parsed_safe = parse_record (safe);

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  g_assert_nonnull (parsed);
  g_assert_true (g_strv_equal ((const char *const *) parsed, fields));

  g_assert_nonnull (parsed_safe);
  g_assert_cmpuint (g_strv_length (parsed_safe), ==, g_strv_length ((char **) fields));
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_assert_false (succession_csv_starts_formula (parsed_safe[i]));
      if (succession_csv_starts_formula (fields[i]))
        {
          g_assert_cmpint (parsed_safe[i][0], ==, '\'');
          g_assert_cmpstr (parsed_safe[i] + 1, ==, fields[i]);
        }
      else
        g_assert_cmpstr (parsed_safe[i], ==, fields[i]);
    }
}

static void
test_round_trip (void)
{
  /* Each name alone, with neighbours, and all of them in one record. */
  for (guint i = 0; i < G_N_ELEMENTS (awkward_names); i++)
    {
      const char *const alone[] = { awkward_names[i], NULL };
      const char *const between[] = { "before", awkward_names[i], "after", NULL };

      assert_round_trip (alone);
      assert_round_trip (between);
    }

  {
    const char *all[G_N_ELEMENTS (awkward_names) + 1];

    for (guint i = 0; i < G_N_ELEMENTS (awkward_names); i++)
      all[i] = awkward_names[i];
    all[G_N_ELEMENTS (awkward_names)] = NULL;
    assert_round_trip (all);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/escape-field", test_escape_field);
  g_test_add_func ("/csv/format-row", test_format_row);
  g_test_add_func ("/csv/round-trip", test_round_trip);

  return g_test_run ();
}
