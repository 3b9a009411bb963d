/* succession-loader-read.h — typed reads of a record's fields, shared by the loader's parts
 *
 * Each reader checks the type of what it reads and reports a wrong one at its place; a member
 * that is absent or null (Popolo's "not known") reads as nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-loader-private.h"

G_BEGIN_DECLS

#define ERROR SUCCESSION_SEVERITY_ERROR
#define WARNING SUCCESSION_SEVERITY_WARNING

const char     *_succession_load_node_kind (JsonNode *node);
JsonNode       *_succession_load_member (JsonObject *object,
                                         const char *key);
void            _succession_load_report_type (SuccessionLoadContext *ctx,
                                              const char            *key,
                                              const char            *expected,
                                              JsonNode              *node);
const char     *_succession_load_read_string (SuccessionLoadContext *ctx,
                                              JsonObject            *object,
                                              const char            *key);
char           *_succession_load_dup_string (SuccessionLoadContext *ctx,
                                             JsonObject            *object,
                                             const char            *key);
gboolean        _succession_load_read_int (SuccessionLoadContext *ctx,
                                           JsonObject            *object,
                                           const char            *key,
                                           gint64                 min,
                                           gint64                 max,
                                           gint64                *out);
JsonArray      *_succession_load_read_array (SuccessionLoadContext *ctx,
                                             JsonObject            *object,
                                             const char            *key);
JsonObject     *_succession_load_element_object (SuccessionLoadContext *ctx,
                                                 JsonArray             *array,
                                                 guint                  i);
void            _succession_load_read_date (SuccessionLoadContext *ctx,
                                            JsonObject            *object,
                                            const char            *key,
                                            SuccessionDate        *out);
void            _succession_load_read_qualifier (SuccessionLoadContext *ctx,
                                                 JsonObject            *object,
                                                 const char            *key,
                                                 SuccessionDate        *date);
SuccessionText *_succession_load_read_localized (SuccessionLoadContext *ctx,
                                                 JsonObject            *object,
                                                 const char            *key);
void            _succession_load_read_other_names (SuccessionLoadContext  *ctx,
                                                   JsonObject             *object,
                                                   const char             *key,
                                                   SuccessionText        **names);
GPtrArray      *_succession_load_read_sources (SuccessionLoadContext *ctx,
                                               JsonObject            *object,
                                               const char            *key);
gboolean        _succession_load_register_id (SuccessionLoadContext *ctx,
                                              GHashTable            *table,
                                              const char            *id,
                                              gpointer               record,
                                              const char            *what);
SuccessionBody *_succession_load_resolve_body (SuccessionLoadContext *ctx,
                                               JsonObject            *object,
                                               const char            *key);
gboolean        _succession_load_read_enum (SuccessionLoadContext *ctx,
                                            JsonObject            *object,
                                            const char            *key,
                                            const char * const    *names,
                                            guint                  n_names,
                                            guint                 *out);

/* succession-loader-tenures.c */
void            _succession_load_convert_membership (SuccessionLoadContext *ctx,
                                                     JsonObject            *object,
                                                     guint                  index);

G_END_DECLS
