/* succession-loader-private.h — the state of one load, shared by the loader's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "succession-dataset-private.h"
#include "succession-loader.h"

G_BEGIN_DECLS

/* A place in the document, kept as a stack and turned into "memberships[12].start_date"
 * only when a message needs it: building paths for every field would cost more than the
 * load itself. */
typedef struct {
  const char *key;
  int         index;  /* -1 when the frame is a key only */
} SuccessionPathFrame;

#define SUCCESSION_PATH_MAX 16

typedef struct {
  const char          *display_name;
  SuccessionDataset   *dataset;
  GCancellable        *cancellable;
  GPtrArray           *messages;        /* SuccessionMessage */
  guint                n_errors;
  guint                n_warnings;
  guint                n_dropped;       /* past SUCCESSION_LOADER_MAX_MESSAGES */
  GHashTable          *repeat_counts;   /* message kind -> count, to summarise repeats */
  SuccessionPathFrame  path[SUCCESSION_PATH_MAX];
  guint                depth;
  gint                *progress;        /* per mille, written atomically */
  guint                total_records;
  guint                done_records;
} SuccessionLoadContext;

void  _succession_load_path_push   (SuccessionLoadContext *ctx,
                                    const char            *key,
                                    int                    index);
void  _succession_load_path_pop    (SuccessionLoadContext *ctx);
/* Reports at the current path, or with @key appended when not NULL. */
void  _succession_load_report      (SuccessionLoadContext *ctx,
                                    SuccessionSeverity     severity,
                                    const char            *key,
                                    const char            *format,
                                    ...) G_GNUC_PRINTF (4, 5);
/* The same, but a kind seen more than @max times is only counted and summarised at the end. */
void  _succession_load_report_repeat (SuccessionLoadContext *ctx,
                                      const char            *kind,
                                      guint                  max,
                                      SuccessionSeverity     severity,
                                      const char            *key,
                                      const char            *format,
                                      ...) G_GNUC_PRINTF (6, 7);
void  _succession_load_report_at   (SuccessionLoadContext *ctx,
                                    SuccessionSeverity     severity,
                                    int                    line,
                                    int                    column,
                                    const char            *format,
                                    ...) G_GNUC_PRINTF (5, 6);
void  _succession_load_tick        (SuccessionLoadContext *ctx);
/* Adds a message as it is: @path may be NULL, @line and @column 0. */
void  _succession_load_add_message (SuccessionLoadContext *ctx,
                                    SuccessionSeverity     severity,
                                    const char            *path,
                                    int                    line,
                                    int                    column,
                                    const char            *text);

/* Checks the raw text before json-glib sees it: encoding, NUL characters, lone surrogates,
 * nesting depth and string length. FALSE when the text must be refused; @code then says why
 * (SUCCESSION_LOADER_ERROR_ENCODING or SUCCESSION_LOADER_ERROR_SYNTAX). */
gboolean _succession_load_scan     (SuccessionLoadContext *ctx,
                                    const char            *data,
                                    gsize                  length,
                                    SuccessionLoaderError *code);
/* Builds the dataset from the parsed tree; errors go to @ctx. */
void     _succession_load_convert  (SuccessionLoadContext *ctx,
                                    JsonNode              *root);
/* Cross-record checks on the built dataset: warnings only. */
void     _succession_load_validate (SuccessionLoadContext *ctx);

G_END_DECLS
