/* succession-dataset-writer-json.c — the JSON text the dataset writer writes
 *
 * Containers, members and strings in the layout of Python's json.dump (indent 1,
 * "key": value), kept values spliced in as the file wrote them, and the model's values
 * (dates, translations, names, sources) as members. The records and their order are in
 * succession-dataset-writer.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-writer"

#include "config.h"

#include <string.h>

#include "succession-dataset-writer-private.h"

/* ---------------------------------------------------------------------------------------- */
/* Text                                                                                      */

static void
writer_newline (Writer *w,
                guint   depth)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (w->out, ' ');
}

void
writer_begin (Writer *w,
              char    bracket)
{
  g_assert (w->depth + 1 < WRITER_MAX_DEPTH);
  g_string_append_c (w->out, bracket);
  w->empty[++w->depth] = TRUE;
}

void
writer_end (Writer *w,
            char    bracket)
{
  if (!w->empty[w->depth])
    writer_newline (w, w->depth - 1);
  g_string_append_c (w->out, bracket);
  w->depth--;
}

/* Before each element of an array or member of an object. */
void
writer_item (Writer *w)
{
  if (!w->empty[w->depth])
    g_string_append_c (w->out, ',');
  w->empty[w->depth] = FALSE;
  writer_newline (w, w->depth);
}

void
writer_string (Writer     *w,
               const char *text)
{
  GString *out = w->out;

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

void
writer_key (Writer     *w,
            const char *name)
{
  writer_item (w);
  writer_string (w, name);
  g_string_append (w->out, ": ");
}

/* A value kept as the file wrote it (without white space), laid out like the rest. Returns
 * where the value ends. */
const char *
writer_raw_value (Writer     *w,
                  const char *p)
{
  char        open = *p;
  const char *start = p;

  if (open == '{' || open == '[')
    {
      char close = open == '{' ? '}' : ']';

      if (p[1] == close)
        {
          g_string_append_len (w->out, p, 2);
          return p + 2;
        }

      writer_begin (w, open);
      p++;
      for (;;)
        {
          if (open == '{')
            {
              const char *name = p;

              for (p++; *p != '"'; p++)
                if (*p == '\\')
                  p++;
              p++;
              writer_item (w);
              g_string_append_len (w->out, name, p - name);
              g_string_append (w->out, ": ");
              p++; /* ':' */
            }
          else
            writer_item (w);

          p = writer_raw_value (w, p);
          if (*p == ',')
            p++;
          else
            break;
        }
      writer_end (w, close);
      return p + 1;
    }

  if (open == '"')
    {
      for (p++; *p != '"'; p++)
        if (*p == '\\')
          p++;
      p++;
    }
  else
    while (*p != '\0' && *p != ',' && *p != ']' && *p != '}')
      p++;

  g_string_append_len (w->out, start, p - start);
  return p;
}

/* ---------------------------------------------------------------------------------------- */
/* Values of the model                                                                       */

void
writer_add_string (Writer     *w,
                   const char *name,
                   const char *value)
{
  if (value == NULL)
    return;
  writer_key (w, name);
  writer_string (w, value);
}

void
writer_add_int (Writer     *w,
                const char *name,
                gint64      value)
{
  writer_key (w, name);
  g_string_append_printf (w->out, "%" G_GINT64_FORMAT, value);
}

void
writer_add_date (Writer               *w,
                 const char           *name,
                 const SuccessionDate *date)
{
  g_autofree char *iso = NULL;

  if (!succession_date_is_set (date))
    return;
  iso = succession_date_to_iso (date);
  writer_add_string (w, name, iso);
}

void
writer_add_qualifier (Writer               *w,
                      const char           *name,
                      const SuccessionDate *date)
{
  if (succession_date_is_set (date) && date->qualifier != SUCCESSION_DATE_QUALIFIER_NONE)
    writer_add_string (w, name, succession_date_qualifier_to_string (date->qualifier));
}

/* A localized value as an object of translations, in the order they were read. */
static void
writer_localized_value (Writer               *w,
                        const SuccessionText *text)
{
  writer_begin (w, '{');
  for (guint i = 0; i < succession_text_get_n (text); i++)
    {
      const char *lang = NULL;
      const char *value = succession_text_get_nth (text, i, &lang);

      writer_add_string (w, lang, value);
    }
  writer_end (w, '}');
}

void
writer_add_localized (Writer               *w,
                      const char           *name,
                      const SuccessionText *text)
{
  if (text == NULL || succession_text_get_n (text) == 0)
    return;
  writer_key (w, name);
  writer_localized_value (w, text);
}

/* Names as Popolo other_names; alternates ("und") without a language. */
void
writer_add_other_names (Writer               *w,
                        const char           *name,
                        const SuccessionText *names)
{
  if (names == NULL || succession_text_get_n (names) == 0)
    return;

  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; i < succession_text_get_n (names); i++)
    {
      const char *lang = NULL;
      const char *text = succession_text_get_nth (names, i, &lang);

      writer_item (w);
      writer_begin (w, '{');
      writer_add_string (w, "name", text);
      if (lang != NULL && *lang != '\0' && strcmp (lang, "und") != 0)
        writer_add_string (w, "lang", lang);
      writer_end (w, '}');
    }
  writer_end (w, ']');
}

void
writer_add_sources (Writer     *w,
                    const char *name,
                    GPtrArray  *sources)
{
  if (sources == NULL)
    return;

  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; i < sources->len; i++)
    {
      SuccessionSource *source = g_ptr_array_index (sources, i);

      writer_item (w);
      writer_begin (w, '{');
      writer_add_string (w, "url", source->url);
      writer_add_string (w, "archive_url", source->archive_url);
      writer_add_string (w, "title", source->title);
      writer_add_string (w, "publisher", source->publisher);
      writer_add_date (w, "date", &source->date);
      writer_add_date (w, "accessed", &source->accessed);
      writer_add_string (w, "locator", source->locator);
      writer_add_string (w, "lang", source->lang);
      writer_add_string (w, "note", source->note);
      writer_end (w, '}');
    }
  writer_end (w, ']');
}

void
writer_add_strings (Writer            *w,
                    const char        *name,
                    const char *const *values)
{
  if (values == NULL)
    return;

  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      writer_item (w);
      writer_string (w, values[i]);
    }
  writer_end (w, ']');
}
