/* succession-accessible-private.h — what the parts of succession-accessible share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "succession-accessible.h"

G_BEGIN_DECLS

#define DONE_KEY "succession-accessible-done"
#define LABEL_KEY "succession-accessible-label"
#define PENDING_KEY "succession-accessible-pending"
#define KEEP_KEY "succession-accessible-keep-row-names"
#define SENTENCE_KEY "succession-accessible-sentence"

typedef struct
{
  SuccessionRowSentenceFunc func;
  gpointer                  user_data;
} RowSentence;

/* succession-accessible.c */
gboolean succession_accessible_is_type      (GtkWidget  *widget,
                                             const char *name);
gboolean succession_accessible_first_time   (gpointer    object,
                                             const char *what);
void     succession_accessible_set_label    (gpointer    accessible,
                                             const char *text);
char    *succession_accessible_widget_text  (GtkWidget  *widget);
void     succession_accessible_repair_later (GtkWidget  *widget);
void     succession_accessible_idle_once    (GtkWidget  *widget,
                                             GSourceFunc func);

/* succession-accessible-rows.c */
void     succession_accessible_watch_labels        (GtkWidget     *widget,
                                                    GtkWidget     *row);
void     succession_accessible_schedule_row        (GtkWidget     *row);
void     succession_accessible_name_column_header  (GtkColumnView *view);
void     succession_accessible_repair_rows         (GtkWidget     *list);
void     succession_accessible_name_action_row     (AdwActionRow  *row);

G_END_DECLS
