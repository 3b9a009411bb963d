/* test-ui-painter.c — what is printed is what is on screen
 *
 * A chart with every kind of tenure (regular, acting, honorary, vacant; full and partial
 * dates) is drawn by the timeline widget and, from the same layout and colours, by the cairo
 * painter that print, PDF, SVG and PNG use. The two images must agree wherever a bar is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "succession-chart-cairo.h"
#include "succession-chart-snapshot.h"
#include "succession-i18n.h"
#include "succession-loader.h"
#include "succession-test-utils.h"
#include "succession-timeline.h"

static SuccessionDataset *
load_fixture (const char *name)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset = succession_loader_load_file (loader, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

typedef struct
{
  guchar *pixels;
  int     width, height, stride;
} Image;

static void
image_clear (Image *image)
{
  g_free (image->pixels);
}

/* The widget as the window shows it, through the window's renderer. */
static void
render_widget (GtkWidget *widget,
               Image     *out)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  out->width = gtk_widget_get_width (widget);
  out->height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, out->width, out->height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, out->width, out->height));
  out->stride = out->width * 4;
  out->pixels = g_malloc (out->stride * out->height);
  /* Premultiplied ARGB in native order, as a cairo image surface holds it. */
  gdk_texture_download (texture, out->pixels, out->stride);
}

/* The same layout through the painter of print and export, onto an image the widget's size. */
static void
render_print_painter (GtkWidget                    *widget,
                      SuccessionChartLayout        *layout,
                      const SuccessionChartPalette *palette,
                      Image                        *out)
{
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  cairo_surface_t            *surface;
  cairo_t                    *cr;

  out->width = gtk_widget_get_width (widget);
  out->height = gtk_widget_get_height (widget);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, out->width, out->height);
  cr = cairo_create (surface);
  succession_chart_cairo_paint (layout, cr, font, NULL, palette, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  out->stride = cairo_image_surface_get_stride (surface);
  out->pixels = g_memdup2 (cairo_image_surface_get_data (surface), out->stride * out->height);
  cairo_surface_destroy (surface);
}

static const guchar *
pixel (const Image *image,
       int          x,
       int          y)
{
  return image->pixels + y * image->stride + x * 4;
}

static gboolean
same_pixel (const guchar *a,
            const guchar *b)
{
  for (int c = 0; c < 4; c++)
    if (ABS ((int) a[c] - (int) b[c]) > 3)
      return FALSE;
  return TRUE;
}

/* How far apart two pixels are: the largest channel difference. */
static int
distance (const guchar *a,
          const guchar *b)
{
  int d = 0;

  for (int c = 0; c < 4; c++)
    d = MAX (d, ABS ((int) a[c] - (int) b[c]));
  return d;
}

static const SuccessionChartBar *
find_bar (SuccessionChartLayout *layout,
          SuccessionTenureKind   kind)
{
  GArray *bars = succession_chart_layout_get_bars (layout);

  for (guint i = 0; i < bars->len; i++)
    if (g_array_index (bars, SuccessionChartBar, i).item->kind == kind)
      return &g_array_index (bars, SuccessionChartBar, i);
  return NULL;
}

static void
test_widget_matches_print (void)
{
  g_autoptr(SuccessionDataset) dataset = load_fixture ("kinds.json");
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  g_autoptr(SuccessionChartData) data = NULL;
  GtkWidget             *window = gtk_window_new ();
  GtkWidget             *timeline = succession_timeline_new ();
  SuccessionChartLayout *layout;
  SuccessionChartPalette palette;
  GArray                *bars;
  Image                  screen = { 0 }, print = { 0 };
  guint                  checked = 0, hatched = 0;

  g_ptr_array_add (offices, succession_dataset_get_office (dataset, "harbour-master"));
  g_ptr_array_add (offices, succession_dataset_get_office (dataset, "harbour-patron"));
  data = succession_chart_data_new (offices, SUCCESSION_NAME_DISPLAY_PINYIN, 20000);
  succession_timeline_set_data (SUCCESSION_TIMELINE (timeline), data);
  gtk_window_set_child (GTK_WINDOW (window), timeline);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 260);
  gtk_window_present (GTK_WINDOW (window));
  succession_test_wait_for_frame (window);
  succession_timeline_fit_all (SUCCESSION_TIMELINE (timeline));
  succession_test_wait_for_frame (window);

  layout = succession_timeline_get_layout (SUCCESSION_TIMELINE (timeline));
  g_assert_nonnull (layout);
  bars = succession_chart_layout_get_bars (layout);
  /* Every tenure of the fixture is on screen, each kind among them. */
  g_assert_cmpuint (bars->len, ==, 6);
  for (SuccessionTenureKind kind = SUCCESSION_TENURE_KIND_REGULAR; kind <= SUCCESSION_TENURE_KIND_VACANCY; kind++)
    g_assert_nonnull (find_bar (layout, kind));

  render_widget (timeline, &screen);
  succession_chart_snapshot_palette_init (&palette, timeline);
  render_print_painter (timeline, layout, &palette, &print);
  g_free (succession_test_screenshot (timeline, "painter-widget"));

  /* Along the top two pixel rows of every bar (its fill, fade, hatching or dashed outline; the
   * label stands lower), both images show the same pixels. */
  for (guint i = 0; i < bars->len; i++)
    {
      const SuccessionChartBar *bar = &g_array_index (bars, SuccessionChartBar, i);
      int                       y0 = (int) ceil (bar->y);

      g_assert_cmpfloat (bar->y + bar->height, <, screen.height);
      for (int y = y0; y < y0 + 2; y++)
        for (int x = (int) ceil (bar->x0) + 1; x < (int) floor (bar->x1) - 2; x++)
          {
            const guchar *a = pixel (&screen, x, y), *b = pixel (&print, x, y);

            if (!same_pixel (a, b))
              g_error ("%s bar %u differs at (%d, %d): screen %02x%02x%02x%02x, print %02x%02x%02x%02x",
                       bar->item->kind == SUCCESSION_TENURE_KIND_ACTING ? "acting" : "a", i, x, y,
                       a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]);
            checked++;
          }
    }
  g_assert_cmpuint (checked, >, 1000);

  /* What the kinds look like, seen in the pixels: the acting bar is hatched (its top row is
   * not one colour), the vacancy has no fill (its middle shows what is behind it, as the
   * gap just above the row's first bar does), a regular bar is filled. */
  {
    const SuccessionChartBar *acting = find_bar (layout, SUCCESSION_TENURE_KIND_ACTING);
    const SuccessionChartBar *vacancy = find_bar (layout, SUCCESSION_TENURE_KIND_VACANCY);
    const SuccessionChartBar *regular = find_bar (layout, SUCCESSION_TENURE_KIND_REGULAR);
    int                       y = (int) ceil (acting->y) + 1;
    const guchar             *first = pixel (&print, (int) ceil (acting->x0) + 2, y);
    int                       middle_y = (int) (vacancy->y + vacancy->height / 2);
    /* After its label "Vacant" (before it, the fade of the previous holder's end shows). */
    int vacancy_x = (int) ceil (vacancy->label_x + vacancy->label_width) + 3;

    for (int x = (int) ceil (acting->x0) + 2; x < (int) floor (acting->x1) - 2; x++)
      if (distance (pixel (&print, x, y), first) > 16)
        hatched++;
    g_assert_cmpuint (hatched, >, 0);
    g_assert_cmpint (vacancy->label_place, ==, SUCCESSION_CHART_LABEL_INSIDE);
    g_assert_cmpfloat (vacancy_x, <, vacancy->x1 - 3);
    /* The vacancy's inside is the background of its row, not a bar's colour. */
    g_assert_cmpint (distance (pixel (&screen, vacancy_x, middle_y),
                               pixel (&screen, vacancy_x, (int) floor (vacancy->y) - 1)),
                     <, 8);
    g_assert_cmpint (distance (pixel (&screen, (int) ((regular->x0 + regular->x1) / 2), (int) ceil (regular->y) + 1),
                               pixel (&screen, vacancy_x, (int) floor (vacancy->y) - 1)),
                     >, 40);
  }

  image_clear (&screen);
  image_clear (&print);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  succession_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/painter/widget-matches-print", test_widget_matches_print);

  return g_test_run ();
}
