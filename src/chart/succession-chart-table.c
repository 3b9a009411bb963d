/* succession-chart-table.c — the holder tables printed after the chart
 *
 * Each office's holders, with dates, terms and sources, go on sheets by their measured
 * heights; every segment of a table starts with the office's name and the column titles. A
 * reader of paper cannot hover or click: each row's Source cell gives its best source and the
 * numbers of all its sources, and a numbered list of every source, with its title and address,
 * follows the tables (each source once, however many rows cite it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-citation.h"
#include "succession-chart-pages-private.h"
#include "succession-holder-row.h"

/* Sizes on paper, in points. */
#define CELL_PADDING 3.0
#define HEADING_HEIGHT 22.0

enum { COL_NUMBER,
       COL_NAME,
       COL_START,
       COL_END,
       COL_TERMS,
       COL_SOURCES,
       N_COLUMNS };

/* Shares of the printable width, by column. */
static const double column_shares[N_COLUMNS] = { 0.06, 0.20, 0.14, 0.14, 0.14, 0.32 };

typedef struct
{
  guint office; /* row of the chart data */
  guint first;  /* holder rows [first, last) */
  guint last;
} Segment;

typedef struct
{
  GArray *segments; /* Segment */
} TablePage;

/* A segment of the reference list rather than of an office's table. */
#define REFERENCES_SEGMENT G_MAXUINT

typedef struct
{
  GListModel *rows;    /* SuccessionHolderRow */
  GArray     *heights; /* double, one per row */
  GPtrArray  *sources; /* char *, the Source cell of each row */
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
    case COL_NUMBER: return C_ ("print table", "No.");
    /* Translators: a column of the printed holder table. */
    case COL_NAME: return C_ ("print table", "Name");
    /* Translators: a column of the printed holder table: the start date of a tenure. */
    case COL_START: return C_ ("print table", "Took office");
    /* Translators: a column of the printed holder table: the end date of a tenure. */
    case COL_END: return C_ ("print table", "Left office");
    /* Translators: a column of the printed holder table: the terms ("14th, 15th") of a tenure. */
    case COL_TERMS: return C_ ("print table", "Term(s)");
    /* Translators: a column of the printed holder table: where the facts come from. */
    case COL_SOURCES:
    default: return C_ ("print table", "Source");
    }
}

static const char *
cell_text (OfficeTable         *table,
           guint                index,
           SuccessionHolderRow *row,
           guint                column)
{
  switch (column)
    {
    case COL_NUMBER: return succession_holder_row_get_number_label (row);
    case COL_NAME: return succession_holder_row_get_name (row);
    case COL_START: return succession_holder_row_get_start_label (row);
    case COL_END: return succession_holder_row_get_end_label (row);
    case COL_TERMS: return succession_holder_row_get_terms (row);
    case COL_SOURCES:
    default: return table != NULL ? g_ptr_array_index (table->sources, index) : "";
    }
}

static double
measure_row (SuccessionChartPages *self,
             PangoLayout          *layout,
             OfficeTable          *table,
             guint                 index,
             SuccessionHolderRow  *row)
{
  double height = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double width = succession_chart_pages_printable_width (self) * column_shares[c] - 2 * CELL_PADDING;

      height = MAX (height, text_height (layout, row != NULL ? cell_text (table, index, row, c) : column_title (c), width));
    }

  return height + 2 * CELL_PADDING;
}

static void
office_table_free (OfficeTable *table)
{
  g_clear_object (&table->rows);
  g_clear_pointer (&table->heights, g_array_unref);
  g_clear_pointer (&table->sources, g_ptr_array_unref);
  g_free (table);
}

static void
table_page_free (TablePage *page)
{
  g_array_unref (page->segments);
  g_free (page);
}

/* The Source cell of a holder row: its best source, then the numbers of all its sources in the
 * reference list, numbering sources the first time a row cites them. */
static char *
source_cell (SuccessionChartPages *self,
             GHashTable           *numbers,
             SuccessionHolderRow  *row)
{
  SuccessionTenure *tenure = succession_holder_row_get_tenure (row);
  GPtrArray        *sources = tenure != NULL ? succession_tenure_get_sources (tenure) : NULL;
  SuccessionSource *best = tenure != NULL ? succession_format_best_source (tenure) : NULL;
  GString          *cell = g_string_new (NULL);

  if (best != NULL)
    {
      const char *label = succession_source_get_publisher (best);

      g_string_append (cell, label != NULL ? label : "");
      g_string_append_c (cell, '\n');
    }
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      g_autofree char *citation = succession_source_format_citation (g_ptr_array_index (sources, i));
      guint            number = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, citation));

      if (number == 0)
        {
          number = self->references->len + 1;
          g_ptr_array_add (self->references, g_strdup_printf ("[%u] %s", number, citation));
          g_hash_table_insert (numbers, g_steal_pointer (&citation), GUINT_TO_POINTER (number));
        }
      g_string_append_printf (cell, i == 0 ? "[%u]" : " [%u]", number);
    }
  return g_string_free (cell, FALSE);
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
  double width = succession_chart_pages_printable_width (self);
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  TablePage *page = NULL;
  double     y = 0;

  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) office_table_free);
  self->table_pages = g_ptr_array_new_with_free_func ((GDestroyNotify) table_page_free);
  self->references = g_ptr_array_new_with_free_func (g_free);
  self->reference_heights = g_array_new (FALSE, FALSE, sizeof (double));
  self->header_row_height = measure_row (self, bold, NULL, 0, NULL);

  if (!self->setup.with_table)
    return;

  for (guint o = 0; o < succession_chart_data_get_n_rows (self->data); o++)
    {
      SuccessionChartRow *chart_row = succession_chart_data_get_row (self->data, o);
      OfficeTable        *table = g_new0 (OfficeTable, 1);
      guint               n, r = 0;

      table->rows = succession_holder_rows_new (chart_row->office, self->setup.display);
      n = g_list_model_get_n_items (table->rows);
      table->heights = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
      table->sources = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (table->rows, i);
          double height;

          g_ptr_array_add (table->sources, source_cell (self, numbers, row));
          height = measure_row (self, layout, table, i, row);

          g_array_append_val (table->heights, height);
        }
      g_ptr_array_add (self->tables, table);

      while (r < n)
        {
          double  start = HEADING_HEIGHT + self->header_row_height;
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

  /* The numbered sources, after the last table, each as tall as its wrapped text. */
  {
    guint n = self->references->len, r = 0;

    for (guint i = 0; i < n; i++)
      {
        double height = text_height (layout, g_ptr_array_index (self->references, i), width) + CELL_PADDING;

        g_array_append_val (self->reference_heights, height);
      }
    while (r < n)
      {
        Segment segment = { REFERENCES_SEGMENT, r, r };

        if (page == NULL || (y > 0 && y + HEADING_HEIGHT + g_array_index (self->reference_heights, double, r) > available))
          {
            page = table_page_new ();
            g_ptr_array_add (self->table_pages, page);
            y = 0;
          }
        y += HEADING_HEIGHT;
        do
          y += g_array_index (self->reference_heights, double, segment.last++);
        while (segment.last < n && y + g_array_index (self->reference_heights, double, segment.last) <= available);
        g_array_append_val (page->segments, segment);
        r = segment.last;
      }
  }
}

static void
draw_cells (SuccessionChartPages *self,
            cairo_t              *cr,
            PangoLayout          *layout,
            OfficeTable          *table,
            guint                 index,
            SuccessionHolderRow  *row,
            double                y)
{
  double x = 0;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      double width = succession_chart_pages_printable_width (self) * column_shares[c];

      pango_layout_set_width (layout, (int) ((width - 2 * CELL_PADDING) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      succession_chart_pages_show (cr, layout, row != NULL ? cell_text (table, index, row, c) : column_title (c),
                                   x + CELL_PADDING, y + CELL_PADDING);
      x += width;
    }
}

/* A part of the numbered list of sources, under its heading; returns where it ends. */
static double
draw_references (SuccessionChartPages *self,
                 cairo_t              *cr,
                 PangoLayout          *bold,
                 PangoLayout          *text,
                 const Segment        *segment,
                 double                y)
{
  double width = succession_chart_pages_printable_width (self);

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  pango_layout_set_width (bold, (int) (width * PANGO_SCALE));
  succession_chart_pages_show (cr, bold, C_ ("print table", "Sources"), 0, y + 4);
  y += HEADING_HEIGHT;
  pango_layout_set_width (text, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  for (guint i = segment->first; i < segment->last; i++)
    {
      succession_chart_pages_show (cr, text, g_ptr_array_index (self->references, i), 0, y);
      y += g_array_index (self->reference_heights, double, i);
    }
  return y + CELL_PADDING * 2;
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
      const Segment        *segment = &g_array_index (page->segments, Segment, s);
      OfficeTable          *table;
      SuccessionChartRow   *chart_row;
      PangoFontDescription *heading_font;
      g_autoptr(PangoLayout) heading = NULL;

      if (segment->office == REFERENCES_SEGMENT)
        {
          y = draw_references (self, cr, bold, text, segment, y);
          continue;
        }
      table = g_ptr_array_index (self->tables, segment->office);
      chart_row = succession_chart_data_get_row (self->data, segment->office);
      heading_font = pango_font_description_copy (self->bold);

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
      draw_cells (self, cr, bold, NULL, 0, NULL, y);
      y += self->header_row_height;

      for (guint r = segment->first; r < segment->last; r++)
        {
          g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (table->rows, r);
          double height = g_array_index (table->heights, double, r);

          cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
          draw_cells (self, cr, text, table, r, row, y);
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