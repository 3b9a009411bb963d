/* succession-date-page.c — who held each office on a date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-date-page"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible.h"
#include "succession-date-answer-row.h"
#include "succession-date-page.h"
#include "succession-navigation.h"
#include "succession-visible-list.h"

struct _SuccessionDatePage
{
  GtkWidget parent_instance;

  SuccessionDataset    *dataset;
  SuccessionNameDisplay name_display;
  SuccessionDate        date;        /* the date the rows answer for */
  char                 *answer_date; /* the same as text, for the rows; NULL when none */
  GListStore           *parts;       /* the dataset's offices, then the councils that sat */
  GListStore           *councils;    /* every council */
  GtkCustomFilter      *sitting;     /* the councils that sat on the date */

  /* Template children */
  GtkWidget             *scroller;
  GtkEntry              *date_entry;
  GtkLabel              *hint_label;
  SuccessionVisibleList *results_view;

  guint refresh_source; /* the answers after typing pauses */
};

/* Typing a date waits this long for the next key before answering: "1990" is not answered for
 * the years 1, 19 and 199 on the way, and each key reaches the field (and a screen reader) at once. */
#define REFRESH_DELAY_MS 200

G_DEFINE_FINAL_TYPE (SuccessionDatePage, succession_date_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_NAME_DISPLAY,
  PROP_ANSWER_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every office of the dataset, then every council: a council is listed on a date it sat. The
 * offices are the dataset's own list, so only the councils are copied and filtered: what a
 * dataset or a date costs does not grow with its offices. */
static void
fill_answers (SuccessionDatePage *self)
{
  g_autoptr(GPtrArray) councils = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *offices = NULL;

  if (self->dataset != NULL)
    {
      GListModel *bodies = succession_dataset_get_bodies (self->dataset);

      offices = succession_dataset_get_offices (self->dataset);
      for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
        {
          SuccessionBody *body = g_list_model_get_item (bodies, i);

          if (succession_body_is_council (body))
            g_ptr_array_add (councils, body);
          else
            g_object_unref (body);
        }
    }
  g_list_store_splice (self->councils, 0, g_list_model_get_n_items (G_LIST_MODEL (self->councils)),
                       councils->pdata, councils->len);
  if (offices == NULL)
    offices = G_LIST_MODEL (g_list_store_new (SUCCESSION_TYPE_OFFICE));
  else
    g_object_ref (offices);
  g_list_store_splice (self->parts, 0, 1, (gpointer *) &offices, 1);
  g_object_unref (offices);
}

static guint
n_answers (SuccessionDatePage *self)
{
  g_autoptr(GListModel) offices = g_list_model_get_item (G_LIST_MODEL (self->parts), 0);

  return g_list_model_get_n_items (offices) + g_list_model_get_n_items (G_LIST_MODEL (self->councils));
}

static gboolean
is_sitting (gpointer item,
            gpointer user_data)
{
  SuccessionDatePage *self = user_data;
  g_autofree char    *members = NULL;

  if (self->answer_date == NULL)
    return FALSE;
  members = succession_date_answer_council_members (SUCCESSION_BODY (item), &self->date, self->name_display);
  return members != NULL;
}

static void
set_answer_date (SuccessionDatePage *self,
                 const char         *iso)
{
  if (g_strcmp0 (self->answer_date, iso) == 0)
    return;
  g_free (self->answer_date);
  self->answer_date = g_strdup (iso);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER_DATE]);
}

/* A row for a line, bound to whatever line the list gives it: it answers for the page's date
 * in the page's name display. */
static void
on_answer_setup_row (SuccessionDatePage    *self,
                     GtkWidget             *row,
                     SuccessionVisibleList *list)
{
  g_object_bind_property (self, "answer-date", row, "date", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "name-display", row, "name-display", G_BINDING_SYNC_CREATE);
}

static void
refresh (SuccessionDatePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  SuccessionDate   date;

  if (*text == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
      gtk_label_set_text (self->hint_label, _ ("Type a year, a month or a day to see who held each office then."));
      set_answer_date (self, NULL);
      gtk_widget_set_visible (self->scroller, FALSE);
      return;
    }

  if (!succession_date_parse (text, FALSE, &date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      gtk_label_set_text (self->hint_label, error->message);
      set_answer_date (self, NULL);
      gtk_widget_set_visible (self->scroller, FALSE);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
  {
    g_autofree char *when = succession_format_date (&date);
    /* Translators: %s is a date, such as "1 January 1985" or "1985". */
    g_autofree char *hint = g_strdup_printf (_ ("Holders on %s. “Possibly” marks a holder whom partial dates make uncertain."), when);
    gtk_label_set_text (self->hint_label, hint);
  }

  /* The rows on screen answer for the new date; the councils that sat then are listed. */
  self->date = date;
  iso = g_strdup (text);
  g_strstrip (iso);
  set_answer_date (self, iso);
  gtk_filter_changed (GTK_FILTER (self->sitting), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_visible (self->scroller, self->dataset != NULL &&
                                            n_answers (self) > 0);
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
  SuccessionDate   today;
  g_autofree char *text = NULL;

  succession_date_init_today (&today);
  text = succession_date_to_iso (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
  refresh_now (self);
}

static void
on_result_activated (SuccessionDatePage    *self,
                     guint                  position,
                     SuccessionVisibleList *list)
{
  g_autoptr(GObject) entity = g_list_model_get_item (succession_visible_list_get_model (list), position);

  if (entity != NULL)
    succession_navigation_open_entity (GTK_WIDGET (self), entity);
}

/* An edit made in place: the office's row is bound again (the dataset's list of offices says
 * so); whether a council sat on the date may follow from it. */
static void
on_tenures_changed (SuccessionDatePage *self,
                    SuccessionOffice   *office,
                    SuccessionDataset  *dataset)
{
  if (self->answer_date != NULL)
    gtk_filter_changed (GTK_FILTER (self->sitting), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
succession_date_page_dispose (GObject *object)
{
  SuccessionDatePage *self = SUCCESSION_DATE_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SUCCESSION_TYPE_DATE_PAGE);
  /* Template children that are not bound to a field are unparented here. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset, on_tenures_changed, self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->parts);
  g_clear_object (&self->councils);
  g_clear_object (&self->sitting);
  g_clear_pointer (&self->answer_date, g_free);

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
    case PROP_ANSWER_DATE:
      g_value_set_string (value, self->answer_date);
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
          /* The rows are bound to it and answer again under the new names. */
          self->name_display = g_value_get_enum (value);
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
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
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
  /* The date the rows answer for, as typed ("1988", "1988-04-08"); NULL while there is none. */
  properties[PROP_ANSWER_DATE] =
    g_param_spec_string ("answer-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* The list of answers and the type of its rows are named in the template. */
  g_type_ensure (SUCCESSION_TYPE_VISIBLE_LIST);
  g_type_ensure (SUCCESSION_TYPE_DATE_ANSWER_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/succession-date-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SuccessionDatePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, SuccessionDatePage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, SuccessionDatePage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SuccessionDatePage, results_view);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_today_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_answer_setup_row);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
succession_date_page_init (SuccessionDatePage *self)
{
  GtkFilterListModel  *sitting;
  GtkFlattenListModel *listed;
  GListStore          *empty;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->councils = g_list_store_new (SUCCESSION_TYPE_BODY);
  self->sitting = gtk_custom_filter_new (is_sitting, self, NULL);
  sitting = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->councils)), GTK_FILTER (g_object_ref (self->sitting)));
  self->parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->parts, empty = g_list_store_new (SUCCESSION_TYPE_OFFICE));
  g_list_store_append (self->parts, sitting);
  g_object_unref (empty);
  g_object_unref (sitting);
  listed = gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (self->parts)));
  succession_visible_list_set_model (self->results_view, G_LIST_MODEL (listed));
  g_object_unref (listed);
  /* Enter answers at once, without waiting for the pause. */
  g_signal_connect_object (self->date_entry, "activate", G_CALLBACK (refresh_now), self, G_CONNECT_SWAPPED);
  refresh (self);
}

void
succession_date_page_set_dataset (SuccessionDatePage *self,
                                  SuccessionDataset  *dataset)
{
  g_return_if_fail (SUCCESSION_IS_DATE_PAGE (self));

  if (self->dataset == dataset)
    return;
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset, on_tenures_changed, self);
  g_set_object (&self->dataset, dataset);
  if (dataset != NULL)
    g_signal_connect_object (dataset, "tenures-changed", G_CALLBACK (on_tenures_changed), self, G_CONNECT_SWAPPED);

  fill_answers (self);
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
