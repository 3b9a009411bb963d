#!/bin/sh
# Parse the flatpak manifest. flatpak-builder warns on unknown keys but exits 0,
# so anything it writes on stderr is a failure. Without flatpak-builder, the
# manifest must at least be valid JSON with the keys a GNOME app needs.
set -eu
manifest="$1"

if command -v flatpak-builder >/dev/null 2>&1; then
  err=$(flatpak-builder --show-manifest "$manifest" 2>&1 >/dev/null) || { echo "$err" >&2; exit 1; }
  if [ -n "$err" ]; then
    echo "flatpak-builder complained:" >&2
    echo "$err" >&2
    exit 1
  fi
  echo "parsed by flatpak-builder"
  exit 0
fi

python3 - "$manifest" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    m = json.load(f)
for key in ("id", "runtime", "runtime-version", "sdk", "command", "modules", "finish-args"):
    if key not in m:
        sys.exit(f"manifest lacks {key!r}")
if m["runtime"] != "org.gnome.Platform" or m["sdk"] != "org.gnome.Sdk":
    sys.exit("manifest must target org.gnome.Platform / org.gnome.Sdk")
# The network is for Wikidata (src/wikidata/).
allowed = {"--share=ipc", "--share=network", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}
extra = set(m["finish-args"]) - allowed
if extra:
    sys.exit(f"finish-args beyond what the app needs: {sorted(extra)}")
if not any(isinstance(mod, dict) and mod.get("buildsystem") == "meson" for mod in m["modules"]):
    sys.exit("no meson module builds the application")
print("parsed as JSON (flatpak-builder not installed)")
PY
