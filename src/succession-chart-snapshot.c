/* succession-chart-snapshot.c — draws a chart layout into a GtkSnapshot, for the widget
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

void
succession_chart_snapshot_palette_init (SuccessionChartSnapshotPalette *p,
                                        GtkWidget                      *widget)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  gboolean hc = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GdkRGBA accent_bg, accent_fg, accent, warning_bg, warning_fg;

  memset (p, 0, sizeof *p);
  p->high_contrast = hc;

  lookup (context, "view_bg_color", "#ffffff", &p->background);
  lookup (context, "view_fg_color", "rgba(0,0,0,0.8)", &p->text);
  lookup (context, "accent_bg_color", "#3584e4", &accent_bg);
  lookup (context, "accent_fg_color", "#ffffff", &accent_fg);
  lookup (context, "accent_color", "#1c71d8", &accent);
  lookup (context, "warning_bg_color", "#e5a50a", &warning_bg);
  lookup (context, "warning_fg_color", "rgba(0,0,0,0.8)", &warning_fg);
  lookup (context, "destructive_color", "#c01c28", &p->today);

  /* The text colour is translucent in Adwaita; paint it opaque so labels stay crisp. */
  p->text = mix (&p->background, &(GdkRGBA) { p->text.red, p->text.green, p->text.blue, 1 }, p->text.alpha);
  p->dim_text = with_alpha (&p->text, hc ? 0.85 : 0.62);
  p->grid = with_alpha (&p->text, hc ? 0.35 : 0.12);
  p->band_even = with_alpha (&p->text, hc ? 0.04 : 0.025);
  p->band_odd = with_alpha (&p->text, hc ? 0.12 : 0.07);
  p->row_separator = with_alpha (&p->text, hc ? 0.6 : 0.2);
  p->bar = accent_bg;
  /* Every other bar a darker shade, so a handover shows and white labels stay readable. */
  p->bar_alt = mix (&accent_bg, &(GdkRGBA) { 0, 0, 0, 1 }, 0.25);
  p->bar_text = accent_fg;
  p->acting = warning_bg;
  p->acting_text = mix (&warning_bg, &(GdkRGBA) { warning_fg.red, warning_fg.green, warning_fg.blue, 1 },
                        warning_fg.alpha);
  p->vacancy = with_alpha (&p->text, hc ? 0.9 : 0.55);
  p->cursor = accent;
  p->selection = p->text;
  p->focus = with_alpha (&accent, 0.6);
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *text,
             const char    *string,
             double         x,
             double         y_center,
             const GdkRGBA *color)
{
  int height;

  /* Text is set as text, never parsed as markup; Han runs in their language. */
  succession_chart_set_text (text, string);
  pango_layout_get_pixel_size (text, NULL, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, round (y_center - height / 2.0)));
  gtk_snapshot_append_layout (snapshot, text, color);
  gtk_snapshot_restore (snapshot);
}

static void
fill_fading_bar (GtkSnapshot              *snapshot,
                 const SuccessionChartBar *bar,
                 double                    x0,
                 double                    x1,
                 const GdkRGBA            *color)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x0, bar->y, x1 - x0, bar->height);
  double width = bar->x1 - bar->x0;
  GskColorStop stops[4];

  if (bar->solid_x0 <= bar->x0 + 0.5 && bar->solid_x1 >= bar->x1 - 0.5)
    {
      gtk_snapshot_append_color (snapshot, color, &rect);
      return;
    }

  /* Partial dates: the bar fades in across the month or year its start lies in. */
  stops[0] = (GskColorStop) { 0, with_alpha (color, 0.15) };
  stops[1] = (GskColorStop) { CLAMP ((bar->solid_x0 - bar->x0) / width, 0, 1), *color };
  stops[2] = (GskColorStop) { MAX (stops[1].offset, CLAMP ((bar->solid_x1 - bar->x0) / width, 0, 1)), *color };
  stops[3] = (GskColorStop) { 1, with_alpha (color, 0.15) };
  gtk_snapshot_append_linear_gradient (snapshot, &rect,
                                       &GRAPHENE_POINT_INIT (bar->x0, 0), &GRAPHENE_POINT_INIT (bar->x1, 0),
                                       stops, G_N_ELEMENTS (stops));
}

static void
outline (GtkSnapshot   *snapshot,
         double         x,
         double         y,
         double         w,
         double         h,
         double         width,
         const GdkRGBA *color)
{
  GskRoundedRect rect;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, MAX (w, 0), MAX (h, 0)), 0);
  gtk_snapshot_append_border (snapshot, &rect, widths, colors);
}

static void
paint_bar (GtkSnapshot                          *snapshot,
           PangoLayout                          *text,
           const SuccessionChartBar             *bar,
           const SuccessionChartSnapshotPalette *p,
           gboolean                              selected,
           gboolean                              focused)
{
  const SuccessionChartItem *item = bar->item;
  double x0 = bar->x0;
  double x1 = bar->x1;
  double mid = bar->y + bar->height / 2;
  const GdkRGBA *label_color = &p->text;

  /* A hairline gap at the end, so a handover between two bars shows. */
  if (x1 - x0 > 3)
    x1 -= 1;

  switch (item->kind)
    {
    case SUCCESSION_TENURE_KIND_VACANCY:
      {
        /* Vacancies: a dashed outline and no fill, told apart without colour. */
        graphene_rect_t bounds = GRAPHENE_RECT_INIT (x0, bar->y, x1 - x0, bar->height);
        cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);
        static const double dashes[] = { 4, 3 };

        gdk_cairo_set_source_rgba (cr, &p->vacancy);
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
        cairo_set_line_width (cr, p->high_contrast ? 2 : 1);
        cairo_rectangle (cr, x0 + 0.5, bar->y + 0.5, MAX (0, x1 - x0 - 1), bar->height - 1);
        cairo_stroke (cr);
        cairo_destroy (cr);
        label_color = &p->dim_text;
      }
      break;

    case SUCCESSION_TENURE_KIND_ACTING:
      {
        graphene_rect_t bounds = GRAPHENE_RECT_INIT (x0, bar->y, x1 - x0, bar->height);
        cairo_t *cr;

        fill_fading_bar (snapshot, bar, x0, x1, &p->acting);
        /* Acting holders are hatched as well as coloured. */
        cr = gtk_snapshot_append_cairo (snapshot, &bounds);
        cairo_rectangle (cr, x0, bar->y, x1 - x0, bar->height);
        cairo_clip (cr);
        gdk_cairo_set_source_rgba (cr, &(GdkRGBA) { p->acting_text.red, p->acting_text.green,
                                                    p->acting_text.blue, 0.35 });
        cairo_set_line_width (cr, 1.5);
        for (double x = floor ((x0 - bar->height) / 6) * 6; x < x1; x += 6)
          {
            cairo_move_to (cr, x, bar->y + bar->height);
            cairo_line_to (cr, x + bar->height, bar->y);
          }
        cairo_stroke (cr);
        cairo_destroy (cr);
        label_color = &p->acting_text;
      }
      break;

    case SUCCESSION_TENURE_KIND_HONORARY:
      {
        GdkRGBA light = with_alpha (&p->bar, 0.5);

        fill_fading_bar (snapshot, bar, x0, x1, &light);
        label_color = &p->text;
      }
      break;

    case SUCCESSION_TENURE_KIND_REGULAR:
    default:
      fill_fading_bar (snapshot, bar, x0, x1, bar->index % 2 == 0 ? &p->bar : &p->bar_alt);
      label_color = &p->bar_text;
      break;
    }

  if (p->high_contrast && item->kind != SUCCESSION_TENURE_KIND_VACANCY)
    outline (snapshot, x0, bar->y, x1 - x0, bar->height, 1, &p->text);

  if (selected)
    outline (snapshot, x0 - 2, bar->y - 2, x1 - x0 + 4, bar->height + 4, p->high_contrast ? 3 : 2, &p->selection);

  if (focused)
    outline (snapshot, x0 - 4, bar->y - 4, x1 - x0 + 8, bar->height + 8, 2, &p->focus);

  switch (bar->label_place)
    {
    case SUCCESSION_CHART_LABEL_INSIDE:
      /* On a fade the bar runs from pale to full: the text is drawn dark on a patch of the
       * background, readable whatever shade is under it, as on the page. */
      if (bar->label_on_fade && item->kind != SUCCESSION_TENURE_KIND_VACANCY)
        {
          GskRoundedRect patch;
          GdkRGBA backdrop = with_alpha (&p->background, 0.85);

          gsk_rounded_rect_init_from_rect (&patch,
                                           &GRAPHENE_RECT_INIT (bar->label_x - 2, bar->y + 2,
                                                                bar->label_width + 4, MAX (1, bar->height - 4)),
                                           3);
          gtk_snapshot_push_rounded_clip (snapshot, &patch);
          gtk_snapshot_append_color (snapshot, &backdrop, &patch.bounds);
          gtk_snapshot_pop (snapshot);
        }
      append_text (snapshot, text, bar->label_text, bar->label_x, mid,
                   bar->label_on_fade && item->kind != SUCCESSION_TENURE_KIND_VACANCY ? &p->text : label_color);
      break;
    case SUCCESSION_CHART_LABEL_NONE:
    default:
      break;
    }
}

static void
paint_axis (SuccessionChartLayout                *layout,
            GtkSnapshot                          *snapshot,
            PangoLayout                          *text,
            const SuccessionChartSnapshotPalette *p)
{
  const SuccessionChartOptions *options = succession_chart_layout_get_options (layout);
  GArray *ticks = succession_chart_layout_get_ticks (layout);
  double axis = options->axis_height;

  gtk_snapshot_append_color (snapshot, &p->background, &GRAPHENE_RECT_INIT (0, 0, options->width, axis));
  gtk_snapshot_append_color (snapshot, &p->row_separator,
                             &GRAPHENE_RECT_INIT (options->name_width, axis - 1, options->width - options->name_width, 1));
  for (guint i = 0; i < ticks->len; i++)
    {
      const SuccessionChartTick *tick = &g_array_index (ticks, SuccessionChartTick, i);
      double len = tick->major ? 8 : 5;

      gtk_snapshot_append_color (snapshot, &p->row_separator,
                                 &GRAPHENE_RECT_INIT (round (tick->x), axis - len, 1, len));
      if (tick->label != NULL)
        append_text (snapshot, text, tick->label, tick->label_x, axis / 2 - 2, tick->major ? &p->text : &p->dim_text);
    }
}

void
succession_chart_snapshot_paint (SuccessionChartLayout                *layout,
                                 GtkSnapshot                          *snapshot,
                                 PangoLayout                          *text,
                                 const SuccessionChartSnapshotPalette *p,
                                 double                                scroll_y,
                                 double                                view_height,
                                 SuccessionTenure                     *selected,
                                 SuccessionTenure                     *focused)
{
  const SuccessionChartOptions *options = succession_chart_layout_get_options (layout);
  GArray *rows = succession_chart_layout_get_rows (layout);
  GArray *bars = succession_chart_layout_get_bars (layout);
  GArray *bands = succession_chart_layout_get_bands (layout);
  GArray *ticks = succession_chart_layout_get_ticks (layout);
  PangoFontDescription *small;
  const PangoFontDescription *font;
  double plot_x0 = options->name_width;
  double plot_x1 = options->width;
  double axis = options->axis_height;
  double bottom = MIN (succession_chart_layout_get_height (layout), scroll_y + view_height);
  double x;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (snapshot != NULL);

  gtk_snapshot_append_color (snapshot, &p->background, &GRAPHENE_RECT_INIT (0, 0, plot_x1, view_height));

  /* Everything under the axis scrolls; the axis stays. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, axis, plot_x1, MAX (0, view_height - axis)));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, -scroll_y));

  for (guint i = 0; i < bands->len; i++)
    {
      const SuccessionChartBand *band = &g_array_index (bands, SuccessionChartBand, i);

      gtk_snapshot_append_color (snapshot, band->odd ? &p->band_odd : &p->band_even,
                                 &GRAPHENE_RECT_INIT (band->x0, band->y, band->x1 - band->x0, band->height));
    }

  for (guint i = 0; i < ticks->len; i++)
    {
      const SuccessionChartTick *tick = &g_array_index (ticks, SuccessionChartTick, i);

      gtk_snapshot_append_color (snapshot, &p->grid,
                                 &GRAPHENE_RECT_INIT (round (tick->x), scroll_y + axis, 1, bottom - scroll_y - axis));
    }

  /* Band numbers, small, at the top of each band. */
  font = pango_context_get_font_description (pango_layout_get_context (text));
  small = pango_font_description_copy (pango_layout_get_font_description (text) != NULL
                                       ? pango_layout_get_font_description (text) : font);
  pango_font_description_set_size (small, pango_font_description_get_size (small) * 3 / 4);
  pango_layout_set_font_description (text, small);
  for (guint i = 0; i < bands->len; i++)
    {
      const SuccessionChartBand *band = &g_array_index (bands, SuccessionChartBand, i);

      if (band->label == NULL)
        continue;
      pango_layout_set_text (text, band->label, -1);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (band->label_x, band->y));
      gtk_snapshot_append_layout (snapshot, text, &p->dim_text);
      gtk_snapshot_restore (snapshot);
    }
  pango_layout_set_font_description (text, NULL);
  pango_font_description_free (small);

  /* Bars and their labels, clipped to the plot. */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (plot_x0, scroll_y + axis, plot_x1 - plot_x0,
                                                         MAX (0, view_height - axis)));
  for (guint i = 0; i < bars->len; i++)
    {
      const SuccessionChartBar *bar = &g_array_index (bars, SuccessionChartBar, i);
      SuccessionTenure *tenure = bar->item->tenure;

      paint_bar (snapshot, text, bar, p, selected != NULL && tenure == selected,
                 focused != NULL && tenure == focused);
    }

  x = succession_chart_layout_get_today_x (layout);
  if (!isnan (x))
    gtk_snapshot_append_color (snapshot, &p->today, &GRAPHENE_RECT_INIT (x - 0.75, scroll_y + axis, 1.5, view_height));

  x = succession_chart_layout_get_cursor_x (layout);
  if (!isnan (x))
    gtk_snapshot_append_color (snapshot, &p->cursor, &GRAPHENE_RECT_INIT (x - 0.75, scroll_y + axis, 1.5, view_height));
  gtk_snapshot_pop (snapshot);

  /* The names column over the plot's left edge, and the row separators across both. */
  if (plot_x0 > 0)
    gtk_snapshot_append_color (snapshot, &p->background,
                               &GRAPHENE_RECT_INIT (0, scroll_y + axis, plot_x0, view_height));
  for (guint i = 0; i < rows->len; i++)
    {
      const SuccessionChartRowBox *row = &g_array_index (rows, SuccessionChartRowBox, i);

      gtk_snapshot_append_color (snapshot, &p->row_separator,
                                 &GRAPHENE_RECT_INIT (0, row->y + row->height - 1, plot_x1, 1));

      if (plot_x0 > 12)
        {
          int height;

          pango_layout_set_width (text, (int) ((plot_x0 - 12) * PANGO_SCALE));
          pango_layout_set_wrap (text, PANGO_WRAP_WORD_CHAR);
          /* As many lines as the row has room for; the rest ellipsized. */
          pango_layout_set_height (text, (int) ((row->height - 4) * PANGO_SCALE));
          pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
          pango_layout_set_text (text, row->label, -1);
          pango_layout_get_pixel_size (text, NULL, &height);
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (6, row->y + MAX (2, round ((row->height - height) / 2))));
          gtk_snapshot_append_layout (snapshot, text, &p->text);
          gtk_snapshot_restore (snapshot);
          pango_layout_set_width (text, -1);
          pango_layout_set_height (text, -1);
          pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_NONE);
        }
    }
  if (plot_x0 > 0)
    gtk_snapshot_append_color (snapshot, &p->row_separator,
                               &GRAPHENE_RECT_INIT (plot_x0 - 1, scroll_y + axis, 1, bottom - scroll_y - axis));

  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  paint_axis (layout, snapshot, text, p);
}
