/* succession-chart-snapshot.c — the chart canvas over a GtkSnapshot, for the widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart-snapshot"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "succession-chart-cairo.h"
#include "succession-chart-snapshot.h"

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

static GdkRGBA
mix (const GdkRGBA *a,
     const GdkRGBA *b,
     double         t)
{
  GdkRGBA c;

  c.red = a->red * (1 - t) + b->red * t;
  c.green = a->green * (1 - t) + b->green * t;
  c.blue = a->blue * (1 - t) + b->blue * t;
  c.alpha = a->alpha * (1 - t) + b->alpha * t;
  return c;
}

static void
lookup (GtkStyleContext *context,
        const char      *name,
        const char      *fallback,
        GdkRGBA         *out)
{
  if (!gtk_style_context_lookup_color (context, name, out))
    gdk_rgba_parse (out, fallback);
}

static SuccessionChartColor
chart_color (const GdkRGBA *c)
{
  return (SuccessionChartColor){ c->red, c->green, c->blue, c->alpha };
}

static GdkRGBA
gdk_color (const SuccessionChartColor *c)
{
  return (GdkRGBA){ c->red, c->green, c->blue, c->alpha };
}

typedef struct
{
  GdkRGBA background, text, dim_text, grid, band_even, band_odd, row_separator, bar, bar_alt, bar_text,
    acting, acting_text, vacancy, today, cursor, selection, focus;
} ScreenColors;

void
succession_chart_snapshot_palette_init (SuccessionChartPalette *palette,
                                        GtkWidget              *widget)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  gboolean         hc = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GdkRGBA          accent_bg, accent_fg, accent, warning_bg, warning_fg;
  ScreenColors     screen, *p = &screen;

  lookup (context, "view_bg_color", "#ffffff", &p->background);
  lookup (context, "view_fg_color", "rgba(0,0,0,0.8)", &p->text);
  lookup (context, "accent_bg_color", "#3584e4", &accent_bg);
  lookup (context, "accent_fg_color", "#ffffff", &accent_fg);
  lookup (context, "accent_color", "#1c71d8", &accent);
  lookup (context, "warning_bg_color", "#e5a50a", &warning_bg);
  lookup (context, "warning_fg_color", "rgba(0,0,0,0.8)", &warning_fg);
  lookup (context, "destructive_color", "#c01c28", &p->today);

  /* The text colour is translucent in Adwaita; paint it opaque so labels stay crisp. */
  p->text = mix (&p->background, &(GdkRGBA){ p->text.red, p->text.green, p->text.blue, 1 }, p->text.alpha);
  p->dim_text = with_alpha (&p->text, hc ? 0.85 : 0.62);
  p->grid = with_alpha (&p->text, hc ? 0.35 : 0.12);
  p->band_even = with_alpha (&p->text, hc ? 0.04 : 0.025);
  p->band_odd = with_alpha (&p->text, hc ? 0.12 : 0.07);
  p->row_separator = with_alpha (&p->text, hc ? 0.6 : 0.2);
  p->bar = accent_bg;
  /* Every other bar a darker shade, so a handover shows and white labels stay readable. */
  p->bar_alt = mix (&accent_bg, &(GdkRGBA){ 0, 0, 0, 1 }, 0.25);
  p->bar_text = accent_fg;
  p->acting = warning_bg;
  p->acting_text = mix (&warning_bg, &(GdkRGBA){ warning_fg.red, warning_fg.green, warning_fg.blue, 1 },
                        warning_fg.alpha);
  p->vacancy = with_alpha (&p->text, hc ? 0.9 : 0.55);
  p->cursor = accent;
  p->selection = p->text;
  p->focus = with_alpha (&accent, 0.6);

  *palette = (SuccessionChartPalette){
    .background = chart_color (&p->background),
    .text = chart_color (&p->text),
    .dim_text = chart_color (&p->dim_text),
    .grid = chart_color (&p->grid),
    .band_even = chart_color (&p->band_even),
    .band_odd = chart_color (&p->band_odd),
    .row_separator = chart_color (&p->row_separator),
    .bar = chart_color (&p->bar),
    .bar_alt = chart_color (&p->bar_alt),
    .bar_text = chart_color (&p->bar_text),
    .acting = chart_color (&p->acting),
    .acting_text = chart_color (&p->acting_text),
    .vacancy = chart_color (&p->vacancy),
    .today = chart_color (&p->today),
    .cursor = chart_color (&p->cursor),
    .selection = chart_color (&p->selection),
    .focus = chart_color (&p->focus),
    .grid_width = 1,
    .rule_width = 1,
    .high_contrast = hc,
  };
}

/* ---------------------------------------------------------------------------------------- */
/* The canvas                                                                                */

/* The cairo canvas's operations, for what GSK has no node for. */
static const SuccessionChartCanvasFuncs *
cairo_canvas (cairo_t *cr)
{
  SuccessionChartCanvas canvas;

  succession_chart_cairo_canvas_init (&canvas, cr, NULL);
  return canvas.funcs;
}

static void
snapshot_fill_rect (gpointer                    data,
                    double                      x,
                    double                      y,
                    double                      width,
                    double                      height,
                    double                      radius,
                    const SuccessionChartColor *color)
{
  GtkSnapshot *snapshot = data;
  GdkRGBA      rgba = gdk_color (color);

  if (radius > 0)
    {
      GskRoundedRect rect;

      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, MAX (width, 0), MAX (height, 0)), radius);
      gtk_snapshot_push_rounded_clip (snapshot, &rect);
      gtk_snapshot_append_color (snapshot, &rgba, &rect.bounds);
      gtk_snapshot_pop (snapshot);
    }
  else
    gtk_snapshot_append_color (snapshot, &rgba, &GRAPHENE_RECT_INIT (x, y, MAX (width, 0), MAX (height, 0)));
}

static void
snapshot_fill_gradient (gpointer                   data,
                        double                     x,
                        double                     y,
                        double                     width,
                        double                     height,
                        double                     x_from,
                        double                     x_to,
                        const SuccessionChartStop *stops,
                        guint                      n_stops)
{
  GskColorStop *gsk_stops = g_newa (GskColorStop, n_stops);

  for (guint i = 0; i < n_stops; i++)
    gsk_stops[i] = (GskColorStop){ stops[i].offset, gdk_color (&stops[i].color) };
  gtk_snapshot_append_linear_gradient (data, &GRAPHENE_RECT_INIT (x, y, MAX (width, 0), MAX (height, 0)),
                                       &GRAPHENE_POINT_INIT (x_from, 0), &GRAPHENE_POINT_INIT (x_to, 0),
                                       gsk_stops, n_stops);
}

static void
snapshot_stroke_rect (gpointer                    data,
                      double                      x,
                      double                      y,
                      double                      width,
                      double                      height,
                      double                      line_width,
                      const double               *dashes,
                      guint                       n_dashes,
                      const SuccessionChartColor *color)
{
  GtkSnapshot *snapshot = data;
  GdkRGBA      rgba = gdk_color (color);

  if (dashes == NULL)
    {
      GskRoundedRect rect;
      const float    widths[4] = { line_width, line_width, line_width, line_width };
      const GdkRGBA  colors[4] = { rgba, rgba, rgba, rgba };

      gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, MAX (width, 0), MAX (height, 0)), 0);
      gtk_snapshot_append_border (snapshot, &rect, widths, colors);
    }
  else
    {
      /* GSK has no dashed border: the cairo canvas draws this one, in a cairo node. */
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, MAX (width, 1), MAX (height, 1)));

      cairo_canvas (cr)->stroke_rect (cr, x, y, width, height, line_width, dashes, n_dashes, color);
      cairo_destroy (cr);
    }
}

static void
snapshot_stroke_segments (gpointer                    data,
                          double                      x,
                          double                      y,
                          double                      width,
                          double                      height,
                          const double               *segments,
                          guint                       n_segments,
                          double                      line_width,
                          const SuccessionChartColor *color)
{
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  /* Lines clipped to a box are no GSK node: the cairo canvas draws them, in a cairo node. */
  cr = gtk_snapshot_append_cairo (data, &GRAPHENE_RECT_INIT (x, y, width, height));
  cairo_canvas (cr)->stroke_segments (cr, x, y, width, height, segments, n_segments, line_width, color);
  cairo_destroy (cr);
}

static void
snapshot_show_layout (gpointer                    data,
                      PangoLayout                *layout,
                      double                      x,
                      double                      y,
                      const SuccessionChartColor *color)
{
  GtkSnapshot *snapshot = data;
  GdkRGBA      rgba = gdk_color (color);

  /* Text on whole pixels stays crisp. */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, round (y)));
  gtk_snapshot_append_layout (snapshot, layout, &rgba);
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_push_clip (gpointer data,
                    double   x,
                    double   y,
                    double   width,
                    double   height)
{
  gtk_snapshot_push_clip (data, &GRAPHENE_RECT_INIT (x, y, MAX (width, 0), MAX (height, 0)));
}

static void
snapshot_push_translate (gpointer data,
                         double   dx,
                         double   dy)
{
  gtk_snapshot_save (data);
  gtk_snapshot_translate (data, &GRAPHENE_POINT_INIT (dx, dy));
}

static void
snapshot_pop_clip (gpointer data)
{
  gtk_snapshot_pop (data);
}

static void
snapshot_pop_translate (gpointer data)
{
  gtk_snapshot_restore (data);
}

static const SuccessionChartCanvasFuncs snapshot_canvas_funcs = {
  .fill_rect = snapshot_fill_rect,
  .fill_gradient = snapshot_fill_gradient,
  .stroke_rect = snapshot_stroke_rect,
  .stroke_segments = snapshot_stroke_segments,
  .show_layout = snapshot_show_layout,
  .push_clip = snapshot_push_clip,
  .pop_clip = snapshot_pop_clip,
  .push_translate = snapshot_push_translate,
  .pop_translate = snapshot_pop_translate,
};

void
succession_chart_snapshot_canvas_init (SuccessionChartCanvas *canvas,
                                       GtkSnapshot           *snapshot,
                                       PangoLayout           *text)
{
  *canvas = (SuccessionChartCanvas){ &snapshot_canvas_funcs, snapshot, text };
}
