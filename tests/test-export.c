/* test-export.c — exports of the chart (PDF, SVG, PNG), a table (CSV) and the dataset (Popolo)
 *
 * No display: the chart library and the model only. Outside tools (pdfinfo, pdftotext,
 * rsvg-convert) check the files when they are installed; a test skips what it cannot check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "succession-chart-export.h"
#include "succession-dataset-writer.h"
#include "succession-model.h"

static const char *const default_offices[] = {
  "cppcc-chairperson", "cppcc-secretary-general", "npcsc-chairperson", "npcsc-secretary-general", NULL
};

static SuccessionDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset = succession_dataset_new_bundled (&error);

  g_assert_no_error (error);
  return dataset;
}

static SuccessionChartData *
default_chart (SuccessionDataset *dataset)
{
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();

  for (guint i = 0; default_offices[i] != NULL; i++)
    g_ptr_array_add (offices, succession_dataset_get_office (dataset, default_offices[i]));
  return succession_chart_data_new (offices, SUCCESSION_NAME_DISPLAY_AUTOMATIC, 740000);
}

static char *
run_tool (const char *const *argv,
          const char *const *extra_env)
{
  g_auto (GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  for (guint i = 0; extra_env != NULL && extra_env[i] != NULL; i += 2)
    env = g_environ_setenv (env, extra_env[i], extra_env[i + 1], TRUE);
  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error))
    return NULL;
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static char *
temp_path (const char *name)
{
  static char *dir = NULL;

  if (dir == NULL)
    dir = g_dir_make_tmp ("succession-export-XXXXXX", NULL);
  return g_build_filename (dir, name, NULL);
}

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* The PDF of the default chart on paper of @width x @height; returns its chart pages. */
static guint
check_pdf_layout (double      width,
                  double      height,
                  gboolean    one_tile_per_sheet,
                  const char *name)
{
  g_autoptr(SuccessionDataset) dataset = load_bundled ();
  g_autoptr(SuccessionChartData) data = default_chart (dataset);
  g_autoptr(SuccessionChartPages) pages = NULL;
  g_autofree char *path = temp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  SuccessionChartPageSetup setup;
  guint                    n, n_tiles;

  succession_chart_page_setup_init (&setup, width, height);
  setup.one_tile_per_sheet = one_tile_per_sheet;
  pages = succession_chart_pages_new (data, &setup);
  n = succession_chart_pages_get_n_pages (pages);
  n_tiles = succession_chart_pages_get_n_columns (pages) * succession_chart_pages_get_n_tiers (pages);
  /* The 1949-today span at the readable scale takes several sheets across; tables follow. */
  g_assert_cmpuint (succession_chart_pages_get_n_columns (pages), >=, 4);
  g_assert_cmpuint (succession_chart_pages_get_n_table_pages (pages), >=, 1);
  g_assert_cmpuint (n, ==, succession_chart_pages_get_n_chart_pages (pages) + succession_chart_pages_get_n_table_pages (pages));

  /* Every tile is on one chart page, in order: A1, B1, C1, … */
  for (guint page = 0, column = 0; page < n; page++)
    {
      guint tiles = succession_chart_pages_get_n_tiles (pages, page);

      if (page < succession_chart_pages_get_n_chart_pages (pages))
        g_assert_cmpuint (tiles, >=, 1);
      else
        g_assert_cmpuint (tiles, ==, 0);
      if (one_tile_per_sheet)
        g_assert_cmpuint (tiles, <=, 1);
      for (guint i = 0; i < tiles; i++, column++)
        {
          g_autofree char *label = succession_chart_pages_get_tile_label (pages, page, i);
          g_autofree char *tile = succession_chart_pages_get_tile_name (pages, column % succession_chart_pages_get_n_columns (pages),
                                                                        column / succession_chart_pages_get_n_columns (pages));

          g_assert_cmpstr (label, ==, tile);
          g_ptr_array_add (labels, g_steal_pointer (&label));
        }
      if (page + 1 == n)
        g_assert_cmpuint (column, ==, n_tiles);
    }
  g_assert_null (succession_chart_pages_get_tile_label (pages, n - 1, 0));
  if (one_tile_per_sheet)
    g_assert_cmpuint (succession_chart_pages_get_n_chart_pages (pages), ==, n_tiles);

  g_assert_true (succession_export_chart (data, &setup, SUCCESSION_CHART_FORMAT_PDF, 0, file, NULL, &error));
  g_assert_no_error (error);

  info = run_tool ((const char *const[]){ "pdfinfo", path, NULL }, NULL);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return succession_chart_pages_get_n_chart_pages (pages);
    }
  expected = g_strdup_printf ("Pages:           %u\n", n);
  g_assert_nonnull (strstr (info, expected));

  /* Every strip is labelled with its tile, at its corner or in the footer. */
  text = run_tool ((const char *const[]){ "pdftotext", path, "-", NULL }, NULL);
  if (text != NULL)
    for (guint i = 0; i < labels->len; i++)
      {
        g_autofree char *pattern = g_strdup_printf ("\\b%s\\b", (char *) g_ptr_array_index (labels, i));

        if (!g_regex_match_simple (pattern, text, 0, 0))
          g_error ("tile %s is not in the PDF", (char *) g_ptr_array_index (labels, i));
      }

  return succession_chart_pages_get_n_chart_pages (pages);
}

static void
check_pdf_pages (double      width,
                 double      height,
                 const char *name)
{
  g_autofree char *tiles_name = g_strconcat ("tiles-", name, NULL);
  guint            strips = check_pdf_layout (width, height, FALSE, name);
  guint            tiles = check_pdf_layout (width, height, TRUE, tiles_name);

  /* The default chart's tiles take a fraction of a sheet: strips share sheets. */
  g_assert_cmpuint (strips, <, tiles);
}

static void
test_pdf_a4 (void)
{
  check_pdf_pages (SUCCESSION_PAPER_A4_WIDTH, SUCCESSION_PAPER_A4_HEIGHT, "a4.pdf");
}

static void
test_pdf_letter (void)
{
  check_pdf_pages (SUCCESSION_PAPER_LETTER_WIDTH, SUCCESSION_PAPER_LETTER_HEIGHT, "letter.pdf");
}

/* Every holder of the four offices, in @languages, is in the PDF's text. */
static void
check_names (SuccessionDataset *dataset,
             const char        *text,
             const char *const *languages)
{
  g_autofree char *squeezed = squeeze (text);

  for (guint i = 0; default_offices[i] != NULL; i++)
    {
      SuccessionOffice *office = succession_dataset_get_office (dataset, default_offices[i]);

      for (guint t = 0; t < succession_office_get_n_tenures (office); t++)
        {
          SuccessionPerson *person = succession_tenure_get_person (succession_office_get_tenure (office, t));
          g_autofree char  *name = NULL;

          if (person == NULL)
            continue;
          name = squeeze (succession_person_get_display_name (person, languages));
          if (strstr (squeezed, name) == NULL)
            g_error ("%s is not in the PDF", name);
        }
    }
}

static void
test_pdf_text (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bundled ();
  g_autofree char  *path = temp_path ("names.pdf");
  g_autofree char  *ids = g_strjoinv (",", (char **) default_offices);
  g_autofree char  *chart = g_strdup_printf ("--export-chart=%s", ids);
  g_autofree char  *output = g_strdup_printf ("--output=%s", path);
  const char *const cli[] = { g_getenv ("SUCCESSION_BIN"), chart, output, NULL };
  const char *const zh_env[] = { "LANGUAGE", "zh_CN", "LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8", NULL };
  const char *const tw_env[] = { "LANGUAGE", "zh_TW", "LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", NULL };
  const char *const simplified[] = { "zh-Hans", NULL };
  const char *const traditional[] = { "zh-Hant", NULL };
  const char *const english[] = { "en", NULL };
  g_autofree char  *text = NULL;
  g_autofree char  *zh_text = NULL;
  g_autofree char  *fonts = NULL;
  g_autofree char  *zh_run = NULL;

  if (g_getenv ("SUCCESSION_BIN") == NULL || (text = run_tool (cli, NULL)) == NULL)
    {
      g_test_skip ("SUCCESSION_BIN is not set");
      return;
    }
  g_clear_pointer (&text, g_free);
  text = run_tool ((const char *const[]){ "pdftotext", path, "-", NULL }, NULL);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  check_names (dataset, text, english);

  /* In Chinese: hanzi names, and fonts of the Simplified region embedded. */
  zh_run = run_tool (cli, zh_env);
  g_assert_nonnull (zh_run);
  zh_text = run_tool ((const char *const[]){ "pdftotext", path, "-", NULL }, NULL);
  check_names (dataset, zh_text, simplified);
  fonts = run_tool ((const char *const[]){ "pdffonts", path, NULL }, NULL);
  g_assert_nonnull (fonts);
  g_assert_nonnull (strstr (fonts, "CJKsc"));
  g_assert_null (strstr (fonts, " no  ")); /* every font embedded */

  /* Traditional Chinese on a machine with only C.UTF-8: the interface language alone gives
   * traditional names and the Traditional region's glyph shapes. */
  g_clear_pointer (&zh_run, g_free);
  g_clear_pointer (&zh_text, g_free);
  g_clear_pointer (&fonts, g_free);
  zh_run = run_tool (cli, tw_env);
  g_assert_nonnull (zh_run);
  zh_text = run_tool ((const char *const[]){ "pdftotext", path, "-", NULL }, NULL);
  check_names (dataset, zh_text, traditional);
  fonts = run_tool ((const char *const[]){ "pdffonts", path, NULL }, NULL);
  g_assert_nonnull (fonts);
  g_assert_nonnull (strstr (fonts, "CJKtc"));
}

static void
test_svg_png (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bundled ();
  g_autoptr(SuccessionChartData) data = default_chart (dataset);
  g_autoptr(SuccessionChartPages) pages = NULL;
  g_autofree char *svg = temp_path ("chart.svg");
  g_autofree char *png = temp_path ("chart.png");
  g_autofree char *rendered = temp_path ("rendered.png");
  g_autoptr(GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GError) error = NULL;
  SuccessionChartPageSetup setup;
  cairo_surface_t         *image;
  double                   width, height;
  g_autofree char         *converted = NULL;

  succession_chart_page_setup_init (&setup, SUCCESSION_PAPER_A4_WIDTH, SUCCESSION_PAPER_A4_HEIGHT);
  pages = succession_chart_pages_new (data, &setup);
  succession_chart_pages_get_whole_size (pages, &width, &height);

  g_assert_true (succession_export_chart (data, &setup, SUCCESSION_CHART_FORMAT_PNG, 144, png_file, NULL, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) ceil (width * 2));
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) ceil (height * 2));
  cairo_surface_destroy (image);

  g_assert_true (succession_export_chart (data, &setup, SUCCESSION_CHART_FORMAT_SVG, 0, svg_file, NULL, &error));
  g_assert_no_error (error);
  converted = run_tool ((const char *const[]){ "rsvg-convert", "-o", rendered, svg, NULL }, NULL);
  if (converted == NULL)
    {
      g_test_skip ("rsvg-convert is not installed");
      return;
    }
  image = cairo_image_surface_create_from_png (rendered);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), >=, (int) width);
  cairo_surface_destroy (image);
}

/* A strict RFC 4180 reader of a whole file: records of fields. */
static GPtrArray *
parse_csv (const char *p)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  while (*p != '\0')
    {
      g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();

      for (;;)
        {
          g_autoptr(GString) field = g_string_new (NULL);

          if (*p == '"')
            {
              for (p++; !(*p == '"' && p[1] != '"'); p++)
                {
                  g_assert_true (*p != '\0');
                  if (*p == '"')
                    p++;
                  g_string_append_c (field, *p);
                }
              p++;
            }
          else
            while (*p != ',' && *p != '\r' && *p != '\0')
              {
                g_assert_true (*p != '"' && *p != '\n');
                g_string_append_c (field, *p++);
              }
          g_strv_builder_add (fields, field->str);
          if (*p == ',')
            {
              p++;
              continue;
            }
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          break;
        }
      g_ptr_array_add (records, g_strv_builder_end (fields));
    }
  return records;
}

static const char awkward_dataset[] =
  "{\"persons\": ["
  "  {\"id\": \"p1\", \"name\": \"Smith, John \\\"Jack\\\"\"},"
  "  {\"id\": \"p2\", \"name\": \"Line one\\nline two\"},"
  "  {\"id\": \"p3\", \"name\": \"彭真\"}],"
  " \"organizations\": [{\"id\": \"o\", \"name\": \"Body\"}],"
  " \"posts\": [{\"id\": \"chair\", \"label\": \"Chair\", \"organization_id\": \"o\"}],"
  " \"memberships\": ["
  "  {\"id\": \"m1\", \"person_id\": \"p1\", \"post_id\": \"chair\", \"start_date\": \"1950\", \"end_date\": \"1960-03\","
  "   \"sources\": [{\"title\": \"A, \\\"quoted\\\" source\", \"url\": \"https://example.org/a\"}]},"
  "  {\"id\": \"m2\", \"person_id\": \"p2\", \"post_id\": \"chair\", \"start_date\": \"1960-03\", \"end_date\": \"1970-01-02\","
  "   \"note\": {\"en\": \"One list, \\\"no day\\\" found\", \"zh-Hans\": \"一份名单\"}},"
  "  {\"id\": \"m3\", \"person_id\": \"p3\", \"post_id\": \"chair\", \"start_date\": \"1970-01-02\", \"end_status\": \"ongoing\"},"
  "  {\"person_id\": \"p1\", \"organization_id\": \"o\", \"role\": \"member\", \"start_date\": \"1980\"}]}";

static SuccessionDataset *
load_awkward (void)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (awkward_dataset, sizeof awkward_dataset - 1);
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset = succession_loader_load_bytes (loader, bytes, "awkward.json", NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
test_csv (void)
{
  g_autoptr(SuccessionDataset) dataset = load_awkward ();
  SuccessionOffice *office = succession_dataset_get_office (dataset, "chair");
  g_autofree char  *path = temp_path ("chair.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (succession_export_table (office, SUCCESSION_NAME_DISPLAY_AUTOMATIC, SUCCESSION_CSV_NEUTRALIZE_FORMULAS, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_utf8_validate (contents, -1, NULL));

  records = parse_csv (contents);
  g_assert_cmpuint (records->len, ==, succession_office_get_n_tenures (office) + 1);
  g_assert_cmpstr (((char **) records->pdata[0])[1], ==, "name");
  g_assert_cmpstr (((char **) records->pdata[1])[1], ==, "Smith, John \"Jack\"");
  g_assert_cmpstr (((char **) records->pdata[1])[5], ==, "1950");
  g_assert_cmpstr (((char **) records->pdata[1])[7], ==, "1960-03");
  g_assert_nonnull (strstr (((char **) records->pdata[1])[12], "A, \"quoted\" source"));
  g_assert_cmpstr (((char **) records->pdata[2])[1], ==, "Line one\nline two");
  /* The tenure's note, in the user's language, last. */
  g_assert_cmpstr (((char **) records->pdata[0])[13], ==, "note");
  g_assert_cmpstr (((char **) records->pdata[2])[13], ==, "One list, \"no day\" found");
  g_assert_cmpstr (((char **) records->pdata[1])[13], ==, "");
  g_assert_cmpstr (((char **) records->pdata[3])[1], ==, "彭真");
  g_assert_cmpstr (((char **) records->pdata[3])[9], ==, "ongoing");
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpuint (g_strv_length (records->pdata[i]), ==, 14);
}

static void
assert_same_model (SuccessionDataset *a,
                   SuccessionDataset *b)
{
  const char *const langs[] = { "en", NULL };
  GListModel       *ta = succession_dataset_get_tenures (a);
  GListModel       *tb = succession_dataset_get_tenures (b);

  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_offices (a)), ==,
                    g_list_model_get_n_items (succession_dataset_get_offices (b)));
  g_assert_cmpuint (g_list_model_get_n_items (succession_dataset_get_persons (a)), ==,
                    g_list_model_get_n_items (succession_dataset_get_persons (b)));
  g_assert_cmpuint (g_list_model_get_n_items (ta), ==, g_list_model_get_n_items (tb));
  g_assert_cmpstr (succession_dataset_get_title (a), ==, succession_dataset_get_title (b));

  for (guint i = 0; i < g_list_model_get_n_items (ta); i++)
    {
      g_autoptr(SuccessionTenure) x = g_list_model_get_item (ta, i);
      g_autoptr(SuccessionTenure) y = g_list_model_get_item (tb, i);
      GPtrArray *sx = succession_tenure_get_sources (x), *sy = succession_tenure_get_sources (y);
      GPtrArray *kx = succession_tenure_get_terms (x), *ky = succession_tenure_get_terms (y);

      g_assert_cmpstr (succession_tenure_get_id (x), ==, succession_tenure_get_id (y));
      g_assert_cmpstr (succession_office_get_id (succession_tenure_get_office (x)), ==,
                       succession_office_get_id (succession_tenure_get_office (y)));
      g_assert_true (succession_date_equal (succession_tenure_get_start_date (x), succession_tenure_get_start_date (y)));
      g_assert_true (succession_date_equal (succession_tenure_get_end_date (x), succession_tenure_get_end_date (y)));
      g_assert_cmpint (succession_tenure_get_kind (x), ==, succession_tenure_get_kind (y));
      g_assert_cmpint (succession_tenure_get_end_status (x), ==, succession_tenure_get_end_status (y));
      g_assert_cmpuint (kx != NULL ? kx->len : 0, ==, ky != NULL ? ky->len : 0);
      g_assert_cmpuint (sx != NULL ? sx->len : 0, ==, sy != NULL ? sy->len : 0);
      if (succession_tenure_get_person (x) != NULL)
        g_assert_cmpstr (succession_person_get_display_name (succession_tenure_get_person (x), langs), ==,
                         succession_person_get_display_name (succession_tenure_get_person (y), langs));
    }
}

static void
check_popolo (SuccessionDataset *dataset)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize            length;

  first = succession_dataset_to_data (dataset, &length);
  bytes = g_bytes_new (first, length);
  /* Untitled datasets are called by their file name: keep it. */
  reloaded = succession_loader_load_bytes (loader, bytes, succession_dataset_get_title (dataset), NULL, &error);
  g_assert_no_error (error);
  assert_same_model (dataset, reloaded);
  g_assert_cmpuint (succession_loader_get_n_warnings (loader), ==,
                    g_list_model_get_n_items (succession_dataset_get_warnings (dataset)));

  /* export(load(export(x))) == export(x), byte for byte. */
  second = succession_dataset_to_data (reloaded, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_popolo (void)
{
  g_autoptr(SuccessionDataset) bundled = load_bundled ();
  g_autoptr(SuccessionDataset) awkward = load_awkward ();

  check_popolo (bundled);
  /* A plain Popolo membership (organization and role, no post) stays one. */
  check_popolo (awkward);
  {
    g_autofree char *json = succession_dataset_to_data (awkward, NULL);

    g_assert_null (strstr (json, "o/member"));
  }
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_unwritable (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bundled ();
  g_autofree char *missing = temp_path ("no-such-dir/out.json");
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autofree char *locked = temp_path ("locked");

  g_assert_false (succession_export_dataset (dataset, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  if (geteuid () == 0)
    {
      g_test_message ("running as root: a read-only folder is writable");
      return;
    }
  g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
  {
    g_autofree char *inside = g_build_filename (locked, "out.json", NULL);
    g_autoptr(GFile) inside_file = g_file_new_for_path (inside);

    g_assert_false (succession_export_dataset (dataset, inside_file, NULL, &error));
    g_assert_nonnull (error);
    g_assert_cmpuint (count_files (locked), ==, 0);
  }
}

static void
test_failure_keeps_file (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bundled ();
  g_autoptr(SuccessionChartData) data = default_chart (dataset);
  g_autofree char *dir = g_dir_make_tmp ("succession-fail-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *fresh = g_build_filename (dir, "fresh.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) fresh_file = g_file_new_for_path (fresh);
  g_autoptr(GError) error = NULL;
  g_autofree char         *contents = NULL;
  SuccessionChartPageSetup setup;

  g_assert_true (g_file_set_contents (path, "the old file", -1, NULL));
  succession_chart_page_setup_init (&setup, SUCCESSION_PAPER_A4_WIDTH, SUCCESSION_PAPER_A4_HEIGHT);

  /* A write that fails half way, as on a full disk. */
  g_setenv ("SUCCESSION_TEST_EXPORT_FAIL_AFTER", "20000", TRUE);
  g_assert_false (succession_export_chart (data, &setup, SUCCESSION_CHART_FORMAT_PDF, 0, file, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (succession_export_dataset (dataset, fresh_file, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_unsetenv ("SUCCESSION_TEST_EXPORT_FAIL_AFTER");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the old file");
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  /* No temporary file left beside it. */
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* And a successful export replaces it. */
  g_assert_true (succession_export_chart (data, &setup, SUCCESSION_CHART_FORMAT_PDF, 0, file, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (count_files (dir), ==, 1);
}

/* An office of some twenty seats prints at its readable scale on a strip of A4 sheets one high:
 * every lane on the sheet, the 72 years in at most four sheets across, where the fixed scale of
 * 36 pt a year takes more. */
static void
test_pdf_many_seats (void)
{
  g_autoptr(SuccessionDataset) dataset = load_bundled ();
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  g_autoptr(SuccessionChartData) data = NULL;
  g_autoptr(SuccessionChartPages) pages = NULL;
  g_autoptr(SuccessionChartPages) fixed = NULL;
  SuccessionChartPageSetup setup;

  g_ptr_array_add (offices, succession_dataset_get_office (dataset, "npcsc-vice-chairperson"));
  data = succession_chart_data_new (offices, SUCCESSION_NAME_DISPLAY_AUTOMATIC, 740000);
  g_assert_cmpuint (succession_chart_data_get_row (data, 0)->lanes->len, >=, 20);

  succession_chart_page_setup_init (&setup, 595.28, 841.89);
  setup.with_table = FALSE;
  pages = succession_chart_pages_new (data, &setup);
  g_assert_cmpuint (succession_chart_pages_get_n_tiers (pages), ==, 1);
  g_assert_cmpuint (succession_chart_pages_get_n_columns (pages), <=, 4);

  setup.points_per_year = SUCCESSION_CHART_PAGES_DEFAULT_SCALE;
  fixed = succession_chart_pages_new (data, &setup);
  g_assert_cmpuint (succession_chart_pages_get_n_columns (pages), <, succession_chart_pages_get_n_columns (fixed));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/pdf/a4", test_pdf_a4);
  g_test_add_func ("/export/pdf/letter", test_pdf_letter);
  g_test_add_func ("/export/pdf/many-seats", test_pdf_many_seats);
  g_test_add_func ("/export/pdf/text", test_pdf_text);
  g_test_add_func ("/export/svg-png", test_svg_png);
  g_test_add_func ("/export/csv", test_csv);
  g_test_add_func ("/export/popolo", test_popolo);
  g_test_add_func ("/export/unwritable", test_unwritable);
  g_test_add_func ("/export/failure-keeps-file", test_failure_keeps_file);

  return g_test_run ();
}
