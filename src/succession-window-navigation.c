/* succession-window-navigation.c — which page the window shows: targets, the pages built when first
 * needed, the window's title, Back and its history, and a page asked for from outside (--page)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-window"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible.h"
#include "succession-window.h"
#include "succession-window-private.h"

void
succession_window_set_page_title (SuccessionWindow *self,
                                  const char       *title)
{
  g_autofree char *dataset_title = succession_format_isolate (self->dataset != NULL ? succession_dataset_get_title (self->dataset) : NULL);
  g_autofree char *subtitle = NULL;

  if (self->modified && dataset_title != NULL)
    /* Translators: the header's line for a dataset with unsaved changes; %s is its title. */
    subtitle = g_strdup_printf (_ ("%s (unsaved)"), dataset_title);
  else
    subtitle = g_strdup (dataset_title);
  adw_window_title_set_title (self->content_title, title != NULL ? title : "");
  adw_window_title_set_subtitle (self->content_title, subtitle);
}

/* Back walks the pages the reader has seen in this dataset, as far back as this. */
#define HISTORY_MAX 100

/* What @target's page is called, for the back button's tooltip. */
static char *
target_title (SuccessionWindow           *self,
              const SuccessionPageTarget *target)
{
  GObject *entity;

  if (target->kind == SUCCESSION_PAGE_DATE)
    return g_strdup (_ ("On a Date"));
  if (target->kind == SUCCESSION_PAGE_CHART)
    return g_strdup (_ ("Succession Chart"));
  if (self->dataset == NULL || (entity = succession_page_target_lookup (target, self->dataset)) == NULL)
    return NULL;
  if (target->kind == SUCCESSION_PAGE_OFFICE)
    return succession_format_office_name (SUCCESSION_OFFICE (entity), self->name_display);
  if (target->kind == SUCCESSION_PAGE_PERSON)
    return succession_format_person_name (SUCCESSION_PERSON (entity), self->name_display);
  return succession_format_body_name (SUCCESSION_BODY (entity), self->name_display);
}

/* The back button shows where a page went before, or the list in a narrow window, and says
 * which page it returns to. */
static void
update_back (SuccessionWindow *self)
{
  gboolean                    folded = adw_leaflet_get_folded (self->leaflet);
  const SuccessionPageTarget *previous = self->history->len > 0 ? g_ptr_array_index (self->history, self->history->len - 1) : NULL;
  g_autofree char            *title = previous != NULL ? target_title (self, previous) : NULL;
  g_autofree char            *tooltip = NULL;

  if (title != NULL)
    /* Translators: the back button's tooltip; %s is the page it returns to, such as a person's name. */
    tooltip = g_strdup_printf (_ ("Back to %s"), title);
  gtk_widget_set_tooltip_text (self->back_button, tooltip != NULL ? tooltip : _ ("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip != NULL ? tooltip : _ ("Back"), -1);
  gtk_widget_set_visible (self->back_button, folded || previous != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", folded || previous != NULL);
}

void
succession_window_clear_history (SuccessionWindow *self)
{
  g_ptr_array_set_size (self->history, 0);
  update_back (self);
}

static void
show_content (SuccessionWindow           *self,
              const char                 *stack_page,
              const SuccessionPageTarget *target,
              const char                 *title)
{
  g_autofree char *key = succession_page_target_to_key (target);

  gtk_stack_set_visible_child_name (self->content_stack, stack_page);
  succession_window_set_page_title (self, title);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  /* A reader starts on the page's table, list or chart (the date page focuses its field). */
  if (target->kind != SUCCESSION_PAGE_DATE)
    succession_accessible_focus_page (gtk_stack_get_child_by_name (self->content_stack, stack_page));

  if (!succession_page_target_equal (self->current, target))
    {
      if (self->current != NULL && !self->going_back)
        {
          if (self->history->len == HISTORY_MAX)
            g_ptr_array_remove_index (self->history, 0);
          g_ptr_array_add (self->history, g_steal_pointer (&self->current));
        }
      succession_page_target_free (self->current);
      self->current = succession_page_target_copy (target);
      update_back (self);
    }
  /* The setting is what the next start opens; the window itself remembers self->current. */
  g_settings_set_string (self->settings, "last-page", key);
  succession_sidebar_select_page (self->sidebar_view, target);
}

/* A page's title changed (another name display): the window's says it too, if it is the page on
 * screen. */
static void
on_page_title (SuccessionWindow *self,
               GParamSpec       *pspec,
               GtkWidget        *page)
{
  g_autofree char *title = NULL;

  if (gtk_stack_get_visible_child (self->content_stack) != page)
    return;
  g_object_get (page, "title", &title, NULL);
  succession_window_set_page_title (self, title);
}

/* The content pages are built the first time they are needed, not with the window: the first
 * frame shows one page at most, and building the five cost more than the rest of the window. */
GtkWidget *
succession_window_ensure_page (SuccessionWindow *self,
                               const char       *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->content_stack, name);

  if (page != NULL)
    return page;

  if (g_str_equal (name, "office"))
    page = GTK_WIDGET (self->office_page = g_object_new (SUCCESSION_TYPE_OFFICE_PAGE, NULL));
  else if (g_str_equal (name, "person"))
    page = GTK_WIDGET (self->person_page = g_object_new (SUCCESSION_TYPE_PERSON_PAGE, NULL));
  else if (g_str_equal (name, "body"))
    page = GTK_WIDGET (self->body_page = g_object_new (SUCCESSION_TYPE_BODY_PAGE, NULL));
  else if (g_str_equal (name, "date"))
    {
      page = GTK_WIDGET (self->date_page = g_object_new (SUCCESSION_TYPE_DATE_PAGE, NULL));
      succession_date_page_set_dataset (self->date_page, self->dataset);
    }
  else if (g_str_equal (name, "chart"))
    {
      /* The chart itself waits for succession_window_sync_chart_page. */
      page = GTK_WIDGET (self->chart_page = g_object_new (SUCCESSION_TYPE_CHART_PAGE, NULL));
      /* The offices on the chart are remembered as the user checks them. */
      g_settings_bind (self->settings, "chart-offices", page, "selected-offices", G_SETTINGS_BIND_DEFAULT);
    }
  else
    g_return_val_if_reached (NULL);

  /* The page follows the window's name display, which follows the setting. */
  g_object_bind_property (self, "name-display", page, "name-display", G_BINDING_SYNC_CREATE);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "title") != NULL)
    g_signal_connect_object (page, "notify::title", G_CALLBACK (on_page_title), self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->content_stack, page, name);
  return page;
}

/* The chart page gets the dataset when it is first shown, not with the rest of the window:
 * measuring its chart cost more than the whole of the rest of the first frame. */
void
succession_window_sync_chart_page (SuccessionWindow *self)
{
  g_autoptr(SuccessionDataset) shown = NULL;

  succession_window_ensure_page (self, "chart");
  g_object_get (self->chart_page, "dataset", &shown, NULL);
  if (shown != self->dataset)
    succession_chart_page_set_dataset (self->chart_page, self->dataset);
}

gboolean
succession_window_show_target (SuccessionWindow           *self,
                               const SuccessionPageTarget *target)
{
  GObject         *entity;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SUCCESSION_IS_WINDOW (self), FALSE);

  if (self->dataset == NULL || target == NULL)
    return FALSE;

  switch (target->kind)
    {
    case SUCCESSION_PAGE_DATE:
      succession_window_ensure_page (self, "date");
      show_content (self, "date", target, _ ("On a Date"));
      succession_date_page_focus_entry (self->date_page);
      return TRUE;

    case SUCCESSION_PAGE_CHART:
      succession_window_sync_chart_page (self);
      show_content (self, "chart", target, _ ("Succession Chart"));
      return TRUE;

    case SUCCESSION_PAGE_OFFICE:
    case SUCCESSION_PAGE_PERSON:
    case SUCCESSION_PAGE_BODY:
    default:
      break;
    }

  if ((entity = succession_page_target_lookup (target, self->dataset)) == NULL)
    return FALSE;

  if (target->kind == SUCCESSION_PAGE_OFFICE)
    {
      succession_window_ensure_page (self, "office");
      succession_office_page_set_office (self->office_page, SUCCESSION_OFFICE (entity));
      title = succession_format_office_name (SUCCESSION_OFFICE (entity), self->name_display);
      show_content (self, "office", target, title);
    }
  else if (target->kind == SUCCESSION_PAGE_PERSON)
    {
      succession_window_ensure_page (self, "person");
      succession_person_page_set_person (self->person_page, SUCCESSION_PERSON (entity));
      title = succession_format_person_name (SUCCESSION_PERSON (entity), self->name_display);
      show_content (self, "person", target, title);
    }
  else
    {
      succession_window_ensure_page (self, "body");
      succession_body_page_set_body (self->body_page, SUCCESSION_BODY (entity));
      title = succession_format_body_name (SUCCESSION_BODY (entity), self->name_display);
      show_content (self, "body", target, title);
    }
  return TRUE;
}

/* A page asked for from outside (the command line's --page) that the dataset does not have. */
void
succession_window_say_no_such_page (SuccessionWindow           *self,
                                    const SuccessionPageTarget *target)
{
  g_autofree char *id = succession_page_target_to_key (target);
  /* A toast's title is markup; the id is the user's text. */
  g_autofree char *key = g_markup_escape_text (id, -1);
  /* Translators: a toast; %s is the page asked for on the command line, such as "office:npc-chair". */
  g_autofree char *text = g_strdup_printf (_ ("This dataset has no page “%s”"), key);
  AdwToast        *toast = adw_toast_new (text);

  /* Before "Opened with warnings": it answers what was just asked. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
succession_window_show_requested (SuccessionWindow           *self,
                                  const SuccessionPageTarget *target)
{
  g_return_if_fail (SUCCESSION_IS_WINDOW (self));
  g_return_if_fail (target != NULL);

  /* A dataset still loading shows it when it arrives. */
  if (self->load_cancellable != NULL)
    {
      g_clear_pointer (&self->opening_target, succession_page_target_free);
      self->opening_target = succession_page_target_copy (target);
      return;
    }
  if (!succession_window_show_target (self, target))
    succession_window_say_no_such_page (self, target);
}

gboolean
succession_window_show_page (SuccessionWindow *self,
                             const char       *key)
{
  g_autoptr(SuccessionPageTarget) target = succession_page_target_parse (key);

  return succession_window_show_target (self, target);
}

const SuccessionPageTarget *
succession_window_get_target (SuccessionWindow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_WINDOW (self), NULL);
  return self->current;
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);
  g_autoptr(SuccessionPageTarget) target = NULL;
  const char *id = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;

  if (g_str_equal (action_name, "win.show-date"))
    target = succession_page_target_new (SUCCESSION_PAGE_DATE, NULL);
  else if (g_str_equal (action_name, "win.show-chart"))
    target = succession_page_target_new (SUCCESSION_PAGE_CHART, NULL);
  else if (id != NULL && *id != '\0')
    target = succession_page_target_new (g_str_equal (action_name, "win.show-office") ? SUCCESSION_PAGE_OFFICE : g_str_equal (action_name, "win.show-person") ? SUCCESSION_PAGE_PERSON
                                                                                                                                                              : SUCCESSION_PAGE_BODY,
                                         id);
  succession_window_show_target (self, target);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  /* The page before this one; past the first page, the list (in a narrow window). */
  while (self->history->len > 0)
    {
      g_autoptr(SuccessionPageTarget) previous = g_ptr_array_steal_index (self->history, self->history->len - 1);
      gboolean shown;

      self->going_back = TRUE;
      shown = succession_window_show_target (self, previous);
      self->going_back = FALSE;
      if (shown)
        {
          update_back (self);
          return;
        }
    }
  update_back (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The mouse's back button goes back too. */
static void
on_back_pressed (GtkGestureClick  *gesture,
                 int               n_press,
                 double            x,
                 double            y,
                 SuccessionWindow *self)
{
  if (self->history->len > 0 || adw_leaflet_get_folded (self->leaflet))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SuccessionWindow *self = SUCCESSION_WINDOW (widget);

  /* Escape leaves a page only where the page covers the sidebar. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
succession_window_class_init_navigation (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "win.show-office", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-person", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-body", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-date", NULL, show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-chart", NULL, show_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.escape", NULL);
}

void
succession_window_init_navigation (SuccessionWindow *self)
{
  GtkGesture *back_click = gtk_gesture_click_new ();

  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) succession_page_target_free);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_back), self, G_CONNECT_SWAPPED);
  update_back (self);
  /* Button 8 is a mouse's "back" button. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (back_click), 8);
  g_signal_connect_object (back_click, "pressed", G_CALLBACK (on_back_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (back_click));
}
