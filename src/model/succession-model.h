/* succession-model.h — the model layer: include this one header
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-body.h"
#include "succession-dataset-edit.h"
#include "succession-dataset.h"
#include "succession-date.h"
#include "succession-loader.h"
#include "succession-message.h"
#include "succession-office.h"
#include "succession-person.h"
#include "succession-source.h"
#include "succession-tenure-change.h"
#include "succession-tenure.h"
#include "succession-term.h"
#include "succession-text.h"
#include "succession-types.h"
