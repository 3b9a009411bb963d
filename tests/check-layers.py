#!/usr/bin/env python3
"""The folders of src/ are layers: each may include headers of the layers before it and its own,
never of a later one or a sibling, and the layers without GTK include no GTK header. Prints one line
per breach and exits 1 when there is any (src/DESIGN.md draws the map)."""

import re
import sys
from pathlib import Path

# What each folder may include, besides itself.
ALLOWED = {
    "model": set(),
    "text": {"model"},
    "chart": {"model", "text"},
    "wikidata": {"model", "text"},
    "cli": {"model", "text", "chart", "wikidata"},
    "widgets": {"model", "text", "chart"},
    "pages": {"model", "text", "chart", "widgets"},
    "shell": {"model", "text", "chart", "wikidata", "cli", "widgets", "pages"},
}
NO_GTK = {"model", "text", "chart", "wikidata", "cli"}
# Headers the build generates, and the folder that owns each.
GENERATED = {
    "succession-model-enums.h": "model",
    "succession-format-enums.h": "text",
    "succession-wikidata-enums.h": "wikidata",
    "succession-shell-search-provider2.h": "shell",
}

root = Path(sys.argv[1]) / "src"
owner = dict(GENERATED)
files = []
for path in sorted(root.rglob("succession-*.[ch]")):
    folder = path.parent.name if path.parent != root else "shell"
    owner[path.name] = folder
    files.append((path, folder))

failures = []
for path, folder in files:
    text = path.read_text(encoding="utf-8")
    for header in re.findall(r'#include "([^"]+)"', text):
        if header == "config.h":
            continue
        layer = owner.get(header)
        if layer is None:
            failures.append(f"{path.relative_to(root.parent)}: includes {header}, which no layer has")
        elif layer != folder and layer not in ALLOWED[folder]:
            failures.append(f"{path.relative_to(root.parent)} ({folder}) includes {header} ({layer})")
    if folder in NO_GTK and re.search(r"#include <(gtk/|adwaita\.h|gdk/)", text):
        failures.append(f"{path.relative_to(root.parent)} ({folder}) includes a GTK header")

for failure in failures:
    print(failure)
print(f"{len(files)} files in {len(ALLOWED)} layers, {len(failures)} breaches")
sys.exit(1 if failures else 0)
