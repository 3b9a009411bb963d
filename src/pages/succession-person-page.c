/* succession-person-page.c — a person: names in every script, life dates, every tenure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-property-row.h"
#include "succession-person-page.h"
#include "succession-navigation.h"

struct _SuccessionPersonPage
{
  GtkWidget parent_instance;

  SuccessionPerson     *person;
  guint                 follow_source; /* one rebuild for the signals of one edit */
  SuccessionNameDisplay name_display;
  GPtrArray            *name_rows;

  /* Template children */
  GtkWidget           *scroller;
  GtkLabel            *title_label;
  AdwPreferencesGroup *names_group;
  GtkListBox          *tenures_list;
};

G_DEFINE_FINAL_TYPE (SuccessionPersonPage, succession_person_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_NAME_DISPLAY,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_name_row (SuccessionPersonPage *self,
              const char           *title,
              const char           *value)
{
  /* A name alone in its row still needs isolating: Pango would take the row's direction from
   * a leading override. */
  g_autofree char *shown = succession_format_isolate (value);
  GtkWidget       *row = succession_property_row_new (title, shown);

  adw_preferences_group_add (self->names_group, row);
  g_ptr_array_add (self->name_rows, row);
}

static const char *
language_label (const char *key)
{
  if (g_str_equal (key, "zh-Hans"))
    return _ ("Simplified Chinese");
  if (g_str_equal (key, "zh-Hant"))
    return _ ("Traditional Chinese");
  if (g_str_equal (key, "zh-Latn-pinyin"))
    return _ ("Pinyin");
  if (g_str_equal (key, "zh-Latn"))
    return _ ("Chinese in Latin letters");
  if (g_str_equal (key, "en"))
    return _ ("English");
  if (g_str_equal (key, "und"))
    return _ ("Other name");
  return key;
}

static void
copy_citation_clicked (GtkButton        *button,
                       SuccessionTenure *tenure)
{
  if (succession_tenure_get_id (tenure) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (button), "win.copy-citation", "s", succession_tenure_get_id (tenure));
}

/* The row's title and subtitle: the office and the span, in the name display. */
static void
label_tenure_row (SuccessionPersonPage *self,
                  GtkWidget            *row)
{
  SuccessionTenure *tenure = g_object_get_data (G_OBJECT (row), "tenure");
  SuccessionOffice *office = succession_tenure_get_office (tenure);
  SuccessionBody   *body = office != NULL ? succession_office_get_body (office) : NULL;
  g_autofree char  *office_name = office != NULL ? succession_format_office_name (office, self->name_display) : g_strdup ("?");
  g_autofree char  *start = succession_format_date (succession_tenure_get_start_date (tenure));
  g_autofree char  *end = NULL;
  g_autofree char  *terms = succession_format_terms (tenure);
  g_autofree char  *subtitle = NULL;
  g_autofree char  *title = NULL;

  switch (succession_tenure_get_end_status (tenure))
    {
    case SUCCESSION_END_STATUS_ONGOING:
      end = g_strdup (_ ("in office"));
      break;
    case SUCCESSION_END_STATUS_UNKNOWN:
      end = g_strdup (_ ("end unknown"));
      break;
    default:
      end = succession_format_date (succession_tenure_get_end_date (tenure));
      break;
    }

  if (succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_ACTING)
    /* Translators: an office held in an acting capacity; %s is the office. */
    title = g_strdup_printf (_ ("%s (acting)"), office_name);
  else
    title = g_steal_pointer (&office_name);

  if (*terms != '\0')
    /* Translators: a tenure's span and terms: "September 1954 – January 1965 · 1st, 2nd". */
    subtitle = g_strdup_printf (_ ("%s – %s · %s"), *start ? start : "?", end, terms);
  else
    /* Translators: a tenure's span: "September 1954 – January 1965". */
    subtitle = g_strdup_printf (_ ("%s – %s"), *start ? start : "?", end);

  if (body != NULL && succession_office_is_synthesized (office))
    {
      g_autofree char *body_name = succession_format_body_name (body, self->name_display);
      g_autofree char *longer = g_strdup_printf ("%s · %s", body_name, subtitle);
      g_free (subtitle);
      subtitle = g_steal_pointer (&longer);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static GtkWidget *
tenure_row_new (SuccessionPersonPage *self,
                SuccessionTenure     *tenure)
{
  SuccessionOffice *office = succession_tenure_get_office (tenure);
  GPtrArray        *sources = succession_tenure_get_sources (tenure);
  GtkWidget        *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), office != NULL);
  g_object_set_data_full (G_OBJECT (row), "tenure", g_object_ref (tenure), g_object_unref);
  label_tenure_row (self, row);

  if (sources != NULL && sources->len > 0)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("edit-copy-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _ ("Copy Citation"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Copy Citation"), -1);
      g_signal_connect_object (button, "clicked", G_CALLBACK (copy_citation_clicked), tenure, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  if (succession_tenure_get_id (tenure) != NULL)
    {
      /* Edit Tenure… of this tenure (the window's editor). */
      GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _ ("Edit Tenure"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Edit Tenure"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.edit-tenure");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", succession_tenure_get_id (tenure));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  if (office != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static void
on_tenure_activated (SuccessionPersonPage *self,
                     GtkListBoxRow        *row,
                     GtkListBox           *list)
{
  SuccessionTenure *tenure = g_object_get_data (G_OBJECT (row), "tenure");
  SuccessionOffice *office = tenure != NULL ? succession_tenure_get_office (tenure) : NULL;

  if (office != NULL)
    succession_navigation_open_entity (GTK_WIDGET (self), G_OBJECT (office));
}

static void
rebuild (SuccessionPersonPage *self)
{
  GtkWidget            *child;
  g_autofree char      *title = NULL;
  const SuccessionText *names;
  guint                 n_names;

  for (guint i = 0; i < self->name_rows->len; i++)
    adw_preferences_group_remove (self->names_group, g_ptr_array_index (self->name_rows, i));
  g_ptr_array_set_size (self->name_rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tenures_list))) != NULL)
    gtk_list_box_remove (self->tenures_list, child);

  if (self->person == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      return;
    }

  title = succession_format_person_name (self->person, self->name_display);
  gtk_label_set_text (self->title_label, title);

  add_name_row (self, _ ("Name"), succession_person_get_name (self->person));
  names = succession_person_get_names (self->person);
  n_names = succession_text_get_n (names);
  for (guint i = 0; i < n_names; i++)
    {
      const char *key = NULL;
      const char *name = succession_text_get_nth (names, i, &key);

      add_name_row (self, language_label (key), name);
    }

  if (succession_date_is_set (succession_person_get_birth_date (self->person)))
    {
      g_autofree char *born = succession_format_date (succession_person_get_birth_date (self->person));
      add_name_row (self, _ ("Born"), born);
    }
  if (succession_date_is_set (succession_person_get_death_date (self->person)))
    {
      g_autofree char *died = succession_format_date (succession_person_get_death_date (self->person));
      add_name_row (self, _ ("Died"), died);
    }
  if (succession_person_get_wikidata (self->person) != NULL)
    add_name_row (self, _ ("Wikidata"), succession_person_get_wikidata (self->person));

  {
    GListModel *tenures = succession_person_get_tenures (self->person);
    guint       n = g_list_model_get_n_items (tenures);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(SuccessionTenure) tenure = g_list_model_get_item (tenures, i);
        gtk_list_box_append (self->tenures_list, tenure_row_new (self, tenure));
      }
  }
}

/* Another name display: the heading and the tenures' rows take the new names in place, so focus
 * and scrolling stay where the reader left them (the names' own rows list every script anyway). */
static void
relabel (SuccessionPersonPage *self)
{
  g_autofree char *title = NULL;

  if (self->person == NULL)
    return;

  title = succession_format_person_name (self->person, self->name_display);
  gtk_label_set_text (self->title_label, title);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->tenures_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    label_tenure_row (self, row);
}

/* Edit and Remove are the window's, for this page's person. */
static void
person_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SuccessionPersonPage *self = SUCCESSION_PERSON_PAGE (widget);

  if (self->person == NULL)
    return;
  gtk_widget_activate_action (widget, g_str_equal (action_name, "person.edit") ? "win.edit-person" : "win.remove-person",
                              "s", succession_person_get_id (self->person));
}

static void
succession_person_page_dispose (GObject *object)
{
  SuccessionPersonPage *self = SUCCESSION_PERSON_PAGE (object);

  g_clear_handle_id (&self->follow_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_PERSON_PAGE);
  /* Template children that are not bound to a field are unparented here. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->person);
  g_clear_pointer (&self->name_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_person_page_parent_class)->dispose (object);
}

static void
succession_person_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SuccessionPersonPage *self = SUCCESSION_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, self->person);
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
succession_person_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SuccessionPersonPage *self = SUCCESSION_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      succession_person_page_set_person (self, g_value_get_object (value));
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
succession_person_page_class_init (SuccessionPersonPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_person_page_dispose;
  object_class->get_property = succession_person_page_get_property;
  object_class->set_property = succession_person_page_set_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, SUCCESSION_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionPersonPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SuccessionPersonPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionPersonPage, names_group);
  gtk_widget_class_bind_template_child (widget_class, SuccessionPersonPage, tenures_list);
  gtk_widget_class_bind_template_callback (widget_class, on_tenure_activated);
  gtk_widget_class_install_action (widget_class, "person.edit", NULL, person_action);
  gtk_widget_class_install_action (widget_class, "person.remove", NULL, person_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "person.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "person.remove", NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
succession_person_page_init (SuccessionPersonPage *self)
{
  self->name_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.remove", FALSE);
}

SuccessionPerson *
succession_person_page_get_person (SuccessionPersonPage *self)
{
  g_return_val_if_fail (SUCCESSION_IS_PERSON_PAGE (self), NULL);
  return self->person;
}

static gboolean
follow_now (gpointer data)
{
  SuccessionPersonPage *self = data;

  self->follow_source = 0;
  if (self->person != NULL)
    {
      rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  return G_SOURCE_REMOVE;
}

void
succession_person_page_follow_edit (SuccessionPersonPage *self)
{
  g_return_if_fail (SUCCESSION_IS_PERSON_PAGE (self));

  /* A holder changed takes the tenure from one person to another: whether this person held it
   * before is not known here, and the page's few rows are quickly made. One edit tells of each
   * office it touched: the page is made once, before the frame that shows the edit. */
  if (self->person != NULL && self->follow_source == 0)
    self->follow_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, follow_now, self, NULL);
}

void
succession_person_page_set_person (SuccessionPersonPage *self,
                                   SuccessionPerson     *person)
{
  g_return_if_fail (SUCCESSION_IS_PERSON_PAGE (self));

  if (!g_set_object (&self->person, person))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.edit", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.remove", person != NULL);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}
