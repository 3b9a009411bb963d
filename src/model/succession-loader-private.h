/* succession-loader-private.h — the state of one load, shared by the loader's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-dataset-private.h"
#include "succession-kept.h"
#include "succession-loader.h"
#include "succession-loader-json.h"

G_BEGIN_DECLS

/* A place in the document, kept as a stack and turned into "memberships[12].start_date"
 * only when a message needs it: building paths for every field would cost more than the
 * load itself. */
typedef struct {
  const char *key;
  int         index;  /* -1 when the frame is a key only */
} SuccessionPathFrame;

#define SUCCESSION_PATH_MAX 16

/* Kinds of warning: each is listed whole up to SUCCESSION_LOADER_WARNINGS_PER_KIND, then
 * summed up in one line ("and 3,477 more: the tenure has no start date"). */
typedef enum {
  SUCCESSION_WARNING_NO_SOURCE,
  SUCCESSION_WARNING_NO_START,
  SUCCESSION_WARNING_BORN_AFTER,
  SUCCESSION_WARNING_DEAD_BEFORE,
  SUCCESSION_WARNING_SEATS,
  SUCCESSION_WARNING_OFFICE_NO_LABEL,
  SUCCESSION_WARNING_PERSON_NO_NAME,
  SUCCESSION_WARNING_VACANCY_PERSON,
  SUCCESSION_WARNING_MISSING_TERM,
  SUCCESSION_N_WARNING_KINDS
} SuccessionWarningKind;

typedef struct {
  const char           *display_name;
  SuccessionDataset    *dataset;
  GCancellable         *cancellable;
  /* The document: the scanner reads it, records are read into the arena one at a time. */
  const char           *data;
  gsize                 length;
  SuccessionScanner    *scanner;
  SuccessionArena      *arena;
  SuccessionStrings    *strings;        /* the text of sources and localized values */
  SuccessionLoaderError text_error;     /* set when the text itself is refused */
  gboolean              all_messages;   /* keep every message (--validate --all-messages) */
  GPtrArray            *messages;       /* SuccessionMessage */
  GArray               *order;          /* guint32 per message: section rank << 24 | sequence */
  guint                 n_errors;
  guint                 n_warnings;
  guint                 n_dropped;      /* errors past SUCCESSION_LOADER_MAX_MESSAGES */
  guint                 kind_counts[SUCCESSION_N_WARNING_KINDS];
  SuccessionPathFrame   path[SUCCESSION_PATH_MAX];
  guint                 depth;
  gint                 *progress;       /* per mille, written atomically */
  SuccessionDay         last_day;       /* the latest day any date of the file reaches */
  GPtrArray            *open_tenures;   /* SuccessionTenure whose end is their open term's */
  gboolean              notes_read;     /* meta.notes is read: note_ids are checked as they come */
  GPtrArray            *note_checks;    /* SuccessionTenure whose note_ids wait for meta.notes */
} SuccessionLoadContext;

void  _succession_load_path_push   (SuccessionLoadContext *ctx,
                                    const char            *key,
                                    int                    index);
void  _succession_load_path_pop    (SuccessionLoadContext *ctx);
/* Reports an error at the current path, or with @key appended when not NULL. */
void  _succession_load_report      (SuccessionLoadContext *ctx,
                                    SuccessionSeverity     severity,
                                    const char            *key,
                                    const char            *format,
                                    ...) G_GNUC_PRINTF (4, 5);
/* Reports a warning of @kind: listed whole, or counted and summed up at the end. */
void  _succession_load_warn        (SuccessionLoadContext *ctx,
                                    SuccessionWarningKind  kind,
                                    const char            *key,
                                    const char            *format,
                                    ...) G_GNUC_PRINTF (4, 5);
/* Adds a message as it is: @path may be NULL, @line and @column 0. */
void  _succession_load_add_message (SuccessionLoadContext *ctx,
                                    SuccessionSeverity     severity,
                                    const char            *path,
                                    int                    line,
                                    int                    column,
                                    const char            *text);
/* Sorts the messages (errors first, then by section in the order they are read, then as
 * found) and adds the summaries of the kinds of warning that were not listed whole. */
void  _succession_load_finish_messages (SuccessionLoadContext *ctx);
/* The progress of reading the document, by the place of the scanner. */
void  _succession_load_tick        (SuccessionLoadContext *ctx);

/* Reads the document into the dataset. FALSE when the text itself is refused; errors about
 * records are in @ctx. */
gboolean _succession_load_document (SuccessionLoadContext *ctx);
/* Cross-record checks on the built dataset: warnings only. */
void     _succession_load_validate (SuccessionLoadContext *ctx);

G_END_DECLS
