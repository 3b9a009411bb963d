/* succession-property-row.c — a row that shows one fact: a title and its value, as plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-property-row"

#include "config.h"

#include "succession-property-row.h"

GtkWidget *
succession_property_row_new (const char *title,
                             const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names from a researcher's file may hold "<b>" or "&": never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");

  return row;
}
