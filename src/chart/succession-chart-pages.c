/* succession-chart-pages.c — a succession chart cut into sheets of paper, and its tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "succession-chart-cairo.h"
#include "succession-chart-pages-private.h"
#include "succession-chart-scale.h"
#include "succession-format.h"

#define DAYS_PER_YEAR 365.2425

/* Sizes on paper, in points. */
#define LABEL_SIZE 8.0
#define TITLE_SIZE 10.0
#define FOOTER_HEIGHT 20.0
#define STRIP_LABEL 13.0 /* the tile label above a strip */
#define STRIP_GAP 14.0   /* between strips */

void
succession_chart_page_setup_init (SuccessionChartPageSetup *setup,
                                  double                    paper_width,
                                  double                    paper_height)
{
  g_return_if_fail (setup != NULL);

  memset (setup, 0, sizeof *setup);
  setup->paper_width = paper_width;
  setup->paper_height = paper_height;
  setup->margin_top = setup->margin_bottom = setup->margin_left = setup->margin_right = 36;
  setup->first_day = NAN;
  setup->last_day = NAN;
  setup->with_table = TRUE;
  setup->display = SUCCESSION_NAME_DISPLAY_AUTOMATIC;
}

double
succession_chart_pages_printable_width (SuccessionChartPages *self)
{
  return self->setup.paper_width - self->setup.margin_left - self->setup.margin_right;
}

static double
printable_height (SuccessionChartPages *self)
{
  return self->setup.paper_height - self->setup.margin_top - self->setup.margin_bottom;
}

double
succession_chart_pages_body_height (SuccessionChartPages *self)
{
  return printable_height (self) - self->header_height - FOOTER_HEIGHT;
}

/* A layout for text on @cr (or for measuring, with @cr NULL), shaped for the interface
 * language so Chinese takes Simplified or Traditional glyphs. */
PangoLayout *
succession_chart_pages_new_text_layout (SuccessionChartPages       *self,
                                        cairo_t                    *cr,
                                        const PangoFontDescription *font)
{
  PangoLayout *layout;

  if (cr != NULL)
    layout = pango_cairo_create_layout (cr);
  else
    {
      PangoContext         *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      cairo_font_options_t *options = cairo_font_options_create ();

      /* As on a PDF surface: unhinted metrics, so what is measured is what is printed. */
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (context, options);
      cairo_font_options_destroy (options);
      layout = pango_layout_new (context);
      g_object_unref (context);
    }

  pango_context_set_language (pango_layout_get_context (layout), pango_language_from_string (self->language));
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, font);
  return layout;
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* The title on at most two lines, ellipsized after; returns its height. */
static double
set_title (PangoLayout *layout,
           const char  *title,
           double       width)
{
  int height;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, title, -1);
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Tiers: lines of the chart that fit a sheet's height, broken between rows, or between lanes
 * of a row taller than a sheet. */
static void
plan_tiers (SuccessionChartPages *self)
{
  g_autoptr(SuccessionChartLayout) all = NULL;
  SuccessionChartOptions options = self->options;
  double                 available = succession_chart_pages_body_height (self) - self->legend_height - options.axis_height;
  GArray                *rows;
  SuccessionChartTier    tier;

  self->tiers = g_array_new (FALSE, FALSE, sizeof (SuccessionChartTier));
  options.first_day = 0;
  options.last_day = 1;
  all = succession_chart_layout_new (self->data, &options);
  rows = succession_chart_layout_get_rows (all);
  self->chart_height = succession_chart_layout_get_height (all);

  tier.top = tier.bottom = options.axis_height;
  for (guint i = 0; i < rows->len; i++)
    {
      const SuccessionChartRowBox *box = &g_array_index (rows, SuccessionChartRowBox, i);

      if (box->y + box->height - tier.top <= available)
        {
          tier.bottom = box->y + box->height;
          continue;
        }

      if (tier.bottom > tier.top)
        {
          g_array_append_val (self->tiers, tier);
          tier.top = tier.bottom;
        }

      /* A row taller than a sheet: break it between lanes. */
      while (box->y + box->height - tier.top > available)
        {
          double lanes = floor ((available - options.row_padding) / options.lane_height);

          tier.bottom = tier.top + MAX (1, lanes) * options.lane_height + (tier.top == box->y ? options.row_padding : 0);
          g_array_append_val (self->tiers, tier);
          tier.top = tier.bottom;
        }
      tier.bottom = box->y + box->height;
    }

  if (tier.bottom > tier.top || self->tiers->len == 0)
    g_array_append_val (self->tiers, tier);
}

/* The height of a tile of @tier: the axis and its lines. */
static double
tile_height (SuccessionChartPages      *self,
             const SuccessionChartTier *tier)
{
  return self->options.axis_height + tier->bottom - tier->top;
}

/* How many strips of @tier fit a sheet, each under its label, with gaps between them. */
static guint
strips_per_sheet (SuccessionChartPages      *self,
                  const SuccessionChartTier *tier)
{
  double strip = STRIP_LABEL + tile_height (self, tier);

  if (self->setup.one_tile_per_sheet)
    return 1;
  return MAX (1, (guint) floor ((succession_chart_pages_body_height (self) - self->legend_height + STRIP_GAP) / (strip + STRIP_GAP)));
}

/* Sheets: tier by tier, the columns in time order; one tile a sheet to tape together, or
 * as many strips as fit when a tile takes less than half a sheet. */
static void
plan_sheets (SuccessionChartPages *self)
{
  self->sheets = g_array_new (FALSE, FALSE, sizeof (SuccessionChartSheet));

  for (guint t = 0; t < self->tiers->len; t++)
    {
      guint per_sheet = strips_per_sheet (self, &g_array_index (self->tiers, SuccessionChartTier, t));

      for (guint c = 0; c < self->n_columns; c += per_sheet)
        {
          SuccessionChartSheet sheet = { t, c, MIN (per_sheet, self->n_columns - c), per_sheet > 1 };

          g_array_append_val (self->sheets, sheet);
        }
    }
}

/* The band labels' line ("1st", "第一届") above the bars, in the painter's small font. */
static double
band_label_height (SuccessionChartPages *self)
{
  PangoFontDescription *small = pango_font_description_copy (self->font);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *sample = succession_format_ordinal (1);
  int              height;

  pango_font_description_set_absolute_size (small, pango_font_description_get_size (self->font) * 3 / 4);
  layout = succession_chart_pages_new_text_layout (self, NULL, small);
  pango_font_description_free (small);
  pango_layout_set_text (layout, sample, -1);
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Cuts the time axis into tiles a sheet wide at @points_per_year. */
static void
plan_columns (SuccessionChartPages *self,
              double                points_per_year,
              int                   first_year,
              double                total,
              double                plot_width)
{
  self->days_per_column = plot_width / (points_per_year / DAYS_PER_YEAR);
  self->years_per_column = 0;
  self->first_year = 0;
  if (first_year > 0 && self->days_per_column >= DAYS_PER_YEAR)
    {
      /* Whole years a tile, so every tile starts on a labelled tick. */
      self->years_per_column = (int) floor (self->days_per_column / DAYS_PER_YEAR);
      self->days_per_column = self->years_per_column * DAYS_PER_YEAR;
      self->first_year = first_year;
    }
  self->n_columns = MAX (1, (guint) ceil (total / self->days_per_column - 1e-9));
}

static char *
default_title (SuccessionChartData *data)
{
  g_autoptr(GString) title = g_string_new (NULL);

  for (guint r = 0; r < succession_chart_data_get_n_rows (data); r++)
    {
      if (r > 0)
        /* Translators: what joins the offices' names in the title of a printed chart. */
        g_string_append (title, C_ ("print title", " · "));
      g_string_append (title, succession_chart_data_get_row (data, r)->label);
    }

  return g_strdup (title->str);
}

SuccessionChartPages *
succession_chart_pages_new (SuccessionChartData            *data,
                            const SuccessionChartPageSetup *setup)
{
  SuccessionChartPages *self;
  SuccessionDate        printed;
  double                first, last, plot_width, total;
  int                   first_year = 0;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (setup != NULL, NULL);

  self = g_new0 (SuccessionChartPages, 1);
  self->data = succession_chart_data_ref (data);
  self->setup = *setup;
  self->title = setup->title != NULL ? g_strdup (setup->title) : default_title (data);
  self->dataset_title = g_strdup (setup->dataset_title);
  self->setup.title = self->title;
  self->setup.dataset_title = self->dataset_title;
  self->language = succession_format_pango_language ();

  if (setup->printed > 0)
    succession_date_init_from_day (&printed, setup->printed);
  else
    succession_date_init_today (&printed);
  self->printed = succession_format_date (&printed);

  self->font = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (self->font, LABEL_SIZE * PANGO_SCALE);
  self->bold = pango_font_description_copy (self->font);
  pango_font_description_set_weight (self->bold, PANGO_WEIGHT_BOLD);
  self->small = pango_font_description_copy (self->font);
  pango_font_description_set_absolute_size (self->small, 7 * PANGO_SCALE);
  self->measure = succession_chart_pages_new_text_layout (self, NULL, self->font);
  {
    PangoFontDescription *title_font = pango_font_description_copy (self->bold);
    g_autoptr(PangoLayout) title = NULL;
    g_autoptr(PangoLayout) date = succession_chart_pages_new_text_layout (self, NULL, self->font);
    /* Translators: in the header of every printed page; %s is a date. */
    g_autofree char *printed_text = g_strdup_printf (_ ("Printed %s"), self->printed);

    pango_font_description_set_absolute_size (title_font, TITLE_SIZE * PANGO_SCALE);
    title = succession_chart_pages_new_text_layout (self, NULL, title_font);
    pango_font_description_free (title_font);
    self->header_height = set_title (title, self->title, succession_chart_pages_printable_width (self) - text_width (date, printed_text) - 18) +
                          (self->dataset_title != NULL ? 12 : 0) + 12;
  }

  /* The key at the foot of every chart sheet, so a sheet read alone says what its marks mean. */
  {
    g_autoptr(PangoLayout) key = succession_chart_pages_new_text_layout (self, NULL, self->font);
    SuccessionChartPalette palette;

    succession_chart_palette_init_print (&palette);
    self->legend_height = succession_chart_cairo_paint_legend (NULL, key, &palette, succession_chart_pages_printable_width (self)) +
                          LEGEND_MARGIN;
  }

  succession_chart_options_init (&self->options);
  self->options.axis_height = 22;
  /* Bars 14 pt high for 8 pt names; above them, the line of the bands' term numbers and a
   * gap of 3 pt (the painter puts the numbers 1 pt under the row's top, the bars 2 pt under
   * the padding). */
  self->options.lane_height = 18;
  self->options.row_padding = MAX (8, ceil (band_label_height (self) + 2));
  self->options.label_padding = 3;
  self->options.min_tick_spacing = 34;
  self->options.measure = succession_chart_cairo_measure;
  self->options.measure_data = self->measure;
  self->options.width = succession_chart_pages_printable_width (self);
  self->options.name_width = succession_chart_name_column_width (data, &self->options,
                                                                 succession_chart_pages_printable_width (self) / 3);

  if (!succession_chart_data_get_extent (data, &first, &last))
    {
      first = succession_chart_data_get_today (data) - DAYS_PER_YEAR;
      last = succession_chart_data_get_today (data);
    }
  else
    {
      SuccessionDate year;

      /* From the first of January of the first year, so the tiles start on a tick. */
      succession_date_init_from_day (&year, (SuccessionDay) first);
      year.month = year.day = 0;
      first = succession_date_get_first_day (&year);
      first_year = year.year;
    }
  if (!isnan (setup->first_day))
    {
      first = setup->first_day;
      first_year = 0;
    }
  if (!isnan (setup->last_day))
    last = setup->last_day;
  if (!(last > first))
    last = first + DAYS_PER_YEAR;
  total = last - first;

  plot_width = self->options.width - self->options.name_width;
  if (setup->fit_pages_wide > 0)
    {
      self->n_columns = setup->fit_pages_wide;
      self->days_per_column = total / setup->fit_pages_wide;
    }
  else if (setup->points_per_year > 0)
    plan_columns (self, setup->points_per_year, first_year, total, plot_width);
  else
    {
      /* The readable scale says how few sheets across the chart needs; on that many sheets it
       * is drawn as large as the default scale allows. */
      double readable = succession_chart_readable_scale (data, &self->options, SUCCESSION_CHART_PAGES_DEFAULT_SCALE);
      double filling;
      guint  fewest;

      plan_columns (self, readable, first_year, total, plot_width);
      fewest = self->n_columns;
      filling = MIN (SUCCESSION_CHART_PAGES_DEFAULT_SCALE, plot_width * fewest / (total / DAYS_PER_YEAR));
      if (filling > readable)
        {
          plan_columns (self, filling, first_year, total, plot_width);
          if (self->n_columns > fewest)
            plan_columns (self, readable, first_year, total, plot_width);
        }
    }
  self->scale = plot_width / self->days_per_column;
  self->first_day = first;
  self->last_day = last;

  plan_tiers (self);
  plan_sheets (self);
  succession_chart_pages_plan_tables (self);

  return self;
}

void
succession_chart_pages_free (SuccessionChartPages *self)
{
  if (self == NULL)
    return;

  succession_chart_data_unref (self->data);
  g_free (self->title);
  g_free (self->dataset_title);
  g_free (self->printed);
  pango_font_description_free (self->font);
  pango_font_description_free (self->bold);
  pango_font_description_free (self->small);
  g_clear_object (&self->measure);
  g_clear_pointer (&self->tiers, g_array_unref);
  g_clear_pointer (&self->sheets, g_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->table_pages, g_ptr_array_unref);
  g_clear_pointer (&self->references, g_ptr_array_unref);
  g_clear_pointer (&self->reference_heights, g_array_unref);
  g_free (self);
}

guint
succession_chart_pages_get_n_columns (SuccessionChartPages *self)
{
  return self->n_columns;
}

guint
succession_chart_pages_get_n_tiers (SuccessionChartPages *self)
{
  return self->tiers->len;
}

guint
succession_chart_pages_get_n_table_pages (SuccessionChartPages *self)
{
  return self->table_pages->len;
}

guint
succession_chart_pages_get_n_chart_pages (SuccessionChartPages *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->sheets->len;
}

guint
succession_chart_pages_get_n_pages (SuccessionChartPages *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->sheets->len + self->table_pages->len;
}

guint
succession_chart_pages_get_n_tiles (SuccessionChartPages *self,
                                    guint                 page)
{
  g_return_val_if_fail (self != NULL, 0);

  if (page >= self->sheets->len)
    return 0;
  return g_array_index (self->sheets, SuccessionChartSheet, page).n_columns;
}

char *
succession_chart_pages_get_tile_name (SuccessionChartPages *self,
                                      guint                 column,
                                      guint                 tier)
{
  g_autoptr(GString) letters = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < self->n_columns && tier < self->tiers->len, NULL);

  /* A … Z, AA, AB, … as spreadsheets name columns. */
  for (column++; column > 0; column = (column - 1) / 26)
    g_string_prepend_c (letters, (char) ('A' + (column - 1) % 26));

  return g_strdup_printf ("%s%u", letters->str, tier + 1);
}

char *
succession_chart_pages_get_tile_label (SuccessionChartPages *self,
                                       guint                 page,
                                       guint                 index)
{
  const SuccessionChartSheet *sheet;

  g_return_val_if_fail (self != NULL, NULL);

  if (page >= self->sheets->len)
    return NULL;
  sheet = &g_array_index (self->sheets, SuccessionChartSheet, page);
  g_return_val_if_fail (index < sheet->n_columns, NULL);

  return succession_chart_pages_get_tile_name (self, sheet->first_column + index, sheet->tier);
}

/* ---------------------------------------------------------------------------------------- */
/* Drawing                                                                                   */

void
succession_chart_pages_show (cairo_t     *cr,
                             PangoLayout *layout,
                             const char  *text,
                             double       x,
                             double       y)
{
  succession_chart_set_text (layout, text);
  cairo_move_to (cr, x, y);
  succession_chart_show_layout (cr, layout);
}

static void
draw_header_footer (SuccessionChartPages *self,
                    cairo_t              *cr,
                    guint                 page)
{
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) text = NULL;
  g_autofree char      *page_text = NULL;
  g_autofree char      *tile_text = NULL;
  g_autofree char      *printed = NULL;
  double                width = succession_chart_pages_printable_width (self);
  double                height = printable_height (self);
  double                printed_width, title_height;
  PangoFontDescription *title_font = pango_font_description_copy (self->bold);

  pango_font_description_set_absolute_size (title_font, TITLE_SIZE * PANGO_SCALE);
  title = succession_chart_pages_new_text_layout (self, cr, title_font);
  pango_font_description_free (title_font);
  text = succession_chart_pages_new_text_layout (self, cr, self->font);

  /* Translators: in the header of every printed page; %s is a date. */
  printed = g_strdup_printf (_ ("Printed %s"), self->printed);
  printed_width = text_width (text, printed);

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  title_height = set_title (title, self->title, width - printed_width - 18);
  /* From the sheet's corner, wherever the last page left the current point. */
  cairo_new_path (cr);
  cairo_move_to (cr, 0, 0);
  succession_chart_show_layout (cr, title);
  cairo_set_source_rgb (cr, 0.38, 0.38, 0.42);
  succession_chart_pages_show (cr, text, printed, width - printed_width, 2);
  if (self->dataset_title != NULL)
    {
      pango_layout_set_width (text, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      succession_chart_pages_show (cr, text, self->dataset_title, 0, title_height + 2);
      pango_layout_set_width (text, -1);
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_NONE);
    }
  cairo_set_source_rgb (cr, 0.70, 0.70, 0.73);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, self->header_height - 6);
  cairo_line_to (cr, width, self->header_height - 6);
  cairo_move_to (cr, 0, height - FOOTER_HEIGHT + 4);
  cairo_line_to (cr, width, height - FOOTER_HEIGHT + 4);
  cairo_stroke (cr);

  /* Translators: in the footer of every printed page: "Page 2 of 9". */
  page_text = g_strdup_printf (_ ("Page %u of %u"), page + 1, succession_chart_pages_get_n_pages (self));
  cairo_set_source_rgb (cr, 0.38, 0.38, 0.42);
  succession_chart_pages_show (cr, text, page_text, 0, height - FOOTER_HEIGHT + 7);
  if (succession_chart_pages_get_n_tiles (self, page) == 1)
    {
      g_autofree char *tile = succession_chart_pages_get_tile_label (self, page, 0);

      /* Translators: in the footer of a printed chart page, so sheets can be taped together:
       * %s is the tile, "B2" (column B along time, second tier down); %u is the tiles across. */
      tile_text = g_strdup_printf (_ ("Tile %s (of %u across)"), tile, self->n_columns);
    }
  else if (succession_chart_pages_get_n_tiles (self, page) > 1)
    {
      g_autofree char *first = succession_chart_pages_get_tile_label (self, page, 0);
      g_autofree char *last = succession_chart_pages_get_tile_label (self, page,
                                                                     succession_chart_pages_get_n_tiles (self, page) - 1);

      /* Translators: in the footer of a printed chart page that has several strips of the
       * chart one under another: the first %s is the label of the first strip ("A1"), the
       * second the label of the last ("E1"). */
      tile_text = g_strdup_printf (_ ("Tiles %s–%s"), first, last);
    }
  if (tile_text != NULL)
    succession_chart_pages_show (cr, text, tile_text, width - text_width (text, tile_text), height - FOOTER_HEIGHT + 7);
}

static void
set_window (SuccessionChartPages   *self,
            SuccessionChartOptions *options,
            guint                   column)
{
  options->first_day = self->first_day + column * self->days_per_column;
  if (self->first_year > 0)
    {
      SuccessionDate year = { 0 };

      year.year = (guint16) MIN (9999, self->first_year + (int) column * self->years_per_column);
      options->first_day = succession_date_get_first_day (&year);
    }
  options->last_day = options->first_day + self->days_per_column;
  /* The last tile ends where the chart does (--to, or the last tenure), narrower if need be,
   * rather than running on to fill the sheet. */
  if (options->last_day > self->last_day && self->last_day > options->first_day)
    {
      options->last_day = self->last_day;
      options->width = options->name_width + (options->last_day - options->first_day) * self->scale;
    }
}

/* The chart's lines [@top, @bottom) (layout y) at the top of the area at @cr's origin, under
 * the axis; the names column is part of the layout and repeats on every tile. */
void
succession_chart_pages_draw_chart (SuccessionChartPages   *self,
                                   cairo_t                *cr,
                                   SuccessionChartOptions *options,
                                   double                  top,
                                   double                  bottom)
{
  g_autoptr(SuccessionChartLayout) lines = NULL;
  g_autoptr(SuccessionChartLayout) axis = NULL;
  SuccessionChartPalette palette;

  succession_chart_palette_init_print (&palette);

  options->visible_top = top;
  options->visible_bottom = bottom;
  lines = succession_chart_layout_new (self->data, options);
  cairo_save (cr);
  cairo_rectangle (cr, 0, options->axis_height, options->width, bottom - top);
  cairo_clip (cr);
  cairo_translate (cr, 0, options->axis_height - top);
  succession_chart_cairo_paint (lines, cr, self->font, self->language, &palette, NULL);
  cairo_restore (cr);

  /* The axis alone: a layout with no lines. */
  options->visible_top = options->visible_bottom = -1;
  axis = succession_chart_layout_new (self->data, options);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, options->width, options->axis_height);
  cairo_clip (cr);
  succession_chart_cairo_paint (axis, cr, self->font, self->language, &palette, NULL);
  cairo_restore (cr);

  /* A frame, so the edges to tape along show. */
  cairo_set_source_rgb (cr, 0.70, 0.70, 0.73);
  cairo_set_line_width (cr, 0.75);
  cairo_rectangle (cr, 0, 0, options->width, options->axis_height + bottom - top);
  cairo_move_to (cr, options->name_width, 0);
  cairo_line_to (cr, options->name_width, options->axis_height + bottom - top);
  cairo_stroke (cr);
}

/* A strip's tile label, "C1", at the top right corner of the strip under @cr's origin. */
static void
draw_strip_label (SuccessionChartPages *self,
                  cairo_t              *cr,
                  const char           *label)
{
  g_autoptr(PangoLayout) text = succession_chart_pages_new_text_layout (self, cr, self->bold);
  double width = text_width (text, label);

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  succession_chart_pages_show (cr, text, label, succession_chart_pages_printable_width (self) - width, 0);
}

void
succession_chart_pages_draw_page (SuccessionChartPages *self,
                                  guint                 page,
                                  cairo_t              *cr)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (page < succession_chart_pages_get_n_pages (self));

  cairo_save (cr);
  cairo_translate (cr, self->setup.margin_left, self->setup.margin_top);
  draw_header_footer (self, cr, page);
  cairo_translate (cr, 0, self->header_height);

  if (page < self->sheets->len)
    {
      const SuccessionChartSheet *sheet = &g_array_index (self->sheets, SuccessionChartSheet, page);
      const SuccessionChartTier  *tier = &g_array_index (self->tiers, SuccessionChartTier, sheet->tier);

      /* Strips move the origin down the sheet; the key is placed from the sheet's top. */
      cairo_save (cr);
      for (guint i = 0; i < sheet->n_columns; i++)
        {
          SuccessionChartOptions options = self->options;

          set_window (self, &options, sheet->first_column + i);
          if (sheet->strips)
            {
              g_autofree char *label = succession_chart_pages_get_tile_label (self, page, i);

              draw_strip_label (self, cr, label);
              cairo_save (cr);
              cairo_translate (cr, 0, STRIP_LABEL);
              succession_chart_pages_draw_chart (self, cr, &options, tier->top, tier->bottom);
              cairo_restore (cr);
              cairo_translate (cr, 0, STRIP_LABEL + tile_height (self, tier) + STRIP_GAP);
            }
          else
            succession_chart_pages_draw_chart (self, cr, &options, tier->top, tier->bottom);
        }
      cairo_restore (cr);

      {
        g_autoptr(PangoLayout) key = succession_chart_pages_new_text_layout (self, cr, self->font);
        SuccessionChartPalette palette;

        succession_chart_palette_init_print (&palette);
        cairo_save (cr);
        cairo_translate (cr, 0, succession_chart_pages_body_height (self) - self->legend_height + LEGEND_MARGIN);
        succession_chart_cairo_paint_legend (cr, key, &palette, succession_chart_pages_printable_width (self));
        cairo_restore (cr);
      }
    }
  else
    succession_chart_pages_draw_table_page (self, cr, page - self->sheets->len);

  cairo_restore (cr);
}

/* ---------------------------------------------------------------------------------------- */
/* The whole chart on one sheet                                                              */
