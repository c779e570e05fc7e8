#!/usr/bin/env bash
# Runs inside `dbus-run-session` (called by .ci/run and .ci/package.sh): starts an unlocked
# gnome-keyring Secret Service on this private session bus (.ci/keyring.sh), then either checks it
# answers and runs the test suite, or checks a frozen build against it.
# Usage: in-session.sh PYTHON                         (the virtual environment's python)
#        in-session.sh --frozen PYTHON EXECUTABLE     (.ci/frozen-check.sh: the built app's checks)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
if [[ ${1:-} == --frozen ]]; then
  python=${2:?usage: in-session.sh --frozen PYTHON EXECUTABLE}
  executable=${3:?usage: in-session.sh --frozen PYTHON EXECUTABLE}
  source .ci/keyring.sh
  bash .ci/frozen-check.sh "$python" "$executable" # set -e: its failure is ours, after the cleanup trap
  exit 0
fi
python=${1:?usage: in-session.sh PYTHON}

source .ci/keyring.sh

printf '\n== checking the Secret Service: python keyring through the default collection\n'
if ! "$python" - <<'PY'
import keyring

backend = keyring.get_keyring()
print(f"  backend: {backend}")
keyring.set_password("crisisroom-ci", "probe", "ci-probe-value")
assert keyring.get_password("crisisroom-ci", "probe") == "ci-probe-value", "value did not round-trip"
keyring.delete_password("crisisroom-ci", "probe")
PY
then
  echo "CI: the Secret Service (gnome-keyring) is not usable in this session" >&2
  exit 1
fi

printf '\n== python -m pytest\n'
status=0
"$python" -m pytest || status=$?
if ((status == 5)); then
  echo "CI: pytest collected no tests; that is a failure here" >&2
  exit 1
fi
exit "$status"
