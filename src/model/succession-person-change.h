/* succession-person-change.h — a person's names and life dates corrected, a person added, a
 * person removed with their tenures
 *
 * Applied to the dataset's own document and loaded again, as tenure changes are
 * (succession-tenure-change.h): the dataset before the change stays as it was. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-date.h"
#include "succession-record-change.h"
#include "succession-types.h"

G_BEGIN_DECLS

typedef struct
{
  /* The person to change; not read when one is added. */
  const char            *person_id;
  /* "name": in Latin letters, family name first ("Peng Zhen"). Required. */
  const char            *name;
  /* other_names in Simplified and Traditional characters and in pinyin with tones
   * (zh-Latn-pinyin); NULL or empty removes that name. */
  const char            *name_hans;
  const char            *name_hant;
  const char            *name_pinyin;
  /* Birth and death with their qualifiers; an unset date (year 0) removes it. */
  SuccessionDate         birth_date;
  SuccessionDate         death_date;
  SuccessionChangeSource source;
} SuccessionPersonChange;

/* Sets @change to @person's names and dates as they are, with no source. The strings are the
 * person's own. */
void               succession_person_change_init_from (SuccessionPersonChange       *change,
                                                       SuccessionPerson             *person);

/* Does @change change anything of @person? */
gboolean           succession_person_change_changes   (const SuccessionPersonChange *change,
                                                       SuccessionPerson             *person);

/* @dataset with @change applied to the person, loaded again; NULL with @error when it does not
 * load or there is no such person. @messages, if not NULL, receives what the loader says of
 * this person (errors, then warnings) and of their tenures (a tenure that now starts before
 * the birth), whether or not it loads. */
SuccessionDataset *succession_person_change_apply     (const SuccessionPersonChange *change,
                                                       SuccessionDataset            *dataset,
                                                       GCancellable                 *cancellable,
                                                       GListModel                  **messages,
                                                       GError                      **error);

/* @dataset with a new person made of @change (its person_id is not read), appended to the
 * persons, with an id made from the name that no record has; set in @new_id (free with g_free). */
SuccessionDataset *succession_person_addition_apply   (const SuccessionPersonChange *change,
                                                       SuccessionDataset            *dataset,
                                                       char                        **new_id,
                                                       GCancellable                 *cancellable,
                                                       GListModel                  **messages,
                                                       GError                      **error);

/* @dataset without the person @person_id and every tenure they held (their number in
 * @n_tenures), loaded again; NULL with @error when there is no such person. */
SuccessionDataset *succession_person_removal_apply    (SuccessionDataset            *dataset,
                                                       const char                   *person_id,
                                                       guint                        *n_tenures,
                                                       GCancellable                 *cancellable,
                                                       GError                      **error);

G_END_DECLS
