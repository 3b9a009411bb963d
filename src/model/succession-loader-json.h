/* succession-loader-json.h — the loader's own reading of JSON text: values, arena, scanner
 *
 * The loader reads a dataset straight from its bytes, one record at a time: the scanner
 * checks the text (RFC 8259, UTF-8, limits) as it goes, and builds each record as a small
 * tree of SuccessionJsonValue in an arena that is emptied before the next record. No tree of
 * the whole file is ever built, so memory follows the model, not the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ---------------------------------------------------------------------------------------- */
/* Arena: memory handed out in order and given back all at once                             */

typedef struct _SuccessionArena SuccessionArena;

SuccessionArena *_succession_arena_new    (gsize            block_size);
void             _succession_arena_free   (SuccessionArena *arena);
/* 8-byte aligned, uninitialised. */
gpointer         _succession_arena_alloc  (SuccessionArena *arena,
                                           gsize            size);
char            *_succession_arena_strndup (SuccessionArena *arena,
                                            const char      *text,
                                            gsize            length);
/* Gives back everything; keeps the first block for the next round. */
void             _succession_arena_reset  (SuccessionArena *arena);
/* Bytes held in blocks, for the benchmarks' account of the heap. */
gsize            _succession_arena_get_size (SuccessionArena *arena);

/* ---------------------------------------------------------------------------------------- */
/* Values                                                                                    */

typedef enum {
  SUCCESSION_JSON_NULL,
  SUCCESSION_JSON_FALSE,
  SUCCESSION_JSON_TRUE,
  SUCCESSION_JSON_NUMBER,
  SUCCESSION_JSON_STRING,
  SUCCESSION_JSON_ARRAY,
  SUCCESSION_JSON_OBJECT,
} SuccessionJsonKind;

/* How the model used a member: the writer writes back from the model only what the model
 * read exactly; anything else is kept as the file had it. */
typedef enum {
  SUCCESSION_JSON_UNREAD = 0,   /* not a field the model knows: kept */
  SUCCESSION_JSON_EXACT,        /* read, and written back from the model as it was */
  SUCCESSION_JSON_INEXACT,      /* read, but the model cannot write it back as it was: kept */
} SuccessionJsonUse;

typedef struct _SuccessionJsonValue  SuccessionJsonValue;
typedef struct _SuccessionJsonMember SuccessionJsonMember;

struct _SuccessionJsonValue
{
  guint8   kind;   /* SuccessionJsonKind */
  guint8   use;    /* SuccessionJsonUse, set by the typed readers */
  guint32  n;      /* string and number: bytes; array: elements; object: members */
  guint32  start;  /* offset of the value's first byte in the document */
  guint32  end;    /* offset just past its last byte */
  union {
    const char           *string;   /* decoded and NUL-terminated; a number's text as written */
    SuccessionJsonValue  *items;
    SuccessionJsonMember *members;
  } u;
};

struct _SuccessionJsonMember
{
  const char          *key;
  guint32              key_start;  /* offset of the name's opening quote */
  SuccessionJsonValue  value;
};

static inline gboolean
_succession_json_is_string (const SuccessionJsonValue *value)
{
  return value != NULL && value->kind == SUCCESSION_JSON_STRING;
}

/* The member named @key, or NULL. Member names are unique: the scanner refuses repeats. */
SuccessionJsonValue *_succession_json_get_member (const SuccessionJsonValue *object,
                                                  const char                *key);

/* Marks @value used exactly when @exact, else inexactly; an inexact mark is never undone. */
static inline void
_succession_json_mark (SuccessionJsonValue *value,
                       gboolean             exact)
{
  if (value != NULL && value->use != SUCCESSION_JSON_INEXACT)
    value->use = exact ? SUCCESSION_JSON_EXACT : SUCCESSION_JSON_INEXACT;
}

/* ---------------------------------------------------------------------------------------- */
/* Scanner: a pull reader of the document                                                   */

typedef struct _SuccessionScanner SuccessionScanner;

/* Every text error is reported through @report, once: after it the scanner only fails. */
typedef void (*SuccessionScanReport) (gpointer    user_data,
                                      int         code,    /* SuccessionLoaderError */
                                      gsize       offset,
                                      const char *text);

SuccessionScanner *_succession_scanner_new     (const char           *data,
                                                gsize                 length,
                                                SuccessionScanReport  report,
                                                gpointer              user_data);
void               _succession_scanner_free    (SuccessionScanner    *scanner);
gboolean           _succession_scanner_failed  (SuccessionScanner    *scanner);
gsize              _succession_scanner_offset  (SuccessionScanner    *scanner);
/* The next character that is not white space, or 0 at the end (nothing is consumed). */
char               _succession_scanner_peek    (SuccessionScanner    *scanner);

/* Containers, entered and walked one member or element at a time. Each returns FALSE on a
 * text error. next_member and next_element set *@more to FALSE at the closing bracket. */
gboolean           _succession_scanner_enter   (SuccessionScanner    *scanner,
                                                char                  bracket);
gboolean           _succession_scanner_next_member  (SuccessionScanner  *scanner,
                                                     SuccessionArena    *arena,
                                                     const char        **key,
                                                     gboolean           *more);
gboolean           _succession_scanner_next_element (SuccessionScanner  *scanner,
                                                     gboolean           *more);
/* One whole value into @arena, or checked and passed over. */
gboolean           _succession_scanner_read    (SuccessionScanner    *scanner,
                                                SuccessionArena      *arena,
                                                SuccessionJsonValue  *out);
gboolean           _succession_scanner_skip    (SuccessionScanner    *scanner);
/* After the top-level value: nothing but white space may follow. */
gboolean           _succession_scanner_finish  (SuccessionScanner    *scanner);
/* Back to @offset (a place the scanner has passed, at @depth) to read it again. */
void               _succession_scanner_rewind  (SuccessionScanner    *scanner,
                                                gsize                 offset,
                                                guint                 depth);
guint              _succession_scanner_depth   (SuccessionScanner    *scanner);
/* Where the last member name read starts (its opening quote). */
gsize              _succession_scanner_key_start (SuccessionScanner  *scanner);
/* Refuses a name an object has had already, at the place of the second one. */
gboolean           _succession_scanner_refuse_repeated_name (SuccessionScanner *scanner,
                                                             gsize              offset,
                                                             const char        *name);

/* The value's text without white space outside strings, appended to @out: how a member the
 * model does not use is kept. */
void               _succession_json_minify     (const char           *text,
                                                gsize                 length,
                                                GString              *out);

/* Line and column (in characters) of @offset in @data, as editors count them. */
void               _succession_json_place      (const char           *data,
                                                gsize                 offset,
                                                int                  *line,
                                                int                  *column);

G_END_DECLS
