/* succession-types.h — forward declarations and enums of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _SuccessionBody     SuccessionBody;
typedef struct _SuccessionDataset  SuccessionDataset;
typedef struct _SuccessionLoader   SuccessionLoader;
typedef struct _SuccessionMessage  SuccessionMessage;
typedef struct _SuccessionOffice   SuccessionOffice;
typedef struct _SuccessionPerson   SuccessionPerson;
typedef struct _SuccessionSource   SuccessionSource;
typedef struct _SuccessionTenure   SuccessionTenure;
typedef struct _SuccessionTerm     SuccessionTerm;

typedef enum {
  SUCCESSION_TENURE_KIND_REGULAR = 0,
  SUCCESSION_TENURE_KIND_ACTING,
  SUCCESSION_TENURE_KIND_HONORARY,
  SUCCESSION_TENURE_KIND_VACANCY,
} SuccessionTenureKind;

typedef enum {
  SUCCESSION_END_STATUS_ENDED = 0,
  SUCCESSION_END_STATUS_ONGOING,
  SUCCESSION_END_STATUS_UNKNOWN,
} SuccessionEndStatus;

typedef enum {
  SUCCESSION_SEVERITY_WARNING = 0,
  SUCCESSION_SEVERITY_ERROR,
} SuccessionSeverity;

GType succession_tenure_kind_get_type (void) G_GNUC_CONST;
GType succession_end_status_get_type  (void) G_GNUC_CONST;
GType succession_severity_get_type    (void) G_GNUC_CONST;
#define SUCCESSION_TYPE_TENURE_KIND (succession_tenure_kind_get_type ())
#define SUCCESSION_TYPE_END_STATUS  (succession_end_status_get_type ())
#define SUCCESSION_TYPE_SEVERITY    (succession_severity_get_type ())

G_END_DECLS
