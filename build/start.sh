#!/usr/bin/env bash
# Builds the waiaas tool and starts the product from this clone.
# Today that means: build, initialise the data directory (--data-dir, $WAIAAS_DATA_DIR, $XDG_DATA_HOME/waiaas
# or ~/.waiaas) and show the version; the daemon itself arrives with the daemon-core work.
# Extra arguments are passed to 'waiaas init' (e.g. --data-dir /path).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/bin/waiaas"
dotnet build "$root/packages/WaiaaS.Cli/WaiaaS.Cli.csproj" -c Release -o "$out" --nologo -v quiet -clp:ErrorsOnly
"$out/waiaas" init "$@"
"$out/waiaas" --version
