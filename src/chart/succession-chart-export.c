/* succession-chart-export.c — the chart as PDF, SVG or PNG, a holder table as CSV, and the
 * dataset as Popolo JSON, written to files atomically
 *
 * Every export goes through a SuccessionFileWriter (succession-file-writer.c): a temporary
 * file beside the target, renamed over it once complete, removed on failure. cairo's surfaces
 * write through a stream callback into it, never to a path of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <string.h>

#include "succession-citation.h"
#include "succession-chart-cairo.h"
#include "succession-chart-export.h"
#include "succession-csv.h"
#include "succession-dataset-writer.h"
#include "succession-dataset.h"
#include "succession-file-writer.h"
#include "succession-holder-row.h"

/* cairo reports a failed write as a bare status: the writer keeps the first error itself. */
typedef struct
{
  SuccessionFileWriter *file;
  GCancellable         *cancellable;
  GError               *error;
} Writer;

static gboolean
writer_open (Writer       *writer,
             GFile        *file,
             GCancellable *cancellable,
             GError      **error)
{
  memset (writer, 0, sizeof *writer);
  writer->cancellable = cancellable;
  writer->file = succession_file_writer_new (file, cancellable, error);
  return writer->file != NULL;
}

static gboolean
writer_write (Writer     *writer,
              const void *data,
              gsize       length)
{
  if (writer->error != NULL)
    return FALSE;

  return succession_file_writer_write (writer->file, data, length, &writer->error);
}

static cairo_status_t
writer_cairo_write (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  return writer_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Commits the file when everything was written and @ok, else discards it; the first error
 * (the writer's, or @failure) goes to @error. */
static gboolean
writer_close (Writer     *writer,
              gboolean    ok,
              const char *failure,
              GError    **error)
{
  if (ok && writer->error == NULL &&
      succession_file_writer_commit (writer->file, &writer->error))
    {
      g_clear_pointer (&writer->file, succession_file_writer_free);
      return TRUE;
    }

  /* The temporary file goes; an existing file stays as it was. */
  g_clear_pointer (&writer->file, succession_file_writer_free);

  if (writer->error != NULL)
    g_propagate_error (error, g_steal_pointer (&writer->error));
  else
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, failure != NULL ? failure : _ ("The export failed"));
  return FALSE;
}

gboolean
succession_chart_format_from_name (const char            *name,
                                   SuccessionChartFormat *format)
{
  static const char *const names[] = { "pdf", "svg", "png" };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (name, names[i]) == 0)
        {
          *format = (SuccessionChartFormat) i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
succession_chart_format_from_filename (const char            *filename,
                                       SuccessionChartFormat *format)
{
  const char *dot = filename != NULL ? strrchr (filename, '.') : NULL;

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  return succession_chart_format_from_name (dot + 1, format);
}

static const char *
cairo_failure (cairo_status_t status)
{
  return status == CAIRO_STATUS_SUCCESS ? NULL : cairo_status_to_string (status);
}

static gboolean
export_pdf (SuccessionChartPages           *pages,
            const SuccessionChartPageSetup *setup,
            Writer                         *writer,
            GError                        **error)
{
  cairo_surface_t *surface;
  cairo_status_t   status;
  cairo_t         *cr;
  guint            n = succession_chart_pages_get_n_pages (pages);
  gboolean         cancelled = FALSE;

  surface = cairo_pdf_surface_create_for_stream (writer_cairo_write, writer, setup->paper_width, setup->paper_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Succession " PACKAGE_VERSION);
  if (setup->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, setup->title);
  cr = cairo_create (surface);
  for (guint i = 0; i < n && !cancelled; i++)
    {
      succession_chart_pages_draw_page (pages, i, cr);
      cairo_show_page (cr);
      cancelled = g_cancellable_is_cancelled (writer->cancellable);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (cancelled && writer->error == NULL)
    g_cancellable_set_error_if_cancelled (writer->cancellable, &writer->error);
  return writer_close (writer, status == CAIRO_STATUS_SUCCESS && !cancelled, cairo_failure (status), error);
}

static cairo_status_t
string_write (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Cairo draws the shapes; the words are written as SVG <text> (cairo would draw them as glyph
 * outlines, which nobody can search or edit), gathered in a group before the end. */
static gboolean
export_svg (SuccessionChartPages *pages,
            Writer               *writer,
            GError              **error)
{
  g_autoptr(GString) svg = g_string_new (NULL);
  g_autoptr(GString) texts = g_string_new ("<g id=\"text\">\n");
  cairo_surface_t *surface;
  cairo_status_t   status;
  cairo_t         *cr;
  double           width, height;
  const char      *end;
  gboolean         ok;

  succession_chart_pages_get_whole_size (pages, &width, &height);
  surface = cairo_svg_surface_create_for_stream (string_write, svg, width, height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
  cr = cairo_create (surface);
  succession_chart_cairo_collect_text (cr, texts);
  succession_chart_pages_draw_whole (pages, cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  g_string_append (texts, "</g>\n");
  end = g_strrstr (svg->str, "</svg>");
  if (status == CAIRO_STATUS_SUCCESS && end != NULL)
    g_string_insert (svg, end - svg->str, texts->str);
  ok = status == CAIRO_STATUS_SUCCESS && end != NULL && writer_write (writer, svg->str, svg->len);
  return writer_close (writer, ok, cairo_failure (status), error);
}

static gboolean
export_png (SuccessionChartPages *pages,
            double                dpi,
            Writer               *writer,
            GError              **error)
{
  cairo_surface_t *surface;
  cairo_status_t   status;
  cairo_t         *cr;
  double           width, height, scale = dpi / 72.0;
  int              pixel_width, pixel_height;

  succession_chart_pages_get_whole_size (pages, &width, &height);
  pixel_width = (int) ceil (width * scale);
  pixel_height = (int) ceil (height * scale);
  if (pixel_width > 32767 || pixel_height > 32767)
    {
      g_set_error (&writer->error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: a PNG export too large for an image; %d are its width and height in pixels. */
                   _ ("The image would be %d × %d pixels, larger than a PNG can be written: choose a lower resolution"),
                   pixel_width, pixel_height);
      return writer_close (writer, FALSE, NULL, error);
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  succession_chart_pages_draw_whole (pages, cr);
  cairo_destroy (cr);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, writer_cairo_write, writer);
  cairo_surface_destroy (surface);

  return writer_close (writer, status == CAIRO_STATUS_SUCCESS, cairo_failure (status), error);
}

gboolean
succession_export_chart (SuccessionChartData            *data,
                         const SuccessionChartPageSetup *setup,
                         SuccessionChartFormat           format,
                         double                          dpi,
                         GFile                          *file,
                         GCancellable                   *cancellable,
                         GError                        **error)
{
  g_autoptr(SuccessionChartPages) pages = NULL;
  Writer writer;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (setup != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pages = succession_chart_pages_new (data, setup);
  if (!writer_open (&writer, file, cancellable, error))
    return FALSE;

  switch (format)
    {
    case SUCCESSION_CHART_FORMAT_SVG:
      return export_svg (pages, &writer, error);
    case SUCCESSION_CHART_FORMAT_PNG:
      return export_png (pages, dpi > 0 ? dpi : SUCCESSION_EXPORT_DEFAULT_DPI, &writer, error);
    case SUCCESSION_CHART_FORMAT_PDF:
    default:
      return export_pdf (pages, setup, &writer, error);
    }
}

/* ---------------------------------------------------------------------------------------- */

static void
append_row (GString           *out,
            const char *const *fields,
            SuccessionCsvCells cells)
{
  g_autofree char *row = succession_csv_format_row (fields, cells);

  g_string_append (out, row);
}

char *
succession_export_table_to_csv (SuccessionOffice     *office,
                                SuccessionNameDisplay display,
                                SuccessionCsvCells    cells)
{
  /* Field names, not translated: the file is read by programs. */
  static const char *const header[] = {
    "number", "name", "person_id", "tenure_id", "kind", "start_date", "start_date_qualifier",
    "end_date", "end_date_qualifier", "end_status", "term_ids", "terms", "sources", "note", NULL
  };
  static const char *const kinds[] = { "regular", "acting", "honorary", "vacancy" };
  static const char *const end_statuses[] = { "ended", "ongoing", "unknown" };
  g_autoptr(GListModel) rows = NULL;
  GString *out = g_string_new (NULL);
  guint    n;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), NULL);

  rows = succession_holder_rows_new (office, display);
  n = g_list_model_get_n_items (rows);
  append_row (out, header, cells);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (rows, i);
      SuccessionTenure     *tenure = succession_holder_row_get_tenure (row);
      SuccessionPerson     *person = succession_tenure_get_person (tenure);
      const SuccessionDate *start = succession_tenure_get_start_date (tenure);
      const SuccessionDate *end = succession_tenure_get_end_date (tenure);
      GPtrArray            *terms = succession_tenure_get_terms (tenure);
      g_autofree char      *number = NULL;
      g_autofree char      *start_iso = succession_date_to_iso (start);
      g_autofree char      *end_iso = succession_date_to_iso (end);
      g_autofree char      *term_ids = NULL;
      g_autofree char      *citations = succession_format_citations (tenure);
      /* Names as the data has them, without the marks that isolate them on screen. */
      g_autofree char *name = succession_format_holder_plain (tenure, display);
      g_autofree char *terms_text = succession_format_terms_plain (tenure);
      g_autoptr(GString) ids = g_string_new (NULL);
      const char *fields[G_N_ELEMENTS (header)];

      if (succession_holder_row_get_number (row) > 0)
        number = g_strdup_printf ("%u", succession_holder_row_get_number (row));
      for (guint t = 0; terms != NULL && t < terms->len; t++)
        {
          if (t > 0)
            g_string_append_c (ids, ' ');
          g_string_append (ids, succession_term_get_id (g_ptr_array_index (terms, t)));
        }
      term_ids = g_strdup (ids->str);

      fields[0] = number != NULL ? number : "";
      fields[1] = name;
      fields[2] = person != NULL ? succession_person_get_id (person) : "";
      fields[3] = succession_tenure_get_id (tenure);
      fields[4] = kinds[succession_tenure_get_kind (tenure)];
      fields[5] = start_iso;
      fields[6] = succession_date_qualifier_to_string (start->qualifier);
      fields[7] = end_iso;
      fields[8] = succession_date_qualifier_to_string (end->qualifier);
      fields[9] = end_statuses[succession_tenure_get_end_status (tenure)];
      fields[10] = term_ids;
      fields[11] = terms_text;
      fields[12] = citations;
      fields[13] = succession_holder_row_get_note (row) != NULL ? succession_holder_row_get_note (row) : "";
      fields[14] = NULL;
      append_row (out, fields, cells);
    }

  return g_string_free (out, FALSE);
}

gboolean
succession_export_table (SuccessionOffice     *office,
                         SuccessionNameDisplay display,
                         SuccessionCsvCells    cells,
                         GFile                *file,
                         GCancellable         *cancellable,
                         GError              **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = succession_export_table_to_csv (office, display, cells);
  return succession_file_write_bytes (file, csv, strlen (csv), cancellable, error);
}

gboolean
succession_export_dataset (SuccessionDataset *dataset,
                           GFile             *file,
                           GCancellable      *cancellable,
                           GError           **error)
{
  g_autofree char *json = NULL;
  gsize            length;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = succession_dataset_to_data (dataset, &length);
  return succession_file_write_bytes (file, json, length, cancellable, error);
}

gboolean
succession_export_check_target (SuccessionDataset *dataset,
                                GFile             *file,
                                GError           **error)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!succession_file_is_same (succession_dataset_get_file (dataset), file))
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       /* Translators: why an export was refused. */
                       _ ("It is the dataset that is open, and an export never overwrites it: choose another file"));
  return FALSE;
}
