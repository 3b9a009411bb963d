/* succession-citation.c — a tenure's sources, and the tenure cited as a paper cites it
 *
 * Which source is the most direct (official and press before encyclopedias and their copies),
 * the summary the Source column shows, the plain list of citations, and the styled citation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copy Citation gives the whole claim, not a bare list of links: who held which office from
 * when to when, then each source the dataset gives for it, in the style the user chose. The
 * sources are web pages and archive copies with a publisher and usually no author, so each
 * style cites them as such: Chicago author-date puts the publisher in the author's place,
 * BibTeX and CSL-JSON give one web-page item per source with the fact in its note, ready for a
 * reference manager. The styles' own words ("Accessed", "n.d.") stay English, as the styles
 * define them; the fact follows the interface language.
 */

#define G_LOG_DOMAIN "succession-citation"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "succession-citation.h"

char *
succession_format_sources (SuccessionTenure *tenure)
{
  GPtrArray *sources = succession_tenure_get_sources (tenure);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      SuccessionSource *source = g_ptr_array_index (sources, i);
      const char       *label = succession_source_get_publisher (source);

      if (label == NULL)
        label = succession_source_get_title (source);
      if (label == NULL)
        label = succession_source_get_url (source);
      if (label != NULL)
        g_ptr_array_add (parts, succession_format_isolate (label));
    }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv ("; ", (char **) parts->pdata);
}

/* How far a source is from the record it cites: official and press sources (the NPC, the
 * CPPCC, Xinhua, People's Daily and their archives) first, then other pages, then
 * encyclopedias, then mirrors of them, as their publisher and address say. */
static int
source_rank (SuccessionSource *source)
{
  static const char *const official[] = {
    "npc.gov.cn",
    "cppcc.gov.cn",
    "gov.cn",
    "xinhuanet.com",
    "news.cn",
    "people.com.cn",
    "hprc.org.cn",
    "chinadaily.com.cn",
    "cctv.com",
    "cnr.cn",
  };
  static const char *const official_publishers[] = {
    "People's Daily",
    "Xinhua",
    "National People's Congress",
    "CPPCC",
    "China Daily",
    "State Council",
    "人民日报",
    "新华",
    "全国人大",
    "全国政协",
  };
  const char      *publisher = succession_source_get_publisher (source);
  const char      *url = succession_source_get_url (source);
  g_autofree char *host = NULL;

  if (publisher != NULL && (strstr (publisher, "mirror") != NULL || strstr (publisher, "Mirror") != NULL))
    return 3;
  if (url != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

      if (uri != NULL && g_uri_get_host (uri) != NULL)
        host = g_ascii_strdown (g_uri_get_host (uri), -1);
    }
  if ((host != NULL && (strstr (host, "wiki") != NULL || strstr (host, "baike") != NULL)) ||
      (publisher != NULL && (strstr (publisher, "Wikipedia") != NULL || strstr (publisher, "Baike") != NULL)))
    return 2;
  for (guint i = 0; host != NULL && i < G_N_ELEMENTS (official); i++)
    if (g_str_equal (host, official[i]) || (g_str_has_suffix (host, official[i]) &&
                                            host[strlen (host) - strlen (official[i]) - 1] == '.'))
      return 0;
  for (guint i = 0; publisher != NULL && i < G_N_ELEMENTS (official_publishers); i++)
    if (strstr (publisher, official_publishers[i]) != NULL)
      return 0;
  return 1;
}

SuccessionSource *
succession_format_best_source (SuccessionTenure *tenure)
{
  GPtrArray        *sources = succession_tenure_get_sources (tenure);
  SuccessionSource *best = NULL;
  int               best_rank = G_MAXINT;

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      SuccessionSource *source = g_ptr_array_index (sources, i);
      int               rank = source_rank (source);

      if (rank < best_rank)
        {
          best = source;
          best_rank = rank;
        }
    }
  return best;
}

char *
succession_format_source_summary (SuccessionTenure *tenure)
{
  GPtrArray        *sources = succession_tenure_get_sources (tenure);
  SuccessionSource *best = succession_format_best_source (tenure);
  const char       *label;
  g_autofree char  *shown = NULL;

  if (best == NULL)
    return g_strdup ("");
  label = succession_source_get_publisher (best);
  if (label == NULL)
    label = succession_source_get_title (best);
  if (label == NULL)
    label = succession_source_get_url (best);
  shown = succession_format_isolate (label);
  if (sources->len == 1)
    return g_steal_pointer (&shown);
  /* Translators: the best source of a tenure (%s) and how many more it has (%u): "Xinhua +2". */
  return g_strdup_printf (_ ("%s +%u"), shown, sources->len - 1);
}

char *
succession_format_citations (SuccessionTenure *tenure)
{
  GPtrArray *sources = succession_tenure_get_sources (tenure);
  GString   *out = g_string_new (NULL);

  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      g_autofree char *citation = succession_source_format_citation (g_ptr_array_index (sources, i));

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, citation);
    }

  return g_string_free (out, FALSE);
}

SuccessionCitationStyle
succession_citation_style_from_nick (const char *nick)
{
  if (g_strcmp0 (nick, "bibtex") == 0)
    return SUCCESSION_CITATION_BIBTEX;
  if (g_strcmp0 (nick, "csl-json") == 0)
    return SUCCESSION_CITATION_CSL_JSON;
  return SUCCESSION_CITATION_CHICAGO;
}

/* "before 12 December 1981" as the interface writes dates, "" when unset. */
static char *
fact_date (const SuccessionDate *date)
{
  return succession_date_is_set (date) ? succession_format_date (date) : g_strdup ("");
}

char *
succession_citation_fact (SuccessionTenure     *tenure,
                          SuccessionNameDisplay display)
{
  SuccessionOffice *office = succession_tenure_get_office (tenure);
  g_autofree char  *who = succession_format_holder_plain (tenure, display);
  g_autofree char  *what = office != NULL ? succession_format_office_name (office, display) : g_strdup ("");
  g_autofree char  *from = fact_date (succession_tenure_get_start_date (tenure));
  g_autofree char  *until = NULL;

  switch (succession_tenure_get_end_status (tenure))
    {
    case SUCCESSION_END_STATUS_ONGOING:
      until = g_strdup (_ ("in office"));
      break;
    case SUCCESSION_END_STATUS_UNKNOWN:
      until = g_strdup (_ ("end unknown"));
      break;
    case SUCCESSION_END_STATUS_ENDED:
    default:
      until = fact_date (succession_tenure_get_end_date (tenure));
      break;
    }
  if (*from == '\0')
    {
      g_free (from);
      from = g_strdup (_ ("start unknown"));
    }

  /* Translators: the fact a citation supports: a holder, an office, a start and an end
   * ("Peng Zhen, Secretary-General of …, 27 September 1954 – 3 January 1965"). */
  return g_strdup_printf (_ ("%s, %s, %s – %s"), who, what, from, until);
}

static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static const char *const english_months[] = {
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
};

/* "November 24, 2026", "November 2026", "2026": Chicago's own date form. */
static char *
chicago_date (const SuccessionDate *date)
{
  if (date->month >= 1 && date->month <= 12 && date->day >= 1)
    return g_strdup_printf ("%s %d, %d", english_months[date->month - 1], date->day, date->year);
  if (date->month >= 1 && date->month <= 12)
    return g_strdup_printf ("%s %d", english_months[date->month - 1], date->year);
  return g_strdup_printf ("%d", date->year);
}

/* Publisher. Year. “Title.” Locator. Accessed Month Day, Year. URL. */
static void
append_chicago (GString          *out,
                SuccessionSource *source)
{
  const char           *publisher = nonempty (succession_source_get_publisher (source));
  const char           *title = nonempty (succession_source_get_title (source));
  const char           *locator = nonempty (succession_source_get_locator (source));
  const char           *url = nonempty (succession_source_get_url (source));
  const SuccessionDate *date = succession_source_get_date (source);
  const SuccessionDate *accessed = succession_source_get_accessed (source);

  if (publisher != NULL)
    g_string_append_printf (out, "%s. ", publisher);
  if (succession_date_is_set (date))
    g_string_append_printf (out, "%d. ", date->year);
  else
    g_string_append (out, "n.d. ");
  if (title != NULL)
    g_string_append_printf (out, "“%s.” ", title);
  if (locator != NULL)
    g_string_append_printf (out, "%s. ", locator);
  if (succession_date_is_set (accessed))
    {
      g_autofree char *when = chicago_date (accessed);

      g_string_append_printf (out, "Accessed %s. ", when);
    }
  if (url != NULL)
    g_string_append_printf (out, "%s. ", url);
  if (nonempty (succession_source_get_archive_url (source)) != NULL)
    g_string_append_printf (out, "Archived at %s.", succession_source_get_archive_url (source));
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
}

/* BibTeX's special characters escaped, so a title with "&" or "%" reads back as written. */
static void
append_bibtex_value (GString    *out,
                     const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("&%$#_{}", *p) != NULL)
        g_string_append_c (out, '\\');
      if (*p == '\\')
        g_string_append (out, "\\textbackslash{}");
      else if (*p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

static void
append_bibtex_field (GString    *out,
                     const char *name,
                     const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_printf (out, ",\n  %s = {", name);
  append_bibtex_value (out, value);
  g_string_append_c (out, '}');
}

/* A key BibTeX accepts: the tenure's id with anything but letters, digits, "-" and "_" dropped. */
static char *
bibtex_key (SuccessionTenure *tenure,
            guint             n)
{
  const char *id = succession_tenure_get_id (tenure);
  GString    *key = g_string_new (NULL);

  for (const char *p = id != NULL ? id : "tenure"; *p != '\0'; p++)
    if (g_ascii_isalnum (*p) || *p == '-' || *p == '_')
      g_string_append_c (key, *p);
  g_string_append_printf (key, "-source%u", n);
  return g_string_free (key, FALSE);
}

static void
append_bibtex (GString          *out,
               SuccessionTenure *tenure,
               guint             n,
               SuccessionSource *source,
               const char       *fact)
{
  g_autofree char *key = bibtex_key (tenure, n);
  g_autofree char *year = NULL;
  g_autofree char *urldate = NULL;
  g_autofree char *note = NULL;
  const char      *locator = nonempty (succession_source_get_locator (source));

  if (succession_date_is_set (succession_source_get_date (source)))
    year = g_strdup_printf ("%d", succession_source_get_date (source)->year);
  if (succession_date_is_set (succession_source_get_accessed (source)))
    urldate = succession_date_to_iso (succession_source_get_accessed (source));
  note = locator != NULL ? g_strdup_printf ("%s. %s", fact, locator) : g_strdup (fact);

  g_string_append_printf (out, "@misc{%s", key);
  append_bibtex_field (out, "title", succession_source_get_title (source));
  append_bibtex_field (out, "howpublished", succession_source_get_publisher (source));
  append_bibtex_field (out, "year", year);
  append_bibtex_field (out, "url", succession_source_get_url (source));
  append_bibtex_field (out, "urldate", urldate);
  append_bibtex_field (out, "note", note);
  g_string_append (out, "\n}\n");
}

static void
add_csl_date (JsonBuilder          *builder,
              const char           *member,
              const SuccessionDate *date)
{
  if (!succession_date_is_set (date))
    return;
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "date-parts");
  json_builder_begin_array (builder);
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, date->year);
  if (date->month >= 1)
    json_builder_add_int_value (builder, date->month);
  if (date->month >= 1 && date->day >= 1)
    json_builder_add_int_value (builder, date->day);
  json_builder_end_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_csl_string (JsonBuilder *builder,
                const char  *member,
                const char  *value)
{
  if (value == NULL || *value == '\0')
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static char *
format_csl_json (SuccessionTenure *tenure,
                 GPtrArray        *sources,
                 const char       *fact)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char *text;

  json_builder_begin_array (builder);
  for (guint i = 0; i < sources->len; i++)
    {
      SuccessionSource *source = g_ptr_array_index (sources, i);
      g_autofree char  *id = bibtex_key (tenure, i + 1);
      const char       *locator = nonempty (succession_source_get_locator (source));
      g_autofree char  *note = locator != NULL ? g_strdup_printf ("%s. %s", fact, locator) : g_strdup (fact);

      json_builder_begin_object (builder);
      add_csl_string (builder, "id", id);
      add_csl_string (builder, "type", "webpage");
      add_csl_string (builder, "title", succession_source_get_title (source));
      add_csl_string (builder, "publisher", succession_source_get_publisher (source));
      add_csl_string (builder, "URL", succession_source_get_url (source));
      add_csl_date (builder, "issued", succession_source_get_date (source));
      add_csl_date (builder, "accessed", succession_source_get_accessed (source));
      add_csl_string (builder, "note", note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return text;
}

char *
succession_citation_format (SuccessionTenure       *tenure,
                            SuccessionCitationStyle style,
                            SuccessionNameDisplay   display)
{
  GPtrArray       *sources;
  g_autofree char *fact = NULL;
  GString         *out;

  g_return_val_if_fail (SUCCESSION_IS_TENURE (tenure), NULL);

  sources = succession_tenure_get_sources (tenure);
  if (sources == NULL || sources->len == 0)
    return g_strdup ("");

  fact = succession_citation_fact (tenure, display);
  if (style == SUCCESSION_CITATION_CSL_JSON)
    return format_csl_json (tenure, sources, fact);

  out = g_string_new (NULL);
  if (style == SUCCESSION_CITATION_CHICAGO)
    g_string_append_printf (out, "%s.\n", fact);
  for (guint i = 0; i < sources->len; i++)
    {
      SuccessionSource *source = g_ptr_array_index (sources, i);

      if (style == SUCCESSION_CITATION_BIBTEX)
        {
          if (i > 0)
            g_string_append_c (out, '\n');
          append_bibtex (out, tenure, i + 1, source, fact);
        }
      else
        {
          append_chicago (out, source);
          g_string_append_c (out, '\n');
        }
    }
  return g_string_free (out, FALSE);
}
