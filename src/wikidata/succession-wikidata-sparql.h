/* succession-wikidata-sparql.h — a reader of SPARQL 1.1 Query Results JSON, row by row
 *
 * The W3C format (https://www.w3.org/TR/sparql11-results-json/): an object whose "results"
 * member holds "bindings", an array of rows; each row maps a variable's name to a term object
 * with "type" ("uri", "literal", "bnode"), "value", and for literals "xml:lang" or "datatype".
 * The reader hands each row to a callback as an array indexed like the variables the caller
 * asked for, and builds no tree: it costs a fraction of a general JSON parse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SUCCESSION_SPARQL_UNBOUND = 0,
  SUCCESSION_SPARQL_URI,
  SUCCESSION_SPARQL_LITERAL,
  SUCCESSION_SPARQL_BNODE,
  SUCCESSION_SPARQL_OTHER,   /* a type this reader does not know, such as an RDF-star triple */
} SuccessionSparqlTermType;

/* One bound variable of one row. The strings are valid UTF-8, NUL-terminated, and live until
 * the callback returns. */
typedef struct {
  SuccessionSparqlTermType  type;
  const char               *value;
  const char               *lang;      /* NULL unless a literal has "xml:lang" */
  const char               *datatype;  /* NULL unless a literal has "datatype" */
} SuccessionSparqlTerm;

/* Called for each row; @terms has one entry per variable the caller named, in that order
 * (type UNBOUND for those the row leaves out). Return FALSE with @error set to stop. */
typedef gboolean (*SuccessionSparqlRowFunc) (const SuccessionSparqlTerm *terms,
                                             gpointer                    user_data,
                                             GError                    **error);

/* Reads @length bytes of @data. @vars is the NULL-terminated list of variables wanted; others
 * are skipped. More than @max_rows rows is an error (SUCCESSION_WIKIDATA_ERROR_TOO_LARGE), so
 * is text that is not JSON (MALFORMED), that ends early (TRUNCATED), or JSON that is not a
 * SELECT result (MALFORMED). Returns the number of rows through @n_rows. */
gboolean _succession_sparql_read (const char              *data,
                                  gsize                    length,
                                  const char * const      *vars,
                                  guint                    max_rows,
                                  SuccessionSparqlRowFunc  row_func,
                                  gpointer                 user_data,
                                  guint                   *n_rows,
                                  GError                 **error);

G_END_DECLS
