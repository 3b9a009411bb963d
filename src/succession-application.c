/* succession-application.c — the application: actions, options, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "succession-accessible.h"
#include "succession-application.h"
#include "succession-cli.h"
#include "succession-page-target.h"
#include "succession-search-provider.h"
#include "succession-window.h"

/* How long a service started by the Shell for a search stays after the last request. */
#define SERVICE_INACTIVITY_TIMEOUT_MS 20000

struct _SuccessionApplication
{
  AdwApplication parent_instance;

  SuccessionSearchProvider *search_provider;
  GSettings                *settings;
  /* What the Shell searches while no window is open. */
  SuccessionDataset *bundled_dataset;
  /* The page --page asks the window to open on, until the window has it. */
  char *requested_page;
  /* Unsaved changes left by the last run are offered once, by the first window. */
  gboolean recovery_offered;
};

G_DEFINE_FINAL_TYPE (SuccessionApplication, succession_application, ADW_TYPE_APPLICATION)

static SuccessionWindow *
succession_application_get_active_main_window (SuccessionApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SUCCESSION_IS_WINDOW (window))
    return SUCCESSION_WINDOW (window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (SUCCESSION_IS_WINDOW (l->data))
        return SUCCESSION_WINDOW (l->data);
    }

  return NULL;
}

static SuccessionWindow *
succession_application_ensure_window (SuccessionApplication *self)
{
  SuccessionWindow *window = succession_application_get_active_main_window (self);

  if (window == NULL)
    window = succession_window_new (self);

  return window;
}

static void
offer_recovery_once (SuccessionApplication *self,
                     SuccessionWindow      *window)
{
  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  succession_window_offer_recovery (window);
}

/* ---------------------------------------------------------------------------------------- */
/* GNOME Shell search provider                                                               */

/* The dataset on screen; the bundled one while there is no window. */
static SuccessionDataset *
succession_application_get_search_dataset (gpointer user_data)
{
  SuccessionApplication *self = user_data;
  SuccessionWindow      *window = succession_application_get_active_main_window (self);
  g_autoptr(GError) error = NULL;

  if (window != NULL && succession_window_get_dataset (window) != NULL)
    return succession_window_get_dataset (window);

  if (self->bundled_dataset == NULL && (self->bundled_dataset = succession_dataset_new_bundled (&error)) == NULL)
    g_warning ("The bundled dataset did not load: %s", error->message);

  return self->bundled_dataset;
}

static void
on_search_activate_page (SuccessionApplication      *self,
                         const SuccessionPageTarget *target,
                         guint                       timestamp)
{
  SuccessionWindow *window = succession_application_ensure_window (self);

  succession_window_show_target (window, target);
  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
}

static void
on_search_launch (SuccessionApplication *self,
                  const char            *text,
                  guint                  timestamp)
{
  SuccessionWindow *window = succession_application_ensure_window (self);

  succession_window_search (window, text);
  gtk_window_present_with_time (GTK_WINDOW (window), timestamp);
}

static gboolean
succession_application_dbus_register (GApplication    *app,
                                      GDBusConnection *connection,
                                      const char      *object_path,
                                      GError         **error)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);
  g_autofree char       *path = NULL;

  if (!G_APPLICATION_CLASS (succession_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  /* The path the search provider's .ini names. */
  path = g_strconcat (object_path, "/SearchProvider", NULL);
  self->search_provider = succession_search_provider_new (app, succession_application_get_search_dataset, self);
  g_signal_connect_object (self->search_provider, "activate-page",
                           G_CALLBACK (on_search_activate_page), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_provider, "launch-search",
                           G_CALLBACK (on_search_launch), self, G_CONNECT_SWAPPED);
  /* Names in the results as the window writes them. */
  self->settings = g_settings_new (BASE_APPLICATION_ID);
  g_settings_bind (self->settings, "name-display", self->search_provider, "name-display", G_SETTINGS_BIND_GET);

  return succession_search_provider_export (self->search_provider, connection, path, error);
}

static void
succession_application_dbus_unregister (GApplication    *app,
                                        GDBusConnection *connection,
                                        const char      *object_path)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);

  if (self->search_provider != NULL)
    succession_search_provider_unexport (self->search_provider);
  g_clear_object (&self->search_provider);
  g_clear_object (&self->settings);

  G_APPLICATION_CLASS (succession_application_parent_class)->dbus_unregister (app, connection, object_path);
}

/* ---------------------------------------------------------------------------------------- */
/* Benchmark hook: SUCCESSION_EXIT_AFTER_FIRST_FRAME=1                                        */
/*                                                                                          */
/* Used by tests/bench/bench-startup (run-benchmarks --only=startup) and nothing else. Once the */
/* main window has painted its first frame, prints to stderr                                 */
/*   first-frame MS rss KIB hwm KIB monotonic US mapped US                                   */
/* (MS since the process started, to the kernel's 10 ms tick; RSS and peak RSS at that moment; */
/* g_get_monotonic_time () then, and when the window server mapped the window (0 if it had   */
/* not), for a parent that timed the exec) and quits.                                        */

static guint64
read_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char      *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (field), NULL, 10);
}

static double
process_age_ms (void)
{
  g_autofree char *stat = NULL;
  g_auto (GStrv) fields = NULL;
  const char     *after_comm;
  struct timespec now;

  /* Field 22, starttime, counts clock ticks since boot; the name (field 2) may hold spaces. */
  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || (after_comm = strrchr (stat, ')')) == NULL)
    return -1;
  fields = g_strsplit (after_comm + 2, " ", 0);
  if (g_strv_length (fields) < 20 || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;
  return (now.tv_sec + now.tv_nsec / 1e9) * 1000.0 - g_ascii_strtoull (fields[19], NULL, 10) * 1000.0 / sysconf (_SC_CLK_TCK);
}

static gint64 mapped_at; /* g_get_monotonic_time () when the window server mapped the window */

static void
on_surface_mapped (GdkSurface *surface)
{
  if (mapped_at == 0 && gdk_surface_get_mapped (surface))
    mapped_at = g_get_monotonic_time ();
}

static void
on_first_frame (GdkFrameClock *clock,
                GtkWindow     *window)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, on_first_frame, window);
  fprintf (stderr, "first-frame %.1f rss %" G_GUINT64_FORMAT " hwm %" G_GUINT64_FORMAT " monotonic %" G_GINT64_FORMAT " mapped %" G_GINT64_FORMAT "\n",
           process_age_ms (), read_status_kib ("VmRSS:"), read_status_kib ("VmHWM:"), now, mapped_at);
  fflush (stderr);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
exit_after_first_frame (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  GdkSurface    *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_frame), window, 0);
  if (surface != NULL)
    {
      on_surface_mapped (surface);
      g_signal_connect (surface, "notify::mapped", G_CALLBACK (on_surface_mapped), NULL);
    }
}

/* ---------------------------------------------------------------------------------------- */

/* The page --page named, once: the launch that named it is the one it is for. */
static SuccessionPageTarget *
take_requested_page (SuccessionApplication *self)
{
  g_autofree char *key = g_steal_pointer (&self->requested_page);

  return key != NULL ? succession_page_target_parse (key) : NULL;
}

static void
succession_application_activate (GApplication *app)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);
  g_autoptr(SuccessionPageTarget) target = take_requested_page (self);
  GtkWindow *window = GTK_WINDOW (succession_application_ensure_window (self));

  if (target != NULL)
    succession_window_show_requested (SUCCESSION_WINDOW (window), target);
  gtk_window_present (window);
  offer_recovery_once (self, SUCCESSION_WINDOW (window));

  if (g_getenv ("SUCCESSION_EXIT_AFTER_FIRST_FRAME") != NULL)
    exit_after_first_frame (window);
}

static void
succession_application_open (GApplication *app,
                             GFile       **files,
                             int           n_files,
                             const char   *hint)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);
  g_autoptr(SuccessionPageTarget) target = take_requested_page (self);
  SuccessionWindow *window = succession_application_ensure_window (self);

  /* One dataset is shown at a time: the last file named wins, opening on the page asked for. */
  if (n_files > 0)
    succession_window_open_file (window, files[n_files - 1], target);

  gtk_window_present (GTK_WINDOW (window));
  offer_recovery_once (self, window);
}

static int
succession_application_handle_local_options (GApplication *app,
                                             GVariantDict *options)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);
  /* Everything here runs before GTK is initialised, so it works without a display. */
  int         exit_code = succession_cli_handle_local_options (options);
  const char *page = NULL;

  if (exit_code < 0 && g_variant_dict_lookup (options, "page", "&s", &page))
    {
      g_autoptr(SuccessionPageTarget) target = succession_page_target_parse (page);

      if (target == NULL)
        {
          /* Translators: an error of the command line; %s is what was given to --page. */
          g_autofree char *text = g_strdup_printf (_ ("--page: “%s” is not a page; give office:ID, person:ID, body:ID, date or chart"), page);

          g_printerr ("succession: %s\n", text);
          return 2;
        }
      /* Kept for this process's window, or sent with the launch to the one already running. */
      g_free (self->requested_page);
      self->requested_page = succession_page_target_to_key (target);
    }

  /* Not a command line: a window or the Shell's searches will need the bundled dataset, so it
   * loads on a thread of its own while GTK and the style sheets start. */
  if (exit_code < 0)
    succession_dataset_preload_bundled ();
  return exit_code;
}

/* A launch handed to the instance already running carries its --page along. */
static void
succession_application_add_platform_data (GApplication    *app,
                                          GVariantBuilder *builder)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);

  G_APPLICATION_CLASS (succession_application_parent_class)->add_platform_data (app, builder);
  if (self->requested_page != NULL)
    g_variant_builder_add (builder, "{sv}", "succession-page", g_variant_new_string (self->requested_page));
}

static void
succession_application_before_emit (GApplication *app,
                                    GVariant     *platform_data)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);
  const char            *page = NULL;

  G_APPLICATION_CLASS (succession_application_parent_class)->before_emit (app, platform_data);
  g_clear_pointer (&self->requested_page, g_free);
  if (g_variant_lookup (platform_data, "succession-page", "&s", &page))
    self->requested_page = g_strdup (page);
}

static void
succession_application_about_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  SuccessionApplication *self = user_data;
  static const char     *developers[] = { "The Succession developers", NULL };
  GtkWindow             *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow        *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _ ("Succession"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _ ("The Succession developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_website (about, PACKAGE_WEBSITE);
  adw_about_window_set_issue_url (about, PACKAGE_BUGTRACKER);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, "© 2026 The Succession developers");
  /* Translators: put your names here, one per line, to be credited in the About window. */
  adw_about_window_set_translator_credits (about, _ ("translator-credits"));
  adw_about_window_add_legal_section (about,
                                      _ ("Dataset"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _ ("The bundled dataset is published under the Creative Commons "
                                         "Attribution 4.0 licence. Every date in it cites its source, "
                                         "shown beside each tenure."));
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  gtk_window_present (GTK_WINDOW (about));
}

static void
succession_application_quit_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  SuccessionApplication *self = user_data;

  /* Closing the windows first lets each save its state. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  /* A window that asks first (unsaved changes) stays open, and so does the application. */
  if (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL)
    g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "about", succession_application_about_action },
  { "quit", succession_application_quit_action },
};

static void
succession_application_startup (GApplication *app)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (succession_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  succession_accessible_watch_toplevels ();

  /* Started by D-Bus for a search (--gapplication-service): stay a while for the next one. */
  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, SERVICE_INACTIVITY_TIMEOUT_MS);
}

static void
succession_application_finalize (GObject *object)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (object);

  g_clear_object (&self->search_provider);
  g_clear_object (&self->settings);
  g_clear_object (&self->bundled_dataset);
  g_free (self->requested_page);

  G_OBJECT_CLASS (succession_application_parent_class)->finalize (object);
}

static void
succession_application_class_init (SuccessionApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = succession_application_finalize;
  app_class->activate = succession_application_activate;
  app_class->open = succession_application_open;
  app_class->startup = succession_application_startup;
  app_class->handle_local_options = succession_application_handle_local_options;
  app_class->add_platform_data = succession_application_add_platform_data;
  app_class->before_emit = succession_application_before_emit;
  app_class->dbus_register = succession_application_dbus_register;
  app_class->dbus_unregister = succession_application_dbus_unregister;
}

static void
succession_application_init (SuccessionApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), succession_cli_get_option_entries ());
  g_application_add_main_option (G_APPLICATION (self), "page", 0, 0, G_OPTION_ARG_STRING,
                                 _ ("Open the window on this page: office:ID, person:ID, body:ID, date or chart"),
                                 _ ("PAGE"));
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _ ("[FILE]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _ ("Look up who held an office of a Chinese state body, "
                                               "when, and on what source."));
}

SuccessionApplication *
succession_application_new (const char       *application_id,
                            GApplicationFlags flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (SUCCESSION_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}
