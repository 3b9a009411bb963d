/* succession-chart-whole.c — the whole chart as one picture (SVG, PNG), title and key included
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <math.h>

#include "succession-chart-cairo.h"
#include "succession-chart-pages-private.h"

#define WHOLE_MARGIN 18.0
#define WHOLE_TITLE_HEIGHT 24.0

static void
whole_options (SuccessionChartPages   *self,
               SuccessionChartOptions *options)
{
  *options = self->options;
  options->first_day = self->first_day;
  options->last_day = MIN (self->first_day + self->n_columns * self->days_per_column, self->last_day);
  options->width = options->name_width + (options->last_day - options->first_day) * self->scale;
}

/* The whole chart's title, wrapped rather than cut, and its height. */
static PangoLayout *
whole_title (SuccessionChartPages *self,
             cairo_t              *cr,
             double                width,
             double               *height)
{
  PangoFontDescription *title_font = pango_font_description_copy (self->bold);
  PangoLayout          *title;
  int                   title_height;

  pango_font_description_set_absolute_size (title_font, 11 * PANGO_SCALE);
  title = succession_chart_pages_new_text_layout (self, cr, title_font);
  pango_font_description_free (title_font);
  pango_layout_set_width (title, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (title, self->title, -1);
  pango_layout_get_size (title, NULL, &title_height);
  *height = MAX (WHOLE_TITLE_HEIGHT, (double) title_height / PANGO_SCALE + 8);
  return title;
}

static double
whole_legend_height (SuccessionChartPages *self,
                     double                width)
{
  g_autoptr(PangoLayout) key = succession_chart_pages_new_text_layout (self, NULL, self->font);
  SuccessionChartPalette palette;

  succession_chart_palette_init_print (&palette);
  return succession_chart_cairo_paint_legend (NULL, key, &palette, width) + LEGEND_MARGIN;
}

void
succession_chart_pages_get_whole_size (SuccessionChartPages *self,
                                       double               *width,
                                       double               *height)
{
  SuccessionChartOptions options;
  g_autoptr(PangoLayout) title = NULL;
  double title_height;

  g_return_if_fail (self != NULL);

  whole_options (self, &options);
  title = whole_title (self, NULL, options.width, &title_height);
  *width = ceil (options.width + 2 * WHOLE_MARGIN);
  *height = ceil (self->chart_height + title_height + whole_legend_height (self, options.width) + 2 * WHOLE_MARGIN);
}

void
succession_chart_pages_draw_whole (SuccessionChartPages *self,
                                   cairo_t              *cr)
{
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) key = NULL;
  SuccessionChartOptions options;
  SuccessionChartPalette palette;
  double                 width, height, title_height;

  g_return_if_fail (self != NULL);

  succession_chart_pages_get_whole_size (self, &width, &height);
  whole_options (self, &options);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, WHOLE_MARGIN, WHOLE_MARGIN);

  title = whole_title (self, cr, options.width, &title_height);
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  succession_chart_pages_show (cr, title, self->title, 0, 0);
  cairo_translate (cr, 0, title_height);

  succession_chart_pages_draw_chart (self, cr, &options, options.axis_height, self->chart_height);

  key = succession_chart_pages_new_text_layout (self, cr, self->font);
  succession_chart_palette_init_print (&palette);
  cairo_translate (cr, 0, self->chart_height + LEGEND_MARGIN);
  succession_chart_cairo_paint_legend (cr, key, &palette, options.width);
  cairo_restore (cr);
}