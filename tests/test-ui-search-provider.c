/* test-ui-search-provider.c — the Shell's search provider, started by D-Bus as the Shell starts it
 *
 * A private session bus (GTestDBus) knows the build's D-Bus service file, so the first call
 * starts `succession --gapplication-service` as GNOME Shell's first search would. The calls
 * are the Shell's: GetInitialResultSet, GetSubsearchResultSet, GetResultMetas and
 * ActivateResult. The application keeps its settings in a key file of a temporary directory,
 * which is how the test sees, from outside, the page the window shows after ActivateResult.
 *
 * Runs once per language (LANGUAGE=en, zh_CN with LANG=C.UTF-8): the answers are the
 * interface language's. Needs a display for the window: the ui suite runs under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "succession-test-files.h"

#define PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"
/* Long enough for the service to start under AddressSanitizer or valgrind. */
#define CALL_TIMEOUT_MS 60000

static GDBusConnection *connection;
static char            *object_path;
static char            *settings_file;

typedef struct
{
  const char *language;
  const char *person_name;
  const char *person_description;
  const char *office_name;
  const char *office_in_1990;
  const char *office_today;
} Expected;

static const Expected expected[] = {
  { "zh_CN", "彭真",
    "全国人民代表大会常务委员会秘书长，1954—1965年、1979—1980年；全国人民代表大会常务委员会副委员长，1954—1975年；"
    "中国人民政治协商会议全国委员会副主席，1954—1978年；全国人民代表大会常务委员会委员长，1983—1988年",
    "全国人民代表大会常务委员会秘书长",
    "1990年：彭冲",
    "刘奇，2023年3月10日起在任" },
  { "en", "Peng Zhen",
    "Secretary-General of the Standing Committee of the National People's Congress, 1954–1965, 1979–1980; "
    "Vice-Chairperson of the Standing Committee of the National People's Congress, 1954–1975; "
    "Vice-Chairperson of the CPPCC National Committee, 1954–1978; "
    "Chairman of the Standing Committee of the National People's Congress, 1983–1988",
    "Secretary-General of the Standing Committee of the National People's Congress",
    "In 1990: Peng Chong",
    "Held by Liu Qi since 10 March 2023" },
};

static const Expected *
expected_for_language (void)
{
  const char *language = g_getenv ("LANGUAGE");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (g_strcmp0 (language, expected[i].language) == 0)
      return &expected[i];

  return &expected[G_N_ELEMENTS (expected) - 1];
}

static GVariant *
call (const char *method,
      GVariant   *parameters,
      const char *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  reply = g_dbus_connection_call_sync (connection, APPLICATION_ID, object_path, PROVIDER_INTERFACE, method,
                                       parameters, reply_type ? G_VARIANT_TYPE (reply_type) : NULL,
                                       G_DBUS_CALL_FLAGS_NONE, CALL_TIMEOUT_MS, NULL, &error);
  g_assert_no_error (error);
  return reply;
}

static GStrv
initial_results (const char *const *terms)
{
  g_autoptr(GVariant) reply = call ("GetInitialResultSet", g_variant_new ("(^as)", terms), "(as)");
  GStrv results = NULL;

  g_variant_get (reply, "(^as)", &results);
  return results;
}

static void
test_initial_results (void)
{
  const char *const pinyin[] = { "peng", "zhen", NULL };
  const char *const hanzi[] = { "彭真", NULL };
  const char *const office_words[] = { "secretary-general", "npc", NULL };
  const char *const office_on_year[] = { "npc", "secretary-general", "1990", NULL };
  const char *const office_on_year_hanzi[] = { "全国人大", "秘书长", "1990", NULL };
  const char *const no_match[] = { "xyzzy", NULL };
  const char *const year_alone[] = { "1990", NULL };
  g_auto (GStrv) by_pinyin = initial_results (pinyin);
  g_auto (GStrv) by_hanzi = initial_results (hanzi);
  g_auto (GStrv) by_words = initial_results (office_words);
  g_auto (GStrv) by_year = initial_results (office_on_year);
  g_auto (GStrv) by_year_hanzi = initial_results (office_on_year_hanzi);
  g_auto (GStrv) nothing = initial_results (no_match);
  g_auto (GStrv) just_a_year = initial_results (year_alone);

  /* The person, by pinyin or by characters, whatever the interface language. */
  g_assert_cmpuint (g_strv_length (by_pinyin), >=, 1);
  g_assert_cmpstr (by_pinyin[0], ==, "person:peng-zhen");
  g_assert_cmpuint (g_strv_length (by_hanzi), >=, 1);
  g_assert_cmpstr (by_hanzi[0], ==, "person:peng-zhen");

  /* Words match the office or its body: the NPC's Secretary-General, not the CPPCC's. */
  g_assert_true (g_strv_contains ((const char *const *) by_words, "office:npcsc-secretary-general"));
  g_assert_false (g_strv_contains ((const char *const *) by_words, "office:cppcc-secretary-general"));

  /* A year asks who held the office then. */
  g_assert_cmpuint (g_strv_length (by_year), >=, 1);
  g_assert_cmpstr (by_year[0], ==, "on:1990:office:npcsc-secretary-general");
  g_assert_cmpuint (g_strv_length (by_year_hanzi), >=, 1);
  g_assert_cmpstr (by_year_hanzi[0], ==, "on:1990:office:npcsc-secretary-general");

  g_assert_cmpuint (g_strv_length (nothing), ==, 0);
  g_assert_cmpuint (g_strv_length (just_a_year), ==, 0);
}

static void
test_subsearch_results (void)
{
  const char *const first[] = { "peng", NULL };
  const char *const more[] = { "peng", "zhen", NULL };
  g_auto (GStrv) previous = initial_results (first);
  g_autoptr(GVariant) reply = NULL;
  g_auto (GStrv) results = NULL;

  g_assert_true (g_strv_contains ((const char *const *) previous, "person:peng-zhen"));
  g_assert_true (g_strv_contains ((const char *const *) previous, "person:peng-chong"));

  /* Typing on narrows the results. */
  reply = call ("GetSubsearchResultSet", g_variant_new ("(^as^as)", previous, more), "(as)");
  g_variant_get (reply, "(^as)", &results);
  g_assert_true (g_strv_contains ((const char *const *) results, "person:peng-zhen"));
  g_assert_false (g_strv_contains ((const char *const *) results, "person:peng-chong"));
}

/* The meta of @id in @metas, as a dictionary. */
static GVariantDict *
meta_for (GVariant   *metas,
          const char *id)
{
  for (gsize i = 0; i < g_variant_n_children (metas); i++)
    {
      g_autoptr(GVariant) meta = g_variant_get_child_value (metas, i);
      GVariantDict *dict = g_variant_dict_new (meta);
      const char   *meta_id = NULL;

      if (g_variant_dict_lookup (dict, "id", "&s", &meta_id) && g_str_equal (meta_id, id))
        return dict;
      g_variant_dict_unref (dict);
    }

  return NULL;
}

static void
assert_meta (GVariant   *metas,
             const char *id,
             const char *name,
             const char *description)
{
  GVariantDict *dict = meta_for (metas, id);
  g_autoptr(GVariant) icon_data = NULL;
  g_autoptr(GIcon) icon = NULL;
  const char *text = NULL;

  g_assert_nonnull (dict);
  g_assert_true (g_variant_dict_lookup (dict, "name", "&s", &text));
  g_assert_cmpstr (text, ==, name);
  g_assert_true (g_variant_dict_lookup (dict, "description", "&s", &text));
  g_assert_cmpstr (text, ==, description);

  /* The Shell draws the icon the meta serializes. */
  icon_data = g_variant_dict_lookup_value (dict, "icon", NULL);
  g_assert_nonnull (icon_data);
  icon = g_icon_deserialize (icon_data);
  g_assert_true (G_IS_ICON (icon));

  g_variant_dict_unref (dict);
}

static void
test_result_metas (void)
{
  const Expected   *e = expected_for_language ();
  const char *const ids[] = {
    "person:peng-zhen", "on:1990:office:npcsc-secretary-general", "office:npcsc-secretary-general", NULL
  };
  g_autoptr(GVariant) reply = call ("GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  g_autoptr(GVariant) metas = g_variant_get_child_value (reply, 0);

  /* One meta per identifier, each with a line that answers. */
  g_assert_cmpuint (g_variant_n_children (metas), ==, 3);
  assert_meta (metas, "person:peng-zhen", e->person_name, e->person_description);
  assert_meta (metas, "on:1990:office:npcsc-secretary-general", e->office_name, e->office_in_1990);
  assert_meta (metas, "office:npcsc-secretary-general", e->office_name, e->office_today);
}

static char *
read_last_page (void)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autofree char *value = NULL;
  g_autoptr(GVariant) page = NULL;

  if (!g_key_file_load_from_file (keyfile, settings_file, G_KEY_FILE_NONE, NULL))
    return NULL;
  value = g_key_file_get_value (keyfile, "io/github/succession/Succession", "last-page", NULL);
  if (value == NULL || (page = g_variant_parse (G_VARIANT_TYPE_STRING, value, NULL, NULL, NULL)) == NULL)
    return NULL;

  return g_variant_dup_string (page, NULL);
}

/* Waits until the window has shown @page (the settings' "last-page"), at most 30 s. */
static gboolean
wait_for_page (const char *page)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *shown = read_last_page ();

      if (g_strcmp0 (shown, page) == 0)
        return TRUE;
      g_usleep (20 * 1000);
    }

  return FALSE;
}

static void
test_activate_result (void)
{
  const char *const terms[] = { "npc", "secretary-general", "1990", NULL };
  const char *const person_terms[] = { "彭真", NULL };
  g_autoptr(GVariant) first = NULL;
  g_autoptr(GVariant) second = NULL;
  g_autofree char *before = read_last_page ();

  g_assert_cmpstr (before, !=, "office:npcsc-secretary-general");

  /* The result opens its page in the window. */
  first = call ("ActivateResult", g_variant_new ("(s^asu)", "on:1990:office:npcsc-secretary-general", terms, 0), NULL);
  g_assert_true (wait_for_page ("office:npcsc-secretary-general"));

  second = call ("ActivateResult", g_variant_new ("(s^asu)", "person:peng-zhen", person_terms, 0), NULL);
  g_assert_true (wait_for_page ("person:peng-zhen"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GTestDBus) bus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *config_home = NULL;
  int              ret;

  g_test_init (&argc, &argv, NULL);

  /* What the started application inherits through the bus: settings in a key file here. */
  config_home = g_dir_make_tmp ("succession-search-provider-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  {
    /* The service's copies of unsaved changes stay with this test. */
    g_autofree char *state_home = g_build_filename (config_home, "state", NULL);

    g_setenv ("XDG_STATE_HOME", state_home, TRUE);
  }
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  settings_file = g_build_filename (config_home, "glib-2.0", "settings", "keyfile", NULL);

  /* The bus starts the application from the build's service file (tests/meson.build). */
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_add_service_dir (bus, g_getenv ("SUCCESSION_DBUS_SERVICE_DIR"));
  g_test_dbus_up (bus);

  connection = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                         G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  /* As GApplication names its objects, and the search provider's .ini says. */
  object_path = g_strdelimit (g_strconcat ("/", APPLICATION_ID, "/SearchProvider", NULL), ".", '/');

  g_test_add_func ("/ui/search-provider/initial-results", test_initial_results);
  g_test_add_func ("/ui/search-provider/subsearch-results", test_subsearch_results);
  g_test_add_func ("/ui/search-provider/result-metas", test_result_metas);
  g_test_add_func ("/ui/search-provider/activate-result", test_activate_result);
  ret = g_test_run ();

  /* Closing the bus ends the application it started. */
  g_dbus_connection_close_sync (connection, NULL, NULL);
  g_clear_object (&connection);
  g_test_dbus_down (bus);
  succession_test_remove_tree (config_home);
  g_free (object_path);
  g_free (settings_file);

  return ret;
}
