/* succession-holder-details.c — a holder in an office page's narrow layout: the list row and
 * the dialog with every column of the table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-office-page"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-citation.h"
#include "succession-holder-details.h"
#include "succession-source.h"

void
succession_holder_details_setup_row (GtkSignalListItemFactory *factory,
                                     GtkListItem              *item,
                                     gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

/* "27 September 1954 – 3 January 1965 · 1st, 2nd" */
static char *
list_row_details (SuccessionHolderRow *row)
{
  const char *terms = succession_holder_row_get_terms (row);

  if (terms != NULL && *terms != '\0')
    /* Translators: the second line of a holder in the narrow list: a start, an end and terms. */
    return g_strdup_printf (_ ("%s – %s · %s"), succession_holder_row_get_start_label (row),
                            succession_holder_row_get_end_label (row), terms);
  /* Translators: the second line of a holder in the narrow list: a start and an end. */
  return g_strdup_printf (_ ("%s – %s"), succession_holder_row_get_start_label (row),
                          succession_holder_row_get_end_label (row));
}

void
succession_holder_details_bind_row (GtkSignalListItemFactory *factory,
                                    GtkListItem              *item,
                                    gpointer                  user_data)
{
  SuccessionHolderRow *row = gtk_list_item_get_item (item);
  GtkWidget           *box = gtk_list_item_get_child (item);
  GtkWidget           *name = gtk_widget_get_first_child (box);
  GtkWidget           *details = gtk_widget_get_next_sibling (name);
  g_autofree char     *line = list_row_details (row);
  g_autofree char     *sentence = NULL;

  gtk_label_set_text (GTK_LABEL (name), succession_holder_row_get_name (row));
  gtk_label_set_text (GTK_LABEL (details), line);
  /* Translators: how a screen reader reads a holder in the narrow list: a name, then dates. */
  sentence = g_strdup_printf (_ ("%s, %s"), succession_holder_row_get_name (row), line);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, sentence, -1);
}

static void
add_detail (GtkWidget  *list,
            const char *title,
            const char *value)
{
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static void
details_response (AdwMessageDialog *dialog,
                  const char       *response,
                  GtkWidget        *page)
{
  if (g_strcmp0 (response, "person") == 0)
    gtk_widget_activate_action (page, "office.open-person", NULL);
}

void
succession_holder_details_present (GtkWidget           *page,
                                   SuccessionHolderRow *row,
                                   const char          *chairs_title)
{
  GtkRoot   *root = gtk_widget_get_root (page);
  GtkWidget *dialog, *list;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   succession_holder_row_get_name (row), NULL);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  add_detail (list, C_ ("holders column", "No."), succession_holder_row_get_number_label (row));
  add_detail (list, C_ ("holders column", "Took Office"), succession_holder_row_get_start_label (row));
  add_detail (list, C_ ("holders column", "Left Office"), succession_holder_row_get_end_label (row));
  add_detail (list, C_ ("holders column", "Tenure"), succession_holder_row_get_duration (row));
  add_detail (list, C_ ("holders column", "Term(s)"), succession_holder_row_get_terms (row));
  add_detail (list, C_ ("holders column", "Concurrent Offices"), succession_holder_row_get_concurrent (row));
  add_detail (list, chairs_title, succession_holder_row_get_chairs (row));
  add_detail (list, C_ ("holders column", "Source"), succession_holder_row_get_sources (row));
  add_detail (list, C_ ("holders column", "Note"), succession_holder_row_get_note (row));
  /* Scrolled, so a long row keeps its buttons on a phone's screen. */
  {
    GtkWidget *scroller = gtk_scrolled_window_new ();

    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
    gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 380);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  }
  if (succession_tenure_get_person (succession_holder_row_get_tenure (row)) != NULL)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "person", _ ("Open _Person"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (details_response), page, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
succession_holder_details_present_sources (GtkWidget           *page,
                                           SuccessionHolderRow *row,
                                           const char          *fact)
{
  SuccessionTenure *tenure = succession_holder_row_get_tenure (row);
  GPtrArray        *sources = succession_tenure_get_sources (tenure);
  GtkRoot          *root = gtk_widget_get_root (page);
  SuccessionSource *best;
  GtkWidget        *dialog, *list;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("Sources"), fact);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Sources"), -1);

  best = succession_format_best_source (tenure);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < sources->len; i++)
      {
        SuccessionSource *source = g_ptr_array_index (sources, i);
        const char       *title = succession_source_get_title (source);
        const char       *url = succession_source_get_url (source);
        g_autofree char  *details = NULL;
        GtkWidget        *source_row;

        if ((pass == 0) != (source == best))
          continue;
        source_row = adw_action_row_new ();
        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (source_row), FALSE);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (source_row), title != NULL ? title : (url != NULL ? url : ""));
        details = succession_source_format_citation (source);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (source_row), details);
        adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (source_row), 0);
        if (url != NULL)
          {
            GtkWidget *link = gtk_link_button_new_with_label (url, _ ("Open"));

            gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
            gtk_widget_set_tooltip_text (link, url);
            adw_action_row_add_suffix (ADW_ACTION_ROW (source_row), link);
          }
        if (succession_source_get_archive_url (source) != NULL)
          {
            /* The copy a web archive keeps, for an address that has changed or gone. */
            GtkWidget *archived = gtk_link_button_new_with_label (succession_source_get_archive_url (source), _ ("Archived"));

            gtk_widget_set_valign (archived, GTK_ALIGN_CENTER);
            gtk_widget_set_tooltip_text (archived, succession_source_get_archive_url (source));
            gtk_accessible_update_property (GTK_ACCESSIBLE (archived), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Open the archived copy"), -1);
            adw_action_row_add_suffix (ADW_ACTION_ROW (source_row), archived);
          }
        gtk_list_box_append (GTK_LIST_BOX (list), source_row);
      }

  if (succession_holder_row_get_note (row) != NULL)
    {
      /* The dataset's note says what the sources leave open, so it comes with them. */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *heading = gtk_label_new (C_ ("holders column", "Note"));
      GtkWidget *note = gtk_label_new (succession_holder_row_get_note (row));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_widget_set_margin_bottom (note, 12);
      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), note);
      gtk_box_append (GTK_BOX (box), list);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
    }
  else
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}
