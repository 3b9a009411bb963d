/* succession-holder-row.c — one line of an office's holder table, formatted for display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-holder-row"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-citation.h"
#include "succession-holder-row.h"

struct _SuccessionHolderRow
{
  GObject              parent_instance;
  SuccessionTenure    *tenure;
  guint                number;
  char                *number_label;
  char                *name;
  char                *sort_name;
  char                *start_label;
  char                *end_label;
  gint64               start_day;
  gint64               end_day;
  char                *duration;
  gint64               duration_days;
  char                *terms;
  int                  first_term;
  char                *concurrent;
  char                *chairs;
  char                *sources;
  char                *citations;
  char                *note;
  SuccessionTenureKind kind;
};

G_DEFINE_FINAL_TYPE (SuccessionHolderRow, succession_holder_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TENURE,
  PROP_NUMBER,
  PROP_NUMBER_LABEL,
  PROP_NAME,
  PROP_SORT_NAME,
  PROP_START_LABEL,
  PROP_END_LABEL,
  PROP_START_DAY,
  PROP_END_DAY,
  PROP_DURATION,
  PROP_DURATION_DAYS,
  PROP_TERMS,
  PROP_FIRST_TERM,
  PROP_CONCURRENT,
  PROP_CHAIRS,
  PROP_SOURCES,
  PROP_CITATIONS,
  PROP_NOTE,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
succession_holder_row_finalize (GObject *object)
{
  SuccessionHolderRow *self = SUCCESSION_HOLDER_ROW (object);

  g_clear_object (&self->tenure);
  g_free (self->number_label);
  g_free (self->name);
  g_free (self->sort_name);
  g_free (self->start_label);
  g_free (self->end_label);
  g_free (self->duration);
  g_free (self->terms);
  g_free (self->concurrent);
  g_free (self->chairs);
  g_free (self->sources);
  g_free (self->citations);
  g_free (self->note);

  G_OBJECT_CLASS (succession_holder_row_parent_class)->finalize (object);
}

static void
succession_holder_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SuccessionHolderRow *self = SUCCESSION_HOLDER_ROW (object);

  switch (prop_id)
    {
    case PROP_TENURE: g_value_set_object (value, self->tenure); break;
    case PROP_NUMBER: g_value_set_uint (value, self->number); break;
    case PROP_NUMBER_LABEL: g_value_set_string (value, self->number_label); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_SORT_NAME: g_value_set_string (value, self->sort_name); break;
    case PROP_START_LABEL: g_value_set_string (value, self->start_label); break;
    case PROP_END_LABEL: g_value_set_string (value, self->end_label); break;
    case PROP_START_DAY: g_value_set_int64 (value, self->start_day); break;
    case PROP_END_DAY: g_value_set_int64 (value, self->end_day); break;
    case PROP_DURATION: g_value_set_string (value, self->duration); break;
    case PROP_DURATION_DAYS: g_value_set_int64 (value, self->duration_days); break;
    case PROP_TERMS: g_value_set_string (value, self->terms); break;
    case PROP_FIRST_TERM: g_value_set_int (value, self->first_term); break;
    case PROP_CONCURRENT: g_value_set_string (value, self->concurrent); break;
    case PROP_CHAIRS: g_value_set_string (value, self->chairs); break;
    case PROP_SOURCES: g_value_set_string (value, self->sources); break;
    case PROP_CITATIONS: g_value_set_string (value, self->citations); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
int64_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
succession_holder_row_class_init (SuccessionHolderRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = succession_holder_row_finalize;
  object_class->get_property = succession_holder_row_get_property;

  properties[PROP_TENURE] = g_param_spec_object ("tenure", NULL, NULL, SUCCESSION_TYPE_TENURE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER_LABEL] = string_property ("number-label");
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_SORT_NAME] = string_property ("sort-name");
  properties[PROP_START_LABEL] = string_property ("start-label");
  properties[PROP_END_LABEL] = string_property ("end-label");
  properties[PROP_START_DAY] = int64_property ("start-day");
  properties[PROP_END_DAY] = int64_property ("end-day");
  properties[PROP_DURATION] = string_property ("duration");
  properties[PROP_DURATION_DAYS] = int64_property ("duration-days");
  properties[PROP_TERMS] = string_property ("terms");
  properties[PROP_FIRST_TERM] = g_param_spec_int ("first-term", NULL, NULL, 0, G_MAXINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONCURRENT] = string_property ("concurrent");
  properties[PROP_CHAIRS] = string_property ("chairs");
  properties[PROP_SOURCES] = string_property ("sources");
  properties[PROP_CITATIONS] = string_property ("citations");
  properties[PROP_NOTE] = string_property ("note");
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SUCCESSION_TYPE_TENURE_KIND,
                                             SUCCESSION_TENURE_KIND_REGULAR, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_holder_row_init (SuccessionHolderRow *self)
{
}

/* @label, followed by the other values sources give for the same date, so a disputed date reads
 * as disputed wherever the row is shown, spoken or printed. */
static char *
with_alternatives (char             *label,
                   SuccessionTenure *tenure,
                   gboolean          end)
{
  g_autoptr(GString) others = NULL;

  for (guint i = 0; i < succession_tenure_get_n_date_alternatives (tenure); i++)
    {
      gboolean              is_end = FALSE;
      const SuccessionDate *value = succession_tenure_get_date_alternative (tenure, i, &is_end, NULL, NULL);
      g_autofree char      *text = NULL;

      if (is_end != end)
        continue;
      text = succession_format_date (value);
      if (others == NULL)
        others = g_string_new (text);
      else
        /* Translators: joins the other dates sources give for a disputed date. */
        g_string_append_printf (others, C_ ("disputed dates", ", %s"), text);
    }
  if (others == NULL)
    return label;

  {
    /* Translators: a date that sources disagree on: the dataset's value, then the others.
     * e.g. "18 June 1983 (disputed: also 17 June 1983)". */
    char *disputed = g_strdup_printf (_ ("%s (disputed: also %s)"), label, others->str);

    g_free (label);
    return disputed;
  }
}

static char *
end_label (SuccessionTenure *tenure)
{
  switch (succession_tenure_get_end_status (tenure))
    {
    case SUCCESSION_END_STATUS_ONGOING:
      /* Translators: the "Left office" cell of a holder still in office. */
      return g_strdup (_ ("Incumbent"));
    case SUCCESSION_END_STATUS_UNKNOWN:
      /* Translators: the "Left office" cell when no source gives the date. */
      return g_strdup (_ ("Unknown"));
    case SUCCESSION_END_STATUS_ENDED:
    default:
      return with_alternatives (succession_format_date (succession_tenure_get_end_date (tenure)), tenure, TRUE);
    }
}

static SuccessionHolderRow *
holder_row_new (SuccessionTenure     *tenure,
                guint                 number,
                SuccessionNameDisplay display)
{
  SuccessionHolderRow  *self = g_object_new (SUCCESSION_TYPE_HOLDER_ROW, NULL);
  SuccessionPerson     *person = succession_tenure_get_person (tenure);
  const SuccessionDate *start = succession_tenure_get_start_date (tenure);
  const SuccessionDate *end = succession_tenure_get_end_date (tenure);
  GPtrArray            *terms = succession_tenure_get_terms (tenure);
  SuccessionDay         latest = succession_tenure_get_latest_day (tenure);

  self->tenure = g_object_ref (tenure);
  self->number = number;
  self->number_label = number > 0 ? g_strdup_printf ("%u", number) : g_strdup ("");
  self->name = succession_format_holder (tenure, display);
  self->sort_name = person != NULL ? g_utf8_casefold (succession_person_get_sort_name (person), -1) : g_strdup ("");
  self->start_label = with_alternatives (succession_format_date (start), tenure, FALSE);
  self->end_label = end_label (tenure);
  self->start_day = succession_date_is_set (start) ? succession_date_get_first_day (start) : G_MAXINT64;
  self->end_day = succession_date_is_set (end)   ? succession_date_get_first_day (end)
                  : latest == SUCCESSION_DAY_MAX ? G_MAXINT64
                                                 : latest;
  self->duration = succession_format_tenure_duration (tenure);
  self->duration_days = (succession_date_is_set (start) && succession_date_is_set (end))
                          ? succession_date_get_first_day (end) - succession_date_get_first_day (start)
                          : -1;
  self->terms = succession_format_terms (tenure);
  self->first_term = terms != NULL && terms->len > 0 ? succession_term_get_number (g_ptr_array_index (terms, 0)) : 0;
  self->concurrent = succession_format_concurrent_offices (tenure);
  self->chairs = succession_format_chairs (tenure, display);
  self->sources = succession_format_source_summary (tenure);
  self->citations = succession_format_citations (tenure);
  /* The researcher's note on the tenure (how its dates were found, what is uncertain), in the
   * user's language where the file has it. */
  self->note = g_strdup (succession_tenure_get_note (tenure) != NULL ? succession_format_text (succession_tenure_get_note (tenure)) : NULL);

  self->kind = succession_tenure_get_kind (tenure);

  return self;
}

void
succession_holder_row_set_display (SuccessionHolderRow  *self,
                                   SuccessionNameDisplay display)
{
  g_autofree char *name = NULL;
  g_autofree char *chairs = NULL;

  g_return_if_fail (SUCCESSION_IS_HOLDER_ROW (self));

  name = succession_format_holder (self->tenure, display);
  chairs = succession_format_chairs (self->tenure, display);
  if (g_strcmp0 (name, self->name) != 0)
    {
      g_free (self->name);
      self->name = g_steal_pointer (&name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }
  if (g_strcmp0 (chairs, self->chairs) != 0)
    {
      g_free (self->chairs);
      self->chairs = g_steal_pointer (&chairs);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAIRS]);
    }
}

GListModel *
succession_holder_rows_new (SuccessionOffice     *office,
                            SuccessionNameDisplay display)
{
  GListStore *store;
  guint       n, number = 0;

  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), NULL);

  store = g_list_store_new (SUCCESSION_TYPE_HOLDER_ROW);
  n = succession_office_get_n_tenures (office);

  for (guint i = 0; i < n; i++)
    {
      SuccessionTenure *tenure = succession_office_get_tenure (office, i);
      g_autoptr(SuccessionHolderRow) row = NULL;
      gboolean numbered = succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_REGULAR;

      row = holder_row_new (tenure, numbered ? ++number : 0, display);
      g_list_store_append (store, row);
    }

  return G_LIST_MODEL (store);
}

/* @self takes what @from says of the same tenure in an edited dataset, and says what changed:
 * the table's cells follow their row's properties, so only the changed cells are written again. */
static gboolean
take_fields (SuccessionHolderRow *self,
             SuccessionHolderRow *from)
{
  gboolean sort_keys = FALSE;

#define TAKE_STRING(field, prop)                                    \
  if (g_strcmp0 (self->field, from->field) != 0)                    \
    {                                                               \
      g_free (self->field);                                         \
      self->field = g_steal_pointer (&from->field);                 \
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
    }
#define TAKE_VALUE(field, prop, sorts)                              \
  if (self->field != from->field)                                   \
    {                                                               \
      self->field = from->field;                                    \
      sort_keys |= (sorts);                                         \
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->tenure, from->tenure))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TENURE]);
  TAKE_VALUE (number, PROP_NUMBER, TRUE);
  TAKE_STRING (number_label, PROP_NUMBER_LABEL);
  TAKE_STRING (name, PROP_NAME);
  if (g_strcmp0 (self->sort_name, from->sort_name) != 0)
    sort_keys = TRUE;
  TAKE_STRING (sort_name, PROP_SORT_NAME);
  TAKE_STRING (start_label, PROP_START_LABEL);
  TAKE_STRING (end_label, PROP_END_LABEL);
  TAKE_VALUE (start_day, PROP_START_DAY, TRUE);
  TAKE_VALUE (end_day, PROP_END_DAY, TRUE);
  TAKE_STRING (duration, PROP_DURATION);
  TAKE_VALUE (duration_days, PROP_DURATION_DAYS, TRUE);
  TAKE_STRING (terms, PROP_TERMS);
  TAKE_VALUE (first_term, PROP_FIRST_TERM, TRUE);
  TAKE_STRING (concurrent, PROP_CONCURRENT);
  TAKE_STRING (chairs, PROP_CHAIRS);
  TAKE_STRING (sources, PROP_SOURCES);
  TAKE_STRING (citations, PROP_CITATIONS);
  TAKE_STRING (note, PROP_NOTE);
  TAKE_VALUE (kind, PROP_KIND, FALSE);
  g_object_thaw_notify (G_OBJECT (self));

#undef TAKE_STRING
#undef TAKE_VALUE
  return sort_keys;
}

static gboolean
same_tenure (SuccessionHolderRow *row,
             SuccessionTenure    *tenure)
{
  return g_strcmp0 (succession_tenure_get_id (row->tenure), succession_tenure_get_id (tenure)) == 0;
}

gboolean
succession_holder_rows_update (GListModel           *rows,
                               SuccessionOffice     *office,
                               SuccessionNameDisplay display)
{
  g_autoptr(GPtrArray) fresh = NULL;
  guint    n_old, n_new, head = 0, tail = 0, number = 0;
  gboolean sort_keys = FALSE;

  g_return_val_if_fail (G_IS_LIST_STORE (rows), FALSE);
  g_return_val_if_fail (SUCCESSION_IS_OFFICE (office), FALSE);

  n_old = g_list_model_get_n_items (rows);
  n_new = succession_office_get_n_tenures (office);
  fresh = g_ptr_array_new_full (n_new, g_object_unref);
  for (guint i = 0; i < n_new; i++)
    {
      SuccessionTenure *tenure = succession_office_get_tenure (office, i);
      gboolean          numbered = succession_tenure_get_kind (tenure) == SUCCESSION_TENURE_KIND_REGULAR;

      g_ptr_array_add (fresh, holder_row_new (tenure, numbered ? ++number : 0, display));
    }

  /* The rows of the same tenures before and after what the edit changed keep their objects. */
  while (head < MIN (n_old, n_new))
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (rows, head);

      if (!same_tenure (row, ((SuccessionHolderRow *) g_ptr_array_index (fresh, head))->tenure))
        break;
      sort_keys |= take_fields (row, g_ptr_array_index (fresh, head));
      head++;
    }
  while (tail < MIN (n_old, n_new) - head)
    {
      g_autoptr(SuccessionHolderRow) row = g_list_model_get_item (rows, n_old - 1 - tail);

      if (!same_tenure (row, ((SuccessionHolderRow *) g_ptr_array_index (fresh, n_new - 1 - tail))->tenure))
        break;
      sort_keys |= take_fields (row, g_ptr_array_index (fresh, n_new - 1 - tail));
      tail++;
    }

  if (n_old - head - tail > 0 || n_new - head - tail > 0)
    {
      g_list_store_splice (G_LIST_STORE (rows), head, n_old - head - tail, fresh->pdata + head, n_new - head - tail);
      sort_keys = TRUE;
    }
  return sort_keys;
}

SuccessionTenure *
succession_holder_row_get_tenure (SuccessionHolderRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_HOLDER_ROW (self), NULL);
  return self->tenure;
}

guint
succession_holder_row_get_number (SuccessionHolderRow *self)
{
  g_return_val_if_fail (SUCCESSION_IS_HOLDER_ROW (self), 0);
  return self->number;
}

#define STRING_GETTER(field)                                      \
  const char *                                                    \
    succession_holder_row_get_##field (SuccessionHolderRow *self) \
  {                                                               \
    g_return_val_if_fail (SUCCESSION_IS_HOLDER_ROW (self), NULL); \
    return self->field;                                           \
  }

STRING_GETTER (number_label)
STRING_GETTER (name)
STRING_GETTER (start_label)
STRING_GETTER (end_label)
STRING_GETTER (duration)
STRING_GETTER (terms)
STRING_GETTER (concurrent)
STRING_GETTER (chairs)
STRING_GETTER (sources)
STRING_GETTER (citations)
STRING_GETTER (note)
