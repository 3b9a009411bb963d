/* succession-body.c — a body (Popolo organization)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-body"

#include "config.h"

#include "succession-model-private.h"

G_DEFINE_FINAL_TYPE (SuccessionBody, succession_body, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CLASSIFICATION,
  PROP_PARENT,
  PROP_CHILDREN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_succession_body_clear_links (SuccessionBody *self)
{
  g_clear_object (&self->parent);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->member_offices, g_ptr_array_unref);
  if (self->children_model != NULL)
    g_list_store_remove_all (self->children_model);
}

static void
succession_body_finalize (GObject *object)
{
  SuccessionBody *self = SUCCESSION_BODY (object);

  _succession_body_clear_links (self);
  g_clear_object (&self->children_model);
  g_free (self->id);
  g_free (self->name);
  g_free (self->classification);
  g_free (self->parent_id);
  g_strfreev (self->member_office_ids);
  g_free (self->search_key);
  g_clear_pointer (&self->names, succession_text_unref);
  g_clear_pointer (&self->note, succession_text_unref);
  g_clear_pointer (&self->description, succession_text_unref);
  g_clear_pointer (&self->rank, succession_text_unref);
  g_clear_pointer (&self->address, succession_text_unref);
  g_clear_pointer (&self->predecessor_name, succession_text_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_body_parent_class)->finalize (object);
}

static void
succession_body_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SuccessionBody *self = SUCCESSION_BODY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CLASSIFICATION:
      g_value_set_string (value, self->classification);
      break;
    case PROP_PARENT:
      g_value_set_object (value, self->parent);
      break;
    case PROP_CHILDREN:
      g_value_set_object (value, succession_body_get_children (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_body_class_init (SuccessionBodyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_body_finalize;
  object_class->get_property = succession_body_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLASSIFICATION] = g_param_spec_string ("classification", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT] = g_param_spec_object ("parent", NULL, NULL, SUCCESSION_TYPE_BODY,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILDREN] = g_param_spec_object ("children", NULL, NULL, G_TYPE_LIST_MODEL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_body_init (SuccessionBody *self)
{
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
  self->offices = g_ptr_array_new_with_free_func (g_object_unref);
  self->terms = g_ptr_array_new_with_free_func (g_object_unref);
}

SuccessionBody *
_succession_body_new (void)
{
  return g_object_new (SUCCESSION_TYPE_BODY, NULL);
}

const char *
succession_body_get_id (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->id;
}

const char *
succession_body_get_name (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->name;
}

const SuccessionText *
succession_body_get_names (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->names;
}

const char *
succession_body_get_display_name (SuccessionBody    *self,
                                  const char *const *languages)
{
  const char *name;

  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);

  name = _succession_text_lookup_strict (self->names, languages);
  return name != NULL ? name : self->name != NULL ? self->name
                                                  : self->id;
}

const char *
succession_body_get_classification (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->classification;
}

SuccessionBody *
succession_body_get_parent (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->parent;
}

GListModel *
succession_body_get_children (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return _succession_list_model_from_array (&self->children_model, SUCCESSION_TYPE_BODY, self->children);
}

guint
succession_body_get_n_children (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), 0);
  return self->children != NULL ? self->children->len : 0;
}

GPtrArray *
succession_body_get_offices (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->offices;
}

GPtrArray *
succession_body_get_terms (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->terms;
}

const SuccessionDate *
succession_body_get_founding_date (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return &self->founding_date;
}

const SuccessionDate *
succession_body_get_dissolution_date (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return &self->dissolution_date;
}

const SuccessionText *
succession_body_get_description (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->description;
}

const SuccessionText *
succession_body_get_rank (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->rank;
}

const SuccessionText *
succession_body_get_address (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->address;
}

const SuccessionText *
succession_body_get_predecessor_name (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->predecessor_name;
}

const SuccessionDate *
succession_body_get_predecessor_founding_date (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return &self->predecessor_founding_date;
}

GPtrArray *
succession_body_get_sources (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->sources;
}

guint
succession_body_get_depth (SuccessionBody *self)
{
  guint depth = 0;

  g_return_val_if_fail (SUCCESSION_IS_BODY (self), 0);

  /* The loader refuses cycles, so this ends. */
  for (SuccessionBody *b = self->parent; b != NULL; b = b->parent)
    depth++;

  return depth;
}

GPtrArray *
succession_body_get_member_offices (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), NULL);
  return self->member_offices;
}

gboolean
succession_body_is_council (SuccessionBody *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY (self), FALSE);
  return self->member_offices != NULL && self->member_offices->len > 0;
}

void
succession_body_members_on (SuccessionBody       *self,
                            const SuccessionDate *date,
                            GPtrArray            *members,
                            GArray               *matches)
{
  g_return_if_fail (SUCCESSION_IS_BODY (self));
  g_return_if_fail (date != NULL && succession_date_is_set (date));
  g_return_if_fail (members != NULL && matches != NULL);

  if (self->member_offices == NULL)
    return;

  /* A council sits only while it exists: nobody is a member before its founding. */
  if (succession_date_is_set (&self->founding_date) &&
      succession_date_get_latest (date) < succession_date_get_earliest (&self->founding_date))
    return;

  for (guint i = 0; i < self->member_offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (self->member_offices, i);
      guint             first = members->len;

      succession_office_holders_on (office, date, members, matches);
      /* A vacancy is not a member. */
      for (guint j = members->len; j > first; j--)
        if (succession_tenure_get_kind (g_ptr_array_index (members, j - 1)) == SUCCESSION_TENURE_KIND_VACANCY)
          {
            g_ptr_array_remove_index (members, j - 1);
            g_array_remove_index (matches, j - 1);
          }
    }
}

void
succession_body_members_during (SuccessionBody   *self,
                                SuccessionTenure *tenure,
                                GPtrArray        *members)
{
  g_return_if_fail (SUCCESSION_IS_BODY (self));
  g_return_if_fail (SUCCESSION_IS_TENURE (tenure));
  g_return_if_fail (members != NULL);

  if (self->member_offices == NULL || tenure->kind == SUCCESSION_TENURE_KIND_VACANCY)
    return;

  for (guint i = 0; i < self->member_offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (self->member_offices, i);
      guint             first = members->len;

      succession_office_tenures_during (office, tenure, members);
      for (guint j = members->len; j > first; j--)
        {
          SuccessionTenure *other = g_ptr_array_index (members, j - 1);

          if (other == tenure || other->kind == SUCCESSION_TENURE_KIND_VACANCY)
            g_ptr_array_remove_index (members, j - 1);
        }
    }
}
