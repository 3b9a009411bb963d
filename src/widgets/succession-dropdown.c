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

/* The line is what the dropdown's expression makes of the item (a GtkStringObject's string, or
 * a line written for another kind of item only when it is shown). */
static void
on_line_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              GtkDropDown              *dropdown)
{
  GtkExpression *expression = gtk_drop_down_get_expression (dropdown);
  GValue         value = G_VALUE_INIT;
  const char    *line = NULL;

  if (expression != NULL && gtk_expression_evaluate (expression, gtk_list_item_get_item (item), &value))
    line = g_value_get_string (&value);
  else if (GTK_IS_STRING_OBJECT (gtk_list_item_get_item (item)))
    line = gtk_string_object_get_string (gtk_list_item_get_item (item));
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), line != NULL ? line : "");
  if (G_IS_VALUE (&value))
    g_value_unset (&value);
}

static GtkListItemFactory *
line_factory (GtkDropDown *dropdown,
              gboolean     wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_line_setup), GINT_TO_POINTER (wrap));
  /* The factory is the dropdown's own, so the dropdown outlives it. */
  g_signal_connect (factory, "bind", G_CALLBACK (on_line_bind), dropdown);
  return factory;
}

void
succession_dropdown_show_long_lines (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = line_factory (dropdown, FALSE);
  g_autoptr(GtkListItemFactory) list = line_factory (dropdown, TRUE);

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}
