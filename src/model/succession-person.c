/* succession-person.c — a person and their tenures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-person"

#include "config.h"

#include "succession-model-private.h"

G_DEFINE_FINAL_TYPE (SuccessionPerson, succession_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SORT_NAME,
  PROP_TENURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_succession_person_clear_links (SuccessionPerson *self)
{
  g_clear_pointer (&self->tenures, g_ptr_array_unref);
  if (self->tenures_model != NULL)
    g_list_store_remove_all (self->tenures_model);
}

static void
succession_person_finalize (GObject *object)
{
  SuccessionPerson *self = SUCCESSION_PERSON (object);

  _succession_person_clear_links (self);
  g_clear_object (&self->tenures_model);
  g_free (self->id);
  g_free (self->name);
  g_free (self->sort_name);
  g_free (self->gender);
  g_free (self->wikidata);
  g_free (self->search_key);
  g_clear_pointer (&self->names, succession_text_unref);
  g_clear_pointer (&self->note, succession_text_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_person_parent_class)->finalize (object);
}

static void
succession_person_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SuccessionPerson *self = SUCCESSION_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SORT_NAME:
      g_value_set_string (value, succession_person_get_sort_name (self));
      break;
    case PROP_TENURES:
      g_value_set_object (value, succession_person_get_tenures (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_person_class_init (SuccessionPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_person_finalize;
  object_class->get_property = succession_person_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_NAME] = g_param_spec_string ("sort-name", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TENURES] = g_param_spec_object ("tenures", NULL, NULL, G_TYPE_LIST_MODEL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_person_init (SuccessionPerson *self)
{
  self->tenures = g_ptr_array_new_with_free_func (g_object_unref);
}

void
_succession_person_notify_all (SuccessionPerson *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_NAME]);
  g_object_thaw_notify (G_OBJECT (self));
}

SuccessionPerson *
_succession_person_new (void)
{
  return g_object_new (SUCCESSION_TYPE_PERSON, NULL);
}

const char *
succession_person_get_id (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return self->id;
}

const char *
succession_person_get_name (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return self->name != NULL ? self->name : self->id;
}

const SuccessionText *
succession_person_get_names (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return self->names;
}

const char *
succession_person_get_display_name (SuccessionPerson  *self,
                                    const char *const *languages)
{
  const char *name;

  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);

  name = _succession_text_lookup_strict (self->names, languages);
  return name != NULL ? name : succession_person_get_name (self);
}

const char *
succession_person_get_sort_name (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return self->sort_name != NULL ? self->sort_name : succession_person_get_name (self);
}

const char *
succession_person_get_gender (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return self->gender;
}

const char *
succession_person_get_wikidata (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return self->wikidata;
}

const SuccessionDate *
succession_person_get_birth_date (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return &self->birth_date;
}

const SuccessionDate *
succession_person_get_death_date (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return &self->death_date;
}

GPtrArray *
succession_person_get_sources (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return self->sources;
}

GListModel *
succession_person_get_tenures (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), NULL);
  return _succession_list_model_from_array (&self->tenures_model, SUCCESSION_TYPE_TENURE, self->tenures);
}

guint
succession_person_get_n_tenures (SuccessionPerson *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON (self), 0);
  return self->tenures != NULL ? self->tenures->len : 0;
}
