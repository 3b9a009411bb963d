/* succession-types.c — enum types and small helpers shared by the entities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-types"

#include "config.h"

#include "succession-model-private.h"

GType
succession_tenure_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { SUCCESSION_TENURE_KIND_REGULAR, "SUCCESSION_TENURE_KIND_REGULAR", "regular" },
        { SUCCESSION_TENURE_KIND_ACTING, "SUCCESSION_TENURE_KIND_ACTING", "acting" },
        { SUCCESSION_TENURE_KIND_HONORARY, "SUCCESSION_TENURE_KIND_HONORARY", "honorary" },
        { SUCCESSION_TENURE_KIND_VACANCY, "SUCCESSION_TENURE_KIND_VACANCY", "vacancy" },
        { 0, NULL, NULL }
      };
      g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("SuccessionTenureKind"), values));
    }

  return type_id;
}

GType
succession_end_status_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { SUCCESSION_END_STATUS_ENDED, "SUCCESSION_END_STATUS_ENDED", "ended" },
        { SUCCESSION_END_STATUS_ONGOING, "SUCCESSION_END_STATUS_ONGOING", "ongoing" },
        { SUCCESSION_END_STATUS_UNKNOWN, "SUCCESSION_END_STATUS_UNKNOWN", "unknown" },
        { 0, NULL, NULL }
      };
      g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("SuccessionEndStatus"), values));
    }

  return type_id;
}

GType
succession_severity_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { SUCCESSION_SEVERITY_WARNING, "SUCCESSION_SEVERITY_WARNING", "warning" },
        { SUCCESSION_SEVERITY_ERROR, "SUCCESSION_SEVERITY_ERROR", "error" },
        { 0, NULL, NULL }
      };
      g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("SuccessionSeverity"), values));
    }

  return type_id;
}

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
  guint n = succession_text_get_n (names);

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
                                const char * const   *languages)
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
