/* succession-dropdown.c — a dropdown of long lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-dropdown.h"

static void
on_line_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  gtk_list_item_set_child (item, label);
}

static void
on_line_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  wrap)
{
  GtkStringObject *line = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (line));
}

static GtkListItemFactory *
line_factory (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_line_setup), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (on_line_bind), GINT_TO_POINTER (wrap));
  return factory;
}

void
succession_dropdown_show_long_lines (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = line_factory (FALSE);
  g_autoptr(GtkListItemFactory) list = line_factory (TRUE);

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}
