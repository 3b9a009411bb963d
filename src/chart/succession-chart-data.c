/* succession-chart-data.c — rows, lanes and items of a succession chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "succession-chart-data.h"

/* An end no source gives is drawn as a fade of at most this long, or up to the next
 * tenure, whichever comes first: long enough to see, short enough not to claim anything. */
#define UNKNOWN_END_FADE_DAYS 365.0

struct _SuccessionChartData
{
  gatomicrefcount ref_count;
  GPtrArray      *rows;         /* SuccessionChartRow */
  GPtrArray      *offices;      /* refs held for the items' borrowed tenures */
  GArray         *lanes_before; /* guint per row */
  SuccessionDay   today;
  guint           n_lanes;
  guint           n_items;
  double          first_day;
  double          last_day;
};

G_DEFINE_BOXED_TYPE (SuccessionChartData, succession_chart_data, succession_chart_data_ref, succession_chart_data_unref)

static void
item_clear (gpointer data)
{
  SuccessionChartItem *item = data;

  g_free (item->label);
  g_free (item->short_label);
  g_free (item->family_label);
}

static void
lane_free (SuccessionChartLane *lane)
{
  g_array_unref (lane->items);
  g_free (lane);
}

static void
row_free (SuccessionChartRow *row)
{
  g_free (row->label);
  g_clear_pointer (&row->lanes, g_ptr_array_unref);
  g_free (row);
}

static gboolean
item_init (SuccessionChartItem  *item,
           SuccessionTenure     *tenure,
           SuccessionNameDisplay display,
           SuccessionDay         today)
{
  const SuccessionDate *start = succession_tenure_get_start_date (tenure);
  const SuccessionDate *end = succession_tenure_get_end_date (tenure);
  SuccessionEndStatus   status = succession_tenure_get_end_status (tenure);

  memset (item, 0, sizeof *item);

  /* A tenure with no start date has no place on a time axis; the table still lists it. */
  if (!succession_date_is_set (start))
    return FALSE;

  item->tenure = tenure;
  item->kind = succession_tenure_get_kind (tenure);

  /* The model's bounds, narrowed by all the dataset knows (the successor's start, the
   * holder's death, the terms), so the fades show what is really uncertain. */
  {
    SuccessionDay s_lo, s_hi, e_lo, e_hi;

    succession_tenure_get_bounds (tenure, &s_lo, &s_hi, &e_lo, &e_hi);
    item->start_lo = s_lo;
    item->start_hi = s_hi;
    item->end_lo = e_lo;
    item->end_hi = e_hi;
  }

  if (status == SUCCESSION_END_STATUS_ONGOING)
    {
      item->ongoing = TRUE;
      item->end_lo = item->end_hi = MAX ((double) today, item->start_hi);
    }
  else if (!succession_date_is_set (end))
    {
      /* Known to be in office from its start; how long after, only a fade can say. */
      item->end_unknown = TRUE;
      item->end_lo = MAX (item->end_lo, item->start_hi + 1.0);
      if (item->end_hi >= SUCCESSION_DAY_MAX - 1.0)
        item->end_hi = item->end_lo + UNKNOWN_END_FADE_DAYS;
    }

  /* Qualifiers can leave a bound at the end of time; keep bars finite and ordered. */
  if (item->start_lo <= SUCCESSION_DAY_MIN + 1.0)
    item->start_lo = item->start_hi - UNKNOWN_END_FADE_DAYS;
  if (item->end_hi >= SUCCESSION_DAY_MAX - 1.0)
    item->end_hi = item->end_lo + UNKNOWN_END_FADE_DAYS;
  item->end_lo = MAX (item->end_lo, item->start_hi);
  item->end_hi = MAX (item->end_hi, item->end_lo);

  item->label = succession_format_holder (tenure, display);

  /* Pinyin and English names shorten to their first word, the family name, marked as cut;
   * a name in characters is already short and is kept whole. The cut is made in the name as
   * the data has it, then isolated, so the mark of the cut stays outside the name. */
  {
    g_autofree char *plain = succession_format_holder_plain (tenure, display);
    const char      *space = strchr (plain, ' ');

    if (space != NULL && space != plain)
      {
        g_autofree char *family = g_strndup (plain, space - plain);
        g_autofree char *isolated = succession_format_isolate (family);

        item->short_label = g_strconcat (isolated, "…", NULL);
        item->family_label = g_steal_pointer (&isolated);
      }
    /* A name in Chinese characters is written family name first with no space: its first
     * character is the family name. */
    else if (space == NULL && g_utf8_strlen (plain, -1) >= 2 &&
             g_unichar_iswide (g_utf8_get_char (plain)))
      {
        g_autofree char *family = g_utf8_substring (plain, 0, 1);
        g_autofree char *isolated = succession_format_isolate (family);

        item->short_label = g_strconcat (isolated, "…", NULL);
        item->family_label = g_steal_pointer (&isolated);
      }
  }

  return TRUE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SuccessionChartItem *ia = a;
  const SuccessionChartItem *ib = b;
  double                     ma = (ia->start_lo + ia->start_hi) / 2;
  double                     mb = (ib->start_lo + ib->start_hi) / 2;

  if (ma != mb)
    return ma < mb ? -1 : 1;
  return (int) succession_tenure_get_index (ia->tenure) - (int) succession_tenure_get_index (ib->tenure);
}

/* Interval partitioning on the middle of each fuzzy end: a handover in the same month
 * stays in one lane and the two fades cross, instead of splitting the office in two. */
static GPtrArray *
build_lanes (GArray *items)
{
  GPtrArray *lanes = g_ptr_array_new_with_free_func ((GDestroyNotify) lane_free);
  g_autoptr(GArray) lane_ends = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_sort (items, compare_items);

  for (guint i = 0; i < items->len; i++)
    {
      SuccessionChartItem *item = &g_array_index (items, SuccessionChartItem, i);
      double               start_mid = (item->start_lo + item->start_hi) / 2;
      double               end_mid = (item->end_lo + item->end_hi) / 2;
      SuccessionChartLane *lane = NULL;
      guint                l;

      for (l = 0; l < lanes->len; l++)
        {
          if (g_array_index (lane_ends, double, l) <= start_mid + 0.5)
            {
              lane = g_ptr_array_index (lanes, l);
              break;
            }
        }

      if (lane == NULL)
        {
          lane = g_new0 (SuccessionChartLane, 1);
          lane->items = g_array_new (FALSE, FALSE, sizeof (SuccessionChartItem));
          g_array_set_clear_func (lane->items, item_clear);
          g_ptr_array_add (lanes, lane);
          g_array_append_val (lane_ends, end_mid);
          l = lanes->len - 1;
        }

      g_array_index (lane_ends, double, l) = MAX (end_mid, start_mid + 1);
      /* A lane's items go in the order they start: succession_chart_lane_search() relies on it. */
      g_assert (lane->items->len == 0 ||
                start_mid >= (g_array_index (lane->items, SuccessionChartItem, lane->items->len - 1).start_lo +
                              g_array_index (lane->items, SuccessionChartItem, lane->items->len - 1).start_hi) /
                               2);
      g_array_append_val (lane->items, *item);
    }

  /* The items moved into the lanes; their labels now belong there. */
  g_array_set_clear_func (items, NULL);
  return lanes;
}

/* An unknown end fades out at the latest where the next tenure in its lane begins. */
static void
trim_unknown_ends (SuccessionChartLane *lane)
{
  for (guint i = 0; i + 1 < lane->items->len; i++)
    {
      SuccessionChartItem *item = &g_array_index (lane->items, SuccessionChartItem, i);
      SuccessionChartItem *next = &g_array_index (lane->items, SuccessionChartItem, i + 1);

      if (item->end_unknown && item->end_hi > next->start_lo)
        item->end_hi = MAX (item->end_lo, next->start_lo);
    }
}

SuccessionChartData *
succession_chart_data_new (GPtrArray            *offices,
                           SuccessionNameDisplay display,
                           SuccessionDay         today)
{
  SuccessionChartData *self;

  g_return_val_if_fail (offices != NULL, NULL);

  self = g_new0 (SuccessionChartData, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->offices = g_ptr_array_new_with_free_func (g_object_unref);
  self->lanes_before = g_array_new (FALSE, FALSE, sizeof (guint));
  self->today = today;
  self->first_day = INFINITY;
  self->last_day = -INFINITY;

  for (guint i = 0; i < offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (offices, i);
      g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (SuccessionChartItem));
      SuccessionChartRow *row = g_new0 (SuccessionChartRow, 1);
      guint               n = succession_office_get_n_tenures (office);

      g_array_set_clear_func (items, item_clear);
      g_ptr_array_add (self->offices, g_object_ref (office));

      for (guint j = 0; j < n; j++)
        {
          SuccessionChartItem item;

          if (!item_init (&item, succession_office_get_tenure (office, j), display, today))
            continue;
          g_array_append_val (items, item);
          self->first_day = MIN (self->first_day, item.start_lo);
          self->last_day = MAX (self->last_day, item.end_hi);
        }

      row->office = office;
      row->label = succession_format_office_name (office, display);
      row->term_body = succession_office_get_term_body (office);
      if (row->term_body != NULL && succession_body_get_terms (row->term_body)->len == 0)
        row->term_body = NULL;
      self->n_items += items->len;
      row->lanes = build_lanes (items);
      for (guint l = 0; l < row->lanes->len; l++)
        trim_unknown_ends (g_ptr_array_index (row->lanes, l));

      /* An office with no tenure on the axis still gets its row, so nothing silently vanishes. */
      g_array_append_val (self->lanes_before, self->n_lanes);
      self->n_lanes += MAX (1, row->lanes->len);
      g_ptr_array_add (self->rows, row);
    }

  return self;
}

SuccessionChartData *
succession_chart_data_new_today (GPtrArray            *offices,
                                 SuccessionNameDisplay display)
{
  SuccessionDate today;

  succession_date_init_today (&today);
  return succession_chart_data_new (offices, display, succession_date_get_first_day (&today));
}

SuccessionChartData *
succession_chart_data_ref (SuccessionChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
succession_chart_data_unref (SuccessionChartData *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->offices);
  g_array_unref (self->lanes_before);
  g_free (self);
}

guint
succession_chart_data_get_n_rows (SuccessionChartData *self)
{
  return self->rows->len;
}

SuccessionChartRow *
succession_chart_data_get_row (SuccessionChartData *self,
                               guint                i)
{
  g_return_val_if_fail (i < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, i);
}

guint
succession_chart_data_get_n_lanes (SuccessionChartData *self)
{
  return self->n_lanes;
}

guint
succession_chart_data_get_n_items (SuccessionChartData *self)
{
  return self->n_items;
}

guint
succession_chart_data_get_lanes_before (SuccessionChartData *self,
                                        guint                row)
{
  g_return_val_if_fail (row <= self->rows->len, 0);

  if (row == self->rows->len)
    return self->n_lanes;
  return g_array_index (self->lanes_before, guint, row);
}

gboolean
succession_chart_data_get_extent (SuccessionChartData *self,
                                  double              *first_day,
                                  double              *last_day)
{
  if (self->n_items == 0)
    return FALSE;

  *first_day = self->first_day;
  *last_day = self->last_day;
  return TRUE;
}

gboolean
succession_chart_data_has_items_between (SuccessionChartData *self,
                                         double               first_day,
                                         double               last_day)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      SuccessionChartRow *row = g_ptr_array_index (self->rows, r);

      for (guint l = 0; l < row->lanes->len; l++)
        {
          SuccessionChartLane *lane = g_ptr_array_index (row->lanes, l);

          for (guint i = 0; i < lane->items->len; i++)
            {
              SuccessionChartItem *item = &g_array_index (lane->items, SuccessionChartItem, i);

              if ((isnan (last_day) || item->start_lo <= last_day) && (isnan (first_day) || item->end_hi > first_day))
                return TRUE;
            }
        }
    }
  return FALSE;
}

SuccessionDay
succession_chart_data_get_today (SuccessionChartData *self)
{
  return self->today;
}

gboolean
succession_chart_data_find (SuccessionChartData *self,
                            SuccessionTenure    *tenure,
                            guint               *row,
                            guint               *lane,
                            guint               *index)
{
  for (guint r = 0; r < self->rows->len; r++)
    {
      SuccessionChartRow *chart_row = g_ptr_array_index (self->rows, r);

      if (chart_row->office != succession_tenure_get_office (tenure))
        continue;

      for (guint l = 0; l < chart_row->lanes->len; l++)
        {
          SuccessionChartLane *chart_lane = g_ptr_array_index (chart_row->lanes, l);

          for (guint i = 0; i < chart_lane->items->len; i++)
            {
              if (g_array_index (chart_lane->items, SuccessionChartItem, i).tenure == tenure)
                {
                  *row = r;
                  *lane = l;
                  *index = i;
                  return TRUE;
                }
            }
        }
    }

  return FALSE;
}

guint
succession_chart_lane_search (SuccessionChartLane *lane,
                              double               day)
{
  guint lo = 0, hi = lane->items->len;

  /* Items of a lane do not overlap, so their ends are (nearly) sorted too. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (lane->items, SuccessionChartItem, mid).end_hi <= day)
        lo = mid + 1;
      else
        hi = mid;
    }

  /* A wide uncertain end can reach past a shorter successor's; step back over those. */
  while (lo > 0 && g_array_index (lane->items, SuccessionChartItem, lo - 1).end_hi > day)
    lo--;

  return lo;
}
