/* succession-window.c — the main window: sidebar and pages in an AdwLeaflet
 *
 * The window owns the dataset and hands it down; pages ask for navigation through the
 * win.show-* actions, so none of them knows about another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible.h"
#include "succession-body-page.h"
#include "succession-chart-page.h"
#include "succession-citation.h"
#include "succession-compare-dialog.h"
#include "succession-date-page.h"
#include "succession-office-page.h"
#include "succession-person-page.h"
#include "succession-sidebar.h"
#include "succession-window.h"
#include "succession-compare-dialog.h"
#include "succession-wikidata-dialog.h"
#include "succession-window-private.h"

G_DEFINE_FINAL_TYPE (SuccessionWindow, succession_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_NAME_DISPLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  SuccessionWindow *self = SUCCESSION_WINDOW (window);

  if (succession_window_ask_to_save (self, NULL, NULL))
    return TRUE;
  g_cancellable_cancel (self->load_cancellable);
  succession_window_save_state (self);

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

void
succession_window_toast (SuccessionWindow *self,
                         const char       *text)
{
  /* A toast's title is markup; the text may hold a file's name or an error with "&" or "<". */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast        *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 3);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The main menu's popover is made when it first opens (a click or F10), not with the window. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  SuccessionWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* Keyboard Shortcuts (Ctrl+?), built when asked for: GtkApplication would build one for every
 * window as it opens, from gtk/help-overlay.ui. */
/* An office fetched from Wikidata, shown as a dataset of its own on its office page; Undo in the
 * toast brings back the dataset it replaced. */
static void
on_wikidata_office_opened (SuccessionWindow  *self,
                           SuccessionDataset *dataset,
                           const char        *wikidata_id,
                           gboolean           added,
                           const char        *notice)
{
  GListModel *offices = succession_dataset_get_offices (dataset);
  g_autoptr(SuccessionOffice) office = NULL;
  g_autofree char *said = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (offices) && office == NULL; i++)
    {
      g_autoptr(SuccessionOffice) candidate = g_list_model_get_item (offices, i);

      if (g_strcmp0 (succession_office_get_wikidata (candidate), wikidata_id) == 0)
        office = g_steal_pointer (&candidate);
    }
  if (added)
    /* Translators: a toast; the first %s is an office's name, the second the dataset's title. */
    said = g_strdup_printf (_ ("Added “%s” to “%s”; not saved yet"),
                            office != NULL ? succession_office_get_label (office) : wikidata_id,
                            succession_dataset_get_title (dataset));
  else
    /* Translators: a toast; %s is the dataset's title (the office's name). */
    said = g_strdup_printf (_ ("Opened “%s” from Wikidata"), succession_dataset_get_title (dataset));
  if (notice != NULL)
    {
      /* Translators: a toast, then why Wikidata's saved copy was used ("…; this is the copy saved 3 days ago"). */
      g_autofree char *longer = g_strdup_printf (_ ("%s. %s"), said, notice);

      g_free (said);
      said = g_steal_pointer (&longer);
    }
  succession_window_replace_dataset (self, dataset,
                                     office != NULL ? succession_page_target_new_for_entity (G_OBJECT (office)) : NULL,
                                     said, added);
}

static void
open_wikidata_office_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SuccessionWikidataDialog *dialog = succession_wikidata_dialog_new (GTK_WINDOW (widget),
                                                                     SUCCESSION_WINDOW (widget)->dataset);

  g_signal_connect_object (dialog, "office-opened", G_CALLBACK (on_wikidata_office_opened), widget, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Compare with Wikidata…: a dialog of its own, which asks at once. */
static void
compare_wikidata_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  if (self->dataset == NULL)
    return;
  gtk_window_present (GTK_WINDOW (succession_compare_dialog_new (GTK_WINDOW (self), self->dataset,
                                                                 self->name_display)));
}

static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/succession-shortcuts.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  succession_sidebar_focus_search (self->sidebar_view);
}

static void
on_help_shown (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SuccessionWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* Without yelp (an uninstalled build, a minimal system) say so rather than nothing. */
  if (!gtk_show_uri_full_finish (GTK_WINDOW (self), result, &error))
    {
      /* Translators: %s says why, as the system puts it. */
      g_autofree char *text = g_strdup_printf (_ ("The help could not be opened: %s"), error->message);

      succession_window_toast (self, text);
    }
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  /* The help is installed under the application's own id, whatever the build's profile. */
  gtk_show_uri_full (GTK_WINDOW (widget), "help:" BASE_APPLICATION_ID, GDK_CURRENT_TIME, NULL,
                     on_help_shown, g_object_ref (widget));
}

void
succession_window_search (SuccessionWindow *self,
                          const char       *text)
{
  g_return_if_fail (SUCCESSION_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  succession_sidebar_search (self->sidebar_view, text);
  succession_sidebar_focus_search (self->sidebar_view);
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  succession_window_toast (SUCCESSION_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* A tenure's whole citation, in the style the user chose, on the clipboard: the pages ask
 * with the tenure's id, the window holds the setting. */
static void
copy_citation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  SuccessionTenure *tenure;
  g_autofree char  *style = NULL;
  g_autofree char  *citation = NULL;

  if (self->dataset == NULL ||
      (tenure = succession_dataset_get_tenure (self->dataset, g_variant_get_string (parameter, NULL))) == NULL)
    return;

  style = g_settings_get_string (self->settings, "citation-style");
  citation = succession_citation_format (tenure, succession_citation_style_from_nick (style), self->name_display);
  if (*citation == '\0')
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), citation);
  succession_window_toast (self, _ ("Citation copied"));
}

/* ---------------------------------------------------------------------------------------- */
/* The dataset                                                                               */

/* Search keys are ready before the first keystroke: built here, after the frame that shows the
 * dataset, unless the loader's thread built them already. */
static gboolean
prepare_search (gpointer user_data)
{
  succession_dataset_prepare_search (SUCCESSION_DATASET (user_data));
  return G_SOURCE_REMOVE;
}

SuccessionDataset *
succession_window_get_dataset (SuccessionWindow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WINDOW (self), NULL);
  return self->dataset;
}

void
succession_window_set_dataset (SuccessionWindow  *self,
                               SuccessionDataset *dataset)
{
  g_autofree char *last_page = NULL;
  GListModel      *warnings;

  g_return_if_fail (SUCCESSION_IS_WINDOW (self));
  g_return_if_fail (dataset == NULL || SUCCESSION_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;
  if (self->dataset != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->dataset, succession_window_on_tenures_changed, self);
      g_signal_handlers_disconnect_by_func (self->dataset, succession_window_on_person_changed, self);
    }
  g_set_object (&self->dataset, dataset);
  /* Edits made in it in place: the pages built follow them. */
  if (dataset != NULL)
    {
      g_signal_connect_object (dataset, "tenures-changed", G_CALLBACK (succession_window_on_tenures_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (dataset, "person-changed", G_CALLBACK (succession_window_on_person_changed), self,
                               G_CONNECT_SWAPPED);
    }
  /* A dataset shown anew is as its file has it; whoever shows one that is not says so after. */
  self->modified = FALSE;
  if (!self->applying_edit)
    succession_window_forget_edits (self);

  /* The pages seen belong to the previous dataset; an edit of it keeps the way Back, and the page
   * it was made on goes onto it when the edit shows another (a page whose record the edit
   * removed says so when Back reaches it). */
  if (!self->applying_edit)
    {
      g_clear_pointer (&self->current, succession_page_target_free);
      succession_window_clear_history (self);
    }
  /* A page whose record the edit removed is not one to go back to. */
  else if (self->current != NULL && dataset != NULL && self->current->id != NULL &&
           succession_page_target_lookup (self->current, dataset) == NULL)
    g_clear_pointer (&self->current, succession_page_target_free);

  /* Pages already built drop the previous dataset's objects before the new ones arrive; the
   * office page keeps its office through an edit, to take the same office's new tenures in place
   * (the previous dataset is kept for Undo). */
  if (self->office_page != NULL && !self->applying_edit)
    succession_office_page_set_office (self->office_page, NULL);
  if (self->person_page != NULL)
    succession_person_page_set_person (self->person_page, NULL);
  if (self->body_page != NULL)
    succession_body_page_set_body (self->body_page, NULL);
  succession_sidebar_set_dataset (self->sidebar_view, dataset);
  if (self->date_page != NULL)
    succession_date_page_set_dataset (self->date_page, dataset);
  /* Until it is shown or printed (succession_window_sync_chart_page). */
  if (self->chart_page != NULL)
    succession_chart_page_set_dataset (self->chart_page, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-wikidata", dataset != NULL);
  warnings = dataset != NULL ? succession_dataset_get_warnings (dataset) : NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-warnings",
                                 warnings != NULL && g_list_model_get_n_items (warnings) > 0);

  if (dataset == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      succession_window_set_page_title (self, NULL);
    }
  else if (g_list_model_get_n_items (succession_dataset_get_offices (dataset)) == 0)
    succession_window_show_dataset_state (self);
  else
    {
      g_autoptr(SuccessionPageTarget) requested = g_steal_pointer (&self->opening_target);

      if (requested == NULL || !succession_window_show_target (self, requested))
        {
          last_page = g_settings_get_string (self->settings, "last-page");
          if (!succession_window_show_page (self, last_page))
            {
              gtk_stack_set_visible_child_name (self->content_stack, "welcome");
              succession_window_set_page_title (self, NULL);
            }
          if (requested != NULL)
            succession_window_say_no_such_page (self, requested);
        }
    }

  if (dataset != NULL)
    g_idle_add_full (G_PRIORITY_LOW, prepare_search, g_object_ref (dataset), g_object_unref);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

static void
succession_window_set_name_display (SuccessionWindow     *self,
                                    SuccessionNameDisplay display)
{
  if (self->name_display == display)
    return;

  /* The pages and the sidebar are bound to the property and relabel in place; the window's
   * title follows the title of the page on screen (on_page_title). */
  self->name_display = display;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_DISPLAY]);
}

static void
succession_window_load_bundled (SuccessionWindow *self)
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* Loaded while the application started (succession_dataset_preload_bundled). */
  dataset = succession_dataset_new_bundled (&error);
  if (dataset == NULL)
    {
      /* Only a broken build gets here; say so instead of showing an empty window. */
      g_warning ("The bundled dataset did not load: %s", error->message);
      return;
    }

  succession_window_set_dataset (self, dataset);
}

/* ---------------------------------------------------------------------------------------- */

static void
succession_window_dispose (GObject *object)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (object);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);

  succession_window_clear_recovery (self);
  succession_window_clear_open (self);
  succession_window_clear_save (self);
  succession_window_clear_history_of_edits (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_WINDOW);
  if (self->dataset != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->dataset, succession_window_on_tenures_changed, self);
      g_signal_handlers_disconnect_by_func (self->dataset, succession_window_on_person_changed, self);
    }
  g_clear_object (&self->dataset);
  g_clear_object (&self->loader);
  g_clear_object (&self->load_cancellable);

  G_OBJECT_CLASS (succession_window_parent_class)->dispose (object);
}

static void
succession_window_finalize (GObject *object)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->current, succession_page_target_free);
  g_clear_pointer (&self->history, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_window_parent_class)->finalize (object);
}

static void
succession_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      succession_window_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_NAME_DISPLAY:
      succession_window_set_name_display (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_window_class_init (SuccessionWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = succession_window_dispose;
  object_class->finalize = succession_window_finalize;
  object_class->get_property = succession_window_get_property;
  object_class->set_property = succession_window_set_property;
  window_class->close_request = succession_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SUCCESSION_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SUCCESSION_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, sidebar_view);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, load_revealer);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, load_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SuccessionWindow, no_offices_page);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.copy-citation", "s", copy_citation_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.compare-wikidata", NULL, compare_wikidata_action);
  gtk_widget_class_install_action (widget_class, "win.open-wikidata-office", NULL, open_wikidata_office_action);
  succession_window_class_init_navigation (widget_class);
  succession_window_class_init_open (widget_class);
  succession_window_class_init_export (widget_class);
  succession_window_class_init_save (widget_class);
  succession_window_class_init_edit (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.show-date", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-help-overlay", NULL);
}

static void
succession_window_init (SuccessionWindow *self)
{
  g_autoptr(GAction) name_display = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  succession_window_init_history (self);
  succession_window_init_recovery (self);
  succession_window_init_navigation (self);

  self->settings = g_settings_new (BASE_APPLICATION_ID);
  self->loader = succession_loader_new ();
  succession_window_init_open (self);
  succession_window_restore_state (self);

  /* The name preference is a setting the menu edits directly; the window passes it down. */
  name_display = g_settings_create_action (self->settings, "name-display");
  g_action_map_add_action (G_ACTION_MAP (self), name_display);
  g_settings_bind (self->settings, "name-display", self, "name-display", G_SETTINGS_BIND_GET);
  {
    g_autoptr(GAction) citation_style = g_settings_create_action (self->settings, "citation-style");

    g_action_map_add_action (G_ACTION_MAP (self), citation_style);
  }
  succession_sidebar_set_key_capture_widget (self->sidebar_view, GTK_WIDGET (self));
  g_object_bind_property (self, "name-display", self->sidebar_view, "name-display", G_BINDING_SYNC_CREATE);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu, self, NULL);

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  succession_window_load_bundled (self);
}

SuccessionWindow *
succession_window_new (SuccessionApplication *application)
{
  g_return_val_if_fail (SUCCESSION_IS_APPLICATION (application), NULL);

  return g_object_new (SUCCESSION_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
