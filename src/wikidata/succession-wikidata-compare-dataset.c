/* succession-wikidata-compare-dataset.c — every office of a dataset that has a Wikidata id,
 * fetched one after the other and compared
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-wikidata"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "succession-wikidata-client-private.h"
#include "succession-wikidata-compare.h"

typedef struct
{
  GPtrArray                       *offices; /* SuccessionOffice with a Wikidata id */
  guint                            next;
  char                            *ui_language;
  GListStore                      *found;
  GPtrArray                       *fetched; /* SuccessionWikidataOffice */
  SuccessionWikidataProgressTarget progress;
} Job;

static void
job_free (Job *job)
{
  _succession_wikidata_progress_clear (&job->progress);
  g_clear_pointer (&job->offices, g_ptr_array_unref);
  g_clear_pointer (&job->fetched, g_ptr_array_unref);
  g_clear_object (&job->found);
  g_free (job->ui_language);
  g_free (job);
}

static void fetch_next (GTask *task);

static void
on_fetched (GObject      *object,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GTask) task = data;
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(SuccessionWikidataOffice) wikidata = NULL;
  g_autoptr(GListModel) found = NULL;
  SuccessionOffice *office = g_ptr_array_index (job->offices, job->next);

  wikidata = succession_wikidata_client_fetch_office_finish (SUCCESSION_WIKIDATA_CLIENT (object), result, &error);
  if (wikidata == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  found = succession_wikidata_compare_office (office, wikidata, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (found, i);

      g_list_store_append (job->found, item);
    }
  g_ptr_array_add (job->fetched, g_steal_pointer (&wikidata));

  job->next++;
  fetch_next (g_steal_pointer (&task));
}

static void
fetch_next (GTask *task)
{
  Job              *job = g_task_get_task_data (task);
  SuccessionOffice *office;

  if (job->next >= job->offices->len)
    {
      g_task_return_pointer (task, g_object_ref (job->found), g_object_unref);
      g_object_unref (task);
      return;
    }

  office = g_ptr_array_index (job->offices, job->next);
  /* Each office an equal share of the bar. */
  _succession_wikidata_progress_step (&job->progress, (double) job->next / job->offices->len, 1.0 / job->offices->len);
  succession_wikidata_client_fetch_office_async (g_task_get_source_object (task), succession_office_get_wikidata (office),
                                                 job->ui_language, g_task_get_cancellable (task),
                                                 _succession_wikidata_progress_forward, &job->progress, NULL,
                                                 on_fetched, task);
}

void
succession_wikidata_client_compare_async (SuccessionWikidataClient  *client,
                                          SuccessionDataset         *dataset,
                                          const char                *ui_language,
                                          GCancellable              *cancellable,
                                          SuccessionWikidataProgress progress,
                                          gpointer                   progress_data,
                                          GDestroyNotify             progress_data_free,
                                          GAsyncReadyCallback        callback,
                                          gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  GListModel *offices;
  gboolean    any_holder = FALSE;
  Job        *job;

  g_return_if_fail (SUCCESSION_IS_WIKIDATA_CLIENT (client));
  g_return_if_fail (SUCCESSION_IS_DATASET (dataset));

  task = g_task_new (client, cancellable, callback, user_data);
  g_task_set_source_tag (task, succession_wikidata_client_compare_async);

  job = g_new0 (Job, 1);
  job->offices = g_ptr_array_new_with_free_func (g_object_unref);
  job->fetched = g_ptr_array_new_with_free_func (g_object_unref);
  job->found = g_list_store_new (SUCCESSION_TYPE_WIKIDATA_DISAGREEMENT);
  job->ui_language = g_strdup (ui_language);
  _succession_wikidata_progress_init (&job->progress, progress, progress_data, progress_data_free);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);

  offices = succession_dataset_get_offices (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (offices); i++)
    {
      g_autoptr(SuccessionOffice) office = g_list_model_get_item (offices, i);

      if (succession_office_get_wikidata (office) == NULL)
        continue;
      g_ptr_array_add (job->offices, g_object_ref (office));
      for (guint t = 0; t < succession_office_get_n_tenures (office) && !any_holder; t++)
        {
          SuccessionPerson *person = succession_tenure_get_person (succession_office_get_tenure (office, t));

          any_holder = person != NULL && succession_person_get_wikidata (person) != NULL;
        }
    }

  if (job->offices->len == 0)
    {
      g_task_return_new_error (task, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_NO_IDS,
                               _ ("no office in the dataset has a Wikidata id (a post’s “identifiers” with the scheme “wikidata”)"));
      return;
    }
  if (!any_holder)
    {
      g_task_return_new_error (task, SUCCESSION_WIKIDATA_ERROR, SUCCESSION_WIKIDATA_ERROR_NO_IDS,
                               _ ("no holder of the offices with a Wikidata id has one (a person’s “identifiers” with the scheme “wikidata”)"));
      return;
    }

  fetch_next (g_steal_pointer (&task));
}

GListModel *
succession_wikidata_client_compare_finish (SuccessionWikidataClient *client,
                                           GAsyncResult             *result,
                                           GPtrArray               **offices,
                                           GError                  **error)
{
  GListModel *found;

  g_return_val_if_fail (g_task_is_valid (result, client), NULL);

  found = g_task_propagate_pointer (G_TASK (result), error);
  if (found != NULL && offices != NULL)
    *offices = g_ptr_array_ref (((Job *) g_task_get_task_data (G_TASK (result)))->fetched);
  return found;
}
