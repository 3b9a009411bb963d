/* succession-term.c — a numbered term of a body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-term"

#include "config.h"

#include "succession-model-private.h"

G_DEFINE_FINAL_TYPE (SuccessionTerm, succession_term, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_NUMBER,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_succession_term_clear_links (SuccessionTerm *self)
{
  g_clear_object (&self->body);
}

static void
succession_term_finalize (GObject *object)
{
  SuccessionTerm *self = SUCCESSION_TERM (object);

  _succession_term_clear_links (self);
  g_free (self->id);
  g_free (self->name);
  g_free (self->classification);
  g_clear_pointer (&self->names, succession_text_unref);
  g_clear_pointer (&self->note, succession_text_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_term_parent_class)->finalize (object);
}

static void
succession_term_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SuccessionTerm *self = SUCCESSION_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;
    case PROP_BODY:
      g_value_set_object (value, self->body);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_term_class_init (SuccessionTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_term_finalize;
  object_class->get_property = succession_term_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] = g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] = g_param_spec_object ("body", NULL, NULL, SUCCESSION_TYPE_BODY,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_term_init (SuccessionTerm *self)
{
}

SuccessionTerm *
_succession_term_new (void)
{
  return g_object_new (SUCCESSION_TYPE_TERM, NULL);
}

const char *
succession_term_get_id (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);
  return self->id;
}

const char *
succession_term_get_name (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);
  return self->name != NULL ? self->name : self->id;
}

const SuccessionText *
succession_term_get_names (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);
  return self->names;
}

const char *
succession_term_get_display_name (SuccessionTerm    *self,
                                  const char *const *languages)
{
  const char *name;

  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);

  name = _succession_text_lookup_strict (self->names, languages);
  return name != NULL ? name : succession_term_get_name (self);
}

const char *
succession_term_get_classification (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);
  return self->classification;
}

SuccessionBody *
succession_term_get_body (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);
  return self->body;
}

int
succession_term_get_number (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), 0);
  return self->number;
}

const SuccessionDate *
succession_term_get_start_date (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);
  return &self->start_date;
}

const SuccessionDate *
succession_term_get_end_date (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);
  return &self->end_date;
}

GPtrArray *
succession_term_get_sources (SuccessionTerm *self)
{
  g_return_val_if_fail (SUCCESSION_IS_TERM (self), NULL);
  return self->sources;
}

SuccessionMatch
succession_term_covers (SuccessionTerm       *self,
                        const SuccessionDate *date)
{
  SuccessionDay s_lo, s_hi, e_lo, e_hi, d_lo, d_hi;

  g_return_val_if_fail (SUCCESSION_IS_TERM (self), SUCCESSION_MATCH_NO);
  g_return_val_if_fail (date != NULL && succession_date_is_set (date), SUCCESSION_MATCH_NO);

  if (!succession_date_is_set (&self->start_date))
    return SUCCESSION_MATCH_POSSIBLY;

  s_lo = succession_date_get_earliest (&self->start_date);
  s_hi = succession_date_get_latest (&self->start_date);
  /* A term without an end date is the current one. */
  e_lo = succession_date_is_set (&self->end_date) ? succession_date_get_earliest (&self->end_date) : SUCCESSION_DAY_MAX;
  e_hi = succession_date_is_set (&self->end_date) ? succession_date_get_latest (&self->end_date) : SUCCESSION_DAY_MAX;
  d_lo = succession_date_get_first_day (date);
  d_hi = succession_date_get_last_day (date);

  if (e_hi <= d_lo || s_lo > d_hi)
    return SUCCESSION_MATCH_NO;
  if (s_hi <= d_lo && e_lo > d_hi)
    return SUCCESSION_MATCH_YES;
  return SUCCESSION_MATCH_POSSIBLY;
}
