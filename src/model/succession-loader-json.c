/* succession-loader-json.c — the loader's JSON values: the arena they live in, and helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <string.h>

#include "succession-loader-json.h"

/* ---------------------------------------------------------------------------------------- */
/* Arena                                                                                     */

typedef struct _ArenaBlock ArenaBlock;

struct _ArenaBlock
{
  ArenaBlock *next;
  gsize       size;
  gsize       used;
  /* the block's memory follows, 8-byte aligned */
};

#define BLOCK_HEADER (((sizeof (ArenaBlock)) + 7) & ~(gsize) 7)

struct _SuccessionArena
{
  ArenaBlock *blocks; /* the current block first */
  gsize       block_size;
  gsize       total;
};

static ArenaBlock *
arena_block_new (gsize size)
{
  ArenaBlock *block = g_malloc (BLOCK_HEADER + size);

  block->next = NULL;
  block->size = size;
  block->used = 0;
  return block;
}

SuccessionArena *
_succession_arena_new (gsize block_size)
{
  SuccessionArena *arena = g_new0 (SuccessionArena, 1);

  arena->block_size = MAX (block_size, 256);
  return arena;
}

void
_succession_arena_free (SuccessionArena *arena)
{
  if (arena == NULL)
    return;

  while (arena->blocks != NULL)
    {
      ArenaBlock *next = arena->blocks->next;

      g_free (arena->blocks);
      arena->blocks = next;
    }
  g_free (arena);
}

/* @size bytes at a multiple of @align (1 or 8). */
static gpointer
arena_take (SuccessionArena *arena,
            gsize            size,
            gsize            align)
{
  ArenaBlock *block = arena->blocks;
  gsize       offset = block != NULL ? (block->used + align - 1) & ~(align - 1) : 0;

  if (block == NULL || offset > block->size || block->size - offset < size)
    {
      /* A value larger than a quarter of a block gets a block of its own, behind the current
       * one, so the rest of the current block is not wasted. */
      if (size > arena->block_size / 4 && block != NULL)
        {
          ArenaBlock *big = arena_block_new (size);

          big->used = size;
          big->next = block->next;
          block->next = big;
          arena->total += size;
          return (char *) big + BLOCK_HEADER;
        }

      block = arena_block_new (MAX (arena->block_size, size));
      block->next = arena->blocks;
      arena->blocks = block;
      arena->total += block->size;
      offset = 0;
    }

  block->used = offset + size;
  return (char *) block + BLOCK_HEADER + offset;
}

gpointer
_succession_arena_alloc (SuccessionArena *arena,
                         gsize            size)
{
  return arena_take (arena, size, 8);
}

char *
_succession_arena_strndup (SuccessionArena *arena,
                           const char      *text,
                           gsize            length)
{
  /* Text needs no alignment: strings are packed end to end. */
  char *copy = arena_take (arena, length + 1, 1);

  memcpy (copy, text, length);
  copy[length] = '\0';
  return copy;
}

void
_succession_arena_reset (SuccessionArena *arena)
{
  ArenaBlock *keep = NULL;

  /* Keep one block of the usual size: the next record most likely fits in it. */
  while (arena->blocks != NULL)
    {
      ArenaBlock *next = arena->blocks->next;

      if (keep == NULL && arena->blocks->size == arena->block_size)
        keep = arena->blocks;
      else
        g_free (arena->blocks);
      arena->blocks = next;
    }

  arena->blocks = keep;
  arena->total = 0;
  if (keep != NULL)
    {
      keep->next = NULL;
      keep->used = 0;
      arena->total = keep->size;
    }
}

gsize
_succession_arena_get_size (SuccessionArena *arena)
{
  return arena != NULL ? arena->total : 0;
}

/* ---------------------------------------------------------------------------------------- */
/* Values                                                                                    */

SuccessionJsonValue *
_succession_json_get_member (const SuccessionJsonValue *object,
                             const char                *key)
{
  if (object == NULL || object->kind != SUCCESSION_JSON_OBJECT)
    return NULL;

  for (guint32 i = 0; i < object->n; i++)
    {
      SuccessionJsonMember *member = &object->u.members[i];

      if (member->key[0] == key[0] && strcmp (member->key, key) == 0)
        return &member->value;
    }

  return NULL;
}

void
_succession_json_place (const char *data,
                        gsize       offset,
                        int        *line,
                        int        *column)
{
  const char *p = data;
  const char *end = data + offset;
  const char *line_start = data;
  int         l = 1;

  while ((p = memchr (p, '\n', end - p)) != NULL)
    {
      l++;
      p++;
      line_start = p;
    }

  *line = l;
  /* Columns count characters, as editors do; the text before a place has been checked as
   * UTF-8 by then, except at the very byte that is not. */
  *column = 1 + (int) (g_utf8_validate (line_start, end - line_start, NULL)
                         ? g_utf8_strlen (line_start, end - line_start)
                         : end - line_start);
}

void
_succession_json_minify (const char *text,
                         gsize       length,
                         GString    *out)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *run = p;

      if (*p == '"')
        {
          /* A string as written, escapes and all. */
          for (p++; *p != '"'; p++)
            if (*p == '\\')
              p++;
          p++;
          g_string_append_len (out, run, p - run);
          continue;
        }

      while (p < end && *p != '"' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
        p++;
      g_string_append_len (out, run, p - run);
      while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
    }
}
