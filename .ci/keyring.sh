# Sourced (not run) inside `dbus-run-session` by .ci/in-session.sh: starts an unlocked
# gnome-keyring Secret Service on this private session bus and exports what clients need.
# Leaves $state (a throwaway folder, removed on exit) for the caller's own scratch files.

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
