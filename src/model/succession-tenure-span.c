/* succession-tenure-span.c — how far a tenure can reach, from everything the dataset knows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tenure's own dates are often partial ("1965-01", "before 1981-12-12") or missing. Read
 * alone, a missing start lets the tenure reach back to the beginning of time, and every query
 * then answers "possibly" for it. A historian reads the record in its context instead: nobody
 * holds an office before it exists, before they are born or after they die; a tenure that falls
 * in the 14th term alone did not begin during the 13th; and of a single-seat office, a holder
 * leaves no later than the successor arrives and arrives no earlier than the predecessor is
 * certainly gone. Every view and the command line ask this one place (through
 * succession_tenure_covers(), _overlap_days() and the earliest/latest days), so they agree.
 *
 * A bound from the context only ever narrows; where it contradicts the record's own dates (a
 * data error the validator reports), the record's dates win and the bound is dropped.
 */

#define G_LOG_DOMAIN "succession-model"

#include "config.h"

#include "succession-model-private.h"

static SuccessionDay
day_after (SuccessionDay day)
{
  return day >= SUCCESSION_DAY_MAX - 1 ? SUCCESSION_DAY_MAX : day + 1;
}

/* The span as read from the record alone. */
static SuccessionSpan
own_span (const SuccessionTenure *self)
{
  SuccessionSpan b;
  gboolean       has_start = succession_date_is_set (&self->start_date);
  gboolean       has_end = succession_date_is_set (&self->end_date);

  b.s_lo = has_start ? succession_date_get_earliest (&self->start_date) : SUCCESSION_DAY_MIN;
  b.s_hi = has_start ? succession_date_get_latest (&self->start_date) : SUCCESSION_DAY_MIN;

  if (self->end_status == SUCCESSION_END_STATUS_ONGOING)
    b.e_lo = b.e_hi = SUCCESSION_DAY_MAX;
  else if (has_end)
    {
      b.e_lo = succession_date_get_earliest (&self->end_date);
      b.e_hi = succession_date_get_latest (&self->end_date);
    }
  else
    {
      /* Ended some time after it began: only the start day is sure. */
      b.e_lo = b.s_hi == SUCCESSION_DAY_MIN ? SUCCESSION_DAY_MIN : b.s_hi + 1;
      b.e_hi = SUCCESSION_DAY_MAX;
    }

  /* With no start, the tenure began no later than it is known to be in office. */
  if (!has_start)
    b.s_hi = b.e_lo;
  /* An end known only as "before" a day still comes after the start. */
  else if (b.e_lo <= b.s_lo)
    b.e_lo = day_after (b.s_lo);

  return b;
}

/* The start lies no earlier than @day, unless the record says otherwise. */
static void
start_no_earlier (SuccessionSpan *b,
                  SuccessionDay   day)
{
  if (day > b->s_lo && day <= b->s_hi)
    b->s_lo = day;
}

/* The end lies no later than @day (the first day out of office), unless the record says
 * otherwise. An unknown end then has a last possible day. */
static void
end_no_later (SuccessionSpan *b,
              SuccessionDay   day)
{
  if (day < b->e_hi && day >= b->e_lo)
    b->e_hi = day;
}

static void
bound_by_dates (SuccessionSpan       *b,
                const SuccessionDate *from,
                const SuccessionDate *until)
{
  if (from != NULL && succession_date_is_set (from))
    start_no_earlier (b, succession_date_get_earliest (from));
  if (until != NULL && succession_date_is_set (until))
    end_no_later (b, day_after (succession_date_get_latest (until)));
}

/* A tenure that falls in terms T..U (and not in the one before T) began no earlier than T; one
 * that does not reach the term after U ended before that term was over. */
static void
bound_by_terms (SuccessionSpan         *b,
                const SuccessionTenure *self)
{
  SuccessionTerm *first = NULL, *last = NULL;
  SuccessionBody *body;

  if (self->terms == NULL || self->terms->len == 0)
    return;

  for (guint i = 0; i < self->terms->len; i++)
    {
      SuccessionTerm *term = g_ptr_array_index (self->terms, i);

      if (!succession_date_is_set (&term->start_date))
        return;
      if (first == NULL || succession_date_compare (&term->start_date, &first->start_date) < 0)
        first = term;
      if (last == NULL || succession_date_compare (&term->start_date, &last->start_date) > 0)
        last = term;
    }

  start_no_earlier (b, succession_date_get_earliest (&first->start_date));

  body = last->body;
  if (body == NULL || body->terms == NULL)
    return;
  for (guint i = 0; i + 1 < body->terms->len; i++)
    if (g_ptr_array_index (body->terms, i) == last)
      {
        SuccessionTerm *next = g_ptr_array_index (body->terms, i + 1);

        if (succession_date_is_set (&next->end_date))
          end_no_later (b, day_after (succession_date_get_latest (&next->end_date)));
        break;
      }
}

/* Of an office with one seat, the neighbours in the order of tenures bound each other. */
static void
bound_by_neighbours (SuccessionSpan         *b,
                     const SuccessionTenure *self)
{
  GPtrArray *tenures = self->office != NULL ? self->office->tenures : NULL;

  if (tenures == NULL || self->office->seats != 1 || self->kind == SUCCESSION_TENURE_KIND_ACTING)
    return;

  for (guint i = 0; i < tenures->len; i++)
    {
      if (g_ptr_array_index (tenures, i) != self)
        continue;

      /* Acting holders may overlap the regular ones; they bound nobody. */
      for (guint j = i; j > 0; j--)
        {
          SuccessionTenure *prev = g_ptr_array_index (tenures, j - 1);

          if (prev->kind == SUCCESSION_TENURE_KIND_ACTING)
            continue;
          start_no_earlier (b, own_span (prev).e_lo);
          break;
        }
      for (guint j = i + 1; j < tenures->len; j++)
        {
          SuccessionTenure *next = g_ptr_array_index (tenures, j);

          if (next->kind == SUCCESSION_TENURE_KIND_ACTING)
            continue;
          end_no_later (b, own_span (next).s_hi);
          break;
        }
      break;
    }
}

/* An ongoing tenure with no start: the sources that call the holder current were read on some
 * day, so the holder was in office by then. */
static void
bound_by_current_sources (SuccessionSpan         *b,
                          const SuccessionTenure *self)
{
  SuccessionDay seen = SUCCESSION_DAY_MAX;

  if (self->end_status != SUCCESSION_END_STATUS_ONGOING || succession_date_is_set (&self->start_date) ||
      self->sources == NULL)
    return;

  for (guint i = 0; i < self->sources->len; i++)
    {
      SuccessionSource *source = g_ptr_array_index (self->sources, i);

      if (succession_date_is_set (&source->accessed))
        seen = MIN (seen, succession_date_get_latest (&source->accessed));
    }
  if (seen != SUCCESSION_DAY_MAX && seen >= b->s_lo && seen < b->s_hi)
    b->s_hi = seen;
}

static SuccessionSpan
compute_span (const SuccessionTenure *self)
{
  SuccessionSpan b = own_span (self);
  gboolean       open_start = b.s_lo == SUCCESSION_DAY_MIN || b.s_lo < b.s_hi;
  gboolean       open_end = b.e_hi == SUCCESSION_DAY_MAX || b.e_lo < b.e_hi;

  if (!open_start && !open_end)
    return b;

  if (self->person != NULL)
    bound_by_dates (&b, &self->person->birth_date, &self->person->death_date);
  if (self->office != NULL)
    {
      bound_by_dates (&b, &self->office->start_date, &self->office->end_date);
      if (self->office->body != NULL)
        bound_by_dates (&b, &self->office->body->founding_date, &self->office->body->dissolution_date);
    }
  bound_by_terms (&b, self);
  bound_by_neighbours (&b, self);
  bound_by_current_sources (&b, self);

  /* A start that was open is now bounded below; an end with no record of its own is bounded
   * above. Keep the sure part consistent with the possible one. */
  if (!succession_date_is_set (&self->end_date) && self->end_status != SUCCESSION_END_STATUS_ONGOING &&
      b.e_lo > b.e_hi)
    b.e_lo = b.e_hi;

  return b;
}

void
_succession_tenure_get_span (SuccessionTenure *self,
                             SuccessionSpan   *out)
{
  /* The model is read-only once loaded, so the span is worked out once. */
  if (!self->span_known)
    {
      self->span = compute_span (self);
      self->span_known = TRUE;
    }
  *out = self->span;
}

void
_succession_tenure_forget_span (SuccessionTenure *self)
{
  self->span_known = FALSE;
}
