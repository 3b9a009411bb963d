/* succession-wikidata.h — the Wikidata library: include this one header
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-wikidata-client.h"
#include "succession-wikidata-compare.h"
#include "succession-wikidata-disagreement.h"
#include "succession-wikidata-match.h"
#include "succession-wikidata-office.h"
