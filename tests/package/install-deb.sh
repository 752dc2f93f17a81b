#!/usr/bin/env bash
# Installs the odag-admin .deb into a clean Debian 12 root, made by debootstrap from
# Debian's own packages, and runs it there: `odag-admin --version` must print the CMake
# project's version, and an offscreen screenshot of the links workspace (embedded
# sandbox tenant, real HTTP on loopback) must produce a real picture. Proves that the
# package's Depends are complete: the root starts as minbase and gets only what apt
# resolves from them (--no-install-recommends).
#
# usage: install-deb.sh <package-dir-with-the-.deb> <version>
#
# The bootstrapped root is cached as a tarball in ${XDG_CACHE_HOME:-~/.cache}/odag-admin/
# (rebuilt after 7 days) and the downloaded .debs in apt-archives/ next to it, so reruns
# need the network only for what changed. Needs root (chroot, mount) and, the first time,
# http://deb.debian.org.
set -euo pipefail

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

[ $# -eq 2 ] || fail "usage: $0 <package-dir> <version>"
pkgdir=$1
version=$2
mirror=${ODAG_DEBIAN_MIRROR:-http://deb.debian.org/debian}

# A developer running the suite as a user with password-less sudo gets the same test.
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  exec sudo -n --preserve-env=XDG_CACHE_HOME,ODAG_DEBIAN_MIRROR "$0" "$@"
fi
[ "$(id -u)" -eq 0 ] || fail "this test needs root (debootstrap, chroot and mount); run the suite as root or in a container started with --privileged"
for tool in debootstrap chroot mount umount tar dpkg; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is missing: run tools/ensure-deps.sh (it installs debootstrap)"
done

shopt -s nullglob
debs=("$pkgdir"/odag-admin_"$version"_*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one odag-admin_${version}_*.deb in $pkgdir (made by the package_contents test), found ${#debs[@]}"
deb=${debs[0]}

arch=$(dpkg --print-architecture)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/odag-admin
tarball=$cache/debian12-minbase-$arch.tar.gz
archives=$cache/apt-archives-$arch
mkdir -p "$cache" "$archives/partial"

root=$(mktemp -d /tmp/odag-deb-root.XXXXXX)
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -l "${mounted[$i]}" 2>/dev/null || echo "warning: could not unmount ${mounted[$i]}" >&2
  done
  # Only delete the root when nothing is mounted in it any more.
  if ! grep -q " $root/" /proc/mounts; then
    rm -rf "$root"
  else
    echo "warning: $root still has mounts; left in place" >&2
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_in_root() { # <mount args...> <target inside root>
  local target=$root/${*: -1}
  mkdir -p "$target"
  mount "${@:1:$#-1}" "$target" || fail "cannot mount $target (needs root with CAP_SYS_ADMIN; in Docker use --privileged)"
  mounted+=("$target")
}

start=$(date +%s)
# One bootstrap at a time per cache (several build trees may run this test).
exec 9>"$cache/.lock"
flock 9
if [ ! -f "$tarball" ] || [ -n "$(find "$tarball" -mtime +7)" ]; then
  echo "Bootstrapping a minimal Debian 12 root from $mirror (once; cached in $tarball)..."
  boot=$(mktemp -d /tmp/odag-debootstrap.XXXXXX)
  chmod 755 "$boot"
  if ! debootstrap --variant=minbase --arch="$arch" bookworm "$boot" "$mirror" >"$cache/debootstrap.log" 2>&1; then
    tail -n 20 "$cache/debootstrap.log" >&2
    rm -rf "$boot"
    fail "debootstrap could not build a Debian 12 root from $mirror (no network?); log: $cache/debootstrap.log"
  fi
  # A Debian 12 system as installed: main, updates and security.
  cat >"$boot/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
  cp /etc/resolv.conf "$boot/etc/resolv.conf"
  chroot "$boot" apt-get update -qq || { rm -rf "$boot"; fail "apt-get update failed in the new root (no network?)"; }
  chroot "$boot" apt-get clean
  tar -C "$boot" -czf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
  rm -rf "$boot"
  echo "Root cached after $(($(date +%s) - start)) s."
fi
flock -u 9

tar -C "$root" -xzf "$tarball"
chmod 755 "$root" # it becomes /, which apt's _apt user must be able to enter
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A throwaway root: dpkg need not fsync every file it unpacks (several times faster).
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/odag-unsafe-io"
echo "Unpacked the cached root in $(($(date +%s) - start)) s."
mount_in_root -t proc proc /proc
mount_in_root --bind /dev /dev
mount_in_root --bind "$archives" /var/cache/apt/archives
cp "$deb" "$root/tmp/odag-admin.deb"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home LANG=C.UTF-8 "$@"; }
install_deb() {
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/odag-admin.deb \
    >"$root/tmp/apt.log" 2>&1
}
if ! install_deb; then
  # The cached package lists may name versions the mirror has replaced since.
  echo "apt-get install failed; refreshing the package lists and trying again"
  in_root apt-get update -qq || fail "apt-get update failed in the root (no network?)"
  install_deb || { tail -n 30 "$root/tmp/apt.log" >&2; fail "apt-get install of $(basename "$deb") failed in a clean Debian 12 root"; }
fi
echo "Installed $(basename "$deb") with $(grep -c '^Unpacking' "$root/tmp/apt.log") packages in $(($(date +%s) - start)) s."

status=$(in_root dpkg-query -W -f='${Status} ${Version}' odag-admin)
[ "$status" = "install ok installed $version" ] || fail "dpkg says '$status', expected 'install ok installed $version'"

out=$(in_root odag-admin --version) || fail "odag-admin --version failed in the root: $out"
[ "$out" = "odag-admin $version" ] || fail "odag-admin --version printed '$out', expected 'odag-admin $version'"
echo "odag-admin --version: $out"
out=$(in_root odag-sandbox --version) || fail "odag-sandbox --version failed in the root: $out"
[ "$out" = "odag-sandbox $version" ] || fail "odag-sandbox --version printed '$out', expected 'odag-sandbox $version'"

mkdir -p "$root/tmp/home"
if ! in_root env QT_QPA_PLATFORM=offscreen timeout 180 odag-admin --screenshot /tmp/s.png --view links \
  --sandbox-data /tmp/sandbox >"$root/tmp/screenshot.log" 2>&1; then
  tail -n 30 "$root/tmp/screenshot.log" >&2
  fail "odag-admin --screenshot failed in the root"
fi
png=$root/tmp/s.png
[ -f "$png" ] || fail "odag-admin --screenshot wrote no file"
size=$(stat -c %s "$png")
# The PNG header (8 bytes), then IHDR: width and height as 32-bit big-endian numbers.
magic=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
[ "$magic" = "89504e470d0a1a0a" ] || fail "the screenshot is not a PNG file"
width=$((16#$(od -An -tx1 -j16 -N4 "$png" | tr -d ' \n')))
height=$((16#$(od -An -tx1 -j20 -N4 "$png" | tr -d ' \n')))
[ "$width" -ge 800 ] && [ "$height" -ge 500 ] || fail "the screenshot is only ${width}x${height}"
# A window with text and tables compresses far worse than an empty or uniform one.
[ "$size" -ge 30000 ] || fail "the screenshot is only $size bytes: an empty window?"
cp "$png" "$pkgdir/installed-screenshot.png"
echo "Screenshot in the installed root: ${width}x${height}, $size bytes (copied to $pkgdir/installed-screenshot.png)."
echo "PASS in $(($(date +%s) - start)) s"
