/* succession-office-change.h — an office's labels, seats and body corrected, an office added, an
 * office removed with its tenures
 *
 * Applied to the dataset's own document and loaded again, as tenure changes are
 * (succession-tenure-change.h): the dataset before the change stays as it was. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-record-change.h"
#include "succession-types.h"

G_BEGIN_DECLS

typedef struct
{
  /* The office to change; not read when one is added. */
  const char            *office_id;
  /* "label", in English. Required. */
  const char            *label;
  /* The label in Simplified and Traditional characters; NULL or empty removes it. */
  const char            *label_hans;
  const char            *label_hant;
  /* How many hold it at once; 0: not known (no "seats"). */
  guint                  seats;
  /* The body it belongs to ("organization_id"); NULL: none. */
  const char            *body_id;
  /* How long one term in it lasts ("Five years"), the infobox's term_length, in
   * @term_length_language ("en", "zh-Hans" or "zh-Hant"; NULL: "en"); NULL or empty removes the
   * text in that language. The texts in other languages stay. */
  const char            *term_length;
  const char            *term_length_language;
  SuccessionChangeSource source;
} SuccessionOfficeChange;

/* Sets @change to @office as it is, with no source. The strings are the office's own. */
void               succession_office_change_init_from (SuccessionOfficeChange       *change,
                                                       SuccessionOffice             *office);

/* Does @change change anything of @office? */
gboolean           succession_office_change_changes   (const SuccessionOfficeChange *change,
                                                       SuccessionOffice             *office);

/* @dataset with @change applied to the office, loaded again; NULL with @error when it does not
 * load, there is no such office, or the office was made up by the loader from a file without
 * posts (it has no record to change). @messages, if not NULL, receives what the loader says of
 * the office and of its tenures (more regular holders at once than seats). */
SuccessionDataset *succession_office_change_apply     (const SuccessionOfficeChange *change,
                                                       SuccessionDataset            *dataset,
                                                       GCancellable                 *cancellable,
                                                       GListModel                  **messages,
                                                       GError                      **error);

/* @dataset with a new office made of @change (its office_id not read), appended to the posts,
 * with an id made from its body's and its label, which no record has; set in @new_id. */
SuccessionDataset *succession_office_addition_apply   (const SuccessionOfficeChange *change,
                                                       SuccessionDataset            *dataset,
                                                       char                        **new_id,
                                                       GCancellable                 *cancellable,
                                                       GListModel                  **messages,
                                                       GError                      **error);

/* @dataset without the office @office_id and every tenure of it (their number in @n_tenures);
 * what named it elsewhere goes too: another office's chair_post_id, a council's member_post_ids,
 * a concurrent office's post_id (its label stays). NULL with @error when there is no such office
 * or it was made up by the loader. */
SuccessionDataset *succession_office_removal_apply    (SuccessionDataset            *dataset,
                                                       const char                   *office_id,
                                                       guint                        *n_tenures,
                                                       GCancellable                 *cancellable,
                                                       GError                      **error);

G_END_DECLS
