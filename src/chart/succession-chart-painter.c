/* succession-chart-painter.c — how a chart looks, once, for the screen, print and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart"

#include "config.h"

#include <math.h>

#include "succession-chart-canvas.h"
#include "succession-format.h"

/* The gap between a tenure's hatching lines, in layout units. */
#define HATCH_STEP 6.0

static const double vacancy_dashes[] = { 4, 3 };

static SuccessionChartColor
with_alpha (const SuccessionChartColor *color,
            double                      alpha)
{
  SuccessionChartColor c = *color;

  c.alpha *= alpha;
  return c;
}

static void
fill_rect (const SuccessionChartCanvas *canvas,
           double                       x,
           double                       y,
           double                       width,
           double                       height,
           const SuccessionChartColor  *color)
{
  canvas->funcs->fill_rect (canvas->data, x, y, width, height, 0, color);
}

/* Places @string's line so its middle is at @y_center. */
static void
show_text (const SuccessionChartCanvas *canvas,
           const char                  *string,
           double                       x,
           double                       y_center,
           const SuccessionChartColor  *color)
{
  int height;

  succession_chart_set_text (canvas->text, string);
  pango_layout_get_size (canvas->text, NULL, &height);
  canvas->funcs->show_layout (canvas->data, canvas->text, x, y_center - (double) height / PANGO_SCALE / 2, color);
}

/* A bar, fading in across the month or year its start lies in and out across its end's when
 * a date is partial. */
static void
fill_fading (const SuccessionChartCanvas *canvas,
             double                       x0,
             double                       x1,
             double                       solid_x0,
             double                       solid_x1,
             double                       y,
             double                       height,
             const SuccessionChartColor  *color)
{
  double              width = x1 - x0;
  SuccessionChartStop stops[4];

  if (solid_x0 <= x0 + 0.5 && solid_x1 >= x1 - 0.5)
    {
      fill_rect (canvas, x0, y, width, height, color);
      return;
    }

  stops[0] = (SuccessionChartStop){ 0, with_alpha (color, 0.15) };
  stops[1] = (SuccessionChartStop){ CLAMP ((solid_x0 - x0) / width, 0, 1), *color };
  stops[2] = (SuccessionChartStop){ MAX (stops[1].offset, CLAMP ((solid_x1 - x0) / width, 0, 1)), *color };
  stops[3] = (SuccessionChartStop){ 1, with_alpha (color, 0.15) };
  canvas->funcs->fill_gradient (canvas->data, x0, y, width, height, x0, x1, stops, G_N_ELEMENTS (stops));
}

/* Acting holders are told apart by pattern as well as colour, for grey print and for readers
 * who do not tell orange from blue. The lines sit on one grid across the chart, so two acting
 * bars side by side hatch as one. */
static void
hatch (const SuccessionChartCanvas  *canvas,
       const SuccessionChartPalette *p,
       double                        x0,
       double                        x1,
       double                        y,
       double                        height)
{
  double               first = floor ((x0 - height) / HATCH_STEP) * HATCH_STEP;
  guint                n = (guint) MAX (0, ceil ((x1 - first) / HATCH_STEP));
  g_autofree double   *segments = g_new (double, 4 * MAX (n, 1));
  SuccessionChartColor color = with_alpha (&p->acting_text, 0.35);

  for (guint i = 0; i < n; i++)
    {
      double x = first + i * HATCH_STEP;

      segments[4 * i] = x;
      segments[4 * i + 1] = y + height;
      segments[4 * i + 2] = x + height;
      segments[4 * i + 3] = y;
    }
  canvas->funcs->stroke_segments (canvas->data, x0, y, x1 - x0, height, segments, n, 1.5, &color);
}

/* The mark of one tenure: what its kind looks like. Returns the colour a label inside it takes. */
static const SuccessionChartColor *
paint_tenure (const SuccessionChartCanvas  *canvas,
              const SuccessionChartPalette *p,
              SuccessionTenureKind          kind,
              guint                         index,
              double                        x0,
              double                        x1,
              double                        solid_x0,
              double                        solid_x1,
              double                        y,
              double                        height)
{
  switch (kind)
    {
    case SUCCESSION_TENURE_KIND_VACANCY:
      /* A dashed outline and no fill: told apart without colour. */
      canvas->funcs->stroke_rect (canvas->data, x0, y, x1 - x0, height, p->high_contrast ? 2 : 1,
                                  vacancy_dashes, G_N_ELEMENTS (vacancy_dashes), &p->vacancy);
      return &p->dim_text;

    case SUCCESSION_TENURE_KIND_ACTING:
      fill_fading (canvas, x0, x1, solid_x0, solid_x1, y, height, &p->acting);
      hatch (canvas, p, x0, x1, y, height);
      return &p->acting_text;

    case SUCCESSION_TENURE_KIND_HONORARY:
      {
        SuccessionChartColor light = with_alpha (&p->bar, 0.5);

        fill_fading (canvas, x0, x1, solid_x0, solid_x1, y, height, &light);
        return &p->text;
      }

    case SUCCESSION_TENURE_KIND_REGULAR:
    default:
      fill_fading (canvas, x0, x1, solid_x0, solid_x1, y, height, index % 2 == 0 ? &p->bar : &p->bar_alt);
      return &p->bar_text;
    }
}

static void
paint_bar (const SuccessionChartCanvas  *canvas,
           const SuccessionChartBar     *bar,
           const SuccessionChartPalette *p,
           gboolean                      selected,
           gboolean                      focused)
{
  SuccessionTenureKind        kind = bar->item->kind;
  double                      x0 = bar->x0;
  double                      x1 = bar->x1;
  const SuccessionChartColor *label_color;

  /* A hairline gap at the end, so a handover between two bars shows. */
  if (x1 - x0 > 3)
    x1 -= 1;

  label_color = paint_tenure (canvas, p, kind, bar->index, x0, x1, bar->solid_x0, MIN (bar->solid_x1, x1),
                              bar->y, bar->height);

  if (p->high_contrast && kind != SUCCESSION_TENURE_KIND_VACANCY)
    canvas->funcs->stroke_rect (canvas->data, x0, bar->y, x1 - x0, bar->height, 1, NULL, 0, &p->text);
  if (selected)
    canvas->funcs->stroke_rect (canvas->data, x0 - 2, bar->y - 2, x1 - x0 + 4, bar->height + 4,
                                p->high_contrast ? 3 : 2, NULL, 0, &p->selection);
  if (focused)
    canvas->funcs->stroke_rect (canvas->data, x0 - 4, bar->y - 4, x1 - x0 + 8, bar->height + 8, 2, NULL, 0, &p->focus);

  if (bar->label_place != SUCCESSION_CHART_LABEL_INSIDE)
    return;

  /* On a fade the bar runs from pale to full: the text is drawn dark on a patch of the
   * background, readable whatever shade is under it. */
  if (bar->label_on_fade && kind != SUCCESSION_TENURE_KIND_VACANCY)
    {
      SuccessionChartColor backdrop = with_alpha (&p->background, 0.85);

      canvas->funcs->fill_rect (canvas->data, bar->label_x - 2, bar->y + 2, bar->label_width + 4,
                                MAX (1, bar->height - 4), 3, &backdrop);
      label_color = &p->text;
    }
  show_text (canvas, bar->label_text, bar->label_x, bar->y + bar->height / 2, label_color);
}

/* Three quarters of @font, in the font's own unit: a print font's size is absolute (points
 * on paper), and a relative size would grow by the resolution. */
static PangoFontDescription *
small_font (PangoLayout *text)
{
  const PangoFontDescription *font = pango_layout_get_font_description (text);
  PangoFontDescription       *small;

  if (font == NULL)
    font = pango_context_get_font_description (pango_layout_get_context (text));
  small = pango_font_description_copy (font);
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (small, pango_font_description_get_size (font) * 3 / 4);
  else
    pango_font_description_set_size (small, pango_font_description_get_size (font) * 3 / 4);
  return small;
}

static void
paint_band_labels (const SuccessionChartCanvas  *canvas,
                   GArray                       *bands,
                   const SuccessionChartPalette *p)
{
  PangoFontDescription *saved = pango_layout_get_font_description (canvas->text) != NULL
                                  ? pango_font_description_copy (pango_layout_get_font_description (canvas->text))
                                  : NULL;
  PangoFontDescription *small = small_font (canvas->text);

  pango_layout_set_font_description (canvas->text, small);
  for (guint i = 0; i < bands->len; i++)
    {
      const SuccessionChartBand *band = &g_array_index (bands, SuccessionChartBand, i);

      if (band->label == NULL)
        continue;
      succession_chart_set_text (canvas->text, band->label);
      canvas->funcs->show_layout (canvas->data, canvas->text, band->label_x, band->y + 1, &p->dim_text);
    }
  pango_layout_set_font_description (canvas->text, saved);
  if (saved != NULL)
    pango_font_description_free (saved);
  pango_font_description_free (small);
}

static void
paint_row_names (const SuccessionChartCanvas  *canvas,
                 GArray                       *rows,
                 double                        name_width,
                 double                        width,
                 const SuccessionChartPalette *p)
{
  PangoLayout *text = canvas->text;

  for (guint i = 0; i < rows->len; i++)
    {
      const SuccessionChartRowBox *row = &g_array_index (rows, SuccessionChartRowBox, i);

      fill_rect (canvas, 0, row->y + row->height - p->rule_width, width, p->rule_width, &p->row_separator);
      if (name_width > 12)
        {
          int height;

          pango_layout_set_width (text, (int) ((name_width - 12) * PANGO_SCALE));
          pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
          /* As many lines as the row has room for; the rest ellipsized. */
          pango_layout_set_height (text, (int) ((row->height - 4) * PANGO_SCALE));
          pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
          succession_chart_set_text (text, row->label);
          pango_layout_get_size (text, NULL, &height);
          canvas->funcs->show_layout (canvas->data, text, 6,
                                      row->y + MAX (2, (row->height - (double) height / PANGO_SCALE) / 2), &p->text);
          pango_layout_set_width (text, -1);
          pango_layout_set_height (text, -1);
          pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_NONE);
        }
    }
}

static void
paint_axis (SuccessionChartLayout        *layout,
            const SuccessionChartCanvas  *canvas,
            const SuccessionChartPalette *p)
{
  const SuccessionChartOptions *options = succession_chart_layout_get_options (layout);
  GArray                       *ticks = succession_chart_layout_get_ticks (layout);
  double                        axis = options->axis_height;

  fill_rect (canvas, 0, 0, options->width, axis, &p->background);
  fill_rect (canvas, options->name_width, axis - 1, options->width - options->name_width, 1, &p->row_separator);
  for (guint i = 0; i < ticks->len; i++)
    {
      const SuccessionChartTick *tick = &g_array_index (ticks, SuccessionChartTick, i);
      double                     length = tick->major ? 8 : 5;

      fill_rect (canvas, round (tick->x), axis - length, 1, length, &p->row_separator);
      if (tick->label != NULL)
        show_text (canvas, tick->label, tick->label_x, axis / 2 - 2, tick->major ? &p->text : &p->dim_text);
    }
}

void
succession_chart_paint (SuccessionChartLayout        *layout,
                        const SuccessionChartCanvas  *canvas,
                        const SuccessionChartPalette *p,
                        const SuccessionChartView    *view)
{
  const SuccessionChartOptions *options;
  GArray                       *rows, *bars, *bands, *ticks;
  double                        plot_x0, plot_x1, axis, top, bottom, x;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (canvas != NULL && canvas->text != NULL);
  g_return_if_fail (view != NULL);

  options = succession_chart_layout_get_options (layout);
  rows = succession_chart_layout_get_rows (layout);
  bars = succession_chart_layout_get_bars (layout);
  bands = succession_chart_layout_get_bands (layout);
  ticks = succession_chart_layout_get_ticks (layout);
  plot_x0 = options->name_width;
  plot_x1 = options->width;
  axis = options->axis_height;
  /* The layout's lines on view, from under the axis to the foot of the view or the chart. */
  top = view->scroll_y + axis;
  bottom = MIN (succession_chart_layout_get_height (layout), view->scroll_y + view->view_height);

  fill_rect (canvas, 0, 0, plot_x1, view->view_height, &p->background);

  /* Everything under the axis scrolls; the axis stays. */
  canvas->funcs->push_clip (canvas->data, 0, axis, plot_x1, MAX (0, view->view_height - axis));
  canvas->funcs->push_translate (canvas->data, 0, -view->scroll_y);

  for (guint i = 0; i < bands->len; i++)
    {
      const SuccessionChartBand *band = &g_array_index (bands, SuccessionChartBand, i);

      fill_rect (canvas, band->x0, band->y, band->x1 - band->x0, band->height, band->odd ? &p->band_odd : &p->band_even);
    }
  for (guint i = 0; i < ticks->len; i++)
    {
      const SuccessionChartTick *tick = &g_array_index (ticks, SuccessionChartTick, i);

      fill_rect (canvas, round (tick->x), top, p->grid_width, MAX (0, bottom - top), &p->grid);
    }
  paint_band_labels (canvas, bands, p);

  /* Bars and their labels, clipped to the plot. */
  canvas->funcs->push_clip (canvas->data, plot_x0, top, plot_x1 - plot_x0, MAX (0, view->view_height - axis));
  for (guint i = 0; i < bars->len; i++)
    {
      const SuccessionChartBar *bar = &g_array_index (bars, SuccessionChartBar, i);
      SuccessionTenure         *tenure = bar->item->tenure;

      paint_bar (canvas, bar, p, view->selected != NULL && tenure == view->selected,
                 view->focused != NULL && tenure == view->focused);
    }
  x = succession_chart_layout_get_today_x (layout);
  if (!isnan (x))
    fill_rect (canvas, x - 0.75, top, 1.5, MAX (0, bottom - top), &p->today);
  x = succession_chart_layout_get_cursor_x (layout);
  if (!isnan (x))
    fill_rect (canvas, x - 0.75, top, 1.5, MAX (0, bottom - top), &p->cursor);
  canvas->funcs->pop_clip (canvas->data);

  /* The names column over the plot's left edge, and the row separators across both. */
  if (plot_x0 > 0)
    fill_rect (canvas, 0, top, plot_x0, view->view_height, &p->background);
  paint_row_names (canvas, rows, plot_x0, plot_x1, p);
  if (plot_x0 > 0)
    fill_rect (canvas, plot_x0 - p->rule_width, top, p->rule_width, MAX (0, bottom - top), &p->row_separator);

  canvas->funcs->pop_translate (canvas->data);
  canvas->funcs->pop_clip (canvas->data);

  paint_axis (layout, canvas, p);
}

/* ---------------------------------------------------------------------------------------- */
/* The key                                                                                   */

static void
paint_swatch (const SuccessionChartCanvas  *canvas,
              SuccessionChartKeyKind        swatch,
              double                        x,
              double                        y,
              const SuccessionChartPalette *p)
{
  double w = SUCCESSION_CHART_KEY_SWATCH_WIDTH;
  double h = SUCCESSION_CHART_KEY_SWATCH_HEIGHT;

  switch (swatch)
    {
    case SUCCESSION_CHART_KEY_HOLDERS:
      paint_tenure (canvas, p, SUCCESSION_TENURE_KIND_REGULAR, 0, x, x + w / 2, x, x + w / 2, y, h);
      paint_tenure (canvas, p, SUCCESSION_TENURE_KIND_REGULAR, 1, x + w / 2, x + w, x + w / 2, x + w, y, h);
      break;
    case SUCCESSION_CHART_KEY_ACTING:
      paint_tenure (canvas, p, SUCCESSION_TENURE_KIND_ACTING, 0, x, x + w, x, x + w, y, h);
      break;
    case SUCCESSION_CHART_KEY_VACANT:
      paint_tenure (canvas, p, SUCCESSION_TENURE_KIND_VACANCY, 0, x, x + w, x, x + w, y, h);
      break;
    case SUCCESSION_CHART_KEY_FADE:
    case SUCCESSION_CHART_KEY_N_ITEMS:
    default:
      paint_tenure (canvas, p, SUCCESSION_TENURE_KIND_REGULAR, 0, x, x + w, x + w * 0.45, x + w, y, h);
      break;
    }
  if (p->high_contrast && swatch != SUCCESSION_CHART_KEY_VACANT)
    canvas->funcs->stroke_rect (canvas->data, x, y, w, h, 1, NULL, 0, &p->text);
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
  int          w, h;

  pango_layout_set_width (layout, wrap_width > 0 ? (int) floor (wrap_width * PANGO_SCALE) : -1);
  succession_chart_set_text (layout, text);
  pango_layout_get_size (layout, &w, &h);
  pango_layout_set_width (layout, -1);
  *width = (double) w / PANGO_SCALE;
  *height = (double) h / PANGO_SCALE;
}

double
succession_chart_paint_legend (const SuccessionChartCanvas  *canvas,
                               PangoLayout                  *text,
                               const SuccessionChartPalette *p,
                               double                        width)
{
  SuccessionChartKeyItem items[SUCCESSION_CHART_KEY_N_ITEMS];
  double                 height;

  g_return_val_if_fail (text != NULL, 0);

  pango_layout_set_width (text, -1);
  pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
  height = succession_chart_key_layout (width, measure_block, text, items);
  if (canvas == NULL)
    return height;

  for (guint k = 0; k < SUCCESSION_CHART_KEY_N_ITEMS; k++)
    {
      const SuccessionChartKeyItem *item = &items[k];

      paint_swatch (canvas, item->kind, item->swatch_x, item->swatch_y, p);
      pango_layout_set_width (text, item->wrap_width > 0 ? (int) floor (item->wrap_width * PANGO_SCALE) : -1);
      succession_chart_set_text (text, item->label);
      canvas->funcs->show_layout (canvas->data, text, item->text_x, item->text_y, &p->text);
    }
  pango_layout_set_width (text, -1);
  return height;
}

/* ---------------------------------------------------------------------------------------- */
/* Text                                                                                      */

void
succession_chart_set_text (PangoLayout *layout,
                           const char  *text)
{
  const char    *han_language = succession_format_han_language ();
  PangoAttrList *attrs = pango_attr_list_new ();
  const char    *run = NULL;

  /* Han characters take the glyph shapes of their language (Simplified Chinese by default, as
   * the names are shown); everything else keeps the interface's fonts. Without this an English
   * interface draws Chinese names with whatever CJK face fontconfig lists first, often the
   * Japanese one. */
  for (const char *p = text;; p = g_utf8_next_char (p))
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
