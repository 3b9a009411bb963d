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

struct _SuccessionChartPage
{
  GtkWidget              parent_instance;

  SuccessionDataset     *dataset;
  char                 **selected_offices;
  GPtrArray             *shown;      /* SuccessionOffice on the chart, in its order */
  SuccessionNameDisplay  name_display;
  GListStore            *tenures;
  GPtrArray             *checks;     /* GtkCheckButton, with the office id as "office-id" */
  gboolean               updating_checks;
  char                  *offices_filter; /* folded for search, or NULL */

  /* Template children */
  SuccessionTimeline    *timeline;
  GtkListBox            *offices_list;
  GtkSearchEntry        *offices_search;
  GtkWidget             *offices_box;
  GtkSingleSelection    *selection;
  AdwViewStack          *stack;
  GtkToggleButton       *list_button;
};

static void succession_chart_page_chart_source_init (SuccessionChartSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SuccessionChartPage, succession_chart_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (SUCCESSION_TYPE_CHART_SOURCE,
                                                      succession_chart_page_chart_source_init))

/* How many of a dataset's offices the chart shows when none of the chosen ones is in it. */
#define FIRST_OFFICES 4

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTED_OFFICES,
  PROP_NAME_DISPLAY,
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

static void
on_check_toggled (SuccessionChartPage *self,
                  GtkCheckButton      *check)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) ids = NULL;

  if (self->updating_checks)
    return;

  /* Offices already on the chart keep their place; a new one goes at the bottom. */
  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->shown->len; i++)
    {
      const char *id = succession_office_get_id (g_ptr_array_index (self->shown, i));

      for (guint j = 0; j < self->checks->len; j++)
        {
          GtkCheckButton *other = g_ptr_array_index (self->checks, j);

          if (gtk_check_button_get_active (other) && g_strcmp0 (g_object_get_data (G_OBJECT (other), "office-id"), id) == 0)
            g_strv_builder_add (builder, id);
        }
    }
  if (gtk_check_button_get_active (check) && !is_shown (self, g_object_get_data (G_OBJECT (check), "office-id")))
    g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "office-id"));

  ids = g_strv_builder_end (builder);
  succession_chart_page_set_selected_offices (self, (const char * const *) ids);
}

static void
sync_checks (SuccessionChartPage *self)
{
  self->updating_checks = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);
      const char *id = g_object_get_data (G_OBJECT (check), "office-id");

      gtk_check_button_set_active (check, is_shown (self, id));
    }
  self->updating_checks = FALSE;
}

/* The offices are grouped under their body's name. */
static void
update_office_header (GtkListBoxRow *row,
                      GtkListBoxRow *before,
                      gpointer       user_data)
{
  const char *body = g_object_get_data (G_OBJECT (row), "body-name");
  const char *previous = before != NULL ? g_object_get_data (G_OBJECT (before), "body-name") : NULL;
  GtkWidget *header;

  if (body == NULL || g_strcmp0 (body, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (body);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, before != NULL ? 12 : 0);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

static gboolean
filter_office_row (GtkListBoxRow *row,
                   gpointer       user_data)
{
  SuccessionChartPage *self = user_data;
  SuccessionOffice *office = g_object_get_data (G_OBJECT (row), "office");

  if (self->offices_filter == NULL || *self->offices_filter == '\0' || office == NULL || self->dataset == NULL)
    return TRUE;
  return succession_dataset_item_matches (self->dataset, G_OBJECT (office), self->offices_filter);
}

static void
on_offices_search_changed (SuccessionChartPage *self,
                           GtkSearchEntry      *entry)
{
  g_free (self->offices_filter);
  self->offices_filter = succession_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_list_box_invalidate_filter (self->offices_list);
}

/* As wide as an office's name needs, and never wider than the window (the popover adds its
 * padding and shadow, about 64 px, around the box): at phone width the list
 * takes the window's width rather than shrinking to a column a syllable wide. */
static void
on_offices_popover_show (SuccessionChartPage *self,
                         GtkPopover          *popover)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int window_width = root != NULL ? gtk_widget_get_width (GTK_WIDGET (root)) : 0;
  int width = 360;

  if (window_width > 0)
    width = CLAMP (window_width - 80, 220, 360);
  gtk_widget_set_size_request (self->offices_box, width, -1);
}

/* A dataset with many offices gets a filter above the list. */
#define OFFICES_BEFORE_SEARCH 8

/* An office's row in the list of offices to chart: its name, its check's name for a screen
 * reader, and the body it is grouped under, in the name display. */
static void
label_check_row (SuccessionChartPage *self,
                 GtkWidget           *row)
{
  SuccessionOffice *office = g_object_get_data (G_OBJECT (row), "office");
  GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");
  SuccessionBody *body = succession_office_get_body (office);
  g_autofree char *title = succession_format_office_name (office, self->name_display);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (body != NULL)
    g_object_set_data_full (G_OBJECT (row), "body-name", succession_format_body_name (body, self->name_display), g_free);
}

static void
rebuild_checks (SuccessionChartPage *self)
{
  g_autoptr(GPtrArray) grouped = NULL;
  GListModel *offices;
  guint n;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->offices_list))) != NULL)
    gtk_list_box_remove (self->offices_list, child);
  g_ptr_array_set_size (self->checks, 0);

  if (self->dataset == NULL)
    return;

  offices = succession_dataset_get_offices (self->dataset);
  n = g_list_model_get_n_items (offices);
  /* Grouped by body, the bodies in the order their first office comes in the file. */
  {
    g_autoptr(GPtrArray) bodies = g_ptr_array_new ();

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, i);
        SuccessionBody *body = succession_office_get_body (office);

        if (!g_ptr_array_find (bodies, body, NULL))
          g_ptr_array_add (bodies, body);
      }
    grouped = g_ptr_array_new_with_free_func (g_object_unref);
    for (guint b = 0; b < bodies->len; b++)
      for (guint i = 0; i < n; i++)
        {
          SuccessionOffice *office = g_list_model_get_item (offices, i);

          if (succession_office_get_body (office) == g_ptr_array_index (bodies, b))
            g_ptr_array_add (grouped, office);
          else
            g_object_unref (office);
        }
  }
  for (guint i = 0; i < grouped->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (grouped, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* Names are text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      g_object_set_data_full (G_OBJECT (row), "office", g_object_ref (office), g_object_unref);
      g_object_set_data (G_OBJECT (row), "check", check);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "office-id", g_strdup (succession_office_get_id (office)), g_free);
      label_check_row (self, row);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled), self, G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->offices_list, row);
      g_ptr_array_add (self->checks, check);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->offices_search), n > OFFICES_BEFORE_SEARCH);

  sync_checks (self);
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
    end = g_strdup (C_("tenure end", "present"));
  else
    end = succession_format_date (succession_tenure_get_end_date (tenure));

  /* Translators: a line of the chart's list: holder, office, start and end dates,
   * "Peng Zhen — Chairperson, 1983 – 1988" */
  return g_strdup_printf (_("%s — %s, %s – %s"), holder, office, start, end != NULL ? end : "");
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

/* Another name display: the offices' list, the chart and the tenures' lines renamed in place, so
 * the chart keeps its zoom and selection and the list its scroll (the lines follow on their own). */
static void
relabel (SuccessionChartPage *self)
{
  g_autoptr(SuccessionChartData) data = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->offices_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "office") != NULL)
      label_check_row (self, row);
  gtk_list_box_invalidate_headers (self->offices_list);

  /* A chart not drawn yet (no dataset) takes the names when it is. */
  if (succession_timeline_get_data (self->timeline) == NULL)
    return;
  data = succession_chart_data_new_today (self->shown, self->name_display);
  succession_timeline_relabel (self->timeline, data);
}

void
succession_chart_page_set_dataset (SuccessionChartPage *self,
                                   SuccessionDataset   *dataset)
{
  g_return_if_fail (SUCCESSION_IS_CHART_PAGE (self));
  g_return_if_fail (dataset == NULL || SUCCESSION_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  rebuild_chart (self);
  rebuild_checks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

const char * const *
succession_chart_page_get_selected_offices (SuccessionChartPage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_CHART_PAGE (self), NULL);
  return (const char * const *) self->selected_offices;
}

void
succession_chart_page_set_selected_offices (SuccessionChartPage *self,
                                            const char * const  *ids)
{
  g_return_if_fail (SUCCESSION_IS_CHART_PAGE (self));

  if (self->selected_offices != NULL && ids != NULL &&
      g_strv_equal ((const char * const *) self->selected_offices, ids))
    return;

  g_strfreev (self->selected_offices);
  self->selected_offices = g_strdupv ((char **) ids);
  rebuild_chart (self);
  sync_checks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_OFFICES]);
}

static GPtrArray *
succession_chart_page_dup_chart_offices (SuccessionChartSource *source)
{
  SuccessionChartPage *self = SUCCESSION_CHART_PAGE (source);
  GPtrArray *offices = g_ptr_array_sized_new (self->shown->len);

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
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);
  g_clear_object (&self->tenures);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
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
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SUCCESSION_TYPE_TIMELINE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (SUCCESSION_TYPE_LEGEND);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-chart-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, SuccessionChartPage, offices_list);
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

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
succession_chart_page_init (SuccessionChartPage *self)
{
  self->checks = g_ptr_array_new ();
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->tenures = g_list_store_new (SUCCESSION_TYPE_TENURE);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->offices_list, update_office_header, NULL, NULL);
  gtk_list_box_set_filter_func (self->offices_list, filter_office_row, self, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->tenures));
  succession_timeline_set_selection (self->timeline, GTK_SELECTION_MODEL (self->selection));
}
