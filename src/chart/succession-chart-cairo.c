/* succession-chart-cairo.c — the chart canvas over cairo, for print and every export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "succession-chart-cairo.h"
#include "succession-format.h"

static void
set_color (cairo_t                    *cr,
           const SuccessionChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

void
succession_chart_palette_init_print (SuccessionChartPalette *p)
{
  *p = (SuccessionChartPalette){
    .background = { 1, 1, 1, 1 },
    .text = { 0.12, 0.12, 0.14, 1 },
    .dim_text = { 0.38, 0.38, 0.42, 1 },
    .grid = { 0.80, 0.80, 0.82, 1 },
    .band_even = { 0.97, 0.97, 0.98, 1 },
    .band_odd = { 0.92, 0.93, 0.95, 1 },
    .row_separator = { 0.70, 0.70, 0.73, 1 },
    .bar = { 0.20, 0.40, 0.64, 1 },
    .bar_alt = { 0.13, 0.31, 0.52, 1 },
    .bar_text = { 1, 1, 1, 1 },
    .acting = { 0.80, 0.47, 0.13, 1 },
    .acting_text = { 0.12, 0.12, 0.14, 1 },
    .vacancy = { 0.45, 0.45, 0.48, 1 },
    .today = { 0.75, 0.11, 0.16, 1 },
    .cursor = { 0.38, 0.21, 0.51, 1 },
    .selection = { 0.95, 0.75, 0.10, 1 },
    .focus = { 0.38, 0.21, 0.51, 0.6 },
    /* Hairlines on paper; a screen's are whole pixels. */
    .grid_width = 0.5,
    .rule_width = 0.75,
  };
}

/* ---------------------------------------------------------------------------------------- */
/* Text as text, for SVG                                                                      */

static const cairo_user_data_key_t text_sink_key;

void
succession_chart_cairo_collect_text (cairo_t *cr,
                                     GString *svg)
{
  cairo_set_user_data (cr, &text_sink_key, svg, NULL);
}

static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (out, escaped);
}

/* Each line of @layout as an SVG <text> at its baseline, in device units, in the colour of
 * @cr's source: the words stay words a reader can search, select and edit. */
static void
collect_layout (cairo_t     *cr,
                PangoLayout *layout,
                GString     *svg)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  const char      *text = pango_layout_get_text (layout);
  double           origin_x, origin_y, red = 0, green = 0, blue = 0, alpha = 1;
  cairo_pattern_t *source = cairo_get_source (cr);

  cairo_get_current_point (cr, &origin_x, &origin_y);
  if (cairo_pattern_get_type (source) == CAIRO_PATTERN_TYPE_SOLID)
    cairo_pattern_get_rgba (source, &red, &green, &blue, &alpha);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoGlyphItem  *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle   logical;
      double           x, y, size = 10;
      g_autofree char *family = NULL;
      gboolean         han = FALSE;

      if (line->length == 0)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      x = origin_x + (double) logical.x / PANGO_SCALE;
      y = origin_y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cairo_user_to_device (cr, &x, &y);
      if (run != NULL)
        {
          PangoFontDescription *description = pango_font_describe_with_absolute_size (run->item->analysis.font);
          double                dx = (double) pango_font_description_get_size (description) / PANGO_SCALE, dy = 0;

          cairo_user_to_device_distance (cr, &dx, &dy);
          size = dx;
          family = g_strdup (pango_font_description_get_family (description));
          pango_font_description_free (description);
        }
      for (const char *p = text + line->start_index; p < text + line->start_index + line->length; p = g_utf8_next_char (p))
        if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
          han = TRUE;

      g_string_append_printf (svg, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\" fill=\"#%02x%02x%02x\"",
                              x, y, size, (int) (red * 255 + 0.5), (int) (green * 255 + 0.5), (int) (blue * 255 + 0.5));
      if (alpha < 1)
        g_string_append_printf (svg, " fill-opacity=\"%.2f\"", alpha);
      if (family != NULL)
        {
          g_string_append (svg, " font-family=\"");
          append_escaped (svg, family, -1);
          g_string_append (svg, ", sans-serif\"");
        }
      if (pango_font_description_get_weight (pango_layout_get_font_description (layout) != NULL
                                               ? pango_layout_get_font_description (layout)
                                               : pango_context_get_font_description (pango_layout_get_context (layout))) >= PANGO_WEIGHT_BOLD)
        g_string_append (svg, " font-weight=\"bold\"");
      if (han)
        {
          const char *language = succession_format_han_language ();

          g_string_append_printf (svg, " xml:lang=\"%s\"",
                                  g_str_equal (language, "zh-tw") ? "zh-Hant" : g_str_equal (language, "ja") ? "ja"
                                                                                                             : "zh-Hans");
        }
      g_string_append_c (svg, '>');
      append_escaped (svg, text + line->start_index, line->length);
      g_string_append (svg, "</text>\n");
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

void
succession_chart_show_layout (cairo_t     *cr,
                              PangoLayout *layout)
{
  GString *svg = cairo_get_user_data (cr, &text_sink_key);

  if (svg != NULL)
    collect_layout (cr, layout, svg);
  else
    pango_cairo_show_layout (cr, layout);
}

double
succession_chart_cairo_measure (const char *text,
                                gpointer    user_data)
{
  PangoLayout *layout = user_data;
  int          width;

  succession_chart_set_text (layout, text);
  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* ---------------------------------------------------------------------------------------- */
/* The canvas                                                                                */

static void
cairo_fill_rect (gpointer                    data,
                 double                      x,
                 double                      y,
                 double                      width,
                 double                      height,
                 double                      radius,
                 const SuccessionChartColor *color)
{
  cairo_t *cr = data;

  set_color (cr, color);
  if (radius > 0)
    {
      radius = MIN (radius, MIN (width, height) / 2);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
      cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
      cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
      cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
    }
  else
    cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

static void
cairo_fill_gradient (gpointer                   data,
                     double                     x,
                     double                     y,
                     double                     width,
                     double                     height,
                     double                     x_from,
                     double                     x_to,
                     const SuccessionChartStop *stops,
                     guint                      n_stops)
{
  cairo_t         *cr = data;
  cairo_pattern_t *pattern = cairo_pattern_create_linear (x_from, 0, x_to, 0);

  for (guint i = 0; i < n_stops; i++)
    cairo_pattern_add_color_stop_rgba (pattern, stops[i].offset, stops[i].color.red, stops[i].color.green,
                                       stops[i].color.blue, stops[i].color.alpha);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
}

static void
cairo_stroke_rect (gpointer                    data,
                   double                      x,
                   double                      y,
                   double                      width,
                   double                      height,
                   double                      line_width,
                   const double               *dashes,
                   guint                       n_dashes,
                   const SuccessionChartColor *color)
{
  cairo_t *cr = data;

  cairo_save (cr);
  set_color (cr, color);
  cairo_set_line_width (cr, line_width);
  if (dashes != NULL)
    cairo_set_dash (cr, dashes, n_dashes, 0);
  /* Inside the rectangle, as a GTK border is. */
  cairo_rectangle (cr, x + line_width / 2, y + line_width / 2, MAX (0, width - line_width), MAX (0, height - line_width));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
cairo_stroke_segments (gpointer                    data,
                       double                      x,
                       double                      y,
                       double                      width,
                       double                      height,
                       const double               *segments,
                       guint                       n_segments,
                       double                      line_width,
                       const SuccessionChartColor *color)
{
  cairo_t *cr = data;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  set_color (cr, color);
  cairo_set_line_width (cr, line_width);
  for (guint i = 0; i < n_segments; i++)
    {
      cairo_move_to (cr, segments[4 * i], segments[4 * i + 1]);
      cairo_line_to (cr, segments[4 * i + 2], segments[4 * i + 3]);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
cairo_show_layout_at (gpointer                    data,
                      PangoLayout                *layout,
                      double                      x,
                      double                      y,
                      const SuccessionChartColor *color)
{
  cairo_t *cr = data;

  set_color (cr, color);
  cairo_move_to (cr, x, y);
  succession_chart_show_layout (cr, layout);
}

static void
cairo_push_clip (gpointer data,
                 double   x,
                 double   y,
                 double   width,
                 double   height)
{
  cairo_t *cr = data;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
}

static void
cairo_push_translate (gpointer data,
                      double   dx,
                      double   dy)
{
  cairo_t *cr = data;

  cairo_save (cr);
  cairo_translate (cr, dx, dy);
}

/* Both pushes are a cairo_save(). */
static void
cairo_pop (gpointer data)
{
  cairo_restore ((cairo_t *) data);
}

static const SuccessionChartCanvasFuncs cairo_canvas_funcs = {
  .fill_rect = cairo_fill_rect,
  .fill_gradient = cairo_fill_gradient,
  .stroke_rect = cairo_stroke_rect,
  .stroke_segments = cairo_stroke_segments,
  .show_layout = cairo_show_layout_at,
  .push_clip = cairo_push_clip,
  .pop_clip = cairo_pop,
  .push_translate = cairo_push_translate,
  .pop_translate = cairo_pop,
};

void
succession_chart_cairo_canvas_init (SuccessionChartCanvas *canvas,
                                    cairo_t               *cr,
                                    PangoLayout           *text)
{
  *canvas = (SuccessionChartCanvas){ &cairo_canvas_funcs, cr, text };
}

void
succession_chart_cairo_paint (SuccessionChartLayout        *layout,
                              cairo_t                      *cr,
                              const PangoFontDescription   *font,
                              const char                   *pango_language,
                              const SuccessionChartPalette *palette,
                              SuccessionTenure             *selected)
{
  g_autoptr(PangoLayout) text = pango_cairo_create_layout (cr);
  SuccessionChartCanvas canvas;
  SuccessionChartView   view = {
      .scroll_y = 0,
      .view_height = succession_chart_layout_get_height (layout),
      .selected = selected,
  };

  pango_layout_set_font_description (text, font);
  /* The language of Chinese runs is set per string (succession_chart_set_text()). */
  if (pango_language != NULL)
    pango_context_set_language (pango_layout_get_context (text), pango_language_from_string (pango_language));
  succession_chart_cairo_canvas_init (&canvas, cr, text);
  cairo_save (cr);
  succession_chart_paint (layout, &canvas, palette, &view);
  cairo_restore (cr);
}

double
succession_chart_cairo_paint_legend (cairo_t                      *cr,
                                     PangoLayout                  *text,
                                     const SuccessionChartPalette *palette,
                                     double                        width)
{
  SuccessionChartCanvas canvas;

  if (cr == NULL)
    return succession_chart_paint_legend (NULL, text, palette, width);
  succession_chart_cairo_canvas_init (&canvas, cr, text);
  return succession_chart_paint_legend (&canvas, text, palette, width);
}
