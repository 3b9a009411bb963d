/* succession-body-change.h — a body's names, place in the tree and dates corrected, a body added,
 * an empty body removed
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
  /* The body to change; not read when one is added. */
  const char            *body_id;
  /* "name", in English. Required. */
  const char            *name;
  /* The name in Simplified and Traditional characters; NULL or empty removes it. */
  const char            *name_hans;
  const char            *name_hant;
  /* The body it is part of ("parent_id"); NULL: none, a body at the top of the tree. */
  const char            *parent_id;
  SuccessionDate         founding_date;
  SuccessionDate         dissolution_date;
  SuccessionChangeSource source;
} SuccessionBodyChange;

/* Sets @change to @body as it is, with no source. The strings are the body's own. */
void               succession_body_change_init_from (SuccessionBodyChange       *change,
                                                     SuccessionBody             *body);

/* Does @change change anything of @body? */
gboolean           succession_body_change_changes   (const SuccessionBodyChange *change,
                                                     SuccessionBody             *body);

/* @dataset with @change applied to the body, loaded again; NULL with @error when it does not load
 * (a body placed within itself or its own departments), or there is no such body. @messages, if not
 * NULL, receives what the loader says of the body. */
SuccessionDataset *succession_body_change_apply     (const SuccessionBodyChange *change,
                                                     SuccessionDataset          *dataset,
                                                     GCancellable               *cancellable,
                                                     GListModel                **messages,
                                                     GError                    **error);

/* @dataset with a new body made of @change (its body_id not read), appended to the organizations,
 * with an id made from its parent's and its name; set in @new_id. */
SuccessionDataset *succession_body_addition_apply   (const SuccessionBodyChange *change,
                                                     SuccessionDataset          *dataset,
                                                     char                      **new_id,
                                                     GCancellable               *cancellable,
                                                     GListModel                **messages,
                                                     GError                    **error);

/* Why @body cannot be removed as it is (it has departments, offices or terms, which are removed or
 * moved first), in the user's language; NULL when it can. Free with g_free. */
char              *succession_body_removal_refusal  (SuccessionBody             *body);

/* @dataset without the body @body_id, loaded again; NULL with @error when there is no such body or
 * it is not empty (succession_body_removal_refusal). */
SuccessionDataset *succession_body_removal_apply    (SuccessionDataset          *dataset,
                                                     const char                 *body_id,
                                                     GCancellable               *cancellable,
                                                     GError                    **error);

G_END_DECLS
