/* succession-loader-tenures.c — memberships: people in offices, with their terms, dates and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-loader-read.h"

/* A membership without post_id: its organization and role stand for the office, as in files
 * from EveryPolitician ("member" of a legislature). */
static SuccessionOffice *
synthesized_office (SuccessionLoadContext *ctx,
                    SuccessionBody        *body,
                    const char            *role)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autofree char   *id = NULL;
  g_autofree char   *folded_role = NULL;
  SuccessionOffice  *office;

  folded_role = g_utf8_strdown (role != NULL ? role : "member", -1);
  id = g_strdup_printf ("%s/%s", body->id, folded_role);

  office = g_hash_table_lookup (dataset->offices_by_id, id);
  if (office != NULL)
    return office;

  office = _succession_office_new ();
  office->id = g_steal_pointer (&id);
  office->role = g_strdup (folded_role);
  /* "member" -> "Member"; a role is a word of the file's language, shown as written. */
  office->label = g_strdup (role != NULL ? role : "member");
  office->label[0] = g_ascii_toupper (office->label[0]);
  office->body = g_object_ref (body);
  office->synthesized = TRUE;
  /* A legislature's seat count is not in the file; do not warn about many members at once. */
  office->seats = 0;
  office->index = dataset->offices->len;

  g_hash_table_insert (dataset->offices_by_id, office->id, office);
  g_ptr_array_add (body->offices, g_object_ref (office));
  g_ptr_array_add (dataset->offices, office);

  return office;
}

static const char *const kind_names[] = { "regular", "acting", "honorary", "vacancy" };
static const char *const end_status_names[] = { "ended", "ongoing", "unknown" };

/* Popolo: a membership without dates of its own has its legislative period's. Its own dates
 * win: a date of the term that contradicts one of the membership's is not taken. */
static void
inherit_term_dates (SuccessionLoadContext *ctx,
                    JsonValue             *object,
                    SuccessionTenure      *tenure,
                    SuccessionTerm        *term)
{
  gboolean own_start = succession_date_is_set (&tenure->start_date);
  gboolean own_end = succession_date_is_set (&tenure->end_date);

  if (!own_start && succession_date_is_set (&term->start_date) &&
      (!own_end || succession_date_get_first_day (&term->start_date) <= succession_date_get_last_day (&tenure->end_date)))
    tenure->start_date = term->start_date;

  if (own_end || _succession_load_member (object, "end_status") != NULL)
    return;

  if (!succession_date_is_set (&term->end_date))
    {
      /* In office as far as the file goes; whether that is today is settled once every date
       * of the file is known (_succession_load_settle_tenures). */
      g_ptr_array_add (ctx->open_tenures, g_object_ref (tenure));
      return;
    }

  if (!own_start || succession_date_get_last_day (&term->end_date) >= succession_date_get_first_day (&tenure->start_date))
    {
      tenure->end_date = term->end_date;
      tenure->end_status = SUCCESSION_END_STATUS_ENDED;
    }
}

static void
read_terms (SuccessionLoadContext *ctx,
            JsonValue             *object,
            SuccessionTenure      *tenure)
{
  SuccessionDataset *dataset = ctx->dataset;
  JsonValue         *array = _succession_load_read_array (ctx, object, "term_ids");
  const char        *period = _succession_load_read_string (ctx, object, "legislative_period_id");

  tenure->terms = g_ptr_array_new_with_free_func (g_object_unref);

  if (array != NULL)
    {
      gboolean exact = TRUE;

      for (guint i = 0; i < array->n; i++)
        {
          JsonValue      *node = &array->u.items[i];
          SuccessionTerm *term;

          _succession_load_path_push (ctx, "term_ids", i);
          if (node->kind != SUCCESSION_JSON_STRING)
            _succession_load_report (ctx, ERROR, NULL, _ ("expected %s, found %s"), _ ("a string"), _succession_load_node_kind (node));
          else if ((term = g_hash_table_lookup (dataset->terms_by_id, node->u.string)) == NULL)
            _succession_load_report (ctx, ERROR, NULL, _ ("no term has the id “%s”"), node->u.string);
          else
            {
              g_ptr_array_add (tenure->terms, g_object_ref (term));
              _succession_load_path_pop (ctx);
              continue;
            }
          exact = FALSE;
          _succession_load_path_pop (ctx);
        }
      _succession_json_mark (array, exact);
    }

  if (period != NULL)
    {
      SuccessionTerm *term = g_hash_table_lookup (dataset->terms_by_id, period);

      /* Not a field of the model: written back as it was. */
      _succession_json_mark (_succession_load_member (object, "legislative_period_id"), FALSE);

      /* A file cut from a larger set names periods it does not hold: the membership keeps
       * its own dates. */
      /* Translators: %s is the id of a term (a legislative period) that the file does not hold. */
      if (term == NULL)
        _succession_load_warn (ctx, SUCCESSION_WARNING_MISSING_TERM, "legislative_period_id",
                               _ ("no term has the id “%s”; the membership keeps its own dates"), period);
      else
        {
          if (array == NULL)
            g_ptr_array_add (tenure->terms, g_object_ref (term));
          inherit_term_dates (ctx, object, tenure, term);
        }
    }
}

static void
read_concurrent_offices (SuccessionLoadContext *ctx,
                         JsonValue             *object,
                         SuccessionTenure      *tenure)
{
  JsonValue *array = _succession_load_read_array (ctx, object, "concurrent_offices");
  gboolean   exact = TRUE;

  if (array == NULL)
    return;

  tenure->concurrent_offices = g_ptr_array_new_with_free_func ((GDestroyNotify) succession_text_unref);

  for (guint i = 0; i < array->n; i++)
    {
      JsonValue      *node = &array->u.items[i];
      SuccessionText *label = NULL;

      _succession_load_path_push (ctx, "concurrent_offices", i);
      if (node->kind == SUCCESSION_JSON_STRING)
        {
          label = _succession_load_text_new (ctx);
          succession_text_add (label, "en", node->u.string);
          exact = FALSE;
        }
      else if (node->kind == SUCCESSION_JSON_OBJECT)
        {
          const char *post_id = _succession_load_read_string (ctx, node, "post_id");

          label = _succession_load_read_localized (ctx, node, "label");
          if (post_id != NULL && !g_hash_table_contains (ctx->dataset->offices_by_id, post_id))
            _succession_load_report (ctx, ERROR, "post_id", _ ("no office has the id “%s”"), post_id);
          if (label == NULL && post_id == NULL)
            _succession_load_report (ctx, ERROR, NULL, _ ("a concurrent office needs a “label”"));
          /* The model keeps the label alone. */
          exact = exact && label != NULL && node->n == 1 && _succession_load_all_exact (node, (const char *[]){ "label", NULL });
        }
      else
        {
          _succession_load_report (ctx, ERROR, NULL, _ ("expected %s, found %s"), _ ("an object"), _succession_load_node_kind (node));
          exact = FALSE;
        }

      if (label != NULL)
        g_ptr_array_add (tenure->concurrent_offices, label);
      _succession_load_path_pop (ctx);
    }

  _succession_json_mark (array, exact);
}

static void
read_alternatives (SuccessionLoadContext *ctx,
                   JsonValue             *object,
                   SuccessionTenure      *tenure)
{
  JsonValue *array = _succession_load_read_array (ctx, object, "date_alternatives");
  gboolean   exact = TRUE;

  if (array == NULL)
    return;

  tenure->alternatives = g_ptr_array_new_with_free_func ((GDestroyNotify) _succession_date_alternative_free);

  for (guint i = 0; i < array->n; i++)
    {
      JsonValue *entry;

      _succession_load_path_push (ctx, "date_alternatives", i);
      if ((entry = _succession_load_element_object (ctx, array, i)) != NULL)
        {
          SuccessionDateAlternative *alt = g_new0 (SuccessionDateAlternative, 1);
          const char                *field = _succession_load_read_string (ctx, entry, "field");

          if (g_strcmp0 (field, "end_date") == 0)
            alt->is_end = TRUE;
          else if (g_strcmp0 (field, "start_date") != 0)
            _succession_load_report (ctx, ERROR, "field", _ ("expected “start_date” or “end_date”"));

          _succession_load_read_date (ctx, entry, "value", &alt->date);
          if (!succession_date_is_set (&alt->date) && _succession_load_member (entry, "value") == NULL)
            _succession_load_report (ctx, ERROR, "value", _ ("an alternative date needs a “value”"));
          alt->sources = _succession_load_read_sources (ctx, entry, "sources");
          alt->note = _succession_load_read_localized (ctx, entry, "note");
          exact = exact && field != NULL && succession_date_is_set (&alt->date) && _succession_load_all_exact (entry, (const char *[]){ "field", "value", "sources", "note", NULL });
          g_ptr_array_add (tenure->alternatives, alt);
        }
      _succession_load_path_pop (ctx);
    }

  _succession_json_mark (array, exact);
}

static void
report_missing_note (SuccessionLoadContext *ctx,
                     guint                  i,
                     const char            *id)
{
  _succession_load_path_push (ctx, "note_ids", i);
  _succession_load_report (ctx, ERROR, NULL, _ ("no note in meta.notes has the id “%s”"), id);
  _succession_load_path_pop (ctx);
}

static void
read_note_ids (SuccessionLoadContext *ctx,
               JsonValue             *object,
               SuccessionTenure      *tenure)
{
  SuccessionDataset *dataset = ctx->dataset;
  JsonValue         *note_ids = _succession_load_read_array (ctx, object, "note_ids");
  GStrvBuilder      *builder;
  gboolean           exact = TRUE;

  if (note_ids == NULL)
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < note_ids->n; i++)
    {
      JsonValue *node = &note_ids->u.items[i];

      if (node->kind != SUCCESSION_JSON_STRING)
        {
          _succession_load_path_push (ctx, "note_ids", i);
          _succession_load_report (ctx, ERROR, NULL, _ ("expected %s, found %s"), _ ("a string"), _succession_load_node_kind (node));
          _succession_load_path_pop (ctx);
          exact = FALSE;
        }
      /* Notes read after the memberships are checked once they are read. */
      else if (ctx->notes_read && !g_hash_table_contains (dataset->notes, node->u.string))
        {
          report_missing_note (ctx, i, node->u.string);
          exact = FALSE;
        }
      else
        g_strv_builder_add (builder, node->u.string);
    }
  tenure->note_ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  _succession_json_mark (note_ids, exact);

  if (!ctx->notes_read && tenure->note_ids[0] != NULL)
    g_ptr_array_add (ctx->note_checks, g_object_ref (tenure));
}

static void
read_person_and_office (SuccessionLoadContext *ctx,
                        JsonValue             *object,
                        SuccessionTenure      *tenure)
{
  SuccessionDataset *dataset = ctx->dataset;
  const char        *person_id, *post_id;

  person_id = _succession_load_read_string (ctx, object, "person_id");
  if (person_id != NULL)
    {
      SuccessionPerson *person = g_hash_table_lookup (dataset->persons_by_id, person_id);

      if (person == NULL)
        _succession_load_report (ctx, ERROR, "person_id", _ ("no person has the id “%s”"), person_id);
      else
        tenure->person = g_object_ref (person);

      if (tenure->kind == SUCCESSION_TENURE_KIND_VACANCY)
        _succession_load_warn (ctx, SUCCESSION_WARNING_VACANCY_PERSON, "person_id", "%s", _ ("a vacancy names a person"));
    }
  else if (tenure->kind != SUCCESSION_TENURE_KIND_VACANCY && _succession_load_member (object, "person_id") == NULL &&
           _succession_load_member (object, "member") == NULL)
    {
      _succession_load_report (ctx, ERROR, "person_id", _ ("a tenure needs a “person_id” unless its kind is “vacancy”"));
    }

  tenure->body = _succession_load_resolve_body (ctx, object, "organization_id");

  post_id = _succession_load_read_string (ctx, object, "post_id");
  if (post_id != NULL)
    {
      SuccessionOffice *office = g_hash_table_lookup (dataset->offices_by_id, post_id);

      if (office == NULL)
        _succession_load_report (ctx, ERROR, "post_id", _ ("no office has the id “%s”"), post_id);
      else
        {
          tenure->office = g_object_ref (office);
          if (tenure->body == NULL && office->body != NULL)
            tenure->body = g_object_ref (office->body);
        }
    }
  else if (tenure->body != NULL)
    {
      tenure->office = g_object_ref (synthesized_office (ctx, tenure->body, tenure->role));
    }
  else if (_succession_load_member (object, "post_id") == NULL && _succession_load_member (object, "organization_id") == NULL)
    {
      _succession_load_report (ctx, ERROR, NULL, _ ("a tenure needs a “post_id” or an “organization_id”"));
    }
}

void
_succession_load_convert_membership (SuccessionLoadContext *ctx,
                                     JsonValue             *object,
                                     guint                  index)
{
  SuccessionDataset *dataset = ctx->dataset;
  g_autoptr(SuccessionTenure) tenure = _succession_tenure_new ();
  JsonValue *end_status;
  guint      value;

  tenure->index = index;
  tenure->id = _succession_load_dup_string (ctx, object, "id");
  if (tenure->id == NULL && _succession_load_member (object, "id") == NULL)
    {
      /* Stable across loads of the same file: its position. Never written back. */
      tenure->id = g_strdup_printf ("membership-%u", index);
      while (g_hash_table_contains (dataset->tenures_by_id, tenure->id))
        {
          char *longer = g_strconcat (tenure->id, "-", NULL);
          g_free (tenure->id);
          tenure->id = longer;
        }
    }

  tenure->role = _succession_load_dup_string (ctx, object, "role");
  tenure->label = _succession_load_dup_string (ctx, object, "label");
  _succession_load_read_date (ctx, object, "start_date", &tenure->start_date);
  _succession_load_read_qualifier (ctx, object, "start_date_qualifier", &tenure->start_date);
  _succession_load_read_date (ctx, object, "end_date", &tenure->end_date);
  _succession_load_read_qualifier (ctx, object, "end_date_qualifier", &tenure->end_date);

  tenure->kind = SUCCESSION_TENURE_KIND_REGULAR;
  if (_succession_load_read_enum (ctx, object, "kind", kind_names, G_N_ELEMENTS (kind_names), &value))
    tenure->kind = value;

  tenure->end_status = succession_date_is_set (&tenure->end_date) ? SUCCESSION_END_STATUS_ENDED
                                                                  : SUCCESSION_END_STATUS_UNKNOWN;
  if (_succession_load_read_enum (ctx, object, "end_status", end_status_names, G_N_ELEMENTS (end_status_names), &value))
    {
      tenure->end_status = value;
      if (value == SUCCESSION_END_STATUS_ONGOING && succession_date_is_set (&tenure->end_date))
        _succession_load_report (ctx, ERROR, "end_status", _ ("an ongoing tenure cannot have an end date"));
      if (value == SUCCESSION_END_STATUS_ENDED && !succession_date_is_set (&tenure->end_date))
        tenure->end_status = SUCCESSION_END_STATUS_UNKNOWN;
    }

  {
    gint64 sort_order;

    if (_succession_load_read_int (ctx, object, "sort_order", G_MININT, G_MAXINT, &sort_order))
      tenure->sort_order = (int) sort_order;
  }
  read_terms (ctx, object, tenure);
  read_concurrent_offices (ctx, object, tenure);
  read_alternatives (ctx, object, tenure);
  tenure->note = _succession_load_read_localized (ctx, object, "note");
  tenure->sources = _succession_load_read_sources (ctx, object, "sources");
  tenure->on_behalf_of = _succession_load_resolve_body (ctx, object, "on_behalf_of_id");
  read_note_ids (ctx, object, tenure);
  read_person_and_office (ctx, object, tenure);

  /* "ended" without an end date reads as unknown, and is kept as the file wrote it. */
  if ((end_status = _succession_load_member (object, "end_status")) != NULL && _succession_json_is_string (end_status))
    _succession_json_mark (end_status, strcmp (end_status->u.string, end_status_names[tenure->end_status]) == 0);

  if (succession_date_is_set (&tenure->start_date) && succession_date_is_set (&tenure->end_date) &&
      succession_date_get_last_day (&tenure->end_date) < succession_date_get_first_day (&tenure->start_date))
    {
      g_autofree char *start = succession_date_to_iso (&tenure->start_date);
      g_autofree char *end = succession_date_to_iso (&tenure->end_date);

      _succession_load_report (ctx, ERROR, "end_date", _ ("the end date “%s” is before the start date “%s”"), end, start);
    }

  if (tenure->id == NULL || !_succession_load_register_id (ctx, dataset->tenures_by_id, tenure->id, tenure, _ ("tenure")))
    return;

  _succession_load_keep (ctx, tenure, object);
  if (tenure->office != NULL)
    g_ptr_array_add (tenure->office->tenures, g_object_ref (tenure));
  if (tenure->person != NULL)
    g_ptr_array_add (tenure->person->tenures, g_object_ref (tenure));
  g_ptr_array_add (dataset->tenures, g_steal_pointer (&tenure));
}

void
_succession_load_settle_tenures (SuccessionLoadContext *ctx)
{
  SuccessionDataset *dataset = ctx->dataset;
  SuccessionDate     today;

  /* The dataset's last recorded date: the latest day any date in the file reaches. */
  if (ctx->last_day > 0)
    succession_date_init_from_day (&dataset->last_recorded, ctx->last_day);
  succession_date_init_today (&today);

  /* A membership of a term with no end is in office as far as the file knows. Past the file's
   * last recorded date (an old snapshot), nothing says it still is: its end is unknown. */
  for (guint i = 0; i < ctx->open_tenures->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (ctx->open_tenures, i);

      tenure->end_status = ctx->last_day >= succession_date_get_first_day (&today)
                             ? SUCCESSION_END_STATUS_ONGOING
                             : SUCCESSION_END_STATUS_UNKNOWN;
    }

  for (guint i = 0; i < ctx->note_checks->len; i++)
    {
      SuccessionTenure *tenure = g_ptr_array_index (ctx->note_checks, i);

      _succession_load_path_push (ctx, "memberships", (int) tenure->index);
      for (guint j = 0; tenure->note_ids[j] != NULL; j++)
        if (!g_hash_table_contains (dataset->notes, tenure->note_ids[j]))
          report_missing_note (ctx, j, tenure->note_ids[j]);
      _succession_load_path_pop (ctx);
    }
}
