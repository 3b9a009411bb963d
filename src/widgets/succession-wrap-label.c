/* succession-wrap-label.c — a text that wraps to its width, laid out once
 *
 * The sidebar's rows wrap their office and body names. A wrapping GtkLabel measures its
 * narrowest form (a character per line with PANGO_WRAP_WORD_CHAR), its widest form and then
 * its height at the width it gets: three layouts, a third of the first frame's time for
 * thirty rows. This widget asks for no width, so its row's width comes from the sidebar, and
 * keeps one layout: measured at the width the row is given and drawn at that same width.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "succession-wrap-label.h"

struct _SuccessionWrapLabel
{
  GtkWidget parent_instance;

  char                 *text;
  gboolean              single_line;
  PangoLayout          *layout; /* NULL until first measured; its width is the last one asked for */
  PangoFontDescription *font;   /* the font and resolution the layout was made with */
  double                resolution;
};

G_DEFINE_FINAL_TYPE (SuccessionWrapLabel, succession_wrap_label, GTK_TYPE_WIDGET)

/* The layout at @width pixels (-1: unbounded), made or rewrapped only when needed. */
static PangoLayout *
layout_at (SuccessionWrapLabel *self,
           int                  width)
{
  int pango_width = width < 0 ? -1 : width * PANGO_SCALE;

  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      g_clear_pointer (&self->font, pango_font_description_free);
      self->font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (self->layout)));
      self->resolution = pango_cairo_context_get_resolution (pango_layout_get_context (self->layout));
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      if (self->single_line)
        pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      /* Text starts at the leading edge, as a label's xalign 0 does: Pango aligns left in a
       * left-to-right context and mirrors it in a right-to-left one (the widget's context). */
      pango_layout_set_alignment (self->layout, PANGO_ALIGN_LEFT);
    }
  if (pango_layout_get_width (self->layout) != pango_width)
    pango_layout_set_width (self->layout, pango_width);
  return self->layout;
}

static void
succession_wrap_label_measure (GtkWidget     *widget,
                               GtkOrientation orientation,
                               int            for_size,
                               int           *minimum,
                               int           *natural,
                               int           *minimum_baseline,
                               int           *natural_baseline)
{
  SuccessionWrapLabel *self = SUCCESSION_WRAP_LABEL (widget);
  int                  height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* No width of its own: the row decides. */
      *minimum = *natural = 0;
      return;
    }

  /* One line is as high at any width: its layout is left at the width it was drawn at, since
   * every new width lays the text out again. */
  if (self->single_line && self->layout != NULL)
    pango_layout_get_pixel_size (self->layout, NULL, &height);
  else
    pango_layout_get_pixel_size (layout_at (self, for_size), NULL, &height);
  *minimum = *natural = height;
}

static GtkSizeRequestMode
succession_wrap_label_get_request_mode (GtkWidget *widget)
{
  return SUCCESSION_WRAP_LABEL (widget)->single_line ? GTK_SIZE_REQUEST_CONSTANT_SIZE : GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
succession_wrap_label_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  SuccessionWrapLabel *self = SUCCESSION_WRAP_LABEL (widget);
  GdkRGBA              color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  gtk_snapshot_append_layout (snapshot, layout_at (self, gtk_widget_get_width (widget)), &color);
}

/* A new font (a style class, the text scale) or direction makes a new layout. */
static void
drop_layout (SuccessionWrapLabel *self)
{
  g_clear_object (&self->layout);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Hover and selection change the style too, but only a new font needs a new layout. */
static void
succession_wrap_label_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  SuccessionWrapLabel        *self = SUCCESSION_WRAP_LABEL (widget);
  PangoContext               *context;
  const PangoFontDescription *font;

  GTK_WIDGET_CLASS (succession_wrap_label_parent_class)->css_changed (widget, change);
  if (self->layout == NULL)
    return;
  context = gtk_widget_get_pango_context (widget);
  font = pango_context_get_font_description (context);
  if (self->font == NULL || font == NULL || !pango_font_description_equal (font, self->font) ||
      pango_cairo_context_get_resolution (context) != self->resolution)
    drop_layout (self);
}

static void
succession_wrap_label_direction_changed (GtkWidget       *widget,
                                         GtkTextDirection previous)
{
  drop_layout (SUCCESSION_WRAP_LABEL (widget));
}

static void
succession_wrap_label_finalize (GObject *object)
{
  SuccessionWrapLabel *self = SUCCESSION_WRAP_LABEL (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_free (self->text);

  G_OBJECT_CLASS (succession_wrap_label_parent_class)->finalize (object);
}

static void
succession_wrap_label_class_init (SuccessionWrapLabelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = succession_wrap_label_finalize;
  widget_class->get_request_mode = succession_wrap_label_get_request_mode;
  widget_class->measure = succession_wrap_label_measure;
  widget_class->snapshot = succession_wrap_label_snapshot;
  widget_class->css_changed = succession_wrap_label_css_changed;
  widget_class->direction_changed = succession_wrap_label_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
succession_wrap_label_init (SuccessionWrapLabel *self)
{
}

GtkWidget *
succession_wrap_label_new (const char *text,
                           gboolean    single_line)
{
  SuccessionWrapLabel *self = g_object_new (SUCCESSION_TYPE_WRAP_LABEL, NULL);

  self->text = g_strdup (text != NULL ? text : "");
  self->single_line = single_line;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  return GTK_WIDGET (self);
}

const char *
succession_wrap_label_get_text (SuccessionWrapLabel *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WRAP_LABEL (self), NULL);
  return self->text;
}

PangoLayout *
succession_wrap_label_get_layout (SuccessionWrapLabel *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WRAP_LABEL (self), NULL);
  return layout_at (self, gtk_widget_get_width (GTK_WIDGET (self)) > 0 ? gtk_widget_get_width (GTK_WIDGET (self)) : -1);
}

void
succession_wrap_label_set_text (SuccessionWrapLabel *self,
                                const char          *text)
{
  g_return_if_fail (SUCCESSION_IS_WRAP_LABEL (self));

  if (g_strcmp0 (self->text, text != NULL ? text : "") == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  /* Never measured yet (a row just made for a list): nothing to lay out again. Otherwise the
   * layout keeps its font and width, and only its text changes. */
  if (self->layout == NULL)
    return;
  pango_layout_set_text (self->layout, self->text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
