/* succession-cli-private.h — helpers shared by the command-line tools
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-model.h"

G_BEGIN_DECLS

/* Prints "succession: MESSAGE" on stderr. */
void               succession_cli_printerr     (const char   *format,
                                                ...) G_GNUC_PRINTF (1, 2);
/* The dataset named by --dataset, or the bundled one; on failure prints the errors and sets
 * @exit_code (1 for an invalid file, 2 for one that cannot be read). */
SuccessionDataset *succession_cli_load_dataset (GVariantDict *options,
                                                int          *exit_code);
/* "1983-06-18 – 1988-04-08", "2023-03-10 – in office". */
char              *succession_cli_format_span  (SuccessionTenure *tenure);
/* succession-cli-export.c: --export-chart, --export-table, --export-dataset; -1 when none
 * of them is given. */
int                succession_cli_handle_export (GVariantDict   *options);
/* succession-cli-wikidata.c: --wikidata-office and --compare-wikidata; -1 when neither is given. */
int                succession_cli_handle_wikidata (GVariantDict *options);

G_END_DECLS
