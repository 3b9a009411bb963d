/* succession-office.c — an office (Popolo post) and the queries on its holders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-office"

#include "config.h"

#include "succession-model-private.h"

G_DEFINE_FINAL_TYPE (SuccessionOffice, succession_office, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_BODY,
  PROP_SEATS,
  PROP_TENURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_succession_infobox_entry_free (SuccessionInfoboxEntry *entry)
{
  g_free (entry->key);
  g_clear_pointer (&entry->value, succession_text_unref);
  g_free (entry);
}

void
_succession_office_clear_links (SuccessionOffice *self)
{
  g_clear_object (&self->body);
  g_clear_object (&self->term_body);
  g_clear_object (&self->chair_office);
  g_clear_pointer (&self->councils, g_ptr_array_unref);
  g_clear_pointer (&self->tenures, g_ptr_array_unref);
  if (self->tenures_model != NULL)
    g_list_store_remove_all (self->tenures_model);
}

static void
succession_office_finalize (GObject *object)
{
  SuccessionOffice *self = SUCCESSION_OFFICE (object);

  _succession_office_clear_links (self);
  g_clear_object (&self->tenures_model);
  g_free (self->id);
  g_free (self->label);
  g_free (self->role);
  g_free (self->body_id);
  g_free (self->term_body_id);
  g_free (self->chair_office_id);
  g_free (self->wikidata);
  g_free (self->search_key);
  g_clear_pointer (&self->names, succession_text_unref);
  g_clear_pointer (&self->note, succession_text_unref);
  g_clear_pointer (&self->description, succession_text_unref);
  g_clear_pointer (&self->infobox, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_office_parent_class)->finalize (object);
}

static void
succession_office_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SuccessionOffice *self = SUCCESSION_OFFICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_BODY:
      g_value_set_object (value, self->body);
      break;
    case PROP_SEATS:
      g_value_set_uint (value, self->seats);
      break;
    case PROP_TENURES:
      g_value_set_object (value, succession_office_get_tenures (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_office_class_init (SuccessionOfficeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_office_finalize;
  object_class->get_property = succession_office_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] = g_param_spec_object ("body", NULL, NULL, SUCCESSION_TYPE_BODY,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEATS] = g_param_spec_uint ("seats", NULL, NULL, 0, G_MAXUINT, 1,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TENURES] = g_param_spec_object ("tenures", NULL, NULL, G_TYPE_LIST_MODEL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_office_init (SuccessionOffice *self)
{
  self->seats = 1;
  self->tenures = g_ptr_array_new_with_free_func (g_object_unref);
}

SuccessionOffice *
_succession_office_new (void)
{
  return g_object_new (SUCCESSION_TYPE_OFFICE, NULL);
}

void
_succession_office_notify_all (SuccessionOffice *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEATS]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
succession_office_get_id (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->id;
}

const char *
succession_office_get_label (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->label;
}

const SuccessionText *
succession_office_get_names (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->names;
}

const char *
succession_office_get_display_name (SuccessionOffice  *self,
                                    const char *const *languages)
{
  const char *name;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);

  name = _succession_text_lookup_strict (self->names, languages);
  return name != NULL ? name : self->label != NULL ? self->label
                                                   : self->id;
}

const char *
succession_office_get_role (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->role;
}

const char *
succession_office_get_wikidata (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->wikidata;
}

SuccessionBody *
succession_office_get_body (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->body;
}

SuccessionBody *
succession_office_get_term_body (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->term_body != NULL ? self->term_body : self->body;
}

SuccessionOffice *
succession_office_get_chair_office (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->chair_office;
}

guint
succession_office_get_seats (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), 1);
  return self->seats;
}

const SuccessionText *
succession_office_get_description (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->description;
}

guint
succession_office_get_n_infobox (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), 0);
  return self->infobox != NULL ? self->infobox->len : 0;
}

const char *
succession_office_get_infobox (SuccessionOffice      *self,
                               guint                  i,
                               const SuccessionText **value)
{
  SuccessionInfoboxEntry *entry;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  g_return_val_if_fail (i < succession_office_get_n_infobox (self), NULL);

  entry = g_ptr_array_index (self->infobox, i);
  if (value)
    *value = entry->value;
  return entry->key;
}

const SuccessionText *
succession_office_get_fact (SuccessionOffice *self,
                            const char       *key)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; self->infobox != NULL && i < self->infobox->len; i++)
    {
      SuccessionInfoboxEntry *entry = g_ptr_array_index (self->infobox, i);

      if (g_strcmp0 (entry->key, key) == 0)
        return entry->value;
    }
  return NULL;
}

GListModel *
succession_office_get_tenures (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return _succession_list_model_from_array (&self->tenures_model, SUCCESSION_TYPE_TENURE, self->tenures);
}

guint
succession_office_get_n_tenures (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), 0);
  return self->tenures != NULL ? self->tenures->len : 0;
}

SuccessionTenure *
succession_office_get_tenure (SuccessionOffice *self,
                              guint             i)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  g_return_val_if_fail (i < succession_office_get_n_tenures (self), NULL);
  return g_ptr_array_index (self->tenures, i);
}

GPtrArray *
succession_office_get_sources (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->sources;
}

gboolean
succession_office_is_synthesized (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), FALSE);
  return self->synthesized;
}

void
succession_office_holders_on (SuccessionOffice     *self,
                              const SuccessionDate *date,
                              GPtrArray            *holders,
                              GArray               *matches)
{
  g_return_if_fail (SUCCESSION_IS_OFFICE (self));
  g_return_if_fail (date != NULL && succession_date_is_set (date));
  g_return_if_fail (holders != NULL && matches != NULL);

  if (self->tenures == NULL)
    return;

  for (guint i = 0; i < self->tenures->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (self->tenures, i);
      SuccessionMatch   match = succession_tenure_covers (tenure, date);

      if (match == SUCCESSION_MATCH_NO)
        continue;

      g_ptr_array_add (holders, tenure);
      g_array_append_val (matches, match);
    }
}

SuccessionTenure *
succession_office_holder_on (SuccessionOffice     *self,
                             const SuccessionDate *date)
{
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
  SuccessionTenure *possible = NULL;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);

  succession_office_holders_on (self, date, holders, matches);

  for (guint i = 0; i < holders->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (holders, i);

      if (tenure->kind == SUCCESSION_TENURE_KIND_VACANCY)
        continue;
      if (g_array_index (matches, SuccessionMatch, i) == SUCCESSION_MATCH_YES)
        return tenure;
      if (possible == NULL)
        possible = tenure;
    }

  return possible;
}

SuccessionTenure *
succession_office_get_incumbent (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);

  if (self->tenures == NULL)
    return NULL;

  /* The latest to take office; of several elected the same day, the first elected (tenures are
   * sorted by start, then by the order of election). */
  for (guint i = self->tenures->len; i > 0; i--)
    {
      SuccessionTenure *tenure = g_ptr_array_index (self->tenures, i - 1);

      if (tenure->end_status == SUCCESSION_END_STATUS_ONGOING &&
          tenure->kind != SUCCESSION_TENURE_KIND_VACANCY)
        {
          for (guint j = i - 1; j > 0; j--)
            {
              SuccessionTenure *earlier = g_ptr_array_index (self->tenures, j - 1);

              if (!succession_date_equal (&earlier->start_date, &tenure->start_date))
                break;
              if (earlier->end_status == SUCCESSION_END_STATUS_ONGOING &&
                  earlier->kind != SUCCESSION_TENURE_KIND_VACANCY)
                tenure = earlier;
            }
          return tenure;
        }
    }

  return NULL;
}

void
succession_office_tenures_during (SuccessionOffice *self,
                                  SuccessionTenure *tenure,
                                  GPtrArray        *out)
{
  g_return_if_fail (SUCCESSION_IS_OFFICE (self));
  g_return_if_fail (SUCCESSION_IS_TENURE (tenure));
  g_return_if_fail (out != NULL);

  if (self->tenures == NULL)
    return;

  for (guint i = 0; i < self->tenures->len; i++)
    {
      SuccessionTenure *other = g_ptr_array_index (self->tenures, i);

      if (other != tenure && succession_tenure_overlap_days (tenure, other) != 0)
        g_ptr_array_add (out, other);
    }
}

GPtrArray *
succession_office_get_councils (SuccessionOffice *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), NULL);
  return self->councils;
}

int
succession_office_existence_on (SuccessionOffice     *self,
                                const SuccessionDate *date)
{
  SuccessionDay         first, last;
  const SuccessionDate *from[2], *until[2];

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (self), 0);
  g_return_val_if_fail (date != NULL && succession_date_is_set (date), 0);

  first = succession_date_get_first_day (date);
  last = succession_date_get_last_day (date);
  from[0] = &self->start_date;
  until[0] = &self->end_date;
  from[1] = self->body != NULL ? &self->body->founding_date : NULL;
  until[1] = self->body != NULL ? &self->body->dissolution_date : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (from); i++)
    {
      if (from[i] != NULL && succession_date_is_set (from[i]) && last < succession_date_get_earliest (from[i]))
        return -1;
      if (until[i] != NULL && succession_date_is_set (until[i]) && first > succession_date_get_latest (until[i]))
        return 1;
    }
  return 0;
}
