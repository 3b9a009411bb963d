/* succession-loader-read.h — typed reads of a record's fields, shared by the loader's parts
 *
 * Each reader checks the type of what it reads and reports a wrong one at its place; a member
 * that is absent or null (Popolo's "not known") reads as nothing. Each also marks whether the
 * model can write the member back as the file had it (SuccessionJsonUse): what it cannot is
 * kept as written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-loader-private.h"

G_BEGIN_DECLS

#define ERROR SUCCESSION_SEVERITY_ERROR
#define WARNING SUCCESSION_SEVERITY_WARNING

typedef SuccessionJsonValue JsonValue;

/* An empty text whose strings go to the load's store. */
SuccessionText *_succession_load_text_new (SuccessionLoadContext *ctx);
const char     *_succession_load_node_kind (const JsonValue *node);
JsonValue      *_succession_load_member (const JsonValue *object,
                                         const char      *key);
void            _succession_load_report_type (SuccessionLoadContext *ctx,
                                              const char            *key,
                                              const char            *expected,
                                              const JsonValue       *node);
const char     *_succession_load_read_string (SuccessionLoadContext *ctx,
                                              const JsonValue       *object,
                                              const char            *key);
char           *_succession_load_dup_string (SuccessionLoadContext *ctx,
                                             const JsonValue       *object,
                                             const char            *key);
gboolean        _succession_load_read_int (SuccessionLoadContext *ctx,
                                           const JsonValue       *object,
                                           const char            *key,
                                           gint64                 min,
                                           gint64                 max,
                                           gint64                *out);
/* The array, or NULL; the caller marks it, once it knows whether every element was exact. */
JsonValue      *_succession_load_read_array (SuccessionLoadContext *ctx,
                                             const JsonValue       *object,
                                             const char            *key);
JsonValue      *_succession_load_element_object (SuccessionLoadContext *ctx,
                                                 const JsonValue       *array,
                                                 guint                  i);
/* Whether every member of @object was read exactly, in the order of @order (the writer's,
 * NULL-terminated): a nested record the model writes back whole, as it was. */
gboolean        _succession_load_all_exact (const JsonValue    *object,
                                            const char * const *order);
void            _succession_load_read_date (SuccessionLoadContext *ctx,
                                            const JsonValue       *object,
                                            const char            *key,
                                            SuccessionDate        *out);
void            _succession_load_read_qualifier (SuccessionLoadContext *ctx,
                                                 const JsonValue       *object,
                                                 const char            *key,
                                                 SuccessionDate        *date);
SuccessionText *_succession_load_read_localized (SuccessionLoadContext *ctx,
                                                 const JsonValue       *object,
                                                 const char            *key);
void            _succession_load_read_other_names (SuccessionLoadContext  *ctx,
                                                   const JsonValue        *object,
                                                   const char             *key,
                                                   SuccessionText        **names);
GPtrArray      *_succession_load_read_sources (SuccessionLoadContext *ctx,
                                               const JsonValue       *object,
                                               const char            *key);
gboolean        _succession_load_register_id (SuccessionLoadContext *ctx,
                                              GHashTable            *table,
                                              const char            *id,
                                              gpointer               record,
                                              const char            *what);
SuccessionBody *_succession_load_resolve_body (SuccessionLoadContext *ctx,
                                               const JsonValue       *object,
                                               const char            *key);
gboolean        _succession_load_read_enum (SuccessionLoadContext *ctx,
                                            const JsonValue       *object,
                                            const char            *key,
                                            const char * const    *names,
                                            guint                  n_names,
                                            guint                 *out);
/* Keeps what @object had that the model does not write back, for @record. */
void            _succession_load_keep (SuccessionLoadContext *ctx,
                                       gconstpointer          record,
                                       const JsonValue       *object);

/* succession-loader-convert.c: one record of each section. */
void            _succession_load_convert_meta (SuccessionLoadContext *ctx,
                                               JsonValue             *meta);
void            _succession_load_convert_organization (SuccessionLoadContext *ctx,
                                                       JsonValue             *object,
                                                       guint                  index);
void            _succession_load_link_bodies (SuccessionLoadContext *ctx);
void            _succession_load_convert_post (SuccessionLoadContext *ctx,
                                               JsonValue             *object,
                                               guint                  index);
void            _succession_load_link_offices (SuccessionLoadContext *ctx);
void            _succession_load_convert_person (SuccessionLoadContext *ctx,
                                                 JsonValue             *object,
                                                 guint                  index);
void            _succession_load_convert_event (SuccessionLoadContext *ctx,
                                                JsonValue             *object,
                                                guint                  index);
void            _succession_load_sort (SuccessionLoadContext *ctx);

/* succession-loader-tenures.c */
void            _succession_load_convert_membership (SuccessionLoadContext *ctx,
                                                     JsonValue             *object,
                                                     guint                  index);
/* Popolo's reading of memberships without dates of their own, once every record is read. */
void            _succession_load_settle_tenures (SuccessionLoadContext *ctx);

G_END_DECLS
