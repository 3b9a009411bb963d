/* succession-loader-document.c — the document: its sections, each read as soon as it can be
 *
 * The top level is walked once. A section is read record by record as the scanner reaches
 * it, each record into the arena, converted, and the arena emptied for the next: the model
 * is the only thing that grows. A section that refers to one the file has not reached yet
 * (memberships before the events they name, as EveryPolitician orders its files) is checked
 * and passed over, then read once the top level is done, in dependency order. A file in the
 * order Succession writes is read in one pass.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "succession-loader-read.h"

typedef enum {
  SECTION_META,
  SECTION_ORGANIZATIONS,
  SECTION_POSTS,
  SECTION_PERSONS,
  SECTION_EVENTS,
  SECTION_MEMBERSHIPS,
  N_SECTIONS
} Section;

#define BIT(section) (1u << (section))

static const struct
{
  const char *name;
  guint       needs; /* sections whose records this one refers to */
  void (*convert) (SuccessionLoadContext *ctx, JsonValue *object, guint index);
  void (*link) (SuccessionLoadContext *ctx);
} sections[N_SECTIONS] = {
  [SECTION_META] = { "meta", 0, NULL, NULL },
  [SECTION_ORGANIZATIONS] = { "organizations", 0, _succession_load_convert_organization, _succession_load_link_bodies },
  [SECTION_POSTS] = { "posts", BIT (SECTION_ORGANIZATIONS), _succession_load_convert_post, _succession_load_link_offices },
  [SECTION_PERSONS] = { "persons", 0, _succession_load_convert_person, NULL },
  [SECTION_EVENTS] = { "events", BIT (SECTION_ORGANIZATIONS), _succession_load_convert_event, NULL },
  [SECTION_MEMBERSHIPS] = { "memberships",
                            BIT (SECTION_ORGANIZATIONS) | BIT (SECTION_POSTS) | BIT (SECTION_PERSONS) | BIT (SECTION_EVENTS),
                            _succession_load_convert_membership, NULL },
};

/* Popolo's collections: a file with none of them is not a Popolo dataset. */
static const char *const popolo_collections[] = {
  "persons",
  "organizations",
  "posts",
  "memberships",
  "events",
  "areas",
};

typedef struct
{
  SuccessionLoadContext *ctx;
  SuccessionArena       *keys;      /* the top level's member names, for the whole load */
  GPtrArray             *top_keys;  /* const char *, in the file's order */
  GArray                *top_spans; /* gsize pairs: a kept member's text, or (0, 0) */
  GHashTable            *seen;      /* names at the top level */
  guint                  done;      /* sections read, or known to be absent */
  guint                  deferred;  /* sections passed over, to read at the end */
  gsize                  deferred_at[N_SECTIONS];
} Document;

static int
find_section (const char *key)
{
  for (int i = 0; i < N_SECTIONS; i++)
    if (strcmp (key, sections[i].name) == 0)
      return i;
  return -1;
}

static void
keep_top_member (Document   *doc,
                 const char *key,
                 gsize       start,
                 gsize       end)
{
  gsize span[2] = { start, end };

  g_ptr_array_add (doc->top_keys, (gpointer) key);
  g_array_append_vals (doc->top_spans, span, 2);
}

/* Reads the records of the array at the scanner, one at a time. */
static gboolean
read_section (Document *doc,
              Section   section)
{
  SuccessionLoadContext *ctx = doc->ctx;
  SuccessionScanner     *s = ctx->scanner;
  gboolean               more;
  guint                  index = 0;

  if (!_succession_scanner_enter (s, '['))
    return FALSE;

  for (;;)
    {
      JsonValue record;

      if (!_succession_scanner_next_element (s, &more))
        return FALSE;
      if (!more)
        break;

      if (!_succession_scanner_read (s, ctx->arena, &record))
        return FALSE;

      _succession_load_path_push (ctx, sections[section].name, index);
      if (record.kind != SUCCESSION_JSON_OBJECT)
        _succession_load_report (ctx, ERROR, NULL, _ ("expected %s, found %s"), _ ("an object"),
                                 _succession_load_node_kind (&record));
      else
        sections[section].convert (ctx, &record, index);
      _succession_load_path_pop (ctx);

      _succession_arena_reset (ctx->arena);
      index++;

      if ((index & 255) == 0)
        {
          _succession_load_tick (ctx);
          if (g_cancellable_is_cancelled (ctx->cancellable))
            return FALSE;
        }
    }

  if (sections[section].link != NULL)
    sections[section].link (ctx);
  doc->done |= BIT (section);
  return TRUE;
}

static gboolean
read_meta (Document *doc)
{
  SuccessionLoadContext *ctx = doc->ctx;
  JsonValue              meta;

  if (!_succession_scanner_read (ctx->scanner, ctx->arena, &meta))
    return FALSE;

  _succession_load_convert_meta (ctx, &meta);
  _succession_arena_reset (ctx->arena);
  ctx->notes_read = TRUE;
  doc->done |= BIT (SECTION_META);
  return TRUE;
}

/* One member of the top level: a section read now or later, or a member kept as written. */
static gboolean
read_top_member (Document   *doc,
                 const char *key)
{
  SuccessionLoadContext *ctx = doc->ctx;
  SuccessionScanner     *s = ctx->scanner;
  int                    section = find_section (key);
  char                   next = _succession_scanner_peek (s);
  gsize                  start = _succession_scanner_offset (s);

  /* null is Popolo's "not known": an absent section, kept as the file wrote it. */
  if (section < 0 || next == 'n')
    {
      if (!_succession_scanner_skip (s))
        return FALSE;
      keep_top_member (doc, key, start, _succession_scanner_offset (s));
      return TRUE;
    }

  if (section == SECTION_META)
    {
      keep_top_member (doc, key, 0, 0);
      return read_meta (doc);
    }

  if (next != '[')
    {
      JsonValue value;

      if (!_succession_scanner_read (s, ctx->arena, &value))
        return FALSE;
      _succession_load_report_type (ctx, key, _ ("an array"), &value);
      _succession_arena_reset (ctx->arena);
      keep_top_member (doc, key, start, _succession_scanner_offset (s));
      return TRUE;
    }

  keep_top_member (doc, key, 0, 0);
  if ((sections[section].needs & ~doc->done) == 0)
    return read_section (doc, section);

  doc->deferred |= BIT (section);
  doc->deferred_at[section] = start;
  return _succession_scanner_skip (s);
}

static void
report_shape (SuccessionLoadContext *ctx,
              const JsonValue       *root)
{
  _succession_load_report (ctx, ERROR, NULL,
                           _ ("the top level must be an object with “persons”, “posts”, “memberships”, …; found %s"),
                           root != NULL ? _succession_load_node_kind (root) : _ ("nothing"));
}

static void
keep_top_level (Document *doc)
{
  SuccessionDataset *dataset = doc->ctx->dataset;

  _succession_kept_begin (dataset->kept);
  for (guint i = 0; i < doc->top_keys->len; i++)
    {
      gsize start = g_array_index (doc->top_spans, gsize, 2 * i);
      gsize end = g_array_index (doc->top_spans, gsize, 2 * i + 1);

      _succession_kept_member (dataset->kept, g_ptr_array_index (doc->top_keys, i),
                               end > start ? doc->ctx->data + start : NULL, end - start);
    }
  _succession_kept_end (dataset->kept, SUCCESSION_KEPT_TOP (dataset));
}

static gboolean
is_popolo (Document *doc)
{
  for (guint i = 0; i < G_N_ELEMENTS (popolo_collections); i++)
    if (g_hash_table_contains (doc->seen, popolo_collections[i]))
      return TRUE;
  return FALSE;
}

static gboolean
read_top_level (Document *doc)
{
  SuccessionLoadContext *ctx = doc->ctx;
  SuccessionScanner     *s = ctx->scanner;
  gboolean               more;

  if (!_succession_scanner_enter (s, '{'))
    return FALSE;

  for (;;)
    {
      const char *key;
      gsize       key_start;

      if (!_succession_scanner_next_member (s, doc->keys, &key, &more))
        return FALSE;
      if (!more)
        break;

      key_start = _succession_scanner_key_start (s);
      if (!g_hash_table_add (doc->seen, (gpointer) key))
        return _succession_scanner_refuse_repeated_name (s, key_start, key);

      if (!read_top_member (doc, key))
        return FALSE;
    }

  if (!_succession_scanner_finish (s))
    return FALSE;

  /* The sections passed over, now that everything they refer to has been read. */
  for (Section section = 0; section < N_SECTIONS; section++)
    {
      if ((doc->deferred & BIT (section)) == 0)
        continue;
      _succession_scanner_rewind (s, doc->deferred_at[section], 1);
      if (!read_section (doc, section))
        return FALSE;
    }

  return TRUE;
}

gboolean
_succession_load_document (SuccessionLoadContext *ctx)
{
  SuccessionScanner *s = ctx->scanner;
  Document           doc = { ctx };
  gboolean           ok;
  char               first = _succession_scanner_peek (s);

  if (first != '{')
    {
      JsonValue root;

      /* Only white space: no value at all. */
      if (first == '\0' && _succession_scanner_offset (s) >= ctx->length)
        {
          report_shape (ctx, NULL);
          return TRUE;
        }
      if (!_succession_scanner_read (s, ctx->arena, &root) || !_succession_scanner_finish (s))
        return FALSE;
      report_shape (ctx, &root);
      return TRUE;
    }

  doc.keys = _succession_arena_new (4096);
  doc.top_keys = g_ptr_array_new ();
  doc.top_spans = g_array_new (FALSE, FALSE, sizeof (gsize));
  doc.seen = g_hash_table_new (g_str_hash, g_str_equal);

  ok = read_top_level (&doc);

  if (ok && !g_cancellable_is_cancelled (ctx->cancellable))
    {
      if (!is_popolo (&doc))
        {
          g_autofree char *names = g_strjoinv ("”, “", (char **) popolo_collections);

          /* Translators: %s is a list of names: “persons”, “organizations”, … */
          _succession_load_report (ctx, ERROR, NULL,
                                   _ ("not a Popolo dataset: the file has none of “%s”"), names);
        }
      _succession_load_settle_tenures (ctx);
      _succession_load_sort (ctx);
      keep_top_level (&doc);
    }

  g_hash_table_unref (doc.seen);
  g_array_unref (doc.top_spans);
  g_ptr_array_unref (doc.top_keys);
  _succession_arena_free (doc.keys);

  return ok || _succession_scanner_failed (s) == FALSE;
}
