/* succession-row-layout.c — a list row's children side by side, measured without a search
 *
 * A list row here is an icon, a column of wrapped text and perhaps an arrow. As a horizontal
 * GtkBox around a vertical one, its height for a width cost a binary search: GtkBoxLayout asks
 * the text column for its narrowest width at a given height (distribute_remaining_size), and
 * the column answers by measuring its text at a dozen widths, a new Pango layout each time.
 * With a list view making 200 rows for a long list, that search was most of a dataset's first
 * frame. This layout gives every child its width first, as the box's allocation does, and asks
 * each child's height once, at that width. The lines of text are the children that expand;
 * they share one column, so a row needs no inner box.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "succession-row-layout.h"

struct _SuccessionRowLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
  int line_spacing;
};

G_DEFINE_FINAL_TYPE (SuccessionRowLayout, succession_row_layout, GTK_TYPE_LAYOUT_MANAGER)

static gboolean
is_line (GtkWidget *child)
{
  return gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
}

/* The row's places from the leading edge: one per child that does not expand, and one for the
 * column of lines, where its first line is. A place's data is its child, or NULL for the column. */
static guint
list_places (GtkWidget        *widget,
             GtkRequestedSize *places)
{
  gboolean column_placed = FALSE;
  guint    n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      if (is_line (child))
        {
          if (column_placed)
            continue;
          column_placed = TRUE;
        }
      if (places != NULL)
        places[n].data = is_line (child) ? NULL : child;
      n++;
    }
  return n;
}

/* The column's lines' widths are its widths: the widest of them. */
static void
measure_column_width (GtkWidget *widget,
                      int       *minimum,
                      int       *natural)
{
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child) || !is_line (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural = MAX (*natural, child_natural);
    }
}

/* The column's height at @width: its lines, one under the other. */
static void
measure_column_height (SuccessionRowLayout *self,
                       GtkWidget           *widget,
                       int                  width,
                       int                 *minimum,
                       int                 *natural)
{
  guint lines = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child) || !is_line (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_minimum, &child_natural, NULL, NULL);
      *minimum += child_minimum;
      *natural += child_natural;
      lines++;
    }
  if (lines > 1)
    {
      *minimum += (int) (lines - 1) * self->line_spacing;
      *natural += (int) (lines - 1) * self->line_spacing;
    }
}

/* Each place's minimum and natural width, whatever its height. */
static void
measure_widths (GtkWidget        *widget,
                GtkRequestedSize *places,
                guint             n)
{
  for (guint i = 0; i < n; i++)
    if (places[i].data != NULL)
      gtk_widget_measure (places[i].data, GTK_ORIENTATION_HORIZONTAL, -1, &places[i].minimum_size,
                          &places[i].natural_size, NULL, NULL);
    else
      measure_column_width (widget, &places[i].minimum_size, &places[i].natural_size);
}

/* Shares @width out as a horizontal box does: minimum widths, then natural ones, then the rest to
 * the column. Each place's width is left in its minimum_size. */
static void
distribute_width (SuccessionRowLayout *self,
                  GtkRequestedSize    *places,
                  guint                n,
                  int                  width)
{
  int extra = width - (int) (n - 1) * self->spacing;

  for (guint i = 0; i < n; i++)
    extra -= places[i].minimum_size;
  extra = gtk_distribute_natural_allocation (MAX (0, extra), n, places);
  for (guint i = 0; i < n; i++)
    if (places[i].data == NULL)
      places[i].minimum_size += extra;
}

static void
measure_place_height (SuccessionRowLayout *self,
                      GtkWidget           *widget,
                      GtkRequestedSize    *place,
                      int                  width,
                      int                 *minimum,
                      int                 *natural)
{
  if (place->data != NULL)
    gtk_widget_measure (place->data, GTK_ORIENTATION_VERTICAL, width, minimum, natural, NULL, NULL);
  else
    measure_column_height (self, widget, width, minimum, natural);
}

static GtkSizeRequestMode
succession_row_layout_get_request_mode (GtkLayoutManager *manager,
                                        GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
succession_row_layout_measure (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               GtkOrientation    orientation,
                               int               for_size,
                               int              *minimum,
                               int              *natural,
                               int              *minimum_baseline,
                               int              *natural_baseline)
{
  SuccessionRowLayout *self = SUCCESSION_ROW_LAYOUT (manager);
  guint                n = list_places (widget, NULL);
  GtkRequestedSize    *places;

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (n == 0)
    return;
  places = g_newa (GtkRequestedSize, n);
  list_places (widget, places);
  measure_widths (widget, places, n);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Widths do not depend on the height: text wraps to a width, never to a height. */
      for (guint i = 0; i < n; i++)
        {
          *minimum += places[i].minimum_size;
          *natural += places[i].natural_size;
        }
      *minimum += (int) (n - 1) * self->spacing;
      *natural += (int) (n - 1) * self->spacing;
      return;
    }

  if (for_size >= 0)
    distribute_width (self, places, n, for_size);
  for (guint i = 0; i < n; i++)
    {
      int place_minimum, place_natural;

      measure_place_height (self, widget, &places[i], for_size >= 0 ? places[i].minimum_size : -1, &place_minimum,
                            &place_natural);
      *minimum = MAX (*minimum, place_minimum);
      *natural = MAX (*natural, place_natural);
    }
}

static void
allocate_child (GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  GtkAllocation allocation = { x, y, width, height };

  gtk_widget_size_allocate (child, &allocation, -1);
}

/* The lines one under the other, the column centred in the row's height. */
static void
allocate_column (SuccessionRowLayout *self,
                 GtkWidget           *widget,
                 int                  x,
                 int                  width,
                 int                  height)
{
  int column_minimum, column_natural;
  int y;

  measure_column_height (self, widget, width, &column_minimum, &column_natural);
  y = (height - MAX (column_minimum, MIN (column_natural, height))) / 2;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child) || !is_line (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_minimum, &child_natural, NULL, NULL);
      allocate_child (child, x, y, width, child_natural);
      y += child_natural + self->line_spacing;
    }
}

static void
succession_row_layout_allocate (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                int               width,
                                int               height,
                                int               baseline)
{
  SuccessionRowLayout *self = SUCCESSION_ROW_LAYOUT (manager);
  guint                n = list_places (widget, NULL);
  gboolean             rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkRequestedSize    *places;
  int                  x = 0;

  if (n == 0)
    return;
  places = g_newa (GtkRequestedSize, n);
  list_places (widget, places);
  measure_widths (widget, places, n);
  distribute_width (self, places, n, width);

  for (guint i = 0; i < n; i++)
    {
      int place_width = places[i].minimum_size;
      int place_x = rtl ? width - x - place_width : x;

      if (places[i].data == NULL)
        allocate_column (self, widget, place_x, place_width, height);
      else
        {
          int child_minimum, child_natural, child_height;

          gtk_widget_measure (places[i].data, GTK_ORIENTATION_VERTICAL, place_width, &child_minimum, &child_natural,
                              NULL, NULL);
          child_height = MAX (child_minimum, MIN (child_natural, height));
          allocate_child (places[i].data, place_x, (height - child_height) / 2, place_width, child_height);
        }
      x += place_width + self->spacing;
    }
}

static void
succession_row_layout_class_init (SuccessionRowLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = succession_row_layout_get_request_mode;
  manager_class->measure = succession_row_layout_measure;
  manager_class->allocate = succession_row_layout_allocate;
}

static void
succession_row_layout_init (SuccessionRowLayout *self)
{
}

GtkLayoutManager *
succession_row_layout_new (int spacing,
                           int line_spacing)
{
  SuccessionRowLayout *self = g_object_new (SUCCESSION_TYPE_ROW_LAYOUT, NULL);

  self->spacing = MAX (0, spacing);
  self->line_spacing = MAX (0, line_spacing);
  return GTK_LAYOUT_MANAGER (self);
}
