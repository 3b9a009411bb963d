/* succession-wikidata-match.c — an item found by the entity search, and the search itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "succession-wikidata-client-private.h"
#include "succession-wikidata-match.h"
#include "succession-wikidata-office-private.h"
#include "succession-wikidata-sparql.h"

struct _SuccessionWikidataMatch
{
  GObject parent_instance;
  char   *id;
  char   *label;
  char   *description;
  char   *body;
};

G_DEFINE_FINAL_TYPE (SuccessionWikidataMatch, succession_wikidata_match, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_DESCRIPTION,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
succession_wikidata_match_finalize (GObject *object)
{
  SuccessionWikidataMatch *self = SUCCESSION_WIKIDATA_MATCH (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->description);
  g_free (self->body);

  G_OBJECT_CLASS (succession_wikidata_match_parent_class)->finalize (object);
}

static void
succession_wikidata_match_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  SuccessionWikidataMatch *self = SUCCESSION_WIKIDATA_MATCH (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_wikidata_match_class_init (SuccessionWikidataMatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_wikidata_match_finalize;
  object_class->get_property = succession_wikidata_match_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_wikidata_match_init (SuccessionWikidataMatch *self)
{
}

const char *
succession_wikidata_match_get_id (SuccessionWikidataMatch *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_MATCH (self), NULL);
  return self->id;
}

const char *
succession_wikidata_match_get_label (SuccessionWikidataMatch *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_MATCH (self), NULL);
  return self->label;
}

const char *
succession_wikidata_match_get_description (SuccessionWikidataMatch *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_MATCH (self), NULL);
  return self->description;
}

const char *
succession_wikidata_match_get_body (SuccessionWikidataMatch *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WIKIDATA_MATCH (self), NULL);
  return self->body;
}

/* ---------------------------------------------------------------------------------------- */
/* The search                                                                                */

typedef struct
{
  char                     *ui_language; /* Wikidata's code, or NULL for English and Chinese */
  const char *const        *languages;   /* for picking labels */
  char                     *languages_own[2];
  GListStore               *matches;
  SuccessionWikidataAnswer *search;
} Search;

static void
search_free (Search *search)
{
  g_clear_object (&search->matches);
  g_clear_pointer (&search->search, _succession_wikidata_answer_free);
  g_free (search->ui_language);
  g_free (search->languages_own[0]);
  g_free (search);
}

/* The language to search @text in: the script tells Chinese, Japanese and Korean apart from
 * the rest, which is searched in the interface language. */
static const char *
search_language (const char *text,
                 const char *ui_language)
{
  gboolean han = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar       c = g_utf8_get_char (p);
      GUnicodeScript script = g_unichar_get_script (c);

      if (script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA)
        return "ja";
      if (script == G_UNICODE_SCRIPT_HANGUL)
        return "ko";
      han |= script == G_UNICODE_SCRIPT_HAN;
    }
  if (han)
    return "zh";
  return ui_language != NULL ? ui_language : "en";
}

/* Wikidata's code for the labels shown: the interface language, including its Chinese script. */
static const char *
display_language (const char *const *languages,
                  const char        *ui_language)
{
  const char *key = succession_language_key (languages[0]);

  if (g_strcmp0 (key, "zh-Hans") == 0)
    return "zh-hans";
  if (g_strcmp0 (key, "zh-Hant") == 0)
    return "zh-hant";
  return ui_language != NULL ? ui_language : "en";
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
           ? json_node_get_string (node)
           : NULL;
}

/* The display form ({"value": …}) when the answer has one, else the plain member. */
static const char *
display_string (JsonObject *item,
                const char *name)
{
  JsonNode *display = json_object_get_member (item, "display");
  JsonNode *field;

  if (display != NULL && JSON_NODE_HOLDS_OBJECT (display) &&
      (field = json_object_get_member (json_node_get_object (display), name)) != NULL && JSON_NODE_HOLDS_OBJECT (field))
    {
      const char *value = member_string (json_node_get_object (field), "value");

      if (value != NULL)
        return value;
    }
  return member_string (item, name);
}

static gboolean
read_matches (Search  *search,
              GBytes  *body,
              GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonNode   *root, *results, *problem;
  JsonArray  *array;
  gsize       length;
  const char *data = g_bytes_get_data (body, &length);

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_MALFORMED,
                   /* Translators: %s is the JSON parser's message. */
                   _ ("the search answer is not valid JSON (%s)"), parse_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_MALFORMED,
                           _ ("the search answer is not a search result"));
      return FALSE;
    }

  /* The API says what it refused in an "error" object. */
  problem = json_object_get_member (json_node_get_object (root), "error");
  if (problem != NULL && JSON_NODE_HOLDS_OBJECT (problem))
    {
      const char *info = member_string (json_node_get_object (problem), "info");

      g_set_error (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_HTTP,
                   /* Translators: %s is the API's own message. */
                   _ ("Wikidata refused the search: %s"), info != NULL ? info : "?");
      return FALSE;
    }

  results = json_object_get_member (json_node_get_object (root), "search");
  if (results == NULL || !JSON_NODE_HOLDS_ARRAY (results))
    {
      g_set_error_literal (error, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_MALFORMED,
                           _ ("the search answer is not a search result"));
      return FALSE;
    }

  array = json_node_get_array (results);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode                *node = json_array_get_element (array, i);
      JsonObject              *item;
      SuccessionWikidataMatch *match;
      g_autofree char         *id = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      item = json_node_get_object (node);
      if ((id = succession_wikidata_parse_id (member_string (item, "id"))) == NULL)
        continue;

      match = g_object_new (SUCCESSION_TYPE_WIKIDATA_MATCH, NULL);
      match->id = g_steal_pointer (&id);
      match->label = g_strdup (display_string (item, "label"));
      match->description = g_strdup (display_string (item, "description"));
      g_list_store_append (search->matches, match);
      g_object_unref (match);
    }
  return TRUE;
}

static gboolean
on_body_row (const SuccessionSparqlTerm *terms,
             gpointer                    data,
             GError                    **error)
{
  Search          *search = data;
  g_autofree char *id = NULL;
  g_autoptr(SuccessionText) labels = succession_text_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (search->matches));

  if (terms[BODIES_ITEM].type != SUCCESSION_SPARQL_URI || terms[BODIES_BODY].type != SUCCESSION_SPARQL_URI)
    return TRUE;
  id = _succession_wikidata_entity_id (terms[BODIES_ITEM].value);
  for (guint i = LABEL_EN; i <= LABEL_UI; i++)
    if (terms[BODIES_BODY + i].type == SUCCESSION_SPARQL_LITERAL)
      succession_text_add (labels, terms[BODIES_BODY + i].lang, terms[BODIES_BODY + i].value);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionWikidataMatch) match = g_list_model_get_item (G_LIST_MODEL (search->matches), i);
      const char *label = succession_text_lookup (labels, search->languages);

      if (match->body == NULL && g_strcmp0 (match->id, id) == 0 && label != NULL)
        match->body = g_strdup (label);
    }
  return TRUE;
}

static void
on_bodies (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GTask) task = data;
  Search *search = g_task_get_task_data (task);
  g_autoptr(SuccessionWikidataAnswer) answer = NULL;
  g_autoptr(GError) error = NULL;

  answer = _succession_wikidata_client_get_finish (SUCCESSION_WIKIDATA_CLIENT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The bodies only help to choose: without them the matches still stand. */
  if (answer != NULL)
    {
      gsize       length;
      const char *bytes = g_bytes_get_data (answer->body, &length);

      if (_succession_sparql_read (bytes, length, _succession_wikidata_bodies_vars, SUCCESSION_WIKIDATA_MAX_ROWS,
                                   on_body_row, search, NULL, &error))
        _succession_wikidata_client_keep (SUCCESSION_WIKIDATA_CLIENT (object), answer);
    }
  if (error != NULL)
    g_debug ("No bodies for the matches: %s", error->message);

  g_task_return_pointer (task, g_object_ref (search->matches), g_object_unref);
}

static void
on_search (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GTask) task = data;
  SuccessionWikidataClient *client = SUCCESSION_WIKIDATA_CLIENT (object);
  Search                   *search = g_task_get_task_data (task);
  GError                   *error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *query = NULL;
  GCancellable    *cancellable;
  guint            n;

  search->search = _succession_wikidata_client_get_finish (client, result, &error);
  if (search->search == NULL || !read_matches (search, search->search->body, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  _succession_wikidata_client_keep (client, search->search);

  n = g_list_model_get_n_items (G_LIST_MODEL (search->matches));
  if (n == 0)
    {
      g_task_return_pointer (task, g_object_ref (search->matches), g_object_unref);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionWikidataMatch) match = g_list_model_get_item (G_LIST_MODEL (search->matches), i);

      g_ptr_array_add (ids, match->id);
    }
  g_ptr_array_add (ids, NULL);

  query = _succession_wikidata_bodies_query ((const char *const *) ids->pdata, search->ui_language);
  cancellable = g_task_get_cancellable (task);
  _succession_wikidata_client_get_async (client, SUCCESSION_WIKIDATA_SERVICE_SPARQL,
                                         (const char *const[]){ "query", query, NULL },
                                         cancellable, NULL, NULL, on_bodies, g_steal_pointer (&task));
}

void
succession_wikidata_client_search_async (SuccessionWikidataClient *client,
                                         const char               *text,
                                         const char               *ui_language,
                                         GCancellable             *cancellable,
                                         GAsyncReadyCallback       callback,
                                         gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *id = NULL;
  g_autofree char *trimmed = NULL;
  Search          *search;

  g_return_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (client));
  g_return_if_fail (text != NULL);

  task = g_task_new (client, cancellable, callback, user_data);
  g_task_set_source_tag (task, succession_wikidata_client_search_async);

  search = g_new0 (Search, 1);
  search->matches = g_list_store_new (SUCCESSION_TYPE_WIKIDATA_MATCH);
  search->ui_language = _succession_wikidata_ui_language (ui_language);
  if (ui_language != NULL)
    {
      search->languages_own[0] = g_strdup (ui_language);
      search->languages = (const char *const *) search->languages_own;
    }
  else
    search->languages = g_get_language_names ();
  g_task_set_task_data (task, search, (GDestroyNotify) search_free);

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    {
      g_task_return_pointer (task, g_object_ref (search->matches), g_object_unref);
      return;
    }

  /* An id or a URL finds its item: the API matches ids too. */
  id = succession_wikidata_parse_id (trimmed);
  _succession_wikidata_client_get_async (client, SUCCESSION_WIKIDATA_SERVICE_API,
                                         (const char *const[]){
                                           "action", "wbsearchentities",
                                           "search", id != NULL ? id : trimmed,
                                           "language", search_language (trimmed, search->ui_language),
                                           "uselang", display_language (search->languages, search->ui_language),
                                           "type", "item",
                                           "limit", "20",
                                           "format", "json",
                                           "formatversion", "2",
                                           NULL },
                                         cancellable, NULL, NULL, on_search, g_steal_pointer (&task));
}

GListModel *
succession_wikidata_client_search_finish (SuccessionWikidataClient *client,
                                          GAsyncResult             *result,
                                          GError                  **error)
{
  g_return_val_if_fail (g_task_is_valid (result, client), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
