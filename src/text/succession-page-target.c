/* succession-page-target.c — what a window page shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-page-target.h"

G_DEFINE_BOXED_TYPE (SuccessionPageTarget, succession_page_target, succession_page_target_copy, succession_page_target_free)

/* The prefixes of the string form, by kind. */
static const char *const kind_names[] = {
  [SUCCESSION_PAGE_OFFICE] = "office",
  [SUCCESSION_PAGE_PERSON] = "person",
  [SUCCESSION_PAGE_BODY] = "body",
  [SUCCESSION_PAGE_DATE] = "date",
  [SUCCESSION_PAGE_CHART] = "chart",
};

static gboolean
has_id (SuccessionPageKind kind)
{
  return kind == SUCCESSION_PAGE_OFFICE || kind == SUCCESSION_PAGE_PERSON || kind == SUCCESSION_PAGE_BODY;
}

SuccessionPageTarget *
succession_page_target_new (SuccessionPageKind kind,
                            const char        *id)
{
  SuccessionPageTarget *self;

  g_return_val_if_fail (kind <= SUCCESSION_PAGE_CHART, NULL);
  g_return_val_if_fail (has_id (kind) == (id != NULL && *id != '\0'), NULL);

  self = g_new0 (SuccessionPageTarget, 1);
  self->kind = kind;
  self->id = g_strdup (id);
  return self;
}

SuccessionPageTarget *
succession_page_target_new_for_entity (GObject *entity)
{
  if (SUCCESSION_IS_OFFICE (entity))
    return succession_page_target_new (SUCCESSION_PAGE_OFFICE, succession_office_get_id (SUCCESSION_OFFICE (entity)));
  if (SUCCESSION_IS_PERSON (entity))
    return succession_page_target_new (SUCCESSION_PAGE_PERSON, succession_person_get_id (SUCCESSION_PERSON (entity)));
  if (SUCCESSION_IS_BODY (entity))
    return succession_page_target_new (SUCCESSION_PAGE_BODY, succession_body_get_id (SUCCESSION_BODY (entity)));
  return NULL;
}

SuccessionPageTarget *
succession_page_target_parse (const char *key)
{
  const char *colon;

  if (key == NULL)
    return NULL;

  colon = strchr (key, ':');
  for (guint kind = 0; kind < G_N_ELEMENTS (kind_names); kind++)
    {
      gsize length = strlen (kind_names[kind]);

      if (strncmp (key, kind_names[kind], length) != 0)
        continue;
      if (!has_id (kind) && key[length] == '\0')
        return succession_page_target_new (kind, NULL);
      if (has_id (kind) && colon == key + length && colon[1] != '\0')
        return succession_page_target_new (kind, colon + 1);
    }
  return NULL;
}

char *
succession_page_target_to_key (const SuccessionPageTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* Made only by succession_page_target_new(), which checks that an entity's page has an id. */
  g_assert (has_id (self->kind) == (self->id != NULL));
  if (has_id (self->kind))
    return g_strconcat (kind_names[self->kind], ":", self->id, NULL);
  return g_strdup (kind_names[self->kind]);
}

SuccessionPageTarget *
succession_page_target_copy (const SuccessionPageTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return succession_page_target_new (self->kind, self->id);
}

void
succession_page_target_free (SuccessionPageTarget *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self);
}

gboolean
succession_page_target_equal (const SuccessionPageTarget *a,
                              const SuccessionPageTarget *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->kind == b->kind && g_strcmp0 (a->id, b->id) == 0;
}

GObject *
succession_page_target_lookup (const SuccessionPageTarget *self,
                               SuccessionDataset          *dataset)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  switch (self->kind)
    {
    case SUCCESSION_PAGE_OFFICE:
      return (GObject *) succession_dataset_get_office (dataset, self->id);
    case SUCCESSION_PAGE_PERSON:
      return (GObject *) succession_dataset_get_person (dataset, self->id);
    case SUCCESSION_PAGE_BODY:
      return (GObject *) succession_dataset_get_body (dataset, self->id);
    case SUCCESSION_PAGE_DATE:
    case SUCCESSION_PAGE_CHART:
    default:
      return NULL;
    }
}
