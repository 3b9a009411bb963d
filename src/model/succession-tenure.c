/* succession-tenure.c — one spell of one person in one office
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-tenure"

#include "config.h"

#include "succession-model-private.h"

G_DEFINE_FINAL_TYPE (SuccessionTenure, succession_tenure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON,
  PROP_OFFICE,
  PROP_BODY,
  PROP_KIND,
  PROP_END_STATUS,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_succession_date_alternative_free (SuccessionDateAlternative *alt)
{
  g_clear_pointer (&alt->sources, g_ptr_array_unref);
  g_clear_pointer (&alt->note, succession_text_unref);
  g_free (alt);
}

void
_succession_tenure_clear_links (SuccessionTenure *self)
{
  g_clear_object (&self->person);
  g_clear_object (&self->office);
  g_clear_object (&self->body);
  g_clear_object (&self->on_behalf_of);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
}

static void
succession_tenure_finalize (GObject *object)
{
  SuccessionTenure *self = SUCCESSION_TENURE (object);

  _succession_tenure_clear_links (self);
  g_free (self->id);
  g_free (self->role);
  g_free (self->label);
  g_clear_pointer (&self->concurrent_offices, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->alternatives, g_ptr_array_unref);
  g_clear_pointer (&self->note, succession_text_unref);
  g_strfreev (self->note_ids);

  G_OBJECT_CLASS (succession_tenure_parent_class)->finalize (object);
}

static void
succession_tenure_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SuccessionTenure *self = SUCCESSION_TENURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;
    case PROP_OFFICE:
      g_value_set_object (value, self->office);
      break;
    case PROP_BODY:
      g_value_set_object (value, self->body);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_END_STATUS:
      g_value_set_enum (value, self->end_status);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_tenure_class_init (SuccessionTenureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_tenure_finalize;
  object_class->get_property = succession_tenure_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON] = g_param_spec_object ("person", NULL, NULL, SUCCESSION_TYPE_PERSON,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFICE] = g_param_spec_object ("office", NULL, NULL, SUCCESSION_TYPE_OFFICE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] = g_param_spec_object ("body", NULL, NULL, SUCCESSION_TYPE_BODY,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SUCCESSION_TYPE_TENURE_KIND,
                                             SUCCESSION_TENURE_KIND_REGULAR,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_STATUS] = g_param_spec_enum ("end-status", NULL, NULL, SUCCESSION_TYPE_END_STATUS,
                                                   SUCCESSION_END_STATUS_ENDED,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_tenure_init (SuccessionTenure *self)
{
}

SuccessionTenure *
_succession_tenure_new (void)
{
  return g_object_new (SUCCESSION_TYPE_TENURE, NULL);
}

void
_succession_tenure_notify_all (SuccessionTenure *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_PERSON; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

int
_succession_tenure_compare (gconstpointer a,
                            gconstpointer b)
{
  const SuccessionTenure *ta = *(SuccessionTenure *const *) a;
  const SuccessionTenure *tb = *(SuccessionTenure *const *) b;
  int                     cmp;

  if ((cmp = succession_date_compare (&ta->start_date, &tb->start_date)) != 0)
    return cmp;
  /* Holders elected on one day keep the order of the election, whoever left first. */
  if (ta->sort_order != tb->sort_order)
    return ta->sort_order < tb->sort_order ? -1 : 1;
  if ((cmp = succession_date_compare (&ta->end_date, &tb->end_date)) != 0)
    return cmp;
  return (ta->index > tb->index) - (ta->index < tb->index);
}

const char *
succession_tenure_get_id (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->id;
}

SuccessionPerson *
succession_tenure_get_person (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->person;
}

SuccessionOffice *
succession_tenure_get_office (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->office;
}

SuccessionBody *
succession_tenure_get_body (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->body;
}

SuccessionBody *
succession_tenure_get_on_behalf_of (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->on_behalf_of;
}

const char *
succession_tenure_get_role (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->role;
}

SuccessionTenureKind
succession_tenure_get_kind (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), SUCCESSION_TENURE_KIND_REGULAR);
  return self->kind;
}

SuccessionEndStatus
succession_tenure_get_end_status (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), SUCCESSION_END_STATUS_UNKNOWN);
  return self->end_status;
}

const SuccessionDate *
succession_tenure_get_start_date (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return &self->start_date;
}

const SuccessionDate *
succession_tenure_get_end_date (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return &self->end_date;
}

GPtrArray *
succession_tenure_get_terms (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->terms;
}

GPtrArray *
succession_tenure_get_concurrent_offices (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->concurrent_offices;
}

GPtrArray *
succession_tenure_get_sources (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->sources;
}

const SuccessionText *
succession_tenure_get_note (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  return self->note;
}

guint
succession_tenure_get_n_date_alternatives (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), 0);
  return self->alternatives != NULL ? self->alternatives->len : 0;
}

const SuccessionDate *
succession_tenure_get_date_alternative (SuccessionTenure      *self,
                                        guint                  i,
                                        gboolean              *is_end,
                                        GPtrArray            **sources,
                                        const SuccessionText **note)
{
  SuccessionDateAlternative *alt;

  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), NULL);
  g_return_val_if_fail (i < succession_tenure_get_n_date_alternatives (self), NULL);

  alt = g_ptr_array_index (self->alternatives, i);
  if (is_end)
    *is_end = alt->is_end;
  if (sources)
    *sources = alt->sources;
  if (note)
    *note = alt->note;
  return &alt->date;
}

guint
succession_tenure_get_index (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), 0);
  return self->index;
}

typedef SuccessionSpan Bounds;

static Bounds
tenure_bounds (SuccessionTenure *self)
{
  Bounds b;

  _succession_tenure_get_span (self, &b);
  return b;
}

SuccessionDay
succession_tenure_get_earliest_day (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), 0);
  return tenure_bounds (self).s_lo;
}

void
succession_tenure_get_bounds (SuccessionTenure *self,
                              SuccessionDay    *start_lo,
                              SuccessionDay    *start_hi,
                              SuccessionDay    *end_lo,
                              SuccessionDay    *end_hi)
{
  Bounds b;

  g_return_if_fail (SUCCESSION_IS_TENURE (self));

  b = tenure_bounds (self);
  *start_lo = b.s_lo;
  *start_hi = b.s_hi;
  *end_lo = b.e_lo;
  *end_hi = b.e_hi;
}

SuccessionDay
succession_tenure_get_latest_day (SuccessionTenure *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), 0);
  return tenure_bounds (self).e_hi;
}

SuccessionMatch
succession_tenure_covers (SuccessionTenure     *self,
                          const SuccessionDate *date)
{
  Bounds        b;
  SuccessionDay d_lo, d_hi;

  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), SUCCESSION_MATCH_NO);
  g_return_val_if_fail (date != NULL && succession_date_is_set (date), SUCCESSION_MATCH_NO);

  b = tenure_bounds (self);
  d_lo = succession_date_get_first_day (date);
  d_hi = succession_date_get_last_day (date);

  /* Held at some point of the period for sure: a day of it lies between the latest possible
   * start and the earliest possible end ("in 1988" holds both sides of an April handover). */
  if (b.e_hi <= d_lo || b.s_lo > d_hi)
    return SUCCESSION_MATCH_NO;
  if (MAX (b.s_hi, d_lo) < MIN ((gint64) b.e_lo, (gint64) d_hi + 1))
    return SUCCESSION_MATCH_YES;
  return SUCCESSION_MATCH_POSSIBLY;
}

int
succession_tenure_overlap_days (SuccessionTenure *self,
                                SuccessionTenure *other)
{
  Bounds a, b;
  gint64 sure, possible;

  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), 0);
  g_return_val_if_fail (SUCCESSION_IS_TENURE (other), 0);

  a = tenure_bounds (self);
  b = tenure_bounds (other);

  sure = (gint64) MIN (a.e_lo, b.e_lo) - (gint64) MAX (a.s_hi, b.s_hi);
  if (sure > 0)
    return (int) MIN (sure, G_MAXINT);

  possible = (gint64) MIN (a.e_hi, b.e_hi) - (gint64) MAX (a.s_lo, b.s_lo);
  return possible > 0 ? -1 : 0;
}

gboolean
succession_tenure_get_duration (SuccessionTenure     *self,
                                const SuccessionDate *today,
                                int                  *years,
                                int                  *months,
                                int                  *days)
{
  g_return_val_if_fail (SUCCESSION_IS_TENURE (self), FALSE);

  if (self->end_status == SUCCESSION_END_STATUS_ONGOING)
    return today != NULL && succession_date_duration (&self->start_date, today, years, months, days);

  return succession_date_duration (&self->start_date, &self->end_date, years, months, days);
}
