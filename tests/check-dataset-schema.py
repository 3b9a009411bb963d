#!/usr/bin/python3
"""Validate the bundled dataset against the project's schema and Popolo's own schemas.

Usage: check-dataset-schema.py SOURCE_ROOT

1. data/succession.json against data/succession-dataset.schema.json (JSON Schema draft-07).
2. Every record of organizations, posts, persons, memberships and events in data/succession.json
   against Popolo's schema for that kind of record (draft-03), with $ref between the Popolo
   schema files resolved by their ids (http://www.popoloproject.com/schemas/<name>.json#).
   The Popolo schemas are read from tests/data/popolo-schemas/ (CC BY 4.0, see the README there),
   or from the directory in POPOLO_SCHEMA_DIR when that is set.
3. The Popolo files of another producer in ../shared/popolo-samples/ (when that directory exists,
   or POPOLO_SAMPLES_DIR) against the project's schema: the format promises to open them as they are.

Runs with Debian's /usr/bin/python3 and python3-jsonschema. Exits 1 with one line per problem.
"""

import json
import os
import sys
import warnings

try:
    import jsonschema
    from jsonschema import Draft3Validator, Draft7Validator, FormatChecker
except ImportError:  # pragma: no cover
    print("SKIP: python3-jsonschema is not installed for", sys.executable)
    sys.exit(77)

warnings.filterwarnings("ignore", category=DeprecationWarning)

POPOLO_BASE = "http://www.popoloproject.com/schemas/"
SECTIONS = {
    "organizations": "organization",
    "posts": "post",
    "persons": "person",
    "memberships": "membership",
    "events": "event",
}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def where(error):
    return "/".join(str(p) for p in error.absolute_path) or "(top)"


def record_name(section, index, record):
    rid = record.get("id") if isinstance(record, dict) else None
    return "%s[%d]%s" % (section, index, " (id %s)" % rid if rid else "")


def check_against_project_schema(validator, path, label):
    data = load(path)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    for e in errors:
        fail("%s: %s: %s" % (label, where(e), e.message))
    counts = ", ".join("%d %s" % (len(data.get(k) or []), k)
                       for k in ("organizations", "posts", "persons", "memberships", "events", "areas")
                       if isinstance(data.get(k), list))
    print("%s %s against the project schema (%s)" % ("ok  " if not errors else "BAD ", label, counts))
    return data


def main():
    if len(sys.argv) != 2:
        print("usage: check-dataset-schema.py SOURCE_ROOT", file=sys.stderr)
        return 2
    root = sys.argv[1]
    dataset_path = os.path.join(root, "data", "succession.json")
    schema_path = os.path.join(root, "data", "succession-dataset.schema.json")
    popolo_dir = os.environ.get("POPOLO_SCHEMA_DIR") or os.path.join(root, "tests", "data", "popolo-schemas")
    samples_dir = os.environ.get("POPOLO_SAMPLES_DIR") or os.path.join(root, "..", "shared", "popolo-samples")

    # 1. The project's schema.
    schema = load(schema_path)
    Draft7Validator.check_schema(schema)
    project = Draft7Validator(schema, format_checker=FormatChecker())
    print("schema %s is a valid draft-07 schema" % os.path.relpath(schema_path, root))
    data = check_against_project_schema(project, dataset_path, "data/succession.json")

    # 2. Popolo's schemas, record by record.
    store = {}
    for name in sorted(os.listdir(popolo_dir)):
        if name.endswith(".json"):
            s = load(os.path.join(popolo_dir, name))
            Draft3Validator.check_schema(s)
            store[s.get("id", POPOLO_BASE + name + "#")] = s
            store[POPOLO_BASE + name] = s
    print("loaded %d Popolo schemas from %s" % (len([k for k in store if k.endswith("#")]), popolo_dir))
    for section, kind in SECTIONS.items():
        key = POPOLO_BASE + kind + ".json#"
        if key not in store:
            fail("Popolo schema %s.json missing from %s" % (kind, popolo_dir))
            continue
        resolver = jsonschema.RefResolver(base_uri=key, referrer=store[key], store=store)
        validator = Draft3Validator(store[key], resolver=resolver, format_checker=FormatChecker())
        records = data.get(section) or []
        bad = 0
        for i, record in enumerate(records):
            errors = sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path))
            for e in errors:
                fail("data/succession.json: %s: %s: not valid Popolo %s: %s"
                     % (record_name(section, i, record), where(e), kind, e.message))
            bad += bool(errors)
        print("%s %d %s against Popolo %s.json" % ("ok  " if not bad else "BAD ", len(records), section, kind))

    # 3. Plain Popolo files from another producer against the project's schema.
    if os.path.isdir(samples_dir):
        for name in sorted(os.listdir(samples_dir)):
            if name.endswith(".json"):
                check_against_project_schema(project, os.path.join(samples_dir, name), "popolo sample " + name)
    else:
        print("skip popolo samples: %s not found (set POPOLO_SAMPLES_DIR)" % samples_dir)

    if failures:
        print("%d problem(s)" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
