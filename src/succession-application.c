/* succession-application.c — the application: actions, options, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-application"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-application.h"
#include "succession-cli.h"
#include "succession-window.h"

struct _SuccessionApplication
{
  AdwApplication parent_instance;
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
succession_application_activate (GApplication *app)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);

  gtk_window_present (GTK_WINDOW (succession_application_ensure_window (self)));
}

static void
succession_application_open (GApplication  *app,
                             GFile        **files,
                             int            n_files,
                             const char    *hint)
{
  SuccessionApplication *self = SUCCESSION_APPLICATION (app);
  SuccessionWindow *window = succession_application_ensure_window (self);

  /* One dataset is shown at a time: the last file named wins. */
  if (n_files > 0)
    succession_window_open_file (window, files[n_files - 1]);

  gtk_window_present (GTK_WINDOW (window));
}

static int
succession_application_handle_local_options (GApplication *app,
                                             GVariantDict *options)
{
  /* Everything here runs before GTK is initialised, so it works without a display. */
  return succession_cli_handle_local_options (options);
}

static void
succession_application_about_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  SuccessionApplication *self = user_data;
  static const char *developers[] = { "The Succession developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_name (about, _("Succession"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Succession developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_website (about, PACKAGE_WEBSITE);
  adw_about_window_set_issue_url (about, PACKAGE_BUGTRACKER);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (about, "© 2026 The Succession developers");
  /* Translators: put your names here, one per line, to be credited in the About window. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_add_legal_section (about,
                                      _("Dataset"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("The bundled dataset is published under the Creative Commons "
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
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

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
  static const struct {
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
}

static void
succession_application_class_init (SuccessionApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = succession_application_activate;
  app_class->open = succession_application_open;
  app_class->startup = succession_application_startup;
  app_class->handle_local_options = succession_application_handle_local_options;
}

static void
succession_application_init (SuccessionApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), succession_cli_get_option_entries ());
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Look up who held an office of a Chinese state body, "
                                              "when, and on what source."));
}

SuccessionApplication *
succession_application_new (const char        *application_id,
                            GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (SUCCESSION_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}
