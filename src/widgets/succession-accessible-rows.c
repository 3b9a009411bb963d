/* succession-accessible-rows.c — rows of lists and tables named by what they show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of a list view is named by the text it shows; a row of a column view by its cells
 * joined, or by the sentence its owner writes (succession_accessible_set_row_sentence()), and
 * each cell as "Title: value"; the header by its column titles; an AdwActionRow by its title
 * and subtitle. Rows are recycled as their view scrolls: the labels inside them are watched,
 * and a row's name follows on the next idle. See succession-accessible.c for the rest.
 */

#define G_LOG_DOMAIN "succession-accessible"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible-private.h"

/* ---- rows of list and column views ------------------------------------------------------ */

void
succession_accessible_watch_labels (GtkWidget *widget,
                                    GtkWidget *row)
{
  if (GTK_IS_LABEL (widget))
    {
      if (succession_accessible_first_time (widget, "row-label"))
        {
          g_signal_connect_object (widget, "notify::label", G_CALLBACK (succession_accessible_schedule_row), row, G_CONNECT_SWAPPED);
          g_signal_connect_object (widget, "notify::visible", G_CALLBACK (succession_accessible_schedule_row), row, G_CONNECT_SWAPPED);
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    succession_accessible_watch_labels (child, row);
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
  guint       n_columns = g_list_model_get_n_items (columns);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  RowSentence     *sentence = g_object_get_data (G_OBJECT (view), SENTENCE_KEY);
  g_autofree char *name = NULL;
  GtkWidget       *cell = gtk_widget_get_first_child (row);

  for (guint i = 0; i < n_columns; i++, cell = cell != NULL ? gtk_widget_get_next_sibling (cell) : NULL)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char      *title = gtk_column_view_column_get_title (column);
      g_autofree char *text = NULL;

      if (cell == NULL || !gtk_column_view_column_get_visible (column))
        {
          g_ptr_array_add (texts, g_strdup (""));
          continue;
        }
      text = succession_accessible_widget_text (cell);
      if (title == NULL || *title == '\0')
        {
          if (*text != '\0')
            succession_accessible_set_label (cell, text);
        }
      else if (*text != '\0')
        {
          /* Translators: how a screen reader names a cell of a table: the column's title and
           * the cell's text, as in "Took Office: September 1979" */
          g_autofree char *cell_name = g_strdup_printf (C_ ("accessible cell", "%s: %s"), title, text);

          succession_accessible_set_label (cell, cell_name);
        }
      else
        {
          /* Translators: how a screen reader names an empty cell of a table; %s is the column's title */
          g_autofree char *cell_name = g_strdup_printf (C_ ("accessible cell", "%s: empty"), title);

          succession_accessible_set_label (cell, cell_name);
        }
      g_ptr_array_add (texts, g_steal_pointer (&text));
    }
  g_ptr_array_add (texts, NULL);

  if (sentence != NULL)
    name = sentence->func (view, (const char *const *) texts->pdata, sentence->user_data);
  if (name == NULL)
    {
      GString *joined = g_string_new (NULL);

      for (guint i = 0; i < n_columns; i++)
        {
          const char *text = g_ptr_array_index (texts, i);

          if (*text == '\0')
            continue;
          if (joined->len > 0)
            g_string_append (joined, C_ ("accessible row", ", "));
          g_string_append (joined, text);
        }
      name = g_string_free (joined, FALSE);
    }
  if (*name != '\0')
    succession_accessible_set_label (row, name);
}

static gboolean
update_row (gpointer data)
{
  GtkWidget     *row = data;
  GtkColumnView *view = column_view_of_row (row);

  g_object_set_data (G_OBJECT (row), PENDING_KEY, NULL);
  if (gtk_widget_get_parent (row) == NULL)
    return G_SOURCE_REMOVE;
  succession_accessible_watch_labels (row, row);
  if (view != NULL)
    update_column_row (view, row);
  else
    {
      g_autofree char *text = succession_accessible_widget_text (row);

      if (*text != '\0')
        succession_accessible_set_label (row, text);
    }
  return G_SOURCE_REMOVE;
}

void
succession_accessible_schedule_row (GtkWidget *row)
{
  succession_accessible_idle_once (row, update_row);
}

void
succession_accessible_name_column_header (GtkColumnView *view)
{
  GtkWidget       *header = gtk_widget_get_first_child (GTK_WIDGET (view));
  GListModel      *columns = gtk_column_view_get_columns (view);
  GString         *titles = g_string_new (NULL);
  g_autofree char *name = NULL;

  if (header == NULL || GTK_IS_LIST_VIEW (header) || !succession_accessible_is_type (header, "GtkListItemWidget"))
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
        g_string_append (titles, C_ ("accessible row", ", "));
      g_string_append (titles, title);
    }
  /* Translators: how a screen reader names the row of column titles of a table; %s lists the
   * titles, separated by commas */
  name = g_strdup_printf (_ ("Column titles: %s"), titles->str);
  succession_accessible_set_label (header, name);
  g_string_free (titles, TRUE);
}

static void
watch_scrolling (GtkWidget *list)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));

  if (adjustment == NULL || !succession_accessible_first_time (adjustment, "scrolling"))
    return;
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (succession_accessible_repair_later), list, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (succession_accessible_repair_later), list, G_CONNECT_SWAPPED);
}

void
succession_accessible_repair_rows (GtkWidget *list)
{
  gboolean keep = g_object_get_data (G_OBJECT (list), KEEP_KEY) != NULL;

  watch_scrolling (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (!succession_accessible_is_type (row, "GtkListItemWidget") || keep)
        continue;
      if (succession_accessible_first_time (row, "row"))
        succession_accessible_watch_labels (row, row);
      succession_accessible_schedule_row (row);
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

void
succession_accessible_name_action_row (AdwActionRow *row)
{
  gboolean         markup = adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row));
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
  name = *subtitle != '\0' ? g_strconcat (title, C_ ("accessible row", ", "), subtitle, NULL) : g_strdup (title);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  succession_accessible_set_label (row, name);
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

void
succession_accessible_name_list_row (GtkWidget  *row,
                                     const char *title,
                                     const char *subtitle)
{
  GtkWidget       *item_widget = gtk_widget_get_parent (row);
  g_autofree char *sentence = NULL;

  /* A row of a GTK list view sits in the list item widget that a screen reader reaches; a row
   * of a SuccessionVisibleList is that item itself. */
  if (item_widget != NULL && !GTK_IS_LIST_VIEW (gtk_widget_get_parent (item_widget)))
    item_widget = NULL;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (title != NULL);

  sentence = subtitle != NULL && *subtitle != '\0' ? g_strconcat (title, C_ ("accessible row", ", "), subtitle, NULL)
                                                   : g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item_widget != NULL ? item_widget : row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sentence, -1);
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
cell_by_id (GtkColumnView     *view,
            const char *const *cells,
            const char        *id,
            const char       **title)
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
succession_accessible_holder_sentence (GtkColumnView     *view,
                                       const char *const *cells,
                                       gpointer           user_data)
{
  static const char *const main_ids[] = { "number_column", "name_column", "start_column", "end_column", "terms_column" };
  GListModel              *columns = gtk_column_view_get_columns (view);
  const char              *terms_title = NULL;
  const char              *number = cell_by_id (view, cells, "number_column", NULL);
  const char              *name = cell_by_id (view, cells, "name_column", NULL);
  const char              *start = cell_by_id (view, cells, "start_column", NULL);
  const char              *end_title = NULL;
  const char              *end = cell_by_id (view, cells, "end_column", &end_title);
  const char              *terms = cell_by_id (view, cells, "terms_column", &terms_title);
  /* Translators: separates the parts of a row of a table as a screen reader reads it, as in
   * "4, Peng Zhen, September 1979 to September 1980" */
  const char *separator = C_ ("accessible row", ", ");
  GString    *out = g_string_new (NULL);

  if (*name == '\0')
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  if (*number != '\0')
    g_string_append_printf (out, "%s%s", number, separator);
  g_string_append (out, name);
  if (*start != '\0' || *end != '\0')
    g_string_append (out, separator);
  if (*start != '\0' && *end != '\0')
    /* Translators: the span of a tenure as a screen reader reads a row of the holder table,
     * as in "September 1979 to September 1980" */
    g_string_append_printf (out, C_ ("accessible row", "%s to %s"), start, end);
  else if (*start != '\0')
    /* Translators: the span of a tenure that has not ended, as a screen reader reads a row of
     * the holder table, as in "from March 2023" */
    g_string_append_printf (out, C_ ("accessible row", "from %s"), start);
  else if (*end != '\0')
    /* Translators: the end of a tenure whose start is not known, as a screen reader reads a
     * row of the holder table: the column's title and the cell, as in "Left Office: Incumbent" */
    g_string_append_printf (out, C_ ("accessible row", "%s: %s"), end_title, end);
  if (*terms != '\0')
    {
      g_string_append (out, separator);
      /* Translators: the terms of a tenure as a screen reader reads a row of the holder
       * table: the column's title and the terms, as in "Term(s): 5th" */
      g_string_append_printf (out, C_ ("accessible row", "%s: %s"), terms_title, terms);
    }

  for (guint i = 0; cells[i] != NULL && i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *id = column_id (column);
      gboolean    main_cell = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (main_ids); j++)
        main_cell |= g_strcmp0 (id, main_ids[j]) == 0;
      if (main_cell || *cells[i] == '\0')
        continue;
      /* Translators: separates the further cells of a row of the holder table, each said as
       * "Title: value", from the row's sentence and from each other, as in
       * "…, Term(s): 5th; Tenure: 1 year" */
      g_string_append (out, C_ ("accessible row", "; "));
      g_string_append_printf (out, C_ ("accessible row", "%s: %s"),
                              gtk_column_view_column_get_title (column), cells[i]);
    }
  return g_string_free (out, FALSE);
}
