/* succession-wikidata-popolo.c — an office from Wikidata as a Popolo document, and as the model
 *
 * The document is in the dataset format (docs/dataset-format.md, "Offices from Wikidata"), so
 * the loader turns it into the model and a researcher can save it like any dataset. What the
 * format cannot hold as a date (a decade, a year before 1) goes into a note; what the loader
 * would refuse (an end before its start) is left out with a note, so a slip on Wikidata never
 * stops an import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <string.h>

#include "succession-wikidata-office-private.h"

#define WIKIDATA_PAGE "https://www.wikidata.org/wiki/"

static const char *const english[] = { "en", NULL };

static void
append_json_string (GString    *out,
                    const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

/* `, "key": "value"` (nothing when @value is NULL); the first member of an object has no comma. */
static void
member (GString    *out,
        const char *key,
        const char *value)
{
  if (value == NULL)
    return;
  if (out->str[out->len - 1] != '{')
    g_string_append (out, ", ");
  append_json_string (out, key);
  g_string_append (out, ": ");
  append_json_string (out, value);
}

static void
member_key (GString    *out,
            const char *key)
{
  if (out->str[out->len - 1] != '{')
    g_string_append (out, ", ");
  append_json_string (out, key);
  g_string_append (out, ": ");
}

/* The English label (the Popolo name), else the first, else @id. */
static const char *
name_of (const SuccessionText *labels,
         const char           *id)
{
  const char *name = succession_text_get (labels, "en");

  if (name == NULL && succession_text_get_n (labels) > 0)
    name = succession_text_get_nth (labels, 0, NULL);
  return name != NULL ? name : id;
}

/* The labels other than English, as Popolo other_names. */
static void
member_other_names (GString              *out,
                    const SuccessionText *labels)
{
  gboolean any = FALSE;

  for (guint i = 0; i < succession_text_get_n (labels); i++)
    {
      const char *lang;
      const char *name = succession_text_get_nth (labels, i, &lang);

      if (strcmp (lang, "en") == 0)
        continue;
      if (!any)
        {
          member_key (out, "other_names");
          g_string_append_c (out, '[');
          any = TRUE;
        }
      else
        g_string_append (out, ", ");
      g_string_append_c (out, '{');
      member (out, "name", name);
      member (out, "lang", lang);
      g_string_append_c (out, '}');
    }
  if (any)
    g_string_append_c (out, ']');
}

static void
member_localized (GString              *out,
                  const char           *key,
                  const SuccessionText *text)
{
  if (succession_text_get_n (text) == 0)
    return;
  member_key (out, key);
  g_string_append_c (out, '{');
  for (guint i = 0; i < succession_text_get_n (text); i++)
    {
      const char *lang;
      const char *value = succession_text_get_nth (text, i, &lang);

      if (succession_text_get (text, lang) == value)
        member (out, lang, value);
    }
  g_string_append_c (out, '}');
}

static void
member_identifier (GString    *out,
                   const char *scheme,
                   const char *id)
{
  member_key (out, "identifiers");
  g_string_append (out, "[{");
  member (out, "scheme", scheme);
  member (out, "identifier", id);
  g_string_append (out, "}]");
}

static void
member_strings (GString    *out,
                const char *key,
                GPtrArray  *values)
{
  if (values == NULL || values->len == 0)
    return;
  member_key (out, key);
  g_string_append_c (out, '[');
  for (guint i = 0; i < values->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_json_string (out, g_ptr_array_index (values, i));
    }
  g_string_append_c (out, ']');
}

/* The Wikidata page of @id as a source. */
static void
append_page_source (GString    *out,
                    const char *id,
                    const char *anchor,
                    const char *title,
                    const char *accessed)
{
  g_autofree char *url = g_strconcat (WIKIDATA_PAGE, id, anchor, NULL);

  g_string_append_c (out, '{');
  member (out, "url", url);
  member (out, "title", title);
  member (out, "publisher", "Wikidata");
  member (out, "accessed", accessed);
  g_string_append_c (out, '}');
}

static void
member_page_source (GString    *out,
                    const char *id,
                    const char *title,
                    const char *accessed)
{
  member_key (out, "sources");
  g_string_append_c (out, '[');
  append_page_source (out, id, NULL, title, accessed);
  g_string_append_c (out, ']');
}

/* Puts a time into @key (as a date), or says in @notes, @unknown or @none what became of it. */
static void
place_time (GString                      *out,
            const char                   *key,
            const char                   *property,
            const SuccessionWikidataTime *time,
            GPtrArray                    *unknown,
            GPtrArray                    *none,
            GString                      *notes)
{
  switch (time->snak)
    {
    case SUCCESSION_WIKIDATA_VALUE:
      if (succession_date_is_set (&time->date))
        {
          g_autofree char *iso = succession_date_to_iso (&time->date);

          member (out, key, iso);
        }
      else
        {
          g_autofree char *shown = _succession_wikidata_time_to_string (time);

          g_string_append_printf (notes, "%sWikidata gives the %s as %s (precision %d), which this format "
                                         "cannot hold as a date.",
                                  notes->len > 0 ? " " : "", property, shown, time->precision);
        }
      break;
    case SUCCESSION_WIKIDATA_UNKNOWN_VALUE:
      g_ptr_array_add (unknown, (gpointer) key);
      break;
    case SUCCESSION_WIKIDATA_NO_VALUE:
      g_ptr_array_add (none, (gpointer) key);
      break;
    case SUCCESSION_WIKIDATA_ABSENT:
    default:
      break;
    }
}

static void
member_note (GString *out,
             GString *notes)
{
  if (notes->len == 0)
    return;
  member_key (out, "note");
  g_string_append_c (out, '{');
  member (out, "en", notes->str);
  g_string_append_c (out, '}');
}

/* Does an end at @end come before the start at @start, which the loader refuses? */
static gboolean
ends_before_start (const SuccessionWikidataTime *start,
                   const SuccessionWikidataTime *end)
{
  return succession_date_is_set (&start->date) && succession_date_is_set (&end->date) &&
         succession_date_get_last_day (&end->date) < succession_date_get_first_day (&start->date);
}

/* A start and an end (a birth and a death), each put in place; an end before the start, which
 * the loader refuses, is left out with a note. */
static void
place_span (GString                      *out,
            const char *const            *keys,
            const char *const            *names,
            const SuccessionWikidataTime *start,
            SuccessionWikidataTime       *end,
            GPtrArray                    *unknown,
            GPtrArray                    *none,
            GString                      *notes)
{
  if (ends_before_start (start, end))
    {
      g_autofree char *shown = _succession_wikidata_time_to_string (end);

      g_string_append_printf (notes, "%sWikidata's %s %s is before its %s.", notes->len > 0 ? " " : "",
                              names[1], shown, names[0]);
      end->snak = SUCCESSION_WIKIDATA_ABSENT;
    }
  place_time (out, keys[0], names[0], start, unknown, none, notes);
  place_time (out, keys[1], names[1], end, unknown, none, notes);
}

static void
append_person (GString                  *out,
               SuccessionWikidataEntity *person,
               const char               *accessed)
{
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GString) notes = g_string_new (NULL);
  const char            *name = name_of (person->labels, person->id);
  SuccessionWikidataTime death = person->death;

  g_string_append_c (out, '{');
  member (out, "id", person->id);
  member (out, "name", name);
  member_other_names (out, person->labels);
  place_span (out, (const char *const[]){ "birth_date", "death_date" },
              (const char *const[]){ "date of birth (P569)", "date of death (P570)" },
              &person->birth, &death, unknown, none, notes);
  member_strings (out, "unknown_value", unknown);
  member_strings (out, "no_value", none);
  member_identifier (out, "wikidata", person->id);
  member_note (out, notes);
  member_page_source (out, person->id, name, accessed);
  g_string_append_c (out, '}');
}

/* Is the holder of @statement in office today? Wikidata leaves the end out for a current
 * holder, and for a past one nobody recorded: only the latest holders, alive and without a
 * successor, are taken to be in office. */
static gboolean
looks_current (SuccessionWikidataOffice    *self,
               SuccessionWikidataStatement *statement,
               gint64                       latest_start)
{
  SuccessionWikidataEntity *person = _succession_wikidata_office_lookup (self, statement->person);

  return statement->end.snak == SUCCESSION_WIKIDATA_ABSENT && statement->end_cause == NULL &&
         statement->start.snak == SUCCESSION_WIKIDATA_VALUE && succession_date_is_set (&statement->start.date) &&
         succession_date_get_first_day (&statement->start.date) == latest_start &&
         (statement->replaced_by == NULL || statement->replaced_by->len == 0) &&
         (person == NULL || person->death.snak == SUCCESSION_WIKIDATA_ABSENT);
}

static void
append_reference (GString                     *out,
                  SuccessionWikidataOffice    *self,
                  SuccessionWikidataReference *reference)
{
  g_autofree char *page = NULL;
  g_autofree char *retrieved = NULL;

  if (reference->url == NULL && reference->stated_in == NULL)
    return;

  if (reference->stated_in != NULL)
    page = g_strconcat (WIKIDATA_PAGE, reference->stated_in, NULL);
  if (succession_date_is_set (&reference->retrieved.date))
    retrieved = succession_date_to_iso (&reference->retrieved.date);

  g_string_append (out, ", {");
  member (out, "url", reference->url != NULL ? reference->url : page);
  /* "Stated in" names the work: the title of a reference without a URL, else who published it. */
  if (reference->stated_in != NULL)
    member (out, reference->url != NULL ? "publisher" : "title",
            _succession_wikidata_entity_label (self, reference->stated_in, english));
  member (out, "accessed", retrieved);
  member (out, "note", "A reference of the statement on Wikidata.");
  g_string_append_c (out, '}');
}

static void
append_membership (GString                     *out,
                   SuccessionWikidataOffice    *self,
                   SuccessionWikidataStatement *statement,
                   gint64                       latest_start,
                   const char                  *accessed)
{
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char       *title = NULL;
  SuccessionWikidataTime end = statement->end;
  const char            *end_status;

  g_string_append_c (out, '{');
  member (out, "id", statement->id);
  member (out, "person_id", statement->person);
  member (out, "post_id", self->id);
  place_span (out, (const char *const[]){ "start_date", "end_date" },
              (const char *const[]){ "start time (P580)", "end time (P582)" },
              &statement->start, &end, unknown, none, notes);

  if (end.snak == SUCCESSION_WIKIDATA_VALUE && succession_date_is_set (&end.date))
    end_status = NULL;
  else if (end.snak == SUCCESSION_WIKIDATA_NO_VALUE || looks_current (self, statement, latest_start))
    end_status = "ongoing";
  else
    end_status = "unknown";
  member (out, "end_status", end_status);

  member_strings (out, "term_ids", statement->terms);
  member_strings (out, "unknown_value", unknown);
  member_strings (out, "no_value", none);
  member (out, "ordinal", statement->ordinal);
  if (statement->end_cause != NULL)
    {
      SuccessionWikidataEntity *cause = _succession_wikidata_office_lookup (self, statement->end_cause);

      if (cause != NULL && succession_text_get_n (cause->labels) > 0)
        member_localized (out, "end_cause", cause->labels);
    }
  member_identifier (out, "wikidata-statement", statement->id);
  member_note (out, notes);

  /* The statement itself, then its references. */
  title = g_strdup_printf ("%s: position held (P39)",
                           _succession_wikidata_entity_label (self, statement->person, english));
  member_key (out, "sources");
  g_string_append_c (out, '[');
  append_page_source (out, statement->person, "#P39", title, accessed);
  for (guint i = 0; statement->references != NULL && i < statement->references->len; i++)
    append_reference (out, self, g_ptr_array_index (statement->references, i));
  g_string_append (out, "]}");
}

static void
begin_section (GString    *out,
               const char *key)
{
  g_string_append (out, ",\n ");
  append_json_string (out, key);
  g_string_append (out, ": [");
}

static void
next_record (GString *out,
             guint    i)
{
  g_string_append (out, i > 0 ? ",\n  " : "\n  ");
}

char *
succession_wikidata_office_to_popolo (SuccessionWikidataOffice *self,
                                      gsize                    *length)
{
  g_autoptr(GHashTable) terms = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) term_order = g_ptr_array_new ();
  g_autoptr(SuccessionText) title = succession_text_new ();
  g_autofree char *accessed = NULL;
  const char      *office_name;
  gint64           latest_start = G_MININT64;
  GString         *out;

  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), NULL);

  accessed = g_date_time_format (self->fetched, "%Y-%m-%d");
  office_name = name_of (self->labels, self->id);
  out = g_string_sized_new (1024 + 1200 * self->statements->len);

  for (guint i = 0; i < self->statements->len; i++)
    {
      SuccessionWikidataStatement *statement = g_ptr_array_index (self->statements, i);

      if (statement->start.snak == SUCCESSION_WIKIDATA_VALUE && succession_date_is_set (&statement->start.date))
        latest_start = MAX (latest_start, succession_date_get_first_day (&statement->start.date));
      for (guint t = 0; statement->terms != NULL && t < statement->terms->len; t++)
        if (g_hash_table_add (terms, g_ptr_array_index (statement->terms, t)))
          g_ptr_array_add (term_order, g_ptr_array_index (statement->terms, t));
    }

  for (guint i = 0; i < succession_text_get_n (self->labels); i++)
    {
      const char      *lang;
      const char      *label = succession_text_get_nth (self->labels, i, &lang);
      g_autofree char *text = g_strdup_printf ("%s (Wikidata)", label);

      succession_text_add (title, lang, text);
    }

  g_string_append (out, "{\n \"meta\": {");
  member_localized (out, "title", title);
  member (out, "license", "CC0-1.0");
  g_string_append (out, ", \"languages\": [\"en\", \"zh-Hans\", \"zh-Hant\"], \"date_convention\": {");
  member (out, "en", "Start and end are the start time (P580) and end time (P582) qualifiers of the holders' "
                     "“position held” (P39) statements on Wikidata, at the precision Wikidata gives.");
  g_string_append (out, "}}");

  begin_section (out, "organizations");
  if (self->body != NULL)
    {
      SuccessionWikidataEntity *body = _succession_wikidata_office_lookup (self, self->body);
      const char               *name = name_of (body->labels, body->id);

      next_record (out, 0);
      g_string_append_c (out, '{');
      member (out, "id", body->id);
      member (out, "name", name);
      member_other_names (out, body->labels);
      member_identifier (out, "wikidata", body->id);
      member_page_source (out, body->id, name, accessed);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]");

  begin_section (out, "posts");
  next_record (out, 0);
  g_string_append_c (out, '{');
  member (out, "id", self->id);
  member (out, "label", office_name);
  member_other_names (out, self->labels);
  member (out, "organization_id", self->body);
  member_identifier (out, "wikidata", self->id);
  member_localized (out, "descriptions", self->descriptions);
  member_page_source (out, self->id, office_name, accessed);
  g_string_append (out, "}]");

  begin_section (out, "persons");
  for (guint i = 0; i < self->holders->len; i++)
    {
      next_record (out, i);
      append_person (out, g_ptr_array_index (self->holders, i), accessed);
    }
  g_string_append (out, "]");

  begin_section (out, "events");
  for (guint i = 0; i < term_order->len; i++)
    {
      const char               *id = g_ptr_array_index (term_order, i);
      SuccessionWikidataEntity *term = _succession_wikidata_office_lookup (self, id);

      next_record (out, i);
      g_string_append_c (out, '{');
      member (out, "id", id);
      member (out, "name", name_of (term->labels, id));
      member_other_names (out, term->labels);
      member (out, "classification", "legislative period");
      member_identifier (out, "wikidata", id);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]");

  begin_section (out, "memberships");
  for (guint i = 0; i < self->statements->len; i++)
    {
      next_record (out, i);
      append_membership (out, self, g_ptr_array_index (self->statements, i), latest_start, accessed);
    }
  g_string_append (out, "]\n}\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

SuccessionDataset *
succession_wikidata_office_to_dataset (SuccessionWikidataOffice *self,
                                       GCancellable             *cancellable,
                                       GError                  **error)
{
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char   *name = NULL;
  SuccessionDataset *dataset;
  char              *popolo;
  gsize              length;

  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_OFFICE (self), NULL);

  popolo = succession_wikidata_office_to_popolo (self, &length);
  bytes = g_bytes_new_take (popolo, length);
  name = g_strdup_printf ("wikidata-%s.json", self->id);
  dataset = succession_loader_load_bytes (loader, bytes, name, cancellable, error);
  if (dataset == NULL && error != NULL && *error != NULL && !g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* The document is ours: a refusal is a bug here, said with the loader's first message. */
      g_autoptr(SuccessionMessage) first = g_list_model_get_item (succession_loader_get_messages (loader), 0);
      g_autofree char *line = first != NULL ? succession_message_to_string (first) : NULL;

      g_prefix_error (error, "%s: ", line != NULL ? line : name);
    }
  return dataset;
}
