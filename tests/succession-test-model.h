/* succession-test-model.h — helpers shared by the tests of the model (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "succession-model.h"

G_BEGIN_DECLS

/* The loader's messages as succession_message_to_string prints them, one a line. */
static inline char *
succession_test_messages_text (SuccessionLoader *loader)
{
  GListModel *messages = succession_loader_get_messages (loader);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(SuccessionMessage) message = g_list_model_get_item (messages, i);
      g_autofree char *line = succession_message_to_string (message);

      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* The dataset in tests/fixtures/good/@name; the test fails when it does not load
 * (succession-test-model.c, linked by the model's tests). */
SuccessionDataset *succession_test_load_fixture (const char *name);
/* @text ("1978-10") as a date, as stated; NULL is an unset date. The test fails on a bad one. */
SuccessionDate     succession_test_date         (const char *text);

G_END_DECLS
