#!/usr/bin/env bash
# Installs what the build and tests need on a fresh machine, so nothing has to be installed by hand.
# Debian packages are installed only when missing and only as root; npm packages come from the lock file.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "bootstrap: the .NET 10 SDK is required (https://dot.net); 'dotnet' is not on PATH" >&2
  exit 1
fi

# Debian packages the tests use, one per line in build/apt-packages.txt (comments with #).
missing=()
while read -r package; do
  [ -n "$package" ] || continue
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done < <(sed 's/#.*//' "$root/build/apt-packages.txt" | tr -s '[:space:]' '\n')
if [ "${#missing[@]}" -gt 0 ]; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      echo "bootstrap: missing Debian packages: ${missing[*]} (run as root, or install them: apt-get install ${missing[*]})" >&2
      exit 1
    fi
  fi
  echo "bootstrap: installing ${missing[*]}" >&2
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Pinned npm packages for tests (real chains, MCP client, ...), when the test tooling folder exists.
if [ -f "$root/tests/node/package-lock.json" ]; then
  # `npm install` with the committed lock, not `npm ci`: this machine's npm registry copy lacks the other
  # platforms' optional binaries (anvil-darwin-*, litesvm-darwin-*, ...), so the lock cannot list them and
  # `npm ci` rejects it as out of sync. Every direct dependency is pinned exactly; transitive versions come
  # from the lock, which the install leaves unchanged.
  (cd "$root/tests/node" && npm install --no-audit --no-fund --silent)
fi
