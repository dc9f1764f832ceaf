#!/usr/bin/env bash
# Builds Daicho's Linux installers: target/installer/package/daicho_<version>-1_<arch>.deb and the app-image
# (target/installer/app-image/Daicho, also packed as target/installer/package/daicho-<version>-linux-<arch>.tar.gz,
# to unpack anywhere and start with Daicho/bin/Daicho).
# Needs: JDK 17 (with jpackage) and Maven 3.8+; fakeroot and dpkg-dev (sudo apt-get install fakeroot dpkg-dev).
# Extra arguments go to Maven, e.g.  installer/linux/build-deb.sh -o -Dbuild.dir=/tmp/daicho-target
# Check the .deb end to end (install, start, uninstall; root): installer/linux/check-deb.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
for tool in java jpackage mvn fakeroot dpkg-deb; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-deb: missing ${missing[*]}. Install JDK 17 and Maven, and: sudo apt-get install fakeroot dpkg-dev" >&2
  exit 1
fi

build_dir=target
for arg in "$@"; do case "$arg" in -Dbuild.dir=*) build_dir="${arg#-Dbuild.dir=}" ;; esac; done

mvn -B -ntp -Pinstaller package -DskipTests "$@"

package_dir="$build_dir/installer/package"
deb="$(ls "$package_dir"/daicho_*.deb | head -n 1)"
name="$(basename "$deb" .deb)"            # daicho_0.1.0-1_amd64
version="${name#daicho_}"; version="${version%%-*}"
arch="${name##*_}"
tar -C "$build_dir/installer/app-image" -czf "$package_dir/daicho-$version-linux-$arch.tar.gz" Daicho
echo
ls -l "$package_dir"
