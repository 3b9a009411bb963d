/* succession-chart-cairo.c — draws a chart layout with cairo, for print and export
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
  *p = (SuccessionChartPalette) {
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
    .vacancy = { 0.45, 0.45, 0.48, 1 },
    .today = { 0.75, 0.11, 0.16, 1 },
    .cursor = { 0.38, 0.21, 0.51, 1 },
    .selection = { 0.95, 0.75, 0.10, 1 },
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
  const char *text = pango_layout_get_text (layout);
  double origin_x, origin_y, red = 0, green = 0, blue = 0, alpha = 1;
  cairo_pattern_t *source = cairo_get_source (cr);

  cairo_get_current_point (cr, &origin_x, &origin_y);
  if (cairo_pattern_get_type (source) == CAIRO_PATTERN_TYPE_SOLID)
    cairo_pattern_get_rgba (source, &red, &green, &blue, &alpha);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;
      double x, y, size = 10;
      g_autofree char *family = NULL;
      gboolean han = FALSE;

      if (line->length == 0)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      x = origin_x + (double) logical.x / PANGO_SCALE;
      y = origin_y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cairo_user_to_device (cr, &x, &y);
      if (run != NULL)
        {
          PangoFontDescription *description = pango_font_describe_with_absolute_size (run->item->analysis.font);
          double dx = (double) pango_font_description_get_size (description) / PANGO_SCALE, dy = 0;

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
                                  g_str_equal (language, "zh-tw") ? "zh-Hant" : g_str_equal (language, "ja") ? "ja" : "zh-Hans");
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

void
succession_chart_set_text (PangoLayout *layout,
                           const char  *text)
{
  const char *han_language = succession_format_han_language ();
  PangoAttrList *attrs = pango_attr_list_new ();
  const char *run = NULL;

  /* Han characters take the glyph shapes of their language (Simplified Chinese by default, as
   * the names are shown); everything else keeps the interface's fonts. Without this an English
   * interface draws Chinese names with whatever CJK face fontconfig lists first, often the
   * Japanese one. */
  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = *p != '\0' ? g_utf8_get_char (p) : 0;
      gboolean han = c != 0 && (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN ||
                                (run != NULL && (g_unichar_get_script (c) == G_UNICODE_SCRIPT_COMMON ||
                                                 g_unichar_get_script (c) == G_UNICODE_SCRIPT_INHERITED)));

      if (han && run == NULL)
        run = p;
      else if (!han && run != NULL)
        {
          PangoAttribute *attr = pango_attr_language_new (pango_language_from_string (han_language));

          attr->start_index = run - text;
          attr->end_index = p - text;
          pango_attr_list_insert (attrs, attr);
          run = NULL;
        }
      if (c == 0)
        break;
    }
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

double
succession_chart_cairo_measure (const char *text,
                                gpointer    user_data)
{
  PangoLayout *layout = user_data;
  int width;

  succession_chart_set_text (layout, text);
  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y_center)
{
  int width, height;

  /* Text is set as text, never parsed as markup: "<b>" in a name prints as "<b>". */
  succession_chart_set_text (layout, text);
  pango_layout_get_size (layout, &width, &height);
  cairo_move_to (cr, x, y_center - (double) height / PANGO_SCALE / 2);
  succession_chart_show_layout (cr, layout);
}

static void
fill_fading_bar (cairo_t                    *cr,
                 const SuccessionChartBar   *bar,
                 const SuccessionChartColor *color)
{
  cairo_pattern_t *pattern;
  double width = bar->x1 - bar->x0;

  if (bar->solid_x0 <= bar->x0 + 0.5 && bar->solid_x1 >= bar->x1 - 0.5)
    {
      set_color (cr, color);
      cairo_rectangle (cr, bar->x0, bar->y, width, bar->height);
      cairo_fill (cr);
      return;
    }

  /* Partial dates: the bar fades in across the month or year its start lies in, and out
   * across its end's. */
  pattern = cairo_pattern_create_linear (bar->x0, 0, bar->x1, 0);
  cairo_pattern_add_color_stop_rgba (pattern, 0, color->red, color->green, color->blue, 0.15);
  cairo_pattern_add_color_stop_rgba (pattern, CLAMP ((bar->solid_x0 - bar->x0) / width, 0, 1),
                                     color->red, color->green, color->blue, color->alpha);
  cairo_pattern_add_color_stop_rgba (pattern, CLAMP ((bar->solid_x1 - bar->x0) / width, 0, 1),
                                     color->red, color->green, color->blue, color->alpha);
  cairo_pattern_add_color_stop_rgba (pattern, 1, color->red, color->green, color->blue, 0.15);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, bar->x0, bar->y, width, bar->height);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
}

static void
hatch_bar (cairo_t                  *cr,
           const SuccessionChartBar *bar)
{
  /* Acting holders are told apart by pattern as well as colour, for print in grey. */
  cairo_save (cr);
  cairo_rectangle (cr, bar->x0, bar->y, bar->x1 - bar->x0, bar->height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.55);
  cairo_set_line_width (cr, 1.5);
  for (double x = bar->x0 - bar->height; x < bar->x1; x += 6)
    {
      cairo_move_to (cr, x, bar->y + bar->height);
      cairo_line_to (cr, x + bar->height, bar->y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
paint_bar (cairo_t                      *cr,
           PangoLayout                  *text,
           const SuccessionChartBar     *laid_out,
           const SuccessionChartPalette *p,
           gboolean                      selected)
{
  const SuccessionChartItem *item = laid_out->item;
  SuccessionChartBar inset = *laid_out;
  const SuccessionChartBar *bar = &inset;
  double mid = bar->y + bar->height / 2;

  /* A hairline gap at the end, so a handover between two bars shows. */
  if (inset.x1 - inset.x0 > 3)
    {
      inset.x1 -= 1;
      inset.solid_x1 = MIN (inset.solid_x1, inset.x1);
    }

  switch (item->kind)
    {
    case SUCCESSION_TENURE_KIND_VACANCY:
      {
        static const double dashes[] = { 4, 3 };

        cairo_save (cr);
        set_color (cr, &p->vacancy);
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        cairo_set_line_width (cr, 1);
        cairo_rectangle (cr, bar->x0 + 0.5, bar->y + 0.5, MAX (0, bar->x1 - bar->x0 - 1), bar->height - 1);
        cairo_stroke (cr);
        cairo_restore (cr);
      }
      break;

    case SUCCESSION_TENURE_KIND_ACTING:
      fill_fading_bar (cr, bar, &p->acting);
      hatch_bar (cr, bar);
      break;

    case SUCCESSION_TENURE_KIND_HONORARY:
      {
        SuccessionChartColor light = p->bar;

        light.alpha = 0.5;
        fill_fading_bar (cr, bar, &light);
      }
      break;

    case SUCCESSION_TENURE_KIND_REGULAR:
    default:
      fill_fading_bar (cr, bar, bar->index % 2 == 0 ? &p->bar : &p->bar_alt);
      break;
    }

  if (selected)
    {
      set_color (cr, &p->selection);
      cairo_set_line_width (cr, 2.5);
      cairo_rectangle (cr, bar->x0 - 1, bar->y - 1, bar->x1 - bar->x0 + 2, bar->height + 2);
      cairo_stroke (cr);
    }

  switch (bar->label_place)
    {
    case SUCCESSION_CHART_LABEL_INSIDE:
      /* Dark text on a fade stands on a patch of the background, whatever shade is under it. */
      if (bar->label_on_fade && item->kind != SUCCESSION_TENURE_KIND_VACANCY)
        {
          SuccessionChartColor backdrop = p->background;

          backdrop.alpha = 0.85;
          set_color (cr, &backdrop);
          rounded_rectangle (cr, bar->label_x - 2, bar->y + 2, bar->label_width + 4, MAX (1, bar->height - 4), 3);
          cairo_fill (cr);
        }
      set_color (cr, item->kind == SUCCESSION_TENURE_KIND_VACANCY ? &p->dim_text :
                     bar->label_on_fade ? &p->text : &p->bar_text);
      show_text (cr, text, bar->label_text, bar->label_x, mid);
      break;
    case SUCCESSION_CHART_LABEL_NONE:
    default:
      break;
    }
}

void
succession_chart_cairo_paint (SuccessionChartLayout        *layout,
                              cairo_t                      *cr,
                              const PangoFontDescription   *font,
                              const char                   *pango_language,
                              const SuccessionChartPalette *p,
                              SuccessionTenure             *selected)
{
  const SuccessionChartOptions *options = succession_chart_layout_get_options (layout);
  GArray *rows = succession_chart_layout_get_rows (layout);
  GArray *bars = succession_chart_layout_get_bars (layout);
  GArray *bands = succession_chart_layout_get_bands (layout);
  GArray *ticks = succession_chart_layout_get_ticks (layout);
  g_autoptr(PangoLayout) text = pango_cairo_create_layout (cr);
  double plot_x0 = options->name_width;
  double plot_x1 = options->width;
  double bottom = succession_chart_layout_get_height (layout);
  double x;

  pango_layout_set_font_description (text, font);
  /* The language of Chinese runs is set per string (succession_chart_set_text()). */
  if (pango_language != NULL)
    pango_context_set_language (pango_layout_get_context (text), pango_language_from_string (pango_language));

  cairo_save (cr);

  /* Term bands, behind everything in the plot. */
  for (guint i = 0; i < bands->len; i++)
    {
      const SuccessionChartBand *band = &g_array_index (bands, SuccessionChartBand, i);

      set_color (cr, band->odd ? &p->band_odd : &p->band_even);
      cairo_rectangle (cr, band->x0, band->y, band->x1 - band->x0, band->height);
      cairo_fill (cr);
    }

  /* Grid lines at the ticks. */
  cairo_set_line_width (cr, 0.5);
  set_color (cr, &p->grid);
  for (guint i = 0; i < ticks->len; i++)
    {
      const SuccessionChartTick *tick = &g_array_index (ticks, SuccessionChartTick, i);

      cairo_move_to (cr, round (tick->x) + 0.25, options->axis_height);
      cairo_line_to (cr, round (tick->x) + 0.25, bottom);
    }
  cairo_stroke (cr);

  /* Band numbers, small, at the top of each band. */
  {
    PangoFontDescription *small = pango_font_description_copy (font);

    /* Three quarters of the label font, in the font's own unit: a print font's size is
     * absolute (points on paper), and a relative size would grow by the resolution. */
    if (pango_font_description_get_size_is_absolute (font))
      pango_font_description_set_absolute_size (small, pango_font_description_get_size (font) * 3 / 4);
    else
      pango_font_description_set_size (small, pango_font_description_get_size (font) * 3 / 4);
    pango_layout_set_font_description (text, small);
    set_color (cr, &p->dim_text);
    for (guint i = 0; i < bands->len; i++)
      {
        const SuccessionChartBand *band = &g_array_index (bands, SuccessionChartBand, i);

        if (band->label != NULL)
          {
            pango_layout_set_text (text, band->label, -1);
            cairo_move_to (cr, band->label_x, band->y + 1);
            succession_chart_show_layout (cr, text);
          }
      }
    pango_layout_set_font_description (text, font);
    pango_font_description_free (small);
  }

  /* Row separators and the names column. */
  for (guint i = 0; i < rows->len; i++)
    {
      const SuccessionChartRowBox *row = &g_array_index (rows, SuccessionChartRowBox, i);

      set_color (cr, &p->row_separator);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, 0, row->y + row->height);
      cairo_line_to (cr, plot_x1, row->y + row->height);
      cairo_stroke (cr);

      if (options->name_width > 0)
        {
          int height;

          pango_layout_set_width (text, (int) ((options->name_width - 12) * PANGO_SCALE));
          pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
          /* As many lines as the row has room for; the rest ellipsized. */
          pango_layout_set_height (text, (int) ((row->height - 4) * PANGO_SCALE));
          pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
          pango_layout_set_text (text, row->label, -1);
          pango_layout_get_size (text, NULL, &height);
          set_color (cr, &p->text);
          cairo_move_to (cr, 6, row->y + MAX (2, (row->height - (double) height / PANGO_SCALE) / 2));
          succession_chart_show_layout (cr, text);
          pango_layout_set_width (text, -1);
          pango_layout_set_height (text, -1);
          pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_NONE);
        }
    }

  /* Bars, clipped to the plot. */
  cairo_save (cr);
  cairo_rectangle (cr, plot_x0, options->axis_height, plot_x1 - plot_x0, bottom - options->axis_height);
  cairo_clip (cr);
  for (guint i = 0; i < bars->len; i++)
    {
      const SuccessionChartBar *bar = &g_array_index (bars, SuccessionChartBar, i);

      paint_bar (cr, text, bar, p, selected != NULL && bar->item->tenure == selected);
    }

  x = succession_chart_layout_get_today_x (layout);
  if (!isnan (x))
    {
      set_color (cr, &p->today);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, x, options->axis_height);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
    }

  x = succession_chart_layout_get_cursor_x (layout);
  if (!isnan (x))
    {
      static const double dashes[] = { 5, 3 };

      set_color (cr, &p->cursor);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, x, options->axis_height);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_restore (cr);

  /* The axis, over the plot's top edge. */
  set_color (cr, &p->background);
  cairo_rectangle (cr, 0, 0, plot_x1, options->axis_height);
  cairo_fill (cr);
  set_color (cr, &p->row_separator);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, plot_x0, options->axis_height - 0.5);
  cairo_line_to (cr, plot_x1, options->axis_height - 0.5);
  cairo_stroke (cr);
  for (guint i = 0; i < ticks->len; i++)
    {
      const SuccessionChartTick *tick = &g_array_index (ticks, SuccessionChartTick, i);

      cairo_move_to (cr, round (tick->x) + 0.5, options->axis_height - (tick->major ? 8 : 5));
      cairo_line_to (cr, round (tick->x) + 0.5, options->axis_height);
      cairo_stroke (cr);
      if (tick->label != NULL)
        {
          set_color (cr, tick->major ? &p->text : &p->dim_text);
          show_text (cr, text, tick->label, tick->label_x, options->axis_height / 2 - 2);
          set_color (cr, &p->row_separator);
        }
    }

  cairo_restore (cr);
}

/* ---------------------------------------------------------------------------------------- */
/* The key                                                                                   */

static void
paint_swatch (cairo_t                      *cr,
              SuccessionChartKeyKind        swatch,
              double                        x,
              double                        y,
              const SuccessionChartPalette *p)
{
  SuccessionChartBar bar = { 0 };

  bar.x0 = bar.solid_x0 = x;
  bar.x1 = bar.solid_x1 = x + SUCCESSION_CHART_KEY_SWATCH_WIDTH;
  bar.y = y;
  bar.height = SUCCESSION_CHART_KEY_SWATCH_HEIGHT;

  switch (swatch)
    {
    case SUCCESSION_CHART_KEY_HOLDERS:
      bar.x1 = bar.solid_x1 = x + SUCCESSION_CHART_KEY_SWATCH_WIDTH / 2;
      fill_fading_bar (cr, &bar, &p->bar);
      bar.x0 = bar.solid_x0 = bar.x1;
      bar.x1 = bar.solid_x1 = x + SUCCESSION_CHART_KEY_SWATCH_WIDTH;
      fill_fading_bar (cr, &bar, &p->bar_alt);
      break;
    case SUCCESSION_CHART_KEY_ACTING:
      fill_fading_bar (cr, &bar, &p->acting);
      hatch_bar (cr, &bar);
      break;
    case SUCCESSION_CHART_KEY_VACANT:
      {
        static const double dashes[] = { 4, 3 };

        cairo_save (cr);
        set_color (cr, &p->vacancy);
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        cairo_set_line_width (cr, 1);
        cairo_rectangle (cr, x + 0.5, y + 0.5, SUCCESSION_CHART_KEY_SWATCH_WIDTH - 1, SUCCESSION_CHART_KEY_SWATCH_HEIGHT - 1);
        cairo_stroke (cr);
        cairo_restore (cr);
      }
      break;
    case SUCCESSION_CHART_KEY_FADE:
    case SUCCESSION_CHART_KEY_N_ITEMS:
    default:
      bar.solid_x0 = x + SUCCESSION_CHART_KEY_SWATCH_WIDTH * 0.45;
      fill_fading_bar (cr, &bar, &p->bar);
      break;
    }
}

/* The size of @text wrapped at @wrap_width in the PangoLayout @user_data. */
static void
measure_block (const char *text,
               double      wrap_width,
               double     *width,
               double     *height,
               gpointer    user_data)
{
  PangoLayout *layout = user_data;
  int w, h;

  pango_layout_set_width (layout, wrap_width > 0 ? (int) floor (wrap_width * PANGO_SCALE) : -1);
  succession_chart_set_text (layout, text);
  pango_layout_get_size (layout, &w, &h);
  pango_layout_set_width (layout, -1);
  *width = (double) w / PANGO_SCALE;
  *height = (double) h / PANGO_SCALE;
}

double
succession_chart_cairo_paint_legend (cairo_t                      *cr,
                                     PangoLayout                  *text,
                                     const SuccessionChartPalette *p,
                                     double                        width)
{
  SuccessionChartKeyItem items[SUCCESSION_CHART_KEY_N_ITEMS];
  double height;

  pango_layout_set_width (text, -1);
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  height = succession_chart_key_layout (width, measure_block, text, items);
  if (cr == NULL)
    return height;

  for (guint k = 0; k < SUCCESSION_CHART_KEY_N_ITEMS; k++)
    {
      const SuccessionChartKeyItem *item = &items[k];

      paint_swatch (cr, item->kind, item->swatch_x, item->swatch_y, p);
      set_color (cr, &p->text);
      pango_layout_set_width (text, item->wrap_width > 0 ? (int) floor (item->wrap_width * PANGO_SCALE) : -1);
      succession_chart_set_text (text, item->label);
      cairo_move_to (cr, item->text_x, item->text_y);
      succession_chart_show_layout (cr, text);
    }
  pango_layout_set_width (text, -1);
  return height;
}
