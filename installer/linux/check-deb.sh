#!/usr/bin/env bash
# CI check of the Linux installer, end to end (issue 9):
#   1. builds the .deb with the Maven profile (mvn -B -ntp -Pinstaller package -DskipTests),
#   2. installs it with dpkg -i,
#   3. makes a demo store with the installed launcher's command line, in the default data folder of a fresh HOME,
#      and runs its verify and export commands (so a module missing from the jlink'ed runtime shows),
#   4. starts the installed launcher /opt/daicho/bin/Daicho under Xvfb and times the cold start to the login
#      window (window mapped, then window painted), takes a screenshot, closes the app; starts it once more
#      (warm start),
#   5. removes the package with dpkg -r (then purges it) and checks that /opt/daicho is gone and the records
#      are untouched.
# Prints the .deb size, the installed size and the start times; exits non-zero with a message on any failure.
#
# Usage: installer/linux/check-deb.sh [--build-dir DIR] [--no-build] [-- extra Maven arguments, e.g. -o]
#   --build-dir DIR  Maven build folder (-Dbuild.dir), default target/
#   --no-build       use the .deb already in DIR/installer/package
# Needs: root (dpkg -i), JDK 17 and Maven. Installs with apt-get what is missing: fakeroot, dpkg-dev, xvfb,
# xdotool, imagemagick (import), xdg-utils, libgtk-3-0, libgl1, fonts-ipafont-gothic and the .deb's dependencies.
# Environment: CHECK_DEB_TIMEOUT (seconds to wait for a window, default 180).
set -euo pipefail
cd "$(dirname "$0")/../.."
project="$(pwd)"
build_dir="$project/target"
build=true
mvn_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir="$(realpath -m "$2")"; shift 2 ;;
    --no-build) build=false; shift ;;
    --) shift; mvn_extra=("$@"); break ;;
    *) echo "check-deb: unknown argument $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
timeout_s="${CHECK_DEB_TIMEOUT:-180}"
password="demo-password-2026"

fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
step() { echo; echo "==== check-deb: $* ===="; }
now_ms() { date +%s%3N; }
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
known() { # installed, half-installed or left as config-files: anything but absent or not-installed
  local status
  status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" || return 1
  case "$status" in "" | *not-installed) return 1 ;; *) return 0 ;; esac
}

# ---- what the check needs ---------------------------------------------------------------------------------------
[ "$(uname -s)" = "Linux" ] || fail "runs on Linux only"
command -v dpkg >/dev/null 2>&1 || fail "needs dpkg (Debian or Ubuntu)"
[ "$(id -u)" = "0" ] || fail "needs root, to install and remove the package (dpkg -i / dpkg -r)"

apt_install() {
  local missing=()
  for p in "$@"; do installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || fail "missing packages ${missing[*]} and no apt-get to install them"
  echo "check-deb: installing ${missing[*]}"
  if [ -z "${apt_updated:-}" ]; then apt-get update -qq || fail "apt-get update"; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]}"
}
step "tools"
apt_install fakeroot dpkg-dev xvfb xdotool xdg-utils libgtk-3-0 libgl1 fonts-ipafont-gothic
command -v import >/dev/null 2>&1 || apt_install imagemagick
# xdg-desktop-menu (the .deb's menu entry) fails where a bare container has no menu folders; desktops have them.
mkdir -p /etc/xdg/menus /usr/share/desktop-directories

if known daicho; then
  echo "check-deb: a daicho package is installed already (or left as config-files); purging it first"
  dpkg -P daicho >/dev/null || fail "could not remove the installed daicho package"
fi

# ---- build ------------------------------------------------------------------------------------------------------
package_dir="$build_dir/installer/package"
if $build; then
  step "build (mvn -Pinstaller package)"
  mkdir -p "$build_dir"
  started=$(now_ms)
  if ! mvn -B -ntp -Pinstaller package -DskipTests -Dbuild.dir="$build_dir" "${mvn_extra[@]}" \
      > "$build_dir/check-deb-build.log" 2>&1; then
    tail -n 40 "$build_dir/check-deb-build.log" >&2
    fail "the Maven build failed (log: $build_dir/check-deb-build.log)"
  fi
  echo "built in $(( ($(now_ms) - started) / 1000 )) s"
fi
deb="$(ls "$package_dir"/daicho_*.deb 2>/dev/null | head -n 1 || true)"
[ -n "$deb" ] || fail "no .deb in $package_dir"
image="$build_dir/installer/app-image/Daicho"
echo "package: $deb"

# ---- install ----------------------------------------------------------------------------------------------------
step "install (dpkg -i)"
# dpkg -i does not fetch dependencies: install those that are missing first (GTK, GL, xdg-utils, ...)
mapfile -t deps < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/[[:space:]]//g; s/(.*)//' | grep -v '^$')
apt_install "${deps[@]}"
dpkg -i "$deb" || fail "dpkg -i $deb"
installed daicho || fail "dpkg -i left the package not configured"
launcher=/opt/daicho/bin/Daicho
[ -x "$launcher" ] || fail "$launcher missing after dpkg -i"
[ -f /usr/share/applications/daicho-Daicho.desktop ] || echo "check-deb: note: no menu entry in /usr/share/applications"

work="$(mktemp -d /tmp/check-deb.XXXXXX)"
app_pid=""
xvfb_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if known daicho; then dpkg -P daicho >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# A fresh user in a clean environment. Java takes user.home from the password file, not from $HOME, so the
# default data folder ($XDG_DATA_HOME/daicho) is pointed into the fresh home through XDG_DATA_HOME.
home="$work/home"
mkdir -p "$home"
data="$home/.local/share/daicho"
as_user=(env -i PATH="$PATH" HOME="$home" XDG_DATA_HOME="$home/.local/share" LANG="${LANG:-C.UTF-8}")

step "demo store with the installed command line"
"${as_user[@]}" DAICHO_PASSWORD="$password" "$launcher" --data-dir "$data" demo || fail "$launcher demo"
[ -f "$data/daicho.mv.db" ] || fail "no store in $data after 'Daicho demo'"
# The jlink'ed runtime must hold what jdeps cannot see, and the commands must work with it (POI, H2, XML).
modules="$(grep '^MODULES=' /opt/daicho/lib/runtime/release)"
for m in javafx.controls java.sql jdk.charsets jdk.localedata jdk.crypto.ec jdk.zipfs jdk.unsupported; do
  grep -qw "$m" <<<"$modules" || fail "the runtime lacks the module $m"
done
"${as_user[@]}" DAICHO_PASSWORD="$password" "$launcher" --data-dir "$data" --user admin verify >/dev/null \
  || fail "$launcher verify"
mkdir -p "$work/export"
"${as_user[@]}" DAICHO_PASSWORD="$password" "$launcher" --data-dir "$data" --user admin export assets \
  --out "$work/export" >/dev/null || fail "$launcher export assets"
ls "$work/export"/*.xlsx >/dev/null 2>&1 || fail "export assets wrote no .xlsx"
echo "verify and export assets work with the installed runtime"
store_sum="$(sha256sum "$data/daicho.mv.db" | cut -d' ' -f1)"
# The build adds a class-data sharing archive to the jlink'ed runtime (faster start); -Xshare:on fails without it.
if [ -f /opt/daicho/lib/runtime/lib/server/classes.jsa ]; then
  "${as_user[@]}" JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 \
    || fail "the runtime's CDS archive cannot be used (JAVA_TOOL_OPTIONS=-Xshare:on $launcher --version)"
  echo "CDS archive in use"
fi

# ---- start under Xvfb -------------------------------------------------------------------------------------------
step "start the installed app under Xvfb"
display=""
for n in $(seq 93 140); do # the first free display from :93 on, so as not to meet anyone's :0 or :99
  [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
  Xvfb ":$n" -screen 0 1366x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; kill -0 "$xvfb_pid" 2>/dev/null || break; sleep 0.1; done
  if [ -e "/tmp/.X11-unix/X$n" ] && kill -0 "$xvfb_pid" 2>/dev/null; then display=":$n"; break; fi
  kill "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
done
[ -n "$display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
echo "Xvfb on $display"

shot="$build_dir/installer/check-deb-login.png"
# start_app NAME: starts the launcher (no arguments: the default data folder), waits for its window to be mapped
# and then painted (more than a few colours on the screen); sets mapped_ms and painted_ms.
start_app() {
  local log="$build_dir/installer/check-deb-$1.log" t0 window=""
  t0=$(now_ms)
  "${as_user[@]}" DISPLAY="$display" "$launcher" >"$log" 2>&1 & # env execs the launcher: $! is the app
  app_pid=$!
  while :; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$log" >&2; fail "the app exited before showing a window"; }
    window="$(DISPLAY="$display" xdotool search --all --onlyvisible --pid "$app_pid" --name 'Daicho' 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    [ $(( $(now_ms) - t0 )) -lt $(( timeout_s * 1000 )) ] || { cat "$log" >&2; fail "no window within $timeout_s s"; }
    sleep 0.1
  done
  mapped_ms=$(( $(now_ms) - t0 ))
  cpu_s="$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$app_pid/stat")" # user + system, all threads
  while :; do
    colours="$(DISPLAY="$display" import -window root png:- 2>/dev/null | identify -format '%k' - 2>/dev/null || echo 0)"
    [ "${colours:-0}" -gt 64 ] && break
    [ $(( $(now_ms) - t0 )) -lt $(( timeout_s * 1000 )) ] || fail "the window stayed blank for $timeout_s s"
    sleep 0.2
  done
  painted_ms=$(( $(now_ms) - t0 ))
  echo "$1 start: window '$(DISPLAY="$display" xdotool getwindowname "$window")' mapped after ${mapped_ms} ms (${cpu_s} s CPU), painted after ${painted_ms} ms"
}
stop_app() {
  kill -TERM "$app_pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$app_pid" 2>/dev/null; then kill -KILL "$app_pid"; fail "the app did not stop on SIGTERM"; fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  for _ in $(seq 1 50); do # its window gone too, so that the next start finds only its own
    DISPLAY="$display" xdotool search --name 'Daicho' >/dev/null 2>&1 || break
    sleep 0.1
  done
}

start_app cold
cold_mapped=$mapped_ms cold_painted=$painted_ms cold_cpu=$cpu_s
sleep 1 # let the login form finish its layout before the picture
DISPLAY="$display" import -window root "$shot" || fail "screenshot"
echo "screenshot: $shot"
stop_app
start_app warm
warm_mapped=$mapped_ms warm_painted=$painted_ms warm_cpu=$cpu_s
stop_app

if find /opt/daicho -newer "$deb" -type f | grep -q .; then
  fail "the app wrote into /opt/daicho: $(find /opt/daicho -newer "$deb" -type f | head -n 3)"
fi

# ---- uninstall --------------------------------------------------------------------------------------------------
step "uninstall (dpkg -r)"
installed_kb="$(du -sk /opt/daicho | cut -f1)"
dpkg -r daicho || fail "dpkg -r daicho"
installed daicho && fail "daicho still installed after dpkg -r"
[ ! -e /opt/daicho ] || fail "/opt/daicho still there after dpkg -r: $(find /opt/daicho | head -n 5)"
[ ! -e /usr/share/applications/daicho-Daicho.desktop ] || fail "menu entry left after dpkg -r"
[ -f "$data/daicho.mv.db" ] || fail "the records in $data are gone after dpkg -r"
# dpkg keeps a removed package with maintainer scripts as "config-files"; purging forgets it, and must not
# touch the records either.
dpkg -P daicho >/dev/null || fail "dpkg -P daicho"
known daicho && fail "dpkg still knows daicho after dpkg -P"
[ -f "$data/daicho.mv.db" ] || fail "the records in $data are gone after dpkg -P"
[ "$(sha256sum "$data/daicho.mv.db" | cut -d' ' -f1)" = "$store_sum" ] || fail "the store changed during the check"
echo "/opt/daicho removed (dpkg -r, then -P); the records in $data are still there and unchanged"

# ---- figures ----------------------------------------------------------------------------------------------------
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
step "figures"
echo ".deb:              $(mib "$(stat -c %s "$deb")")  ($(basename "$deb"))"
[ -d "$image" ] && echo "app-image:         $(mib $(( $(du -sk "$image" | cut -f1) * 1024 )))  ($image)"
echo "installed size:    $(mib $(( installed_kb * 1024 )))  (/opt/daicho)"
echo "cold start:        login window shown ${cold_mapped} ms (${cold_cpu} s CPU), painted ${cold_painted} ms  (first start after dpkg -i)"
echo "warm start:        login window shown ${warm_mapped} ms (${warm_cpu} s CPU), painted ${warm_painted} ms"
echo "load average:      $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "check-deb: OK"
