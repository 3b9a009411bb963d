/* succession-wikidata-disagreement.h — one difference between a dataset and Wikidata
 *
 * Each says, for one tenure, what the dataset has and what Wikidata has, with a source for each
 * side, and, when the dataset's value can be carried back, the QuickStatements line that does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "succession-model.h"

G_BEGIN_DECLS

typedef enum {
  SUCCESSION_WIKIDATA_DISAGREEMENT_ONLY_IN_DATASET,      /* a holder Wikidata does not have */
  SUCCESSION_WIKIDATA_DISAGREEMENT_ONLY_ON_WIKIDATA,     /* a holder the dataset does not have */
  SUCCESSION_WIKIDATA_DISAGREEMENT_START,                /* a different start, or one side has none */
  SUCCESSION_WIKIDATA_DISAGREEMENT_END,                  /* a different end, or one side has none */
  SUCCESSION_WIKIDATA_DISAGREEMENT_START_PRECISION,      /* the same start at another precision */
  SUCCESSION_WIKIDATA_DISAGREEMENT_END_PRECISION,        /* the same end at another precision */
  SUCCESSION_WIKIDATA_DISAGREEMENT_PREDECESSOR,          /* "replaces" (P1365) does not match */
  SUCCESSION_WIKIDATA_DISAGREEMENT_SUCCESSOR,            /* "replaced by" (P1366) does not match */
  SUCCESSION_WIKIDATA_DISAGREEMENT_OVERLAP_IN_DATASET,   /* two tenures overlap in the dataset only */
  SUCCESSION_WIKIDATA_DISAGREEMENT_OVERLAP_ON_WIKIDATA,  /* two tenures overlap on Wikidata only */
} SuccessionWikidataDisagreementKind;

GType       succession_wikidata_disagreement_kind_get_type  (void) G_GNUC_CONST;
#define SUCCESSION_TYPE_WIKIDATA_DISAGREEMENT_KIND (succession_wikidata_disagreement_kind_get_type ())
/* "different-start", as in the CSV export. */
const char *succession_wikidata_disagreement_kind_to_string (SuccessionWikidataDisagreementKind kind);
/* "Different start", translated. */
const char *succession_wikidata_disagreement_kind_get_label (SuccessionWikidataDisagreementKind kind);

#define SUCCESSION_TYPE_WIKIDATA_DISAGREEMENT (succession_wikidata_disagreement_get_type ())

G_DECLARE_FINAL_TYPE (SuccessionWikidataDisagreement, succession_wikidata_disagreement, SUCCESSION, WIKIDATA_DISAGREEMENT, GObject)

SuccessionWikidataDisagreementKind
            succession_wikidata_disagreement_get_kind            (SuccessionWikidataDisagreement *self);
SuccessionOffice *
            succession_wikidata_disagreement_get_office          (SuccessionWikidataDisagreement *self);
const char *succession_wikidata_disagreement_get_office_wikidata (SuccessionWikidataDisagreement *self);
/* The holder, as the dataset names them (or Wikidata, for a holder only there). */
const char *succession_wikidata_disagreement_get_person_name     (SuccessionWikidataDisagreement *self);
const char *succession_wikidata_disagreement_get_person_wikidata (SuccessionWikidataDisagreement *self);
/* The dataset's tenure, or NULL for a holder only on Wikidata. */
SuccessionTenure *
            succession_wikidata_disagreement_get_tenure          (SuccessionWikidataDisagreement *self);
/* The Wikidata statement ("Q42$…"), or NULL for a holder only in the dataset. */
const char *succession_wikidata_disagreement_get_statement       (SuccessionWikidataDisagreement *self);
/* Both values as text: "1979-09-13", "in office", "" when a side has none. */
const char *succession_wikidata_disagreement_get_dataset_value   (SuccessionWikidataDisagreement *self);
const char *succession_wikidata_disagreement_get_wikidata_value  (SuccessionWikidataDisagreement *self);
/* Both sources as citations ("" when a side has none). */
const char *succession_wikidata_disagreement_get_dataset_source  (SuccessionWikidataDisagreement *self);
const char *succession_wikidata_disagreement_get_wikidata_source (SuccessionWikidataDisagreement *self);
/* QuickStatements (V1) that would give Wikidata the dataset's value with its source, or NULL
 * when there is nothing to carry back. */
const char *succession_wikidata_disagreement_get_quickstatements (SuccessionWikidataDisagreement *self);

G_END_DECLS
