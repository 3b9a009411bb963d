/* succession-cli-export.c — --export-chart, --export-table and --export-dataset
 *
 * Runs in handle-local-options like the rest of the command line: no display needed.
 * Exit codes: 0 written; 1 bad input (an unknown office), an output that is the dataset being
 * read, or an output that cannot be written, with a message on stderr; 2 a usage error. Files
 * are written by SuccessionFileWriter; main() has it remove its temporary file on SIGINT,
 * SIGTERM and SIGHUP.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-chart-export.h"
#include "succession-cli.h"
#include "succession-cli-private.h"

static gboolean
lookup_output (GVariantDict *options,
               const char   *option,
               GFile       **file)
{
  const char *path = NULL;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &path) || *path == '\0')
    {
      /* Translators: %s is a command-line option, "--export-chart". */
      succession_cli_printerr (_ ("%s needs a file to write: add --output=FILE"), option);
      return FALSE;
    }

  *file = g_file_new_for_commandline_arg (path);
  return TRUE;
}

static int
report_write_error (GFile        *file,
                    const GError *error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  /* Translators: the first %s is a file, the second why it could not be written. */
  succession_cli_printerr (_ ("cannot write %s: %s"), name, error->message);
  return SUCCESSION_EXIT_INVALID;
}

static gboolean
parse_day (GVariantDict *options,
           const char   *key,
           gboolean      end,
           double       *day)
{
  g_autoptr(GError) error = NULL;
  SuccessionDate date;
  const char    *text = NULL;

  *day = NAN;
  if (!g_variant_dict_lookup (options, key, "&s", &text))
    return TRUE;

  if (!succession_date_parse (text, FALSE, &date, &error))
    {
      succession_cli_printerr ("--%s: %s", key, error->message);
      return FALSE;
    }

  /* --to=1990 takes in the whole of 1990. */
  *day = end ? succession_date_get_last_day (&date) + 1.0 : succession_date_get_first_day (&date);
  return TRUE;
}

static gboolean
parse_chart_options (GVariantDict             *options,
                     const char               *output,
                     SuccessionChartPageSetup *setup,
                     SuccessionChartFormat    *format,
                     double                   *dpi)
{
  const char *name = NULL;
  const char *dpi_text = NULL;
  const char *paper = "a4";
  double      first, last;

  if (g_variant_dict_lookup (options, "format", "&s", &name))
    {
      if (!succession_chart_format_from_name (name, format))
        {
          /* Translators: %s is what the user gave to --format. */
          succession_cli_printerr (_ ("--format: “%s” is not one of pdf, svg, png"), name);
          return FALSE;
        }
    }
  else if (!succession_chart_format_from_filename (output, format))
    {
      succession_cli_printerr (_ ("cannot tell the format from the file name: add --format=pdf, svg or png"));
      return FALSE;
    }

  g_variant_dict_lookup (options, "paper", "&s", &paper);
  if (g_ascii_strcasecmp (paper, "a4") == 0)
    succession_chart_page_setup_init (setup, SUCCESSION_PAPER_A4_WIDTH, SUCCESSION_PAPER_A4_HEIGHT);
  else if (g_ascii_strcasecmp (paper, "letter") == 0)
    succession_chart_page_setup_init (setup, SUCCESSION_PAPER_LETTER_WIDTH, SUCCESSION_PAPER_LETTER_HEIGHT);
  else
    {
      /* Translators: %s is what the user gave to --paper. */
      succession_cli_printerr (_ ("--paper: “%s” is not one of a4, letter"), paper);
      return FALSE;
    }

  if (g_variant_dict_contains (options, "landscape"))
    {
      double width = setup->paper_width;

      setup->paper_width = setup->paper_height;
      setup->paper_height = width;
    }
  setup->one_tile_per_sheet = g_variant_dict_contains (options, "tiles");
  setup->with_table = !g_variant_dict_contains (options, "no-table");

  if (!parse_day (options, "from", FALSE, &first) || !parse_day (options, "to", TRUE, &last))
    return FALSE;
  if (!isnan (first) && !isnan (last) && last <= first)
    {
      succession_cli_printerr (_ ("--to must be after --from"));
      return FALSE;
    }
  setup->first_day = first;
  setup->last_day = last;

  /* A string, not a double option: GApplication leaves a double of 0 out of the options as if
   * it were not given, and g_ascii_strtod reads "nan". */
  *dpi = SUCCESSION_EXPORT_DEFAULT_DPI;
  if (g_variant_dict_lookup (options, "dpi", "&s", &dpi_text))
    {
      char  *end = NULL;
      double value = g_ascii_strtod (dpi_text, &end);

      if (end == dpi_text || *end != '\0' || !(value >= 10 && value <= 1200))
        {
          succession_cli_printerr (_ ("--dpi must be from 10 to 1200"));
          return FALSE;
        }
      *dpi = value;
    }

  return TRUE;
}

static int
run_export_chart (GVariantDict *options,
                  const char   *ids)
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(SuccessionChartData) data = NULL;
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_auto (GStrv) id_list = NULL;
  g_autofree char         *output = NULL;
  SuccessionChartPageSetup setup;
  SuccessionChartFormat    format;
  double                   dpi;
  int                      exit_code = SUCCESSION_EXIT_OK;

  if (!lookup_output (options, "--export-chart", &file))
    return SUCCESSION_EXIT_USAGE;
  output = g_file_get_basename (file);
  if (!parse_chart_options (options, output, &setup, &format, &dpi))
    return SUCCESSION_EXIT_USAGE;

  if (!(dataset = succession_cli_load_dataset (options, &exit_code)))
    return exit_code;

  id_list = g_strsplit (ids, ",", -1);
  for (guint i = 0; id_list[i] != NULL; i++)
    {
      const char       *id = g_strstrip (id_list[i]);
      SuccessionOffice *office;

      if (*id == '\0')
        continue;
      if ((office = succession_dataset_get_office (dataset, id)) == NULL)
        {
          /* Translators: %s is an office id given on the command line. */
          succession_cli_printerr (_ ("no office has the id “%s”; --list-offices shows them"), id);
          return SUCCESSION_EXIT_INVALID;
        }
      g_ptr_array_add (offices, office);
    }
  if (offices->len == 0)
    {
      succession_cli_printerr (_ ("--export-chart needs at least one office id"));
      return SUCCESSION_EXIT_USAGE;
    }

  if (!succession_export_check_target (dataset, file, &error))
    return report_write_error (file, error);

  data = succession_chart_data_new_today (offices, SUCCESSION_NAME_DISPLAY_AUTOMATIC);
  setup.dataset_title = succession_dataset_get_title (dataset);

  /* Empty pages are no chart: a range that holds no tenure is refused, nothing written. */
  if ((!isnan (setup.first_day) || !isnan (setup.last_day)) &&
      !succession_chart_data_has_items_between (data, setup.first_day, setup.last_day))
    {
      succession_cli_printerr (_ ("no tenure of these offices falls between --from and --to; nothing was written"));
      return SUCCESSION_EXIT_INVALID;
    }

  if (!succession_export_chart (data, &setup, format, dpi, file, NULL, &error))
    return report_write_error (file, error);

  return SUCCESSION_EXIT_OK;
}

static int
run_export_table (GVariantDict *options,
                  const char   *id)
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SuccessionOffice  *office;
  SuccessionCsvCells cells;
  int                exit_code = SUCCESSION_EXIT_OK;

  if (!lookup_output (options, "--export-table", &file))
    return SUCCESSION_EXIT_USAGE;

  if (!(dataset = succession_cli_load_dataset (options, &exit_code)))
    return exit_code;

  if ((office = succession_dataset_get_office (dataset, id)) == NULL)
    {
      succession_cli_printerr (_ ("no office has the id “%s”; --list-offices shows them"), id);
      return SUCCESSION_EXIT_INVALID;
    }

  if (!succession_export_check_target (dataset, file, &error))
    return report_write_error (file, error);

  cells = g_variant_dict_contains (options, "raw-csv") ? SUCCESSION_CSV_AS_IS : SUCCESSION_CSV_NEUTRALIZE_FORMULAS;
  if (!succession_export_table (office, SUCCESSION_NAME_DISPLAY_AUTOMATIC, cells, file, NULL, &error))
    return report_write_error (file, error);

  return SUCCESSION_EXIT_OK;
}

static int
run_export_dataset (GVariantDict *options)
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = SUCCESSION_EXIT_OK;

  if (!lookup_output (options, "--export-dataset", &file))
    return SUCCESSION_EXIT_USAGE;

  if (!(dataset = succession_cli_load_dataset (options, &exit_code)))
    return exit_code;

  if (!succession_export_check_target (dataset, file, &error))
    return report_write_error (file, error);

  if (!succession_export_dataset (dataset, file, NULL, &error))
    return report_write_error (file, error);

  return SUCCESSION_EXIT_OK;
}

int
succession_cli_handle_export (GVariantDict *options)
{
  static const char *const chart_only[] = { "format", "from", "to", "paper", "landscape", "tiles", "no-table", "dpi" };
  const char              *ids = NULL;
  gboolean                 chart, table, dataset;
  guint                    n;

  chart = g_variant_dict_lookup (options, "export-chart", "&s", &ids);
  table = g_variant_dict_contains (options, "export-table");
  dataset = g_variant_dict_contains (options, "export-dataset");
  n = (chart ? 1 : 0) + (table ? 1 : 0) + (dataset ? 1 : 0);

  if (n == 0)
    {
      if (g_variant_dict_contains (options, "output"))
        {
          succession_cli_printerr (_ ("--output goes with --export-chart, --export-table or --export-dataset"));
          return SUCCESSION_EXIT_USAGE;
        }
      return -1;
    }

  if (n > 1)
    {
      succession_cli_printerr (_ ("give one of --export-chart, --export-table and --export-dataset at a time"));
      return SUCCESSION_EXIT_USAGE;
    }

  if (!chart)
    for (guint i = 0; i < G_N_ELEMENTS (chart_only); i++)
      if (g_variant_dict_contains (options, chart_only[i]))
        {
          /* Translators: %s is a command-line option such as --paper. */
          succession_cli_printerr (_ ("--%s goes with --export-chart"), chart_only[i]);
          return SUCCESSION_EXIT_USAGE;
        }

  if (!table && g_variant_dict_contains (options, "raw-csv"))
    {
      succession_cli_printerr (_ ("--raw-csv goes with --export-table"));
      return SUCCESSION_EXIT_USAGE;
    }

  if (chart)
    return run_export_chart (options, ids);
  if (table)
    {
      g_variant_dict_lookup (options, "export-table", "&s", &ids);
      return run_export_table (options, ids);
    }
  return run_export_dataset (options);
}
