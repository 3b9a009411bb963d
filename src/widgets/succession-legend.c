/* succession-legend.c — the chart's key on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same key as on paper (succession_chart_paint_legend()), in the colours of the
 * window's style, so what a shade, a hatching, a dashed box or a fade means is never a guess.
 * It flows into as many lines as the width needs; its height follows.
 */

#define G_LOG_DOMAIN "succession-legend"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "succession-chart-snapshot.h"
#include "succession-format.h"
#include "succession-legend.h"

struct _SuccessionLegend
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (SuccessionLegend, succession_legend, GTK_TYPE_WIDGET)

static PangoLayout *
key_layout (GtkWidget *widget)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);

  pango_context_set_language (pango_layout_get_context (layout),
                              pango_language_from_string (succession_format_pango_language ()));
  return layout;
}

static void
succession_legend_measure (GtkWidget     *widget,
                           GtkOrientation orientation,
                           int            for_size,
                           int           *minimum,
                           int           *natural,
                           int           *minimum_baseline,
                           int           *natural_baseline)
{
  g_autoptr(PangoLayout) layout = key_layout (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Any width: the items flow into more lines when narrow. */
      *minimum = 120;
      *natural = 600;
      return;
    }

  /* The height of the key at the width it gets, all its lines included. */
  {
    double height = succession_chart_paint_legend (NULL, layout, NULL, for_size > 0 ? for_size : 600);

    *minimum = *natural = (int) ceil (height);
  }
}

static GtkSizeRequestMode
succession_legend_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
succession_legend_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(PangoLayout) layout = key_layout (widget);
  SuccessionChartPalette palette;
  SuccessionChartCanvas  canvas;

  succession_chart_snapshot_palette_init (&palette, widget);
  succession_chart_snapshot_canvas_init (&canvas, snapshot, layout);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  succession_chart_paint_legend (&canvas, layout, &palette, width);
  gtk_snapshot_pop (snapshot);
}

static void
succession_legend_class_init (SuccessionLegendClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = succession_legend_get_request_mode;
  widget_class->measure = succession_legend_measure;
  widget_class->snapshot = succession_legend_snapshot;
  gtk_widget_class_set_css_name (widget_class, "legend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
succession_legend_init (SuccessionLegend *self)
{
  /* Read as one sentence by a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Chart key"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _ ("Bars in two shades are successive holders; hatched bars are acting holders; "
                                     "a dashed outline is a vacancy; a faded end is a date known only to the month, "
                                     "the year or a bound."),
                                  -1);
}

GtkWidget *
succession_legend_new (void)
{
  return g_object_new (SUCCESSION_TYPE_LEGEND, NULL);
}
