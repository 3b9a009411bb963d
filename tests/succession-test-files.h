/* succession-test-files.h — what a folder and a file hold, for tests of what gets written
 *
 * GLib only: the model's tests use it as well as those of the command line and the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The names in @folder, sorted, joined by spaces: what a user sees there ("" when empty). */
char *succession_test_list_dir  (const char *folder);
/* The contents of @path; the test fails when it cannot be read. */
char *succession_test_read_file (const char *path);

/* Removes @path and everything under it (a symbolic link is removed, not followed). */
void  succession_test_remove_tree (const char *path);

/* The stretch of @after that differs from @before, widened to whole lines, as byte offsets into
 * @after: what a diff of the two would show. The test fails when they are the same. */
void  succession_test_changed_lines (const char *before,
                                     const char *after,
                                     gsize      *start,
                                     gsize      *end);

/* The lines of @after that differ from @before (as succession_test_changed_lines), which the
 * test asserts lie within one record of the writer's layout: no record's id (the only member
 * at three spaces' indent) among them. Sets @record_id (if not NULL) to the id of the record
 * they lie in, NULL when none is named before them (free with g_free). Free with g_free. */
char *succession_test_changed_record (const char *before,
                                      const char *after,
                                      char      **record_id);

G_END_DECLS
