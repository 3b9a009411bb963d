/* succession-timeline-accessible.c — what the timeline says to a screen reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-format.h"
#include "succession-timeline-private.h"

/* A bar as a screen reader says it: "Peng Zhen, Secretary-General of …, September 1979 to
 * September 1980, acting, dates uncertain". */
static char *
tenure_sentence (SuccessionTimeline *self,
                 SuccessionTenure   *tenure)
{
  g_autofree char           *holder = NULL;
  g_autofree char           *office = NULL;
  g_autofree char           *start = NULL;
  g_autofree char           *end = NULL;
  GString                   *out = g_string_new (NULL);
  guint                      row, lane, index;
  const SuccessionChartItem *item = NULL;

  if (succession_chart_data_find (self->data, tenure, &row, &lane, &index))
    {
      SuccessionChartLane *l = g_ptr_array_index (succession_chart_data_get_row (self->data, row)->lanes, lane);

      /* The holder and the office as the chart writes them, in the names it shows. */
      item = &g_array_index (l->items, SuccessionChartItem, index);
      holder = g_strdup (item->label);
      office = g_strdup (succession_chart_data_get_row (self->data, row)->label);
    }
  if (holder == NULL)
    holder = succession_format_holder (tenure, SUCCESSION_NAME_DISPLAY_AUTOMATIC);
  if (office == NULL)
    office = succession_format_office_name (succession_tenure_get_office (tenure), SUCCESSION_NAME_DISPLAY_AUTOMATIC);
  start = succession_format_date (succession_tenure_get_start_date (tenure));
  if (succession_tenure_get_end_status (tenure) != SUCCESSION_END_STATUS_ONGOING)
    end = succession_format_date (succession_tenure_get_end_date (tenure));

  g_string_append_printf (out, "%s%s%s", holder, C_ ("accessible row", ", "), office);
  if (start != NULL && *start != '\0' &&
      succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING)
    /* Translators: the span of a bar of the chart whose holder is in office, as a screen
     * reader says it, as in ", 10 March 2023 to the present" */
    g_string_append_printf (out, C_ ("accessible chart", ", %s to the present"), start);
  else if (start != NULL && *start != '\0' && end != NULL && *end != '\0')
    /* Translators: the span of a bar of the chart as a screen reader says it, as in
     * ", September 1979 to September 1980" */
    g_string_append_printf (out, C_ ("accessible chart", ", %s to %s"), start, end);
  else if (start != NULL && *start != '\0')
    /* Translators: a bar of the chart whose end is not known, as a screen reader says it */
    g_string_append_printf (out, C_ ("accessible chart", ", from %s, end not known"), start);
  else if (end != NULL && *end != '\0')
    /* Translators: a bar of the chart whose start is not known, as a screen reader says it */
    g_string_append_printf (out, C_ ("accessible chart", ", start not known, until %s"), end);
  if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_ACTING)
    /* Translators: said after a bar of the chart whose holder was acting */
    g_string_append (out, C_ ("accessible chart", ", acting"));
  if (item != NULL && (item->start_lo < item->start_hi || item->end_lo < item->end_hi || item->end_unknown))
    /* Translators: said after a bar of the chart whose start or end is known only within a
     * span (drawn as a fade), so that its holder possibly held the office longer or shorter */
    g_string_append (out, C_ ("accessible chart", ", possibly longer or shorter: dates uncertain"));
  return g_string_free (out, FALSE);
}

/* A day as wide as the shown span needs: years over a wide span, months over a few years, days
 * below. */
static char *
format_shown_day (double day,
                  double span)
{
  SuccessionDate date;

  succession_date_init_from_day (&date, (SuccessionDay) CLAMP (day, 1, MAX_SPAN_DAYS));
  if (span > 6 * 365.25)
    date.month = date.day = 0;
  else if (span > 120)
    date.day = 0;
  return succession_format_date (&date);
}

/* The chart's name is the bar that has the keyboard's focus, said as a sentence, or "Timeline
 * of …" when none has; its description says what is shown (the window of time, after a zoom
 * or a pan) and what there is. Both change only when they change: a screen reader hears a
 * name change on the focused widget as what to say. */
void
succession_timeline_update_accessible (SuccessionTimeline *self)
{
  g_autoptr(GString) offices = g_string_new (NULL);
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  g_autofree char *extent = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *title = NULL;
  double           first, last;

  if (self->data != NULL)
    for (guint i = 0; i < succession_chart_data_get_n_rows (self->data); i++)
      {
        if (i > 0)
          /* Translators: separates office names in "Timeline of A, B" */
          g_string_append (offices, _ (", "));
        g_string_append (offices, succession_chart_data_get_row (self->data, i)->label);
      }

  /* Translators: the accessible name of the chart; %s is one or more office names */
  title = g_strdup_printf (_ ("Timeline of %s"), offices->str);

  if (self->data != NULL && succession_chart_data_get_extent (self->data, &first, &last))
    {
      guint            n = succession_chart_data_get_n_items (self->data);
      SuccessionDate   from, to;
      g_autofree char *shown_from = format_shown_day (self->first_day, self->last_day - self->first_day);
      g_autofree char *shown_to = format_shown_day (self->last_day - 1, self->last_day - self->first_day);

      succession_date_init_from_day (&from, (SuccessionDay) first);
      succession_date_init_from_day (&to, (SuccessionDay) MAX (first, last - 1));
      /* Translators: the accessible description of the chart; %u is a number of tenures,
       * the two %d are years, "12 tenures from 1954 to 2023" */
      extent = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tenure from %d to %d",
                                             "%u tenures from %d to %d", n),
                                n, from.year, to.year);
      /* Translators: what the chart shows after a zoom or a pan, said by a screen reader;
       * the two %s are dates, "Shown: 1979 to 1985" */
      shown = g_strdup_printf (_ ("Shown: %s to %s"), shown_from, shown_to);
      /* Translators: the accessible description of the chart: its title, what is shown and
       * what there is, "Timeline of …. Shown: 1979 to 1985. 54 tenures from 1949 to 2026" */
      description = g_strdup_printf (_ ("%s. %s. %s"), title, shown, extent);
    }
  else
    description = g_strdup (_ ("No tenures"));

  if (self->focused != NULL && self->data != NULL)
    label = tenure_sentence (self, self->focused);
  else
    label = g_strdup (title);

  if (g_strcmp0 (label, self->accessible_label) != 0)
    {
      g_free (self->accessible_label);
      self->accessible_label = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  if (g_strcmp0 (description, self->accessible_description) != 0)
    {
      g_free (self->accessible_description);
      self->accessible_description = g_strdup (description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
    }
}
