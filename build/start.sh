#!/usr/bin/env bash
# Builds the waiaas tool from this clone and starts the daemon in the foreground (Ctrl+C stops it).
# The data directory is --data-dir, $WAIAAS_DATA_DIR, $XDG_DATA_HOME/waiaas or ~/.waiaas (created on first start).
# The master password comes from $WAIAAS_MASTER_PASSWORD, $WAIAAS_MASTER_PASSWORD_FILE or a hidden prompt.
# Extra arguments go to 'waiaas start' (e.g. --data-dir /path, --detach).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/bin/waiaas"
dotnet build "$root/packages/WaiaaS.Cli/WaiaaS.Cli.csproj" -c Release -o "$out" --nologo -v quiet -clp:ErrorsOnly
exec "$out/waiaas" start "$@"
