#!/usr/bin/env bash
# The man pages are written by hand: every option a program's --help lists must be
# described in its page, so the two cannot drift apart unnoticed.
# usage: check-man-pages.sh <man-page-dir> <program>...
set -euo pipefail
mandir=$1
shift
status=0
for program in "$@"; do
  name=$(basename "$program")
  page=$mandir/$name.1
  [ -f "$page" ] || { echo "FAIL: no man page $page" >&2; exit 1; }
  for option in $("$program" --help | grep -oE -- '(^|[ ,])--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+' | sort -u); do
    roff=${option//-/\\-} # roff writes every hyphen as \-
    if ! grep -qF -- "$roff" "$page"; then
      echo "FAIL: $page does not describe $option (listed by $name --help)" >&2
      status=1
    fi
  done
done
[ $status -eq 0 ] && echo PASS
exit $status
