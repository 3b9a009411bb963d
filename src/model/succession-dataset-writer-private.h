/* succession-dataset-writer-private.h — the JSON text of the dataset writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-dataset-private.h"
#include "succession-loader.h"

G_BEGIN_DECLS

#define WRITER_MAX_DEPTH (SUCCESSION_LOADER_MAX_DEPTH + 8)

/* What a dataset's text has other than the model: one record written from @text instead, in
 * place of @replaced of the section @collection, or after the section's last record when
 * @replaced is NULL (no record when @collection is NULL); and the records of @left_out not
 * written at all. */
typedef struct {
  const char    *collection;
  gconstpointer  replaced;
  const char    *text;      /* the record's JSON, without white space */
  GHashTable    *left_out;  /* a set of records, or NULL */
  guint          index;     /* where @text was written, once @done */
  gboolean       done;
} WriterSplice;

typedef struct {
  GString        *out;
  SuccessionKept *kept;
  guint           depth;
  gboolean        empty[WRITER_MAX_DEPTH];  /* the container at each depth has no item yet */
  WriterSplice   *splice;
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

/* @dataset's text as @splice has it; NULL when the collection of its record is not written (a
 * file without that member). */
char       *_succession_dataset_to_data_spliced (SuccessionDataset *dataset,
                                                 WriterSplice      *splice,
                                                 gsize             *length);
/* The text of @record (a body, office, person, term or tenure of @dataset's @collection) as the
 * dataset's text has it; @index gets its place in the collection. NULL when it is not there. */
char       *_succession_dataset_write_record    (SuccessionDataset *dataset,
                                                 const char        *collection,
                                                 gconstpointer      record,
                                                 guint             *index);

G_END_DECLS
