/* succession-loader-messages.c — where in the document a message is, and the messages of a load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "succession-loader-private.h"

/* ---------------------------------------------------------------------------------------- */
/* Messages                                                                                  */

void
_succession_load_path_push (SuccessionLoadContext *ctx,
                            const char            *key,
                            int                    index)
{
  /* Deeper places than the format has are reported at their ancestor. */
  if (ctx->depth < SUCCESSION_PATH_MAX)
    ctx->path[ctx->depth] = (SuccessionPathFrame) { key, index };
  ctx->depth++;
}

void
_succession_load_path_pop (SuccessionLoadContext *ctx)
{
  g_assert (ctx->depth > 0);
  ctx->depth--;
}

static char *
render_path (SuccessionLoadContext *ctx,
             const char            *key)
{
  GString *path = g_string_new (NULL);
  guint depth = MIN (ctx->depth, SUCCESSION_PATH_MAX);

  for (guint i = 0; i < depth; i++)
    {
      if (ctx->path[i].key != NULL)
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append (path, ctx->path[i].key);
        }
      if (ctx->path[i].index >= 0)
        g_string_append_printf (path, "[%d]", ctx->path[i].index);
    }

  if (key != NULL)
    {
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append (path, key);
    }

  return g_string_free (path, path->len == 0);
}

void
_succession_load_add_message (SuccessionLoadContext *ctx,
                              SuccessionSeverity     severity,
                              const char            *path,
                              int                    line,
                              int                    column,
                              const char            *text)
{
  if (severity == SUCCESSION_SEVERITY_ERROR)
    ctx->n_errors++;
  else
    ctx->n_warnings++;

  if (ctx->messages->len >= SUCCESSION_LOADER_MAX_MESSAGES)
    {
      ctx->n_dropped++;
      return;
    }

  g_ptr_array_add (ctx->messages,
                   succession_message_new (severity, ctx->display_name, path, line, column, text));
}

void
_succession_load_report (SuccessionLoadContext *ctx,
                         SuccessionSeverity     severity,
                         const char            *key,
                         const char            *format,
                         ...)
{
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  path = render_path (ctx, key);
  _succession_load_add_message (ctx, severity, path, 0, 0, text);
}

void
_succession_load_report_repeat (SuccessionLoadContext *ctx,
                                const char            *kind,
                                guint                  max,
                                SuccessionSeverity     severity,
                                const char            *key,
                                const char            *format,
                                ...)
{
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  guint count;
  va_list args;

  count = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->repeat_counts, kind)) + 1;
  g_hash_table_insert (ctx->repeat_counts, (gpointer) kind, GUINT_TO_POINTER (count));

  if (count > max)
    {
      /* Counted, and summarised once the load is over. */
      if (severity == SUCCESSION_SEVERITY_ERROR)
        ctx->n_errors++;
      else
        ctx->n_warnings++;
      return;
    }

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  path = render_path (ctx, key);
  _succession_load_add_message (ctx, severity, path, 0, 0, text);
}

void
_succession_load_report_at (SuccessionLoadContext *ctx,
                            SuccessionSeverity     severity,
                            int                    line,
                            int                    column,
                            const char            *format,
                            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  _succession_load_add_message (ctx, severity, NULL, line, column, text);
}

void
_succession_load_tick (SuccessionLoadContext *ctx)
{
  ctx->done_records++;

  if (ctx->progress != NULL && (ctx->done_records & 255) == 0 && ctx->total_records > 0)
    g_atomic_int_set (ctx->progress,
                      (int) (100 + 900.0 * MIN (ctx->done_records, ctx->total_records) / ctx->total_records));
}
