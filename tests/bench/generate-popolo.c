/* generate-popolo.c — writes a deterministic synthetic dataset for the benchmarks
 *
 * The shapes follow data/succession.json: bodies in a tree, offices with labels in three
 * scripts and an infobox, people with Chinese names, five-year terms, and tenures that hand
 * over on the same day, with partial dates, qualifiers, sources on every tenure, notes,
 * date alternatives, concurrent offices and a few vacancies. A tenure is about as many bytes
 * as one of the real file, so a file of N tenures costs what a real one of N tenures would.
 * The same options give the same bytes: GRand's generator is fixed by its seed.
 *
 *   generate-popolo [--tenures=N] [--persons=N] [--output=FILE] [--seed=S]
 *
 * --persons overrides the default of one person per three tenures (bench-search wants 100,000
 * persons); with more persons than tenures, some hold no office.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#define FIRST_YEAR 1949
#define TERM_YEARS 5
#define N_TERMS 17 /* 1949 to 2034 */

typedef struct
{
  const char *pinyin;
  const char *simplified;
  const char *traditional;
} Syllable;

static const Syllable surnames[] = {
  { "Wang", "王", "王" },
  { "Li", "李", "李" },
  { "Zhang", "张", "張" },
  { "Liu", "刘", "劉" },
  { "Chen", "陈", "陳" },
  { "Yang", "杨", "楊" },
  { "Zhao", "赵", "趙" },
  { "Huang", "黄", "黃" },
  { "Zhou", "周", "周" },
  { "Wu", "吴", "吳" },
  { "Xu", "徐", "徐" },
  { "Sun", "孙", "孫" },
  { "Hu", "胡", "胡" },
  { "Zhu", "朱", "朱" },
  { "Gao", "高", "高" },
  { "Lin", "林", "林" },
  { "He", "何", "何" },
  { "Guo", "郭", "郭" },
  { "Ma", "马", "馬" },
  { "Luo", "罗", "羅" },
  { "Liang", "梁", "梁" },
  { "Song", "宋", "宋" },
  { "Zheng", "郑", "鄭" },
  { "Xie", "谢", "謝" },
  { "Han", "韩", "韓" },
  { "Tang", "唐", "唐" },
  { "Feng", "冯", "馮" },
  { "Deng", "邓", "鄧" },
  { "Peng", "彭", "彭" },
  { "Cao", "曹", "曹" },
  { "Xiao", "萧", "蕭" },
  { "Tian", "田", "田" },
};

static const Syllable given[] = {
  { "wei", "伟", "偉" },
  { "fang", "芳", "芳" },
  { "min", "敏", "敏" },
  { "jing", "静", "靜" },
  { "qiang", "强", "強" },
  { "lei", "磊", "磊" },
  { "jun", "军", "軍" },
  { "yang", "洋", "洋" },
  { "yong", "勇", "勇" },
  { "jie", "杰", "傑" },
  { "tao", "涛", "濤" },
  { "ming", "明", "明" },
  { "chao", "超", "超" },
  { "hua", "华", "華" },
  { "ping", "平", "平" },
  { "gang", "刚", "剛" },
  { "guo", "国", "國" },
  { "dong", "东", "東" },
  { "hai", "海", "海" },
  { "xin", "新", "新" },
  { "zhen", "真", "真" },
  { "kun", "昆", "崑" },
  { "xun", "训", "訓" },
  { "rui", "瑞", "瑞" },
  { "huan", "环", "環" },
  { "wen", "文", "文" },
  { "long", "龙", "龍" },
  { "feng", "锋", "鋒" },
  { "zhi", "志", "志" },
  { "shan", "山", "山" },
  { "yuan", "远", "遠" },
  { "chun", "春", "春" },
};

typedef struct
{
  const char *en;
  const char *simplified;
  const char *traditional;
} Phrase;

static const Phrase roles[] = {
  { "Secretary-General", "秘书长", "秘書長" },
  { "Chairperson", "主任", "主任" },
  { "Vice Chairperson", "副主任", "副主任" },
  { "Director", "局长", "局長" },
  { "Deputy Director", "副局长", "副局長" },
  { "Minister", "部长", "部長" },
  { "Party Secretary", "党组书记", "黨組書記" },
  { "President", "院长", "院長" },
};

static const Phrase body_kinds[] = {
  { "Standing Committee", "常务委员会", "常務委員會" },
  { "General Office", "办公厅", "辦公廳" },
  { "Legislative Affairs Commission", "法制工作委员会", "法制工作委員會" },
  { "Budgetary Affairs Commission", "预算工作委员会", "預算工作委員會" },
  { "Foreign Affairs Committee", "外事委员会", "外事委員會" },
  { "Education Committee", "教育委员会", "教育委員會" },
};

static const char *const publishers[] = {
  "People's Daily (archive copy)",
  "Xinhua News Agency",
  "WikiMili (mirror of English Wikipedia)",
  "The National People's Congress of the People's Republic of China",
  "China Daily",
  "Renmin University of China",
};

typedef struct
{
  GRand   *rand;
  GString *out;
  FILE    *file;
  guint    n_tenures;
  guint    n_offices;
  guint    n_bodies;
  guint    n_persons;
} Generator;

static gboolean
chance (Generator *gen,
        double     probability)
{
  return g_rand_double (gen->rand) < probability;
}

static int
pick (Generator *gen,
      int        n)
{
  return g_rand_int_range (gen->rand, 0, n);
}

static void
flush_record (Generator *gen)
{
  fwrite (gen->out->str, 1, gen->out->len, gen->file);
  g_string_truncate (gen->out, 0);
}

/* A date at the precision a source would give: mostly days, some months, a few years. */
static void
append_date (Generator *gen,
             GDate     *date,
             int        precision)
{
  if (precision == 0)
    g_string_append_printf (gen->out, "\"%04d-%02d-%02d\"", g_date_get_year (date),
                            g_date_get_month (date), g_date_get_day (date));
  else if (precision == 1)
    g_string_append_printf (gen->out, "\"%04d-%02d\"", g_date_get_year (date), g_date_get_month (date));
  else
    g_string_append_printf (gen->out, "\"%04d\"", g_date_get_year (date));
}

static int
pick_precision (Generator *gen)
{
  double r = g_rand_double (gen->rand);

  return r < 0.75 ? 0 : r < 0.9 ? 1
                                : 2;
}

static void
append_localized (Generator  *gen,
                  const char *en,
                  const char *simplified,
                  const char *traditional)
{
  g_string_append_printf (gen->out, "{\"en\": \"%s\", \"zh-Hans\": \"%s\", \"zh-Hant\": \"%s\"}",
                          en, simplified, traditional);
}

static void
append_other_names (Generator  *gen,
                    const char *key,
                    const char *simplified,
                    const char *traditional)
{
  g_string_append_printf (gen->out,
                          ", \"%s\": [{\"name\": \"%s\", \"lang\": \"zh-Hans\"}, "
                          "{\"name\": \"%s\", \"lang\": \"zh-Hant\"}]",
                          key, simplified, traditional);
}

/* Sources as the real file cites them: an archive page, a title, often Chinese. */
static void
append_sources (Generator *gen,
                int        n,
                guint      serial)
{
  g_string_append (gen->out, ", \"sources\": [");
  for (int i = 0; i < n; i++)
    {
      gboolean chinese = chance (gen, 0.5);

      if (i > 0)
        g_string_append (gen->out, ", ");
      g_string_append_printf (gen->out,
                              "{\"url\": \"https://archive.example.org/%s/officeholders/%u/%08x.html\", ",
                              chinese ? "peoples-daily" : "english-wikipedia", serial, g_rand_int (gen->rand));
      if (chinese)
        g_string_append_printf (gen->out,
                                "\"title\": \"全国人民代表大会常务委员会任免名单 (人民日报 %u)\", ",
                                1950 + serial % 70);
      else
        g_string_append_printf (gen->out,
                                "\"title\": \"Appointments and removals announced by the Standing Committee, no. %u\", ",
                                serial);
      g_string_append_printf (gen->out, "\"publisher\": \"%s\", \"accessed\": \"2026-11-%02d\"",
                              publishers[pick (gen, G_N_ELEMENTS (publishers))], 1 + pick (gen, 28));
      if (chance (gen, 0.5))
        g_string_append_printf (gen->out, ", \"locator\": \"table of officeholders, row %d\"", 1 + pick (gen, 60));
      if (chinese)
        g_string_append (gen->out, ", \"lang\": \"zh-Hans\"");
      if (chance (gen, 0.3))
        g_string_append (gen->out, ", \"note\": \"Secondary web page; states the date of the vote at the "
                                   "first session of the congress and the name of the predecessor in office.\"");
      g_string_append_c (gen->out, '}');
    }
  g_string_append_c (gen->out, ']');
}

static void
write_meta (Generator *gen)
{
  g_string_append (gen->out,
                   "{\n\"meta\": {\"title\": \"Synthetic officeholders (benchmark)\", \"version\": \"1.0.0\", "
                   "\"license\": \"CC0-1.0\", \"languages\": [\"en\", \"zh-Hans\", \"zh-Hant\"], "
                   "\"date_convention\": ");
  append_localized (gen,
                    "Tenure start: the day of the vote. Tenure end: the day the successor was elected.",
                    "任期开始：选举之日。任期结束：继任者当选之日。",
                    "任期開始：選舉之日。任期結束：繼任者當選之日。");
  g_string_append (gen->out, ", \"notes\": [{\"id\": \"session-opening-date\", \"text\": ");
  append_localized (gen, "The only dated source uses the opening day of the session.",
                    "唯一带日期的来源使用会议开幕日。", "唯一帶日期的來源使用會議開幕日。");
  g_string_append (gen->out, "}]},\n");
  flush_record (gen);
}

static void
write_organizations (Generator *gen)
{
  g_string_append (gen->out, "\"organizations\": [\n");
  for (guint b = 0; b < gen->n_bodies; b++)
    {
      const Phrase *kind = &body_kinds[b % G_N_ELEMENTS (body_kinds)];

      g_string_append_printf (gen->out, "{\"id\": \"body-%u\", \"name\": \"%s no. %u\", "
                                        "\"classification\": \"committee\"",
                              b, kind->en, b);
      append_other_names (gen, "other_names", kind->simplified, kind->traditional);
      if (b > 0)
        g_string_append_printf (gen->out, ", \"parent_id\": \"body-%u\"", (b - 1) / 8);
      g_string_append_printf (gen->out, ", \"founding_date\": \"%d\", \"descriptions\": ", FIRST_YEAR + (int) b % 5);
      append_localized (gen, "A permanent organ that carries out legislative work between plenary sessions.",
                        "在全体会议闭会期间承担立法工作的常设机关。", "在全體會議閉會期間承擔立法工作的常設機關。");
      append_sources (gen, 2, b);
      g_string_append_printf (gen->out, ", \"sort_order\": %u}%s\n", b % 7, b + 1 < gen->n_bodies ? "," : "");
      flush_record (gen);
    }
  g_string_append (gen->out, "],\n");
}

static void
write_posts (Generator *gen)
{
  g_string_append (gen->out, "\"posts\": [\n");
  for (guint o = 0; o < gen->n_offices; o++)
    {
      const Phrase *role = &roles[o % G_N_ELEMENTS (roles)];
      guint         body = o % gen->n_bodies;

      g_string_append_printf (gen->out, "{\"id\": \"post-%u\", \"label\": \"%s of body %u\"", o, role->en, body);
      append_other_names (gen, "other_label", role->simplified, role->traditional);
      g_string_append_printf (gen->out, ", \"role\": \"%s\", \"organization_id\": \"body-%u\", "
                                        "\"start_date\": \"%d\"",
                              role->en, body, FIRST_YEAR);
      if (o % 10 == 9)
        g_string_append (gen->out, ", \"seats\": 3");
      g_string_append (gen->out, ", \"descriptions\": ");
      append_localized (gen, "Elected by the full congress for a five-year term; may serve two terms.",
                        "由全体会议选举产生，任期五年，可连任一次。", "由全體會議選舉產生，任期五年，可連任一次。");
      g_string_append (gen->out, ", \"infobox\": [{\"key\": \"term_length\", \"value\": ");
      append_localized (gen, "5 years", "5年", "5年");
      g_string_append (gen->out, "}, {\"key\": \"appointer\", \"value\": ");
      append_localized (gen, "National People's Congress", "全国人民代表大会", "全國人民代表大會");
      g_string_append (gen->out, "}]");
      append_sources (gen, 2, o);
      g_string_append_printf (gen->out, "}%s\n", o + 1 < gen->n_offices ? "," : "");
      flush_record (gen);
    }
  g_string_append (gen->out, "],\n");
}

/* People are numbered by birth year, so a tenure can pick someone of a plausible age. */
static int
person_birth_year (Generator *gen,
                   guint      p)
{
  return 1880 + (int) ((guint64) p * 120 / gen->n_persons);
}

static void
write_persons (Generator *gen)
{
  g_string_append (gen->out, "\"persons\": [\n");
  for (guint p = 0; p < gen->n_persons; p++)
    {
      const Syllable *s = &surnames[pick (gen, G_N_ELEMENTS (surnames))];
      const Syllable *g1 = &given[pick (gen, G_N_ELEMENTS (given))];
      const Syllable *g2 = &given[pick (gen, G_N_ELEMENTS (given))];
      gboolean        two = chance (gen, 0.6);
      int             birth = person_birth_year (gen, p);
      GDate           date;

      g_string_append_printf (gen->out, "{\"id\": \"person-%u\", \"name\": \"%s %s%s\"", p, s->pinyin,
                              g1->pinyin, two ? g2->pinyin : "");
      g_string_append_printf (gen->out,
                              ", \"other_names\": [{\"name\": \"%s%s%s\", \"lang\": \"zh-Hans\"}, "
                              "{\"name\": \"%s%s%s\", \"lang\": \"zh-Hant\"}]",
                              s->simplified, g1->simplified, two ? g2->simplified : "",
                              s->traditional, g1->traditional, two ? g2->traditional : "");
      g_string_append_printf (gen->out, ", \"gender\": \"%s\", \"birth_date\": ", chance (gen, 0.85) ? "male" : "female");
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1 + pick (gen, 28), 1 + pick (gen, 12), birth);
      append_date (gen, &date, pick_precision (gen));
      /* Only the old have died, and after any office they can hold. */
      if (birth < 1930)
        {
          g_date_set_dmy (&date, 1 + pick (gen, 28), 1 + pick (gen, 12), MAX (birth + 75, 2000) + pick (gen, 20));
          g_string_append (gen->out, ", \"death_date\": ");
          append_date (gen, &date, pick_precision (gen));
        }
      g_string_append_printf (gen->out, ", \"identifiers\": [{\"scheme\": \"wikidata\", \"identifier\": \"Q%u\"}]",
                              100000 + p * 7);
      append_sources (gen, 1 + pick (gen, 2), p);
      g_string_append_printf (gen->out, "}%s\n", p + 1 < gen->n_persons ? "," : "");
      flush_record (gen);
    }
  g_string_append (gen->out, "],\n");
}

static void
write_events (Generator *gen)
{
  g_string_append (gen->out, "\"events\": [\n");
  for (guint b = 0; b < gen->n_bodies; b++)
    for (int t = 0; t < N_TERMS; t++)
      {
        int start = FIRST_YEAR + t * TERM_YEARS;

        g_string_append_printf (gen->out,
                                "{\"id\": \"term-%u-%d\", \"name\": \"Term %d of body %u\", \"number\": %d",
                                b, t + 1, t + 1, b, t + 1);
        g_string_append_printf (gen->out,
                                ", \"other_names\": [{\"name\": \"第%d届\", \"lang\": \"zh-Hans\"}, "
                                "{\"name\": \"第%d屆\", \"lang\": \"zh-Hant\"}]",
                                t + 1, t + 1);
        g_string_append_printf (gen->out,
                                ", \"classification\": \"legislative period\", \"organization_id\": \"body-%u\", "
                                "\"start_date\": \"%d-03-05\", \"end_date\": \"%d-03-05\"",
                                b, start, start + TERM_YEARS);
        append_sources (gen, 1, (guint) t);
        g_string_append_printf (gen->out, "}%s\n",
                                b + 1 < gen->n_bodies || t + 1 < N_TERMS ? "," : "");
        flush_record (gen);
      }
  g_string_append (gen->out, "],\n");
}

static void
append_term_ids (Generator *gen,
                 guint      body,
                 GDate     *start,
                 GDate     *end)
{
  int first = CLAMP ((g_date_get_year (start) - FIRST_YEAR) / TERM_YEARS, 0, N_TERMS - 1);
  int last = end != NULL ? CLAMP ((g_date_get_year (end) - FIRST_YEAR) / TERM_YEARS, first, N_TERMS - 1) : first;

  g_string_append (gen->out, ", \"term_ids\": [");
  for (int t = first; t <= last; t++)
    g_string_append_printf (gen->out, "%s\"term-%u-%d\"", t > first ? ", " : "", body, t + 1);
  g_string_append_c (gen->out, ']');
}

static void
write_memberships (Generator *gen)
{
  guint serial = 0;

  g_string_append (gen->out, "\"memberships\": [\n");
  for (guint o = 0; o < gen->n_offices; o++)
    {
      /* Tenures are spread evenly over the offices, in office order as the real file has them. */
      guint n = gen->n_tenures / gen->n_offices + (o < gen->n_tenures % gen->n_offices ? 1 : 0);
      guint body = o % gen->n_bodies;
      GDate start, end;
      int   start_precision = pick_precision (gen);

      g_date_clear (&start, 1);
      g_date_clear (&end, 1);
      g_date_set_dmy (&start, 1 + pick (gen, 28), 1 + pick (gen, 12), 1950 + pick (gen, 20));

      for (guint i = 0; i < n; i++, serial++)
        {
          gboolean last = i + 1 == n;
          gboolean vacancy = !last && i > 0 && chance (gen, 0.02);
          int      end_precision = pick_precision (gen);

          end = start;
          g_date_add_days (&end, vacancy ? 30 + pick (gen, 300) : 300 + pick (gen, 1200));

          g_string_append_printf (gen->out, "{\"id\": \"m-%u\"", serial);
          if (!vacancy)
            {
              int   year = g_date_get_year (&start);
              int   birth = year - 35 - pick (gen, 35);
              guint p = (guint) CLAMP ((gint64) (birth - 1880) * gen->n_persons / 120 + pick (gen, 50), 0,
                                       (gint64) gen->n_persons - 1);

              /* Someone born at most in the year the tenure starts, whatever the rounding. */
              while (p > 0 && person_birth_year (gen, p) > year - 20)
                p--;
              g_string_append_printf (gen->out, ", \"person_id\": \"person-%u\"", p);
            }
          g_string_append_printf (gen->out, ", \"post_id\": \"post-%u\", \"organization_id\": \"body-%u\"", o, body);
          g_string_append_printf (gen->out, ", \"kind\": \"%s\"",
                                  vacancy ? "vacancy" : chance (gen, 0.03) ? "acting"
                                                                           : "regular");
          g_string_append (gen->out, ", \"start_date\": ");
          append_date (gen, &start, start_precision);
          if (!vacancy && chance (gen, 0.05))
            g_string_append_printf (gen->out, ", \"start_date_qualifier\": \"%s\"", chance (gen, 0.5) ? "circa" : "before");
          if (last)
            g_string_append (gen->out, ", \"end_status\": \"ongoing\"");
          else
            {
              /* A handover: the successor's start is this end, written the same way. */
              g_string_append (gen->out, ", \"end_date\": ");
              append_date (gen, &end, end_precision);
            }
          append_term_ids (gen, body, &start, last ? NULL : &end);

          if (!vacancy && chance (gen, 0.3))
            {
              const Phrase *role = &roles[pick (gen, G_N_ELEMENTS (roles))];

              g_string_append (gen->out, ", \"concurrent_offices\": [{\"label\": ");
              append_localized (gen, role->en, role->simplified, role->traditional);
              g_string_append (gen->out, "}]");
            }
          if (!vacancy && !last && chance (gen, 0.15))
            {
              GDate other = end;

              g_date_subtract_days (&other, 1);
              g_string_append (gen->out, ", \"date_alternatives\": [{\"field\": \"end_date\", \"value\": ");
              append_date (gen, &other, 0);
              append_sources (gen, 1, serial);
              g_string_append (gen->out, ", \"note\": ");
              append_localized (gen, "An earlier version of the list gives the day before the successor took "
                                     "office as the last day in office.",
                                "名单的较早版本把卸任日期写作继任者就任前一日。",
                                "名單的較早版本把卸任日期寫作繼任者就任前一日。");
              g_string_append (gen->out, "}]");
            }
          if (chance (gen, 0.35))
            g_string_append (gen->out, ", \"note\": \"Start: the day of the vote is not reported; a report of the "
                                       "first session already names the holder, hence the date of that report. "
                                       "End: the successor was elected at the first session of the next "
                                       "congress; the exact day of the vote was not found.\"");
          if (chance (gen, 0.01))
            g_string_append (gen->out, ", \"note_ids\": [\"session-opening-date\"]");
          append_sources (gen, 2 + pick (gen, 4), serial);
          g_string_append_printf (gen->out, "}%s\n", o + 1 < gen->n_offices || !last ? "," : "");
          flush_record (gen);

          start = end;
          start_precision = end_precision;
        }
    }
  g_string_append (gen->out, "]\n}\n");
  flush_record (gen);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char   *output = NULL;
  gint64             tenures = 100000;
  gint64             persons = 0;
  gint64             seed = 1;
  Generator          gen = { 0 };
  const GOptionEntry entries[] = {
    { "tenures", 0, 0, G_OPTION_ARG_INT64, &tenures, "Number of tenures (default 100000)", "N" },
    { "persons", 0, 0, G_OPTION_ARG_INT64, &persons, "Number of persons (default: a third of the tenures)", "N" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, "File to write (default: standard output)", "FILE" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the generator (default 1)", "S" },
    { NULL }
  };

  context = g_option_context_new ("- write a synthetic Popolo dataset");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (tenures < 1 || tenures > G_MAXINT)
    {
      g_printerr ("--tenures must be from 1 to %d\n", G_MAXINT);
      return 2;
    }
  if (persons < 0 || persons > G_MAXINT)
    {
      g_printerr ("--persons must be from 1 to %d\n", G_MAXINT);
      return 2;
    }

  gen.file = output != NULL ? fopen (output, "wb") : stdout;
  if (gen.file == NULL)
    {
      g_printerr ("%s: cannot write\n", output);
      return 1;
    }

  gen.rand = g_rand_new_with_seed ((guint32) seed);
  gen.out = g_string_sized_new (16384);
  gen.n_tenures = (guint) tenures;
  /* About twenty tenures per office, twenty-five offices per body, three offices per person,
   * as in data/succession.json. */
  gen.n_offices = MAX (1, gen.n_tenures / 20);
  gen.n_bodies = MAX (1, gen.n_offices / 25);
  gen.n_persons = persons > 0 ? (guint) persons : MAX (1, gen.n_tenures / 3);

  write_meta (&gen);
  write_organizations (&gen);
  write_posts (&gen);
  write_persons (&gen);
  write_events (&gen);
  write_memberships (&gen);

  g_string_free (gen.out, TRUE);
  g_rand_free (gen.rand);
  if ((gen.file != stdout && fclose (gen.file) != 0) || (gen.file == stdout && fflush (stdout) != 0))
    {
      g_printerr ("%s: write failed\n", output != NULL ? output : "stdout");
      return 1;
    }

  return 0;
}
