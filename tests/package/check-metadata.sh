#!/usr/bin/env bash
# Validates the Linux desktop metadata as generated in the build tree, without building a
# package: the AppStream metainfo (appstreamcli validate --no-net) carries a release of the
# project version and the same id as the .desktop file, which desktop-file-validate
# accepts (hints allowed).
#
# usage: check-metadata.sh <metainfo.xml> <file.desktop> <version>
set -euo pipefail

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

[ $# -eq 3 ] || fail "usage: $0 <metainfo.xml> <file.desktop> <version>"
metainfo=$1
desktop=$2
version=$3
for tool in appstreamcli desktop-file-validate; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is missing: run tools/ensure-deps.sh"
done

appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
complaints=$(desktop-file-validate "$desktop" | grep -v ': hint: ' || true)
[ -z "$complaints" ] || fail "desktop-file-validate: $complaints"

id=$(basename "$desktop" .desktop)
grep -qF "<id>$id</id>" "$metainfo" || fail "the metainfo's <id> is not $id"
grep -qF "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "the metainfo does not launch $id.desktop"
grep -qxF "Icon=$id" "$desktop" || fail "the .desktop file's icon is not $id"
grep -qF "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
grep -qF "<binary>odag-admin</binary>" "$metainfo" || fail "the metainfo does not provide the odag-admin binary"
echo PASS
