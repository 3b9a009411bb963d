/* succession-strings.c — the text of a dataset's records, stored once, in large blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-strings"

#include "config.h"

#include <string.h>

#include "succession-loader-json.h"
#include "succession-strings.h"

struct _SuccessionStrings
{
  gatomicrefcount  ref_count;
  SuccessionArena *arena;
  GHashTable      *repeats; /* stored string -> itself, until frozen */
};

SuccessionStrings *
_succession_strings_new (void)
{
  SuccessionStrings *strings = g_new0 (SuccessionStrings, 1);

  g_atomic_ref_count_init (&strings->ref_count);
  strings->arena = _succession_arena_new (256 * 1024);
  strings->repeats = g_hash_table_new (g_str_hash, g_str_equal);
  return strings;
}

SuccessionStrings *
_succession_strings_ref (SuccessionStrings *strings)
{
  g_atomic_ref_count_inc (&strings->ref_count);
  return strings;
}

void
_succession_strings_unref (SuccessionStrings *strings)
{
  if (strings == NULL || !g_atomic_ref_count_dec (&strings->ref_count))
    return;

  g_clear_pointer (&strings->repeats, g_hash_table_unref);
  _succession_arena_free (strings->arena);
  g_free (strings);
}

const char *
_succession_strings_add (SuccessionStrings *strings,
                         const char        *text)
{
  const char *stored;

  if (text == NULL)
    return NULL;

  if (strings->repeats != NULL && (stored = g_hash_table_lookup (strings->repeats, text)) != NULL)
    return stored;

  stored = _succession_arena_strndup (strings->arena, text, strlen (text));
  if (strings->repeats != NULL)
    g_hash_table_add (strings->repeats, (gpointer) stored);
  return stored;
}

void
_succession_strings_freeze (SuccessionStrings *strings)
{
  g_clear_pointer (&strings->repeats, g_hash_table_unref);
}

gsize
_succession_strings_get_size (SuccessionStrings *strings)
{
  return strings != NULL ? _succession_arena_get_size (strings->arena) : 0;
}
