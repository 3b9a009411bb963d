/* succession-types.c — small helpers shared by the entities (the enums' GTypes are generated)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-types"

#include "config.h"

#include "succession-model-private.h"

GListModel *
_succession_list_model_from_array (GListStore **store,
                                   GType        type,
                                   GPtrArray   *array)
{
  if (*store == NULL)
    {
      *store = g_list_store_new (type);
      if (array != NULL && array->len > 0)
        g_list_store_splice (*store, 0, 0, array->pdata, array->len);
    }

  return G_LIST_MODEL (*store);
}

char *
_succession_build_search_key (const char           *name,
                              const SuccessionText *names)
{
  GString *key = g_string_new (NULL);
  guint    n = succession_text_get_n (names);

  /* One folded string per name, separated by a byte no folded name contains, so a query
   * never matches across two names. */
  if (name != NULL)
    {
      g_autofree char *folded = succession_fold_for_search (name);
      g_string_append (key, folded);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *folded = succession_fold_for_search (succession_text_get_nth (names, i, NULL));

      g_string_append_c (key, '\x1f');
      g_string_append (key, folded);
    }

  return g_string_free (key, FALSE);
}

const char *
_succession_text_lookup_strict (const SuccessionText *names,
                                const char *const    *languages)
{
  if (names == NULL || languages == NULL)
    return NULL;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const char *text = succession_text_get (names, languages[i]);

      if (text != NULL && *text != '\0')
        return text;
    }

  return NULL;
}
