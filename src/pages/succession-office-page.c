/* succession-office-page.c — an office: its holders, its facts, its description
 *
 * The holder table is declared in the .ui (selection -> sort -> rows); this file feeds it
 * rows and answers its actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-office-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "succession-accessible.h"
#include "succession-chart-source.h"
#include "succession-citation.h"
#include "succession-holder-details.h"
#include "succession-property-row.h"
#include "succession-holder-row.h"
#include "succession-office-page.h"
#include "succession-timeline.h"
#include "succession-navigation.h"

struct _SuccessionOfficePage
{
  GtkWidget parent_instance;

  SuccessionOffice     *office;
  SuccessionNameDisplay name_display;
  GPtrArray            *infobox_rows;

  /* Template children */
  GtkWidget           *box;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkLabel            *description_label;
  AdwPreferencesGroup *infobox_group;
  GtkColumnView       *holders_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  AdwViewStack        *stack;
  SuccessionTimeline  *timeline;
  GtkColumnViewColumn *chairs_column;
  GtkColumnViewColumn *note_column;
  GtkStack            *holders_stack;
  GtkListView         *holders_list;
  gboolean             narrow;
  guint                narrow_idle;
  GtkLabel            *alongside_label;
};

static void succession_office_page_chart_source_init (SuccessionChartSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SuccessionOfficePage, succession_office_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (SUCCESSION_TYPE_CHART_SOURCE, succession_office_page_chart_source_init))

enum {
  PROP_0,
  PROP_OFFICE,
  PROP_NAME_DISPLAY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
infobox_label (const char *key)
{
  static const struct
  {
    const char *key;
    const char *label;
  } labels[] = {
    { "appointer", N_ ("Appointer") },
    { "nominator", N_ ("Nominator") },
    { "term_length", N_ ("Term length") },
    { "term_limits", N_ ("Term limits") },
    { "rank", N_ ("Rank") },
    { "member_of", N_ ("Member of") },
    { "department", N_ ("Department") },
    { "deputy", N_ ("Deputy") },
    { "constituting_instrument", N_ ("Constituting instrument") },
    { "residence", N_ ("Residence") },
    { "insignia_caption", N_ ("Insignia") },
    { "type", N_ ("Type") },
    { "inaugural", N_ ("Inaugural holder") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (key, labels[i].key))
      return _ (labels[i].label);

  /* A key of another producer's file: show it as written. */
  return key;
}

static SuccessionHolderRow *
selected_row (SuccessionOfficePage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (SuccessionOfficePage *self)
{
  SuccessionHolderRow *row = selected_row (self);
  SuccessionTenure    *tenure = row != NULL ? succession_holder_row_get_tenure (row) : NULL;
  GPtrArray           *sources = tenure != NULL ? succession_tenure_get_sources (tenure) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.copy-citation", sources != NULL && sources->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.show-sources", sources != NULL && sources->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.edit-tenure",
                                 tenure != NULL && succession_tenure_get_id (tenure) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.remove-tenure",
                                 tenure != NULL && succession_tenure_get_id (tenure) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.open-person",
                                 tenure != NULL && succession_tenure_get_person (tenure) != NULL);
}

/* Who sat beside the selected holder on the councils of the office (the Council of
 * Chairpersons for a Secretary-General), derived from the councils' member offices. */
static void
update_alongside (SuccessionOfficePage *self)
{
  SuccessionHolderRow *row = selected_row (self);
  SuccessionTenure    *tenure = row != NULL ? succession_holder_row_get_tenure (row) : NULL;
  GPtrArray           *councils = self->office != NULL ? succession_office_get_councils (self->office) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; tenure != NULL && councils != NULL && i < councils->len; i++)
    {
      SuccessionBody  *council = g_ptr_array_index (councils, i);
      g_autofree char *members = succession_format_council_members_during (council, tenure, self->name_display);
      g_autofree char *council_name = NULL;

      if (members == NULL)
        continue;
      council_name = succession_format_body_name (council, self->name_display);
      if (text->len > 0)
        g_string_append (text, "\n\n");
      /* Translators: heads the list of who sat on a council (%s, such as "Council of
       * Chairpersons of the NPC Standing Committee") with the selected holder. */
      g_string_append_printf (text, _ ("Alongside on the %s during this tenure:"), council_name);
      g_string_append_c (text, '\n');
      g_string_append (text, members);
    }

  gtk_label_set_text (self->alongside_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->alongside_label), text->len > 0);
}

static void
clear_infobox (SuccessionOfficePage *self)
{
  for (guint i = 0; i < self->infobox_rows->len; i++)
    adw_preferences_group_remove (self->infobox_group, g_ptr_array_index (self->infobox_rows, i));
  g_ptr_array_set_size (self->infobox_rows, 0);
}

static void
add_infobox_row (SuccessionOfficePage *self,
                 const char           *title,
                 const char           *value)
{
  GtkWidget *row = succession_property_row_new (title, value);

  adw_preferences_group_add (self->infobox_group, row);
  g_ptr_array_add (self->infobox_rows, row);
}

/* Everything on the page that names someone or something in the name display: the heading,
 * the infobox, the chair column's title. */
static void
show_heading (SuccessionOfficePage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *other = NULL;
  const char      *description;
  SuccessionBody  *body;

  clear_infobox (self);

  title = succession_format_office_name (self->office, self->name_display);
  /* The other script as the subtitle, so both forms are always at hand. */
  other = succession_format_office_name (self->office, succession_format_other_script (self->name_display));
  body = succession_office_get_body (self->office);
  if (body != NULL && succession_office_is_synthesized (self->office))
    {
      g_autofree char *body_name = succession_format_body_name (body, self->name_display);
      g_free (other);
      other = g_steal_pointer (&body_name);
    }

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, g_strcmp0 (title, other) != 0 ? other : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), g_strcmp0 (title, other) != 0);

  description = succession_format_text (succession_office_get_description (self->office));
  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);

  if (body != NULL)
    {
      g_autofree char *body_name = succession_format_body_name (body, self->name_display);
      add_infobox_row (self, _ ("Body"), body_name);
    }

  {
    g_autofree char *seats = g_strdup_printf ("%u", succession_office_get_seats (self->office));
    if (succession_office_get_seats (self->office) > 1)
      add_infobox_row (self, _ ("Seats"), seats);
  }

  for (guint i = 0; i < succession_office_get_n_infobox (self->office); i++)
    {
      const SuccessionText *value = NULL;
      const char           *key = succession_office_get_infobox (self->office, i, &value);
      const char           *text = succession_format_text (value);

      if (text != NULL)
        add_infobox_row (self, infobox_label (key), text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->infobox_group), self->infobox_rows->len > 0);

  /* The column names the office it shows: the chair of the body for a Secretary-General, the
   * Secretary-General for a Deputy; an office that answers to none has no such column. */
  {
    SuccessionOffice *chair_office = succession_office_get_chair_office (self->office);
    g_autofree char  *chair_name = chair_office != NULL ? succession_format_office_name (chair_office, self->name_display) : NULL;
    /* Translators: title of the column that names who held the office this one answers to
     * (%s, such as "Secretary-General of the CPPCC National Committee") at the time. */
    g_autofree char *column_title = chair_name != NULL ? g_strdup_printf (C_ ("holders column", "%s at the Time"), chair_name) : NULL;

    gtk_column_view_column_set_visible (self->chairs_column, chair_office != NULL);
    gtk_column_view_column_set_title (self->chairs_column, column_title != NULL ? column_title : "");
  }
}

/* Notes are the dataset's own remarks on a tenure; an office whose tenures have none has no
 * column for them. */
static void
show_note_column (SuccessionOfficePage *self,
                  GListModel           *rows)
{
  gboolean any_note = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (rows) && !any_note; i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (rows, i);

      any_note = succession_holder_row_get_note (row) != NULL;
    }
  gtk_column_view_column_set_visible (self->note_column, any_note);
}

/* The timeline draws the same tenures and shares the table's selection. */
static void
show_chart (SuccessionOfficePage *self)
{
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  g_autoptr(SuccessionChartData) data = NULL;

  g_ptr_array_add (offices, self->office);
  data = succession_chart_data_new_today (offices, self->name_display);
  succession_timeline_set_data (self->timeline, data);
}

static void
rebuild (SuccessionOfficePage *self)
{
  g_autoptr(GListModel) rows = NULL;

  if (self->office == NULL)
    {
      clear_infobox (self);
      gtk_sort_list_model_set_model (self->sort_model, NULL);
      succession_timeline_set_data (self->timeline, NULL);
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      gtk_label_set_text (self->description_label, "");
      update_actions (self);
      update_alongside (self);
      return;
    }

  show_heading (self);
  rows = succession_holder_rows_new (self->office, self->name_display);
  gtk_sort_list_model_set_model (self->sort_model, rows);
  show_note_column (self, rows);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  show_chart (self);
  update_actions (self);
  update_alongside (self);
}

/* The same office in an edited dataset: the rows take its tenures in place, so the table lays out
 * and draws again only the rows the edit changed, and keeps its sort and scroll. */
static void
follow_edit (SuccessionOfficePage *self)
{
  GListModel *rows = gtk_sort_list_model_get_model (self->sort_model);

  show_heading (self);
  if (succession_holder_rows_update (rows, self->office, self->name_display))
    {
      GtkSorter *sorter = gtk_sort_list_model_get_sorter (self->sort_model);

      if (sorter != NULL)
        gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
    }
  show_note_column (self, rows);
  show_chart (self);
  update_actions (self);
  update_alongside (self);
}

/* Another name display: the same rows and chart under new names, in place, so the selection,
 * the sort and the chart's window stay where the reader left them. */
static void
relabel (SuccessionOfficePage *self)
{
  GListModel *rows = gtk_sort_list_model_get_model (self->sort_model);
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();
  g_autoptr(SuccessionChartData) data = NULL;

  if (self->office == NULL || rows == NULL)
    {
      rebuild (self);
      return;
    }

  show_heading (self);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (rows, i);

      succession_holder_row_set_display (row, self->name_display);
    }
  g_ptr_array_add (offices, self->office);
  data = succession_chart_data_new_today (offices, self->name_display);
  succession_timeline_relabel (self->timeline, data);
  update_alongside (self);
}

static char **
holder_kind_classes (gpointer             unused,
                     SuccessionHolderRow *row)
{
  SuccessionTenureKind kind = SUCCESSION_TENURE_KIND_REGULAR;
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SUCCESSION_TYPE_TENURE_KIND);
  GEnumValue *value;

  if (row != NULL)
    g_object_get (row, "kind", &kind, NULL);
  /* The kind's nick is its style class: "acting", "vacancy" (style.css), "honorary". */
  value = g_enum_get_value (kinds, kind);
  if (kind == SUCCESSION_TENURE_KIND_REGULAR || value == NULL)
    return g_new0 (char *, 1);
  return g_strdupv ((char *[]){ (char *) value->value_nick, NULL });
}

static void
open_person_of (SuccessionOfficePage *self,
                SuccessionHolderRow  *row)
{
  SuccessionTenure *tenure = row != NULL ? succession_holder_row_get_tenure (row) : NULL;
  SuccessionPerson *person = tenure != NULL ? succession_tenure_get_person (tenure) : NULL;

  if (person != NULL)
    succession_navigation_open_entity (GTK_WIDGET (self), G_OBJECT (person));
}

static void
on_holder_activated (SuccessionOfficePage *self,
                     guint                 position,
                     GtkColumnView        *view)
{
  g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  open_person_of (self, row);
}

static void
open_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (widget);

  open_person_of (self, selected_row (self));
}

/* office.copy-citation, office.edit-tenure, office.remove-tenure: the window's action of the same
 * name (win.…) for the selected tenure. */
static void
selected_tenure_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (widget);
  SuccessionHolderRow  *row = selected_row (self);
  SuccessionTenure     *tenure = row != NULL ? succession_holder_row_get_tenure (row) : NULL;
  g_autofree char      *window_action = g_strconcat ("win.", strchr (action_name, '.') + 1, NULL);

  if (tenure != NULL && succession_tenure_get_id (tenure) != NULL)
    gtk_widget_activate_action (widget, window_action, "s", succession_tenure_get_id (tenure));
}

static void
add_tenure_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (widget);

  if (self->office != NULL)
    gtk_widget_activate_action (widget, "win.add-tenure", "s", succession_office_get_id (self->office));
}

/* Edit Office…, Add Office… (to this office's body) and Remove Office… are the window's. */
static void
office_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (widget);
  SuccessionBody       *body;

  if (self->office == NULL)
    return;
  body = succession_office_get_body (self->office);
  if (g_str_equal (action_name, "office.add-office"))
    gtk_widget_activate_action (widget, "win.add-office", "s", body != NULL ? succession_body_get_id (body) : "");
  else
    gtk_widget_activate_action (widget, g_str_equal (action_name, "office.edit-office") ? "win.edit-office" : "win.remove-office",
                                "s", succession_office_get_id (self->office));
}

/* Every source of the selected tenure, each a link a reader can follow; the best first. */
static void
show_sources_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (widget);
  SuccessionHolderRow  *row = selected_row (self);
  SuccessionTenure     *tenure = row != NULL ? succession_holder_row_get_tenure (row) : NULL;
  GPtrArray            *sources = tenure != NULL ? succession_tenure_get_sources (tenure) : NULL;
  g_autofree char      *fact = NULL;

  if (sources == NULL || sources->len == 0)
    return;

  fact = succession_citation_fact (tenure, self->name_display);
  succession_holder_details_present_sources (widget, row, fact);
}

/* ---------------------------------------------------------------------------------------- */
/* The narrow page: a list of holders, the details behind a tap                              */

/* Below this width the nine columns cannot be read: a list of holders takes the table's place. */
#define NARROW_WIDTH 600

static gboolean
switch_layout (gpointer user_data)
{
  SuccessionOfficePage *self = user_data;

  self->narrow_idle = 0;
  gtk_stack_set_visible_child_name (self->holders_stack, self->narrow ? "list" : "table");
  return G_SOURCE_REMOVE;
}

static void
succession_office_page_measure (GtkWidget     *widget,
                                GtkOrientation orientation,
                                int            for_size,
                                int           *minimum,
                                int           *natural,
                                int           *minimum_baseline,
                                int           *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

/* libadwaita 1.2 has no breakpoints: the page watches its own width and switches between the
 * table and the list after the allocation, not during it. */
static void
succession_office_page_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (widget);
  gboolean              narrow = width < NARROW_WIDTH;
  GtkWidget            *child = gtk_widget_get_first_child (widget);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);

  if (narrow != self->narrow || (self->narrow_idle == 0 &&
                                 g_strcmp0 (gtk_stack_get_visible_child_name (self->holders_stack), narrow ? "list" : "table") != 0))
    {
      self->narrow = narrow;
      if (self->narrow_idle == 0)
        self->narrow_idle = g_idle_add (switch_layout, self);
    }
}

static void
on_holder_list_activated (SuccessionOfficePage *self,
                          guint                 position,
                          GtkListView          *list)
{
  g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  succession_holder_details_present (GTK_WIDGET (self), row,
                                     gtk_column_view_column_get_title (self->chairs_column));
}

static void
on_selection_changed (SuccessionOfficePage *self)
{
  update_actions (self);
  update_alongside (self);
}

static void
succession_office_page_dispose (GObject *object)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (object);

  g_clear_handle_id (&self->narrow_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_OFFICE_PAGE);
  /* Template children that are not bound to a field are unparented here. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->office);
  g_clear_pointer (&self->infobox_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_office_page_parent_class)->dispose (object);
}

static void
succession_office_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (object);

  switch (prop_id)
    {
    case PROP_OFFICE:
      g_value_set_object (value, self->office);
      break;
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_office_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (object);

  switch (prop_id)
    {
    case PROP_OFFICE:
      succession_office_page_set_office (self, g_value_get_object (value));
      break;
    case PROP_NAME_DISPLAY:
      if (self->name_display != (SuccessionNameDisplay) g_value_get_enum (value))
        {
          self->name_display = g_value_get_enum (value);
          relabel (self);
          g_object_notify_by_pspec (object, pspec);
          g_object_notify_by_pspec (object, properties[PROP_TITLE]);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_office_page_class_init (SuccessionOfficePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_office_page_dispose;
  object_class->get_property = succession_office_page_get_property;
  object_class->set_property = succession_office_page_set_property;

  properties[PROP_OFFICE] =
    g_param_spec_object ("office", NULL, NULL, SUCCESSION_TYPE_OFFICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SUCCESSION_TYPE_HOLDER_ROW);
  g_type_ensure (SUCCESSION_TYPE_TIMELINE);

  /* No layout manager: the page lays out its one child itself, so it sees its width change. */
  widget_class->measure = succession_office_page_measure;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-office-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, box);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, description_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, infobox_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, holders_view);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, selection);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, chairs_column);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, note_column);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, stack);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, timeline);
  gtk_widget_class_bind_template_callback (widget_class, on_holder_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_holder_list_activated);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, holders_stack);
  gtk_widget_class_bind_template_child (widget_class, SuccessionOfficePage, holders_list);
  widget_class->size_allocate = succession_office_page_size_allocate;
  gtk_widget_class_bind_template_callback (widget_class, holder_kind_classes);

  gtk_widget_class_install_action (widget_class, "office.copy-citation", NULL, selected_tenure_action);
  gtk_widget_class_install_action (widget_class, "office.show-sources", NULL, show_sources_action);
  gtk_widget_class_install_action (widget_class, "office.open-person", NULL, open_person_action);
  gtk_widget_class_install_action (widget_class, "office.edit-tenure", NULL, selected_tenure_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "office.edit-tenure", NULL);
  gtk_widget_class_install_action (widget_class, "office.remove-tenure", NULL, selected_tenure_action);
  gtk_widget_class_install_action (widget_class, "office.add-tenure", NULL, add_tenure_action);
  gtk_widget_class_install_action (widget_class, "office.edit-office", NULL, office_record_action);
  gtk_widget_class_install_action (widget_class, "office.add-office", NULL, office_record_action);
  gtk_widget_class_install_action (widget_class, "office.remove-office", NULL, office_record_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "office.add-tenure", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "office.remove-tenure", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "office.copy-citation", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
succession_office_page_init (SuccessionOfficePage *self)
{
  self->infobox_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  succession_accessible_set_row_sentence (self->holders_view, succession_accessible_holder_sentence, NULL);

  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (succession_holder_details_setup_row), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (succession_holder_details_bind_row), NULL);
    gtk_list_view_set_factory (self->holders_list, factory);
    g_object_unref (factory);
  }

  /* Below the views, so the table, the timeline and About all show it for their selection. */
  self->alongside_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->alongside_label, TRUE);
  gtk_label_set_xalign (self->alongside_label, 0);
  gtk_label_set_selectable (self->alongside_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->alongside_label), "alongside");
  gtk_widget_set_margin_start (GTK_WIDGET (self->alongside_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->alongside_label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->alongside_label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->alongside_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->alongside_label), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->alongside_label));

  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
  update_alongside (self);
}

/* Its chart is of its office alone. */
static GPtrArray *
succession_office_page_dup_chart_offices (SuccessionChartSource *source)
{
  SuccessionOfficePage *self = SUCCESSION_OFFICE_PAGE (source);
  GPtrArray            *offices = g_ptr_array_new ();

  if (self->office != NULL)
    g_ptr_array_add (offices, self->office);
  return offices;
}

static SuccessionChartData *
succession_office_page_get_chart_data (SuccessionChartSource *source)
{
  return succession_timeline_get_data (SUCCESSION_OFFICE_PAGE (source)->timeline);
}

static void
succession_office_page_chart_source_init (SuccessionChartSourceInterface *iface)
{
  iface->dup_chart_offices = succession_office_page_dup_chart_offices;
  iface->get_chart_data = succession_office_page_get_chart_data;
}

SuccessionOffice *
succession_office_page_get_office (SuccessionOfficePage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE_PAGE (self), NULL);
  return self->office;
}

void
succession_office_page_set_office (SuccessionOfficePage *self,
                                   SuccessionOffice     *office)
{
  gboolean same;

  g_return_if_fail (SUCCESSION_IS_OFFICE_PAGE (self));
  g_return_if_fail (office == NULL || SUCCESSION_IS_OFFICE (office));

  if (self->office == office)
    return;
  /* The office shown, from an edited dataset (the window keeps the page through an edit). */
  same = self->office != NULL && office != NULL && gtk_sort_list_model_get_model (self->sort_model) != NULL &&
         g_strcmp0 (succession_office_get_id (self->office), succession_office_get_id (office)) == 0;
  g_set_object (&self->office, office);

  /* An office the loader made up from a file without posts has no record to edit or remove. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.edit-office", office != NULL && !succession_office_is_synthesized (office));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "office.remove-office", office != NULL && !succession_office_is_synthesized (office));
  if (same)
    follow_edit (self);
  else
    {
      rebuild (self);
      adw_view_stack_set_visible_child_name (self->stack, "holders");
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
succession_office_page_follow_tenures (SuccessionOfficePage *self,
                                       SuccessionOffice     *office)
{
  g_return_if_fail (SUCCESSION_IS_OFFICE_PAGE (self));

  if (self->office == NULL)
    return;
  if (office == self->office)
    {
      /* Its label may be what changed. */
      follow_edit (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  else
    /* Another office's holders may have sat on a council beside the one selected. */
    update_alongside (self);
}

GtkSingleSelection *
succession_office_page_get_selection (SuccessionOfficePage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_OFFICE_PAGE (self), NULL);
  return self->selection;
}

void
succession_office_page_select_tenure (SuccessionOfficePage *self,
                                      SuccessionTenure     *tenure)
{
  GListModel *model;
  guint       n;

  g_return_if_fail (SUCCESSION_IS_OFFICE_PAGE (self));

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (model, i);

      if (succession_holder_row_get_tenure (row) == tenure)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->holders_view), "list.scroll-to-item", "u", i);
          return;
        }
    }
}
