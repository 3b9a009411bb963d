#!/usr/bin/python3
"""The date and source conventions of data/succession.json (docs/dataset-format.md, "Dates of office").

Usage: check-conventions.py SOURCE_ROOT

- No tenure starts or ends, to the day, on the opening day of an NPC or CPPCC session (a term's first
  day): an elected holder takes office on the day of the vote, which is later in the session. The only
  exceptions are the terms whose first meeting was itself the vote (EXCEPTIONS below), and dates a
  qualifier marks as a bound ("before", "after", "circa").
- Every tenure has an official, press, reprinted or other non-encyclopedic source that names its holder, or
  says with the meta note "no-primary-source-found" that none was found (a report cited for the date only
  says in its note that it does not name the holder).
- A traditional name keeps the 于 of a personal name (于 and 於 are distinct characters in names); a
  converted 於 is accepted only with a note on the person.
- Every disagreement recorded on a tenure has a value, a source and a note.
- A cited page whose address carries its publication date (news and government sites: /2003-03-13/,
  /2023/0311/, t20090903_, a newspaper archive's issue path) has that date as its "date", unless it is an
  encyclopedia or a mirror of one (their pages change; the access date is what dates them).

Exits 1 with one line per problem.
"""

import csv
import datetime
import json
import re
import sys
import urllib.parse
from pathlib import Path

# Terms whose first day was the day of the election: the 1st CPPCC National Committee met once, on
# 9 October 1949, and elected its chair and officers at that meeting.
EXCEPTIONS = {"cppcc-1"}
NO_SOURCE_NOTE = "no-primary-source-found"
NOT_NAMED = "it does not name this holder"

# Where a news or government site's address holds the page's date. A date before 1995 counts only in a
# newspaper archive's issue path: elsewhere it is the date of the event a page is about.
ARCHIVE_DATES = [r"renminribao/(\d{4})/(\d{1,2})/(\d{1,2})/", r"/01gmrb/(\d{4})-(\d{2})/(\d{2})/"]
URL_DATES = [r"/(\d{4})-(\d{2})/(\d{2})/", r"/(\d{4})-(\d{2})-(\d{2})/", r"/n\d?/(\d{4})/(\d{2})(\d{2})/",
             r"/(\d{4})/(\d{2})(\d{2})/", r"/(\d{4})/(\d{2})/(\d{2})/", r"[/_]t(\d{4})(\d{2})(\d{2})_",
             r"/(\d{4})(\d{2})(\d{2})/", r"/(\d{4})(\d{2})/(\d{2})/"]


def date_in_url(url, accessed):
    for patterns, archive in ((ARCHIVE_DATES, True), (URL_DATES, False)):
        for pattern in patterns:
            found = re.search(pattern, url)
            if not found:
                continue
            try:
                day = datetime.date(*(int(g) for g in found.groups()))
            except ValueError:
                continue
            if day.isoformat() <= accessed and (archive or day.year >= 1995):
                return day.isoformat()
    return None


def main():
    root = Path(sys.argv[1])
    data = json.loads((root / "data" / "succession.json").read_text(encoding="utf-8"))
    lines = [l for l in (root / "docs" / "dataset-source-hosts.tsv").read_text(encoding="utf-8").splitlines()
             if l and not l.startswith("#")]
    hosts = {row["host"]: row["kind"] for row in csv.DictReader(lines, delimiter="\t")}
    openings = {e["start_date"]: e["id"] for e in data["events"]
                if e.get("start_date") and len(e["start_date"]) == 10 and e["id"] not in EXCEPTIONS}
    failures = []

    for m in data["memberships"]:
        for field in ("start_date", "end_date"):
            value = m.get(field)
            if value in openings and not m.get(field + "_qualifier"):
                failures.append(f"{m['id']}: {field} {value} is the opening day of {openings[value]}, not a vote day")

        if m.get("kind") != "vacancy" or m.get("sources"):
            kinds = [hosts.get((urllib.parse.urlparse(s.get("url", "")).hostname or "").rstrip("."))
                     for s in m.get("sources", [])]
            # A primary source that gives a tenure's date but says it does not name the holder
            # (an election report that only counts them) leaves the holder on encyclopedias.
            primary = any(k in ("official", "press", "copy", "other") and NOT_NAMED not in s.get("note", "")
                          for k, s in zip(kinds, m.get("sources", [])))
            if not primary and NO_SOURCE_NOTE not in m.get("note_ids", []):
                failures.append(f"{m['id']}: only encyclopedias and mirrors, and no note that nothing else was found")
            if primary and NO_SOURCE_NOTE in m.get("note_ids", []):
                failures.append(f"{m['id']}: says no primary source was found, but cites one")

        for source in m.get("sources", []):
            host = (urllib.parse.urlparse(source.get("url", "")).hostname or "").rstrip(".")
            dated = date_in_url(source.get("url", ""), source.get("accessed", "9999"))
            if dated and not source.get("date") and hosts.get(host) not in ("encyclopedia", "mirror"):
                failures.append(f"{m['id']}: {source['url']} is dated {dated} by its address, and the source has no date")

        for alt in m.get("date_alternatives", []):
            if not alt.get("value") or not alt.get("sources") or not alt.get("note"):
                failures.append(f"{m['id']}: a disagreement on {alt.get('field')} without its value, source or note")

    for p in data["persons"]:
        names = {o.get("lang"): o.get("name", "") for o in p.get("other_names", [])}
        simplified, traditional = names.get("zh-Hans", ""), names.get("zh-Hant", "")
        for a, b in zip(simplified, traditional):
            if a == "于" and b == "於" and not p.get("note"):
                failures.append(f"{p['id']}: {traditional} writes 於 for the 于 of {simplified}")

    for failure in failures:
        print(failure)
    print(f"{len(data['memberships'])} tenures checked, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
