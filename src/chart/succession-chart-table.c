/* succession-chart-table.c — the holder tables printed after the chart
 *
 * Each office's holders, with dates, terms and sources, go on sheets by their measured
 * heights; every segment of a table starts with the office's name and the column titles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-chart-pages-private.h"
#include "succession-holder-row.h"

/* Sizes on paper, in points. */
#define CELL_PADDING   3.0
#define HEADING_HEIGHT 22.0

enum { COL_NUMBER, COL_NAME, COL_START, COL_END, COL_TERMS, COL_SOURCES, N_COLUMNS };

/* Shares of the printable width, by column. */
static const double column_shares[N_COLUMNS] = { 0.06, 0.20, 0.14, 0.14, 0.14, 0.32 };

typedef struct {
  guint office;    /* row of the chart data */
  guint first;     /* holder rows [first, last) */
  guint last;
} Segment;

typedef struct {
  GArray *segments; /* Segment */
} TablePage;

typedef struct {
  GListModel *rows;     /* SuccessionHolderRow */
  GArray     *heights;  /* double, one per row */
} OfficeTable;

static double
text_height (PangoLayout *layout,
             const char  *text,
             double       width)
{
  int height;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static const char *
column_title (guint column)
{
  switch (column)
    {
    /* Translators: a column of the printed holder table: the holder's number in the office. */
    case COL_NUMBER: return C_("print table", "No.");
    /* Translators: a column of the printed holder table. */
    case COL_NAME: return C_("print table", "Name");
    /* Translators: a column of the printed holder table: the start date of a tenure. */
    case COL_START: return C_("print table", "Took office");
    /* Translators: a column of the printed holder table: the end date of a tenure. */
    case COL_END: return C_("print table", "Left office");
    /* Translators: a column of the printed holder table: the terms ("14th, 15th") of a tenure. */
    case COL_TERMS: return C_("print table", "Term(s)");
    /* Translators: a column of the printed holder table: where the facts come from. */
    case COL_SOURCES: default: return C_("print table", "Source");
    }
}

static const char *
cell_text (SuccessionHolderRow *row,
           guint                column)
{
  switch (column)
    {
    case COL_NUMBER: return succession_holder_row_get_number_label (row);
    case COL_NAME: return succession_holder_row_get_name (row);
    case COL_START: return succession_holder_row_get_start_label (row);
    case COL_END: return succession_holder_row_get_end_label (row);
    case COL_TERMS: return succession_holder_row_get_terms (row);
    case COL_SOURCES: default: return succession_holder_row_get_sources (row);
    }
}

static double
measure_row (SuccessionChartPages *self,
             PangoLayout          *layout,
             SuccessionHolderRow  *row)
{
  double height = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double width = succession_chart_pages_printable_width (self) * column_shares[c] - 2 * CELL_PADDING;

      height = MAX (height, text_height (layout, row != NULL ? cell_text (row, c) : column_title (c), width));
    }

  return height + 2 * CELL_PADDING;
}

static void
office_table_free (OfficeTable *table)
{
  g_clear_object (&table->rows);
  g_clear_pointer (&table->heights, g_array_unref);
  g_free (table);
}

static void
table_page_free (TablePage *page)
{
  g_array_unref (page->segments);
  g_free (page);
}

static TablePage *
table_page_new (void)
{
  TablePage *page = g_new0 (TablePage, 1);

  page->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  return page;
}

/* Holder rows go on sheets by their measured heights; every segment starts with the office's
 * name and the column titles, so a sheet read alone says what it lists. */
void
succession_chart_pages_plan_tables (SuccessionChartPages *self)
{
  g_autoptr(PangoLayout) layout = succession_chart_pages_new_text_layout (self, NULL, self->font);
  g_autoptr(PangoLayout) bold = succession_chart_pages_new_text_layout (self, NULL, self->bold);
  double available = succession_chart_pages_body_height (self);
  TablePage *page = NULL;
  double y = 0;

  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) office_table_free);
  self->table_pages = g_ptr_array_new_with_free_func ((GDestroyNotify) table_page_free);
  self->header_row_height = measure_row (self, bold, NULL);

  if (!self->setup.with_table)
    return;

  for (guint o = 0; o < succession_chart_data_get_n_rows (self->data); o++)
    {
      SuccessionChartRow *chart_row = succession_chart_data_get_row (self->data, o);
      OfficeTable *table = g_new0 (OfficeTable, 1);
      guint n, r = 0;

      table->rows = succession_holder_rows_new (chart_row->office, self->setup.display);
      n = g_list_model_get_n_items (table->rows);
      table->heights = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (table->rows, i);
          double height = measure_row (self, layout, row);

          g_array_append_val (table->heights, height);
        }
      g_ptr_array_add (self->tables, table);

      while (r < n)
        {
          double start = HEADING_HEIGHT + self->header_row_height;
          Segment segment = { o, r, r };

          if (page == NULL || (y > 0 && y + start + g_array_index (table->heights, double, r) > available))
            {
              page = table_page_new ();
              g_ptr_array_add (self->table_pages, page);
              y = 0;
            }

          y += start;
          /* At least one row per segment, however tall, so the plan always ends. */
          do
            y += g_array_index (table->heights, double, segment.last++);
          while (segment.last < n && y + g_array_index (table->heights, double, segment.last) <= available);

          g_array_append_val (page->segments, segment);
          r = segment.last;
          y += CELL_PADDING * 2;
        }
    }
}

static void
draw_cells (SuccessionChartPages *self,
            cairo_t              *cr,
            PangoLayout          *layout,
            SuccessionHolderRow  *row,
            double                y)
{
  double x = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double width = succession_chart_pages_printable_width (self) * column_shares[c];

      pango_layout_set_width (layout, (int) ((width - 2 * CELL_PADDING) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      succession_chart_pages_show (cr, layout, row != NULL ? cell_text (row, c) : column_title (c),
                                   x + CELL_PADDING, y + CELL_PADDING);
      x += width;
    }
}

void
succession_chart_pages_draw_table_page (SuccessionChartPages *self,
                                        cairo_t              *cr,
                                        guint                 index)
{
  TablePage *page = g_ptr_array_index (self->table_pages, index);
  g_autoptr(PangoLayout) text = succession_chart_pages_new_text_layout (self, cr, self->font);
  g_autoptr(PangoLayout) bold = succession_chart_pages_new_text_layout (self, cr, self->bold);
  double width = succession_chart_pages_printable_width (self);
  double y = 0;

  for (guint s = 0; s < page->segments->len; s++)
    {
      const Segment *segment = &g_array_index (page->segments, Segment, s);
      OfficeTable *table = g_ptr_array_index (self->tables, segment->office);
      SuccessionChartRow *chart_row = succession_chart_data_get_row (self->data, segment->office);
      PangoFontDescription *heading_font = pango_font_description_copy (self->bold);
      g_autoptr(PangoLayout) heading = NULL;

      pango_font_description_set_absolute_size (heading_font, 10 * PANGO_SCALE);
      heading = succession_chart_pages_new_text_layout (self, cr, heading_font);
      pango_font_description_free (heading_font);
      pango_layout_set_width (heading, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (heading, PANGO_ELLIPSIZE_END);
      cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
      succession_chart_pages_show (cr, heading, chart_row->label, 0, y + 4);
      y += HEADING_HEIGHT;

      cairo_set_source_rgb (cr, 0.92, 0.93, 0.95);
      cairo_rectangle (cr, 0, y, width, self->header_row_height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
      draw_cells (self, cr, bold, NULL, y);
      y += self->header_row_height;

      for (guint r = segment->first; r < segment->last; r++)
        {
          g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (table->rows, r);
          double height = g_array_index (table->heights, double, r);

          cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
          draw_cells (self, cr, text, row, y);
          y += height;
          cairo_set_source_rgb (cr, 0.80, 0.80, 0.82);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, 0, y);
          cairo_line_to (cr, width, y);
          cairo_stroke (cr);
        }
      y += CELL_PADDING * 2;
    }
}