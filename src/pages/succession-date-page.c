/* succession-date-page.c — who held each office on a date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-date-page"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-date-page.h"
#include "succession-navigation.h"

struct _SuccessionDatePage
{
  GtkWidget              parent_instance;

  SuccessionDataset     *dataset;
  SuccessionNameDisplay  name_display;
  SuccessionDate         date;            /* the date the rows answer for */

  /* Template children */
  GtkWidget             *scroller;
  GtkEntry              *date_entry;
  GtkLabel              *hint_label;
  GtkListBox            *results_list;

  guint                  refresh_source;  /* the answers after typing pauses */
};

/* Typing a date waits this long for the next key before answering: "1990" is not answered for
 * the years 1, 19 and 199 on the way, and each key reaches the field (and a screen reader) at once. */
#define REFRESH_DELAY_MS 200

G_DEFINE_FINAL_TYPE (SuccessionDatePage, succession_date_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_NAME_DISPLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A council's members on @date, one line per member office in the council's official order:
 * "Chairman of the NPC Standing Committee: Wan Li". NULL when no member office had a holder. */
static char *
format_council_members (SuccessionDatePage   *self,
                        SuccessionBody       *council,
                        const SuccessionDate *date)
{
  GPtrArray *offices = succession_body_get_member_offices (council);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < offices->len; i++)
    {
      SuccessionOffice *office = g_ptr_array_index (offices, i);
      g_autoptr(GPtrArray) holders = g_ptr_array_new ();
      g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
      g_autofree char *office_name = NULL;
      g_autofree char *names = NULL;

      succession_office_holders_on (office, date, holders, matches);
      for (guint j = holders->len; j > 0; j--)
        if (succession_tenure_get_kind (g_ptr_array_index (holders, j - 1)) == SUCCESSION_TENURE_KIND_VACANCY)
          {
            g_ptr_array_remove_index (holders, j - 1);
            g_array_remove_index (matches, j - 1);
          }
      if (holders->len == 0)
        continue;

      office_name = succession_format_office_name (office, self->name_display);
      names = succession_format_holders (holders, matches, self->name_display);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: one line of a council's members on a date: the first %s is an office
       * ("Vice-Chairperson of the NPC Standing Committee"), the second its holders then. */
      g_string_append_printf (text, _("%s: %s"), office_name, names);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* A council's row: its name and its members on the page's date, in the name display. */
static void
label_council_row (SuccessionDatePage *self,
                   GtkWidget          *row)
{
  SuccessionBody *body = g_object_get_data (G_OBJECT (row), "body");
  g_autofree char *council_name = succession_format_body_name (body, self->name_display);
  g_autofree char *members = format_council_members (self, body, &self->date);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), council_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), members != NULL ? members : "");
}

/* An office's row: its name and its holders on the page's date, or why it had none. */
static void
label_office_row (SuccessionDatePage *self,
                  GtkWidget          *row)
{
  SuccessionOffice *office = g_object_get_data (G_OBJECT (row), "office");
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));
  g_autofree char *office_name = succession_format_office_name (office, self->name_display);
  g_autofree char *subtitle = NULL;

  succession_office_holders_on (office, &self->date, holders, matches);

  /* Offices that did not exist yet or had no recorded holder say so rather than vanish. */
  if (holders->len == 0 && succession_office_existence_on (office, &self->date) < 0)
    subtitle = g_strdup (_("The office did not exist yet"));
  else if (holders->len == 0 && succession_office_existence_on (office, &self->date) > 0)
    subtitle = g_strdup (_("The office no longer existed"));
  else if (holders->len == 0)
    subtitle = g_strdup (_("No holder recorded"));
  else
    subtitle = succession_format_holders (holders, matches, self->name_display);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), office_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (holders->len == 0)
    gtk_widget_add_css_class (row, "dim-label");
}

static GtkWidget *
result_row_new (const char *key,
                gpointer    entity)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), key, g_object_ref (entity), g_object_unref);
  return row;
}

/* The councils (bodies made of offices, such as the Council of Chairpersons) with their members
 * on the page's date, derived from the tenures of their member offices. */
static void
append_council_rows (SuccessionDatePage *self)
{
  GListModel *bodies = succession_dataset_get_bodies (self->dataset);
  guint n = g_list_model_get_n_items (bodies);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionBody) body = g_list_model_get_item (bodies, i);
      g_autofree char *members = NULL;
      GtkWidget *row;

      if (!succession_body_is_council (body) || (members = format_council_members (self, body, &self->date)) == NULL)
        continue;

      row = result_row_new ("body", body);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (row, "council");
      label_council_row (self, row);
      gtk_list_box_append (self->results_list, row);
    }
}

/* Another name display: the same rows, renamed, so focus and scrolling stay. */
static void
relabel (SuccessionDatePage *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->results_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_object_get_data (G_OBJECT (row), "body") != NULL)
        label_council_row (self, row);
      else if (g_object_get_data (G_OBJECT (row), "office") != NULL)
        label_office_row (self, row);
    }
}

static void
refresh (SuccessionDatePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  SuccessionDate date;
  GListModel *offices;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  if (*text == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
      gtk_label_set_text (self->hint_label, _("Type a year, a month or a day to see who held each office then."));
      gtk_widget_set_visible (GTK_WIDGET (self->results_list), FALSE);
      return;
    }

  if (!succession_date_parse (text, FALSE, &date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      gtk_label_set_text (self->hint_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->results_list), FALSE);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
  {
    g_autofree char *when = succession_format_date (&date);
    /* Translators: %s is a date, such as "1 January 1985" or "1985". */
    g_autofree char *hint = g_strdup_printf (_("Holders on %s. “Possibly” marks a holder whom partial dates make uncertain."), when);
    gtk_label_set_text (self->hint_label, hint);
  }

  if (self->dataset == NULL)
    return;

  self->date = date;
  offices = succession_dataset_get_offices (self->dataset);
  n = g_list_model_get_n_items (offices);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, i);
      GtkWidget *row = result_row_new ("office", office);

      label_office_row (self, row);
      gtk_list_box_append (self->results_list, row);
    }
  append_council_rows (self);

  gtk_widget_set_visible (GTK_WIDGET (self->results_list), n > 0);
}

/* Answers now what the field says, dropping an answer that waits for typing to pause. */
static void
refresh_now (SuccessionDatePage *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh (self);
}

static gboolean
refresh_after_typing (gpointer data)
{
  SuccessionDatePage *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_date_changed (SuccessionDatePage *self,
                 GtkEditable        *editable)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_after_typing, self);
}

static void
on_today_clicked (SuccessionDatePage *self,
                  GtkButton          *button)
{
  SuccessionDate today;
  g_autofree char *text = NULL;

  succession_date_init_today (&today);
  text = succession_date_to_iso (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
  refresh_now (self);
}

static void
on_result_activated (SuccessionDatePage *self,
                     GtkListBoxRow      *row,
                     GtkListBox         *list)
{
  SuccessionOffice *office = g_object_get_data (G_OBJECT (row), "office");
  SuccessionBody *body = g_object_get_data (G_OBJECT (row), "body");

  if (body != NULL)
    succession_navigation_open_entity (GTK_WIDGET (self), G_OBJECT (body));
  else if (office != NULL)
    succession_navigation_open_entity (GTK_WIDGET (self), G_OBJECT (office));
}

static void
succession_date_page_dispose (GObject *object)
{
  SuccessionDatePage *self = SUCCESSION_DATE_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_DATE_PAGE);
  /* Template children that are not bound to a field are unparented here. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (succession_date_page_parent_class)->dispose (object);
}

static void
succession_date_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SuccessionDatePage *self = SUCCESSION_DATE_PAGE (object);

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
succession_date_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  SuccessionDatePage *self = SUCCESSION_DATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      succession_date_page_set_dataset (self, g_value_get_object (value));
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
succession_date_page_class_init (SuccessionDatePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_date_page_dispose;
  object_class->get_property = succession_date_page_get_property;
  object_class->set_property = succession_date_page_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SUCCESSION_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-date-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionDatePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SuccessionDatePage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionDatePage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionDatePage, results_list);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_today_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
succession_date_page_init (SuccessionDatePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Enter answers at once, without waiting for the pause. */
  g_signal_connect_object (self->date_entry, "activate", G_CALLBACK (refresh_now), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
succession_date_page_set_dataset (SuccessionDatePage *self,
                                  SuccessionDataset  *dataset)
{
  g_return_if_fail (SUCCESSION_IS_DATE_PAGE (self));

  if (!g_set_object (&self->dataset, dataset))
    return;

  refresh_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

void
succession_date_page_set_date (SuccessionDatePage *self,
                               const char         *text)
{
  g_return_if_fail (SUCCESSION_IS_DATE_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text != NULL ? text : "");
  refresh_now (self);
}

void
succession_date_page_focus_entry (SuccessionDatePage *self)
{
  g_return_if_fail (SUCCESSION_IS_DATE_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
}
