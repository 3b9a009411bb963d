/* succession-message.c — an error or warning about a dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-message"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-message.h"

struct _SuccessionMessage
{
  GObject            parent_instance;
  SuccessionSeverity severity;
  char              *file;
  char              *path;
  int                line;
  int                column;
  char              *text;
};

G_DEFINE_FINAL_TYPE (SuccessionMessage, succession_message, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_PATH,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
succession_message_finalize (GObject *object)
{
  SuccessionMessage *self = SUCCESSION_MESSAGE (object);

  g_free (self->file);
  g_free (self->path);
  g_free (self->text);

  G_OBJECT_CLASS (succession_message_parent_class)->finalize (object);
}

static void
succession_message_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SuccessionMessage *self = SUCCESSION_MESSAGE (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_message_class_init (SuccessionMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_message_finalize;
  object_class->get_property = succession_message_get_property;

  properties[PROP_SEVERITY] = g_param_spec_enum ("severity", NULL, NULL, SUCCESSION_TYPE_SEVERITY,
                                                 SUCCESSION_SEVERITY_ERROR,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_message_init (SuccessionMessage *self)
{
}

/* Characters that would let quoted data act on a terminal or a report rather than be read:
 * control characters (a newline could forge a line of its own, an escape sequence reaches the
 * terminal), line and paragraph separators, and the controls that reorder bidirectional text. */
static gboolean
must_escape (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C ||
         c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

char *
succession_message_escape (const char *text)
{
  g_autofree char *valid = NULL;
  GString         *out;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!must_escape (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else
        g_string_append_printf (out, "\\u%04X", c);
    }

  return g_string_free (out, FALSE);
}

SuccessionMessage *
succession_message_new (SuccessionSeverity severity,
                        const char        *file,
                        const char        *path,
                        int                line,
                        int                column,
                        const char        *text)
{
  SuccessionMessage *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (SUCCESSION_TYPE_MESSAGE, NULL);
  self->severity = severity;
  /* The file's name, the place and the text may all quote the user's data. */
  self->file = succession_message_escape (file);
  self->path = succession_message_escape (path);
  self->line = line;
  self->column = column;
  self->text = succession_message_escape (text);

  return self;
}

SuccessionSeverity
succession_message_get_severity (SuccessionMessage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_MESSAGE (self), SUCCESSION_SEVERITY_ERROR);
  return self->severity;
}

const char *
succession_message_get_file (SuccessionMessage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_MESSAGE (self), NULL);
  return self->file;
}

const char *
succession_message_get_path (SuccessionMessage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_MESSAGE (self), NULL);
  return self->path;
}

int
succession_message_get_line (SuccessionMessage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_MESSAGE (self), 0);
  return self->line;
}

int
succession_message_get_column (SuccessionMessage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_MESSAGE (self), 0);
  return self->column;
}

const char *
succession_message_get_text (SuccessionMessage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_MESSAGE (self), NULL);
  return self->text;
}

char *
succession_message_to_string (SuccessionMessage *self)
{
  const char *kind;
  const char *file;

  g_return_val_if_fail (SUCCESSION_IS_MESSAGE (self), NULL);

  /* Translators: the kind of a message about a dataset, as in "file.json: error: …". */
  kind = self->severity == SUCCESSION_SEVERITY_ERROR ? _ ("error") : _ ("warning");
  file = self->file != NULL ? self->file : "";

  /* The compiler's format, so editors and terminals can jump to the place. */
  if (self->line > 0)
    return g_strdup_printf ("%s:%d:%d: %s: %s", file, self->line, self->column, kind, self->text);
  if (self->path != NULL)
    return g_strdup_printf ("%s: %s: %s: %s", file, self->path, kind, self->text);
  return g_strdup_printf ("%s: %s: %s", file, kind, self->text);
}
