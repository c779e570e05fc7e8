#!/usr/bin/env bash
# Checks a frozen (PyInstaller) build of Crisis Room, inside the D-Bus session with gnome-keyring
# that .ci/in-session.sh --frozen starts: the self-test proves the bundle is whole, and a vault
# round trip proves the frozen keyring reaches the real Secret Service.
# Usage: frozen-check.sh PYTHON EXECUTABLE   (PYTHON only reads the JSON; EXECUTABLE is the app)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
python=${1:?usage: frozen-check.sh PYTHON EXECUTABLE}
app=${2:?usage: frozen-check.sh PYTHON EXECUTABLE}

# Everything the app writes (database, settings, matplotlib's font cache) goes to a scratch home.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export CRISISROOM_HOME="$home" QT_QPA_PLATFORM=offscreen CRISISROOM_AUTHOR="CI"

printf '\n== %s --self-test --check-install\n' "$app"
report=$("$app" --self-test --check-install)
printf '%s\n' "$report"
"$python" - "$report" <<'PY'
import json
import sys

report = json.loads(sys.argv[1].strip().splitlines()[-1])
problems = []
if report.get("log_verified") is not True:
    problems.append("the crisis log chain did not verify")
if report.get("sentiment") != "ok":
    problems.append(f"VADER: {report.get('sentiment')}")
if not isinstance(report.get("message_templates"), int) or report["message_templates"] <= 0:
    problems.append(f"message templates found: {report.get('message_templates')}")
if not isinstance(report.get("drill_scenarios"), int) or report["drill_scenarios"] < 6:
    problems.append(f"drill scenarios found: {report.get('drill_scenarios')} (6 ship)")
if "SecretService" not in str(report.get("keyring_backend")):
    problems.append(f"keyring backend is {report.get('keyring_backend')}, not the Secret Service")
if report.get("qt_translations") != ["fr", "sv"]:
    problems.append(f"Qt's own translations found: {report.get('qt_translations')} (want fr and sv)")
for problem in problems:
    print(f"CI: frozen self-test: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY

printf '\n== the frozen app stores, reveals and removes a secret in gnome-keyring\n'
secret="ci-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
account=$(printf '%s' "$secret" | "$app" vault add --platform X --handle ci-frozen-probe)
account=${account##* }
shown=$("$app" vault show "$account" --reveal --json)
"$python" - "$shown" "$secret" <<'PY'
import json
import sys

shown, secret = json.loads(sys.argv[1]), sys.argv[2]
if secret not in json.dumps(shown):
    sys.exit("CI: the frozen app did not read back the secret it stored in gnome-keyring")
PY
"$app" vault remove "$account" >/dev/null
printf '  ok: account %s\n' "$account"
