/* succession-cli-wikidata.c — --wikidata-office and --compare-wikidata
 *
 * Runs in handle-local-options like the rest of the command line: no display needed. The
 * library's asynchronous calls run on the default main context until they finish.
 *
 * --wikidata-office exits 0 when the file is written, 1 when Wikidata gives no usable answer
 * or the file cannot be written, 2 for a usage error. --compare-wikidata exits 0 when nothing
 * disagrees, 1 when something does, 2 when it cannot run (no ids, no network and no saved
 * copy, a bad answer, a dataset that does not load).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-cli.h"
#include "succession-cli-private.h"
#include "succession-file-writer.h"
#include "succession-wikidata.h"

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static int
run_wikidata_office (GVariantDict *options,
                     const char   *id)
{
  g_autoptr(SuccessionWikidataClient) client = succession_wikidata_client_new ();
  g_autoptr(SuccessionWikidataOffice) office = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *popolo = NULL;
  const char      *output = NULL;
  const char      *dataset = NULL;
  gsize            length;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &output) || *output == '\0')
    {
      /* Translators: %s is a command-line option, "--wikidata-office". */
      succession_cli_printerr (_ ("%s needs a file to write: add --output=FILE"), "--wikidata-office");
      return SUCCESSION_EXIT_USAGE;
    }
  file = g_file_new_for_commandline_arg (output);

  if (g_variant_dict_lookup (options, "dataset", "^&ay", &dataset))
    {
      g_autoptr(GFile) open = g_file_new_for_commandline_arg (dataset);

      /* As every export: the dataset being read is never written over, by any name. */
      if (succession_file_is_same (open, file))
        {
          /* Translators: the first %s is a file, the second why it could not be written. */
          succession_cli_printerr (_ ("cannot write %s: %s"), output,
                                   /* Translators: why an export was refused. */
                                   _ ("It is the dataset that is open, and an export never overwrites it: choose another file"));
          return SUCCESSION_EXIT_INVALID;
        }
    }

  succession_wikidata_client_fetch_office_async (client, id, NULL, NULL, NULL, NULL, NULL, on_done, &result);
  office = succession_wikidata_client_fetch_office_finish (client, wait_for (&result), &error);
  if (office == NULL)
    {
      succession_cli_printerr ("%s", error->message);
      return SUCCESSION_EXIT_INVALID;
    }
  if (succession_wikidata_office_get_notice (office) != NULL)
    succession_cli_printerr ("%s", succession_wikidata_office_get_notice (office));

  popolo = succession_wikidata_office_to_popolo (office, &length);
  /* Replaced in one step, so a failure leaves the old file as it was. */
  if (!succession_file_write_bytes (file, popolo, length, NULL, &error))
    {
      /* Translators: the first %s is a file, the second why it could not be written. */
      succession_cli_printerr (_ ("cannot write %s: %s"), output, error->message);
      return SUCCESSION_EXIT_INVALID;
    }

  return SUCCESSION_EXIT_OK;
}

static void
print_office_header (SuccessionWikidataOffice *office)
{
  const char *const *languages = g_get_language_names ();
  g_autofree char   *fetched = g_date_time_format (succession_wikidata_office_get_fetched (office), "%Y-%m-%d %H:%M UTC");
  g_autofree char   *age = succession_wikidata_format_age (succession_wikidata_office_get_age (office));

  /* Translators: a heading of --compare-wikidata: an office, its Wikidata id, when Wikidata
   * gave the answer and how long ago ("3 days"). */
  g_print (_ ("%s (%s): Wikidata as of %s (%s ago)\n"), succession_wikidata_office_get_label (office, languages),
           succession_wikidata_office_get_id (office), fetched, age);
  if (succession_wikidata_office_get_notice (office) != NULL)
    g_print ("  %s\n", succession_wikidata_office_get_notice (office));
}

static void
print_disagreement (SuccessionWikidataDisagreement *d)
{
  SuccessionTenure *tenure = succession_wikidata_disagreement_get_tenure (d);
  const char       *person = succession_wikidata_disagreement_get_person_wikidata (d);
  const char       *statement = succession_wikidata_disagreement_get_statement (d);
  const char       *qs = succession_wikidata_disagreement_get_quickstatements (d);
  const char       *source;

  g_print ("  %s: %s", succession_wikidata_disagreement_kind_get_label (succession_wikidata_disagreement_get_kind (d)),
           succession_wikidata_disagreement_get_person_name (d));
  if (person != NULL)
    g_print (" (%s)", person);
  if (tenure != NULL)
    /* Translators: after a holder's name in --compare-wikidata; %s is a tenure id. */
    g_print (_ (", tenure %s"), succession_tenure_get_id (tenure));
  if (statement != NULL)
    /* Translators: after a holder's name in --compare-wikidata; %s is a Wikidata statement id. */
    g_print (_ (", statement %s"), statement);
  g_print ("\n");

  /* Translators: the dataset's side of a disagreement; %s is its value. */
  g_print (_ ("    dataset:  %s\n"), *succession_wikidata_disagreement_get_dataset_value (d) != '\0'
                                       ? succession_wikidata_disagreement_get_dataset_value (d)
                                       : _ ("(none)"));
  if (*(source = succession_wikidata_disagreement_get_dataset_source (d)) != '\0')
    g_print ("              %s\n", source);
  /* Translators: Wikidata's side of a disagreement; %s is its value. Align with "dataset:". */
  g_print (_ ("    Wikidata: %s\n"), *succession_wikidata_disagreement_get_wikidata_value (d) != '\0'
                                       ? succession_wikidata_disagreement_get_wikidata_value (d)
                                       : _ ("(none)"));
  if (*(source = succession_wikidata_disagreement_get_wikidata_source (d)) != '\0')
    g_print ("              %s\n", source);
  if (qs != NULL)
    g_print ("    QuickStatements: %s\n", qs);
}

static int
run_compare (GVariantDict *options)
{
  g_autoptr(SuccessionWikidataClient) client = NULL;
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GPtrArray) offices = NULL;
  g_autoptr(GError) error = NULL;
  const char *format = "text";
  int         exit_code = SUCCESSION_EXIT_OK;
  guint       n;

  g_variant_dict_lookup (options, "format", "&s", &format);
  if (g_strcmp0 (format, "text") != 0 && g_strcmp0 (format, "csv") != 0 && g_strcmp0 (format, "quickstatements") != 0)
    {
      /* Translators: %s is what the user gave to --format. */
      succession_cli_printerr (_ ("--format: “%s” is not one of text, csv, quickstatements"), format);
      return SUCCESSION_EXIT_USAGE;
    }

  /* A dataset that does not load is a reason not to run: 2, whatever the loader said. */
  if (!(dataset = succession_cli_load_dataset (options, &exit_code)))
    return SUCCESSION_EXIT_USAGE;

  client = succession_wikidata_client_new ();
  succession_wikidata_client_compare_async (client, dataset, NULL, NULL, NULL, NULL, NULL, on_done, &result);
  found = succession_wikidata_client_compare_finish (client, wait_for (&result), &offices, &error);
  if (found == NULL)
    {
      /* Translators: %s says why the comparison could not run. */
      succession_cli_printerr (_ ("cannot compare with Wikidata: %s"), error->message);
      return SUCCESSION_EXIT_USAGE;
    }

  n = g_list_model_get_n_items (found);
  if (g_strcmp0 (format, "csv") == 0 || g_strcmp0 (format, "quickstatements") == 0)
    {
      g_autofree char *text = g_strcmp0 (format, "csv") == 0 ? succession_wikidata_disagreements_to_csv (found)
                                                             : succession_wikidata_disagreements_to_quickstatements (found);

      for (guint i = 0; i < offices->len; i++)
        if (succession_wikidata_office_get_notice (g_ptr_array_index (offices, i)) != NULL)
          succession_cli_printerr ("%s", succession_wikidata_office_get_notice (g_ptr_array_index (offices, i)));
      g_print ("%s", text);
    }
  else
    {
      for (guint i = 0; i < offices->len; i++)
        {
          SuccessionWikidataOffice *office = g_ptr_array_index (offices, i);

          print_office_header (office);
          for (guint k = 0; k < n; k++)
            {
              g_autoptr(SuccessionWikidataDisagreement) d = g_list_model_get_item (found, k);

              if (g_strcmp0 (succession_wikidata_disagreement_get_office_wikidata (d),
                             succession_wikidata_office_get_id (office)) == 0)
                print_disagreement (d);
            }
        }
      /* Translators: the last line of --compare-wikidata. */
      g_print (ngettext ("%u disagreement\n", "%u disagreements\n", n), n);
    }

  return n == 0 ? SUCCESSION_EXIT_OK : SUCCESSION_EXIT_INVALID;
}

int
succession_cli_handle_wikidata (GVariantDict *options)
{
  const char *id = NULL;

  if (g_variant_dict_lookup (options, "wikidata-office", "&s", &id))
    return run_wikidata_office (options, id);
  if (g_variant_dict_contains (options, "compare-wikidata"))
    return run_compare (options);
  return -1;
}
