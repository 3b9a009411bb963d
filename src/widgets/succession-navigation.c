/* succession-navigation.c — asking the window for a page, from any widget in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-navigation.h"

void
succession_navigation_open (GtkWidget                  *from,
                            const SuccessionPageTarget *target)
{
  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (target != NULL);

  switch (target->kind)
    {
    case SUCCESSION_PAGE_OFFICE:
      gtk_widget_activate_action (from, "win.show-office", "s", target->id);
      break;
    case SUCCESSION_PAGE_PERSON:
      gtk_widget_activate_action (from, "win.show-person", "s", target->id);
      break;
    case SUCCESSION_PAGE_BODY:
      gtk_widget_activate_action (from, "win.show-body", "s", target->id);
      break;
    case SUCCESSION_PAGE_DATE:
      gtk_widget_activate_action (from, "win.show-date", NULL);
      break;
    case SUCCESSION_PAGE_CHART:
    default:
      gtk_widget_activate_action (from, "win.show-chart", NULL);
      break;
    }
}

void
succession_navigation_open_entity (GtkWidget *from,
                                   GObject   *entity)
{
  g_autoptr(SuccessionPageTarget) target = succession_page_target_new_for_entity (entity);

  g_return_if_fail (target != NULL);
  succession_navigation_open (from, target);
}
