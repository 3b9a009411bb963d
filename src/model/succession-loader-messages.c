/* succession-loader-messages.c — where in the document a message is, and the messages of a load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-loader-private.h"

/* ---------------------------------------------------------------------------------------- */
/* Places                                                                                    */

void
_succession_load_path_push (SuccessionLoadContext *ctx,
                            const char            *key,
                            int                    index)
{
  /* Deeper places than the format has are reported at their ancestor. */
  if (ctx->depth < SUCCESSION_PATH_MAX)
    ctx->path[ctx->depth] = (SuccessionPathFrame){ key, index };
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
  guint    depth = MIN (ctx->depth, SUCCESSION_PATH_MAX);

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

/* Sections in the order the loader converts them, whatever their order in the file: messages
 * come in this order, so a file lists the same messages however its sections are ordered. */
static guint
section_rank (SuccessionLoadContext *ctx)
{
  static const char *const sections[] = { "meta", "organizations", "posts", "persons", "events", "memberships" };

  if (ctx->depth == 0)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (ctx->path[0].key, sections[i]) == 0)
      return i + 1;

  return G_N_ELEMENTS (sections) + 1;
}

/* ---------------------------------------------------------------------------------------- */
/* Messages                                                                                  */

static void
keep_message (SuccessionLoadContext *ctx,
              SuccessionSeverity     severity,
              const char            *path,
              int                    line,
              int                    column,
              const char            *text)
{
  guint32 order = (section_rank (ctx) << 24) | MIN (ctx->messages->len, 0xFFFFFF);

  g_ptr_array_add (ctx->messages,
                   succession_message_new (severity, ctx->display_name, path, line, column, text));
  g_array_append_val (ctx->order, order);
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

  if (severity == SUCCESSION_SEVERITY_ERROR && !ctx->all_messages && ctx->n_errors > SUCCESSION_LOADER_MAX_MESSAGES)
    {
      ctx->n_dropped++;
      return;
    }

  keep_message (ctx, severity, path, line, column, text);
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
  va_list          args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  path = render_path (ctx, key);
  _succession_load_add_message (ctx, severity, path, 0, 0, text);
}

void
_succession_load_warn (SuccessionLoadContext *ctx,
                       SuccessionWarningKind  kind,
                       const char            *key,
                       const char            *format,
                       ...)
{
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  va_list          args;

  g_assert (kind < SUCCESSION_N_WARNING_KINDS);

  ctx->n_warnings++;
  if (++ctx->kind_counts[kind] > SUCCESSION_LOADER_WARNINGS_PER_KIND && !ctx->all_messages)
    return; /* counted, and summed up once the load is over */

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  path = render_path (ctx, key);
  keep_message (ctx, SUCCESSION_SEVERITY_WARNING, path, 0, 0, text);
}

/* What each kind of warning says, without the record's particulars. */
static const char *
kind_summary (SuccessionWarningKind kind)
{
  switch (kind)
    {
    case SUCCESSION_WARNING_NO_SOURCE:
      return _ ("the tenure has no source");
    case SUCCESSION_WARNING_NO_START:
      return _ ("the tenure has no start date");
    case SUCCESSION_WARNING_BORN_AFTER:
      return _ ("the holder takes office before being born");
    case SUCCESSION_WARNING_DEAD_BEFORE:
      return _ ("the holder takes office after dying");
    case SUCCESSION_WARNING_SEATS:
      return _ ("more regular holders at once than the office has seats");
    case SUCCESSION_WARNING_OFFICE_NO_LABEL:
      return _ ("the office has neither a “label” nor a “role” to show");
    case SUCCESSION_WARNING_PERSON_NO_NAME:
      return _ ("the person has no name");
    case SUCCESSION_WARNING_VACANCY_PERSON:
      return _ ("a vacancy names a person");
    case SUCCESSION_WARNING_MISSING_TERM:
      return _ ("the membership's legislative period is not in the file");
    case SUCCESSION_N_WARNING_KINDS:
    default:
      g_return_val_if_reached ("");
    }
}

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SuccessionLoadContext *ctx = user_data;
  guint                  ia = *(const guint *) a;
  guint                  ib = *(const guint *) b;
  SuccessionSeverity     sa = succession_message_get_severity (g_ptr_array_index (ctx->messages, ia));
  SuccessionSeverity     sb = succession_message_get_severity (g_ptr_array_index (ctx->messages, ib));
  guint32                oa = g_array_index (ctx->order, guint32, ia);
  guint32                ob = g_array_index (ctx->order, guint32, ib);

  if (sa != sb)
    return sa == SUCCESSION_SEVERITY_ERROR ? -1 : 1;
  return (oa > ob) - (oa < ob);
}

void
_succession_load_finish_messages (SuccessionLoadContext *ctx)
{
  g_autoptr(GArray) indices = g_array_sized_new (FALSE, FALSE, sizeof (guint), ctx->messages->len);
  GPtrArray *sorted = g_ptr_array_new_full (ctx->messages->len + SUCCESSION_N_WARNING_KINDS + 1, g_object_unref);

  for (guint i = 0; i < ctx->messages->len; i++)
    g_array_append_val (indices, i);
  g_array_sort_with_data (indices, compare_order, ctx);
  for (guint i = 0; i < indices->len; i++)
    g_ptr_array_add (sorted, g_object_ref (g_ptr_array_index (ctx->messages, g_array_index (indices, guint, i))));

  if (ctx->n_dropped > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: %'u is a count, with the thousands grouped as the locale does. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "and %'u more error; --validate FILE --all-messages lists every one",
                                           "and %'u more errors; --validate FILE --all-messages lists every one",
                                           ctx->n_dropped),
                              ctx->n_dropped);
      /* After the errors, before the warnings. */
      for (guint i = 0; i <= sorted->len; i++)
        if (i == sorted->len ||
            succession_message_get_severity (g_ptr_array_index (sorted, i)) != SUCCESSION_SEVERITY_ERROR)
          {
            g_ptr_array_insert (sorted, i, succession_message_new (SUCCESSION_SEVERITY_ERROR, ctx->display_name, NULL, 0, 0, text));
            break;
          }
    }

  for (guint kind = 0; kind < SUCCESSION_N_WARNING_KINDS; kind++)
    {
      guint            count = ctx->kind_counts[kind];
      g_autofree char *text = NULL;

      if (ctx->all_messages || count <= SUCCESSION_LOADER_WARNINGS_PER_KIND)
        continue;

      count -= SUCCESSION_LOADER_WARNINGS_PER_KIND;
      /* Translators: sums up a kind of warning after its first ones: "and 3,477 more: the
       * tenure has no start date". %'u is the count, %s what each of them says. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %'u more: %s", "and %'u more: %s", count),
                              count, kind_summary (kind));
      g_ptr_array_add (sorted, succession_message_new (SUCCESSION_SEVERITY_WARNING, ctx->display_name,
                                                       NULL, 0, 0, text));
    }

  g_ptr_array_unref (ctx->messages);
  ctx->messages = sorted;
  g_array_set_size (ctx->order, 0);
}

void
_succession_load_tick (SuccessionLoadContext *ctx)
{
  if (ctx->progress != NULL && ctx->length > 0)
    {
      /* Reading the file is the first tenth; the document the rest, up to the checks. */
      gsize offset = _succession_scanner_offset (ctx->scanner);
      int   value = (int) (100 + 850.0 * MIN (offset, ctx->length) / ctx->length);

      /* A section read again (it came before what it refers to) never takes progress back. */
      if (value > g_atomic_int_get (ctx->progress))
        g_atomic_int_set (ctx->progress, value);
    }
}
