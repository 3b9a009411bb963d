/* succession-dataset-edit-private.h — an edit made in place: its fields, shared by its files
 *
 * succession-dataset-edit.c holds the object, what every edit exchanges across the dataset and a
 * tenure's correction; succession-dataset-edit-named.c a person's and an office's, the records
 * the search finds by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-dataset-edit.h"
#include "succession-dataset-private.h"

G_BEGIN_DECLS

typedef struct
{
  SuccessionPerson    *person;
  SuccessionOffice    *office;
  SuccessionBody      *body;
  SuccessionBody      *on_behalf_of;
  char                *role;
  char                *label;
  SuccessionTenureKind kind;
  SuccessionEndStatus  end_status;
  SuccessionDate       start_date;
  SuccessionDate       end_date;
  GPtrArray           *terms;
  GPtrArray           *concurrent_offices;
  GPtrArray           *sources;
  GPtrArray           *alternatives;
  SuccessionText      *note;
  char               **note_ids;
  int                  sort_order;
} TenureState;

/* What the person editor changes of a person, and their search key. */
typedef struct
{
  char           *name;
  SuccessionText *names;
  char           *sort_name;
  char           *gender;
  char           *wikidata;
  SuccessionDate  birth_date;
  SuccessionDate  death_date;
  GPtrArray      *sources;
  SuccessionText *note;
  char           *search_key;
} PersonState;

/* What the office editor changes of an office (not its body), and its search key. */
typedef struct
{
  char           *label;
  SuccessionText *names;
  guint           seats;
  GPtrArray      *infobox;
  GPtrArray      *sources;
  SuccessionText *note;
  char           *search_key;
} OfficeState;

struct _SuccessionDatasetEdit
{
  GObject                     parent_instance;
  SuccessionDataset          *dataset;
  SuccessionTenure           *tenure; /* the record corrected: a tenure… */
  SuccessionPerson           *person; /* …a person… */
  SuccessionOffice           *office; /* …or an office */
  SuccessionTenure           *member; /* a tenure added (adds) or removed */
  gboolean                    adds;
  TenureState                 other;
  PersonState                 other_person;
  OfficeState                 other_office;
  const SuccessionKeptRecord *other_kept;     /* in the dataset's own kept text */
  SuccessionDataset          *changed;        /* until first applied: whose kept text is taken then */
  gconstpointer               changed_record; /* the record in it */
  guint64                     serial;         /* the dataset's when the edit was made */
  GPtrArray                  *other_warnings;
  SuccessionDate              other_last_recorded;
  GPtrArray                  *settled;      /* other tenures whose end status follows the date */
  GArray                     *other_status; /* SuccessionEndStatus, one for each of them */
  gboolean                    applied;
};

#define SWAP(type, a, b) \
  G_STMT_START           \
  {                      \
    type swap_ = (a);    \
    (a) = (b);           \
    (b) = swap_;         \
  }                      \
  G_STMT_END

/* Sources holding their own texts, not the checked copy's store of them. */
GPtrArray *_succession_edit_copy_sources      (GPtrArray             *sources);
/* @changed has as many records of each kind as @dataset, and @tenures_added more tenures. */
gboolean   _succession_edit_same_shape        (SuccessionDataset     *dataset,
                                               SuccessionDataset     *changed,
                                               int                    tenures_added);
/* What the change settles across the dataset, and @changed until the edit is first applied. */
void       _succession_edit_take_the_rest     (SuccessionDatasetEdit *self,
                                               SuccessionDataset     *changed,
                                               gconstpointer          changed_record);
/* Under the writer lock: the settled tenures, @record's kept text, the warnings, the date. */
void       _succession_edit_exchange_the_rest (SuccessionDatasetEdit *self,
                                               gconstpointer          record);
/* After it: the views told. */
void       _succession_edit_tell_changed      (GListStore            *store,
                                               GPtrArray             *records,
                                               gpointer               record);
void       _succession_edit_tell_warnings     (SuccessionDataset     *dataset);
void       _succession_edit_tell_settled      (SuccessionDatasetEdit *self,
                                               SuccessionOffice      *told,
                                               SuccessionOffice      *also_told);
void       _succession_edit_forget_spans      (SuccessionOffice      *office);

/* succession-dataset-edit-named.c */
void       _succession_edit_clear_named       (SuccessionDatasetEdit *self);
void       _succession_edit_exchange_person   (SuccessionDatasetEdit *self);
void       _succession_edit_exchange_office   (SuccessionDatasetEdit *self);

G_END_DECLS
