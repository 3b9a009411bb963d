/* succession-kept.c — what a file had that the model does not write back, kept per record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-kept"

#include "config.h"

#include <string.h>

#include "succession-kept.h"

struct _SuccessionKept
{
  SuccessionArena *arena;   /* layouts, texts and records: freed with the dataset */
  GHashTable      *layouts; /* SuccessionLayout, by content */
  GHashTable      *records; /* record -> SuccessionKeptRecord */
  /* The record being built. */
  GPtrArray *keys;  /* const char *, borrowed until the layout is interned */
  GArray    *spans; /* gssize pairs: offset and length in scratch, or -1 */
  GString   *scratch;
  gboolean   any_raw;
};

static guint
layout_hash (gconstpointer data)
{
  const SuccessionLayout *layout = data;
  guint                   hash = layout->n;

  for (guint i = 0; i < layout->n; i++)
    hash = hash * 31 + g_str_hash (layout->keys[i]);
  return hash;
}

static gboolean
layout_equal (gconstpointer a,
              gconstpointer b)
{
  const SuccessionLayout *la = a;
  const SuccessionLayout *lb = b;

  if (la->n != lb->n)
    return FALSE;
  for (guint i = 0; i < la->n; i++)
    if (strcmp (la->keys[i], lb->keys[i]) != 0)
      return FALSE;
  return TRUE;
}

SuccessionKept *
_succession_kept_new (void)
{
  SuccessionKept *kept = g_new0 (SuccessionKept, 1);

  kept->arena = _succession_arena_new (64 * 1024);
  kept->layouts = g_hash_table_new (layout_hash, layout_equal);
  kept->records = g_hash_table_new (g_direct_hash, g_direct_equal);
  kept->keys = g_ptr_array_new ();
  kept->spans = g_array_new (FALSE, FALSE, sizeof (gssize));
  kept->scratch = g_string_new (NULL);
  return kept;
}

void
_succession_kept_free (SuccessionKept *kept)
{
  if (kept == NULL)
    return;

  g_hash_table_unref (kept->layouts);
  g_hash_table_unref (kept->records);
  g_ptr_array_unref (kept->keys);
  g_array_unref (kept->spans);
  g_string_free (kept->scratch, TRUE);
  _succession_arena_free (kept->arena);
  g_free (kept);
}

void
_succession_kept_begin (SuccessionKept *kept)
{
  g_ptr_array_set_size (kept->keys, 0);
  g_array_set_size (kept->spans, 0);
  g_string_truncate (kept->scratch, 0);
  kept->any_raw = FALSE;
}

void
_succession_kept_member (SuccessionKept *kept,
                         const char     *key,
                         const char     *raw,
                         gsize           raw_length)
{
  gssize span[2] = { -1, 0 };

  g_ptr_array_add (kept->keys, (gpointer) key);
  if (raw != NULL)
    {
      span[0] = (gssize) kept->scratch->len;
      _succession_json_minify (raw, raw_length, kept->scratch);
      span[1] = (gssize) (kept->scratch->len - span[0]);
      kept->any_raw = TRUE;
    }
  g_array_append_vals (kept->spans, span, 2);
}

static const SuccessionLayout *
intern_layout (SuccessionKept *kept)
{
  SuccessionLayout  probe = { kept->keys->len, (const char **) kept->keys->pdata };
  SuccessionLayout *layout = g_hash_table_lookup (kept->layouts, &probe);

  if (layout != NULL)
    return layout;

  layout = _succession_arena_alloc (kept->arena, sizeof *layout);
  layout->n = probe.n;
  layout->keys = _succession_arena_alloc (kept->arena, MAX (probe.n, 1) * sizeof (char *));
  for (guint i = 0; i < probe.n; i++)
    layout->keys[i] = _succession_arena_strndup (kept->arena, probe.keys[i], strlen (probe.keys[i]));
  g_hash_table_add (kept->layouts, layout);
  return layout;
}

void
_succession_kept_end (SuccessionKept *kept,
                      gconstpointer   record)
{
  SuccessionKeptRecord *kr = _succession_arena_alloc (kept->arena, sizeof *kr);

  kr->layout = intern_layout (kept);
  kr->raw = NULL;
  if (kept->any_raw)
    {
      kr->raw = _succession_arena_alloc (kept->arena, kr->layout->n * sizeof (char *));
      for (guint i = 0; i < kr->layout->n; i++)
        {
          gssize offset = g_array_index (kept->spans, gssize, 2 * i);
          gssize length = g_array_index (kept->spans, gssize, 2 * i + 1);

          kr->raw[i] = offset < 0 ? NULL : _succession_arena_strndup (kept->arena, kept->scratch->str + offset, length);
        }
    }

  g_hash_table_insert (kept->records, (gpointer) record, kr);
}

void
_succession_kept_add_object (SuccessionKept            *kept,
                             gconstpointer              record,
                             const char                *data,
                             const SuccessionJsonValue *object)
{
  _succession_kept_begin (kept);
  for (guint32 i = 0; i < object->n; i++)
    {
      const SuccessionJsonMember *member = &object->u.members[i];
      gboolean                    exact = member->value.use == SUCCESSION_JSON_EXACT;

      _succession_kept_member (kept, member->key, exact ? NULL : data + member->value.start,
                               member->value.end - member->value.start);
    }
  _succession_kept_end (kept, record);
}

const SuccessionKeptRecord *
_succession_kept_lookup (SuccessionKept *kept,
                         gconstpointer   record)
{
  return kept != NULL ? g_hash_table_lookup (kept->records, record) : NULL;
}

const SuccessionKeptRecord *
_succession_kept_copy_record (SuccessionKept *kept,
                              SuccessionKept *from,
                              gconstpointer   from_record)
{
  const SuccessionKeptRecord *source = _succession_kept_lookup (from, from_record);

  if (source == NULL)
    return NULL;
  _succession_kept_begin (kept);
  for (guint i = 0; i < source->layout->n; i++)
    {
      const char *raw = source->raw != NULL ? source->raw[i] : NULL;

      _succession_kept_member (kept, source->layout->keys[i], raw, raw != NULL ? strlen (raw) : 0);
    }
  /* Built under a key of its own, then taken out again: the record's own stays until replaced. */
  _succession_kept_end (kept, &kept->scratch);
  source = g_hash_table_lookup (kept->records, &kept->scratch);
  g_hash_table_remove (kept->records, &kept->scratch);
  return source;
}

const SuccessionKeptRecord *
_succession_kept_replace (SuccessionKept             *kept,
                          gconstpointer               record,
                          const SuccessionKeptRecord *kept_record)
{
  const SuccessionKeptRecord *before = g_hash_table_lookup (kept->records, record);

  if (kept_record != NULL)
    g_hash_table_insert (kept->records, (gpointer) record, (gpointer) kept_record);
  else
    g_hash_table_remove (kept->records, record);
  return before;
}

gsize
_succession_kept_get_size (SuccessionKept *kept)
{
  return kept != NULL ? _succession_arena_get_size (kept->arena) : 0;
}
