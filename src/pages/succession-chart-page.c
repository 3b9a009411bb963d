/* succession-chart-page.c — several offices stacked on one time axis
 *
 * The offices come from the "selected-offices" property (the window binds it to the
 * "chart-offices" setting) and are chosen with check rows in the Offices popover. A dataset
 * that holds none of them (a researcher's own file) is shown by its first offices, so the chart,
 * print and export always have something of the dataset on screen. The
 * timeline shares its selection with a list of the same tenures, which is also the
 * accessible route to every bar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-chart-page"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-chart-page.h"
#include "succession-chart-source.h"
#include "succession-legend.h"
#include "succession-navigation.h"
#include "succession-office-check-row.h"

struct _SuccessionChartPage
{
  GtkWidget parent_instance;

  SuccessionDataset    *dataset;
  char                **selected_offices;
  GPtrArray            *shown; /* SuccessionOffice on the chart, in its order */
  SuccessionNameDisplay name_display;
  GListStore           *tenures;
  GListStore           *office_entries; /* SuccessionSidebarEntry: bodies' headings and offices */
  gboolean              checks_stale;   /* office_entries are of another dataset than the page's */
  GtkCustomFilter      *office_filter;
  char                 *offices_filter; /* folded for search, or NULL */

  /* Template children */
  SuccessionTimeline *timeline;
  GtkListView        *offices_view;
  GtkPopover         *offices_popover;
  GtkSearchEntry     *offices_search;
  GtkWidget          *offices_box;
  GtkSingleSelection *selection;
  AdwViewStack       *stack;
  GtkToggleButton    *list_button;
};

static void succession_chart_page_chart_source_init (SuccessionChartSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SuccessionChartPage, succession_chart_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (SUCCESSION_TYPE_CHART_SOURCE, succession_chart_page_chart_source_init))

/* How many of a dataset's offices the chart shows when none of the chosen ones is in it. */
#define FIRST_OFFICES 4

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTED_OFFICES,
  PROP_NAME_DISPLAY,
  PROP_CHARTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rebuild_chart (SuccessionChartPage *self)
{
  g_autoptr(GPtrArray) tenures = g_ptr_array_new ();
  g_autoptr(SuccessionChartData) data = NULL;

  g_ptr_array_set_size (self->shown, 0);
  if (self->dataset != NULL && self->selected_offices != NULL)
    for (guint i = 0; self->selected_offices[i] != NULL; i++)
      {
        SuccessionOffice *office = succession_dataset_get_office (self->dataset, self->selected_offices[i]);

        if (office != NULL)
          g_ptr_array_add (self->shown, g_object_ref (office));
      }
  if (self->dataset != NULL && self->shown->len == 0)
    {
      GListModel *offices = succession_dataset_get_offices (self->dataset);

      for (guint i = 0; i < MIN (FIRST_OFFICES, g_list_model_get_n_items (offices)); i++)
        {
          g_ptr_array_add (self->shown, g_list_model_get_item (offices, i));
        }
    }

  for (guint i = 0; i < self->shown->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (self->shown, i);

      for (guint j = 0; j < succession_office_get_n_tenures (office); j++)
        g_ptr_array_add (tenures, succession_office_get_tenure (office, j));
    }

  data = succession_chart_data_new_today (self->shown, self->name_display);
  g_list_store_splice (self->tenures, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tenures)),
                       tenures->pdata, tenures->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  succession_timeline_set_data (self->timeline, data);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHARTED]);
}

/* The ids of the offices on the chart, in its order (the chosen ones the dataset has, or its
 * first offices): what the checks show. */
static char **
charted_ids (SuccessionChartPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->shown->len; i++)
    g_strv_builder_add (builder, succession_office_get_id (g_ptr_array_index (self->shown, i)));
  return g_strv_builder_end (builder);
}

static gboolean
is_shown (SuccessionChartPage *self,
          const char          *id)
{
  for (guint i = 0; i < self->shown->len; i++)
    if (g_strcmp0 (succession_office_get_id (g_ptr_array_index (self->shown, i)), id) == 0)
      return TRUE;
  return FALSE;
}

/* A tick in the Offices popover: an office already on the chart leaves it, another joins at the
 * bottom; the others keep their place. */
static void
toggle_office_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SuccessionChartPage *self = SUCCESSION_CHART_PAGE (widget);
  const char          *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ids = NULL;
  gboolean was_shown = is_shown (self, id);

  for (guint i = 0; i < self->shown->len; i++)
    {
      const char *shown_id = succession_office_get_id (g_ptr_array_index (self->shown, i));

      if (!g_str_equal (shown_id, id))
        g_strv_builder_add (builder, shown_id);
    }
  if (!was_shown)
    g_strv_builder_add (builder, id);

  ids = g_strv_builder_end (builder);
  succession_chart_page_set_selected_offices (self, (const char *const *) ids);
}

static gboolean
filter_office_entry (gpointer item,
                     gpointer user_data)
{
  SuccessionChartPage    *self = user_data;
  SuccessionSidebarEntry *entry = item;

  if (self->offices_filter == NULL || *self->offices_filter == '\0' || self->dataset == NULL)
    return TRUE;
  /* While filtering, the offices that match, without their bodies' headings. */
  if (succession_sidebar_entry_is_heading (entry))
    return FALSE;
  return succession_dataset_item_matches (self->dataset, succession_sidebar_entry_get_entity (entry), self->offices_filter);
}

static gboolean
is_office_entry (GtkListItem            *list_item,
                 SuccessionSidebarEntry *entry,
                 gpointer                unused)
{
  return entry != NULL && !succession_sidebar_entry_is_heading (entry);
}

/* A row for a line of the popover, bound to whatever line the list gives it. */
static void
on_office_setup (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 SuccessionChartPage      *self)
{
  GtkWidget *row = succession_office_check_row_new ();

  gtk_list_item_set_child (list_item, row);
  g_object_bind_property (self, "name-display", row, "name-display", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "charted", row, "charted", G_BINDING_SYNC_CREATE);
}

static void
on_office_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                SuccessionChartPage      *self)
{
  SuccessionSidebarEntry *entry = gtk_list_item_get_item (list_item);

  g_object_set (gtk_list_item_get_child (list_item), "entry", entry, NULL);
  /* A click anywhere on an office's line ticks it, as on a check row; a heading does nothing. */
  gtk_list_item_set_activatable (list_item, is_office_entry (list_item, entry, NULL));
}

static void
on_office_activated (SuccessionChartPage *self,
                     guint                position,
                     GtkListView         *view)
{
  g_autoptr(SuccessionSidebarEntry) entry = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (view)), position);
  GObject *office = entry != NULL ? succession_sidebar_entry_get_entity (entry) : NULL;

  if (entry != NULL && !succession_sidebar_entry_is_heading (entry) && SUCCESSION_IS_OFFICE (office))
    gtk_widget_activate_action (GTK_WIDGET (self), "chart.toggle-office", "s", succession_office_get_id (SUCCESSION_OFFICE (office)));
}

static void
on_offices_search_changed (SuccessionChartPage *self,
                           GtkSearchEntry      *entry)
{
  g_free (self->offices_filter);
  self->offices_filter = succession_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_filter_changed (GTK_FILTER (self->office_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* As wide as an office's name needs, and never wider than the window (the popover adds its
 * padding and shadow, about 64 px, around the box): at phone width the list
 * takes the window's width rather than shrinking to a column a syllable wide. */
static void rebuild_checks (SuccessionChartPage *self);

static void
on_offices_popover_show (SuccessionChartPage *self,
                         GtkPopover          *popover)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int      window_width = root != NULL ? gtk_widget_get_width (GTK_WIDGET (root)) : 0;
  int      width = 360;

  if (window_width > 0)
    width = CLAMP (window_width - 80, 220, 360);
  gtk_widget_set_size_request (self->offices_box, width, -1);
  /* Made when first needed: showing a dataset costs nothing for offices nobody lists. */
  if (self->checks_stale)
    rebuild_checks (self);
}

/* A dataset with many offices gets a filter above the list. */
#define OFFICES_BEFORE_SEARCH 8

/* The popover's lines: each body's heading, then its offices, the bodies in the order their first
 * office comes in the file; offices of no body last. */
static void
rebuild_checks (SuccessionChartPage *self)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) bodies = g_ptr_array_new ();
  /* Each body's offices in the file's order, gathered in one pass over the offices. */
  g_autoptr(GHashTable) by_body = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  GListModel *offices;
  guint       n = 0;

  if (self->dataset != NULL)
    {
      offices = succession_dataset_get_offices (self->dataset);
      n = g_list_model_get_n_items (offices);
      for (guint i = 0; i < n; i++)
        {
          SuccessionOffice *office = g_list_model_get_item (offices, i);
          SuccessionBody   *body = succession_office_get_body (office);
          GPtrArray        *group = g_hash_table_lookup (by_body, body);

          if (group == NULL)
            {
              group = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (by_body, body, group);
              g_ptr_array_add (bodies, body);
            }
          g_ptr_array_add (group, office);
        }
      for (guint b = 0; b < bodies->len; b++)
        {
          SuccessionBody *body = g_ptr_array_index (bodies, b);
          GPtrArray      *group = g_hash_table_lookup (by_body, body);

          if (body != NULL)
            g_ptr_array_add (entries, succession_sidebar_entry_new_heading (G_OBJECT (body), NULL, entries->len == 0));
          for (guint i = 0; i < group->len; i++)
            {
              GObject *office = g_ptr_array_index (group, i);

              g_ptr_array_add (entries, succession_sidebar_entry_new_link (succession_page_target_new_for_entity (office),
                                                                           office, NULL, NULL, FALSE));
            }
        }
    }
  self->checks_stale = FALSE;
  g_list_store_splice (self->office_entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->office_entries)),
                       entries->pdata, entries->len);
  gtk_widget_set_visible (GTK_WIDGET (self->offices_search), n > OFFICES_BEFORE_SEARCH);
}

/* ---------------------------------------------------------------------------------------- */
/* The list of tenures                                                                       */

static char *
tenure_line (SuccessionChartPage *self,
             SuccessionTenure    *tenure)
{
  g_autofree char *office = succession_format_office_name (succession_tenure_get_office (tenure), self->name_display);
  g_autofree char *holder = succession_format_holder (tenure, self->name_display);
  g_autofree char *start = succession_format_date (succession_tenure_get_start_date (tenure));
  g_autofree char *end = NULL;

  if (succession_tenure_get_end_status (tenure) == SUCCESSION_END_STATUS_ONGOING)
    end = g_strdup (C_ ("tenure end", "present"));
  else
    end = succession_format_date (succession_tenure_get_end_date (tenure));

  /* Translators: a line of the chart's list: holder, office, start and end dates,
   * "Peng Zhen — Chairperson, 1983 – 1988" */
  return g_strdup_printf (_ ("%s — %s, %s – %s"), holder, office, start, end != NULL ? end : "");
}

static void
label_item (SuccessionChartPage *self,
            GtkListItem         *item)
{
  g_autofree char *text = NULL;

  if (gtk_list_item_get_item (item) == NULL)
    return;
  text = tenure_line (self, gtk_list_item_get_item (item));
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
on_item_name_display (GtkListItem *item,
                      GParamSpec  *pspec,
                      gpointer     page)
{
  label_item (SUCCESSION_CHART_PAGE (page), item);
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            SuccessionChartPage      *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
  /* Another name display relabels the lines on screen (relabel). */
  g_signal_connect_object (self, "notify::name-display", G_CALLBACK (on_item_name_display), item, G_CONNECT_SWAPPED);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           SuccessionChartPage      *self)
{
  label_item (self, item);
}

static void
on_list_activate (SuccessionChartPage *self,
                  guint                position,
                  GtkListView         *view)
{
  g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  SuccessionPerson *person = tenure != NULL ? succession_tenure_get_person (tenure) : NULL;

  if (person != NULL)
    succession_navigation_open_entity (GTK_WIDGET (self), G_OBJECT (person));
}

static void
on_view_toggled (SuccessionChartPage *self,
                 GtkToggleButton     *button)
{
  adw_view_stack_set_visible_child_name (self->stack, gtk_toggle_button_get_active (self->list_button) ? "list" : "chart");
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SuccessionChartPage *self = SUCCESSION_CHART_PAGE (widget);

  if (g_str_equal (action_name, "chart.zoom-in"))
    succession_timeline_zoom (self->timeline, 1.5);
  else if (g_str_equal (action_name, "chart.zoom-out"))
    succession_timeline_zoom (self->timeline, 1 / 1.5);
  else
    succession_timeline_fit_all (self->timeline);
}

/* ---------------------------------------------------------------------------------------- */

/* Another name display: the chart renamed in place, so it keeps its zoom and selection (the
 * popover's rows and the tenures' lines follow the property on their own). */
static void
relabel (SuccessionChartPage *self)
{
  g_autoptr(SuccessionChartData) data = NULL;

  /* A chart not drawn yet (no dataset) takes the names when it is. */
  if (succession_timeline_get_data (self->timeline) == NULL)
    return;
  data = succession_chart_data_new_today (self->shown, self->name_display);
  succession_timeline_relabel (self->timeline, data);
}

/* An edit made in place: a chart with the office on it is drawn again. */
static void
on_tenures_changed (SuccessionChartPage *self,
                    SuccessionOffice    *office,
                    SuccessionDataset   *dataset)
{
  if (g_ptr_array_find (self->shown, office, NULL))
    rebuild_chart (self);
  /* The Offices popover's lines name the offices: made again when it next opens. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self->offices_popover)))
    {
      self->checks_stale = TRUE;
      g_list_store_remove_all (self->office_entries);
    }
}

void
succession_chart_page_set_dataset (SuccessionChartPage *self,
                                   SuccessionDataset   *dataset)
{
  g_return_if_fail (SUCCESSION_IS_CHART_PAGE (self));
  g_return_if_fail (dataset == NULL || SUCCESSION_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset, on_tenures_changed, self);
  g_set_object (&self->dataset, dataset);
  if (dataset != NULL)
    g_signal_connect_object (dataset, "tenures-changed", G_CALLBACK (on_tenures_changed), self, G_CONNECT_SWAPPED);

  rebuild_chart (self);
  /* The Offices popover's lines wait for it to open, unless it is open. */
  self->checks_stale = TRUE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->offices_popover)))
    rebuild_checks (self);
  else
    g_list_store_remove_all (self->office_entries);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

const char *const *
succession_chart_page_get_selected_offices (SuccessionChartPage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_CHART_PAGE (self), NULL);
  return (const char *const *) self->selected_offices;
}

void
succession_chart_page_set_selected_offices (SuccessionChartPage *self,
                                            const char *const   *ids)
{
  g_return_if_fail (SUCCESSION_IS_CHART_PAGE (self));

  if (self->selected_offices != NULL && ids != NULL &&
      g_strv_equal ((const char *const *) self->selected_offices, ids))
    return;

  g_strfreev (self->selected_offices);
  self->selected_offices = g_strdupv ((char **) ids);
  rebuild_chart (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_OFFICES]);
}

static GPtrArray *
succession_chart_page_dup_chart_offices (SuccessionChartSource *source)
{
  SuccessionChartPage *self = SUCCESSION_CHART_PAGE (source);
  GPtrArray           *offices = g_ptr_array_sized_new (self->shown->len);

  /* Not g_ptr_array_copy (), which would hand the caller our unref. */
  for (guint i = 0; i < self->shown->len; i++)
    g_ptr_array_add (offices, g_ptr_array_index (self->shown, i));
  return offices;
}

static SuccessionChartData *
succession_chart_page_get_chart_data (SuccessionChartSource *source)
{
  return succession_timeline_get_data (SUCCESSION_CHART_PAGE (source)->timeline);
}

static void
succession_chart_page_chart_source_init (SuccessionChartSourceInterface *iface)
{
  iface->dup_chart_offices = succession_chart_page_dup_chart_offices;
  iface->get_chart_data = succession_chart_page_get_chart_data;
}

SuccessionTimeline *
succession_chart_page_get_timeline (SuccessionChartPage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_CHART_PAGE (self), NULL);
  return self->timeline;
}

static void
succession_chart_page_dispose (GObject *object)
{
  SuccessionChartPage *self = SUCCESSION_CHART_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_CHART_PAGE);
  /* Template children that are not bound to a field are unparented here. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset, on_tenures_changed, self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->tenures);
  g_clear_object (&self->office_entries);
  g_clear_object (&self->office_filter);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->selected_offices, g_strfreev);
  g_clear_pointer (&self->offices_filter, g_free);

  G_OBJECT_CLASS (succession_chart_page_parent_class)->dispose (object);
}

static void
succession_chart_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SuccessionChartPage *self = SUCCESSION_CHART_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SELECTED_OFFICES:
      g_value_set_boxed (value, self->selected_offices);
      break;
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    case PROP_CHARTED:
      g_value_take_boxed (value, charted_ids (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_chart_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SuccessionChartPage *self = SUCCESSION_CHART_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      succession_chart_page_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_OFFICES:
      succession_chart_page_set_selected_offices (self, g_value_get_boxed (value));
      break;
    case PROP_NAME_DISPLAY:
      if (self->name_display != (SuccessionNameDisplay) g_value_get_enum (value))
        {
          self->name_display = g_value_get_enum (value);
          relabel (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_chart_page_class_init (SuccessionChartPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_chart_page_dispose;
  object_class->get_property = succession_chart_page_get_property;
  object_class->set_property = succession_chart_page_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SUCCESSION_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_OFFICES] =
    g_param_spec_boxed ("selected-offices", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The ids of the offices on the chart, which the popover's checks show. */
  properties[PROP_CHARTED] =
    g_param_spec_boxed ("charted", NULL, NULL, G_TYPE_STRV, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SUCCESSION_TYPE_TIMELINE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (SUCCESSION_TYPE_LEGEND);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-chart-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, offices_view);
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, offices_popover);
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, offices_search);
  gtk_widget_class_bind_template_callback (widget_class, on_offices_search_changed);
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, offices_box);
  gtk_widget_class_bind_template_callback (widget_class, on_offices_popover_show);
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, setup_item);
  gtk_widget_class_bind_template_callback (widget_class, bind_item);
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, list_button);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);

  gtk_widget_class_install_action (widget_class, "chart.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "chart.toggle-office", "s", toggle_office_action);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
succession_chart_page_init (SuccessionChartPage *self)
{
  GtkListItemFactory *factory;
  GtkFilterListModel *filtered;

  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->tenures = g_list_store_new (SUCCESSION_TYPE_TENURE);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The Offices popover: a list view over headings and offices, filtered by its search. */
  self->office_entries = g_list_store_new (SUCCESSION_TYPE_SIDEBAR_ENTRY);
  self->office_filter = gtk_custom_filter_new (filter_office_entry, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->office_entries)),
                                        GTK_FILTER (g_object_ref (self->office_filter)));
  gtk_list_view_set_model (self->offices_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (filtered))));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_office_setup), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_office_bind), self, 0);
  gtk_list_view_set_factory (self->offices_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_single_click_activate (self->offices_view, TRUE);
  g_signal_connect_object (self->offices_view, "activate", G_CALLBACK (on_office_activated), self, G_CONNECT_SWAPPED);

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->tenures));
  succession_timeline_set_selection (self->timeline, GTK_SELECTION_MODEL (self->selection));
}
