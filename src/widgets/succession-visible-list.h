/* succession-visible-list.h — a scrollable list that makes rows only for what is on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SUCCESSION_TYPE_VISIBLE_LIST (succession_visible_list_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionVisibleList, succession_visible_list, SUCCESSION, VISIBLE_LIST, GtkWidget)

/* A list of @row_type widgets (a GtkWidget with an object property @item_property), one for each
 * item of its "model" near the screen. A row shows an item by having it set as @item_property.
 * "setup-row" (GtkWidget *row) is emitted once for each row made; "activate" (guint position)
 * when a row is clicked, or Enter or Space is pressed on it. Put it in a GtkScrolledWindow. */
GtkWidget  *succession_visible_list_new           (GType                  row_type,
                                                   const char            *item_property);
void        succession_visible_list_set_model     (SuccessionVisibleList *self,
                                                   GListModel            *model);
GListModel *succession_visible_list_get_model     (SuccessionVisibleList *self);
/* GTK_INVALID_LIST_POSITION for none. */
void        succession_visible_list_set_selected  (SuccessionVisibleList *self,
                                                   guint                  position);
guint       succession_visible_list_get_selected  (SuccessionVisibleList *self);
/* Brings @position on screen, as little as it takes. */
void        succession_visible_list_scroll_to     (SuccessionVisibleList *self,
                                                   guint                  position);
/* Brings @position on screen and gives its row the focus; FALSE if it has no row that takes it. */
gboolean    succession_visible_list_focus         (SuccessionVisibleList *self,
                                                   guint                  position);
/* Emits "activate" for the row that has the focus; FALSE if none of the rows has it. */
gboolean    succession_visible_list_activate_focus (SuccessionVisibleList *self);
/* The row that shows @position now, or NULL if none does. */
GtkWidget  *succession_visible_list_get_row       (SuccessionVisibleList *self,
                                                   guint                  position);
/* The position @row shows, or GTK_INVALID_LIST_POSITION. */
guint       succession_visible_list_get_position  (SuccessionVisibleList *self,
                                                   GtkWidget             *row);

G_END_DECLS
