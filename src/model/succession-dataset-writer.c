/* succession-dataset-writer.c — a dataset written back as Popolo JSON
 *
 * The inverse of the loader, field by field. A record read from a file is written member by
 * member in the file's order (succession-kept.h): what the model read exactly from the model,
 * everything else (fields the model does not use, values in a form of its own) as the file
 * had it. So an unedited file is written back as it was, up to white space, and values the
 * loader derived (an office's label from its role, a membership's id from its position, its
 * dates from its legislative period) are not added. A record with nothing kept is written
 * whole from the model, in the canonical order below.
 *
 * The text is written here rather than through json-glib: kept members are spliced in as
 * written (a number past 64 bits, a string with its own escapes), which a JsonNode cannot
 * carry. The layout is the one of Python's json.dump (indent 1, "key": value), in which the
 * bundled dataset is kept, so writing it back changes no byte.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-writer"

#include "config.h"

#include <string.h>

#include "succession-dataset-writer-private.h"
#include "succession-dataset-writer.h"

static const char *const kind_names[] = { "regular", "acting", "honorary", "vacancy" };
static const char *const end_status_names[] = { "ended", "ongoing", "unknown" };

/* ---------------------------------------------------------------------------------------- */
/* Records                                                                                   */

/* Writes the member @name of @record if the model has a value for it. @given: the file had
 * the member, so a value that is the default (a sort order of 0) is written too. */
typedef void (*FieldFunc) (Writer *w, const char *name, gpointer record, gboolean given);

typedef struct
{
  const char *name;
  FieldFunc   write;
} Field;

/* A record with what was kept of it (under @kept_key): member by member in the file's order;
 * else every field of @fields in turn. */
static void
write_record (Writer       *w,
              gconstpointer kept_key,
              gpointer      record,
              const Field  *fields,
              guint         n_fields)
{
  const SuccessionKeptRecord *kept = _succession_kept_lookup (w->kept, kept_key);

  writer_begin (w, '{');
  if (kept == NULL)
    {
      for (guint i = 0; i < n_fields; i++)
        fields[i].write (w, fields[i].name, record, FALSE);
    }
  else
    {
      for (guint i = 0; i < kept->layout->n; i++)
        {
          const char *name = kept->layout->keys[i];

          if (kept->raw != NULL && kept->raw[i] != NULL)
            {
              writer_key (w, name);
              writer_raw_value (w, kept->raw[i]);
              continue;
            }

          for (guint f = 0; f < n_fields; f++)
            if (strcmp (fields[f].name, name) == 0)
              {
                fields[f].write (w, name, record, TRUE);
                break;
              }
        }
    }
  writer_end (w, '}');
}

#define STRING_FIELD(type, field)                                                                   \
  static void write_##type##_##field (Writer *w, const char *name, gpointer record, gboolean given) \
  {                                                                                                 \
    writer_add_string (w, name, ((type *) record)->field);                                          \
  }
#define DATE_FIELD(type, field)                                                                     \
  static void write_##type##_##field (Writer *w, const char *name, gpointer record, gboolean given) \
  {                                                                                                 \
    writer_add_date (w, name, &((type *) record)->field);                                           \
  }
#define QUALIFIER_FIELD(type, field)                                                                            \
  static void write_##type##_##field##_qualifier (Writer *w, const char *name, gpointer record, gboolean given) \
  {                                                                                                             \
    writer_add_qualifier (w, name, &((type *) record)->field);                                                  \
  }
#define LOCALIZED_FIELD(type, field)                                                                \
  static void write_##type##_##field (Writer *w, const char *name, gpointer record, gboolean given) \
  {                                                                                                 \
    writer_add_localized (w, name, ((type *) record)->field);                                       \
  }
#define NAMES_FIELD(type)                                                                         \
  static void write_##type##_names (Writer *w, const char *name, gpointer record, gboolean given) \
  {                                                                                               \
    writer_add_other_names (w, name, ((type *) record)->names);                                   \
  }
#define SOURCES_FIELD(type)                                                                         \
  static void write_##type##_sources (Writer *w, const char *name, gpointer record, gboolean given) \
  {                                                                                                 \
    writer_add_sources (w, name, ((type *) record)->sources);                                       \
  }
#define BODY_ID_FIELD(type, field)                                                                  \
  static void write_##type##_##field (Writer *w, const char *name, gpointer record, gboolean given) \
  {                                                                                                 \
    SuccessionBody *b = ((type *) record)->field;                                                   \
    writer_add_string (w, name, b != NULL ? b->id : NULL);                                          \
  }

/* Bodies */

STRING_FIELD (SuccessionBody, id)
STRING_FIELD (SuccessionBody, name)
NAMES_FIELD (SuccessionBody)
STRING_FIELD (SuccessionBody, classification)
STRING_FIELD (SuccessionBody, parent_id)
DATE_FIELD (SuccessionBody, founding_date)
DATE_FIELD (SuccessionBody, dissolution_date)
LOCALIZED_FIELD (SuccessionBody, description)
LOCALIZED_FIELD (SuccessionBody, rank)
LOCALIZED_FIELD (SuccessionBody, address)
LOCALIZED_FIELD (SuccessionBody, note)
SOURCES_FIELD (SuccessionBody)

static void
write_SuccessionBody_predecessor (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionBody *body = record;

  if (body->predecessor_name == NULL && !succession_date_is_set (&body->predecessor_founding_date))
    return;
  writer_key (w, name);
  writer_begin (w, '{');
  writer_add_localized (w, "name", body->predecessor_name);
  writer_add_date (w, "founding_date", &body->predecessor_founding_date);
  writer_end (w, '}');
}

static void
write_SuccessionBody_sort_order (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionBody *body = record;

  if (given || body->sort_order != 0)
    writer_add_int (w, name, body->sort_order);
}

static void
write_SuccessionBody_member_offices (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionBody *body = record;

  if (body->member_office_ids != NULL && (given || body->member_office_ids[0] != NULL))
    writer_add_strings (w, name, (const char *const *) body->member_office_ids);
}

static const Field body_fields[] = {
  { "id", write_SuccessionBody_id },
  { "name", write_SuccessionBody_name },
  { "other_names", write_SuccessionBody_names },
  { "classification", write_SuccessionBody_classification },
  { "parent_id", write_SuccessionBody_parent_id },
  { "founding_date", write_SuccessionBody_founding_date },
  { "dissolution_date", write_SuccessionBody_dissolution_date },
  { "descriptions", write_SuccessionBody_description },
  { "rank", write_SuccessionBody_rank },
  { "address", write_SuccessionBody_address },
  { "predecessor", write_SuccessionBody_predecessor },
  { "sort_order", write_SuccessionBody_sort_order },
  { "member_post_ids", write_SuccessionBody_member_offices },
  { "note", write_SuccessionBody_note },
  { "sources", write_SuccessionBody_sources },
};

/* Popolo identifiers with the one the model keeps (the file's others are kept as written). */
static void
add_wikidata_identifier (Writer     *w,
                         const char *name,
                         const char *wikidata)
{
  if (wikidata == NULL)
    return;
  writer_key (w, name);
  writer_begin (w, '[');
  writer_item (w);
  writer_begin (w, '{');
  writer_add_string (w, "scheme", "wikidata");
  writer_add_string (w, "identifier", wikidata);
  writer_end (w, '}');
  writer_end (w, ']');
}

/* Offices */

STRING_FIELD (SuccessionOffice, id)
STRING_FIELD (SuccessionOffice, label)
STRING_FIELD (SuccessionOffice, role)
NAMES_FIELD (SuccessionOffice)
BODY_ID_FIELD (SuccessionOffice, body)
BODY_ID_FIELD (SuccessionOffice, term_body)
STRING_FIELD (SuccessionOffice, chair_office_id)
DATE_FIELD (SuccessionOffice, start_date)
DATE_FIELD (SuccessionOffice, end_date)
LOCALIZED_FIELD (SuccessionOffice, description)
LOCALIZED_FIELD (SuccessionOffice, note)
SOURCES_FIELD (SuccessionOffice)

static void
write_SuccessionOffice_seats (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionOffice *office = record;

  /* 0: the file does not say. */
  if (office->seats > 0)
    writer_add_int (w, name, office->seats);
}

static void
write_SuccessionOffice_infobox (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionOffice *office = record;

  if (office->infobox == NULL)
    return;

  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; i < office->infobox->len; i++)
    {
      SuccessionInfoboxEntry *fact = g_ptr_array_index (office->infobox, i);

      writer_item (w);
      writer_begin (w, '{');
      writer_add_string (w, "key", fact->key);
      writer_add_localized (w, "value", fact->value);
      writer_end (w, '}');
    }
  writer_end (w, ']');
}

static void
write_SuccessionOffice_identifiers (Writer *w, const char *name, gpointer record, gboolean given)
{
  add_wikidata_identifier (w, name, ((SuccessionOffice *) record)->wikidata);
}

static const Field office_fields[] = {
  { "id", write_SuccessionOffice_id },
  { "label", write_SuccessionOffice_label },
  { "role", write_SuccessionOffice_role },
  { "other_names", write_SuccessionOffice_names },
  { "organization_id", write_SuccessionOffice_body },
  { "term_organization_id", write_SuccessionOffice_term_body },
  { "chair_post_id", write_SuccessionOffice_chair_office_id },
  { "identifiers", write_SuccessionOffice_identifiers },
  { "start_date", write_SuccessionOffice_start_date },
  { "end_date", write_SuccessionOffice_end_date },
  { "seats", write_SuccessionOffice_seats },
  { "descriptions", write_SuccessionOffice_description },
  { "infobox", write_SuccessionOffice_infobox },
  { "note", write_SuccessionOffice_note },
  { "sources", write_SuccessionOffice_sources },
};

/* Persons */

STRING_FIELD (SuccessionPerson, id)
STRING_FIELD (SuccessionPerson, name)
STRING_FIELD (SuccessionPerson, sort_name)
NAMES_FIELD (SuccessionPerson)
STRING_FIELD (SuccessionPerson, gender)
DATE_FIELD (SuccessionPerson, birth_date)
QUALIFIER_FIELD (SuccessionPerson, birth_date)
DATE_FIELD (SuccessionPerson, death_date)
QUALIFIER_FIELD (SuccessionPerson, death_date)
LOCALIZED_FIELD (SuccessionPerson, note)
SOURCES_FIELD (SuccessionPerson)

static void
write_SuccessionPerson_identifiers (Writer *w, const char *name, gpointer record, gboolean given)
{
  add_wikidata_identifier (w, name, ((SuccessionPerson *) record)->wikidata);
}

static const Field person_fields[] = {
  { "id", write_SuccessionPerson_id },
  { "name", write_SuccessionPerson_name },
  { "sort_name", write_SuccessionPerson_sort_name },
  { "other_names", write_SuccessionPerson_names },
  { "gender", write_SuccessionPerson_gender },
  { "birth_date", write_SuccessionPerson_birth_date },
  { "birth_date_qualifier", write_SuccessionPerson_birth_date_qualifier },
  { "death_date", write_SuccessionPerson_death_date },
  { "death_date_qualifier", write_SuccessionPerson_death_date_qualifier },
  { "identifiers", write_SuccessionPerson_identifiers },
  { "note", write_SuccessionPerson_note },
  { "sources", write_SuccessionPerson_sources },
};

/* Terms */

STRING_FIELD (SuccessionTerm, id)
STRING_FIELD (SuccessionTerm, name)
NAMES_FIELD (SuccessionTerm)
STRING_FIELD (SuccessionTerm, classification)
BODY_ID_FIELD (SuccessionTerm, body)
DATE_FIELD (SuccessionTerm, start_date)
DATE_FIELD (SuccessionTerm, end_date)
LOCALIZED_FIELD (SuccessionTerm, note)
SOURCES_FIELD (SuccessionTerm)

static void
write_SuccessionTerm_number (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTerm *term = record;

  if (given || term->number != 0)
    writer_add_int (w, name, term->number);
}

static const Field term_fields[] = {
  { "id", write_SuccessionTerm_id },
  { "name", write_SuccessionTerm_name },
  { "number", write_SuccessionTerm_number },
  { "other_names", write_SuccessionTerm_names },
  { "classification", write_SuccessionTerm_classification },
  { "organization_id", write_SuccessionTerm_body },
  { "start_date", write_SuccessionTerm_start_date },
  { "end_date", write_SuccessionTerm_end_date },
  { "note", write_SuccessionTerm_note },
  { "sources", write_SuccessionTerm_sources },
};

/* Tenures */

STRING_FIELD (SuccessionTenure, id)
STRING_FIELD (SuccessionTenure, role)
STRING_FIELD (SuccessionTenure, label)
DATE_FIELD (SuccessionTenure, start_date)
QUALIFIER_FIELD (SuccessionTenure, start_date)
DATE_FIELD (SuccessionTenure, end_date)
QUALIFIER_FIELD (SuccessionTenure, end_date)
BODY_ID_FIELD (SuccessionTenure, body)
BODY_ID_FIELD (SuccessionTenure, on_behalf_of)
LOCALIZED_FIELD (SuccessionTenure, note)
SOURCES_FIELD (SuccessionTenure)

static void
write_SuccessionTenure_person (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTenure *tenure = record;

  writer_add_string (w, name, tenure->person != NULL ? tenure->person->id : NULL);
}

static void
write_SuccessionTenure_office (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTenure *tenure = record;

  /* An office the loader made up from organization_id and role has no post to name. */
  if (tenure->office != NULL && !tenure->office->synthesized)
    writer_add_string (w, name, tenure->office->id);
}

static void
write_SuccessionTenure_end_status (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTenure *tenure = record;

  /* "ended" is what an end date says already. */
  if (given || tenure->end_status != SUCCESSION_END_STATUS_ENDED)
    writer_add_string (w, name, end_status_names[tenure->end_status]);
}

static void
write_SuccessionTenure_kind (Writer *w, const char *name, gpointer record, gboolean given)
{
  writer_add_string (w, name, kind_names[((SuccessionTenure *) record)->kind]);
}

static void
write_SuccessionTenure_terms (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTenure *tenure = record;

  if (tenure->terms == NULL || (tenure->terms->len == 0 && !given))
    return;

  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; i < tenure->terms->len; i++)
    {
      writer_item (w);
      writer_string (w, ((SuccessionTerm *) g_ptr_array_index (tenure->terms, i))->id);
    }
  writer_end (w, ']');
}

static void
write_SuccessionTenure_concurrent_offices (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTenure *tenure = record;

  if (tenure->concurrent_offices == NULL)
    return;

  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; i < tenure->concurrent_offices->len; i++)
    {
      writer_item (w);
      writer_begin (w, '{');
      writer_add_localized (w, "label", g_ptr_array_index (tenure->concurrent_offices, i));
      writer_end (w, '}');
    }
  writer_end (w, ']');
}

static void
write_SuccessionTenure_alternatives (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTenure *tenure = record;

  if (tenure->alternatives == NULL)
    return;

  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; i < tenure->alternatives->len; i++)
    {
      SuccessionDateAlternative *alt = g_ptr_array_index (tenure->alternatives, i);

      writer_item (w);
      writer_begin (w, '{');
      writer_add_string (w, "field", alt->is_end ? "end_date" : "start_date");
      writer_add_date (w, "value", &alt->date);
      writer_add_sources (w, "sources", alt->sources);
      writer_add_localized (w, "note", alt->note);
      writer_end (w, '}');
    }
  writer_end (w, ']');
}

static void
write_SuccessionTenure_note_ids (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTenure *tenure = record;

  if (tenure->note_ids != NULL && (given || tenure->note_ids[0] != NULL))
    writer_add_strings (w, name, (const char *const *) tenure->note_ids);
}

static void
write_SuccessionTenure_sort_order (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionTenure *tenure = record;

  if (given || tenure->sort_order != 0)
    writer_add_int (w, name, tenure->sort_order);
}

static const Field tenure_fields[] = {
  { "id", write_SuccessionTenure_id },
  { "person_id", write_SuccessionTenure_person },
  { "post_id", write_SuccessionTenure_office },
  { "organization_id", write_SuccessionTenure_body },
  { "on_behalf_of_id", write_SuccessionTenure_on_behalf_of },
  { "role", write_SuccessionTenure_role },
  { "label", write_SuccessionTenure_label },
  { "start_date", write_SuccessionTenure_start_date },
  { "start_date_qualifier", write_SuccessionTenure_start_date_qualifier },
  { "end_date", write_SuccessionTenure_end_date },
  { "end_date_qualifier", write_SuccessionTenure_end_date_qualifier },
  { "end_status", write_SuccessionTenure_end_status },
  { "kind", write_SuccessionTenure_kind },
  { "sort_order", write_SuccessionTenure_sort_order },
  { "term_ids", write_SuccessionTenure_terms },
  { "concurrent_offices", write_SuccessionTenure_concurrent_offices },
  { "date_alternatives", write_SuccessionTenure_alternatives },
  { "note_ids", write_SuccessionTenure_note_ids },
  { "note", write_SuccessionTenure_note },
  { "sources", write_SuccessionTenure_sources },
};

/* ---------------------------------------------------------------------------------------- */
/* The dataset                                                                               */

static void
write_meta_title (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionDataset *dataset = record;

  /* As the file had it: an object of translations (a plain string is kept as written). */
  if (given || succession_text_get_n (dataset->title_text) > 1)
    writer_add_localized (w, name, dataset->title_text);
  else
    writer_add_string (w, name, dataset->title);
}

static void
write_meta_version (Writer *w, const char *name, gpointer record, gboolean given)
{
  writer_add_string (w, name, ((SuccessionDataset *) record)->version);
}

static void
write_meta_license (Writer *w, const char *name, gpointer record, gboolean given)
{
  writer_add_string (w, name, ((SuccessionDataset *) record)->license);
}

static void
write_meta_languages (Writer *w, const char *name, gpointer record, gboolean given)
{
  writer_add_strings (w, name, (const char *const *) ((SuccessionDataset *) record)->languages);
}

static void
write_meta_date_convention (Writer *w, const char *name, gpointer record, gboolean given)
{
  writer_add_localized (w, name, ((SuccessionDataset *) record)->date_convention);
}

static void
write_meta_notes (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionDataset *dataset = record;

  if (dataset->note_order->len == 0 && !given)
    return;

  /* In the file's order. */
  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; i < dataset->note_order->len; i++)
    {
      const char *id = g_ptr_array_index (dataset->note_order, i);

      writer_item (w);
      writer_begin (w, '{');
      writer_add_string (w, "id", id);
      writer_add_localized (w, "text", g_hash_table_lookup (dataset->notes, id));
      writer_end (w, '}');
    }
  writer_end (w, ']');
}

static const Field meta_fields[] = {
  { "title", write_meta_title },
  { "version", write_meta_version },
  { "languages", write_meta_languages },
  { "date_convention", write_meta_date_convention },
  { "notes", write_meta_notes },
  { "license", write_meta_license },
};

/* The dataset's meta is kept under a key of its own (SUCCESSION_KEPT_META). */
static void
write_meta (Writer *w, const char *name, gpointer record, gboolean given)
{
  SuccessionDataset *dataset = record;

  writer_key (w, name);
  write_record (w, SUCCESSION_KEPT_META (dataset), dataset, meta_fields, G_N_ELEMENTS (meta_fields));
}

/* Whether the section @records writes @record: an office the loader made up is not in the file. */
static gboolean
is_written (const Field  *fields,
            gconstpointer record)
{
  return fields != office_fields || !((const SuccessionOffice *) record)->synthesized;
}

static void
write_section (Writer      *w,
               const char  *name,
               GPtrArray   *records,
               const Field *fields,
               guint        n_fields)
{
  WriterSplice *splice =
    w->splice != NULL && w->splice->collection != NULL && strcmp (w->splice->collection, name) == 0 ? w->splice : NULL;
  guint written = 0;

  writer_key (w, name);
  writer_begin (w, '[');
  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);

      if (!is_written (fields, record) || (w->splice != NULL && w->splice->left_out != NULL &&
                                           g_hash_table_contains (w->splice->left_out, record)))
        continue;
      writer_item (w);
      if (splice != NULL && splice->replaced == record)
        {
          writer_raw_value (w, splice->text);
          splice->index = written;
          splice->done = TRUE;
        }
      else
        write_record (w, record, record, fields, n_fields);
      written++;
    }
  if (splice != NULL && splice->replaced == NULL)
    {
      writer_item (w);
      writer_raw_value (w, splice->text);
      splice->index = written;
      splice->done = TRUE;
    }
  writer_end (w, ']');
}

static void
write_organizations (Writer *w, const char *name, gpointer record, gboolean given)
{
  write_section (w, name, ((SuccessionDataset *) record)->bodies, body_fields, G_N_ELEMENTS (body_fields));
}

static void
write_posts (Writer *w, const char *name, gpointer record, gboolean given)
{
  write_section (w, name, ((SuccessionDataset *) record)->offices, office_fields, G_N_ELEMENTS (office_fields));
}

static void
write_persons (Writer *w, const char *name, gpointer record, gboolean given)
{
  write_section (w, name, ((SuccessionDataset *) record)->persons, person_fields, G_N_ELEMENTS (person_fields));
}

static void
write_events (Writer *w, const char *name, gpointer record, gboolean given)
{
  write_section (w, name, ((SuccessionDataset *) record)->terms, term_fields, G_N_ELEMENTS (term_fields));
}

static void
write_memberships (Writer *w, const char *name, gpointer record, gboolean given)
{
  write_section (w, name, ((SuccessionDataset *) record)->tenures, tenure_fields, G_N_ELEMENTS (tenure_fields));
}

static const Field top_fields[] = {
  { "meta", write_meta },
  { "organizations", write_organizations },
  { "posts", write_posts },
  { "persons", write_persons },
  { "events", write_events },
  { "memberships", write_memberships },
};

static char *
write_dataset (SuccessionDataset *dataset,
               WriterSplice      *splice,
               gsize             *length)
{
  Writer w = { 0 };

  w.out = g_string_sized_new (64 * 1024);
  w.kept = dataset->kept;
  w.splice = splice;

  write_record (&w, SUCCESSION_KEPT_TOP (dataset), dataset, top_fields, G_N_ELEMENTS (top_fields));
  g_string_append_c (w.out, '\n');

  if (length != NULL)
    *length = w.out->len;
  return g_string_free (w.out, FALSE);
}

char *
succession_dataset_to_data (SuccessionDataset *dataset,
                            gsize             *length)
{
  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  return write_dataset (dataset, NULL, length);
}

char *
_succession_dataset_to_data_spliced (SuccessionDataset *dataset,
                                     WriterSplice      *splice,
                                     gsize             *length)
{
  g_autofree char *data = NULL;

  splice->done = FALSE;
  data = write_dataset (dataset, splice, length);
  return splice->done || splice->collection == NULL ? g_steal_pointer (&data) : NULL;
}

/* The records and fields of the section called @collection. */
static GPtrArray *
section (SuccessionDataset *dataset,
         const char        *collection,
         const Field      **fields,
         guint             *n_fields)
{
#define SECTION(name, array, table)     \
  if (strcmp (collection, name) == 0)   \
    {                                   \
      *fields = table;                  \
      *n_fields = G_N_ELEMENTS (table); \
      return dataset->array;            \
    }
  SECTION ("organizations", bodies, body_fields)
  SECTION ("posts", offices, office_fields)
  SECTION ("persons", persons, person_fields)
  SECTION ("events", terms, term_fields)
  SECTION ("memberships", tenures, tenure_fields)
#undef SECTION
  return NULL;
}

char *
_succession_dataset_write_record (SuccessionDataset *dataset,
                                  const char        *collection,
                                  gconstpointer      record,
                                  guint             *index)
{
  const Field *fields = NULL;
  guint        n_fields = 0;
  GPtrArray   *records = section (dataset, collection, &fields, &n_fields);
  guint        written = 0;

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      gpointer candidate = g_ptr_array_index (records, i);
      Writer   w = { 0 };

      if (!is_written (fields, candidate))
        continue;
      if (candidate != record)
        {
          written++;
          continue;
        }
      w.out = g_string_new (NULL);
      w.kept = dataset->kept;
      write_record (&w, record, candidate, fields, n_fields);
      *index = written;
      return g_string_free (w.out, FALSE);
    }
  return NULL;
}

JsonNode *
succession_dataset_to_json (SuccessionDataset *dataset)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = NULL;
  gsize            length;

  g_return_val_if_fail (SUCCESSION_IS_DATASET (dataset), NULL);

  /* json-glib serves here: a tree for a caller that wants one. */
  data = succession_dataset_to_data (dataset, &length);
  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL))
    g_return_val_if_reached (NULL);
  return json_node_copy (json_parser_get_root (parser));
}
