/* succession-sidebar-model.c — the lines of the sidebar's browse list, made when asked for
 *
 * The browse list has a line for every office and body. Making them all when a dataset is
 * shown (an object and a page target each) cost as much as the rows for a file of thousands of
 * offices, so the model holds only its sections (the pages, one per body with offices, the
 * offices of no body, the bodies) with where each starts, and makes a line the first time the
 * list asks for it: what is made follows what is seen, not the size of the dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "succession-sidebar-entry.h"
#include "succession-sidebar-model.h"

typedef enum {
  SECTION_PAGES,  /* the chart and On a Date, with no heading */
  SECTION_BODY,   /* a body's heading and its offices */
  SECTION_OTHER,  /* "Other Offices" and the offices of no body */
  SECTION_BODIES, /* "Bodies", each root and its direct children */
} SectionKind;

typedef struct
{
  SectionKind     kind;
  SuccessionBody *body;  /* SECTION_BODY's */
  guint           start; /* its first line's position */
  guint           n;     /* its lines, heading included */
} Section;

/* A line of the bodies' section. */
typedef struct
{
  SuccessionBody *body;
  gboolean        indent;
} BodyLine;

struct _SuccessionSidebarModel
{
  GObject parent_instance;

  SuccessionDataset *dataset;
  GArray            *sections;      /* Section, in the order of the list */
  GPtrArray         *other_offices; /* SuccessionOffice of no body */
  GArray            *body_lines;    /* BodyLine */
  GHashTable        *body_sections; /* SuccessionBody → its section's index + 1 */
  GPtrArray         *entries;       /* SuccessionSidebarEntry or NULL, by position */
};

static void succession_sidebar_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SuccessionSidebarModel, succession_sidebar_model, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, succession_sidebar_model_list_init))

static guint
add_section (SuccessionSidebarModel *self,
             SectionKind             kind,
             SuccessionBody         *body,
             guint                   n)
{
  guint   start = self->sections->len > 0 ? g_array_index (self->sections, Section, self->sections->len - 1).start +
                                            g_array_index (self->sections, Section, self->sections->len - 1).n
                                          : 0;
  Section section = { kind, body, start, n };

  g_array_append_val (self->sections, section);
  return self->sections->len - 1;
}

static void
add_sections (SuccessionSidebarModel *self)
{
  GListModel *bodies = succession_dataset_get_bodies (self->dataset);
  GListModel *offices = succession_dataset_get_offices (self->dataset);
  GListModel *roots = succession_dataset_get_root_bodies (self->dataset);
  guint       n_bodies = g_list_model_get_n_items (bodies);
  guint       n_offices = g_list_model_get_n_items (offices);
  guint       n_roots = g_list_model_get_n_items (roots);
  guint       n_under_bodies = 0;

  add_section (self, SECTION_PAGES, NULL, 2);

  /* Offices grouped under their body, in the file's order of bodies. */
  for (guint i = 0; i < n_bodies; i++)
    {
      g_autoptr(SuccessionBody) body = g_list_model_get_item (bodies, i);
      GPtrArray *body_offices = succession_body_get_offices (body);
      guint      index;

      if (body_offices == NULL || body_offices->len == 0)
        continue;
      n_under_bodies += body_offices->len;
      index = add_section (self, SECTION_BODY, body, body_offices->len + 1);
      g_hash_table_insert (self->body_sections, body, GUINT_TO_POINTER (index + 1));
    }

  /* Offices of no body, from files that leave organization_id out: looked for only when the
   * bodies' offices do not account for every office. */
  for (guint i = 0; i < n_offices && n_under_bodies < n_offices; i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, i);

      if (succession_office_get_body (office) == NULL)
        g_ptr_array_add (self->other_offices, g_steal_pointer (&office));
    }
  if (self->other_offices->len > 0)
    add_section (self, SECTION_OTHER, NULL, self->other_offices->len + 1);

  /* Bodies: the roots and their direct children; deeper ones are in each body's tree. */
  for (guint i = 0; i < n_roots; i++)
    {
      g_autoptr(SuccessionBody) root = g_list_model_get_item (roots, i);
      GListModel *children = succession_body_get_children (root);
      guint       n_children = g_list_model_get_n_items (children);
      BodyLine    line = { root, FALSE };

      g_array_append_val (self->body_lines, line);
      for (guint j = 0; j < n_children; j++)
        {
          g_autoptr(SuccessionBody) child = g_list_model_get_item (children, j);
          BodyLine child_line = { child, TRUE };

          g_array_append_val (self->body_lines, child_line);
        }
    }
  if (self->body_lines->len > 0)
    add_section (self, SECTION_BODIES, NULL, self->body_lines->len + 1);
}

static guint
n_lines (SuccessionSidebarModel *self)
{
  return self->entries->len;
}

static const Section *
section_at (SuccessionSidebarModel *self,
            guint                   position)
{
  guint low = 0, high = self->sections->len;

  /* The last section that starts at or before @position. */
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (self->sections, Section, middle).start <= position)
        low = middle;
      else
        high = middle;
    }
  return &g_array_index (self->sections, Section, low);
}

static SuccessionSidebarEntry *
office_link (SuccessionOffice *office)
{
  return succession_sidebar_entry_new_link (succession_page_target_new_for_entity (G_OBJECT (office)), G_OBJECT (office),
                                            NULL, NULL, FALSE);
}

static SuccessionSidebarEntry *
make_entry (SuccessionSidebarModel *self,
            guint                   position)
{
  const Section *section = section_at (self, position);
  guint          index = position - section->start;
  /* The first heading comes right after the two pages, with less space above it. */
  gboolean first = section == &g_array_index (self->sections, Section, 1);

  switch (section->kind)
    {
    case SECTION_PAGES:
      if (index == 0)
        return succession_sidebar_entry_new_link (succession_page_target_new (SUCCESSION_PAGE_CHART, NULL), NULL,
                                                  _ ("Succession Chart"), "view-continuous-symbolic", FALSE);
      return succession_sidebar_entry_new_link (succession_page_target_new (SUCCESSION_PAGE_DATE, NULL), NULL,
                                                _ ("On a Date…"), "x-office-calendar-symbolic", FALSE);
    case SECTION_BODY:
      if (index == 0)
        return succession_sidebar_entry_new_heading (G_OBJECT (section->body), NULL, first);
      return office_link (g_ptr_array_index (succession_body_get_offices (section->body), index - 1));
    case SECTION_OTHER:
      if (index == 0)
        return succession_sidebar_entry_new_heading (NULL, _ ("Other Offices"), first);
      return office_link (g_ptr_array_index (self->other_offices, index - 1));
    case SECTION_BODIES:
    default:
      if (index == 0)
        return succession_sidebar_entry_new_heading (NULL, _ ("Bodies"), first);
      {
        BodyLine *line = &g_array_index (self->body_lines, BodyLine, index - 1);

        return succession_sidebar_entry_new_link (succession_page_target_new_for_entity (G_OBJECT (line->body)),
                                                  G_OBJECT (line->body), NULL, NULL, line->indent);
      }
    }
}

static GType
succession_sidebar_model_get_item_type (GListModel *list)
{
  return SUCCESSION_TYPE_SIDEBAR_ENTRY;
}

static guint
succession_sidebar_model_get_n_items (GListModel *list)
{
  return n_lines (SUCCESSION_SIDEBAR_MODEL (list));
}

static gpointer
succession_sidebar_model_get_item (GListModel *list,
                                   guint       position)
{
  SuccessionSidebarModel *self = SUCCESSION_SIDEBAR_MODEL (list);
  gpointer               *entry;

  if (position >= n_lines (self))
    return NULL;

  entry = &g_ptr_array_index (self->entries, position);
  if (*entry == NULL)
    *entry = make_entry (self, position);
  return g_object_ref (*entry);
}

static void
succession_sidebar_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = succession_sidebar_model_get_item_type;
  iface->get_n_items = succession_sidebar_model_get_n_items;
  iface->get_item = succession_sidebar_model_get_item;
}

/* The lines not asked for are NULL. */
static void
unref_entry (gpointer entry)
{
  if (entry != NULL)
    g_object_unref (entry);
}

static void
succession_sidebar_model_finalize (GObject *object)
{
  SuccessionSidebarModel *self = SUCCESSION_SIDEBAR_MODEL (object);

  g_ptr_array_unref (self->entries);
  g_hash_table_unref (self->body_sections);
  g_array_unref (self->body_lines);
  g_ptr_array_unref (self->other_offices);
  g_array_unref (self->sections);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (succession_sidebar_model_parent_class)->finalize (object);
}

static void
succession_sidebar_model_class_init (SuccessionSidebarModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = succession_sidebar_model_finalize;
}

static void
succession_sidebar_model_init (SuccessionSidebarModel *self)
{
  self->sections = g_array_new (FALSE, FALSE, sizeof (Section));
  self->other_offices = g_ptr_array_new_with_free_func (g_object_unref);
  self->body_lines = g_array_new (FALSE, FALSE, sizeof (BodyLine));
  self->body_sections = g_hash_table_new (NULL, NULL);
  self->entries = g_ptr_array_new_with_free_func (unref_entry);
}

/* An edit made in place changed @office's tenures: its line, which names the holder today, is
 * made again when next shown. */
static void
on_tenures_changed (SuccessionSidebarModel *self,
                    SuccessionOffice       *office,
                    SuccessionDataset      *dataset)
{
  g_autoptr(SuccessionPageTarget) target = succession_page_target_new (SUCCESSION_PAGE_OFFICE, succession_office_get_id (office));
  guint position = succession_sidebar_model_find (self, target);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  g_clear_pointer (&g_ptr_array_index (self->entries, position), unref_entry);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

SuccessionSidebarModel *
succession_sidebar_model_new (SuccessionDataset *dataset)
{
  SuccessionSidebarModel *self;

  g_return_val_if_fail (dataset == NULL || SUCCESSION_IS_DATASET (dataset), NULL);

  self = g_object_new (SUCCESSION_TYPE_SIDEBAR_MODEL, NULL);
  if (dataset != NULL)
    {
      const Section *last;

      self->dataset = g_object_ref (dataset);
      add_sections (self);
      last = &g_array_index (self->sections, Section, self->sections->len - 1);
      /* One pointer a line, NULL until the line is asked for. */
      g_ptr_array_set_size (self->entries, last->start + last->n);
      g_signal_connect_object (dataset, "tenures-changed", G_CALLBACK (on_tenures_changed), self, G_CONNECT_SWAPPED);
    }
  return self;
}

guint
succession_sidebar_model_find (SuccessionSidebarModel     *self,
                               const SuccessionPageTarget *target)
{
  GObject *entity;

  g_return_val_if_fail (SUCCESSION_IS_SIDEBAR_MODEL (self), GTK_INVALID_LIST_POSITION);

  if (target == NULL || self->dataset == NULL)
    return GTK_INVALID_LIST_POSITION;
  if (target->kind == SUCCESSION_PAGE_CHART)
    return 0;
  if (target->kind == SUCCESSION_PAGE_DATE)
    return 1;

  entity = succession_page_target_lookup (target, self->dataset);
  if (SUCCESSION_IS_OFFICE (entity))
    {
      SuccessionBody *body = succession_office_get_body (SUCCESSION_OFFICE (entity));
      guint           index;

      if (body != NULL)
        {
          guint          section_index = GPOINTER_TO_UINT (g_hash_table_lookup (self->body_sections, body));
          const Section *section;

          if (section_index == 0)
            return GTK_INVALID_LIST_POSITION;
          section = &g_array_index (self->sections, Section, section_index - 1);
          if (g_ptr_array_find (succession_body_get_offices (body), entity, &index))
            return section->start + 1 + index;
          return GTK_INVALID_LIST_POSITION;
        }
      for (guint i = 0; i < self->sections->len; i++)
        {
          const Section *section = &g_array_index (self->sections, Section, i);

          if (section->kind == SECTION_OTHER && g_ptr_array_find (self->other_offices, entity, &index))
            return section->start + 1 + index;
        }
    }
  else if (SUCCESSION_IS_BODY (entity))
    {
      const Section *section = &g_array_index (self->sections, Section, self->sections->len - 1);

      for (guint i = 0; section->kind == SECTION_BODIES && i < self->body_lines->len; i++)
        if (g_array_index (self->body_lines, BodyLine, i).body == (SuccessionBody *) entity)
          return section->start + 1 + i;
    }
  return GTK_INVALID_LIST_POSITION;
}
