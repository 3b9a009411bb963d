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

#include "succession-accessible-private.h"
#include "succession-visible-list.h"

static GType
type_by_name (const char *name)
{
  GType type = g_type_from_name (name);

  return type;
}

gboolean
succession_accessible_is_type (GtkWidget  *widget,
                               const char *name)
{
  GType type = type_by_name (name);

  return type != 0 && g_type_is_a (G_OBJECT_TYPE (widget), type);
}

gboolean
succession_accessible_first_time (gpointer    object,
                                  const char *what)
{
  g_autofree char *key = g_strconcat (DONE_KEY, "-", what, NULL);

  if (g_object_get_data (G_OBJECT (object), key) != NULL)
    return FALSE;
  g_object_set_data (G_OBJECT (object), key, GINT_TO_POINTER (1));
  return TRUE;
}

/* Sets the label only when it changes, so a repeated walk sends nothing on the bus. */
void
succession_accessible_set_label (gpointer    accessible,
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
      const char      *text = gtk_label_get_text (GTK_LABEL (widget));
      g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
      g_auto (GStrv) lines = g_strsplit (stripped, "\n", -1);

      /* Lines of a label (the offices of a cell, one a line) are said as a list. */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_strstrip (lines[i]);
          if (*lines[i] == '\0')
            continue;
          if (out->len > 0)
            g_string_append (out, C_ ("accessible row", ", "));
          g_string_append (out, lines[i]);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

char *
succession_accessible_widget_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_text (widget, out);
  return g_string_free (out, FALSE);
}

/* ---- buttons ---------------------------------------------------------------------------- */

static void
name_mnemonic_button (GtkWidget *button)
{
  const char      *label = NULL;
  gboolean         underline = FALSE;
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
  succession_accessible_set_label (button, clean);
}

static void
name_menu_button (GtkWidget *menu_button)
{
  const char      *label = gtk_menu_button_get_label (GTK_MENU_BUTTON (menu_button));
  g_autofree char *name = NULL;

  if (label != NULL)
    name = gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (menu_button))
             ? succession_accessible_strip_mnemonic (label)
             : g_strdup (label);
  else
    name = g_strdup (gtk_widget_get_tooltip_text (menu_button));
  if (name == NULL || *name == '\0')
    return;

  succession_accessible_set_label (menu_button, name);
  for (GtkWidget *child = gtk_widget_get_first_child (menu_button); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      {
        succession_accessible_set_label (child, name);
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
      const char   *title;

      if (page == NULL)
        continue;
      gtk_accessible_update_state (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_STATE_HIDDEN, child != visible, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, child != visible, -1);
      title = gtk_stack_page_get_title (page);
      if (title != NULL)
        succession_accessible_set_label (page, title);
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
  GtkWidget  *widget = GTK_WIDGET (scrolled);
  GtkWidget  *content = gtk_scrolled_window_get_child (scrolled);
  GtkWidget  *status = gtk_widget_get_ancestor (widget, ADW_TYPE_STATUS_PAGE);
  GtkWidget  *up = gtk_widget_get_parent (widget);
  gboolean    in_status = FALSE;
  const char *title = page_title (widget);
  GtkWidget  *heading;

  /* The status page's own scrolled window, one or two levels below it. */
  for (int i = 0; i < 3 && up != NULL && status != NULL; i++, up = gtk_widget_get_parent (up))
    in_status |= up == status;

  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));

  if (title != NULL)
    succession_accessible_set_label (widget, title);
  else if (in_status && (heading = find_label (status, "title")) != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  else if (content != NULL && named_role (content))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, content, NULL, -1);
  else if (content != NULL && (heading = find_heading (content)) != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
}

/* ---- labels, drop-downs, notebooks ------------------------------------------------------ */

/* An empty label is named by its type in GTK 4.8: it leaves the tree until it says something. */
static void
hide_empty_label (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);
  gboolean    empty = text == NULL || *text == '\0';
  gboolean    hidden = g_object_get_data (G_OBJECT (label), "succession-accessible-hidden") != NULL;

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
      GtkWidget       *page = gtk_notebook_get_nth_page (notebook, i);
      GtkWidget       *tab_label = gtk_notebook_get_tab_label (notebook, page);
      g_autofree char *text = tab_label != NULL ? succession_accessible_widget_text (tab_label) : NULL;
      GtkWidget       *tab = tab_label != NULL ? gtk_widget_get_parent (tab_label) : NULL;

      if (text == NULL || *text == '\0')
        continue;
      if (tab != NULL && tab != GTK_WIDGET (notebook))
        succession_accessible_set_label (tab, text);
      if (i == current)
        succession_accessible_set_label (notebook, text);
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
        succession_accessible_set_label (widget, _ ("Printers"));
      else if (GTK_IS_ENTRY (widget) && GTK_IS_CHECK_BUTTON (previous) && succession_accessible_first_time (widget, "print-entry"))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, previous, NULL, -1);
    }
  else if (gtk_widget_get_ancestor (widget, shortcuts) != NULL &&
           (GTK_IS_SEARCH_ENTRY (widget) ||
            (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))))))
    {
      /* Translators: the accessible name of the search button of the Keyboard Shortcuts window */
      succession_accessible_set_label (widget, _ ("Search Shortcuts"));
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
      if (succession_accessible_first_time (widget, "label"))
        g_signal_connect (widget, "notify::label", G_CALLBACK (hide_empty_label), NULL);
      hide_empty_label (GTK_LABEL (widget));
    }
  else if (GTK_IS_DROP_DOWN (widget))
    {
      if (succession_accessible_first_time (widget, "drop-down"))
        {
          GList *labels = gtk_widget_list_mnemonic_labels (widget);

          name_drop_down (widget, labels != NULL ? labels->data : NULL);
          g_list_free (labels);
        }
    }
  else if (GTK_IS_POPOVER (widget) && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    {
      /* A menu button's popover is named by the button (which is named above). */
      if (succession_accessible_first_time (widget, "popover"))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                        gtk_widget_get_parent (widget), NULL, -1);
    }
  else if (GTK_IS_NOTEBOOK (widget))
    {
      if (succession_accessible_first_time (widget, "notebook"))
        g_signal_connect_after (widget, "switch-page", G_CALLBACK (on_notebook_switched), NULL);
      name_notebook (GTK_NOTEBOOK (widget));
    }
  else if (succession_accessible_is_type (widget, "GtkListItemWidget") && !GTK_IS_LIST_VIEW (gtk_widget_get_parent (widget)) &&
           !succession_accessible_is_type (gtk_widget_get_parent (widget), "GtkListItemWidget") &&
           !GTK_IS_COLUMN_VIEW (gtk_widget_get_parent (widget)))
    {
      /* The item a drop-down shows on its button. */
      if (succession_accessible_first_time (widget, "item"))
        succession_accessible_watch_labels (widget, widget);
      succession_accessible_schedule_row (widget);
    }
  else if (GTK_IS_MENU_BUTTON (widget))
    {
      if (succession_accessible_first_time (widget, "menu-button"))
        {
          g_signal_connect (widget, "notify::label", G_CALLBACK (on_button_label_changed), NULL);
          g_signal_connect (widget, "notify::tooltip-text", G_CALLBACK (on_button_label_changed), NULL);
        }
      name_menu_button (widget);
    }
  else if ((GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget)) && succession_accessible_first_time (widget, "button"))
    {
      g_signal_connect (widget, "notify::label", G_CALLBACK (on_button_label_changed), NULL);
      g_signal_connect (widget, "notify::use-underline", G_CALLBACK (on_button_label_changed), NULL);
      name_mnemonic_button (widget);
    }
  else if (GTK_IS_STACK (widget))
    {
      if (succession_accessible_first_time (widget, "stack"))
        g_signal_connect (widget, "notify::visible-child", G_CALLBACK (hide_stack_pages), NULL);
      hide_stack_pages (GTK_STACK (widget));
    }
  else if (ADW_IS_VIEW_STACK (widget))
    {
      if (succession_accessible_first_time (widget, "view-stack"))
        g_signal_connect (widget, "notify::visible-child", G_CALLBACK (hide_view_stack_pages), NULL);
      hide_view_stack_pages (ADW_VIEW_STACK (widget));
    }
  else if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      if (succession_accessible_first_time (widget, "scrolled"))
        name_scrolled_window (GTK_SCROLLED_WINDOW (widget));
    }
  else if (GTK_IS_COLUMN_VIEW (widget))
    {
      GtkWidget *list = gtk_widget_get_last_child (widget);

      succession_accessible_name_column_header (GTK_COLUMN_VIEW (widget));
      if (GTK_IS_LIST_VIEW (list) && succession_accessible_first_time (list, "column-list"))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY, widget, NULL, -1);
    }
  else if (GTK_IS_LIST_VIEW (widget))
    succession_accessible_repair_rows (widget);
  else if (ADW_IS_ACTION_ROW (widget))
    {
      if (succession_accessible_first_time (widget, "action-row"))
        {
          g_signal_connect (widget, "notify::title", G_CALLBACK (succession_accessible_name_action_row), NULL);
          g_signal_connect (widget, "notify::subtitle", G_CALLBACK (succession_accessible_name_action_row), NULL);
        }
      succession_accessible_name_action_row (ADW_ACTION_ROW (widget));
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

/* Runs FUNC (WIDGET) once on idle however many times it is asked before then; FUNC clears
 * PENDING_KEY when it runs. */
void
succession_accessible_idle_once (GtkWidget  *widget,
                                 GSourceFunc func)
{
  if (g_object_get_data (G_OBJECT (widget), PENDING_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (widget), PENDING_KEY, GINT_TO_POINTER (1));
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, func, g_object_ref (widget), g_object_unref);
}

void
succession_accessible_repair_later (GtkWidget *widget)
{
  succession_accessible_idle_once (widget, repair_idle);
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

      if (!succession_accessible_first_time (window, "toplevel"))
        continue;
      g_signal_connect (window, "map", G_CALLBACK (succession_accessible_repair), NULL);
      g_signal_connect (window, "notify::focus-widget", G_CALLBACK (succession_accessible_repair_later), NULL);
      succession_accessible_repair_later (window);
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

  if (!succession_accessible_first_time (toplevels, "watch"))
    return;
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (on_toplevels_changed), NULL);
  on_toplevels_changed (toplevels, 0, 0, g_list_model_get_n_items (toplevels));
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
  guint      ticks = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (page), "succession-accessible-ticks")) + 1;
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

/* Enter activates what has the focus, anywhere in the window, as Space does: a row of the
 * sidebar opens, a row of a table or a list opens, the chart opens its selected bar. The search
 * entry's capture of typing on the window would otherwise take Return as text and swallow it
 * (GTK 4.8 forwards every key but Space and the keys that move to the entry); this runs first
 * and hands the key to the focused widget and its ancestors, as the key's own propagation would. */
static gboolean
on_capture_enter (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  GtkWidget             *typing_entry)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkRoot   *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean   list_item;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 ||
      focus == NULL || focus == widget ||
      gtk_widget_is_ancestor (focus, typing_entry))
    return FALSE;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter &&
      keyval != GDK_KEY_space && keyval != GDK_KEY_KP_Space)
    return FALSE;

  /* Space on a row of a list view or a column view only selects it in GTK 4.8, where a list
   * box's row opens: every row opens on Space as on Enter, by what the row's own Enter binding
   * emits. */
  list_item = g_type_is_a (G_OBJECT_TYPE (focus), g_type_from_name ("GtkListItemWidget"));
  if (list_item && g_signal_lookup ("activate-keybinding", G_OBJECT_TYPE (focus)) != 0)
    {
      g_signal_emit_by_name (focus, "activate-keybinding");
      return TRUE;
    }

  /* A row of a SuccessionVisibleList (the sidebar) opens through its list. */
  if (gtk_widget_get_parent (focus) != NULL && SUCCESSION_IS_VISIBLE_LIST (gtk_widget_get_parent (focus)))
    return succession_visible_list_activate_focus (SUCCESSION_VISIBLE_LIST (gtk_widget_get_parent (focus)));

  if (keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space)
    return FALSE;

  if (GTK_IS_LIST_BOX_ROW (focus))
    return gtk_widget_activate (focus);
  /* A row of a list view (the search results) or of a column view has its own binding. */
  for (GtkWidget *target = focus; target != NULL && target != widget; target = gtk_widget_get_parent (target))
    if (gtk_event_controller_key_forward (controller, target))
      return TRUE;
  return FALSE;
}

/* Installs the above on WIDGET (the window) in the capture phase, so that it runs before
 * TYPING_ENTRY's capture of typing; keys typed in TYPING_ENTRY itself stay its own. */
void
succession_accessible_enter_activates (GtkWidget *widget,
                                       GtkWidget *typing_entry)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_name (keys, "sidebar-enter");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_capture_enter), typing_entry, 0);
  gtk_widget_add_controller (widget, keys);
}

/* A screen reader hears how many results a search found: the search entry, which has the
 * focus while one types, describes the count, and the list of results is named with it.
 * GTK 4.8 has no announcements; a change of the focused object's description is read out. */
void
succession_accessible_say_results (GtkWidget *entry,
                                   GtkWidget *results,
                                   gboolean   searching,
                                   guint      n,
                                   gboolean   more)
{
  g_autofree char *count = NULL;
  g_autofree char *list_name = NULL;

  if (!searching)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  if (n == 0)
    count = g_strdup (_ ("No results"));
  else if (more)
    /* Translators: said by a screen reader after a search that found more results than
     * the sidebar lists; %u is the number listed */
    count = g_strdup_printf (_ ("More than %u results"), n);
  else
    /* Translators: said by a screen reader after a search; %u is the number of results */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u result", "%u results", n), n);

  /* Translators: the accessible name of the list of search results; %s is the number of
   * results, as in "Search results: 2 results" */
  list_name = g_strdup_printf (_ ("Search results: %s"), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (results),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_name, -1);
}
