/* succession-accessible.h — names in words for what GTK 4.8 leaves to the type name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * SuccessionRowSentenceFunc:
 * @view: the column view
 * @cells: (array zero-terminated=1): the text of each cell of a row, one per column of
 *   gtk_column_view_get_columns(), "" for an empty or hidden one
 * @user_data: the data given to succession_accessible_set_row_sentence()
 *
 * Returns: (transfer full) (nullable): the row as one sentence, or %NULL for the cells joined
 */
typedef char *(*SuccessionRowSentenceFunc) (GtkColumnView      *view,
                                            const char * const *cells,
                                            gpointer            user_data);

void succession_accessible_watch_toplevels (void);
void succession_accessible_repair          (GtkWidget                 *root);
void succession_accessible_set_row_sentence (GtkColumnView            *view,
                                             SuccessionRowSentenceFunc func,
                                             gpointer                  user_data);
void succession_accessible_keep_row_names  (GtkWidget                 *list_view);
/* Names the list view's row that holds @row (or @row itself, before it is in one) by @title and
 * @subtitle, read as one sentence: the row is what takes the focus, and GtkListItem has no label in
 * GTK 4.8. A NULL or empty @subtitle is left out. */
void succession_accessible_name_list_row  (GtkWidget                 *row,
                                           const char                *title,
                                           const char                *subtitle);
char *succession_accessible_holder_sentence (GtkColumnView      *view,
                                             const char * const *cells,
                                             gpointer            user_data);
void succession_accessible_focus_page    (GtkWidget                 *page);
char *succession_accessible_strip_mnemonic (const char                *text);
void succession_accessible_say_results    (GtkWidget                 *entry,
                                           GtkWidget                 *results,
                                           gboolean                   searching,
                                           guint                      n,
                                           gboolean                   more);
void succession_accessible_enter_activates (GtkWidget                 *widget,
                                            GtkWidget                 *typing_entry);

G_END_DECLS
