#!/usr/bin/env bash
# Packs all eight WaiaaS packages with the one version from version.json.
# Usage: build/pack.sh [output-folder]   (default: artifacts/packages)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/packages}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
version="$(sed -n 's/.*"version"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$root/version.json")"

dotnet pack "$root/WaiaaS.sln" -c Release -o "$out" --nologo -v quiet -p:ContinuousIntegrationBuild=true

expected=(WaiaaS.Core WaiaaS.Adapters.Solana WaiaaS.Adapters.Evm WaiaaS.Daemon WaiaaS.Sdk WaiaaS.Mcp WaiaaS.Admin WaiaaS.Cli)
missing=0
for id in "${expected[@]}"; do
  if [ ! -f "$out/$id.$version.nupkg" ]; then
    echo "pack: missing $out/$id.$version.nupkg" >&2
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 1
echo "pack: ${#expected[@]} packages, version $version, in $out" >&2
