/* succession-model-private.h — the entities' fields, shared by the loader and the dataset
 *
 * Entities change after the loader hands the dataset over only through an edit made in place
 * (succession-dataset-edit.c), on the main thread; only the model library sees their fields.
 * References between entities are strong; the dataset breaks the cycles when it is disposed, so an entity a view still holds never points at freed memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-body.h"
#include "succession-date.h"
#include "succession-dataset.h"
#include "succession-message.h"
#include "succession-office.h"
#include "succession-person.h"
#include "succession-source.h"
#include "succession-strings.h"
#include "succession-tenure.h"
#include "succession-term.h"
#include "succession-text.h"

G_BEGIN_DECLS

struct _SuccessionSource
{
  GObject            parent_instance;
  SuccessionStrings *strings;   /* holds the texts below when set; else each is its own */
  char           *url;
  char           *archive_url; /* a copy of the page in a web archive */
  char           *title;
  char           *publisher;
  char           *note;
  char           *locator;
  char           *lang;
  SuccessionDate  date;
  SuccessionDate  accessed;
};

struct _SuccessionBody
{
  GObject          parent_instance;
  char            *id;
  char            *name;
  SuccessionText  *names;
  char            *classification;
  char            *parent_id;
  SuccessionBody  *parent;
  GPtrArray       *children;   /* SuccessionBody, sorted by sort_order then file order */
  GPtrArray       *offices;    /* SuccessionOffice */
  GPtrArray       *terms;      /* SuccessionTerm, chronological */
  GListStore      *children_model;
  SuccessionDate   founding_date;
  SuccessionDate   dissolution_date;
  SuccessionText  *description;
  SuccessionText  *rank;
  SuccessionText  *address;
  SuccessionText  *predecessor_name;
  SuccessionDate   predecessor_founding_date;
  GPtrArray       *sources;    /* SuccessionSource */
  SuccessionText  *note;       /* kept so the dataset can be written back */
  int              sort_order;
  /* A council's members: the offices whose holders sit on it, in official order. */
  char           **member_office_ids;
  GPtrArray       *member_offices; /* SuccessionOffice, resolved once the posts are read */
  guint            index;
  char            *search_key;
};

typedef struct
{
  char           *key;
  SuccessionText *value;
} SuccessionInfoboxEntry;

struct _SuccessionOffice
{
  GObject            parent_instance;
  char              *id;
  char              *label;
  SuccessionText    *names;
  char              *role;
  char              *body_id;
  char              *term_body_id;
  char              *chair_office_id;
  char              *wikidata;
  SuccessionBody    *body;
  SuccessionBody    *term_body;
  SuccessionOffice  *chair_office;
  GPtrArray         *councils;  /* SuccessionBody whose members include this office, or NULL */
  guint              seats;
  SuccessionText    *description;
  GPtrArray         *infobox;   /* SuccessionInfoboxEntry */
  GPtrArray         *tenures;   /* SuccessionTenure, chronological */
  GListStore        *tenures_model;
  GPtrArray         *sources;
  SuccessionDate     start_date;
  SuccessionDate     end_date;
  SuccessionText    *note;
  gboolean           synthesized;
  guint              index;
  char              *search_key;
};

struct _SuccessionPerson
{
  GObject          parent_instance;
  char            *id;
  char            *name;
  SuccessionText  *names;
  char            *sort_name;
  char            *gender;
  char            *wikidata;
  SuccessionDate   birth_date;
  SuccessionDate   death_date;
  GPtrArray       *sources;
  SuccessionText  *note;
  GPtrArray       *tenures;   /* SuccessionTenure, chronological */
  GListStore      *tenures_model;
  guint            index;
  char            *search_key;
};

typedef struct
{
  gboolean        is_end;
  SuccessionDate  date;
  GPtrArray      *sources;
  SuccessionText *note;
} SuccessionDateAlternative;

/* The days a tenure can span: its start lies in [s_lo, s_hi], its end (the first day out of
 * office) in [e_lo, e_hi]; SUCCESSION_DAY_MIN/MAX where nothing bounds it. */
typedef struct
{
  SuccessionDay s_lo, s_hi, e_lo, e_hi;
} SuccessionSpan;

struct _SuccessionTenure
{
  GObject               parent_instance;
  char                 *id;
  SuccessionPerson     *person;
  SuccessionOffice     *office;
  SuccessionBody       *body;
  SuccessionBody       *on_behalf_of;
  char                 *role;
  char                 *label;
  SuccessionTenureKind  kind;
  SuccessionEndStatus   end_status;
  SuccessionDate        start_date;
  SuccessionDate        end_date;
  GPtrArray            *terms;              /* SuccessionTerm */
  GPtrArray            *concurrent_offices; /* SuccessionText */
  GPtrArray            *sources;            /* SuccessionSource */
  GPtrArray            *alternatives;       /* SuccessionDateAlternative */
  SuccessionText       *note;
  char                **note_ids;           /* ids in the dataset's notes, or NULL */
  int                   sort_order;         /* order of election among same-day holders */
  SuccessionSpan        span;               /* see succession-tenure-span.c */
  gboolean              span_known;
  guint                 index;
};

struct _SuccessionTerm
{
  GObject          parent_instance;
  char            *id;
  char            *name;
  SuccessionText  *names;
  char            *classification;
  SuccessionBody  *body;
  int              number;
  SuccessionDate   start_date;
  SuccessionDate   end_date;
  GPtrArray       *sources;
  SuccessionText  *note;
  guint            index;
};

/* Copies that hold their own texts, not a loader's store of them: what an edit made in place
 * takes from the copy it was checked on, which then goes whole. */
SuccessionText   *_succession_text_copy_own     (const SuccessionText *text);
SuccessionSource *_succession_source_copy_own   (SuccessionSource     *self);

/* Texts added to @text from now on are stored in @strings (the loader's), not copied one by
 * one; @text holds a reference to it. Call before the first succession_text_add(). */
void              _succession_text_use_strings (SuccessionText    *text,
                                                SuccessionStrings *strings);

/* The tenure's span bounded by everything the dataset knows (succession-tenure-span.c). */
void              _succession_tenure_get_span    (SuccessionTenure *self,
                                                  SuccessionSpan   *out);
void              _succession_tenure_forget_span (SuccessionTenure *self);

/* Constructors and link breakers used by the loader and the dataset. */
SuccessionSource *_succession_source_new        (void);
SuccessionBody   *_succession_body_new          (void);
SuccessionOffice *_succession_office_new        (void);
SuccessionPerson *_succession_person_new        (void);
SuccessionTenure *_succession_tenure_new        (void);
SuccessionTerm   *_succession_term_new          (void);
void              _succession_body_clear_links   (SuccessionBody   *self);
void              _succession_office_clear_links (SuccessionOffice *self);
void              _succession_person_clear_links (SuccessionPerson *self);
void              _succession_tenure_clear_links (SuccessionTenure *self);
void              _succession_term_clear_links   (SuccessionTerm   *self);

void              _succession_date_alternative_free (SuccessionDateAlternative *alt);
void              _succession_infobox_entry_free    (SuccessionInfoboxEntry    *entry);

/* Orders tenures by start, then end, then position in the file. */
/* The calling thread at the lowest priority, where the system gives threads one of their own
 * (Linux): work that may wait, beside the frames of the window and of the display server. */
void              _succession_lower_thread_priority  (void);

/* After an edit made in place: every property may have changed. */
void              _succession_tenure_notify_all      (SuccessionTenure *self);
void              _succession_person_notify_all      (SuccessionPerson *self);
void              _succession_office_notify_all      (SuccessionOffice *self);
int               _succession_tenure_compare         (gconstpointer a,
                                                      gconstpointer b);
/* Fills a GListStore from @array once; later calls return the same store. */
GListModel       *_succession_list_model_from_array  (GListStore **store,
                                                      GType        type,
                                                      GPtrArray   *array);
/* Builds the folded search key of @names and @name. */
char             *_succession_build_search_key       (const char           *name,
                                                      const SuccessionText *names);

SuccessionDataset *_succession_dataset_new           (void);

/* The text for the first of @languages that has one, else NULL: no fallback to another
 * language, so the caller can fall back to the Popolo name instead of an alternate name. */
const char       *_succession_text_lookup_strict     (const SuccessionText *names,
                                                      const char * const   *languages);

G_END_DECLS
