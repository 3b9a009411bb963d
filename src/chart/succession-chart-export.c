/* succession-chart-export.c — the chart as PDF, SVG or PNG, a holder table as CSV, and the
 * dataset as Popolo JSON, written to files atomically
 *
 * g_file_replace() writes an existing file's replacement to a temporary file and renames it
 * over the old one only when the stream is closed successfully; closing with a cancelled
 * cancellable throws the temporary file away. A file that did not exist is written in place,
 * so an export that fails deletes what it began. For tests, SUCCESSION_TEST_EXPORT_FAIL_AFTER=N
 * makes every export fail once N bytes are written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <string.h>

#include "succession-chart-export.h"
#include "succession-csv.h"
#include "succession-dataset-writer.h"
#include "succession-holder-row.h"

typedef struct {
  GFile         *file;
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
  gboolean       existed;
  guint64        written;
  guint64        fail_after;   /* G_MAXUINT64: never */
} Writer;

static gboolean
writer_open (Writer        *writer,
             GFile         *file,
             GCancellable  *cancellable,
             GError       **error)
{
  const char *fail_after = g_getenv ("SUCCESSION_TEST_EXPORT_FAIL_AFTER");

  memset (writer, 0, sizeof *writer);
  writer->file = file;
  writer->cancellable = cancellable;
  writer->fail_after = fail_after != NULL ? g_ascii_strtoull (fail_after, NULL, 10) : G_MAXUINT64;
  writer->existed = g_file_query_exists (file, cancellable);
  writer->stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                                    cancellable, error));
  return writer->stream != NULL;
}

static gboolean
writer_write (Writer     *writer,
              const void *data,
              gsize       length)
{
  if (writer->error != NULL)
    return FALSE;

  if (writer->written + length > writer->fail_after)
    {
      g_set_error_literal (&writer->error, G_IO_ERROR, G_IO_ERROR_FAILED, "injected failure (SUCCESSION_TEST_EXPORT_FAIL_AFTER)");
      return FALSE;
    }

  if (!g_output_stream_write_all (writer->stream, data, length, NULL, writer->cancellable, &writer->error))
    return FALSE;

  writer->written += length;
  return TRUE;
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
writer_close (Writer        *writer,
              gboolean       ok,
              const char    *failure,
              GError       **error)
{
  if (ok && writer->error == NULL)
    {
      if (g_output_stream_close (writer->stream, writer->cancellable, &writer->error))
        {
          g_clear_object (&writer->stream);
          return TRUE;
        }
    }

  {
    g_autoptr(GCancellable) abort = g_cancellable_new ();

    /* Closing cancelled drops the temporary file; the old file stays as it was. */
    g_cancellable_cancel (abort);
    g_output_stream_close (writer->stream, abort, NULL);
    g_clear_object (&writer->stream);
    if (!writer->existed)
      g_file_delete (writer->file, NULL, NULL);
  }

  if (writer->error != NULL)
    g_propagate_error (error, g_steal_pointer (&writer->error));
  else
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, failure != NULL ? failure : _("The export failed"));
  return FALSE;
}

gboolean
succession_chart_format_from_name (const char            *name,
                                   SuccessionChartFormat *format)
{
  static const char * const names[] = { "pdf", "svg", "png" };

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
export_pdf (SuccessionChartPages *pages,
            const SuccessionChartPageSetup *setup,
            Writer               *writer,
            GError              **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n = succession_chart_pages_get_n_pages (pages);
  gboolean cancelled = FALSE;

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

static gboolean
export_svg (SuccessionChartPages *pages,
            Writer               *writer,
            GError              **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  succession_chart_pages_get_whole_size (pages, &width, &height);
  surface = cairo_svg_surface_create_for_stream (writer_cairo_write, writer, width, height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
  cr = cairo_create (surface);
  succession_chart_pages_draw_whole (pages, cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return writer_close (writer, status == CAIRO_STATUS_SUCCESS, cairo_failure (status), error);
}

static gboolean
export_png (SuccessionChartPages *pages,
            double                dpi,
            Writer               *writer,
            GError              **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height, scale = dpi / 72.0;
  int pixel_width, pixel_height;

  succession_chart_pages_get_whole_size (pages, &width, &height);
  pixel_width = (int) ceil (width * scale);
  pixel_height = (int) ceil (height * scale);
  if (pixel_width > 32767 || pixel_height > 32767)
    {
      g_set_error (&writer->error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: a PNG export too large for an image; %d are its width and height in pixels. */
                   _("The image would be %d × %d pixels, larger than a PNG can be written: choose a lower resolution"),
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
append_row (GString            *out,
            const char * const *fields)
{
  g_autofree char *row = succession_csv_format_row (fields);

  g_string_append (out, row);
}

char *
succession_export_table_to_csv (SuccessionOffice      *office,
                                SuccessionNameDisplay  display)
{
  /* Field names, not translated: the file is read by programs. */
  static const char * const header[] = {
    "number", "name", "person_id", "tenure_id", "kind", "start_date", "start_date_qualifier",
    "end_date", "end_date_qualifier", "end_status", "term_ids", "terms", "sources", NULL
  };
  static const char * const kinds[] = { "regular", "acting", "honorary", "vacancy" };
  static const char * const end_statuses[] = { "ended", "ongoing", "unknown" };
  g_autoptr(GListModel) rows = NULL;
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), NULL);

  rows = succession_holder_rows_new (office, display);
  n = g_list_model_get_n_items (rows);
  append_row (out, header);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (rows, i);
      SuccessionTenure *tenure = succession_holder_row_get_tenure (row);
      SuccessionPerson *person = succession_tenure_get_person (tenure);
      const SuccessionDate *start = succession_tenure_get_start_date (tenure);
      const SuccessionDate *end = succession_tenure_get_end_date (tenure);
      GPtrArray *terms = succession_tenure_get_terms (tenure);
      g_autofree char *number = NULL;
      g_autofree char *start_iso = succession_date_to_iso (start);
      g_autofree char *end_iso = succession_date_to_iso (end);
      g_autofree char *term_ids = NULL;
      g_autofree char *citations = succession_format_citations (tenure);
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
      fields[1] = succession_holder_row_get_name (row);
      fields[2] = person != NULL ? succession_person_get_id (person) : "";
      fields[3] = succession_tenure_get_id (tenure);
      fields[4] = kinds[succession_tenure_get_kind (tenure)];
      fields[5] = start_iso;
      fields[6] = succession_date_qualifier_to_string (start->qualifier);
      fields[7] = end_iso;
      fields[8] = succession_date_qualifier_to_string (end->qualifier);
      fields[9] = end_statuses[succession_tenure_get_end_status (tenure)];
      fields[10] = term_ids;
      fields[11] = succession_holder_row_get_terms (row);
      fields[12] = citations;
      fields[13] = NULL;
      append_row (out, fields);
    }

  return g_string_free (out, FALSE);
}

static gboolean
export_bytes (const char    *data,
              gsize          length,
              GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  Writer writer;
  gboolean ok;

  if (!writer_open (&writer, file, cancellable, error))
    return FALSE;

  /* In pieces, so a failure can come in the middle as it would on a full disk. */
  ok = TRUE;
  for (gsize offset = 0; ok && offset < length; offset += 65536)
    ok = writer_write (&writer, data + offset, MIN (65536, length - offset));

  return writer_close (&writer, ok, NULL, error);
}

gboolean
succession_export_table (SuccessionOffice       *office,
                         SuccessionNameDisplay   display,
                         GFile                  *file,
                         GCancellable           *cancellable,
                         GError                **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  csv = succession_export_table_to_csv (office, display);
  return export_bytes (csv, strlen (csv), file, cancellable, error);
}

gboolean
succession_export_dataset (SuccessionDataset  *dataset,
                           GFile              *file,
                           GCancellable       *cancellable,
                           GError            **error)
{
  g_autofree char *json = NULL;
  gsize length;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = succession_dataset_to_data (dataset, &length);
  return export_bytes (json, length, file, cancellable, error);
}
