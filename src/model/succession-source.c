/* succession-source.c — a cited source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-source"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "succession-model-private.h"

G_DEFINE_FINAL_TYPE (SuccessionSource, succession_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_URL,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_NOTE,
  PROP_LOCATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
succession_source_finalize (GObject *object)
{
  SuccessionSource *self = SUCCESSION_SOURCE (object);

  if (self->strings != NULL)
    _succession_strings_unref (self->strings);
  else
    {
      g_free (self->url);
      g_free (self->archive_url);
      g_free (self->title);
      g_free (self->publisher);
      g_free (self->note);
      g_free (self->locator);
      g_free (self->lang);
    }

  G_OBJECT_CLASS (succession_source_parent_class)->finalize (object);
}

static void
succession_source_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SuccessionSource *self = SUCCESSION_SOURCE (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_LOCATOR:
      g_value_set_string (value, self->locator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_source_class_init (SuccessionSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_source_finalize;
  object_class->get_property = succession_source_get_property;

  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHER] = g_param_spec_string ("publisher", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATOR] = g_param_spec_string ("locator", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_source_init (SuccessionSource *self)
{
}

SuccessionSource *
_succession_source_new (void)
{
  return g_object_new (SUCCESSION_TYPE_SOURCE, NULL);
}

SuccessionSource *
_succession_source_copy_own (SuccessionSource *self)
{
  SuccessionSource *copy = _succession_source_new ();

  copy->url = g_strdup (self->url);
  copy->archive_url = g_strdup (self->archive_url);
  copy->title = g_strdup (self->title);
  copy->publisher = g_strdup (self->publisher);
  copy->note = g_strdup (self->note);
  copy->locator = g_strdup (self->locator);
  copy->lang = g_strdup (self->lang);
  copy->date = self->date;
  copy->accessed = self->accessed;
  return copy;
}

const char *
succession_source_get_url (SuccessionSource *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);
  return self->url;
}

const char *
succession_source_get_archive_url (SuccessionSource *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);
  return self->archive_url;
}

const char *
succession_source_get_title (SuccessionSource *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);
  return self->title;
}

const char *
succession_source_get_publisher (SuccessionSource *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);
  return self->publisher;
}

const char *
succession_source_get_note (SuccessionSource *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);
  return self->note;
}

const char *
succession_source_get_locator (SuccessionSource *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);
  return self->locator;
}

const SuccessionDate *
succession_source_get_date (SuccessionSource *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);
  return &self->date;
}

const SuccessionDate *
succession_source_get_accessed (SuccessionSource *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);
  return &self->accessed;
}

char *
succession_source_format_citation (SuccessionSource *self)
{
  GString *citation;

  g_return_val_if_fail (SUCCESSION_IS_SOURCE (self), NULL);

  /* A plain style that every reference manager can take: Title. Publisher, date. Locator. URL (accessed). */
  citation = g_string_new (NULL);

  if (self->title != NULL && *self->title != '\0')
    g_string_append_printf (citation, "“%s”.", self->title);

  if (self->publisher != NULL && *self->publisher != '\0')
    {
      if (citation->len > 0)
        g_string_append_c (citation, ' ');
      g_string_append (citation, self->publisher);
      if (succession_date_is_set (&self->date))
        {
          g_autofree char *date = succession_date_to_iso (&self->date);
          g_string_append_printf (citation, ", %s", date);
        }
      g_string_append_c (citation, '.');
    }

  if (self->locator != NULL && *self->locator != '\0')
    {
      if (citation->len > 0)
        g_string_append_c (citation, ' ');
      g_string_append_printf (citation, "%s.", self->locator);
    }

  if (self->url != NULL && *self->url != '\0')
    {
      if (citation->len > 0)
        g_string_append_c (citation, ' ');
      g_string_append (citation, self->url);
    }

  if (succession_date_is_set (&self->accessed))
    {
      g_autofree char *accessed = succession_date_to_iso (&self->accessed);
      g_autofree char *note = NULL;

      /* Translators: part of a citation; %s is the date a web page was read, as 2026-11-24. */
      note = g_strdup_printf (_ ("accessed %s"), accessed);
      g_string_append_printf (citation, " (%s)", note);
    }

  /* After the address and the day it was read, so that the day is not taken for the copy's. */
  if (self->archive_url != NULL && *self->archive_url != '\0')
    {
      if (citation->len > 0)
        g_string_append (citation, ". ");
      /* Translators: a citation's archived copy of its page; %s is its address. */
      g_string_append_printf (citation, _ ("Archived: %s"), self->archive_url);
    }

  return g_string_free (citation, FALSE);
}
