/* succession-page-target.h — what a window page shows: a kind and, for an entity, its id
 *
 * The sidebar, the pages, the window, the command line's FILE handling and the search
 * provider ask for a page with one of these. Its only string form, "office:ID",
 * "person:ID", "body:ID", "date" or "chart", is what the last-page setting stores and what
 * the search provider hands GNOME Shell as a result id. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-model.h"

G_BEGIN_DECLS

typedef enum {
  SUCCESSION_PAGE_OFFICE,
  SUCCESSION_PAGE_PERSON,
  SUCCESSION_PAGE_BODY,
  SUCCESSION_PAGE_DATE,
  SUCCESSION_PAGE_CHART,
} SuccessionPageKind;

typedef struct {
  SuccessionPageKind  kind;
  char               *id;   /* the office's, person's or body's id; NULL for the date and chart pages */
} SuccessionPageTarget;

#define SUCCESSION_TYPE_PAGE_TARGET (succession_page_target_get_type ())

GType                 succession_page_target_get_type       (void) G_GNUC_CONST;

SuccessionPageTarget *succession_page_target_new            (SuccessionPageKind          kind,
                                                             const char                 *id);
/* The page of an office, a person or a body; NULL for anything else. */
SuccessionPageTarget *succession_page_target_new_for_entity (GObject                    *entity);
/* NULL when @key is not one of the string forms. */
SuccessionPageTarget *succession_page_target_parse          (const char                 *key);
char                 *succession_page_target_to_key         (const SuccessionPageTarget *self);

SuccessionPageTarget *succession_page_target_copy           (const SuccessionPageTarget *self);
void                  succession_page_target_free           (SuccessionPageTarget       *self);
gboolean              succession_page_target_equal          (const SuccessionPageTarget *a,
                                                             const SuccessionPageTarget *b);

/* The office, person or body @self names in @dataset (not a new reference), NULL when it
 * names none there or is the date or chart page. */
GObject              *succession_page_target_lookup         (const SuccessionPageTarget *self,
                                                             SuccessionDataset          *dataset);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionPageTarget, succession_page_target_free)

G_END_DECLS
