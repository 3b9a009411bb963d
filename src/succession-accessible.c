/* succession-accessible.c — names in words for what GTK 4.8 leaves to the type name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 gives an object that has no accessible label its type name ("GtkMenuButton",
 * "GtkListItemWidget", "GtkColumnViewCell"), reads a button with a mnemonic twice ("_Open
 * Open"), keeps every page of a stack in the tree whether it is on show or not, and names the
 * rows of list and column views after nothing at all. A screen reader says what it is given.
 *
 * This file walks each toplevel window when it is mapped and whenever its focus moves, and sets
 * what is missing, from what the window already shows:
 *
 * - a menu button without a label is named by its tooltip (the button inside it too);
 * - a button, check button or menu button whose label has a mnemonic is named by the label
 *   without its underscore, once;
 * - a scrolled window is named by its page's title, its status page or its content;
 * - the pages of a stack that are not on show are hidden from the tree;
 * - a column view's header is named by its column titles, its inner list by the view, each
 *   cell as "Title: value" and each row as one sentence of its cells (the view's owner may
 *   write the sentence: succession_accessible_set_row_sentence());
 * - a row of a list view is named by the text it shows (unless its owner names it:
 *   succession_accessible_keep_row_names());
 * - an AdwActionRow is named by its title and subtitle.
 *
 * Rows are recycled as their view scrolls: their labels are watched, and a row's name follows
 * on the next idle. Only public API is used; the private types of the list widgets are found
 * by name (GtkListItemWidget, GtkColumnViewCell) and touched only through GtkAccessible.
 */

#define G_LOG_DOMAIN "succession-accessible"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "succession-accessible.h"

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

static GType
type_by_name (const char *name)
{
  GType type = g_type_from_name (name);

  return type;
}

static gboolean
is_type (GtkWidget  *widget,
         const char *name)
{
  GType type = type_by_name (name);

  return type != 0 && g_type_is_a (G_OBJECT_TYPE (widget), type);
}

static gboolean
first_time (gpointer    object,
            const char *what)
{
  g_autofree char *key = g_strconcat (DONE_KEY, "-", what, NULL);

  if (g_object_get_data (G_OBJECT (object), key) != NULL)
    return FALSE;
  g_object_set_data (G_OBJECT (object), key, GINT_TO_POINTER (1));
  return TRUE;
}

/* Sets the label only when it changes, so a repeated walk sends nothing on the bus. */
static void
set_label (gpointer    accessible,
           const char *text)
{
  const char *old = g_object_get_data (G_OBJECT (accessible), LABEL_KEY);

  if (text == NULL || g_strcmp0 (old, text) == 0)
    return;
  g_object_set_data_full (G_OBJECT (accessible), LABEL_KEY, g_strdup (text), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (accessible), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

char *
succession_accessible_strip_mnemonic (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            {
              g_string_append_c (out, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The text a widget shows: its visible labels, in order, joined by spaces. */
static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

      if (*stripped != '\0')
        {
          if (out->len > 0)
            g_string_append (out, ", ");
          g_string_append (out, stripped);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static char *
widget_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_text (widget, out);
  return g_string_free (out, FALSE);
}

/* ---- buttons ---------------------------------------------------------------------------- */

static void
name_mnemonic_button (GtkWidget *button)
{
  const char *label = NULL;
  gboolean underline = FALSE;
  g_autofree char *clean = NULL;

  if (GTK_IS_BUTTON (button))
    {
      label = gtk_button_get_label (GTK_BUTTON (button));
      underline = gtk_button_get_use_underline (GTK_BUTTON (button));
    }
  else if (GTK_IS_CHECK_BUTTON (button))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (button));
      underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (button));
    }
  if (label == NULL || !underline)
    return;

  /* GTK 4.8 sets the raw label ("_Open") and is labelled by the child label ("Open") too. */
  clean = succession_accessible_strip_mnemonic (label);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  g_object_set_data (G_OBJECT (button), LABEL_KEY, NULL);
  set_label (button, clean);
}

static void
name_menu_button (GtkWidget *menu_button)
{
  const char *label = gtk_menu_button_get_label (GTK_MENU_BUTTON (menu_button));
  g_autofree char *name = NULL;

  if (label != NULL)
    name = gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (menu_button))
             ? succession_accessible_strip_mnemonic (label)
             : g_strdup (label);
  else
    name = g_strdup (gtk_widget_get_tooltip_text (menu_button));
  if (name == NULL || *name == '\0')
    return;

  set_label (menu_button, name);
  for (GtkWidget *child = gtk_widget_get_first_child (menu_button); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      {
        set_label (child, name);
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      }
}

static void
on_button_label_changed (GtkWidget *button)
{
  if (GTK_IS_MENU_BUTTON (button))
    name_menu_button (button);
  else
    name_mnemonic_button (button);
}

/* ---- stacks and scrolled windows ------------------------------------------------------- */

static void
hide_stack_pages (GtkStack *stack)
{
  GtkWidget *visible = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);
      const char *title;

      if (page == NULL)
        continue;
      gtk_accessible_update_state (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_STATE_HIDDEN, child != visible, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, child != visible, -1);
      title = gtk_stack_page_get_title (page);
      if (title != NULL)
        set_label (page, title);
    }
}

static void
hide_view_stack_pages (AdwViewStack *stack)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, child != visible, -1);
}

static const char *
page_title (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (ADW_IS_VIEW_STACK (parent))
    {
      AdwViewStackPage *page = adw_view_stack_get_page (ADW_VIEW_STACK (parent), widget);

      if (page != NULL)
        return adw_view_stack_page_get_title (page);
    }

  if (GTK_IS_STACK (parent))
    {
      GtkStackPage *page = gtk_stack_get_page (GTK_STACK (parent), widget);

      if (page != NULL)
        return gtk_stack_page_get_title (page);
    }
  return NULL;
}

/* Content whose role carries a name of its own (a list, a table, an image); a box or a clamp
 * is named by nothing, and its scrolled window is named in its template. */
static gboolean
named_role (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  return role != GTK_ACCESSIBLE_ROLE_GENERIC && role != GTK_ACCESSIBLE_ROLE_GROUP &&
         role != GTK_ACCESSIBLE_ROLE_NONE && role != GTK_ACCESSIBLE_ROLE_PRESENTATION;
}

/* The first heading of a page ("title-1" … "title-4"), which names the page. */
static GtkWidget *
find_heading (GtkWidget *widget)
{
  static const char *const headings[] = { "title-1", "title-2", "title-3", "title-4" };

  if (GTK_IS_LABEL (widget))
    {
      for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
        if (gtk_widget_has_css_class (widget, headings[i]))
          return widget;
      return NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_heading (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first label with the style class (the title of a status page). */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
name_scrolled_window (GtkScrolledWindow *scrolled)
{
  GtkWidget *widget = GTK_WIDGET (scrolled);
  GtkWidget *content = gtk_scrolled_window_get_child (scrolled);
  GtkWidget *status = gtk_widget_get_ancestor (widget, ADW_TYPE_STATUS_PAGE);
  GtkWidget *up = gtk_widget_get_parent (widget);
  gboolean in_status = FALSE;
  const char *title = page_title (widget);
  GtkWidget *heading;

  /* The status page's own scrolled window, one or two levels below it. */
  for (int i = 0; i < 3 && up != NULL && status != NULL; i++, up = gtk_widget_get_parent (up))
    in_status |= up == status;

  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));

  if (title != NULL)
    set_label (widget, title);
  else if (in_status && (heading = find_label (status, "title")) != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  else if (content != NULL && named_role (content))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, content, NULL, -1);
  else if (content != NULL && (heading = find_heading (content)) != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
}

/* ---- rows of list and column views ------------------------------------------------------ */

static void schedule_row (GtkWidget *row);

static void
watch_labels (GtkWidget *widget,
              GtkWidget *row)
{
  if (GTK_IS_LABEL (widget))
    {
      if (first_time (widget, "row-label"))
        {
          g_signal_connect_object (widget, "notify::label", G_CALLBACK (schedule_row), row, G_CONNECT_SWAPPED);
          g_signal_connect_object (widget, "notify::visible", G_CALLBACK (schedule_row), row, G_CONNECT_SWAPPED);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_labels (child, row);
}

static GtkColumnView *
column_view_of_row (GtkWidget *row)
{
  GtkWidget *list = gtk_widget_get_parent (row);
  GtkWidget *view = list != NULL ? gtk_widget_get_parent (list) : NULL;

  return GTK_IS_COLUMN_VIEW (view) ? GTK_COLUMN_VIEW (view) : NULL;
}

static void
update_column_row (GtkColumnView *view,
                   GtkWidget     *row)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n_columns = g_list_model_get_n_items (columns);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  RowSentence *sentence = g_object_get_data (G_OBJECT (view), SENTENCE_KEY);
  g_autofree char *name = NULL;
  GtkWidget *cell = gtk_widget_get_first_child (row);

  for (guint i = 0; i < n_columns; i++, cell = cell != NULL ? gtk_widget_get_next_sibling (cell) : NULL)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *title = gtk_column_view_column_get_title (column);
      g_autofree char *text = NULL;

      if (cell == NULL || !gtk_column_view_column_get_visible (column))
        {
          g_ptr_array_add (texts, g_strdup (""));
          continue;
        }
      text = widget_text (cell);
      if (title == NULL || *title == '\0')
        {
          if (*text != '\0')
            set_label (cell, text);
        }
      else if (*text != '\0')
        {
          /* Translators: how a screen reader names a cell of a table: the column's title and
           * the cell's text, as in "Took Office: September 1979" */
          g_autofree char *cell_name = g_strdup_printf (C_("accessible cell", "%s: %s"), title, text);

          set_label (cell, cell_name);
        }
      else
        {
          /* Translators: how a screen reader names an empty cell of a table; %s is the column's title */
          g_autofree char *cell_name = g_strdup_printf (C_("accessible cell", "%s: empty"), title);

          set_label (cell, cell_name);
        }
      g_ptr_array_add (texts, g_steal_pointer (&text));
    }
  g_ptr_array_add (texts, NULL);

  if (sentence != NULL)
    name = sentence->func (view, (const char * const *) texts->pdata, sentence->user_data);
  if (name == NULL)
    {
      GString *joined = g_string_new (NULL);

      for (guint i = 0; i < n_columns; i++)
        {
          const char *text = g_ptr_array_index (texts, i);

          if (*text == '\0')
            continue;
          if (joined->len > 0)
            g_string_append (joined, ", ");
          g_string_append (joined, text);
        }
      name = g_string_free (joined, FALSE);
    }
  if (*name != '\0')
    set_label (row, name);
}

static gboolean
update_row (gpointer data)
{
  GtkWidget *row = data;
  GtkColumnView *view = column_view_of_row (row);

  g_object_set_data (G_OBJECT (row), PENDING_KEY, NULL);
  if (gtk_widget_get_parent (row) == NULL)
    return G_SOURCE_REMOVE;
  watch_labels (row, row);
  if (view != NULL)
    update_column_row (view, row);
  else
    {
      g_autofree char *text = widget_text (row);

      if (*text != '\0')
        set_label (row, text);
    }
  return G_SOURCE_REMOVE;
}

static void
schedule_row (GtkWidget *row)
{
  if (g_object_get_data (G_OBJECT (row), PENDING_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (row), PENDING_KEY, GINT_TO_POINTER (1));
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_row, g_object_ref (row), g_object_unref);
}

static void
name_column_header (GtkColumnView *view)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (view));
  GListModel *columns = gtk_column_view_get_columns (view);
  GString *titles = g_string_new (NULL);
  g_autofree char *name = NULL;

  if (header == NULL || GTK_IS_LIST_VIEW (header) || !is_type (header, "GtkListItemWidget"))
    {
      g_string_free (titles, TRUE);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *title = gtk_column_view_column_get_title (column);

      if (!gtk_column_view_column_get_visible (column) || title == NULL || *title == '\0')
        continue;
      if (titles->len > 0)
        g_string_append (titles, ", ");
      g_string_append (titles, title);
    }
  /* Translators: how a screen reader names the row of column titles of a table; %s lists the
   * titles, separated by commas */
  name = g_strdup_printf (_("Column titles: %s"), titles->str);
  set_label (header, name);
  g_string_free (titles, TRUE);
}

static void
repair_later (GtkWidget *widget);

static void
watch_scrolling (GtkWidget *list)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));

  if (adjustment == NULL || !first_time (adjustment, "scrolling"))
    return;
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (repair_later), list, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (repair_later), list, G_CONNECT_SWAPPED);
}

static void
repair_rows (GtkWidget *list)
{
  gboolean keep = g_object_get_data (G_OBJECT (list), KEEP_KEY) != NULL;

  watch_scrolling (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (!is_type (row, "GtkListItemWidget") || keep)
        continue;
      if (first_time (row, "row"))
        watch_labels (row, row);
      schedule_row (row);
    }
}

/* ---- AdwActionRow ---------------------------------------------------------------------- */

static char *
plain_text (const char *text,
            gboolean    markup)
{
  char *plain = NULL;

  if (text == NULL)
    return g_strdup ("");
  if (markup && pango_parse_markup (text, -1, 0, NULL, &plain, NULL, NULL))
    return plain;
  return g_strdup (text);
}

static void
name_action_row (AdwActionRow *row)
{
  gboolean markup = adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row));
  g_autofree char *title = plain_text (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), markup);
  g_autofree char *subtitle = plain_text (adw_action_row_get_subtitle (row), markup);
  g_autofree char *name = NULL;

  if (adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row)))
    {
      char *clean = succession_accessible_strip_mnemonic (title);

      g_free (title);
      title = clean;
    }
  if (*title == '\0')
    return;
  name = *subtitle != '\0' ? g_strdup_printf ("%s, %s", title, subtitle) : g_strdup (title);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  set_label (row, name);
}

/* ---- labels, drop-downs, notebooks ------------------------------------------------------ */

/* An empty label is named by its type in GTK 4.8: it leaves the tree until it says something. */
static void
hide_empty_label (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);
  gboolean empty = text == NULL || *text == '\0';
  gboolean hidden = g_object_get_data (G_OBJECT (label), "succession-accessible-hidden") != NULL;

  if (empty == hidden)
    return;
  g_object_set_data (G_OBJECT (label), "succession-accessible-hidden", GINT_TO_POINTER (empty));
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, empty, -1);
}

/* The button inside a drop-down is what has the focus: it is named by the label whose
 * mnemonic points at the drop-down, else by the drop-down's own label. */
static void
name_drop_down (GtkWidget *drop_down,
                gpointer   mnemonic_label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      {
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
        if (mnemonic_label != NULL)
          gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                          mnemonic_label, NULL, -1);
        else
          gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                          drop_down, NULL, -1);
      }
}

/* GTK 4.8 calls every tab of a notebook "Tab" and the notebook nothing: each tab is named by
 * its label, the notebook by the tab on show. */
static void
name_notebook (GtkNotebook *notebook)
{
  int current = gtk_notebook_get_current_page (notebook);

  for (int i = 0; i < gtk_notebook_get_n_pages (notebook); i++)
    {
      GtkWidget *page = gtk_notebook_get_nth_page (notebook, i);
      GtkWidget *tab_label = gtk_notebook_get_tab_label (notebook, page);
      g_autofree char *text = tab_label != NULL ? widget_text (tab_label) : NULL;
      GtkWidget *tab = tab_label != NULL ? gtk_widget_get_parent (tab_label) : NULL;

      if (text == NULL || *text == '\0')
        continue;
      if (tab != NULL && tab != GTK_WIDGET (notebook))
        set_label (tab, text);
      if (i == current)
        set_label (notebook, text);
    }
}

static void
on_notebook_switched (GtkNotebook *notebook)
{
  name_notebook (notebook);
}

/* GTK's own dialogs leave some of their controls unnamed in 4.8. */
static void
repair_gtk_dialog (GtkWidget *widget)
{
  GType print_dialog = type_by_name ("GtkPrintUnixDialog");
  GType shortcuts = GTK_TYPE_SHORTCUTS_WINDOW;

  if (print_dialog != 0 && gtk_widget_get_ancestor (widget, print_dialog) != NULL)
    {
      GtkWidget *previous = gtk_widget_get_prev_sibling (widget);

      if (GTK_IS_COLUMN_VIEW (widget))
        /* Translators: the accessible name of the list of printers of the Print dialog */
        set_label (widget, _("Printers"));
      else if (GTK_IS_ENTRY (widget) && GTK_IS_CHECK_BUTTON (previous) && first_time (widget, "print-entry"))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, previous, NULL, -1);
    }
  else if (gtk_widget_get_ancestor (widget, shortcuts) != NULL &&
           GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))))
    {
      /* Translators: the accessible name of the search button of the Keyboard Shortcuts window */
      set_label (widget, _("Search Shortcuts"));
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }
}

/* ---- the walk ------------------------------------------------------------------------- */

static void
repair_widget (GtkWidget *widget)
{
  repair_gtk_dialog (widget);

  if (GTK_IS_LABEL (widget))
    {
      if (first_time (widget, "label"))
        g_signal_connect (widget, "notify::label", G_CALLBACK (hide_empty_label), NULL);
      hide_empty_label (GTK_LABEL (widget));
    }
  else if (GTK_IS_DROP_DOWN (widget))
    {
      if (first_time (widget, "drop-down"))
        {
          GList *labels = gtk_widget_list_mnemonic_labels (widget);

          name_drop_down (widget, labels != NULL ? labels->data : NULL);
          g_list_free (labels);
        }
    }
  else if (GTK_IS_NOTEBOOK (widget))
    {
      if (first_time (widget, "notebook"))
        g_signal_connect_after (widget, "switch-page", G_CALLBACK (on_notebook_switched), NULL);
      name_notebook (GTK_NOTEBOOK (widget));
    }
  else if (is_type (widget, "GtkListItemWidget") && !GTK_IS_LIST_VIEW (gtk_widget_get_parent (widget)) &&
           !is_type (gtk_widget_get_parent (widget), "GtkListItemWidget") &&
           !GTK_IS_COLUMN_VIEW (gtk_widget_get_parent (widget)))
    {
      /* The item a drop-down shows on its button. */
      if (first_time (widget, "item"))
        watch_labels (widget, widget);
      schedule_row (widget);
    }
  else if (GTK_IS_MENU_BUTTON (widget))
    {
      if (first_time (widget, "menu-button"))
        {
          g_signal_connect (widget, "notify::label", G_CALLBACK (on_button_label_changed), NULL);
          g_signal_connect (widget, "notify::tooltip-text", G_CALLBACK (on_button_label_changed), NULL);
        }
      name_menu_button (widget);
    }
  else if ((GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget)) && first_time (widget, "button"))
    {
      g_signal_connect (widget, "notify::label", G_CALLBACK (on_button_label_changed), NULL);
      g_signal_connect (widget, "notify::use-underline", G_CALLBACK (on_button_label_changed), NULL);
      name_mnemonic_button (widget);
    }
  else if (GTK_IS_STACK (widget))
    {
      if (first_time (widget, "stack"))
        g_signal_connect (widget, "notify::visible-child", G_CALLBACK (hide_stack_pages), NULL);
      hide_stack_pages (GTK_STACK (widget));
    }
  else if (ADW_IS_VIEW_STACK (widget))
    {
      if (first_time (widget, "view-stack"))
        g_signal_connect (widget, "notify::visible-child", G_CALLBACK (hide_view_stack_pages), NULL);
      hide_view_stack_pages (ADW_VIEW_STACK (widget));
    }
  else if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      if (first_time (widget, "scrolled"))
        name_scrolled_window (GTK_SCROLLED_WINDOW (widget));
    }
  else if (GTK_IS_COLUMN_VIEW (widget))
    {
      GtkWidget *list = gtk_widget_get_last_child (widget);

      name_column_header (GTK_COLUMN_VIEW (widget));
      if (GTK_IS_LIST_VIEW (list) && first_time (list, "column-list"))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY, widget, NULL, -1);
    }
  else if (GTK_IS_LIST_VIEW (widget))
    repair_rows (widget);
  else if (ADW_IS_ACTION_ROW (widget))
    {
      if (first_time (widget, "action-row"))
        {
          g_signal_connect (widget, "notify::title", G_CALLBACK (name_action_row), NULL);
          g_signal_connect (widget, "notify::subtitle", G_CALLBACK (name_action_row), NULL);
        }
      name_action_row (ADW_ACTION_ROW (widget));
    }
}

void
succession_accessible_repair (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  repair_widget (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    succession_accessible_repair (child);
}

static gboolean
repair_idle (gpointer data)
{
  GtkWidget *widget = data;

  g_object_set_data (G_OBJECT (widget), PENDING_KEY, NULL);
  if (gtk_widget_get_root (widget) != NULL)
    succession_accessible_repair (widget);
  return G_SOURCE_REMOVE;
}

static void
repair_later (GtkWidget *widget)
{
  if (g_object_get_data (G_OBJECT (widget), PENDING_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (widget), PENDING_KEY, GINT_TO_POINTER (1));
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, repair_idle, g_object_ref (widget), g_object_unref);
}

static void
on_toplevels_changed (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (!first_time (window, "toplevel"))
        continue;
      g_signal_connect (window, "map", G_CALLBACK (succession_accessible_repair), NULL);
      g_signal_connect (window, "notify::focus-widget", G_CALLBACK (repair_later), NULL);
      repair_later (window);
    }
}

/**
 * succession_accessible_watch_toplevels:
 *
 * Repairs every toplevel window of the process, now and as they come, when it is mapped and
 * whenever its focus moves.
 */
void
succession_accessible_watch_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (!first_time (toplevels, "watch"))
    return;
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (on_toplevels_changed), NULL);
  on_toplevels_changed (toplevels, 0, 0, g_list_model_get_n_items (toplevels));
}

/**
 * succession_accessible_set_row_sentence:
 * @view: a column view
 * @func: writes a row as a sentence from the text of its cells
 * @user_data: for @func; must live as long as @view
 *
 * Names each row of @view by @func rather than by its cells joined by commas.
 */
void
succession_accessible_set_row_sentence (GtkColumnView            *view,
                                        SuccessionRowSentenceFunc func,
                                        gpointer                  user_data)
{
  RowSentence *sentence;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (func != NULL);

  sentence = g_new0 (RowSentence, 1);
  sentence->func = func;
  sentence->user_data = user_data;
  g_object_set_data_full (G_OBJECT (view), SENTENCE_KEY, sentence, g_free);
}

/**
 * succession_accessible_keep_row_names:
 * @list_view: a list view whose rows its owner names
 *
 * Leaves the names of @list_view's rows to its owner.
 */
void
succession_accessible_keep_row_names (GtkWidget *list_view)
{
  g_return_if_fail (GTK_IS_LIST_VIEW (list_view));

  g_object_set_data (G_OBJECT (list_view), KEEP_KEY, GINT_TO_POINTER (1));
}

/* ---- focus on a page that opens --------------------------------------------------------- */

/* Where a reader starts on a page: its first table, list or chart, in reading order; a list's
 * first row. */
static GtkWidget *
find_focus_target (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_COLUMN_VIEW (widget))
    return gtk_widget_get_last_child (widget);
  if (GTK_IS_LIST_VIEW (widget))
    return widget;
  if (GTK_IS_LIST_BOX (widget))
    {
      for (int i = 0;; i++)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), i);

          if (row == NULL)
            break;
          if (gtk_widget_get_mapped (GTK_WIDGET (row)) && gtk_widget_get_focusable (GTK_WIDGET (row)))
            return GTK_WIDGET (row);
        }
      return NULL;
    }
  if (gtk_widget_get_focusable (widget) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_IMG)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_focus_target (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Waits two frames: rows of list views exist once the page has been laid out. */
static gboolean
focus_on_tick (GtkWidget     *page,
               GdkFrameClock *clock,
               gpointer       data)
{
  guint ticks = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (page), "succession-accessible-ticks")) + 1;
  GtkWidget *target;

  g_object_set_data (G_OBJECT (page), "succession-accessible-ticks", GUINT_TO_POINTER (ticks));
  if (ticks < 2)
    return G_SOURCE_CONTINUE;
  g_object_set_data (G_OBJECT (page), "succession-accessible-ticks", NULL);
  g_object_set_data (G_OBJECT (page), "succession-accessible-focus", NULL);
  target = find_focus_target (page);
  if (target != NULL)
    gtk_widget_grab_focus (target);
  return G_SOURCE_REMOVE;
}

/**
 * succession_accessible_focus_page:
 * @page: a page that has just been put on show
 *
 * Moves the focus, once the page is laid out, to its first table, list (its first row) or
 * chart, so that a keyboard or screen-reader user starts reading there.
 */
void
succession_accessible_focus_page (GtkWidget *page)
{
  g_return_if_fail (GTK_IS_WIDGET (page));

  if (g_object_get_data (G_OBJECT (page), "succession-accessible-focus") != NULL)
    return;
  g_object_set_data (G_OBJECT (page), "succession-accessible-focus", GINT_TO_POINTER (1));
  gtk_widget_add_tick_callback (page, focus_on_tick, NULL, NULL);
}

/* ---- the holder table's rows ------------------------------------------------------------- */

/* The id a column has in its template. GtkColumnViewColumn is not a GtkBuildable: GtkBuilder
 * keeps the id of such an object as its "gtk-builder-id". */
static const char *
column_id (GtkColumnViewColumn *column)
{
  if (GTK_IS_BUILDABLE (column))
    return gtk_buildable_get_buildable_id (GTK_BUILDABLE (column));
  return g_object_get_data (G_OBJECT (column), "gtk-builder-id");
}

static const char *
cell_by_id (GtkColumnView      *view,
            const char * const *cells,
            const char         *id,
            const char        **title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; cells[i] != NULL && i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (column_id (column), id) == 0)
        {
          if (title != NULL)
            *title = gtk_column_view_column_get_title (column);
          return cells[i];
        }
    }
  return "";
}

/**
 * succession_accessible_holder_sentence:
 *
 * A #SuccessionRowSentenceFunc for a table of holders whose columns have the ids
 * number_column, name_column, start_column, end_column and terms_column (the office page's):
 * "4, Peng Zhen, September 1979 to September 1980, Term(s): 5th", then every other cell
 * that is not empty as "Title: value". GTK 4.8 does not move the focus from cell to cell, so
 * the row says all that it shows.
 */
char *
succession_accessible_holder_sentence (GtkColumnView      *view,
                                       const char * const *cells,
                                       gpointer            user_data)
{
  static const char *const main_ids[] = { "number_column", "name_column", "start_column", "end_column", "terms_column" };
  GListModel *columns = gtk_column_view_get_columns (view);
  const char *terms_title = NULL;
  const char *number = cell_by_id (view, cells, "number_column", NULL);
  const char *name = cell_by_id (view, cells, "name_column", NULL);
  const char *start = cell_by_id (view, cells, "start_column", NULL);
  const char *end = cell_by_id (view, cells, "end_column", NULL);
  const char *terms = cell_by_id (view, cells, "terms_column", &terms_title);
  GString *out = g_string_new (NULL);

  if (*name == '\0')
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  if (*number != '\0')
    g_string_append_printf (out, "%s, ", number);
  g_string_append (out, name);
  if (*start != '\0' && *end != '\0')
    /* Translators: the span of a tenure as a screen reader reads a row of the holder table,
     * as in "September 1979 to September 1980" */
    g_string_append_printf (out, C_("accessible row", ", %s to %s"), start, end);
  else if (*start != '\0')
    /* Translators: the span of a tenure that has not ended, as a screen reader reads a row of
     * the holder table, as in "from March 2023" */
    g_string_append_printf (out, C_("accessible row", ", from %s"), start);
  else if (*end != '\0')
    /* Translators: the span of a tenure whose start is not known, as a screen reader reads a
     * row of the holder table, as in "until March 1998" */
    g_string_append_printf (out, C_("accessible row", ", until %s"), end);
  if (*terms != '\0')
    /* Translators: the terms of a tenure as a screen reader reads a row of the holder table:
     * the column's title and the terms, as in "Term(s): 5th" */
    g_string_append_printf (out, C_("accessible row", ", %s: %s"), terms_title, terms);

  for (guint i = 0; cells[i] != NULL && i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *id = column_id (column);
      gboolean main_cell = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (main_ids); j++)
        main_cell |= g_strcmp0 (id, main_ids[j]) == 0;
      if (main_cell || *cells[i] == '\0')
        continue;
      /* Translators: a further cell of a row of the holder table as a screen reader reads it,
       * after the row's sentence: the column's title and the cell's text, as in
       * "; Tenure: 1 year" */
      g_string_append_printf (out, C_("accessible row", "; %s: %s"),
                              gtk_column_view_column_get_title (column), cells[i]);
    }
  return g_string_free (out, FALSE);
}
