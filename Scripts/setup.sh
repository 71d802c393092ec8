#!/usr/bin/env bash
# Installs the system libraries jixiao links against, only when they are missing.
# Called by `make demo`, `make test` and `make bench`, so a fresh Debian machine with Swift needs nothing else.
set -euo pipefail

needed=()
for pkg in libzip-dev libxlsxwriter-dev pkg-config; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    needed+=("$pkg")
  fi
done
[ ${#needed[@]} -eq 0 ] && exit 0

echo "jixiao: installing ${needed[*]} ..." >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "jixiao: please install as root: apt-get install ${needed[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
