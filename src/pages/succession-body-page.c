/* succession-body-page.c — a body: its organisation tree, leaders, founding and address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-body-page"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-property-row.h"
#include "succession-body-page.h"
#include "succession-navigation.h"

struct _SuccessionBodyPage
{
  GtkWidget parent_instance;

  SuccessionBody       *body;
  guint                 follow_source; /* one rebuild for the signals of one edit */
  SuccessionNameDisplay name_display;
  GPtrArray            *fact_rows;
  GtkWidget            *part_of_row;

  /* Template children */
  GtkWidget           *scroller;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkLabel            *description_label;
  AdwPreferencesGroup *facts_group;
  AdwPreferencesGroup *leaders_group;
  GtkListBox          *leaders_list;
  AdwPreferencesGroup *tree_group;
  GtkListView         *tree_view;
};

G_DEFINE_FINAL_TYPE (SuccessionBodyPage, succession_body_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BODY,
  PROP_NAME_DISPLAY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_fact (SuccessionBodyPage *self,
          const char         *title,
          const char         *value)
{
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;

  row = succession_property_row_new (title, value);
  adw_preferences_group_add (self->facts_group, row);
  g_ptr_array_add (self->fact_rows, row);
}

static GListModel *
create_children_model (gpointer item,
                       gpointer user_data)
{
  SuccessionBody *body = item;

  if (succession_body_get_n_children (body) == 0)
    return NULL;

  return g_object_ref (succession_body_get_children (body));
}

/* The row's name in the name display, for the eye and for a screen reader. */
static void
label_tree_row (SuccessionBodyPage *self,
                GtkListItem        *item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget      *expander = gtk_list_item_get_child (item);
  GtkWidget      *name = gtk_widget_get_first_child (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander)));
  g_autoptr(SuccessionBody) body = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  g_autofree char *label = NULL;

  if (body == NULL)
    return;

  label = succession_format_body_name (body, self->name_display);
  gtk_label_set_text (GTK_LABEL (name), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_tree_row_name_display (GtkListItem *item,
                          GParamSpec  *pspec,
                          gpointer     page)
{
  label_tree_row (SUCCESSION_BODY_PAGE (page), item);
}

static void
setup_tree_row (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SuccessionBodyPage       *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *rank = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_xalign (GTK_LABEL (rank), 1);
  gtk_widget_add_css_class (rank, "dim-label");
  gtk_widget_add_css_class (rank, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), rank);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_end (box, 12);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
  /* Another name display relabels the rows on screen; the list keeps its expansion. */
  g_signal_connect_object (self, "notify::name-display", G_CALLBACK (on_tree_row_name_display), item, G_CONNECT_SWAPPED);
}

static void
bind_tree_row (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               SuccessionBodyPage       *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget      *expander = gtk_list_item_get_child (item);
  GtkWidget      *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget      *rank = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));
  g_autoptr(SuccessionBody) body = gtk_tree_list_row_get_item (row);
  const char *rank_text = succession_format_text (succession_body_get_rank (body));

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (rank), rank_text != NULL ? rank_text : "");
  label_tree_row (self, item);
}

static void
on_tree_activated (SuccessionBodyPage *self,
                   guint               position,
                   GtkListView        *view)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (view)), position);
  g_autoptr(SuccessionBody) body = gtk_tree_list_row_get_item (row);

  succession_navigation_open_entity (GTK_WIDGET (self), G_OBJECT (body));
}

static void
on_leader_activated (SuccessionBodyPage *self,
                     GtkListBoxRow      *row,
                     GtkListBox         *list)
{
  SuccessionOffice *office = g_object_get_data (G_OBJECT (row), "office");

  if (office != NULL)
    succession_navigation_open_entity (GTK_WIDGET (self), G_OBJECT (office));
}

/* A leader's row: the office and whoever holds it today (every holder of a many-seat office). */
static void
label_leader_row (SuccessionBodyPage *self,
                  GtkWidget          *row)
{
  SuccessionOffice *office = g_object_get_data (G_OBJECT (row), "office");
  SuccessionTenure *incumbent = succession_office_get_incumbent (office);
  g_autofree char  *office_name = succession_format_office_name (office, self->name_display);
  g_autofree char  *holder = succession_format_holder (incumbent, self->name_display);

  for (guint j = 0; j < succession_office_get_n_tenures (office); j++)
    {
      SuccessionTenure *t = succession_office_get_tenure (office, j);

      if (t != incumbent && succession_tenure_get_end_status (t) == SUCCESSION_END_STATUS_ONGOING &&
          succession_tenure_get_person (t) != NULL)
        {
          g_autofree char *other = succession_format_holder (t, self->name_display);
          g_autofree char *joined = g_strconcat (holder, C_ ("list separator", ", "), other, NULL);
          g_free (holder);
          holder = g_steal_pointer (&joined);
        }
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), office_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), holder);
}

/* The offices of this body and of its descendants that have a holder today. */
static void
collect_leaders (SuccessionBodyPage *self,
                 SuccessionBody     *body,
                 guint               depth)
{
  GPtrArray  *offices = succession_body_get_offices (body);
  GListModel *children = succession_body_get_children (body);
  guint       n_children = g_list_model_get_n_items (children);

  for (guint i = 0; offices != NULL && i < offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (offices, i);
      SuccessionTenure *incumbent = succession_office_get_incumbent (office);
      GtkWidget        *row;

      if (incumbent == NULL || succession_office_is_synthesized (office))
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      /* Labelled by show_names. */
      g_object_set_data_full (G_OBJECT (row), "office", g_object_ref (office), g_object_unref);
      gtk_list_box_append (self->leaders_list, row);
    }

  /* Departments of a large body have leaders of their own; one level is enough here. */
  if (depth > 0)
    return;
  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(SuccessionBody) child = g_list_model_get_item (children, i);
      collect_leaders (self, child, depth + 1);
    }
}

/* Everything on the page that names a body, an office or a person in the name display: the
 * heading, the parent body, the leaders (the tree's rows follow on their own). */
static void
show_names (SuccessionBodyPage *self)
{
  g_autofree char *title = succession_format_body_name (self->body, self->name_display);
  /* The other script as the subtitle, as on an office's page. */
  g_autofree char *other = succession_format_body_name (self->body, succession_format_other_script (self->name_display));
  SuccessionBody  *parent = succession_body_get_parent (self->body);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, other);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), g_strcmp0 (title, other) != 0);

  if (parent != NULL && self->part_of_row != NULL)
    {
      g_autofree char *parent_name = succession_format_body_name (parent, self->name_display);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->part_of_row), parent_name);
    }

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->leaders_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    label_leader_row (self, row);
}

static void
rebuild (SuccessionBodyPage *self)
{
  g_autoptr(GtkTreeListModel) tree = NULL;
  GtkWidget  *child;
  const char *text;

  for (guint i = 0; i < self->fact_rows->len; i++)
    adw_preferences_group_remove (self->facts_group, g_ptr_array_index (self->fact_rows, i));
  g_ptr_array_set_size (self->fact_rows, 0);
  self->part_of_row = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->leaders_list))) != NULL)
    gtk_list_box_remove (self->leaders_list, child);

  if (self->body == NULL)
    {
      gtk_list_view_set_model (self->tree_view, NULL);
      return;
    }

  text = succession_format_text (succession_body_get_description (self->body));
  gtk_label_set_text (self->description_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), text != NULL);

  if (succession_body_get_parent (self->body) != NULL)
    {
      /* Named by show_names. */
      add_fact (self, _ ("Part of"), "…");
      self->part_of_row = g_ptr_array_index (self->fact_rows, self->fact_rows->len - 1);
    }
  add_fact (self, _ ("Rank"), succession_format_text (succession_body_get_rank (self->body)));
  if (succession_date_is_set (succession_body_get_founding_date (self->body)))
    {
      g_autofree char *founded = succession_format_date (succession_body_get_founding_date (self->body));
      add_fact (self, _ ("Founded"), founded);
    }
  if (succession_date_is_set (succession_body_get_dissolution_date (self->body)))
    {
      g_autofree char *dissolved = succession_format_date (succession_body_get_dissolution_date (self->body));
      add_fact (self, _ ("Dissolved"), dissolved);
    }
  if ((text = succession_format_text (succession_body_get_predecessor_name (self->body))) != NULL)
    {
      g_autofree char *predecessor = NULL;

      if (succession_date_is_set (succession_body_get_predecessor_founding_date (self->body)))
        {
          g_autofree char *since = succession_format_date (succession_body_get_predecessor_founding_date (self->body));
          g_autofree char *name = succession_format_isolate (text);

          /* Translators: a predecessor body and when it was founded: "the Secretariat (from October 1949)". */
          predecessor = g_strdup_printf (_ ("%s (from %s)"), name, since);
        }
      add_fact (self, _ ("Predecessor"), predecessor != NULL ? predecessor : text);
    }
  add_fact (self, _ ("Address"), succession_format_text (succession_body_get_address (self->body)));
  gtk_widget_set_visible (GTK_WIDGET (self->facts_group), self->fact_rows->len > 0);

  collect_leaders (self, self->body, 0);
  show_names (self);
  gtk_widget_set_visible (GTK_WIDGET (self->leaders_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->leaders_list)) != NULL);

  if (succession_body_get_n_children (self->body) > 0)
    {
      g_autoptr(GtkSingleSelection) selection = NULL;

      tree = gtk_tree_list_model_new (g_object_ref (succession_body_get_children (self->body)),
                                      FALSE, FALSE, create_children_model, NULL, NULL);
      selection = gtk_single_selection_new (G_LIST_MODEL (g_steal_pointer (&tree)));
      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
      gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (selection));
      gtk_widget_set_visible (GTK_WIDGET (self->tree_group), TRUE);
    }
  else
    {
      gtk_list_view_set_model (self->tree_view, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->tree_group), FALSE);
    }
}

static void
succession_body_page_dispose (GObject *object)
{
  SuccessionBodyPage *self = SUCCESSION_BODY_PAGE (object);

  g_clear_handle_id (&self->follow_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_BODY_PAGE);
  /* Template children that are not bound to a field are unparented here. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->body);
  g_clear_pointer (&self->fact_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_body_page_parent_class)->dispose (object);
}

static void
succession_body_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SuccessionBodyPage *self = SUCCESSION_BODY_PAGE (object);

  switch (prop_id)
    {
    case PROP_BODY:
      g_value_set_object (value, self->body);
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
succession_body_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SuccessionBodyPage *self = SUCCESSION_BODY_PAGE (object);

  switch (prop_id)
    {
    case PROP_BODY:
      succession_body_page_set_body (self, g_value_get_object (value));
      break;
    case PROP_NAME_DISPLAY:
      if (self->name_display != (SuccessionNameDisplay) g_value_get_enum (value))
        {
          self->name_display = g_value_get_enum (value);
          if (self->body != NULL)
            show_names (self);
          g_object_notify_by_pspec (object, pspec);
          g_object_notify_by_pspec (object, properties[PROP_TITLE]);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Edit Body…, Add Department…, Add Office… and Remove Body… are the window's, for this body. */
static void
body_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SuccessionBodyPage *self = SUCCESSION_BODY_PAGE (widget);
  const char         *window_action;

  if (self->body == NULL)
    return;
  if (g_str_equal (action_name, "body.edit"))
    window_action = "win.edit-body";
  else if (g_str_equal (action_name, "body.add-department"))
    window_action = "win.add-body";
  else if (g_str_equal (action_name, "body.add-office"))
    window_action = "win.add-office";
  else
    window_action = "win.remove-body";
  gtk_widget_activate_action (widget, window_action, "s", succession_body_get_id (self->body));
}

static void
succession_body_page_class_init (SuccessionBodyPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_body_page_dispose;
  object_class->get_property = succession_body_page_get_property;
  object_class->set_property = succession_body_page_set_property;

  properties[PROP_BODY] =
    g_param_spec_object ("body", NULL, NULL, SUCCESSION_TYPE_BODY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-body-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, leaders_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, leaders_list);
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, tree_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionBodyPage, tree_view);
  gtk_widget_class_bind_template_callback (widget_class, on_tree_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_leader_activated);
  gtk_widget_class_install_action (widget_class, "body.edit", NULL, body_record_action);
  gtk_widget_class_install_action (widget_class, "body.add-department", NULL, body_record_action);
  gtk_widget_class_install_action (widget_class, "body.add-office", NULL, body_record_action);
  gtk_widget_class_install_action (widget_class, "body.remove", NULL, body_record_action);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
succession_body_page_init (SuccessionBodyPage *self)
{
  GtkListItemFactory *factory;

  self->fact_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_tree_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_tree_row), self, 0);
  gtk_list_view_set_factory (self->tree_view, factory);
  g_object_unref (factory);
}

SuccessionBody *
succession_body_page_get_body (SuccessionBodyPage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_BODY_PAGE (self), NULL);
  return self->body;
}

static gboolean
follow_now (gpointer data)
{
  SuccessionBodyPage *self = data;

  self->follow_source = 0;
  if (self->body != NULL)
    rebuild (self);
  return G_SOURCE_REMOVE;
}

void
succession_body_page_follow_tenures (SuccessionBodyPage *self,
                                     SuccessionOffice   *office)
{
  g_return_if_fail (SUCCESSION_IS_BODY_PAGE (self));

  /* One edit tells of each office it touched: the page is made once, before the frame. */
  if (self->body != NULL && self->follow_source == 0)
    self->follow_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, follow_now, self, NULL);
}

void
succession_body_page_set_body (SuccessionBodyPage *self,
                               SuccessionBody     *body)
{
  g_return_if_fail (SUCCESSION_IS_BODY_PAGE (self));

  if (!g_set_object (&self->body, body))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}
