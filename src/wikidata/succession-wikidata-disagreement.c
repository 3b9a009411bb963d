/* succession-wikidata-disagreement.c — one difference between a dataset and Wikidata
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "succession-wikidata-disagreement-private.h"

G_DEFINE_FINAL_TYPE (SuccessionWikidataDisagreement, succession_wikidata_disagreement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LABEL,
  PROP_PERSON_NAME,
  PROP_DATASET_VALUE,
  PROP_WIKIDATA_VALUE,
  PROP_DATASET_SOURCE,
  PROP_WIKIDATA_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
succession_wikidata_disagreement_kind_to_string (SuccessionWikidataDisagreementKind kind)
{
  GEnumClass *klass = g_type_class_ref (SUCCESSION_TYPE_WIKIDATA_DISAGREEMENT_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  /* A static type's class and its nicks live as long as the program. */
  g_type_class_unref (klass);
  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

const char *
succession_wikidata_disagreement_kind_get_label (SuccessionWikidataDisagreementKind kind)
{
  switch (kind)
    {
    case SUCCESSION_WIKIDATA_DISAGREEMENT_ONLY_IN_DATASET:
      return _ ("Holder only in the dataset");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_ONLY_ON_WIKIDATA:
      return _ ("Holder only on Wikidata");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_START:
      return _ ("Different start");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_END:
      return _ ("Different end");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_START_PRECISION:
      return _ ("Start at another precision");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_END_PRECISION:
      return _ ("End at another precision");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_PREDECESSOR:
      return _ ("Different predecessor");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_SUCCESSOR:
      return _ ("Different successor");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_OVERLAP_IN_DATASET:
      return _ ("Overlap only in the dataset");
    case SUCCESSION_WIKIDATA_DISAGREEMENT_OVERLAP_ON_WIKIDATA:
      return _ ("Overlap only on Wikidata");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
succession_wikidata_disagreement_finalize (GObject *object)
{
  SuccessionWikidataDisagreement *self = SUCCESSION_WIKIDATA_DISAGREEMENT (object);

  g_clear_object (&self->office);
  g_clear_object (&self->tenure);
  g_free (self->office_wikidata);
  g_free (self->person_name);
  g_free (self->person_wikidata);
  g_free (self->statement);
  g_free (self->dataset_value);
  g_free (self->wikidata_value);
  g_free (self->dataset_source);
  g_free (self->wikidata_source);
  g_free (self->quickstatements);

  G_OBJECT_CLASS (succession_wikidata_disagreement_parent_class)->finalize (object);
}

static void
succession_wikidata_disagreement_get_property (GObject    *object,
                                               guint       prop_id,
                                               GValue     *value,
                                               GParamSpec *pspec)
{
  SuccessionWikidataDisagreement *self = SUCCESSION_WIKIDATA_DISAGREEMENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LABEL:
      g_value_set_string (value, succession_wikidata_disagreement_kind_get_label (self->kind));
      break;
    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;
    case PROP_DATASET_VALUE:
      g_value_set_string (value, self->dataset_value);
      break;
    case PROP_WIKIDATA_VALUE:
      g_value_set_string (value, self->wikidata_value);
      break;
    case PROP_DATASET_SOURCE:
      g_value_set_string (value, self->dataset_source);
      break;
    case PROP_WIKIDATA_SOURCE:
      g_value_set_string (value, self->wikidata_source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_wikidata_disagreement_class_init (SuccessionWikidataDisagreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_wikidata_disagreement_finalize;
  object_class->get_property = succession_wikidata_disagreement_get_property;

  /* Read-only, for list views to bind. */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SUCCESSION_TYPE_WIKIDATA_DISAGREEMENT_KIND, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_NAME] = g_param_spec_string ("person-name", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET_VALUE] = g_param_spec_string ("dataset-value", NULL, NULL, NULL,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIKIDATA_VALUE] = g_param_spec_string ("wikidata-value", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET_SOURCE] = g_param_spec_string ("dataset-source", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIKIDATA_SOURCE] = g_param_spec_string ("wikidata-source", NULL, NULL, NULL,
                                                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_wikidata_disagreement_init (SuccessionWikidataDisagreement *self)
{
}

SuccessionWikidataDisagreement *
_succession_wikidata_disagreement_new (SuccessionWikidataDisagreementKind kind)
{
  SuccessionWikidataDisagreement *self = g_object_new (SUCCESSION_TYPE_WIKIDATA_DISAGREEMENT, NULL);

  self->kind = kind;
  return self;
}

SuccessionWikidataDisagreementKind
succession_wikidata_disagreement_get_kind (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), 0);
  return self->kind;
}

SuccessionOffice *
succession_wikidata_disagreement_get_office (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->office;
}

const char *
succession_wikidata_disagreement_get_office_wikidata (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->office_wikidata;
}

const char *
succession_wikidata_disagreement_get_person_name (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->person_name;
}

const char *
succession_wikidata_disagreement_get_person_wikidata (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->person_wikidata;
}

SuccessionTenure *
succession_wikidata_disagreement_get_tenure (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->tenure;
}

const char *
succession_wikidata_disagreement_get_statement (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->statement;
}

const char *
succession_wikidata_disagreement_get_dataset_value (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->dataset_value;
}

const char *
succession_wikidata_disagreement_get_wikidata_value (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->wikidata_value;
}

const char *
succession_wikidata_disagreement_get_dataset_source (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->dataset_source;
}

const char *
succession_wikidata_disagreement_get_wikidata_source (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->wikidata_source;
}

const char *
succession_wikidata_disagreement_get_quickstatements (SuccessionWikidataDisagreement *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_DISAGREEMENT (self), NULL);
  return self->quickstatements;
}
