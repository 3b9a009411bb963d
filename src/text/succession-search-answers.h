/* succession-search-answers.h — search results that answer: the Shell search provider's content
 *
 * No GTK and no D-Bus here: the provider, its benchmark and its tests share it.
 *
 * A result is named by the window page it opens ("person:ID", "office:ID", "body:ID"), or,
 * when the search holds a date, by that page on the date: "on:1990:office:ID" answers who
 * held the office then, "on:1990:person:ID" what the person held then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-format.h"
#include "succession-page-target.h"

G_BEGIN_DECLS

/* The results for the search @terms (as the Shell splits the text at spaces), at most @limit.
 * Every term that is not a date must match the result's name in some language, or for an
 * office, the name of its body ("npc secretary-general"); a term that is a date (YYYY,
 * YYYY-MM, YYYY-MM-DD) asks who held an office, or what a person held, then. Uses the
 * dataset's own search (succession_dataset_search), as the sidebar does. */
GStrv      succession_search_answers_find     (SuccessionDataset    *dataset,
                                               const char * const   *terms,
                                               guint                 limit);

/* The name of @result_id's entity, a line that answers (a person's offices with their years,
 * an office's holder now or on the date, a body's parent), and an icon name. FALSE when the
 * dataset has no such entity. */
gboolean   succession_search_answers_describe (SuccessionDataset    *dataset,
                                               const char           *result_id,
                                               SuccessionNameDisplay display,
                                               char                **name,
                                               char                **description,
                                               const char          **icon_name);

/* The window page @result_id opens (the office's for "on:1990:office:ID"); NULL for an id
 * this provider never gave. */
SuccessionPageTarget *succession_search_answers_get_target (const char *result_id);

G_END_DECLS
