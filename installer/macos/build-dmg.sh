#!/usr/bin/env bash
# Builds Daicho's macOS installer: target/installer/package/Daicho-<version>.dmg (drag Daicho into Applications;
# no administrator rights needed for ~/Applications). The app-image is target/installer/app-image/Daicho.app.
# Needs: JDK 17 (with jpackage) for the Mac's CPU (x64 or aarch64), Maven 3.8+, and the Xcode command line tools
# (xcode-select --install), which jpackage uses to make the DMG.
# jpackage refuses a bundle version starting with 0, so 0.M.P is built as 1.M.P (pom.xml, installer-macos).
# The app is not signed or notarised: the first start needs right-click > Open (or sign with --mac-sign options).
# Extra arguments go to Maven, e.g.  installer/macos/build-dmg.sh -o
set -euo pipefail
cd "$(dirname "$0")/../.."

[ "$(uname -s)" = "Darwin" ] || { echo "build-dmg: runs on macOS only" >&2; exit 1; }
for tool in java jpackage mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build-dmg: missing $tool (JDK 17 and Maven)" >&2; exit 1; }
done
xcode-select -p >/dev/null 2>&1 || { echo "build-dmg: missing the Xcode command line tools: xcode-select --install" >&2; exit 1; }

mvn -B -ntp -Pinstaller package -DskipTests "$@"
echo
ls -l target/installer/package
