/* test-model.c — the entities of a loaded dataset: bodies, offices, people, tenures, terms,
 * sources, messages, and the list models that expose them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "succession-model.h"

static const char *const simplified[] = { "zh_CN.UTF-8", NULL };
static const char *const traditional[] = { "zh_TW", NULL };
static const char *const posix[] = { "C", NULL };

static SuccessionDataset *
load_small (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "small.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SuccessionLoader) loader = succession_loader_new ();
  g_autoptr(GError) error = NULL;
  SuccessionDataset *dataset;

  dataset = succession_loader_load_file (loader, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* @model holds @n items of @type, and reading it (twice) never emits items-changed: the
 * models of a dataset are immutable. */
static void
assert_list_model (GListModel *model,
                   guint       n,
                   GType       type)
{
  guint  count = 0;
  gulong handler;

  g_assert_true (G_IS_LIST_MODEL (model));
  handler = g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed), &count);

  for (guint pass = 0; pass < 2; pass++)
    {
      g_assert_true (g_list_model_get_item_type (model) == type);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          g_assert_nonnull (item);
          g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (item, type));
        }
      g_assert_null (g_list_model_get_item (model, n));
    }

  g_signal_handler_disconnect (model, handler);
  g_assert_cmpuint (count, ==, 0);
}

static gpointer
item_at (GListModel *model,
         guint       i)
{
  GObject *item = g_list_model_get_item (model, i);

  /* The model keeps a reference; the test only looks. */
  g_object_unref (item);
  return item;
}

static void
assert_date (const SuccessionDate *date,
             const char           *iso)
{
  g_autofree char *text = NULL;

  if (iso == NULL)
    {
      g_assert_false (succession_date_is_set (date));
      return;
    }

  text = succession_date_to_iso (date);
  g_assert_cmpstr (text, ==, iso);
}

/* ---------------------------------------------------------------------------------------- */

static void
test_dataset (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  g_autofree char *title = NULL;
  g_autoptr(GFile) file = NULL;
  const char *const english[] = { "en", NULL };
  const char *const chinese[] = { "zh-Hans", NULL };

  g_assert_cmpstr (succession_dataset_get_title (dataset), ==, "Small test dataset");
  g_assert_cmpstr (succession_dataset_get_version (dataset), ==, "1.0");
  g_assert_cmpstr (succession_dataset_get_license (dataset), ==, "CC0-1.0");
  g_assert_true (g_str_has_suffix (succession_dataset_get_display_name (dataset), "small.json"));
  g_assert_nonnull (succession_dataset_get_file (dataset));
  g_assert_cmpstr (succession_text_lookup (succession_dataset_get_date_convention (dataset), english), ==,
                   "Start: the day of the vote.");
  g_assert_cmpstr (succession_text_lookup (succession_dataset_get_date_convention (dataset), chinese), ==,
                   "开始：表决之日。");
  g_assert_cmpstr (succession_text_lookup (succession_dataset_lookup_note (dataset, "gap"), english), ==,
                   "No secretary-general was named for two weeks.");
  g_assert_null (succession_dataset_lookup_note (dataset, "no-such-note"));
  g_assert_null (succession_dataset_lookup_note (dataset, NULL));

  g_object_get (dataset, "title", &title, "file", &file, NULL);
  g_assert_cmpstr (title, ==, "Small test dataset");
  g_assert_true (file == succession_dataset_get_file (dataset));

  /* Lookups by id, and nothing for an unknown id. */
  g_assert_nonnull (succession_dataset_get_body (dataset, "npc"));
  g_assert_nonnull (succession_dataset_get_office (dataset, "sg"));
  g_assert_nonnull (succession_dataset_get_person (dataset, "peng-zhen"));
  g_assert_nonnull (succession_dataset_get_tenure (dataset, "sg-vacancy"));
  g_assert_nonnull (succession_dataset_get_term (dataset, "npc-6"));
  g_assert_null (succession_dataset_get_body (dataset, "sg"));
  g_assert_null (succession_dataset_get_office (dataset, "npc"));
  g_assert_null (succession_dataset_get_person (dataset, "peng"));
  g_assert_null (succession_dataset_get_tenure (dataset, "membership-0"));
  g_assert_null (succession_dataset_get_term (dataset, NULL));
}

static void
test_list_models (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionBody *npc = succession_dataset_get_body (dataset, "npc");
  SuccessionBody *npcsc = succession_dataset_get_body (dataset, "npcsc");

  assert_list_model (succession_dataset_get_bodies (dataset), 2, SUCCESSION_TYPE_BODY);
  assert_list_model (succession_dataset_get_root_bodies (dataset), 1, SUCCESSION_TYPE_BODY);
  assert_list_model (succession_dataset_get_offices (dataset), 2, SUCCESSION_TYPE_OFFICE);
  assert_list_model (succession_dataset_get_persons (dataset), 5, SUCCESSION_TYPE_PERSON);
  assert_list_model (succession_dataset_get_tenures (dataset), 8, SUCCESSION_TYPE_TENURE);
  assert_list_model (succession_dataset_get_terms (dataset), 2, SUCCESSION_TYPE_TERM);
  assert_list_model (succession_dataset_get_warnings (dataset), 1, SUCCESSION_TYPE_MESSAGE);
  assert_list_model (succession_body_get_children (npc), 1, SUCCESSION_TYPE_BODY);
  assert_list_model (succession_body_get_children (npcsc), 0, SUCCESSION_TYPE_BODY);
  assert_list_model (succession_office_get_tenures (succession_dataset_get_office (dataset, "chair")), 2,
                     SUCCESSION_TYPE_TENURE);
  assert_list_model (succession_office_get_tenures (succession_dataset_get_office (dataset, "sg")), 6,
                     SUCCESSION_TYPE_TENURE);
  assert_list_model (succession_person_get_tenures (succession_dataset_get_person (dataset, "peng-zhen")), 2,
                     SUCCESSION_TYPE_TENURE);
  assert_list_model (succession_person_get_tenures (succession_dataset_get_person (dataset, "wang-hanbin")), 2,
                     SUCCESSION_TYPE_TENURE);
  assert_list_model (succession_person_get_tenures (succession_dataset_get_person (dataset, "ji-pengfei")), 1,
                     SUCCESSION_TYPE_TENURE);

  /* The same model every time. */
  g_assert_true (succession_dataset_get_tenures (dataset) == succession_dataset_get_tenures (dataset));
  g_assert_true (succession_body_get_children (npc) == succession_body_get_children (npc));

  /* File order; the roots are the bodies without a parent. */
  g_assert_cmpstr (succession_body_get_id (item_at (succession_dataset_get_bodies (dataset), 0)), ==, "npc");
  g_assert_cmpstr (succession_body_get_id (item_at (succession_dataset_get_bodies (dataset), 1)), ==, "npcsc");
  g_assert_true (item_at (succession_dataset_get_root_bodies (dataset), 0) == npc);
  g_assert_cmpstr (succession_person_get_id (item_at (succession_dataset_get_persons (dataset), 4)), ==, "wang-hanbin");
  g_assert_cmpstr (succession_tenure_get_id (item_at (succession_dataset_get_tenures (dataset), 0)), ==, "chair-1");
  g_assert_cmpstr (succession_tenure_get_id (item_at (succession_dataset_get_tenures (dataset), 7)), ==, "sg-5");
}

static void
test_body (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionBody  *npc = succession_dataset_get_body (dataset, "npc");
  SuccessionBody  *npcsc = succession_dataset_get_body (dataset, "npcsc");
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *classification = NULL;
  g_autoptr(SuccessionBody) parent = NULL;
  g_autoptr(GListModel) children = NULL;
  const char *const english[] = { "en", NULL };
  GPtrArray        *array;

  g_assert_cmpstr (succession_body_get_id (npc), ==, "npc");
  g_assert_cmpstr (succession_body_get_name (npc), ==, "National People's Congress");
  g_assert_cmpstr (succession_body_get_classification (npc), ==, "legislature");
  g_assert_null (succession_body_get_parent (npc));
  g_assert_cmpuint (succession_body_get_depth (npc), ==, 0);
  g_assert_cmpuint (succession_body_get_n_children (npc), ==, 1);
  g_assert_true (item_at (succession_body_get_children (npc), 0) == npcsc);
  assert_date (succession_body_get_founding_date (npc), "1954-09-15");
  assert_date (succession_body_get_dissolution_date (npc), NULL);
  g_assert_cmpuint (succession_body_get_offices (npc)->len, ==, 0);
  g_assert_null (succession_body_get_description (npc));
  g_assert_null (succession_body_get_predecessor_name (npc));

  /* Terms of a body, chronological. */
  array = succession_body_get_terms (npc);
  g_assert_cmpuint (array->len, ==, 2);
  g_assert_cmpstr (succession_term_get_id (g_ptr_array_index (array, 0)), ==, "npc-5");
  g_assert_cmpstr (succession_term_get_id (g_ptr_array_index (array, 1)), ==, "npc-6");

  g_assert_true (succession_body_get_parent (npcsc) == npc);
  g_assert_cmpuint (succession_body_get_depth (npcsc), ==, 1);
  g_assert_cmpuint (succession_body_get_n_children (npcsc), ==, 0);
  g_assert_cmpuint (succession_body_get_terms (npcsc)->len, ==, 0);
  assert_date (succession_body_get_founding_date (npcsc), "1954-09");
  g_assert_cmpstr (succession_text_lookup (succession_body_get_description (npcsc), english), ==,
                   "The permanent body of the NPC.");
  g_assert_cmpstr (succession_text_lookup (succession_body_get_description (npcsc), simplified), ==,
                   "全国人大的常设机关。");
  g_assert_cmpstr (succession_text_lookup (succession_body_get_rank (npcsc), english), ==, "national");
  g_assert_null (succession_body_get_address (npcsc));
  g_assert_cmpuint (succession_body_get_sources (npcsc)->len, ==, 1);

  /* Offices of a body, in file order. */
  array = succession_body_get_offices (npcsc);
  g_assert_cmpuint (array->len, ==, 2);
  g_assert_cmpstr (succession_office_get_id (g_ptr_array_index (array, 0)), ==, "chair");
  g_assert_cmpstr (succession_office_get_id (g_ptr_array_index (array, 1)), ==, "sg");

  /* Display names follow the language list; a name without a language is never shown. */
  g_assert_cmpstr (succession_body_get_display_name (npcsc, simplified), ==, "全国人民代表大会常务委员会");
  g_assert_cmpstr (succession_body_get_display_name (npcsc, traditional), ==, "全國人民代表大會常務委員會");
  g_assert_cmpstr (succession_body_get_display_name (npcsc, posix), ==,
                   "Standing Committee of the National People's Congress");
  g_assert_cmpstr (succession_body_get_display_name (npcsc, NULL), ==,
                   "Standing Committee of the National People's Congress");
  g_assert_cmpuint (succession_text_get_n (succession_body_get_names (npcsc)), ==, 3);

  g_object_get (npcsc, "id", &id, "name", &name, "classification", &classification,
                "parent", &parent, NULL);
  g_assert_cmpstr (id, ==, "npcsc");
  g_assert_cmpstr (name, ==, "Standing Committee of the National People's Congress");
  g_assert_cmpstr (classification, ==, "committee");
  g_assert_true (parent == npc);
  g_object_get (npc, "children", &children, NULL);
  g_assert_true (children == succession_body_get_children (npc));
}

static void
test_office (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionOffice     *chair = succession_dataset_get_office (dataset, "chair");
  SuccessionOffice     *sg = succession_dataset_get_office (dataset, "sg");
  SuccessionBody       *npc = succession_dataset_get_body (dataset, "npc");
  SuccessionBody       *npcsc = succession_dataset_get_body (dataset, "npcsc");
  const SuccessionText *value = NULL;
  const char *const     english[] = { "en", NULL };
  g_autofree char      *id = NULL;
  g_autofree char      *label = NULL;
  g_autoptr(SuccessionBody) body = NULL;
  g_autoptr(GListModel) tenures = NULL;
  guint seats = 0;

  g_assert_cmpstr (succession_office_get_id (chair), ==, "chair");
  g_assert_cmpstr (succession_office_get_label (chair), ==, "Chairperson");
  g_assert_cmpstr (succession_office_get_role (chair), ==, "chairperson");
  g_assert_true (succession_office_get_body (chair) == npcsc);
  g_assert_true (succession_office_get_term_body (chair) == npc);
  g_assert_null (succession_office_get_chair_office (chair));
  /* The file does not say how many seats: unknown, not one. */
  g_assert_cmpuint (succession_office_get_seats (chair), ==, 0);
  g_assert_false (succession_office_is_synthesized (chair));
  g_assert_null (succession_office_get_wikidata (chair));
  g_assert_null (succession_office_get_description (chair));
  g_assert_null (succession_office_get_sources (chair));
  g_assert_cmpuint (succession_office_get_n_infobox (chair), ==, 1);
  g_assert_cmpstr (succession_office_get_infobox (chair, 0, &value), ==, "appointer");
  g_assert_cmpstr (succession_text_lookup (value, english), ==, "National People's Congress");

  g_assert_cmpstr (succession_office_get_display_name (chair, simplified), ==, "委员长");
  g_assert_cmpstr (succession_office_get_display_name (chair, traditional), ==, "委員長");
  g_assert_cmpstr (succession_office_get_display_name (chair, posix), ==, "Chairperson");
  g_assert_cmpstr (succession_office_get_display_name (sg, simplified), ==, "秘书长");
  g_assert_cmpstr (succession_office_get_display_name (sg, traditional), ==, "秘書長");

  /* The chair link, and a plain-string description taken as English. */
  g_assert_true (succession_office_get_chair_office (sg) == chair);
  /* Popolo identifiers on a post (an extension): the Wikidata one, whatever comes first. */
  g_assert_cmpstr (succession_office_get_wikidata (sg), ==, "Q900000099");
  g_assert_null (succession_office_get_role (sg));
  g_assert_cmpuint (succession_office_get_n_infobox (sg), ==, 0);
  g_assert_cmpstr (succession_text_lookup (succession_office_get_description (sg), english), ==,
                   "Heads the general office.");

  /* Tenures in chronological order, whatever the file's order. */
  g_assert_cmpuint (succession_office_get_n_tenures (sg), ==, 6);
  {
    const char *const order[] = { "sg-1", "sg-2", "sg-3", "sg-vacancy", "sg-4", "sg-5" };

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        g_assert_cmpstr (succession_tenure_get_id (succession_office_get_tenure (sg, i)), ==, order[i]);
        g_assert_true (item_at (succession_office_get_tenures (sg), i) == succession_office_get_tenure (sg, i));
      }
  }

  g_object_get (sg, "id", &id, "label", &label, "body", &body, "seats", &seats, "tenures", &tenures, NULL);
  g_assert_cmpstr (id, ==, "sg");
  g_assert_cmpstr (label, ==, "Secretary-General");
  g_assert_true (body == npcsc);
  g_assert_cmpuint (seats, ==, 1);
  g_assert_true (tenures == succession_office_get_tenures (sg));
}

static void
test_person (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionPerson *ye = succession_dataset_get_person (dataset, "ye-jianying");
  SuccessionPerson *peng = succession_dataset_get_person (dataset, "peng-zhen");
  SuccessionPerson *yang = succession_dataset_get_person (dataset, "yang-shangkun");
  SuccessionPerson *wang = succession_dataset_get_person (dataset, "wang-hanbin");
  SuccessionPerson *ji = succession_dataset_get_person (dataset, "ji-pengfei");
  g_autofree char  *id = NULL;
  g_autofree char  *name = NULL;
  g_autofree char  *sort_name = NULL;
  g_autoptr(GListModel) tenures = NULL;

  g_assert_cmpstr (succession_person_get_id (ye), ==, "ye-jianying");
  g_assert_cmpstr (succession_person_get_name (ye), ==, "Ye Jianying");
  g_assert_cmpstr (succession_person_get_gender (ye), ==, "male");
  g_assert_cmpstr (succession_person_get_wikidata (ye), ==, "Q362137");
  /* Without a sort name, the name sorts. */
  g_assert_cmpstr (succession_person_get_sort_name (ye), ==, "Ye Jianying");
  assert_date (succession_person_get_birth_date (ye), "1897-04-28");
  assert_date (succession_person_get_death_date (ye), "1986-10-22");
  g_assert_null (succession_person_get_sources (ye));
  g_assert_null (succession_person_get_wikidata (peng));
  g_assert_null (succession_person_get_gender (peng));

  /* Names in both scripts. */
  g_assert_cmpstr (succession_person_get_display_name (ye, simplified), ==, "叶剑英");
  g_assert_cmpstr (succession_person_get_display_name (ye, traditional), ==, "葉劍英");
  g_assert_cmpstr (succession_person_get_display_name (ye, posix), ==, "Ye Jianying");
  g_assert_cmpstr (succession_person_get_display_name (ji, simplified), ==, "姬鹏飞");
  g_assert_cmpstr (succession_person_get_display_name (ji, traditional), ==, "姬鵬飛");
  g_assert_cmpstr (succession_person_get_display_name (peng, traditional), ==, "彭真");
  g_assert_cmpuint (succession_text_get_n (succession_person_get_names (ye)), ==, 2);
  {
    const char *const preference[] = { "fr", "zh-Hant", "zh-Hans", NULL };

    g_assert_cmpstr (succession_person_get_display_name (yang, preference), ==, "楊尚昆");
  }

  /* Partial and qualified dates are kept as written. */
  assert_date (succession_person_get_birth_date (ji), "1910");
  assert_date (succession_person_get_birth_date (yang), "1907-07");
  g_assert_cmpint (succession_person_get_birth_date (yang)->qualifier, ==, SUCCESSION_DATE_QUALIFIER_CIRCA);
  assert_date (succession_person_get_birth_date (wang), NULL);

  /* A person serving twice, in two offices, chronological. */
  g_assert_cmpuint (succession_person_get_n_tenures (peng), ==, 2);
  g_assert_cmpstr (succession_tenure_get_id (item_at (succession_person_get_tenures (peng), 0)), ==, "sg-2");
  g_assert_cmpstr (succession_tenure_get_id (item_at (succession_person_get_tenures (peng), 1)), ==, "chair-2");
  g_assert_cmpuint (succession_person_get_n_tenures (wang), ==, 2);
  g_assert_cmpstr (succession_tenure_get_id (item_at (succession_person_get_tenures (wang), 0)), ==, "sg-4");
  g_assert_cmpstr (succession_tenure_get_id (item_at (succession_person_get_tenures (wang), 1)), ==, "sg-5");

  g_object_get (peng, "id", &id, "name", &name, "sort-name", &sort_name, "tenures", &tenures, NULL);
  g_assert_cmpstr (id, ==, "peng-zhen");
  g_assert_cmpstr (name, ==, "Peng Zhen");
  g_assert_cmpstr (sort_name, ==, "Peng Zhen");
  g_assert_true (tenures == succession_person_get_tenures (peng));
}

static void
test_tenure (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionOffice     *chair = succession_dataset_get_office (dataset, "chair");
  SuccessionOffice     *sg = succession_dataset_get_office (dataset, "sg");
  SuccessionBody       *npcsc = succession_dataset_get_body (dataset, "npcsc");
  SuccessionTerm       *npc5 = succession_dataset_get_term (dataset, "npc-5");
  SuccessionTenure     *tenure;
  const char *const     english[] = { "en", NULL };
  GPtrArray            *array;
  GPtrArray            *sources = NULL;
  const SuccessionText *note = NULL;
  gboolean              is_end = FALSE;
  g_autofree char      *id = NULL;
  g_autoptr(SuccessionPerson) person = NULL;
  g_autoptr(SuccessionOffice) office = NULL;
  g_autoptr(SuccessionBody) body = NULL;
  SuccessionTenureKind kind = SUCCESSION_TENURE_KIND_REGULAR;
  SuccessionEndStatus  end_status = SUCCESSION_END_STATUS_ENDED;

  tenure = succession_dataset_get_tenure (dataset, "chair-1");
  g_assert_cmpstr (succession_tenure_get_id (tenure), ==, "chair-1");
  g_assert_true (succession_tenure_get_person (tenure) == succession_dataset_get_person (dataset, "ye-jianying"));
  g_assert_true (succession_tenure_get_office (tenure) == chair);
  /* The body comes from the office when the membership does not name one. */
  g_assert_true (succession_tenure_get_body (tenure) == npcsc);
  g_assert_null (succession_tenure_get_on_behalf_of (tenure));
  g_assert_null (succession_tenure_get_role (tenure));
  g_assert_cmpint (succession_tenure_get_kind (tenure), ==, SUCCESSION_TENURE_KIND_REGULAR);
  g_assert_cmpint (succession_tenure_get_end_status (tenure), ==, SUCCESSION_END_STATUS_ENDED);
  assert_date (succession_tenure_get_start_date (tenure), "1978-03-05");
  assert_date (succession_tenure_get_end_date (tenure), "1983-06-18");
  g_assert_cmpuint (succession_tenure_get_index (tenure), ==, 0);
  array = succession_tenure_get_terms (tenure);
  g_assert_cmpuint (array->len, ==, 1);
  g_assert_true (g_ptr_array_index (array, 0) == npc5);
  g_assert_cmpuint (succession_tenure_get_sources (tenure)->len, ==, 1);
  g_assert_null (succession_tenure_get_note (tenure));
  g_assert_cmpuint (succession_tenure_get_n_date_alternatives (tenure), ==, 0);
  g_assert_null (succession_tenure_get_concurrent_offices (tenure));

  /* legislative_period_id names the term when term_ids is absent; the tenure's own dates win. */
  tenure = succession_dataset_get_tenure (dataset, "sg-1");
  array = succession_tenure_get_terms (tenure);
  g_assert_cmpuint (array->len, ==, 1);
  g_assert_true (g_ptr_array_index (array, 0) == npc5);
  assert_date (succession_tenure_get_start_date (tenure), "1978-03-05");
  assert_date (succession_tenure_get_end_date (tenure), "1979-09");
  g_assert_cmpint (succession_tenure_get_end_status (tenure), ==, SUCCESSION_END_STATUS_ENDED);

  tenure = succession_dataset_get_tenure (dataset, "sg-2");
  array = succession_tenure_get_concurrent_offices (tenure);
  g_assert_cmpuint (array->len, ==, 1);
  g_assert_cmpstr (succession_text_lookup (g_ptr_array_index (array, 0), english), ==, "Vice Chairperson");
  g_assert_cmpstr (succession_text_lookup (g_ptr_array_index (array, 0), simplified), ==, "副委员长");

  tenure = succession_dataset_get_tenure (dataset, "sg-3");
  g_assert_cmpuint (succession_tenure_get_n_date_alternatives (tenure), ==, 1);
  assert_date (succession_tenure_get_date_alternative (tenure, 0, &is_end, &sources, &note), "1983-06-05");
  g_assert_true (is_end);
  g_assert_cmpuint (sources->len, ==, 1);
  g_assert_cmpstr (succession_source_get_url (g_ptr_array_index (sources, 0)), ==, "https://example.org/alt");
  g_assert_cmpstr (succession_text_lookup (note, english), ==, "One list gives the day before.");

  /* A vacancy: no person, no source needed. */
  tenure = succession_dataset_get_tenure (dataset, "sg-vacancy");
  g_assert_null (succession_tenure_get_person (tenure));
  g_assert_true (succession_tenure_get_office (tenure) == sg);
  g_assert_cmpint (succession_tenure_get_kind (tenure), ==, SUCCESSION_TENURE_KIND_VACANCY);
  g_assert_cmpint (succession_tenure_get_end_status (tenure), ==, SUCCESSION_END_STATUS_ENDED);
  g_assert_null (succession_tenure_get_sources (tenure));

  tenure = succession_dataset_get_tenure (dataset, "sg-4");
  g_assert_cmpint (succession_tenure_get_kind (tenure), ==, SUCCESSION_TENURE_KIND_ACTING);
  g_assert_cmpstr (succession_text_lookup (succession_tenure_get_note (tenure), traditional), ==, "代理。");
  g_assert_cmpuint (succession_tenure_get_terms (tenure)->len, ==, 0);

  /* In office: no end date, and the latest day is the end of time. */
  tenure = succession_dataset_get_tenure (dataset, "sg-5");
  g_assert_cmpint (succession_tenure_get_end_status (tenure), ==, SUCCESSION_END_STATUS_ONGOING);
  assert_date (succession_tenure_get_end_date (tenure), NULL);
  g_assert_cmpint (succession_tenure_get_latest_day (tenure), ==, SUCCESSION_DAY_MAX);
  g_assert_cmpuint (succession_tenure_get_index (tenure), ==, 7);

  g_object_get (succession_dataset_get_tenure (dataset, "sg-4"), "id", &id, "person", &person, "office", &office,
                "body", &body, "kind", &kind, "end-status", &end_status, NULL);
  g_assert_cmpstr (id, ==, "sg-4");
  g_assert_true (person == succession_dataset_get_person (dataset, "wang-hanbin"));
  g_assert_true (office == sg);
  g_assert_true (body == npcsc);
  g_assert_cmpint (kind, ==, SUCCESSION_TENURE_KIND_ACTING);
  g_assert_cmpint (end_status, ==, SUCCESSION_END_STATUS_ENDED);
}

static void
test_term (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionTerm  *npc5 = succession_dataset_get_term (dataset, "npc-5");
  SuccessionTerm  *npc6 = succession_dataset_get_term (dataset, "npc-6");
  SuccessionBody  *npc = succession_dataset_get_body (dataset, "npc");
  SuccessionDate   date;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(SuccessionBody) body = NULL;
  int number = 0;

  g_assert_cmpstr (succession_term_get_id (npc5), ==, "npc-5");
  g_assert_cmpstr (succession_term_get_name (npc5), ==, "5th National People's Congress");
  g_assert_cmpstr (succession_term_get_classification (npc5), ==, "legislative period");
  g_assert_true (succession_term_get_body (npc5) == npc);
  g_assert_cmpint (succession_term_get_number (npc5), ==, 5);
  g_assert_cmpint (succession_term_get_number (npc6), ==, 6);
  assert_date (succession_term_get_start_date (npc5), "1978-02-26");
  assert_date (succession_term_get_end_date (npc5), "1983-06-06");
  g_assert_null (succession_term_get_sources (npc5));

  g_assert_cmpstr (succession_term_get_display_name (npc5, simplified), ==, "第五届全国人民代表大会");
  /* No traditional name: the Popolo name, not the simplified one. */
  g_assert_cmpstr (succession_term_get_display_name (npc5, traditional), ==, "5th National People's Congress");
  g_assert_cmpstr (succession_term_get_display_name (npc6, simplified), ==, "6th National People's Congress");

  /* The end day of a term belongs to the next one. */
  g_assert_true (succession_date_parse ("1983-06-06", FALSE, &date, NULL));
  g_assert_cmpint (succession_term_covers (npc5, &date), ==, SUCCESSION_MATCH_NO);
  g_assert_cmpint (succession_term_covers (npc6, &date), ==, SUCCESSION_MATCH_YES);
  g_assert_true (succession_date_parse ("1983", FALSE, &date, NULL));
  g_assert_cmpint (succession_term_covers (npc5, &date), ==, SUCCESSION_MATCH_POSSIBLY);
  g_assert_cmpint (succession_term_covers (npc6, &date), ==, SUCCESSION_MATCH_POSSIBLY);

  g_object_get (npc6, "id", &id, "name", &name, "number", &number, "body", &body, NULL);
  g_assert_cmpstr (id, ==, "npc-6");
  g_assert_cmpstr (name, ==, "6th National People's Congress");
  g_assert_cmpint (number, ==, 6);
  g_assert_true (body == npc);
}

static void
test_source (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  SuccessionSource *source;
  g_autofree char  *citation = NULL;
  g_autofree char  *url = NULL;
  g_autofree char  *title = NULL;
  g_autofree char  *publisher = NULL;
  g_autofree char  *note = NULL;
  g_autofree char  *locator = NULL;

  source = g_ptr_array_index (succession_tenure_get_sources (succession_dataset_get_tenure (dataset, "chair-1")), 0);
  g_assert_cmpstr (succession_source_get_url (source), ==, "https://example.org/ye");
  g_assert_cmpstr (succession_source_get_title (source), ==, "Ye Jianying");
  g_assert_cmpstr (succession_source_get_publisher (source), ==, "Example Encyclopedia");
  g_assert_cmpstr (succession_source_get_note (source), ==, "Elected at the 1st session.");
  g_assert_cmpstr (succession_source_get_locator (source), ==, "infobox");
  assert_date (succession_source_get_date (source), "2020-05");
  assert_date (succession_source_get_accessed (source), "2026-11-24");

  citation = succession_source_format_citation (source);
  g_assert_cmpstr (citation, ==,
                   "“Ye Jianying”. Example Encyclopedia, 2020-05. infobox. https://example.org/ye (accessed 2026-11-24)");
  g_clear_pointer (&citation, g_free);

  g_object_get (source, "url", &url, "title", &title, "publisher", &publisher, "note", &note,
                "locator", &locator, NULL);
  g_assert_cmpstr (url, ==, "https://example.org/ye");
  g_assert_cmpstr (title, ==, "Ye Jianying");
  g_assert_cmpstr (publisher, ==, "Example Encyclopedia");
  g_assert_cmpstr (note, ==, "Elected at the 1st session.");
  g_assert_cmpstr (locator, ==, "infobox");

  /* Only what the source has. */
  source = g_ptr_array_index (succession_tenure_get_sources (succession_dataset_get_tenure (dataset, "chair-2")), 0);
  citation = succession_source_format_citation (source);
  g_assert_cmpstr (citation, ==, "https://example.org/peng");
  g_clear_pointer (&citation, g_free);

  source = g_ptr_array_index (succession_tenure_get_sources (succession_dataset_get_tenure (dataset, "sg-1")), 0);
  g_assert_null (succession_source_get_url (source));
  assert_date (succession_source_get_accessed (source), NULL);
  citation = succession_source_format_citation (source);
  g_assert_cmpstr (citation, ==, "“A printed list”. A publisher.");
  g_clear_pointer (&citation, g_free);

  source = g_ptr_array_index (succession_body_get_sources (succession_dataset_get_body (dataset, "npcsc")), 0);
  citation = succession_source_format_citation (source);
  g_assert_cmpstr (citation, ==, "“The NPCSC”. https://example.org/npcsc");
}

static void
test_message (void)
{
  g_autoptr(SuccessionDataset) dataset = load_small ();
  g_autoptr(SuccessionMessage) warning = g_list_model_get_item (succession_dataset_get_warnings (dataset), 0);
  g_autoptr(SuccessionMessage) at = NULL;
  g_autoptr(SuccessionMessage) bare = NULL;
  g_autofree char   *text = NULL;
  g_autofree char   *path = NULL;
  SuccessionSeverity severity = SUCCESSION_SEVERITY_ERROR;

  g_assert_cmpint (succession_message_get_severity (warning), ==, SUCCESSION_SEVERITY_WARNING);
  g_assert_true (g_str_has_suffix (succession_message_get_file (warning), "small.json"));
  g_assert_cmpstr (succession_message_get_path (warning), ==, "memberships[6].sources");
  g_assert_cmpint (succession_message_get_line (warning), ==, 0);
  g_assert_cmpint (succession_message_get_column (warning), ==, 0);
  g_assert_cmpstr (succession_message_get_text (warning), ==, "the tenure has no source");

  g_object_get (warning, "severity", &severity, "path", &path, "text", &text, NULL);
  g_assert_cmpint (severity, ==, SUCCESSION_SEVERITY_WARNING);
  g_assert_cmpstr (path, ==, "memberships[6].sources");
  g_assert_cmpstr (text, ==, "the tenure has no source");
  g_clear_pointer (&text, g_free);

  /* The three forms of a message line. */
  at = succession_message_new (SUCCESSION_SEVERITY_ERROR, "a.json", NULL, 3, 14, "not valid JSON: x");
  text = succession_message_to_string (at);
  g_assert_cmpstr (text, ==, "a.json:3:14: error: not valid JSON: x");
  g_clear_pointer (&text, g_free);

  bare = succession_message_new (SUCCESSION_SEVERITY_WARNING, "b.json", NULL, 0, 0, "12 tenures have no source");
  text = succession_message_to_string (bare);
  g_assert_cmpstr (text, ==, "b.json: warning: 12 tenures have no source");
  g_clear_pointer (&text, g_free);

  text = succession_message_to_string (warning);
  g_assert_true (g_str_has_suffix (text, "small.json: memberships[6].sources: warning: the tenure has no source"));
}

static void
test_enums (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SUCCESSION_TYPE_TENURE_KIND);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (SUCCESSION_TYPE_END_STATUS);
  g_autoptr(GEnumClass) severities = g_type_class_ref (SUCCESSION_TYPE_SEVERITY);

  /* The nicks are the file's words. */
  g_assert_cmpint (g_enum_get_value_by_nick (kinds, "regular")->value, ==, SUCCESSION_TENURE_KIND_REGULAR);
  g_assert_cmpint (g_enum_get_value_by_nick (kinds, "acting")->value, ==, SUCCESSION_TENURE_KIND_ACTING);
  g_assert_cmpint (g_enum_get_value_by_nick (kinds, "honorary")->value, ==, SUCCESSION_TENURE_KIND_HONORARY);
  g_assert_cmpint (g_enum_get_value_by_nick (kinds, "vacancy")->value, ==, SUCCESSION_TENURE_KIND_VACANCY);
  g_assert_cmpint (g_enum_get_value_by_nick (statuses, "ended")->value, ==, SUCCESSION_END_STATUS_ENDED);
  g_assert_cmpint (g_enum_get_value_by_nick (statuses, "ongoing")->value, ==, SUCCESSION_END_STATUS_ONGOING);
  g_assert_cmpint (g_enum_get_value_by_nick (statuses, "unknown")->value, ==, SUCCESSION_END_STATUS_UNKNOWN);
  g_assert_cmpint (g_enum_get_value_by_nick (severities, "warning")->value, ==, SUCCESSION_SEVERITY_WARNING);
  g_assert_cmpint (g_enum_get_value_by_nick (severities, "error")->value, ==, SUCCESSION_SEVERITY_ERROR);
}

/* An entity a view still holds outlives the dataset without pointing at freed memory. */
static void
test_entity_outlives_dataset (void)
{
  SuccessionDataset *dataset = load_small ();
  g_autoptr(SuccessionTenure) tenure = g_object_ref (succession_dataset_get_tenure (dataset, "chair-2"));
  g_autoptr(SuccessionPerson) person = g_object_ref (succession_dataset_get_person (dataset, "peng-zhen"));
  g_autoptr(GListModel) tenures = g_object_ref (succession_person_get_tenures (person));

  g_object_unref (dataset);

  g_assert_cmpstr (succession_tenure_get_id (tenure), ==, "chair-2");
  assert_date (succession_tenure_get_start_date (tenure), "1983-06-18");
  g_assert_cmpstr (succession_person_get_display_name (person, simplified), ==, "彭真");
  g_assert_true (g_list_model_get_item_type (tenures) == SUCCESSION_TYPE_TENURE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/entities/dataset", test_dataset);
  g_test_add_func ("/model/entities/list-models", test_list_models);
  g_test_add_func ("/model/entities/body", test_body);
  g_test_add_func ("/model/entities/office", test_office);
  g_test_add_func ("/model/entities/person", test_person);
  g_test_add_func ("/model/entities/tenure", test_tenure);
  g_test_add_func ("/model/entities/term", test_term);
  g_test_add_func ("/model/entities/source", test_source);
  g_test_add_func ("/model/entities/message", test_message);
  g_test_add_func ("/model/entities/enums", test_enums);
  g_test_add_func ("/model/entities/outlives-dataset", test_entity_outlives_dataset);

  return g_test_run ();
}
