#!/usr/bin/env python3
"""Every address the bundled dataset cites is on a host docs/dataset-source-hosts.tsv lists and
classifies, a source on a mirror or copy host says so in its publisher, naming what it copies, and a
record's sources come best first: official and press before copies, copies before encyclopedias and
mirrors."""
import csv
import json
import re
import sys
import urllib.parse
from pathlib import Path

root = Path(sys.argv[1])
data = json.loads((root / "data" / "succession.json").read_text(encoding="utf-8"))
lines = [l for l in (root / "docs" / "dataset-source-hosts.tsv").read_text(encoding="utf-8").splitlines()
         if l and not l.startswith("#")]
hosts = {row["host"]: row for row in csv.DictReader(lines, delimiter="\t")}
kinds = {"official", "press", "encyclopedia", "mirror", "copy", "other"}
names_a_copy = re.compile(r"mirror|copy|reprint|via |Kiwix|archive|proxy|proxied", re.I)

failures = []
cited = {}


def walk(node, where):
    if isinstance(node, dict):
        url = node.get("url")
        if isinstance(url, str):
            host = (urllib.parse.urlparse(url).hostname or "").rstrip(".")
            cited.setdefault(host, []).append((where, node.get("publisher", "")))
        for key, value in node.items():
            walk(value, where)
    elif isinstance(node, list):
        for value in node:
            walk(value, where)


for section in ("organizations", "posts", "persons", "events", "memberships"):
    for record in data.get(section, []):
        walk(record, f"{section}/{record.get('id')}")
walk(data.get("meta", {}), "meta")

for host, uses in sorted(cited.items()):
    row = hosts.get(host)
    if row is None:
        failures.append(f"{host}: cited by {uses[0][0]} but not in docs/dataset-source-hosts.tsv")
        continue
    if row["kind"] not in kinds:
        failures.append(f"{host}: unknown kind {row['kind']!r}")
    if row["kind"] in ("mirror", "copy"):
        if not row["what"].strip():
            failures.append(f"{host}: a {row['kind']} must say what it copies")
        for where, publisher in uses:
            if not names_a_copy.search(publisher):
                failures.append(f"{where}: the source on {host} ({row['kind']}) does not name itself a copy: {publisher!r}")
    elif row["kind"] in ("official", "press", "encyclopedia"):
        for where, publisher in uses:
            if re.search(r"mirror", publisher, re.I):
                failures.append(f"{where}: {host} is listed as {row['kind']} but the source calls it a mirror")

# The first source is the one a table prints: the best there is.
rank = {"official": 0, "press": 0, "copy": 1, "other": 2, "encyclopedia": 3, "mirror": 3}
for section in ("persons", "memberships"):
    for record in data.get(section, []):
        ranks = []
        for source in record.get("sources", []):
            host = (urllib.parse.urlparse(source.get("url", "")).hostname or "").rstrip(".")
            if host in hosts and hosts[host]["kind"] in rank:
                ranks.append(rank[hosts[host]["kind"]])
        if ranks != sorted(ranks):
            failures.append(f"{section}/{record.get('id')}: sources not best first")

for host in sorted(set(hosts) - set(cited)):
    failures.append(f"{host}: listed in docs/dataset-source-hosts.tsv but cited by nothing")

counts = {}
for row in hosts.values():
    counts[row["kind"]] = counts.get(row["kind"], 0) + 1
print(f"{len(cited)} hosts cited: " + ", ".join(f"{counts[k]} {k}" for k in sorted(counts)))
for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
