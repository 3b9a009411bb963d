/* succession-wikidata-disagreement-private.h — the fields the comparison fills in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-wikidata-disagreement.h"

G_BEGIN_DECLS

struct _SuccessionWikidataDisagreement
{
  GObject                             parent_instance;
  SuccessionWikidataDisagreementKind  kind;
  SuccessionOffice                   *office;
  char                               *office_wikidata;
  char                               *person_name;
  char                               *person_wikidata;
  SuccessionTenure                   *tenure;
  char                               *statement;
  char                               *dataset_value;
  char                               *wikidata_value;
  char                               *dataset_source;
  char                               *wikidata_source;
  char                               *quickstatements;
};

SuccessionWikidataDisagreement *_succession_wikidata_disagreement_new (SuccessionWikidataDisagreementKind kind);

G_END_DECLS
