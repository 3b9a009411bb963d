/* succession-wikidata-office-private.h — the statements of an office, as Wikidata gives them
 *
 * Kept raw (precisions, "unknown value", "no value", replaces/replaced by) for the comparison,
 * which must see what Wikidata says and not only what the dataset format can hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-wikidata-office.h"

G_BEGIN_DECLS

typedef enum {
  SUCCESSION_WIKIDATA_ABSENT = 0,      /* no such qualifier */
  SUCCESSION_WIKIDATA_VALUE,
  SUCCESSION_WIKIDATA_UNKNOWN_VALUE,   /* Wikidata's "unknown value" (somevalue) */
  SUCCESSION_WIKIDATA_NO_VALUE,        /* Wikidata's "no value" (novalue) */
} SuccessionWikidataSnak;

/* Wikidata's time precisions. */
#define SUCCESSION_WIKIDATA_PRECISION_DAY    11
#define SUCCESSION_WIKIDATA_PRECISION_MONTH  10
#define SUCCESSION_WIKIDATA_PRECISION_YEAR    9
#define SUCCESSION_WIKIDATA_PRECISION_DECADE  8

typedef struct {
  SuccessionWikidataSnak snak;
  int                    precision;   /* 11 day, 10 month, 9 year, 8 decade, 7 century, … */
  gint64                 year;        /* as given: 0 and below are BCE */
  guint8                 month;       /* 1..12, 0 when below month precision */
  guint8                 day;         /* 1..31, 0 when below day precision */
  SuccessionDate         date;        /* the partial date; unset when the format cannot hold it */
} SuccessionWikidataTime;

typedef struct {
  char                   *id;         /* the reference's hash */
  char                   *url;        /* reference URL (P854) */
  char                   *stated_in;  /* stated in (P248), a Q-id */
  SuccessionWikidataTime  retrieved;  /* retrieved (P813) */
} SuccessionWikidataReference;

typedef struct {
  char                   *id;          /* "Q42$…" */
  char                   *person;      /* Q-id */
  SuccessionWikidataTime  start;       /* start time (P580) */
  SuccessionWikidataTime  end;         /* end time (P582) */
  GPtrArray              *replaces;    /* Q-ids (P1365) */
  GPtrArray              *replaced_by; /* Q-ids (P1366) */
  GPtrArray              *terms;       /* parliamentary terms (P2937), Q-ids */
  char                   *ordinal;     /* series ordinal (P1545) */
  char                   *end_cause;   /* end cause (P1534), a Q-id */
  GPtrArray              *references;  /* SuccessionWikidataReference */
} SuccessionWikidataStatement;

/* An item the statements mention: a holder, the body, a term, an end cause, a cited work. */
typedef struct {
  char                   *id;
  SuccessionText         *labels;
  SuccessionWikidataTime  birth;       /* P569, holders only */
  SuccessionWikidataTime  death;       /* P570 */
} SuccessionWikidataEntity;

struct _SuccessionWikidataOffice
{
  GObject          parent_instance;
  char            *id;
  SuccessionText  *labels;
  SuccessionText  *descriptions;
  char            *body;          /* the body the office belongs to (P2389, else P361), or NULL */
  GPtrArray       *statements;    /* SuccessionWikidataStatement, by start then id */
  GPtrArray       *holders;       /* SuccessionWikidataEntity, in order of first tenure */
  GHashTable      *entities;      /* Q-id -> SuccessionWikidataEntity */
  GDateTime       *fetched;
  gboolean         from_cache;
  char            *notice;
};

SuccessionWikidataEntity *_succession_wikidata_office_lookup (SuccessionWikidataOffice *self,
                                                              const char               *id);
/* The entity's label in @languages, else English, else any, else its id. */
const char               *_succession_wikidata_entity_label  (SuccessionWikidataOffice *self,
                                                              const char               *id,
                                                              const char * const       *languages);
/* The time as Wikidata would show it: "1979-09-13", "1979", "1970s", "unknown value". */
char                     *_succession_wikidata_time_to_string (const SuccessionWikidataTime *time);

/* The variables of each query, in the order of the _vars arrays below. An item variable is
 * followed by its labels (English, Simplified and Traditional Chinese, the interface language)
 * and a time by its precision, its plain value (which shows "unknown value") and its
 * "no value" flag. */
enum {
  LABEL_EN = 1, LABEL_HANS, LABEL_HANT, LABEL_UI,
};
enum {
  TIME_PRECISION = 1, TIME_RAW, TIME_NONE,
};
enum {
  OFFICE_ITEM, OFFICE_LABELS_END = OFFICE_ITEM + LABEL_UI,
  OFFICE_DESCRIPTION_EN, OFFICE_DESCRIPTION_UI,
  OFFICE_BODY, OFFICE_BODY_LABELS_END = OFFICE_BODY + LABEL_UI,
  N_OFFICE_VARS
};
enum {
  HOLDER_STATEMENT,
  HOLDER_PERSON, HOLDER_PERSON_LABELS_END = HOLDER_PERSON + LABEL_UI,
  HOLDER_START, HOLDER_START_END = HOLDER_START + TIME_NONE,
  HOLDER_END, HOLDER_END_END = HOLDER_END + TIME_NONE,
  HOLDER_REPLACES, HOLDER_REPLACED_BY, HOLDER_ORDINAL,
  HOLDER_TERM, HOLDER_TERM_LABELS_END = HOLDER_TERM + LABEL_UI,
  HOLDER_CAUSE, HOLDER_CAUSE_LABELS_END = HOLDER_CAUSE + LABEL_UI,
  HOLDER_BIRTH, HOLDER_BIRTH_END = HOLDER_BIRTH + TIME_NONE,
  HOLDER_DEATH, HOLDER_DEATH_END = HOLDER_DEATH + TIME_NONE,
  HOLDER_REF, HOLDER_REF_URL,
  HOLDER_STATED_IN, HOLDER_STATED_IN_LABELS_END = HOLDER_STATED_IN + LABEL_UI,
  HOLDER_RETRIEVED, HOLDER_RETRIEVED_END = HOLDER_RETRIEVED + TIME_NONE,
  N_HOLDER_VARS
};
enum {
  BODIES_ITEM,
  BODIES_BODY, BODIES_BODY_LABELS_END = BODIES_BODY + LABEL_UI,
  N_BODIES_VARS
};

/* The query texts (succession-wikidata-queries.c). A first line "#succession:NAME" names each
 * query, which lets a test server tell them apart. @ui_language may be NULL. */
extern const char * const _succession_wikidata_office_vars[];
extern const char * const _succession_wikidata_holders_vars[];
extern const char * const _succession_wikidata_bodies_vars[];
char                     *_succession_wikidata_office_query  (const char               *id,
                                                              const char               *ui_language);
char                     *_succession_wikidata_holders_query (const char               *id,
                                                              const char               *ui_language);
char                     *_succession_wikidata_bodies_query  (const char * const       *ids,
                                                              const char               *ui_language);
/* Wikidata's code for an interface language ("de"), or NULL when English and Chinese cover it. */
char                     *_succession_wikidata_ui_language   (const char               *tag);

/* Reading the answers' terms. */
char                     *_succession_wikidata_entity_id     (const char               *uri);
gboolean                  _succession_wikidata_is_some_value (const char               *value,
                                                              int                       type);

G_END_DECLS
