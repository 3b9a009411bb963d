/* succession-date-answer-row.c — a line of On a Date: an office and its holders then, or a council
 *
 * On a Date is a list view over every office of the dataset (and the councils that sat then):
 * a row works out its answer when it is bound, so a date typed over thousands of offices costs
 * the rows near the screen, not one answer per office.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-date-page"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-accessible.h"
#include "succession-row-layout.h"
#include "succession-wrap-label.h"
#include "succession-date-answer-row.h"

struct _SuccessionDateAnswerRow
{
  GtkWidget parent_instance;

  GObject              *entity;
  char                 *date;
  SuccessionNameDisplay name_display;

  GtkWidget *title_label;
  GtkWidget *subtitle_label;
  GtkWidget *arrow;
};

G_DEFINE_FINAL_TYPE (SuccessionDateAnswerRow, succession_date_answer_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTITY,
  PROP_DATE,
  PROP_NAME_DISPLAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
succession_date_answer_council_members (SuccessionBody       *council,
                                        const SuccessionDate *date,
                                        SuccessionNameDisplay display)
{
  GPtrArray *offices = succession_body_get_member_offices (council);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; offices != NULL && i < offices->len; i++)
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

      office_name = succession_format_office_name (office, display);
      names = succession_format_holders (holders, matches, display);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: one line of a council's members on a date: the first %s is an office
       * ("Vice-Chairperson of the NPC Standing Committee"), the second its holders then. */
      g_string_append_printf (text, _ ("%s: %s"), office_name, names);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* An office's holders on @date, or why it had none. */
static char *
office_answer (SuccessionOffice     *office,
               const SuccessionDate *date,
               SuccessionNameDisplay display,
               gboolean             *none)
{
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (SuccessionMatch));

  succession_office_holders_on (office, date, holders, matches);
  *none = holders->len == 0;

  /* Offices that did not exist yet or had no recorded holder say so rather than vanish. */
  if (holders->len == 0 && succession_office_existence_on (office, date) < 0)
    return g_strdup (_ ("The office did not exist yet"));
  if (holders->len == 0 && succession_office_existence_on (office, date) > 0)
    return g_strdup (_ ("The office no longer existed"));
  if (holders->len == 0)
    return g_strdup (_ ("No holder recorded"));
  return succession_format_holders (holders, matches, display);
}

static void
update (SuccessionDateAnswerRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  SuccessionDate   date;
  gboolean         none = FALSE;

  if (self->entity == NULL || self->date == NULL || !succession_date_parse (self->date, FALSE, &date, NULL))
    return;

  if (SUCCESSION_IS_OFFICE (self->entity))
    {
      title = succession_format_office_name (SUCCESSION_OFFICE (self->entity), self->name_display);
      subtitle = office_answer (SUCCESSION_OFFICE (self->entity), &date, self->name_display, &none);
    }
  else if (SUCCESSION_IS_BODY (self->entity))
    {
      title = succession_format_body_name (SUCCESSION_BODY (self->entity), self->name_display);
      subtitle = succession_date_answer_council_members (SUCCESSION_BODY (self->entity), &date, self->name_display);
    }
  else
    return;

  succession_wrap_label_set_text (SUCCESSION_WRAP_LABEL (self->title_label), title);
  succession_wrap_label_set_text (SUCCESSION_WRAP_LABEL (self->subtitle_label), subtitle);
  gtk_widget_set_visible (self->subtitle_label, subtitle != NULL);
  /* An office with nobody to name is dimmed, as the list's other lines stand out. */
  if (none)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");

  succession_accessible_name_list_row (GTK_WIDGET (self), title, subtitle);
}

static void
succession_date_answer_row_dispose (GObject *object)
{
  SuccessionDateAnswerRow *self = SUCCESSION_DATE_ANSWER_ROW (object);

  g_clear_object (&self->entity);
  g_clear_pointer (&self->title_label, gtk_widget_unparent);
  g_clear_pointer (&self->subtitle_label, gtk_widget_unparent);
  g_clear_pointer (&self->arrow, gtk_widget_unparent);

  G_OBJECT_CLASS (succession_date_answer_row_parent_class)->dispose (object);
}

static void
succession_date_answer_row_finalize (GObject *object)
{
  g_free (SUCCESSION_DATE_ANSWER_ROW (object)->date);

  G_OBJECT_CLASS (succession_date_answer_row_parent_class)->finalize (object);
}

static void
succession_date_answer_row_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  SuccessionDateAnswerRow *self = SUCCESSION_DATE_ANSWER_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_NAME_DISPLAY:
      g_value_set_enum (value, self->name_display);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_date_answer_row_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  SuccessionDateAnswerRow *self = SUCCESSION_DATE_ANSWER_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      if (g_set_object (&self->entity, g_value_get_object (value)))
        {
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_DATE:
      if (g_strcmp0 (self->date, g_value_get_string (value)) != 0)
        {
          g_free (self->date);
          self->date = g_value_dup_string (value);
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_NAME_DISPLAY:
      if (self->name_display != (SuccessionNameDisplay) g_value_get_enum (value))
        {
          self->name_display = g_value_get_enum (value);
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_date_answer_row_class_init (SuccessionDateAnswerRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_date_answer_row_dispose;
  object_class->finalize = succession_date_answer_row_finalize;
  object_class->get_property = succession_date_answer_row_get_property;
  object_class->set_property = succession_date_answer_row_set_property;

  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_DISPLAY] =
    g_param_spec_enum ("name-display", NULL, NULL, SUCCESSION_TYPE_NAME_DISPLAY, SUCCESSION_NAME_DISPLAY_AUTOMATIC,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The row itself is the list's item (SuccessionVisibleList). */
  gtk_widget_class_set_css_name (widget_class, "row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static void
succession_date_answer_row_init (SuccessionDateAnswerRow *self)
{
  gtk_widget_set_layout_manager (GTK_WIDGET (self), succession_row_layout_new (12, 3));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "activatable");

  /* The lines expand: the row's layout stacks them in its column, before the arrow. */
  self->title_label = succession_wrap_label_new (NULL, FALSE);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_widget_set_parent (self->title_label, GTK_WIDGET (self));
  self->subtitle_label = succession_wrap_label_new (NULL, FALSE);
  gtk_widget_add_css_class (self->subtitle_label, "dim-label");
  gtk_widget_add_css_class (self->subtitle_label, "caption");
  gtk_widget_set_hexpand (self->subtitle_label, TRUE);
  gtk_widget_set_parent (self->subtitle_label, GTK_WIDGET (self));

  self->arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_parent (self->arrow, GTK_WIDGET (self));
}

GtkWidget *
succession_date_answer_row_new (void)
{
  return g_object_new (SUCCESSION_TYPE_DATE_ANSWER_ROW, NULL);
}

const char *
succession_date_answer_row_get_title (SuccessionDateAnswerRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATE_ANSWER_ROW (self), NULL);
  return succession_wrap_label_get_text (SUCCESSION_WRAP_LABEL (self->title_label));
}

const char *
succession_date_answer_row_get_subtitle (SuccessionDateAnswerRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_DATE_ANSWER_ROW (self), NULL);
  return succession_wrap_label_get_text (SUCCESSION_WRAP_LABEL (self->subtitle_label));
}
