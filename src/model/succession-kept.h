/* succession-kept.h — what a file had that the model does not write back, kept per record
 *
 * A dataset written back must be the file it was read from, up to white space: a researcher's
 * own fields, another producer's (EveryPolitician's areas, links, images, contact details),
 * and values the model reads in a form of its own (a date-time read as a date, a plain
 * string read as English text) all survive an export. For each record the loader keeps the
 * names of its members in the file's order (a layout, shared by every record that has the
 * same one) and the text, without white space, of each member the model cannot write back as
 * it was. The writer writes a record member by member in that order: from the text where it
 * was kept, else from the model. A record with nothing kept (made by code, not read) is
 * written whole from the model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-loader-json.h"

G_BEGIN_DECLS

typedef struct {
  guint        n;
  const char **keys;
} SuccessionLayout;

typedef struct {
  const SuccessionLayout  *layout;
  const char             **raw;     /* n texts, NULL where the model writes the member; or NULL */
} SuccessionKeptRecord;

typedef struct _SuccessionKept SuccessionKept;

SuccessionKept             *_succession_kept_new        (void);
void                        _succession_kept_free       (SuccessionKept  *kept);

/* Keeps what @object (read from @data) had for @record, by the marks of the typed readers:
 * members the model read exactly are written from the model, the others as they were. */
void                        _succession_kept_add_object (SuccessionKept            *kept,
                                                         gconstpointer              record,
                                                         const char                *data,
                                                         const SuccessionJsonValue *object);
/* A record member by member, for objects that were never read whole (the top level):
 * @raw NULL for a member the model writes, else its text as written. */
void                        _succession_kept_begin      (SuccessionKept  *kept);
void                        _succession_kept_member     (SuccessionKept  *kept,
                                                         const char      *key,
                                                         const char      *raw,
                                                         gsize            raw_length);
void                        _succession_kept_end        (SuccessionKept  *kept,
                                                         gconstpointer    record);

const SuccessionKeptRecord *_succession_kept_lookup     (SuccessionKept  *kept,
                                                         gconstpointer    record);
/* A copy in @kept of what @from kept of @from_record (NULL where it kept nothing), for an edit
 * made in place: the record read again with the edit becomes the dataset's own. */
const SuccessionKeptRecord *_succession_kept_copy_record (SuccessionKept             *kept,
                                                          SuccessionKept             *from,
                                                          gconstpointer               from_record);
/* What is kept of @record becomes @kept_record (one of @kept's, or NULL); returns what was. */
const SuccessionKeptRecord *_succession_kept_replace     (SuccessionKept             *kept,
                                                          gconstpointer               record,
                                                          const SuccessionKeptRecord *kept_record);
/* Bytes held, for the benchmarks' account of the model's heap. */
gsize                       _succession_kept_get_size   (SuccessionKept  *kept);

G_END_DECLS
