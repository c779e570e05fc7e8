#!/usr/bin/env bash
# Runs inside `dbus-run-session` (called by .ci/run): starts an unlocked gnome-keyring Secret
# Service on this private session bus, checks it answers, then runs the test suite.
# Usage: in-session.sh PYTHON   (the virtual environment's python)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
python=${1:?usage: in-session.sh PYTHON}

# A throwaway keyring home, so an existing login keyring with another password never gets in the
# way, and a private 0700 runtime dir (Qt warns when XDG_RUNTIME_DIR is unset, and warnings fail
# the tests).
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
mkdir -m 700 "$state/data" "$state/runtime"
export XDG_RUNTIME_DIR="$state/runtime"

# --unlock with a password on stdin creates the default "login" collection, unlocked; --start then
# adds the secrets component to that same daemon and prints the variables clients need.
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s' "$password" | XDG_DATA_HOME="$state/data" gnome-keyring-daemon --unlock >/dev/null
keyring_env=$(XDG_DATA_HOME="$state/data" gnome-keyring-daemon --start --components=secrets)
while IFS= read -r assignment; do
  [[ -z $assignment ]] || export "$assignment"
done <<<"$keyring_env"
# This keyring is thrown away and no unlock prompt can reach a person here, so the tests may lock
# a collection of it on purpose (tests/unit/test_real_keychain.py).
export CRISISROOM_THROWAWAY_KEYRING=1

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
