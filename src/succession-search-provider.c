/* succession-search-provider.c — GNOME Shell's search provider (org.gnome.Shell.SearchProvider2)
 *
 * The Shell sends what is typed in the overview; the answers come from the same search as
 * the sidebar's (succession-search-answers.c), over whatever dataset the window shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-search-provider"

#include "config.h"

#include "succession-search-answers.h"
#include "succession-search-provider.h"
#include "succession-shell-search-provider2.h"

/* The Shell lists five results and counts the others ("12 more"); the sidebar shows 50. */
#define RESULT_LIMIT 50

struct _SuccessionSearchProvider
{
  GObject parent_instance;

  GApplication                       *application; /* weak: it owns the provider */
  SuccessionSearchProviderDatasetFunc dataset_func;
  gpointer                            dataset_data;
  SuccessionShellSearchProvider2     *skeleton;
  SuccessionNameDisplay               name_display;
};

G_DEFINE_FINAL_TYPE (SuccessionSearchProvider, succession_search_provider, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME_DISPLAY,
  N_PROPS
};

enum {
  ACTIVATE_PAGE,
  LAUNCH_SEARCH,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* A request keeps a service started for it running until its inactivity timeout. */
static void
hold (SuccessionSearchProvider *self)
{
  if (self->application != NULL)
    g_application_hold (self->application);
}

static void
release (SuccessionSearchProvider *self)
{
  if (self->application != NULL)
    g_application_release (self->application);
}

static GStrv
find (SuccessionSearchProvider *self,
      const char *const        *terms)
{
  SuccessionDataset *dataset = self->dataset_func (self->dataset_data);

  if (dataset == NULL)
    return g_new0 (char *, 1);

  return succession_search_answers_find (dataset, terms, RESULT_LIMIT);
}

static gboolean
on_get_initial_result_set (SuccessionSearchProvider       *self,
                           GDBusMethodInvocation          *invocation,
                           const char *const              *terms,
                           SuccessionShellSearchProvider2 *skeleton)
{
  g_auto (GStrv) results = NULL;

  hold (self);
  results = find (self, terms);
  succession_shell_search_provider2_complete_get_initial_result_set (skeleton, invocation,
                                                                     (const char *const *) results);
  release (self);

  return TRUE;
}

static gboolean
on_get_subsearch_result_set (SuccessionSearchProvider       *self,
                             GDBusMethodInvocation          *invocation,
                             const char *const              *previous_results,
                             const char *const              *terms,
                             SuccessionShellSearchProvider2 *skeleton)
{
  g_auto (GStrv) results = NULL;

  /* A search anew, not a filter of the previous results: those were cut at the limit, and a
   * term that became a date ("199" -> "1990") changes what a result is. The dataset's search
   * narrows from its previous matches by itself. */
  hold (self);
  results = find (self, terms);
  succession_shell_search_provider2_complete_get_subsearch_result_set (skeleton, invocation,
                                                                       (const char *const *) results);
  release (self);

  return TRUE;
}

static gboolean
on_get_result_metas (SuccessionSearchProvider       *self,
                     GDBusMethodInvocation          *invocation,
                     const char *const              *identifiers,
                     SuccessionShellSearchProvider2 *skeleton)
{
  SuccessionDataset *dataset;
  GVariantBuilder    metas;

  hold (self);
  dataset = self->dataset_func (self->dataset_data);
  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));

  for (guint i = 0; identifiers[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *description = NULL;
      const char      *icon_name = NULL;

      /* The Shell wants one meta per identifier: a result the dataset lost since (another
       * file was opened) keeps its identifier as its name. */
      if (dataset == NULL ||
          !succession_search_answers_describe (dataset, identifiers[i], self->name_display,
                                               &name, &description, &icon_name))
        name = g_strdup (identifiers[i]);

      g_variant_builder_open (&metas, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&metas, "{sv}", "id", g_variant_new_string (identifiers[i]));
      g_variant_builder_add (&metas, "{sv}", "name", g_variant_new_string (name));
      if (description != NULL)
        g_variant_builder_add (&metas, "{sv}", "description", g_variant_new_string (description));
      if (icon_name != NULL)
        {
          g_autoptr(GIcon) icon = g_themed_icon_new (icon_name);
          g_autoptr(GVariant) serialized = g_icon_serialize (icon); /* not floating */

          g_variant_builder_add (&metas, "{sv}", "icon", serialized);
        }
      g_variant_builder_close (&metas);
    }

  succession_shell_search_provider2_complete_get_result_metas (skeleton, invocation,
                                                               g_variant_builder_end (&metas));
  release (self);

  return TRUE;
}

static gboolean
on_activate_result (SuccessionSearchProvider       *self,
                    GDBusMethodInvocation          *invocation,
                    const char                     *identifier,
                    const char *const              *terms,
                    guint                           timestamp,
                    SuccessionShellSearchProvider2 *skeleton)
{
  g_autoptr(SuccessionPageTarget) target = succession_search_answers_get_target (identifier);

  hold (self);
  if (target != NULL)
    g_signal_emit (self, signals[ACTIVATE_PAGE], 0, target, timestamp);
  succession_shell_search_provider2_complete_activate_result (skeleton, invocation);
  release (self);

  return TRUE;
}

static gboolean
on_launch_search (SuccessionSearchProvider       *self,
                  GDBusMethodInvocation          *invocation,
                  const char *const              *terms,
                  guint                           timestamp,
                  SuccessionShellSearchProvider2 *skeleton)
{
  g_autofree char *text = g_strjoinv (" ", (char **) terms);

  hold (self);
  g_signal_emit (self, signals[LAUNCH_SEARCH], 0, text, timestamp);
  succession_shell_search_provider2_complete_launch_search (skeleton, invocation);
  release (self);

  return TRUE;
}

gboolean
succession_search_provider_export (SuccessionSearchProvider *self,
                                   GDBusConnection          *connection,
                                   const char               *object_path,
                                   GError                  **error)
{
  g_return_val_if_fail (SUCCESSION_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (object_path != NULL, FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

void
succession_search_provider_unexport (SuccessionSearchProvider *self)
{
  g_return_if_fail (SUCCESSION_IS_SEARCH_PROVIDER (self));

  if (g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)) != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}

static void
succession_search_provider_dispose (GObject *object)
{
  SuccessionSearchProvider *self = SUCCESSION_SEARCH_PROVIDER (object);

  if (self->skeleton != NULL)
    succession_search_provider_unexport (self);
  g_clear_object (&self->skeleton);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (succession_search_provider_parent_class)->dispose (object);
}

static void
succession_search_provider_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  SuccessionSearchProvider *self = SUCCESSION_SEARCH_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_search_provider_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  SuccessionSearchProvider *self = SUCCESSION_SEARCH_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_NAME_DISPLAY:
      if (self->name_display != (SuccessionNameDisplay) g_value_get_enum (value))
        {
          self->name_display = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_search_provider_class_init (SuccessionSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = succession_search_provider_dispose;
  object_class->get_property = succession_search_provider_get_property;
  object_class->set_property = succession_search_provider_set_property;

  /* How names are written in the results, as in the window. */
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATE_PAGE] =
    g_signal_new ("activate-page", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, SUCCESSION_TYPE_PAGE_TARGET, G_TYPE_UINT);
  signals[LAUNCH_SEARCH] =
    g_signal_new ("launch-search", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);
}

static void
succession_search_provider_init (SuccessionSearchProvider *self)
{
  self->skeleton = succession_shell_search_provider2_skeleton_new ();

  g_signal_connect_object (self->skeleton, "handle-get-initial-result-set",
                           G_CALLBACK (on_get_initial_result_set), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skeleton, "handle-get-subsearch-result-set",
                           G_CALLBACK (on_get_subsearch_result_set), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skeleton, "handle-get-result-metas",
                           G_CALLBACK (on_get_result_metas), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skeleton, "handle-activate-result",
                           G_CALLBACK (on_activate_result), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skeleton, "handle-launch-search",
                           G_CALLBACK (on_launch_search), self, G_CONNECT_SWAPPED);
}

SuccessionSearchProvider *
succession_search_provider_new (GApplication                       *application,
                                SuccessionSearchProviderDatasetFunc dataset_func,
                                gpointer                            user_data)
{
  SuccessionSearchProvider *self;

  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (dataset_func != NULL, NULL);

  self = g_object_new (SUCCESSION_TYPE_SEARCH_PROVIDER, NULL);
  g_set_weak_pointer (&self->application, application);
  self->dataset_func = dataset_func;
  self->dataset_data = user_data;

  return self;
}
