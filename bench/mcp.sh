#!/usr/bin/env bash
# MCP tool-call round trip (issue 6): a benchmark, not a test. Nothing here runs in the test suite.
#
# Builds the waiaas tool in Release, starts one Anvil and one daemon on 127.0.0.1 (fresh temporary data directory,
# the Anvil as [rpc.custom.anvil]), creates a funded EVM wallet and an MCP session (`waiaas mcp setup`), then the
# official TypeScript MCP client starts `waiaas mcp serve` over stdio and calls get_address and get_balance
# --calls times each, sequentially, after --warmup calls; each call is timed in the client (client -> server ->
# daemon -> back). The same reads straight over HTTP give the daemon's share.
#
# Usage: bench/mcp.sh [--calls N] [--warmup N] [--skip-build]
# Output: bench/results/mcp-<UTC timestamp>.json and the logs in bench/results/mcp-<UTC timestamp>/ (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool_dir="$root/artifacts/bin/waiaas"
anvil="$root/tests/node/node_modules/.bin/anvil"
build=1
args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --calls|--warmup) args+=("$1" "$2"); shift 2 ;;
        --skip-build) build=0; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

[[ -x "$anvil" && -d "$root/tests/node/node_modules/@modelcontextprotocol/sdk" ]] || { echo "test peers missing: (cd tests/node && npm install)" >&2; exit 1; }
if [[ $build -eq 1 ]]; then
    dotnet build "$root/packages/WaiaaS.Cli/WaiaaS.Cli.csproj" -c Release -o "$tool_dir" --nologo -v quiet -clp:ErrorsOnly
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$root/bench/results/mcp-$stamp"
echo "== machine"
grep -m1 "model name" /proc/cpuinfo || true
echo "cores: $(nproc)  .NET SDK $(dotnet --version)  node $(node --version)  load average: $(cat /proc/loadavg)  date: $(date -u +%FT%TZ)"
python3 "$root/bench/mcp_roundtrip.py" --tool "$tool_dir/waiaas" --anvil "$anvil" --root "$root" \
    --json "$root/bench/results/mcp-$stamp.json" --log-dir "$root/bench/results/mcp-$stamp" "${args[@]}"
