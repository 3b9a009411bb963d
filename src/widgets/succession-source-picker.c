/* succession-source-picker.c — a dropdown of the sources a dataset cites, searched as typed
 *
 * Choosing one emits "source-picked" with it; the editor around it fills its fields. The first
 * line, "New Source", is no source. Titles run long: the button shows the start of one and the
 * list wraps them (succession-dropdown.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-source-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-array-model.h"
#include "succession-dropdown.h"
#include "succession-record-change.h"
#include "succession-source-picker.h"

struct _SuccessionSourcePicker
{
  GtkWidget parent_instance;

  GtkDropDown *dropdown;
  GPtrArray   *sources; /* SuccessionSource, as listed after "New Source" */
};

G_DEFINE_FINAL_TYPE (SuccessionSourcePicker, succession_source_picker, GTK_TYPE_WIDGET)

enum {
  SOURCE_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_selected (SuccessionSourcePicker *self)
{
  guint selected = gtk_drop_down_get_selected (self->dropdown);

  if (self->sources != NULL && selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->sources->len)
    g_signal_emit (self, signals[SOURCE_PICKED], 0, g_ptr_array_index (self->sources, selected - 1));
}

static void
succession_source_picker_dispose (GObject *object)
{
  SuccessionSourcePicker *self = SUCCESSION_SOURCE_PICKER (object);

  if (self->dropdown != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->dropdown));
  self->dropdown = NULL;
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (succession_source_picker_parent_class)->dispose (object);
}

static void
succession_source_picker_class_init (SuccessionSourcePickerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = succession_source_picker_dispose;

  /* (the source chosen) */
  signals[SOURCE_PICKED] = g_signal_new ("source-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, SUCCESSION_TYPE_SOURCE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* A line of the list: "New Source" first, then a source's title (or address) and publisher. The
 * lines are written when shown or searched, not for every source when the editor opens: a large
 * dataset cites a hundred thousand. */
static char *
line_of (GObject *item,
         gpointer unused)
{
  SuccessionSource *source;
  const char       *title, *publisher;

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  if (!SUCCESSION_IS_SOURCE (item))
    return g_strdup ("");
  source = SUCCESSION_SOURCE (item);
  title = succession_source_get_title (source);
  publisher = succession_source_get_publisher (source);
  if (title == NULL)
    title = succession_source_get_url (source) != NULL ? succession_source_get_url (source) : "";
  if (publisher != NULL)
    /* Translators: a source in the list of sources cited before: its title, then its publisher. */
    return g_strdup_printf (_ ("%s — %s"), title, publisher);
  return g_strdup (title);
}

static void
succession_source_picker_init (SuccessionSourcePicker *self)
{
  GtkExpression *line = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (line_of), NULL, NULL);

  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, line));
  gtk_drop_down_set_enable_search (self->dropdown, TRUE);
  succession_dropdown_show_long_lines (self->dropdown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Cited before"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->dropdown), GTK_WIDGET (self));
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (on_selected), self);
}

GtkWidget *
succession_source_picker_new (void)
{
  return g_object_new (SUCCESSION_TYPE_SOURCE_PICKER, NULL);
}

void
succession_source_picker_set_dataset (SuccessionSourcePicker *self,
                                      SuccessionDataset      *dataset)
{
  g_autoptr(GtkStringObject) new_source = NULL;
  g_autoptr(SuccessionArrayModel) model = NULL;

  g_return_if_fail (SUCCESSION_IS_SOURCE_PICKER (self));

  /* The sources are the dataset's, which the list's model keeps alive (succession-array-model.h). */
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  if (dataset == NULL)
    {
      gtk_drop_down_set_model (self->dropdown, NULL);
      return;
    }
  self->sources = succession_change_sources_cited (dataset);
  new_source = gtk_string_object_new (C_ ("source", "New Source"));
  model = succession_array_model_new (G_OBJECT (new_source), self->sources, G_OBJECT (dataset));
  gtk_drop_down_set_model (self->dropdown, G_LIST_MODEL (model));
}

guint
succession_source_picker_get_n_sources (SuccessionSourcePicker *self)
{
  g_return_val_if_fail (SUCCESSION_IS_SOURCE_PICKER (self), 0);

  return self->sources != NULL ? self->sources->len : 0;
}

void
succession_source_picker_pick (SuccessionSourcePicker *self,
                               guint                   n)
{
  g_return_if_fail (SUCCESSION_IS_SOURCE_PICKER (self));
  g_return_if_fail (self->sources != NULL && n < self->sources->len);

  gtk_drop_down_set_selected (self->dropdown, n + 1);
}
