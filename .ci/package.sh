#!/usr/bin/env bash
# Packaging CI (called by .ci/run after the tests): validates the Linux desktop files, builds the
# one-folder app with PyInstaller (packaging/crisisroom.spec) outside the repository, and checks the
# built app on a private D-Bus session with gnome-keyring (.ci/in-session.sh --frozen).
# Usage: package.sh PYTHON   (the virtual environment's python, with the "package" extra installed)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
python=${1:?usage: package.sh PYTHON}
id=org.crisisroom.CrisisRoom

printf '\n== desktop-file-validate and appstreamcli validate\n'
desktop-file-validate "packaging/linux/$id.desktop"
# Pedantic remarks and infos pass; errors (and warnings) fail.
appstreamcli validate --no-net "packaging/linux/$id.metainfo.xml"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '\n== PyInstaller: the one-folder app\n'
started=$SECONDS
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$out/dist" --workpath "$out/build" packaging/crisisroom.spec
printf '  built in %ss: %s\n' "$((SECONDS - started))" "$(du -sh "$out/dist/crisisroom" | cut -f1)"

started=$SECONDS
dbus-run-session -- bash .ci/in-session.sh --frozen "$python" "$out/dist/crisisroom/crisisroom"
printf '  checked in %ss\n' "$((SECONDS - started))"
