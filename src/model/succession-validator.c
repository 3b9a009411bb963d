/* succession-validator.c — checks across records: doubts that never block loading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-validator"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "succession-loader-private.h"

typedef struct
{
  SuccessionDay     day;
  int               delta; /* +1 at a start, -1 at an end */
  SuccessionTenure *tenure;
} SeatEvent;

static int
compare_seat_events (gconstpointer a,
                     gconstpointer b)
{
  const SeatEvent *ea = a;
  const SeatEvent *eb = b;

  if (ea->day != eb->day)
    return ea->day < eb->day ? -1 : 1;
  /* An end and a start on the same day is a handover, not two holders at once. */
  return ea->delta - eb->delta;
}

static void
push_tenure_path (SuccessionLoadContext *ctx,
                  SuccessionTenure      *tenure)
{
  _succession_load_path_push (ctx, "memberships", (int) succession_tenure_get_index (tenure));
}

/* More regular holders at once than the office has seats, counting only days every reading
 * of the dates agrees on. A sweep over starts and ends: O(n log n) per office. */
static void
check_seats (SuccessionLoadContext *ctx,
             SuccessionOffice      *office)
{
  g_autoptr(GArray) events = NULL;
  GPtrArray *tenures = office->tenures;
  guint      seats = succession_office_get_seats (office);
  int        holders = 0;

  if (seats == 0 || tenures == NULL || tenures->len <= seats)
    return;

  events = g_array_sized_new (FALSE, FALSE, sizeof (SeatEvent), tenures->len * 2);
  for (guint i = 0; i < tenures->len; i++)
    {
      SuccessionTenure     *tenure = g_ptr_array_index (tenures, i);
      SeatEvent             start, end;
      const SuccessionDate *s = succession_tenure_get_start_date (tenure);
      const SuccessionDate *e = succession_tenure_get_end_date (tenure);

      if (succession_tenure_get_kind (tenure) != SUCCESSION_TENURE_KIND_REGULAR || !succession_date_is_set (s))
        continue;

      start = (SeatEvent){ succession_date_get_latest (s), +1, tenure };
      if (succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING)
        end = (SeatEvent){ SUCCESSION_DAY_MAX, -1, tenure };
      else if (succession_date_is_set (e))
        end = (SeatEvent){ succession_date_get_earliest (e), -1, tenure };
      else
        end = (SeatEvent){ start.day + 1, -1, tenure };

      if (end.day <= start.day)
        continue;
      g_array_append_val (events, start);
      g_array_append_val (events, end);
    }

  g_array_sort (events, compare_seat_events);

  for (guint i = 0; i < events->len; i++)
    {
      SeatEvent *event = &g_array_index (events, SeatEvent, i);

      holders += event->delta;
      if (event->delta > 0 && holders > (int) seats)
        {
          SuccessionPerson *person = succession_tenure_get_person (event->tenure);
          const char       *name = person != NULL ? succession_person_get_name (person) : "?";

          push_tenure_path (ctx, event->tenure);
          _succession_load_warn (ctx, SUCCESSION_WARNING_SEATS, NULL,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%s would be one of %d regular holders of “%s” at once, which has %u seat",
                                              "%s would be one of %d regular holders of “%s” at once, which has %u seats",
                                              seats),
                                 name, holders, succession_office_get_id (office), seats);
          _succession_load_path_pop (ctx);
        }
    }
}

static void
check_tenure (SuccessionLoadContext *ctx,
              SuccessionTenure      *tenure)
{
  SuccessionPerson     *person = succession_tenure_get_person (tenure);
  const SuccessionDate *start = succession_tenure_get_start_date (tenure);
  GPtrArray            *sources = succession_tenure_get_sources (tenure);

  push_tenure_path (ctx, tenure);

  if ((sources == NULL || sources->len == 0) && succession_tenure_get_kind (tenure) != SUCCESSION_TENURE_KIND_VACANCY)
    _succession_load_warn (ctx, SUCCESSION_WARNING_NO_SOURCE, "sources", "%s", _ ("the tenure has no source"));

  if (person != NULL && succession_date_is_set (start))
    {
      const SuccessionDate *birth = succession_person_get_birth_date (person);
      const SuccessionDate *death = succession_person_get_death_date (person);

      if (succession_date_is_set (birth) &&
          succession_date_get_earliest (birth) > succession_date_get_latest (start))
        _succession_load_warn (ctx, SUCCESSION_WARNING_BORN_AFTER, "start_date",
                               _ ("%s takes office before being born"),
                               succession_person_get_name (person));

      if (succession_date_is_set (death) &&
          succession_date_get_latest (death) < succession_date_get_earliest (start))
        _succession_load_warn (ctx, SUCCESSION_WARNING_DEAD_BEFORE, "start_date",
                               _ ("%s takes office after dying"),
                               succession_person_get_name (person));
    }

  if (!succession_date_is_set (start) && succession_tenure_get_kind (tenure) != SUCCESSION_TENURE_KIND_VACANCY)
    _succession_load_warn (ctx, SUCCESSION_WARNING_NO_START, "start_date", "%s", _ ("the tenure has no start date"));

  _succession_load_path_pop (ctx);
}

void
_succession_load_validate (SuccessionLoadContext *ctx)
{
  SuccessionDataset *dataset = ctx->dataset;

  for (guint i = 0; i < dataset->tenures->len; i++)
    check_tenure (ctx, g_ptr_array_index (dataset->tenures, i));

  for (guint i = 0; i < dataset->offices->len; i++)
    check_seats (ctx, g_ptr_array_index (dataset->offices, i));
}
