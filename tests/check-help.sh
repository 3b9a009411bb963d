#!/bin/sh
# The user help: every page is valid Mallard, every link leads to a page that exists, every
# page is linked from a guide; each translation in help/LINGUAS, merged by itstool as the
# install does, merges without a markup error and is valid Mallard with working links too.
#
#   check-help.sh HELP_DIR
set -eu
help_dir=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$help_dir/C"
pages=$(ls *.page)
yelp-check validate $pages
yelp-check links .
yelp-check orphans .
yelp-check ids .
echo "C: $(echo $pages | wc -w) pages valid, links and guides complete"

for lang in $(cat "$help_dir/LINGUAS"); do
  mkdir "$work/$lang"
  msgfmt -o "$work/$lang.mo" "$help_dir/$lang/$lang.po"
  # itstool keeps the English text of a translation whose markup it cannot merge, and says so.
  itstool -m "$work/$lang.mo" -o "$work/$lang/" $pages legal.xml 2>"$work/$lang.log"
  if [ -s "$work/$lang.log" ]; then
    cat "$work/$lang.log" >&2
    echo "$lang: itstool could not merge every translation" >&2
    exit 1
  fi
  (cd "$work/$lang" && yelp-check validate $pages && yelp-check links .)
  echo "$lang: merged pages valid, links complete"
done
