#!/bin/sh
# Every catalogue is complete: no untranslated and no fuzzy message.
set -eu
status=0
for po in "$@"; do
  stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1)
  echo "$(basename "$po"): $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) status=1 ;;
  esac
done
exit $status
