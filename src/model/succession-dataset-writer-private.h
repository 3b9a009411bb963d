/* succession-dataset-writer-private.h — the JSON text of the dataset writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-dataset-private.h"
#include "succession-loader.h"

G_BEGIN_DECLS

#define WRITER_MAX_DEPTH (SUCCESSION_LOADER_MAX_DEPTH + 8)

typedef struct {
  GString        *out;
  SuccessionKept *kept;
  guint           depth;
  gboolean        empty[WRITER_MAX_DEPTH];  /* the container at each depth has no item yet */
} Writer;

/* Containers and members: @bracket is '{', '[' and their closers. */
void        writer_begin           (Writer               *w,
                                    char                  bracket);
void        writer_end             (Writer               *w,
                                    char                  bracket);
void        writer_item            (Writer               *w);
void        writer_string          (Writer               *w,
                                    const char           *text);
void        writer_key             (Writer               *w,
                                    const char           *name);
const char *writer_raw_value       (Writer               *w,
                                    const char           *p);
void        writer_add_string      (Writer               *w,
                                    const char           *name,
                                    const char           *value);
void        writer_add_int         (Writer               *w,
                                    const char           *name,
                                    gint64                value);
void        writer_add_date        (Writer               *w,
                                    const char           *name,
                                    const SuccessionDate *date);
void        writer_add_qualifier   (Writer               *w,
                                    const char           *name,
                                    const SuccessionDate *date);
void        writer_add_localized   (Writer               *w,
                                    const char           *name,
                                    const SuccessionText *text);
void        writer_add_other_names (Writer               *w,
                                    const char           *name,
                                    const SuccessionText *names);
void        writer_add_sources     (Writer               *w,
                                    const char           *name,
                                    GPtrArray            *sources);
void        writer_add_strings     (Writer               *w,
                                    const char           *name,
                                    const char * const   *values);

G_END_DECLS
