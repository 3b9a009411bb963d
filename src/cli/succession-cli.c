/* succession-cli.c — command-line options handled without a display
 *
 * Options here run in GApplication::handle-local-options, before GTK is initialised, so
 * they work on a machine with no display at all (CI, scripts, a researcher's server).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-cli.h"
#include "succession-cli-private.h"
#include "succession-model.h"

const GOptionEntry *
succession_cli_get_option_entries (void)
{
  /* Descriptions are translated when --help prints them (GApplication uses our domain). */
  static const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Show the version and exit"), NULL },
    { "validate", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_ ("Check a dataset and print its errors and warnings"), N_ ("FILE") },
    { "all-messages", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("With --validate, list every warning instead of summing up each kind after its first 20"), NULL },
    { "dataset", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_ ("Use this dataset instead of the bundled one"), N_ ("FILE") },
    { "list-offices", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("Print the id and name of every office"), NULL },
    { "holder", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_ ("Print who held the office OFFICE_ID on the date given with --on"), N_ ("OFFICE_ID") },
    { "on", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_ ("The date for --holder: YYYY, YYYY-MM or YYYY-MM-DD"), N_ ("DATE") },
    /* Exports, in succession-cli-export.c. */
    { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_ ("Write the chart of these offices (ids separated by commas) to the file given with --output"),
      N_ ("OFFICE_ID[,OFFICE_ID…]") },
    { "export-table", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_ ("Write the holders of the office OFFICE_ID as CSV to the file given with --output"), N_ ("OFFICE_ID") },
    { "export-dataset", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("Write the whole dataset as Popolo JSON to the file given with --output"), NULL },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_ ("The file an export writes"), N_ ("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_ ("The chart's format: pdf, svg or png (default: from the file name); for --compare-wikidata: text, csv or quickstatements"),
      N_ ("FORMAT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("Start the chart at this date"), N_ ("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("End the chart at this date"), N_ ("DATE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("The paper of a PDF chart: a4 (default) or letter"), N_ ("PAPER") },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Lay a PDF chart's pages in landscape"), NULL },
    { "tiles", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("Print a PDF chart one tile a sheet, to tape together, instead of strips"), NULL },
    { "no-table", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("Leave the holder tables out of a PDF chart"), NULL },
    { "dpi", 0, 0, G_OPTION_ARG_STRING, NULL, N_ ("The resolution of a PNG chart (default: 150)"), N_ ("DPI") },
    { "raw-csv", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("Write CSV cells exactly as the data has them, even those a spreadsheet would run as a formula"), NULL },
    /* Wikidata, in succession-cli-wikidata.c. */
    { "wikidata-office", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_ ("Write the office QID as Wikidata holds it, as Popolo JSON, to the file given with --output"), N_ ("QID") },
    { "compare-wikidata", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_ ("Print every disagreement between the dataset and Wikidata"), NULL },
    { NULL }
  };

  return entries;
}

void
succession_cli_printerr (const char *format,
                         ...)
{
  g_autofree char *text = NULL;
  va_list          args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("succession: %s\n", text);
}

SuccessionDataset *
succession_cli_load_dataset (GVariantDict *options,
                             int          *exit_code)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset;
  const char        *path = NULL;

  if (g_variant_dict_lookup (options, "dataset", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      dataset = succession_loader_load_file (loader, file, NULL, &error);
    }
  else
    {
      dataset = succession_loader_load_resource (loader, SUCCESSION_BUNDLED_DATASET_PATH, &error);
    }

  if (dataset == NULL)
    {
      GListModel *messages = succession_loader_get_messages (loader);
      guint       n = g_list_model_get_n_items (messages);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);
          g_autofree char *line = NULL;

          if (succession_message_get_severity (message) != SUCCESSION_SEVERITY_ERROR)
            continue;
          line = succession_message_to_string (message);
          g_printerr ("%s\n", line);
        }
      if (n == 0)
        succession_cli_printerr ("%s", error->message);

      *exit_code = g_error_matches (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ)
                     ? SUCCESSION_EXIT_USAGE
                     : SUCCESSION_EXIT_INVALID;
    }

  return dataset;
}

static int
run_validate (const char *path,
              gboolean    all_messages)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  GListModel *messages;
  guint       n_errors, n_warnings, n;

  succession_loader_set_all_messages (loader, all_messages);
  dataset = succession_loader_load_file (loader, file, NULL, &error);
  messages = succession_loader_get_messages (loader);
  n = g_list_model_get_n_items (messages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);
      g_autofree char *line = succession_message_to_string (message);

      g_print ("%s\n", line);
    }

  n_errors = succession_loader_get_n_errors (loader);
  n_warnings = succession_loader_get_n_warnings (loader);

  if (g_error_matches (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_READ))
    return SUCCESSION_EXIT_USAGE;

  {
    /* Translators: the two parts of the summary of --validate: "3 errors, 1 warning". */
    g_autofree char *errors = g_strdup_printf (ngettext ("%u error", "%u errors", n_errors), n_errors);
    g_autofree char *warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings", n_warnings), n_warnings);
    /* The path as typed may hold anything a file name can. */
    g_autofree char *shown = succession_message_escape (path);

    if (dataset != NULL)
      /* Translators: the last line of --validate; %s is the file, then "0 errors", "2 warnings". */
      g_print (_ ("%s: valid (%s, %s)\n"), shown, errors, warnings);
    else
      /* Translators: the last line of --validate for a refused file; %s is the file. */
      g_print (_ ("%s: not valid (%s, %s)\n"), shown, errors, warnings);
  }

  return dataset != NULL ? SUCCESSION_EXIT_OK : SUCCESSION_EXIT_INVALID;
}

static int
run_list_offices (GVariantDict *options)
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  const char *const *languages = g_get_language_names ();
  GListModel        *offices;
  int                exit_code = SUCCESSION_EXIT_OK;
  guint              n;

  if (!(dataset = succession_cli_load_dataset (options, &exit_code)))
    return exit_code;

  offices = succession_dataset_get_offices (dataset);
  n = g_list_model_get_n_items (offices);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, i);

      g_print ("%s\t%s\n", succession_office_get_id (office),
               succession_office_get_display_name (office, languages));
    }

  return SUCCESSION_EXIT_OK;
}

/* "1987-03-24", or with the data's qualifier: "before 1987-03-24". */
static char *
qualified_iso (const SuccessionDate *date)
{
  g_autofree char *iso = succession_date_to_iso (date);
  const char      *qualifier = succession_date_qualifier_to_string (date->qualifier);

  if (*iso == '\0' || qualifier == NULL || *qualifier == '\0')
    return g_steal_pointer (&iso);
  return g_strdup_printf ("%s %s", qualifier, iso);
}

char *
succession_cli_format_span (SuccessionTenure *tenure)
{
  g_autofree char *start = qualified_iso (succession_tenure_get_start_date (tenure));
  g_autofree char *end = qualified_iso (succession_tenure_get_end_date (tenure));

  if (*start == '\0')
    {
      g_free (start);
      start = g_strdup ("?");
    }

  switch (succession_tenure_get_end_status (tenure))
    {
    case SUCCESSION_END_STATUS_ONGOING:
      /* Translators: a tenure still running; %s is its start date. */
      return g_strdup_printf (_ ("%s – in office"), start);
    case SUCCESSION_END_STATUS_UNKNOWN:
      /* Translators: a tenure whose end no source gives; %s is its start date. */
      return g_strdup_printf (_ ("%s – end unknown"), start);
    case SUCCESSION_END_STATUS_ENDED:
    default:
      return g_strdup_printf ("%s – %s", start, end);
    }
}

static int
run_holder (GVariantDict *options,
            const char   *office_id)
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
  g_autoptr(GError) error = NULL;
  const char *const *languages = g_get_language_names ();
  SuccessionOffice  *office;
  SuccessionDate     date;
  const char        *on = NULL;
  int                exit_code = SUCCESSION_EXIT_OK;

  if (!g_variant_dict_lookup (options, "on", "&s", &on))
    {
      succession_cli_printerr (_ ("--holder needs a date: add --on=YYYY[-MM[-DD]]"));
      return SUCCESSION_EXIT_USAGE;
    }

  if (!succession_date_parse (on, FALSE, &date, &error))
    {
      succession_cli_printerr ("--on: %s", error->message);
      return SUCCESSION_EXIT_USAGE;
    }

  if (!(dataset = succession_cli_load_dataset (options, &exit_code)))
    return exit_code;

  office = succession_dataset_get_office (dataset, office_id);
  if (office == NULL)
    {
      /* Translators: %s is an office id given on the command line. */
      succession_cli_printerr (_ ("no office has the id “%s”; --list-offices shows them"), office_id);
      return SUCCESSION_EXIT_INVALID;
    }

  succession_office_holders_on (office, &date, holders, matches);

  if (holders->len == 0 && succession_office_existence_on (office, &date) != 0)
    {
      if (succession_office_existence_on (office, &date) < 0)
        /* Translators: the first %s is an office, the second a date before it was created. */
        g_print (_ ("%s did not exist yet on %s.\n"), succession_office_get_display_name (office, languages), on);
      else
        /* Translators: the first %s is an office, the second a date after it was abolished. */
        g_print (_ ("%s no longer existed on %s.\n"), succession_office_get_display_name (office, languages), on);
      return SUCCESSION_EXIT_OK;
    }

  if (holders->len == 0)
    {
      /* Translators: the first %s is an office, the second a date. */
      g_print (_ ("No one is recorded as holding %s on %s.\n"),
               succession_office_get_display_name (office, languages), on);
      return SUCCESSION_EXIT_OK;
    }

  for (guint i = 0; i < holders->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (holders, i);
      SuccessionPerson *person = succession_tenure_get_person (tenure);
      gboolean          possibly = g_array_index (matches, SuccessionMatch, i) == SUCCESSION_MATCH_POSSIBLY;
      g_autofree char  *span = succession_cli_format_span (tenure);
      g_autofree char  *who = NULL;

      if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_VACANCY)
        /* Translators: printed by --holder when the office was vacant. */
        who = g_strdup (_ ("(vacant)"));
      else if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_ACTING)
        /* Translators: an acting holder; %s is the person's name. */
        who = g_strdup_printf (_ ("%s (acting)"), succession_person_get_display_name (person, languages));
      else
        who = g_strdup (person != NULL ? succession_person_get_display_name (person, languages) : "?");

      if (possibly)
        {
          /* Translators: --holder output when partial dates make it uncertain; %s is a name. */
          g_autofree char *maybe = g_strdup_printf (_ ("possibly %s"), who);
          g_print ("%s\t%s\n", maybe, span);
        }
      else
        g_print ("%s\t%s\n", who, span);
    }

  return SUCCESSION_EXIT_OK;
}

int
succession_cli_handle_local_options (GVariantDict *options)
{
  const char *path = NULL;
  const char *office_id = NULL;
  int         exit_code;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("succession %s\n", PACKAGE_VERSION);
      return SUCCESSION_EXIT_OK;
    }

  if (g_variant_dict_lookup (options, "validate", "^&ay", &path))
    return run_validate (path, g_variant_dict_contains (options, "all-messages"));

  if (g_variant_dict_contains (options, "list-offices"))
    return run_list_offices (options);

  if ((exit_code = succession_cli_handle_wikidata (options)) >= 0)
    return exit_code;

  if ((exit_code = succession_cli_handle_export (options)) >= 0)
    return exit_code;

  if (g_variant_dict_lookup (options, "holder", "&s", &office_id))
    return run_holder (options, office_id);

  if (g_variant_dict_contains (options, "on"))
    {
      succession_cli_printerr (_ ("--on goes with --holder"));
      return SUCCESSION_EXIT_USAGE;
    }

  return -1;
}
