/* succession-wikidata-queries.c — the SPARQL sent to the query service
 *
 * Plain SPARQL 1.1 with every prefix declared and no service extensions (no label service),
 * so a mirror of the query service answers it too. Each label language is its own optional
 * variable and each time its own group, so a statement takes one row per reference: the answer
 * grows with the data, not with the product of the languages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <string.h>

#include "succession-wikidata-office-private.h"
#include "succession-wikidata-sparql.h"

#define LABELS(name) name, name "En", name "Hans", name "Hant", name "Ui"
#define TIME(name) name, name "Precision", name "Raw", name "None"

const char *const _succession_wikidata_office_vars[] = {
  LABELS ("office"), "descriptionEn", "descriptionUi", LABELS ("body"), NULL
};
const char *const _succession_wikidata_holders_vars[] = {
  "statement", LABELS ("person"), TIME ("start"), TIME ("end"), "replaces", "replacedBy", "ordinal",
  LABELS ("term"), LABELS ("endCause"), TIME ("birth"), TIME ("death"), "ref", "refUrl", LABELS ("statedIn"),
  TIME ("retrieved"), NULL
};
const char *const _succession_wikidata_bodies_vars[] = {
  "item", LABELS ("body"), NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (_succession_wikidata_office_vars) == N_OFFICE_VARS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (_succession_wikidata_holders_vars) == N_HOLDER_VARS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (_succession_wikidata_bodies_vars) == N_BODIES_VARS + 1);

static const char prefixes[] =
  "PREFIX wd: <http://www.wikidata.org/entity/>\n"
  "PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
  "PREFIX p: <http://www.wikidata.org/prop/>\n"
  "PREFIX ps: <http://www.wikidata.org/prop/statement/>\n"
  "PREFIX psv: <http://www.wikidata.org/prop/statement/value/>\n"
  "PREFIX pq: <http://www.wikidata.org/prop/qualifier/>\n"
  "PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>\n"
  "PREFIX pr: <http://www.wikidata.org/prop/reference/>\n"
  "PREFIX prv: <http://www.wikidata.org/prop/reference/value/>\n"
  "PREFIX wdno: <http://www.wikidata.org/prop/novalue/>\n"
  "PREFIX wikibase: <http://wikiba.se/ontology#>\n"
  "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
  "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
  "PREFIX schema: <http://schema.org/>\n";

static GString *
begin_query (const char        *name,
             const char *const *vars)
{
  GString *q = g_string_new (NULL);

  g_string_append_printf (q, "#succession:%s\n%sSELECT", name, prefixes);
  for (guint i = 0; vars[i] != NULL; i++)
    g_string_append_printf (q, " ?%s", vars[i]);
  g_string_append (q, "\nWHERE {\n");
  return q;
}

/* One label of ?VAR, the first of @langs (Wikidata's codes) that it has, into ?VARSUFFIX. */
static void
append_label (GString           *q,
              const char        *var,
              const char        *suffix,
              const char *const *langs)
{
  guint n = g_strv_length ((char **) langs);

  if (n == 1)
    {
      g_string_append_printf (q, "  OPTIONAL { ?%s rdfs:label ?%s%s . FILTER (LANG (?%s%s) = \"%s\") }\n",
                              var, var, suffix, var, suffix, langs[0]);
      return;
    }

  for (guint i = 0; i < n; i++)
    g_string_append_printf (q, "  OPTIONAL { ?%s rdfs:label ?%s%s%u . FILTER (LANG (?%s%s%u) = \"%s\") }\n",
                            var, var, suffix, i, var, suffix, i, langs[i]);
  g_string_append (q, "  BIND (COALESCE (");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (q, "%s?%s%s%u", i > 0 ? ", " : "", var, suffix, i);
  g_string_append_printf (q, ") AS ?%s%s)\n", var, suffix);
}

/* English, Simplified and Traditional Chinese (with the regional codes Wikidata also has) and
 * the interface language. */
static void
append_labels (GString    *q,
               const char *var,
               const char *ui_language)
{
  static const char *const en[] = { "en", NULL };
  static const char *const hans[] = { "zh-hans", "zh-cn", "zh-sg", "zh", NULL };
  static const char *const hant[] = { "zh-hant", "zh-tw", "zh-hk", "zh-mo", NULL };

  append_label (q, var, "En", en);
  append_label (q, var, "Hans", hans);
  append_label (q, var, "Hant", hant);
  if (ui_language != NULL)
    append_label (q, var, "Ui", (const char *const[]){ ui_language, NULL });
}

/* A time qualifier of the statement: its value and precision, its plain value (an IRI for
 * "unknown value"), and "no value". */
static void
append_time (GString    *q,
             const char *subject,
             const char *kind,
             const char *property,
             const char *var)
{
  g_string_append_printf (q, "  OPTIONAL { ?%s %s:%s ?%sRaw . }\n", subject, kind, property, var);
  g_string_append_printf (q, "  OPTIONAL { ?%s %sv:%s [ wikibase:timeValue ?%s ; wikibase:timePrecision ?%sPrecision ] . }\n",
                          subject, kind, property, var, var);
  g_string_append_printf (q, "  OPTIONAL { ?%s a wdno:%s . BIND (true AS ?%sNone) }\n", subject, property, var);
}

char *
_succession_wikidata_office_query (const char *id,
                                   const char *ui_language)
{
  GString *q = begin_query ("office", _succession_wikidata_office_vars);

  g_string_append_printf (q, "  BIND (wd:%s AS ?office)\n", id);
  append_labels (q, "office", ui_language);
  g_string_append (q, "  OPTIONAL { ?office schema:description ?descriptionEn . FILTER (LANG (?descriptionEn) = \"en\") }\n");
  if (ui_language != NULL)
    g_string_append_printf (q, "  OPTIONAL { ?office schema:description ?descriptionUi . FILTER (LANG (?descriptionUi) = \"%s\") }\n",
                            ui_language);
  /* The body: the organization directing the office (P2389), else what it is part of (P361). */
  g_string_append (q, "  OPTIONAL { ?office wdt:P2389 ?directing . }\n"
                      "  OPTIONAL { ?office wdt:P361 ?partOf . }\n"
                      "  BIND (COALESCE (?directing, ?partOf) AS ?body)\n");
  append_labels (q, "body", ui_language);
  g_string_append (q, "}\nLIMIT 20\n");
  return g_string_free (q, FALSE);
}

char *
_succession_wikidata_holders_query (const char *id,
                                    const char *ui_language)
{
  GString *q = begin_query ("holders", _succession_wikidata_holders_vars);

  g_string_append_printf (q, "  ?person p:P39 ?statement .\n"
                             "  ?statement ps:P39 wd:%s .\n"
                             "  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank . }\n",
                          id);
  append_labels (q, "person", ui_language);
  append_time (q, "statement", "pq", "P580", "start");
  append_time (q, "statement", "pq", "P582", "end");
  g_string_append (q, "  OPTIONAL { ?statement pq:P1365 ?replaces . }\n"
                      "  OPTIONAL { ?statement pq:P1366 ?replacedBy . }\n"
                      "  OPTIONAL { ?statement pq:P1545 ?ordinal . }\n"
                      "  OPTIONAL { ?statement pq:P2937 ?term . }\n");
  append_labels (q, "term", ui_language);
  g_string_append (q, "  OPTIONAL { ?statement pq:P1534 ?endCause . }\n");
  append_labels (q, "endCause", ui_language);
  /* Life dates: the best-ranked statement of each. */
  g_string_append (q, "  OPTIONAL { ?person p:P569 ?birthStatement . ?birthStatement a wikibase:BestRank .\n");
  append_time (q, "birthStatement", "ps", "P569", "birth");
  g_string_append (q, "  }\n  OPTIONAL { ?person p:P570 ?deathStatement . ?deathStatement a wikibase:BestRank .\n");
  append_time (q, "deathStatement", "ps", "P570", "death");
  g_string_append (q, "  }\n"
                      "  OPTIONAL { ?statement prov:wasDerivedFrom ?ref .\n"
                      "    OPTIONAL { ?ref pr:P854 ?refUrl . }\n"
                      "    OPTIONAL { ?ref pr:P248 ?statedIn . }\n"
                      "    OPTIONAL { ?ref prv:P813 [ wikibase:timeValue ?retrieved ; wikibase:timePrecision ?retrievedPrecision ] . }\n"
                      "  }\n");
  append_labels (q, "statedIn", ui_language);
  /* One row more than the limit: an answer that reaches it is refused, not cut. */
  g_string_append_printf (q, "}\nLIMIT %u\n", SUCCESSION_WIKIDATA_MAX_ROWS + 1);
  return g_string_free (q, FALSE);
}

char *
_succession_wikidata_bodies_query (const char *const *ids,
                                   const char        *ui_language)
{
  GString *q = begin_query ("bodies", _succession_wikidata_bodies_vars);

  g_string_append (q, "  VALUES ?item {");
  for (guint i = 0; ids[i] != NULL; i++)
    g_string_append_printf (q, " wd:%s", ids[i]);
  g_string_append (q, " }\n"
                      "  OPTIONAL { ?item wdt:P2389 ?directing . }\n"
                      "  OPTIONAL { ?item wdt:P361 ?partOf . }\n"
                      "  BIND (COALESCE (?directing, ?partOf) AS ?body)\n"
                      "  FILTER (BOUND (?body))\n");
  append_labels (q, "body", ui_language);
  g_string_append (q, "}\nLIMIT 500\n");
  return g_string_free (q, FALSE);
}

char *
_succession_wikidata_ui_language (const char *tag)
{
  const char *key;
  gsize       n = 0;

  if (tag == NULL)
    {
      const char *const *names = g_get_language_names ();

      tag = names[0];
    }

  key = succession_language_key (tag);
  if (*key == '\0' || strcmp (key, "en") == 0 || g_str_has_prefix (key, "zh") || strcmp (key, "c") == 0 ||
      strcmp (key, "posix") == 0)
    return NULL;

  /* Wikidata's codes are the primary subtags, in lower case. */
  while (g_ascii_isalpha (key[n]))
    n++;
  if (n < 2 || n > 3 || key[n] != '\0')
    return NULL;
  return g_ascii_strdown (key, n);
}

char *
_succession_wikidata_entity_id (const char *uri)
{
  const char *slash = uri != NULL ? strrchr (uri, '/') : NULL;
  const char *name = slash != NULL ? slash + 1 : uri;
  char       *id;
  char       *dash;

  if (name == NULL || *name == '\0')
    return NULL;

  /* A statement's IRI writes the "$" of its id as "-": Q42-F078E5B3-… is Q42$F078E5B3-…. */
  id = g_strdup (name);
  if (slash != NULL && g_strstr_len (uri, slash - uri, "/statement") != NULL && (dash = strchr (id, '-')) != NULL)
    *dash = '$';
  return id;
}

gboolean
_succession_wikidata_is_some_value (const char *value,
                                    int         type)
{
  /* A blank node, or since 2022 the query service's skolem IRI for one. */
  return type == SUCCESSION_SPARQL_BNODE ||
         (type == SUCCESSION_SPARQL_URI && value != NULL && strstr (value, "/.well-known/genid/") != NULL);
}
