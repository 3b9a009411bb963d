/* succession-window.c — the main window: sidebar and content in an AdwLeaflet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-window.h"

struct _SuccessionWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template children */
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *content_title;
  AdwToastOverlay      *toast_overlay;
  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (SuccessionWindow, succession_window, ADW_TYPE_APPLICATION_WINDOW)

static void
succession_window_save_state (SuccessionWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  /* A maximised window's size says nothing about the size the user chose. */
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
succession_window_close_request (GtkWindow *window)
{
  succession_window_save_state (SUCCESSION_WINDOW (window));

  return GTK_WINDOW_CLASS (succession_window_parent_class)->close_request (window);
}

static void
succession_window_restore_state (SuccessionWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
succession_window_back_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
succession_window_dispose (GObject *object)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_WINDOW);

  G_OBJECT_CLASS (succession_window_parent_class)->dispose (object);
}

static void
succession_window_finalize (GObject *object)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (succession_window_parent_class)->finalize (object);
}

static void
succession_window_class_init (SuccessionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = succession_window_dispose;
  object_class->finalize = succession_window_finalize;
  window_class->close_request = succession_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, empty_page);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, succession_window_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}

static void
succession_window_init (SuccessionWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (BASE_APPLICATION_ID);
  succession_window_restore_state (self);

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

SuccessionWindow *
succession_window_new (SuccessionApplication *application)
{
  g_return_val_if_fail (SUCCESSION_IS_APPLICATION (application), NULL);

  return g_object_new (SUCCESSION_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

void
succession_window_open_file (SuccessionWindow *self,
                             GFile            *file)
{
  g_return_if_fail (SUCCESSION_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
}
