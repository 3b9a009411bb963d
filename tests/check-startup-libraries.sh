#!/bin/sh
# What the program maps before it runs: libsoup and the libraries it brings (Kerberos, SQLite,
# libpsl…) are loaded only when Wikidata is first asked (src/wikidata/succession-soup.c), so a
# start that never asks does not pay for them. The dynamic loader lists what it would load
# (LD_TRACE_LOADED_OBJECTS, as ldd does) without running the program.
#
#   check-startup-libraries.sh PROGRAM
set -eu
loaded=$(LD_TRACE_LOADED_OBJECTS=1 "$1")

# The list is the real one: the program does link GTK.
echo "$loaded" | grep -q 'libgtk-4\.so' || { echo "no libgtk-4 in the list of $1:"; echo "$loaded"; exit 1; }

for library in libsoup-3.0 libkrb5 libsqlite3 libpsl libnghttp2; do
  if echo "$loaded" | grep -q "$library"; then
    echo "$1 loads $library at start:"
    echo "$loaded" | grep "$library"
    exit 1
  fi
done
echo "$(echo "$loaded" | wc -l) libraries at start, none of them libsoup's"
