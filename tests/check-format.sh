#!/bin/sh
# The .c files follow .clang-format (clang-format 14, Debian 12's); the headers, whose
# prototypes are aligned in columns by hand, do not. To format them, run
#   clang-format-14 -i $(find src tests -name '*.c')
# from the source tree to format them. A newer clang-format formats some things differently,
# so the check asks for version 14 by name.
set -eu
cd "$1"
files=$(find src tests -name '*.c' | sort)
if ! clang-format-14 --dry-run --Werror $files; then
  echo "These sources are not formatted as .clang-format says; run clang-format-14 -i on them." >&2
  exit 1
fi
echo "$(echo "$files" | wc -l) sources formatted as .clang-format says"
