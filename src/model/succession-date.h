/* succession-date.h — partial dates: 1979, 1979-09, 1979-09-13, with qualifiers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  SUCCESSION_DATE_PRECISION_NONE = 0,  /* unset */
  SUCCESSION_DATE_PRECISION_YEAR = 1,
  SUCCESSION_DATE_PRECISION_MONTH = 2,
  SUCCESSION_DATE_PRECISION_DAY = 3,
} SuccessionDatePrecision;

typedef enum {
  SUCCESSION_DATE_QUALIFIER_NONE = 0,
  SUCCESSION_DATE_QUALIFIER_CIRCA,
  SUCCESSION_DATE_QUALIFIER_BEFORE,
  SUCCESSION_DATE_QUALIFIER_AFTER,
} SuccessionDateQualifier;

/* The answer to "does X contain / cover D" when X or D may be partial. */
typedef enum {
  SUCCESSION_MATCH_NO = 0,
  SUCCESSION_MATCH_POSSIBLY,
  SUCCESSION_MATCH_YES,
} SuccessionMatch;

/* A day number: days since 0001-01-01 (which is day 1), as GDate's Julian days. */
typedef gint32 SuccessionDay;
#define SUCCESSION_DAY_MIN G_MININT32
#define SUCCESSION_DAY_MAX G_MAXINT32

/* A value type, passed by pointer and copied by assignment. year == 0 means unset. */
typedef struct {
  guint16 year;      /* 1..9999, or 0 when the date is unset */
  guint8  month;     /* 1..12, or 0 when unknown */
  guint8  day;       /* 1..31, or 0 when unknown */
  guint8  qualifier; /* SuccessionDateQualifier */
} SuccessionDate;

#define SUCCESSION_TYPE_DATE (succession_date_get_type ())
GType           succession_date_get_type      (void) G_GNUC_CONST;

SuccessionDate *succession_date_copy          (const SuccessionDate *self);
void            succession_date_free          (SuccessionDate       *self);

/* Strict parse of "YYYY", "YYYY-MM" or "YYYY-MM-DD" (exactly four, two, two digits). Rejects
 * impossible days ("2018-02-30"), months ("2018-13-01"), short fields ("2018-3-7"), spaces,
 * trailing text and years outside 1..9999. With @allow_time, a Popolo date-time such as
 * "2013-09-17T00:00:00Z" is read as its date. On failure @error (SUCCESSION_DATE_ERROR) says why. */
gboolean        succession_date_parse         (const char           *text,
                                               gboolean              allow_time,
                                               SuccessionDate       *out,
                                               GError              **error);
/* Sets @out to a qualifier parsed from "circa", "before", "after" (or NULL/"" for none). */
gboolean        succession_date_qualifier_parse (const char              *text,
                                                 SuccessionDateQualifier *out);
const char     *succession_date_qualifier_to_string (SuccessionDateQualifier qualifier);

/* Initialises a day-precision date from a GDateTime in local time (used for "today"). */
void            succession_date_init_today    (SuccessionDate       *out);

gboolean        succession_date_is_set        (const SuccessionDate *self);
SuccessionDatePrecision succession_date_get_precision (const SuccessionDate *self);
/* "1979", "1979-09", "1979-09-13": the precision as written, never padded. Free with g_free. */
char           *succession_date_to_iso        (const SuccessionDate *self);

/* First and last day the (partial) date may denote, ignoring the qualifier. */
SuccessionDay   succession_date_get_first_day (const SuccessionDate *self);
SuccessionDay   succession_date_get_last_day  (const SuccessionDate *self);
/* The same, widened by the qualifier: circa widens by one year each way; before means
 * "some day before the first day"; after means "some day after the last day". Unset dates
 * give SUCCESSION_DAY_MIN / SUCCESSION_DAY_MAX. */
SuccessionDay   succession_date_get_earliest  (const SuccessionDate *self);
SuccessionDay   succession_date_get_latest    (const SuccessionDate *self);

/* Orders by first day, then by precision (coarser first); unset dates sort last. */
int             succession_date_compare       (const SuccessionDate *a,
                                               const SuccessionDate *b);
gboolean        succession_date_equal         (const SuccessionDate *a,
                                               const SuccessionDate *b);

/* Does @self contain the date @other? 1979-09 contains 1979-09-13 (YES), 1979-09 may contain
 * 1979 (POSSIBLY), 1979-09 does not contain 1980 (NO). */
SuccessionMatch succession_date_contains      (const SuccessionDate *self,
                                               const SuccessionDate *other);

/* Duration from @start to @end in whole years, months and days, computed at the coarser of
 * the two precisions (a month-precision date gives no days: *days is set to -1; a year-precision
 * date gives neither months nor days). Returns FALSE when either is unset or @end is before
 * @start. */
gboolean        succession_date_duration      (const SuccessionDate *start,
                                               const SuccessionDate *end,
                                               int                  *years,
                                               int                  *months,
                                               int                  *days);

/* Converts between day numbers and dates (day precision). */
void            succession_date_init_from_day (SuccessionDate       *out,
                                               SuccessionDay         day);

#define SUCCESSION_DATE_ERROR (succession_date_error_quark ())
GQuark          succession_date_error_quark   (void);

typedef enum {
  SUCCESSION_DATE_ERROR_SYNTAX,     /* not of the form YYYY[-MM[-DD]] */
  SUCCESSION_DATE_ERROR_RANGE,      /* year, month or day out of range */
} SuccessionDateError;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SuccessionDate, succession_date_free)

G_END_DECLS
