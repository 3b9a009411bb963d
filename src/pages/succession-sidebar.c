/* succession-sidebar.c — offices by body, bodies, "On a date…" and search
 *
 * Rows carry the page they open (a SuccessionPageTarget) and open it
 * through the window's actions, so the sidebar knows nothing of the pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible.h"
#include "succession-navigation.h"
#include "succession-sidebar-result-row.h"
#include "succession-sidebar-entry.h"
#include "succession-sidebar-result.h"
#include "succession-sidebar-model.h"
#include "succession-sidebar-row.h"
#include "succession-sidebar.h"
#include "succession-visible-list.h"

/* Past a screenful, anyone types another letter instead of scrolling; the slots past those on
 * screen cost nothing but a small object each (the list makes rows for what is on screen). */
#define SEARCH_LIMIT 50

struct _SuccessionSidebar
{
  GtkWidget parent_instance;

  SuccessionDataset    *dataset;
  SuccessionNameDisplay name_display;

  /* Template children */
  GtkSearchEntry        *search_entry;
  GtkStack              *stack;
  SuccessionVisibleList *browse_view;
  SuccessionVisibleList *results_view;
  GListStore            *results_store;

  guint n_results;
};

G_DEFINE_FINAL_TYPE (SuccessionSidebar, succession_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_NAME_DISPLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The lines of the browse list, made as the list shows them: its rows are made for what is on
 * screen, whatever the number of offices. */
static void
rebuild_browse (SuccessionSidebar *self)
{
  g_autoptr(SuccessionSidebarModel) model = succession_sidebar_model_new (self->dataset);

  succession_visible_list_set_model (self->browse_view, G_LIST_MODEL (model));
}

/* A row for a line, bound to whatever line the list gives it, in the sidebar's name display. */
static void
on_browse_setup_row (SuccessionSidebar     *self,
                     GtkWidget             *row,
                     SuccessionVisibleList *list)
{
  g_object_bind_property (self, "name-display", row, "name-display", G_BINDING_SYNC_CREATE);
}

static void
on_browse_activated (SuccessionSidebar     *self,
                     guint                  position,
                     SuccessionVisibleList *list)
{
  GListModel *lines = succession_visible_list_get_model (list);
  g_autoptr(SuccessionSidebarEntry) entry = lines != NULL ? g_list_model_get_item (lines, position) : NULL;
  const SuccessionPageTarget *target = entry != NULL ? succession_sidebar_entry_get_target (entry) : NULL;

  /* A heading opens nothing. */
  if (target != NULL)
    succession_navigation_open (GTK_WIDGET (self), target);
}

static gboolean
is_result (gpointer item)
{
  return SUCCESSION_IS_PERSON (item) || SUCCESSION_IS_OFFICE (item) || SUCCESSION_IS_BODY (item);
}

/* @force: the text of every row changes (the name display), not only the rows whose
 * result changed. */
static void
run_search (SuccessionSidebar *self,
            gboolean           force)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GListModel *store = G_LIST_MODEL (self->results_store);
  guint       n_old = g_list_model_get_n_items (store);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  guint n_new;

  self->n_results = 0;
  succession_visible_list_set_selected (self->results_view, GTK_INVALID_LIST_POSITION);

  if (*text == '\0' || self->dataset == NULL)
    {
      /* The rows stay, hidden, for the next search to show its results in, unless what
       * they show is no longer right. */
      if (force || self->dataset == NULL)
        g_list_store_remove_all (self->results_store);
      gtk_stack_set_visible_child_name (self->stack, "browse");
      succession_accessible_say_results (GTK_WIDGET (self->search_entry), GTK_WIDGET (self->results_view),
                                         FALSE, 0, FALSE);
      return;
    }

  /* One more than are shown, to know whether to say there are more. */
  results = succession_dataset_search (self->dataset, text, SEARCH_LIMIT + 1);
  entities = g_ptr_array_sized_new (MIN (results->len, SEARCH_LIMIT) + 1);

  for (guint i = 0; i < MIN (results->len, SEARCH_LIMIT); i++)
    {
      gpointer item = g_ptr_array_index (results, i);

      if (is_result (item))
        g_ptr_array_add (entities, item);
    }
  self->n_results = entities->len;

  /* The last row says there are more: a slot with nothing in it. */
  if (results->len > SEARCH_LIMIT)
    g_ptr_array_add (entities, NULL);
  n_new = entities->len;

  /* The slots that stay show their new result... */
  for (guint i = 0; i < MIN (n_old, n_new); i++)
    {
      g_autoptr(SuccessionSidebarResult) result = g_list_model_get_item (store, i);

      succession_sidebar_result_set_entity (result, g_ptr_array_index (entities, i), force);
    }

  /* ...and one change of the model adds the slots missing at the end, or drops those left over. */
  if (n_new > n_old)
    {
      g_autoptr(GPtrArray) added = g_ptr_array_new_full (n_new - n_old, g_object_unref);

      for (guint i = n_old; i < n_new; i++)
        {
          SuccessionSidebarResult *result = succession_sidebar_result_new ();

          succession_sidebar_result_set_entity (result, g_ptr_array_index (entities, i), FALSE);
          g_ptr_array_add (added, result);
        }
      g_list_store_splice (self->results_store, n_old, 0, added->pdata, added->len);
    }
  else if (n_new < n_old)
    g_list_store_splice (self->results_store, n_new, n_old - n_new, NULL, 0);

  if (n_new > 0)
    succession_visible_list_scroll_to (self->results_view, 0);

  gtk_stack_set_visible_child_name (self->stack, results->len > 0 ? "results" : "no-results");
  succession_accessible_say_results (GTK_WIDGET (self->search_entry), GTK_WIDGET (self->results_view),
                                     TRUE, self->n_results, results->len > SEARCH_LIMIT);
}

/* A row for a slot, bound to whatever slot the list gives it: it shows the slot's result in the
 * sidebar's name display. */
static void
on_result_setup_row (SuccessionSidebar     *self,
                     GtkWidget             *row,
                     SuccessionVisibleList *list)
{
  g_object_bind_property (self, "name-display", row, "name-display", G_BINDING_SYNC_CREATE);
}

static void
open_result (SuccessionSidebar *self,
             guint              position)
{
  g_autoptr(SuccessionSidebarResult) result = g_list_model_get_item (G_LIST_MODEL (self->results_store), position);
  GObject *item = result != NULL ? succession_sidebar_result_get_entity (result) : NULL;
  g_autoptr(SuccessionPageTarget) target = item != NULL ? succession_page_target_new_for_entity (item) : NULL;

  if (target == NULL)
    return;
  succession_visible_list_set_selected (self->results_view, position);
  succession_navigation_open (GTK_WIDGET (self), target);
}

static void
on_result_activated (SuccessionSidebar     *self,
                     guint                  position,
                     SuccessionVisibleList *list)
{
  open_result (self, position);
}

static void
on_search_changed (SuccessionSidebar *self,
                   GtkSearchEntry    *entry)
{
  run_search (self, FALSE);
}

static void
on_search_activate (SuccessionSidebar *self,
                    GtkSearchEntry    *entry)
{
  /* Enter in the search opens the best match, as in GNOME's search. */
  if (self->n_results > 0 && g_str_equal (gtk_stack_get_visible_child_name (self->stack), "results"))
    open_result (self, 0);
}

static void
on_stop_search (SuccessionSidebar *self,
                GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static gboolean
on_search_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               SuccessionSidebar     *self)
{
  /* Down from the search moves into the list, as the arrows are expected to. */
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->stack), "results"))
    {
      /* The list's first line on screen, and the focus on its row. */
      GListModel *lines = succession_visible_list_get_model (self->browse_view);

      if (lines == NULL || g_list_model_get_n_items (lines) == 0)
        return FALSE;
      if (!succession_visible_list_focus (self->browse_view, 0))
        gtk_widget_grab_focus (GTK_WIDGET (self->browse_view));
      return TRUE;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->results_store)) == 0)
    return FALSE;

  /* Brings the first row on screen and gives it the focus. */
  if (!succession_visible_list_focus (self->results_view, 0))
    gtk_widget_grab_focus (GTK_WIDGET (self->results_view));
  return TRUE;
}

static void
succession_sidebar_dispose (GObject *object)
{
  SuccessionSidebar *self = SUCCESSION_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_SIDEBAR);
  /* Template children that are not bound to a field are unparented here. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (succession_sidebar_parent_class)->dispose (object);
}

static void
succession_sidebar_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SuccessionSidebar *self = SUCCESSION_SIDEBAR (object);

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
succession_sidebar_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SuccessionSidebar *self = SUCCESSION_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      succession_sidebar_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_NAME_DISPLAY:
      if (self->name_display != (SuccessionNameDisplay) g_value_get_enum (value))
        {
          /* The rows are bound to it and write their names again. */
          self->name_display = g_value_get_enum (value);
          run_search (self, TRUE);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_sidebar_class_init (SuccessionSidebarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_sidebar_dispose;
  object_class->get_property = succession_sidebar_get_property;
  object_class->set_property = succession_sidebar_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SUCCESSION_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* The browse list and the type of its rows are named in the template. */
  g_type_ensure (SUCCESSION_TYPE_VISIBLE_LIST);
  g_type_ensure (SUCCESSION_TYPE_SIDEBAR_ROW);
  g_type_ensure (SUCCESSION_TYPE_SIDEBAR_RESULT_ROW);
  g_type_ensure (SUCCESSION_TYPE_SIDEBAR_RESULT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, SuccessionSidebar, browse_view);
  gtk_widget_class_bind_template_child (widget_class, SuccessionSidebar, results_view);
  gtk_widget_class_bind_template_child (widget_class, SuccessionSidebar, results_store);
  gtk_widget_class_bind_template_callback (widget_class, on_browse_setup_row);
  gtk_widget_class_bind_template_callback (widget_class, on_browse_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_result_setup_row);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
}

static void
succession_sidebar_init (SuccessionSidebar *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Each row names itself (title and subtitle; see succession-sidebar-row.c and -result-row.c). */

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

void
succession_sidebar_set_dataset (SuccessionSidebar *self,
                                SuccessionDataset *dataset)
{
  g_return_if_fail (SUCCESSION_IS_SIDEBAR (self));

  if (!g_set_object (&self->dataset, dataset))
    return;

  rebuild_browse (self);
  run_search (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

void
succession_sidebar_focus_search (SuccessionSidebar *self)
{
  g_return_if_fail (SUCCESSION_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
succession_sidebar_search (SuccessionSidebar *self,
                           const char        *text)
{
  g_return_if_fail (SUCCESSION_IS_SIDEBAR (self));

  /* Setting the text empties the entry first, and GtkSearchEntry says so at once: that would
   * empty the results and build their rows anew. It delays "search-changed" otherwise, and
   * callers that set text want the result now. */
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
  run_search (self, FALSE);
}

guint
succession_sidebar_get_n_results (SuccessionSidebar *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR (self), 0);

  return self->n_results;
}

void
succession_sidebar_select_page (SuccessionSidebar          *self,
                                const SuccessionPageTarget *target)
{
  GListModel *lines;

  g_return_if_fail (SUCCESSION_IS_SIDEBAR (self));

  lines = succession_visible_list_get_model (self->browse_view);
  succession_visible_list_set_selected (self->browse_view,
                                        lines != NULL ? succession_sidebar_model_find (SUCCESSION_SIDEBAR_MODEL (lines), target)
                                                      : GTK_INVALID_LIST_POSITION);
}

void
succession_sidebar_set_key_capture_widget (SuccessionSidebar *self,
                                           GtkWidget         *widget)
{
  g_return_if_fail (SUCCESSION_IS_SIDEBAR (self));

  /* Before the entry's capture of typing, which would take Return as text. */
  succession_accessible_enter_activates (widget, GTK_WIDGET (self->search_entry));
  gtk_search_entry_set_key_capture_widget (self->search_entry, widget);
}
