#!/usr/bin/env bash
# Builds the Linux packages (DEB, RPM, TGZ) from the build tree with cpack and checks what
# each carries: both programs, the .desktop entry, the AppStream metainfo, the hicolor
# icons, the man pages and the copyright file; the version; the dependencies (the Qt
# libraries from dpkg-shlibdeps / rpm's automatic requires, plus the plugins they cannot
# see). The installed tree is validated with appstreamcli validate-tree and
# desktop-file-validate. Leaves the packages in <out-dir> for package_install_deb.
#
# usage: package-contents.sh <build-dir> <version> <out-dir> <app-id>
set -euo pipefail

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

[ $# -eq 4 ] || fail "usage: $0 <build-dir> <version> <out-dir> <app-id>"
build=$1
version=$2
out=$3
id=$4
for tool in cpack dpkg-deb dpkg-shlibdeps rpm rpmbuild tar appstreamcli desktop-file-validate man; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is missing: run tools/ensure-deps.sh"
done

start=$(date +%s)
rm -rf "$out"
mkdir -p "$out"
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;RPM;TGZ" -B "$out" >"$out/cpack.log" 2>&1; then
  tail -n 40 "$out/cpack.log" >&2
  fail "cpack failed (log: $out/cpack.log)"
fi
rm -rf "$out/_CPack_Packages"
echo "cpack made DEB, RPM and TGZ in $(($(date +%s) - start)) s:"
ls -l "$out"

shopt -s nullglob
debs=("$out"/odag-admin_"$version"_*.deb)
rpms=("$out"/odag-admin-"$version"-*.rpm)
tgzs=("$out"/odag-admin-"$version"-*.tar.gz)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "no odag-admin_${version}_*.deb"
[ ${#rpms[@]} -eq 1 ] || fail "no odag-admin-${version}-*.rpm"
[ ${#tgzs[@]} -eq 1 ] || fail "no odag-admin-${version}-*.tar.gz"

expected=(
  bin/odag-admin
  bin/odag-sandbox
  share/applications/$id.desktop
  share/metainfo/$id.metainfo.xml
  share/icons/hicolor/scalable/apps/$id.svg
  share/man/man1/odag-admin.1.gz
  share/man/man1/odag-sandbox.1.gz
  share/doc/odag-admin/copyright
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done

check_list() { # <what> <prefix> <listing file, one absolute path a line>
  local what=$1 prefix=$2 listing=$3 path
  for path in "${expected[@]}"; do
    grep -qxF "${prefix}${path}" "$listing" || fail "$what lacks ${prefix}${path}"
  done
}

# DEB: files, version, dependencies.
dpkg-deb -c "${debs[0]}" | awk '{print $NF}' | sed 's|^\./|/|' >"$out/deb.list"
check_list DEB /usr/ "$out/deb.list"
[ "$(dpkg-deb -f "${debs[0]}" Version)" = "$version" ] || fail "DEB version is $(dpkg-deb -f "${debs[0]}" Version), not $version"
depends=$(dpkg-deb -f "${debs[0]}" Depends)
for dep in libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 libqt6sql6-sqlite libqt6svg6 libc6; do
  grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "DEB Depends lacks $dep: $depends"
done
echo "DEB Depends: $depends"

# RPM: files, version, requires.
rpm -qlp "${rpms[0]}" 2>/dev/null >"$out/rpm.list"
check_list RPM /usr/ "$out/rpm.list"
[ "$(rpm -qp --queryformat '%{VERSION}' "${rpms[0]}" 2>/dev/null)" = "$version" ] || fail "RPM version is not $version"
requires=$(rpm -qpR "${rpms[0]}" 2>/dev/null)
for req in 'libQt6Widgets.so.6' 'libQt6Network.so.6' 'libQt6HttpServer.so.6' 'qt6-qtsvg'; do
  grep -qF "$req" <<<"$requires" || fail "RPM requires lack $req"
done
# The package must not claim directories the filesystem package owns.
if rpm -qp --queryformat '[%{FILENAMES}\n]' "${rpms[0]}" 2>/dev/null | grep -qxE '/usr/share/(applications|metainfo|icons|man/man1)'; then
  fail "RPM owns a system directory"
fi

# TGZ: a relocatable tree under odag-admin-VERSION-Linux/.
tar -tzf "${tgzs[0]}" | sed 's|^[^/]*/|/|' >"$out/tgz.list"
check_list TGZ / "$out/tgz.list"

# The installed tree, as the DEB lays it out.
tree=$(mktemp -d /tmp/odag-deb-tree.XXXXXX)
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "${debs[0]}" "$tree"
appstreamcli validate-tree --no-net "$tree" || fail "appstreamcli validate-tree rejects the installed tree"
complaints=$(desktop-file-validate "$tree/usr/share/applications/$id.desktop" | grep -v ': hint: ' || true)
[ -z "$complaints" ] || fail "desktop-file-validate: $complaints"
grep -q "<release version=\"$version\"" "$tree/usr/share/metainfo/$id.metainfo.xml" || fail "the metainfo has no release $version"
for page in odag-admin odag-sandbox; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$tree/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man page $page.1 has roff warnings: $warnings"
done
# Packages are stripped, whatever the build type.
if readelf -S "$tree/usr/bin/odag-admin" 2>/dev/null | grep -q '\.debug_info'; then
  fail "usr/bin/odag-admin in the DEB still has debug information"
fi
echo "PASS in $(($(date +%s) - start)) s"
