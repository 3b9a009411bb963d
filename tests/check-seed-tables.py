#!/usr/bin/python3
"""Check data/succession.json against the seed officeholder tables and the dataset's own rules.

Usage: check-seed-tables.py SOURCE_ROOT

- The holders of cppcc-secretary-general and npcsc-secretary-general (non-vacancy tenures in
  chronological order), their number and each tenure's term numbers equal the seed tables.
  The expected lists are kept below so the test runs without the seeds (CI). When the seeds
  are present (SUCCESSION_SOURCE_ROOT/../shared/seeds, or SUCCESSION_SEEDS_DIR) their tables
  are parsed, merged term cells restored (see shared/seeds/README.md), and compared to both
  the lists below and the data.
- Every membership has a source with url, title, publisher and accessed.
- Every person has a name and zh-Hans and zh-Hant other_names (documented exceptions below).
- Every organization and post has descriptions in en, zh-Hans and zh-Hant.
- The term events cppcc-1..14 and npc-1..14 exist and have start dates.
- In the four fixed offices, consecutive tenures share the handover date: the predecessor's
  end_date equals the successor's start_date (a vacancy between them is a tenure of its own,
  so it must meet both). Documented exceptions below.

Exits 1 with one line per problem.
"""

import json
import os
import re
import sys

# ---------------------------------------------------------------------------------------------
# Expected seed tables: (holder name, term numbers), in table order, merged cells restored.
EXPECTED = {
    "cppcc-secretary-general": [
        ("Li Weihan", [1]),
        ("Xu Bing", [2, 3]),
        ("Ping Jiesan", [4]),
        ("Qi Yanming", [5]),
        ("Liu Lantao", [5]),
        ("Peng Youjin", [6]),
        ("Zhou Shaozheng", [6, 7]),
        ("Song Demin", [7, 8]),
        ("Zhu Xun", [8]),
        ("Zheng Wantong", [9, 10]),
        ("Qian Yunlu", [11]),
        ("Zhang Qingli", [12]),
        ("Xia Baolong", [13]),
        ("Li Bin", [13]),
        ("Wang Dongfeng", [14]),
    ],
    "npcsc-secretary-general": [
        ("Peng Zhen", [1, 2]),
        ("Liu Ningyi", [3]),
        ("Ji Pengfei", [4, 5]),
        ("Peng Zhen", [5]),
        ("Yang Shangkun", [5]),
        ("Wang Hanbin", [6]),
        ("Peng Chong", [7]),
        ("Cao Zhi", [8]),
        ("He Chunlin", [9]),
        ("Sheng Huaren", [10]),
        ("Li Jianguo", [11]),
        ("Wang Chen", [12]),
        ("Yang Zhenwu", [13]),
        ("Liu Qi", [14]),
    ],
}
EXPECTED_COUNTS = {"cppcc-secretary-general": 15, "npcsc-secretary-general": 14}

# Title line of each seed document that holds a table.
SEED_TITLES = {
    "cppcc-secretary-general":
        "= Secretary-General of the National Committee of the Chinese People's Political Consultative Conference =",
    "npcsc-secretary-general":
        "= Secretary-General of the Standing Committee of the National People's Congress =",
}

FIXED_OFFICES = ["cppcc-chairperson", "cppcc-secretary-general", "npcsc-chairperson", "npcsc-secretary-general"]
TERM_EVENTS = ["cppcc-%d" % n for n in range(1, 15)] + ["npc-%d" % n for n in range(1, 15)]
SOURCE_FIELDS = ["url", "title", "publisher", "accessed"]
LANGS = ["en", "zh-Hans", "zh-Hant"]

# Persons allowed to lack a Chinese name. Each entry cites the research log.
PERSON_NAME_EXCEPTIONS = {
    # docs/dataset-research.md ("Deputy secretaries-general"; from data/research/cppcc-notes.md):
    # no Chinese name was found for Han Dongmei; the Chinese Wikipedia list has 邱小平 in that
    # slot instead, so no Chinese name is recorded rather than a guessed one.
    "han-dongmei": {"zh-Hans", "zh-Hant"},
}

# Handovers (predecessor membership id, successor membership id) whose dates do not meet.
# Each is a gap the research could not close; none may be filled by guessing. See
# docs/dataset-research.md ("CPPCC secretaries-general") and meta note cppcc-sg-handover-unknown.
HANDOVER_EXCEPTIONS = {
    # Qi Yanming died on 1978-10-21; Liu Lantao's election was not found, and the first source
    # showing him in office is People's Daily of 1981-12-12 (start "before 1981-12-12").
    ("cppcc-sg-04", "cppcc-sg-05"),
    # Zhou Shaozheng's end and Song Demin's start were not found; Song Demin is in office at the
    # 8th committee's opening on 1993-03-14 (start "before 1993-03-14"), Zhou's end is unknown.
    ("cppcc-sg-07", "cppcc-sg-08"),
    # Song Demin's end and Zhu Xun's start were not found; Zhu Xun is in office by 1995-03-11.
    ("cppcc-sg-08", "cppcc-sg-09"),
}

ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def ok(message):
    print("ok  ", message)


# ---------------------------------------------------------------------------------------------
def parse_seed_table(text):
    """Return [(name, [term numbers])] from a flattened officeholder table.

    A row `| 3rd | | ...` continues the previous holder into another term. A row
    `| 5 | Liu Lantao | ...` has lost its term cell to the merged cell above, so the holder
    shares the term of the row above."""
    lines = text.splitlines()
    try:
        start = lines.index("== List of officeholders ==")
    except ValueError:
        raise ValueError("no '== List of officeholders ==' section")
    rows = []
    last_term = None
    header_seen = False
    for line in lines[start + 1:]:
        if line.startswith("=="):
            break
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not header_seen:
            if cells[0] != "No.":
                raise ValueError("unexpected table header: %r" % line)
            header_seen = True
            continue
        first = ORDINAL.match(cells[0])
        if first:  # continuation of the previous holder into another term
            if not rows:
                raise ValueError("continuation row before any holder: %r" % line)
            last_term = int(first.group(1))
            rows[-1][1].append(last_term)
            continue
        if not cells[0].isdigit():
            raise ValueError("unexpected row: %r" % line)
        second = ORDINAL.match(cells[1])
        if second:
            last_term = int(second.group(1))
            name = cells[2]
        else:  # the term cell was merged with the row above
            if last_term is None:
                raise ValueError("holder without a term: %r" % line)
            name = cells[1]
        rows.append((name, [last_term]))
    return rows


def find_seeds_dir(root):
    env = os.environ.get("SUCCESSION_SEEDS_DIR")
    if env:
        return env
    base = os.environ.get("SUCCESSION_SOURCE_ROOT") or root
    return os.path.normpath(os.path.join(base, "..", "shared", "seeds"))


def check_seeds_against_expected(seeds_dir):
    texts = {}
    for name in sorted(os.listdir(seeds_dir)):
        if name.endswith(".txt"):
            with open(os.path.join(seeds_dir, name), encoding="utf-8") as f:
                text = f.read()
            first = text.splitlines()[0].strip() if text else ""
            for post, title in SEED_TITLES.items():
                if first == title:
                    texts[post] = (name, text)
    for post in SEED_TITLES:
        if post not in texts:
            fail("seeds: no seed document titled %r in %s" % (SEED_TITLES[post], seeds_dir))
            continue
        name, text = texts[post]
        try:
            parsed = parse_seed_table(text)
        except ValueError as e:
            fail("seeds: %s: %s" % (name, e))
            continue
        if parsed != EXPECTED[post]:
            fail("seeds: %s table differs from the list kept in this script:\n  seed:   %s\n  script: %s"
                 % (name, parsed, EXPECTED[post]))
        else:
            ok("seed %s (%s): %d holders, equal to the script's list" % (name, post, len(parsed)))


# ---------------------------------------------------------------------------------------------
def date_key(value):
    """Sort key of a reduced date (earliest day)."""
    if not value:
        return (9999, 99, 99)
    parts = [int(p) for p in value[:10].split("-")]
    while len(parts) < 3:
        parts.append(0)
    return tuple(parts)


def check_tables(data):
    persons = {p.get("id"): p for p in data.get("persons", [])}
    events = {e.get("id"): e for e in data.get("events", [])}
    for post, expected in EXPECTED.items():
        tenures = [m for m in data.get("memberships", [])
                   if m.get("post_id") == post and m.get("kind", "regular") != "vacancy"]
        tenures.sort(key=lambda m: date_key(m.get("start_date")))
        got = []
        for m in tenures:
            person = persons.get(m.get("person_id"))
            if person is None:
                fail("%s: membership %s names unknown person %r" % (post, m.get("id"), m.get("person_id")))
                continue
            terms = []
            for tid in m.get("term_ids") or ([m["legislative_period_id"]] if m.get("legislative_period_id") else []):
                ev = events.get(tid)
                if ev is None or not isinstance(ev.get("number"), int):
                    fail("%s: membership %s: term id %r is not a numbered event" % (post, m.get("id"), tid))
                    continue
                terms.append(ev["number"])
            got.append((m.get("id"), person.get("name"), terms))
        if len(got) != EXPECTED_COUNTS[post]:
            fail("%s: %d non-vacancy tenures, the seed lists %d" % (post, len(got), EXPECTED_COUNTS[post]))
        names = [g[1] for g in got]
        want_names = [e[0] for e in expected]
        if names != want_names:
            fail("%s: holders in chronological order differ from the seed:\n  data: %s\n  seed: %s"
                 % (post, names, want_names))
        for i, (mid, name, terms) in enumerate(got):
            if i < len(expected) and name == expected[i][0] and terms != expected[i][1]:
                fail("%s: tenure %d (%s, %s): terms %s, the seed gives %s"
                     % (post, i + 1, mid, name, terms, expected[i][1]))
        if names == want_names and all(g[2] == e[1] for g, e in zip(got, expected)):
            ok("%s: %d tenures, holders and terms as in the seed" % (post, len(got)))


def check_sources(data):
    bad = 0
    for i, m in enumerate(data.get("memberships", [])):
        mid = m.get("id") or "memberships[%d]" % i
        sources = m.get("sources") or []
        complete = [s for s in sources if all(isinstance(s.get(f), str) and s.get(f) for f in SOURCE_FIELDS)]
        if not complete:
            bad += 1
            if not sources:
                fail("membership %s has no source" % mid)
            else:
                missing = sorted({f for s in sources for f in SOURCE_FIELDS if not s.get(f)})
                fail("membership %s has no source with all of %s (missing: %s)"
                     % (mid, ", ".join(SOURCE_FIELDS), ", ".join(missing)))
    if not bad:
        ok("%d memberships each have a source with %s" % (len(data.get("memberships", [])), ", ".join(SOURCE_FIELDS)))


def check_person_names(data):
    bad = 0
    used_exceptions = set()
    for p in data.get("persons", []):
        pid = p.get("id")
        if not p.get("name"):
            fail("person %s has no name" % pid)
            bad += 1
        langs = {o.get("lang") for o in p.get("other_names") or [] if o.get("name")}
        missing = {"zh-Hans", "zh-Hant"} - langs
        allowed = PERSON_NAME_EXCEPTIONS.get(pid, set())
        if missing & allowed:
            used_exceptions.add(pid)
            print("note: person %s has no %s name (documented exception)" % (pid, " or ".join(sorted(missing & allowed))))
        missing -= allowed
        if missing:
            fail("person %s (%s) has no other_names in %s" % (pid, p.get("name"), ", ".join(sorted(missing))))
            bad += 1
    for pid in set(PERSON_NAME_EXCEPTIONS) - used_exceptions:
        fail("person %s is listed as an exception but has its Chinese names now: remove the exception" % pid)
    if not bad:
        ok("%d persons have a name and zh-Hans and zh-Hant names (%d documented exception(s))"
           % (len(data.get("persons", [])), len(used_exceptions)))


def check_descriptions(data):
    for section in ("organizations", "posts"):
        bad = 0
        for r in data.get(section, []):
            d = r.get("descriptions")
            if isinstance(d, str):
                d = {"en": d}
            missing = [l for l in LANGS if not (isinstance(d, dict) and isinstance(d.get(l), str) and d.get(l).strip())]
            if missing:
                bad += 1
                fail("%s %s has no descriptions in %s" % (section[:-1], r.get("id"), ", ".join(missing)))
        if not bad:
            ok("%d %s have descriptions in %s" % (len(data.get(section, [])), section, ", ".join(LANGS)))


def check_terms(data):
    events = {e.get("id"): e for e in data.get("events", [])}
    bad = 0
    for tid in TERM_EVENTS:
        ev = events.get(tid)
        if ev is None:
            fail("term event %s is missing" % tid)
            bad += 1
        elif not ev.get("start_date"):
            fail("term event %s has no start_date" % tid)
            bad += 1
    if not bad:
        ok("term events cppcc-1..14 and npc-1..14 exist with start dates")


def check_handovers(data):
    used = set()
    for post in FIXED_OFFICES:
        tenures = [m for m in data.get("memberships", [])
                   if m.get("post_id") == post and m.get("kind", "regular") in ("regular", "vacancy")]
        tenures.sort(key=lambda m: date_key(m.get("start_date")))
        bad = 0
        gaps = 0
        for prev, nxt in zip(tenures, tenures[1:]):
            pair = (prev.get("id"), nxt.get("id"))
            end, start = prev.get("end_date"), nxt.get("start_date")
            if end and start and end == start:
                continue
            if pair in HANDOVER_EXCEPTIONS:
                used.add(pair)
                gaps += 1
                print("note: %s: %s ends %s, %s starts %s%s (documented gap)"
                      % (post, pair[0], end or "(unknown)", pair[1],
                         ("%s " % nxt["start_date_qualifier"]) if nxt.get("start_date_qualifier") else "", start))
                continue
            bad += 1
            fail("%s: handover %s -> %s: predecessor end_date %s != successor start_date %s"
                 % (post, pair[0], pair[1], end or "(none)", start or "(none)"))
        if not bad:
            ok("%s: %d tenures; every handover date is shared by predecessor and successor%s"
               % (post, len(tenures), " except %d documented gap(s)" % gaps if gaps else ""))
    for pair in HANDOVER_EXCEPTIONS - used:
        fail("handover exception %s -> %s is no longer needed (or the ids changed): remove it" % pair)


def main():
    if len(sys.argv) != 2:
        print("usage: check-seed-tables.py SOURCE_ROOT", file=sys.stderr)
        return 2
    root = sys.argv[1]
    with open(os.path.join(root, "data", "succession.json"), encoding="utf-8") as f:
        data = json.load(f)

    for post, expected in EXPECTED.items():
        if len(expected) != EXPECTED_COUNTS[post]:
            fail("script: %s lists %d holders, count says %d" % (post, len(expected), EXPECTED_COUNTS[post]))

    seeds_dir = find_seeds_dir(root)
    if os.path.isdir(seeds_dir):
        check_seeds_against_expected(seeds_dir)
    else:
        print("skip seeds: %s not found; using the lists kept in this script" % seeds_dir)

    check_tables(data)
    check_sources(data)
    check_person_names(data)
    check_descriptions(data)
    check_terms(data)
    check_handovers(data)

    if failures:
        print("%d problem(s)" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
