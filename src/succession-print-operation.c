/* succession-print-operation.c — prints a succession chart and its holder tables
 *
 * begin-print plans the pages for the context's printable area (SuccessionChartPages), and
 * draw-page draws one. A "Layout" tab chooses between a readable scale and fitting the time
 * axis to a number of sheets across, and between strips of the chart sharing a sheet and one
 * tile a sheet to tape together. GTK shows the progress and lets the user cancel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-print"

#include "config.h"

#include <glib/gi18n.h>

#include "succession-chart-pages.h"
#include "succession-print-operation.h"

struct _SuccessionPrintOperation
{
  GtkPrintOperation parent_instance;

  SuccessionChartData  *data;
  char                 *dataset_title;
  GSettings            *settings;
  SuccessionChartPages *pages;
  guint                 fit_pages_wide; /* 0: the readable scale */
  gboolean              one_tile_per_sheet;

  GtkCheckButton *fit_check;
  GtkSpinButton  *fit_spin;
  GtkCheckButton *tiles_check;
};

G_DEFINE_FINAL_TYPE (SuccessionPrintOperation, succession_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
succession_print_operation_begin_print (GtkPrintOperation *operation,
                                        GtkPrintContext   *context)
{
  SuccessionPrintOperation *self = SUCCESSION_PRINT_OPERATION (operation);
  SuccessionChartPageSetup  setup;

  /* The context's area is the printable one: the margins are the printer's. */
  succession_chart_page_setup_init (&setup, gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context));
  setup.margin_top = setup.margin_bottom = setup.margin_left = setup.margin_right = 0;
  setup.fit_pages_wide = self->fit_pages_wide;
  setup.one_tile_per_sheet = self->one_tile_per_sheet;
  setup.dataset_title = self->dataset_title;

  g_clear_pointer (&self->pages, succession_chart_pages_free);
  self->pages = succession_chart_pages_new (self->data, &setup);
  gtk_print_operation_set_n_pages (operation, (int) succession_chart_pages_get_n_pages (self->pages));
}

static void
succession_print_operation_draw_page (GtkPrintOperation *operation,
                                      GtkPrintContext   *context,
                                      int                page_nr)
{
  SuccessionPrintOperation *self = SUCCESSION_PRINT_OPERATION (operation);

  if (self->pages == NULL || page_nr < 0 || (guint) page_nr >= succession_chart_pages_get_n_pages (self->pages))
    return;
  succession_chart_pages_draw_page (self->pages, (guint) page_nr, gtk_print_context_get_cairo_context (context));
}

static void
succession_print_operation_end_print (GtkPrintOperation *operation,
                                      GtkPrintContext   *context)
{
  SuccessionPrintOperation *self = SUCCESSION_PRINT_OPERATION (operation);

  g_clear_pointer (&self->pages, succession_chart_pages_free);
}

static void
fit_toggled (GtkCheckButton *check,
             GtkWidget      *spin)
{
  gtk_widget_set_sensitive (spin, gtk_check_button_get_active (check));
}

static GtkWidget *
succession_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  SuccessionPrintOperation *self = SUCCESSION_PRINT_OPERATION (operation);
  GtkWidget                *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget                *fit_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget                *readable;
  GtkWidget                *pages_label;

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  /* Translators: a choice in the "Layout" tab of the print dialog. */
  readable = gtk_check_button_new_with_mnemonic (_ ("_Readable scale (as many sheets across as needed)"));
  /* Translators: a choice in the print dialog, followed by a number and "sheets wide". */
  self->fit_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_ ("_Fit to")));
  gtk_check_button_set_group (self->fit_check, GTK_CHECK_BUTTON (readable));
  self->fit_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 50, 1));
  gtk_spin_button_set_value (self->fit_spin, MAX (1, self->fit_pages_wide));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fit_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Sheets across"), -1);
  /* Translators: after "Fit to [N]" in the print dialog. */
  pages_label = gtk_label_new (_ ("sheets wide"));

  gtk_check_button_set_active (self->fit_check, self->fit_pages_wide > 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (readable), self->fit_pages_wide == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->fit_spin), self->fit_pages_wide > 0);
  g_signal_connect (self->fit_check, "toggled", G_CALLBACK (fit_toggled), self->fit_spin);

  gtk_box_append (GTK_BOX (fit_row), GTK_WIDGET (self->fit_check));
  gtk_box_append (GTK_BOX (fit_row), GTK_WIDGET (self->fit_spin));
  gtk_box_append (GTK_BOX (fit_row), pages_label);
  gtk_box_append (GTK_BOX (box), readable);
  gtk_box_append (GTK_BOX (box), fit_row);

  /* Translators: a choice in the "Layout" tab of the print dialog: otherwise short parts of
   * the chart are printed one under another on a sheet. */
  self->tiles_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_ ("One _tile per sheet, to tape together")));
  gtk_check_button_set_active (self->tiles_check, self->one_tile_per_sheet);
  gtk_widget_set_margin_top (GTK_WIDGET (self->tiles_check), 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->tiles_check));

  return box;
}

static void
succession_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                                GtkWidget         *widget)
{
  SuccessionPrintOperation *self = SUCCESSION_PRINT_OPERATION (operation);

  self->fit_pages_wide = gtk_check_button_get_active (self->fit_check)
                           ? (guint) gtk_spin_button_get_value_as_int (self->fit_spin)
                           : 0;
  self->one_tile_per_sheet = gtk_check_button_get_active (self->tiles_check);
}

static void
succession_print_operation_done (GtkPrintOperation      *operation,
                                 GtkPrintOperationResult result)
{
  SuccessionPrintOperation *self = SUCCESSION_PRINT_OPERATION (operation);

  /* Kept between runs: the paper, the orientation, the printer and its options. */
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->settings != NULL)
    {
      GtkPrintSettings *print_settings = gtk_print_operation_get_print_settings (operation);
      GtkPageSetup     *page_setup = gtk_print_operation_get_default_page_setup (operation);

      if (print_settings != NULL)
        g_settings_set_value (self->settings, "print-settings", gtk_print_settings_to_gvariant (print_settings));
      if (page_setup != NULL)
        g_settings_set_value (self->settings, "page-setup", gtk_page_setup_to_gvariant (page_setup));
    }
}

static void
succession_print_operation_finalize (GObject *object)
{
  SuccessionPrintOperation *self = SUCCESSION_PRINT_OPERATION (object);

  g_clear_pointer (&self->pages, succession_chart_pages_free);
  g_clear_pointer (&self->data, succession_chart_data_unref);
  g_clear_object (&self->settings);
  g_free (self->dataset_title);

  G_OBJECT_CLASS (succession_print_operation_parent_class)->finalize (object);
}

static void
succession_print_operation_class_init (SuccessionPrintOperationClass *klass)
{
  GObjectClass           *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = succession_print_operation_finalize;
  print_class->begin_print = succession_print_operation_begin_print;
  print_class->draw_page = succession_print_operation_draw_page;
  print_class->end_print = succession_print_operation_end_print;
  print_class->create_custom_widget = succession_print_operation_create_custom_widget;
  print_class->custom_widget_apply = succession_print_operation_custom_widget_apply;
  print_class->done = succession_print_operation_done;
}

static void
succession_print_operation_init (SuccessionPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Translators: the name of the "Layout" tab the print dialog gets for a chart. */
  gtk_print_operation_set_custom_tab_label (operation, _ ("Layout"));
}

static GVariant *
settings_dict (GSettings  *settings,
               const char *key)
{
  g_autoptr(GVariant) value = g_settings_get_value (settings, key);

  return g_variant_n_children (value) > 0 ? g_steal_pointer (&value) : NULL;
}

SuccessionPrintOperation *
succession_print_operation_new (SuccessionChartData *data,
                                const char          *dataset_title,
                                GSettings           *settings)
{
  SuccessionPrintOperation *self;
  g_autoptr(GVariant) print_value = NULL;
  g_autoptr(GVariant) page_value = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  self = g_object_new (SUCCESSION_TYPE_PRINT_OPERATION, NULL);
  self->data = succession_chart_data_ref (data);
  self->dataset_title = g_strdup (dataset_title);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;

  if (settings != NULL && (print_value = settings_dict (settings, "print-settings")) != NULL)
    {
      g_autoptr(GtkPrintSettings) print_settings = gtk_print_settings_new_from_gvariant (print_value);

      gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), print_settings);
    }
  if (settings != NULL && (page_value = settings_dict (settings, "page-setup")) != NULL)
    {
      g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new_from_gvariant (page_value);

      if (page_setup != NULL)
        gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
    }

  return self;
}
