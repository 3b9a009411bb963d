/* succession-loader.c — loading a dataset: from bytes, a file or a resource; threads and progress
 *
 * The bytes are read by the loader's own scanner, record by record, straight into the model
 * (-loader-document.c), then checked across records (-validator.c). json-glib is not used
 * here: its tree of a large file costs four times the model and leaves the memory it freed
 * scattered (see docs/loader.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "succession-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>
#ifdef G_OS_UNIX
#include <errno.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "succession-loader-file.h"
#include "succession-loader-private.h"

struct _SuccessionLoader
{
  GObject     parent_instance;
  GListStore *messages;
  guint       n_errors;
  guint       n_warnings;
  gint        progress; /* per mille, written by the worker thread */
  gboolean    all_messages;
  guint       progress_source;
};

G_DEFINE_FINAL_TYPE (SuccessionLoader, succession_loader, G_TYPE_OBJECT)
/* The quark's name is one word with hyphens, which a formatter would split. */
/* clang-format off */
G_DEFINE_QUARK (succession-loader-error-quark, succession_loader_error)
/* clang-format on */

enum {
  PROP_0,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---------------------------------------------------------------------------------------- */
/* Loading                                                                                   */

/* A text error refuses the whole file: what was found in the records before it is moot, and
 * the one message says where the text goes wrong. */
static void
on_text_error (gpointer    user_data,
               int         code,
               gsize       offset,
               const char *text)
{
  SuccessionLoadContext *ctx = user_data;
  int                    line, column;

  g_ptr_array_set_size (ctx->messages, 0);
  g_array_set_size (ctx->order, 0);
  ctx->n_errors = ctx->n_warnings = ctx->n_dropped = 0;
  memset (ctx->kind_counts, 0, sizeof ctx->kind_counts);

  ctx->text_error = code;
  _succession_json_place (ctx->data, offset, &line, &column);
  _succession_load_add_message (ctx, SUCCESSION_SEVERITY_ERROR, NULL, line, column, text);
}

static gboolean
check_encoding (SuccessionLoadContext *ctx,
                const char            *data,
                gsize                  length)
{
  if (length == 0)
    {
      _succession_load_report (ctx, SUCCESSION_SEVERITY_ERROR, NULL, _ ("the file is empty"));
      ctx->text_error = SUCCESSION_LOADER_ERROR_SYNTAX;
      return FALSE;
    }

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF) ||
                      data[0] == '\0' || data[1] == '\0'))
    {
      _succession_load_add_message (ctx, SUCCESSION_SEVERITY_ERROR, NULL, 1, 1,
                                    _ ("the file is in UTF-16 or another encoding; datasets must be UTF-8"));
      ctx->text_error = SUCCESSION_LOADER_ERROR_ENCODING;
      return FALSE;
    }

  return TRUE;
}

/* The whole load, on whatever thread calls it; it touches no state but @ctx. */
static SuccessionDataset *
load_data (SuccessionLoadContext *ctx,
           const char            *data,
           gsize                  length,
           GError               **error)
{
  g_autoptr(SuccessionDataset) dataset = NULL;
  gboolean text_ok;

  if (length > SUCCESSION_LOADER_MAX_FILE_SIZE)
    {
      _succession_load_report (ctx, SUCCESSION_SEVERITY_ERROR, NULL,
                               _ ("the file is larger than %d MiB"), SUCCESSION_LOADER_MAX_FILE_SIZE >> 20);
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_TOO_LARGE,
                   _ ("%s is larger than %d MiB"), ctx->display_name, SUCCESSION_LOADER_MAX_FILE_SIZE >> 20);
      return NULL;
    }

  /* A UTF-8 byte order mark is harmless; skip it rather than refuse the file. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!check_encoding (ctx, data, length))
    {
      _succession_load_finish_messages (ctx);
      g_set_error (error, SUCCESSION_LOADER_ERROR, ctx->text_error,
                   _ ("%s cannot be read as a dataset"), ctx->display_name);
      return NULL;
    }

  dataset = _succession_dataset_new ();
  dataset->display_name = g_strdup (ctx->display_name);
  dataset->kept = _succession_kept_new ();
  ctx->dataset = dataset;
  ctx->data = data;
  ctx->length = length;
  ctx->scanner = _succession_scanner_new (data, length, on_text_error, ctx);
  ctx->arena = _succession_arena_new (64 * 1024);
  ctx->strings = _succession_strings_new ();

  text_ok = _succession_load_document (ctx);

  g_clear_pointer (&ctx->scanner, _succession_scanner_free);
  g_clear_pointer (&ctx->arena, _succession_arena_free);
  /* Records hold the store; the table of repeats was only for the load. */
  _succession_strings_freeze (ctx->strings);
  g_clear_pointer (&ctx->strings, _succession_strings_unref);

  if (!text_ok)
    {
      _succession_load_finish_messages (ctx);
      g_set_error (error, SUCCESSION_LOADER_ERROR, ctx->text_error,
                   _ ("%s cannot be read as a dataset"), ctx->display_name);
      return NULL;
    }

  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return NULL;

  if (ctx->progress != NULL)
    g_atomic_int_set (ctx->progress, 950);

  if (ctx->n_errors == 0)
    _succession_load_validate (ctx);

  _succession_load_finish_messages (ctx);

  if (ctx->n_errors > 0)
    {
      g_set_error (error, SUCCESSION_LOADER_ERROR, SUCCESSION_LOADER_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s has %u error",
                                "%s has %u errors", ctx->n_errors),
                   ctx->display_name, ctx->n_errors);
      return NULL;
    }

  for (guint i = 0; i < ctx->messages->len; i++)
    g_ptr_array_add (dataset->warnings, g_object_ref (g_ptr_array_index (ctx->messages, i)));

  return g_steal_pointer (&dataset);
}

static void
load_context_init (SuccessionLoadContext *ctx,
                   SuccessionLoader      *loader,
                   const char            *display_name,
                   GCancellable          *cancellable,
                   gint                  *progress)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->display_name = display_name;
  ctx->cancellable = cancellable;
  ctx->all_messages = loader->all_messages;
  ctx->messages = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->order = g_array_new (FALSE, FALSE, sizeof (guint32));
  ctx->open_tenures = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->note_checks = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->progress = progress;
}

static void
load_context_clear (SuccessionLoadContext *ctx)
{
  g_clear_pointer (&ctx->messages, g_ptr_array_unref);
  g_clear_pointer (&ctx->order, g_array_unref);
  g_clear_pointer (&ctx->open_tenures, g_ptr_array_unref);
  g_clear_pointer (&ctx->note_checks, g_ptr_array_unref);
}

static void
succession_loader_take_messages (SuccessionLoader      *self,
                                 SuccessionLoadContext *ctx)
{
  g_list_store_remove_all (self->messages);
  g_list_store_splice (self->messages, 0, 0, ctx->messages->pdata, ctx->messages->len);
  self->n_errors = ctx->n_errors;
  self->n_warnings = ctx->n_warnings;
}

/* The text of a read error without the "FILE: " the GError starts with: the message shows
 * the file already. */
static const char *
read_error_text (const char *error_message,
                 const char *display_name)
{
  gsize len = strlen (display_name);

  if (strncmp (error_message, display_name, len) == 0 && g_str_has_prefix (error_message + len, ": "))
    return error_message + len + 2;
  return error_message;
}

static void
report_read_error (SuccessionLoader *self,
                   const char       *display_name,
                   const char       *error_message)
{
  g_autoptr(SuccessionMessage) message = NULL;

  message = succession_message_new (SUCCESSION_SEVERITY_ERROR, display_name, NULL, 0, 0,
                                    read_error_text (error_message, display_name));
  g_list_store_remove_all (self->messages);
  g_list_store_append (self->messages, message);
  self->n_errors = 1;
  self->n_warnings = 0;
}

SuccessionDataset *
succession_loader_load_bytes (SuccessionLoader *self,
                              GBytes           *bytes,
                              const char       *display_name,
                              GCancellable     *cancellable,
                              GError          **error)
{
  SuccessionLoadContext ctx;
  SuccessionDataset    *dataset;
  gsize                 length;
  const char           *data;

  g_return_val_if_fail (SUCCESSION_IS_LOADER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  load_context_init (&ctx, self, display_name != NULL ? display_name : "<data>", cancellable, NULL);
  dataset = load_data (&ctx, data != NULL ? data : "", length, error);
  succession_loader_take_messages (self, &ctx);
  load_context_clear (&ctx);

  return dataset;
}

SuccessionDataset *
succession_loader_load_bytes_for_file (SuccessionLoader *self,
                                       GBytes           *bytes,
                                       const char       *display_name,
                                       GFile            *file,
                                       GCancellable     *cancellable,
                                       GError          **error)
{
  SuccessionDataset *dataset;

  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  dataset = succession_loader_load_bytes (self, bytes, display_name, cancellable, error);
  if (dataset != NULL && file != NULL)
    dataset->file = g_object_ref (file);
  return dataset;
}

static char *
file_display_name (GFile *file)
{
  /* The path as the user typed or chose it is what lets them find the file. */
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_steal_pointer (&path) : g_file_get_parse_name (file);
}

SuccessionDataset *
succession_loader_load_file (SuccessionLoader *self,
                             GFile            *file,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  SuccessionDataset *dataset;

  g_return_val_if_fail (SUCCESSION_IS_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = file_display_name (file);
  bytes = _succession_load_file_bytes (file, display_name, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      report_read_error (self, display_name, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  dataset = succession_loader_load_bytes (self, bytes, display_name, cancellable, error);
  if (dataset != NULL)
    dataset->file = g_object_ref (file);

  return dataset;
}

/* A resource built into the program is read from the program's own file, mapped: once the model
 * is built its pages are not read again (the model copies what it keeps), so the process lets
 * go of them; should another load need them, they are read from the file again. For the
 * bundled dataset that is 2.6 MB the window would hold for nothing. MADV_DONTNEED drops the
 * mapping's pages (MADV_PAGEOUT, tried first, leaves whole the large folios the page cache
 * reads a file in, 1 MiB of it here). A page of a private file mapping that was never written
 * comes back from the file as it was; anonymous memory would come back zeroed, so only a
 * resource stored uncompressed, whose bytes are the mapped file itself, is let go. */
static void
page_out (const char *resource_path,
          GBytes     *bytes)
{
#if defined(G_OS_UNIX) && defined(MADV_DONTNEED)
  gsize    size;
  guint32  flags = G_RESOURCE_FLAGS_COMPRESSED;
  guintptr data = (guintptr) g_bytes_get_data (bytes, &size);
  guintptr page = (guintptr) sysconf (_SC_PAGESIZE);
  guintptr start = (data + page - 1) & ~(page - 1);
  guintptr end = (data + size) & ~(page - 1);

  if (!g_resources_get_info (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, &flags, NULL) ||
      (flags & G_RESOURCE_FLAGS_COMPRESSED) != 0)
    return;
  if (end > start)
    madvise ((void *) start, end - start, MADV_DONTNEED);
#endif
}

SuccessionDataset *
succession_loader_load_resource (SuccessionLoader *self,
                                 const char       *resource_path,
                                 GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char   *display_name = NULL;
  SuccessionDataset *dataset;

  g_return_val_if_fail (SUCCESSION_IS_LOADER (self), NULL);
  g_return_val_if_fail (resource_path != NULL, NULL);

  display_name = g_path_get_basename (resource_path);
  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  dataset = succession_loader_load_bytes (self, bytes, display_name, NULL, error);
  page_out (resource_path, bytes);
  return dataset;
}

/* ---------------------------------------------------------------------------------------- */
/* Asynchronous loading                                                                      */

typedef struct
{
  GFile                *file;
  char                 *display_name;
  SuccessionLoadContext ctx;
} LoadTaskData;

static void
load_task_data_free (LoadTaskData *data)
{
  g_clear_object (&data->file);
  g_free (data->display_name);
  load_context_clear (&data->ctx);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadTaskData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset;
  gsize              length;
  const char        *contents;

  bytes = _succession_load_file_bytes (data->file, data->display_name, cancellable, data->ctx.progress, &error);
  if (bytes == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _succession_load_add_message (&data->ctx, SUCCESSION_SEVERITY_ERROR, NULL, 0, 0,
                                      read_error_text (error->message, data->display_name));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  contents = g_bytes_get_data (bytes, &length);
  dataset = load_data (&data->ctx, contents != NULL ? contents : "", length, &error);
  if (dataset == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  dataset->file = g_object_ref (data->file);
  /* Here rather than on the first keystroke: the window's thread stays free. */
  succession_dataset_prepare_search (dataset);
  g_task_return_pointer (task, dataset, g_object_unref);
}

static gboolean
poll_progress (gpointer user_data)
{
  SuccessionLoader *self = user_data;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  return G_SOURCE_CONTINUE;
}

void
succession_loader_load_file_async (SuccessionLoader   *self,
                                   GFile              *file,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadTaskData *data;

  g_return_if_fail (SUCCESSION_IS_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadTaskData, 1);
  data->file = g_object_ref (file);
  data->display_name = file_display_name (file);
  load_context_init (&data->ctx, self, data->display_name, cancellable, &self->progress);

  g_atomic_int_set (&self->progress, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
  /* The worker writes a number; the loader's own thread tells listeners, ten times a second. */
  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->progress_source = g_timeout_add (100, poll_progress, self);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, succession_loader_load_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_task_data_free);
  g_task_run_in_thread (task, load_thread);
}

SuccessionDataset *
succession_loader_load_file_finish (SuccessionLoader *self,
                                    GAsyncResult     *result,
                                    GError          **error)
{
  LoadTaskData *data;

  g_return_val_if_fail (SUCCESSION_IS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_atomic_int_set (&self->progress, 1000);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);

  data = g_task_get_task_data (G_TASK (result));
  succession_loader_take_messages (self, &data->ctx);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------------------- */

static void
succession_loader_dispose (GObject *object)
{
  SuccessionLoader *self = SUCCESSION_LOADER (object);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->messages);

  G_OBJECT_CLASS (succession_loader_parent_class)->dispose (object);
}

static void
succession_loader_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SuccessionLoader *self = SUCCESSION_LOADER (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, succession_loader_get_progress (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
succession_loader_class_init (SuccessionLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = succession_loader_dispose;
  object_class->get_property = succession_loader_get_property;

  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
succession_loader_init (SuccessionLoader *self)
{
  self->messages = g_list_store_new (SUCCESSION_TYPE_MESSAGE);
}

SuccessionLoader *
succession_loader_new (void)
{
  return g_object_new (SUCCESSION_TYPE_LOADER, NULL);
}

void
succession_loader_set_all_messages (SuccessionLoader *self,
                                    gboolean          all_messages)
{
  g_return_if_fail (SUCCESSION_IS_LOADER (self));
  self->all_messages = !!all_messages;
}

GListModel *
succession_loader_get_messages (SuccessionLoader *self)
{
  g_return_val_if_fail (SUCCESSION_IS_LOADER (self), NULL);
  return G_LIST_MODEL (self->messages);
}

guint
succession_loader_get_n_errors (SuccessionLoader *self)
{
  g_return_val_if_fail (SUCCESSION_IS_LOADER (self), 0);
  return self->n_errors;
}

guint
succession_loader_get_n_warnings (SuccessionLoader *self)
{
  g_return_val_if_fail (SUCCESSION_IS_LOADER (self), 0);
  return self->n_warnings;
}

double
succession_loader_get_progress (SuccessionLoader *self)
{
  g_return_val_if_fail (SUCCESSION_IS_LOADER (self), 0.0);
  return g_atomic_int_get (&self->progress) / 1000.0;
}

typedef struct
{
  SuccessionDataset *dataset;
  GError            *error;
} BundledLoad;

G_LOCK_DEFINE_STATIC (preload);
static GThread *preload_thread; /* under the lock; its result is taken once */

/* The preload runs while GTK starts, which the first frame waits on, and on two cores the two
 * shared them: GTK's start took 75 ms instead of 66. At the lowest priority the load takes the
 * time GTK leaves and still ends about 35 ms before the window asks for it (medians of 30
 * starts). On Linux a thread has a priority of its own; this one ends with the load. */
void
_succession_lower_thread_priority (void)
{
#if defined(__linux__) && defined(SYS_gettid)
  if (setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 19) != 0)
    g_debug ("The thread keeps its priority: %s", g_strerror (errno));
#endif
}

static gpointer
load_bundled (gpointer data)
{
  BundledLoad *load = g_new0 (BundledLoad, 1);
  g_autoptr(SuccessionLoader) loader = NULL;

  if (data != NULL)
    _succession_lower_thread_priority ();
  loader = succession_loader_new ();
  load->dataset = succession_loader_load_resource (loader, SUCCESSION_BUNDLED_DATASET_PATH, &load->error);
  return load;
}

void
succession_dataset_preload_bundled (void)
{
  G_LOCK (preload);
  if (preload_thread == NULL)
    preload_thread = g_thread_new ("succession-load", load_bundled, GINT_TO_POINTER (TRUE));
  G_UNLOCK (preload);
}

SuccessionDataset *
succession_dataset_new_bundled (GError **error)
{
  GThread           *thread;
  BundledLoad       *load;
  SuccessionDataset *dataset;

  G_LOCK (preload);
  thread = g_steal_pointer (&preload_thread);
  G_UNLOCK (preload);

  load = thread != NULL ? g_thread_join (thread) : load_bundled (NULL);
  dataset = load->dataset;
  if (load->error != NULL)
    g_propagate_error (error, load->error);
  g_free (load);
  return dataset;
}
