#!/usr/bin/python3
"""The Vice-Chairpersons of both bodies in data/succession.json, checked against their sources.

Usage: check-councils.py SOURCE_ROOT

- Each term of each body has as many Vice-Chairperson tenures as the source given below lists
  (those elected at the term's first session and those added later), with sort_order 1..N.
- A term whose list is only partly identified (the CPPCC's 4th and 5th National Committees, as the
  post's description says) has exactly the tenures identified so far; of them, exactly the number
  given below start on the day of the first session's vote, and those together with the tenures that
  may have started that day (a "before" start with that day as a recorded alternative) are no more
  than the source counts for that session.
- A tenure starts on the day the term's first session elected its leadership (the days below,
  those of the chairs' records), unless its note says it came later (a by-election, an addition)
  or its start is a known bound ("before" a later day: in office by then).
- Every tenure has a source with url, title, publisher, accessed and a locator.
- No tenure starts before its holder was born or ends after the holder died.
- No holder appears twice in one term's list, and each term's tenures end no later than the next
  term's election day.

Exits 1 with one line per problem.
"""

import collections
import json
import sys
from pathlib import Path

# post id -> term -> (vice-chairpersons the source lists, day the term elected its leadership,
# the source of the count). One tenure per holder and term. A partly identified term has a fourth
# value: (how many the source counts at the first session, how many of them are identified); its
# first value is then the number of tenures recorded, not a count from a source.
EXPECTED = {
    "npcsc-vice-chairperson": {
        "npc-1": (14, "1954-09-27", "China Daily: 13 elected in 1954, one added in 1958"),
        "npc-2": (16, "1959-04-27", "2nd NPC: session list"),
        "npc-3": (18, "1965-01-03", "3rd NPC 1st session list"),
        "npc-4": (23, "1975-01-17", "4th NPC: 22 elected, Deng Yingchao added"),
        "npc-5": (25, "1978-03-05", "5th NPC: 20 elected, 5 added in September 1980"),
        "npc-6": (20, "1983-06-18", "《党的基本路线知识全书》 p. 832"),
        "npc-7": (19, "1988-04-08", "7th NPC 1st session list"),
        "npc-8": (19, "1993-03-27", "8th NPC 1st session list"),
        "npc-9": (19, "1998-03-16", "9th NPC 1st session list"),
        "npc-10": (15, "2003-03-15", "CCTV, 15 March 2003"),
        "npc-11": (13, "2008-03-15", "People's Daily Online, 15 March 2008"),
        "npc-12": (13, "2013-03-14", "People's Daily Online, 14 March 2013"),
        "npc-13": (14, "2018-03-17", "gov.cn, 17 March 2018"),
        "npc-14": (14, "2023-03-10", "People's Daily Online, 10 March 2023"),
    },
    "cppcc-vice-chairperson": {
        "cppcc-1": (5, "1949-10-09", "taiwan.cn, the 1st National Committee's first meeting"),
        "cppcc-2": (16, "1954-12-25", "Xinhua summary on taiwan.cn: Soong Ching-ling and 15 others"),
        "cppcc-3": (15, "1959-04", "Chinese Wikipedia list: 14 elected in April 1959, He Xiangning added in 1960"),
        # Partly identified (the post's description says so).
        "cppcc-4": (19, "1965-01-05", "Xinhua summary on taiwan.cn: Peng Zhen and 21 others (22) at the only "
                                      "session; 19 identified", (22, 19)),
        "cppcc-5": (33, "1978-03-08", "Xinhua summary on taiwan.cn: Ulanhu and 21 others (22) in 1978, 14 "
                                      "identified and 6 elected in 1978 or July 1979; added: 3 found of July "
                                      "1979, 8 in 1980, 2 in 1981", (22, 14)),
        "cppcc-6": (33, "1983-06", "CPPCC Daily, 23 September 1999: 29 elected in June 1983 (the list rebuilt from "
                                   "later lists); Ma Wenrui, Hua Luogeng, Wang Enmao and Lei Jieqiong added later"),
        "cppcc-7": (32, "1988-04-10", "CPPCC chronicle: Wang Renzhong and 27 others; 4 added from 1989 to 1991"),
        "cppcc-8": (28, "1993-03-27", "CPPCC Daily, 23 September 1999: 25 elected; Zhu Guangya and Wan Guoquan "
                                      "added in 1994, He Luli in 1996"),
        "cppcc-9": (31, "1998-03", "CPPCC Daily, 23 September 1999, and Xinhua, March 2003: 31"),
        "cppcc-10": (27, "2003-03-13", "CPPCC chronicle: Wang Zhongyu and 23 others; 3 added on 12 March 2005"),
        "cppcc-11": (26, "2008-03-13", "SCMP and Xinhua: 25 elected on 13 March 2008; Ho Hau Wah added on 13 March 2010"),
        "cppcc-12": (24, "2013-03-11", "Xinhua, 11 March 2013: 23 elected, Leung Chun-ying added in 2017"),
        "cppcc-13": (24, "2018-03-14", "Caixin citing Xinhua, 14 March 2018"),
        "cppcc-14": (23, "2023-03-10", "Xinhua, 10 March 2023"),
    },
}

LATER = ("by-election", "added", "later session")


def main():
    root = Path(sys.argv[1])
    data = json.loads((root / "data" / "succession.json").read_text(encoding="utf-8"))
    persons = {p["id"]: p for p in data["persons"]}
    failures = []

    for post_id, terms in EXPECTED.items():
        by_term = collections.defaultdict(list)
        for m in data["memberships"]:
            if m.get("post_id") == post_id:
                ids = m.get("term_ids") or [m.get("legislative_period_id")]
                if len(ids) != 1:
                    failures.append(f"{m['id']}: one term a tenure, not {ids}")
                    continue
                by_term[ids[0]].append(m)

        for term in sorted(set(by_term) - set(terms)):
            failures.append(f"{post_id}: tenures in {term}, which no source was checked for")
        ordered = sorted(terms, key=lambda t: int(t.split("-")[1]))
        for index, term in enumerate(ordered):
            count, elected, source, *partial = terms[term]
            tenures = by_term.get(term, [])
            if partial:
                session_count, identified = partial[0]
                if len(tenures) != count:
                    failures.append(f"{post_id} {term}: {len(tenures)} tenures, {count} are identified ({source})")
                on_the_day = [m for m in tenures
                              if m.get("start_date") == elected and not m.get("start_date_qualifier")]
                maybe = [m for m in tenures if m.get("start_date_qualifier") == "before" and any(
                    a.get("field") == "start_date" and a.get("value") == elected
                    for a in m.get("date_alternatives", []))]
                if len(on_the_day) != identified:
                    failures.append(f"{post_id} {term}: {len(on_the_day)} tenures start on {elected}, "
                                    f"{identified} of the {session_count} elected then are identified")
                if len(on_the_day) + len(maybe) > session_count:
                    failures.append(f"{post_id} {term}: {len(on_the_day)} elected on {elected} and {len(maybe)} "
                                    f"who may have been, more than the {session_count} the source counts")
            elif len(tenures) != count:
                failures.append(f"{post_id} {term}: {len(tenures)} tenures, the source ({source}) lists {count}")
            orders = sorted(m.get("sort_order", 0) for m in tenures)
            if orders != list(range(1, len(tenures) + 1)):
                failures.append(f"{post_id} {term}: sort_order is not 1..{len(tenures)}: {orders}")
            holders = collections.Counter(m.get("person_id") for m in tenures)
            for person, n in holders.items():
                if n > 1:
                    failures.append(f"{post_id} {term}: {person} listed {n} times")
            next_elected = terms[ordered[index + 1]][1] if index + 1 < len(ordered) else None

            for m in tenures:
                start = m.get("start_date")
                note = json.dumps(m.get("note", {}), ensure_ascii=False).lower()
                known_bound = m.get("start_date_qualifier") == "before" and start and start >= elected
                if start != elected and not known_bound and not any(word in note for word in LATER):
                    failures.append(f"{m['id']}: starts {start}, not on {elected}, and its note does not say why")
                end = m.get("end_date")
                if next_elected and end and end > next_elected:
                    failures.append(f"{m['id']}: ends {end}, after the next term's election on {next_elected}")

                sources = m.get("sources", [])
                if not sources:
                    failures.append(f"{m['id']}: no source")
                for s in sources:
                    for field in ("url", "title", "publisher", "accessed"):
                        if not s.get(field):
                            failures.append(f"{m['id']}: a source without {field}")
                if not any(s.get("locator") for s in sources):
                    failures.append(f"{m['id']}: no source says where in it the fact is (locator)")

                person = persons.get(m.get("person_id"))
                if person is None:
                    failures.append(f"{m['id']}: no person {m.get('person_id')!r}")
                    continue
                born, died = person.get("birth_date"), person.get("death_date")
                if born and start and start[:len(born)] < born[:len(start)]:
                    failures.append(f"{m['id']}: starts {start}, before {person['id']} was born ({born})")
                if died and end and end[:len(died)] > died[:len(end)]:
                    failures.append(f"{m['id']}: ends {end}, after {person['id']} died ({died})")
                if died and start and start[:len(died)] > died[:len(start)]:
                    failures.append(f"{m['id']}: starts {start}, after {person['id']} died ({died})")

    for failure in failures:
        print(failure)
    partial = [term for t in EXPECTED.values() for term, e in t.items() if len(e) > 3]
    print(f"{sum(sum(e[0] for e in t.values()) for t in EXPECTED.values())} tenures checked "
          f"({len(partial)} terms partly identified: {', '.join(partial)}), {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
