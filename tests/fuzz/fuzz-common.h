/* fuzz-common.h — what every libFuzzer target of Succession shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A GLib warning or critical is a bug the fuzzer must report: make it abort. */
static inline void
fuzz_init_glib (void)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("G_DEBUG", "gc-friendly", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* @data as a NUL-terminated string (cut at its first NUL, as C callers would see it). */
static inline char *
fuzz_strndup (const uint8_t *data,
              size_t         size)
{
  char *text = g_malloc (size + 1);

  memcpy (text, data, size);
  text[size] = '\0';
  return text;
}
