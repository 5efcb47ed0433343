#!/usr/bin/env bash
# Daemon-core benchmark (issue 3, "Performance"): a benchmark, not a test. Nothing here runs in the test suite.
#
# Builds the waiaas tool in Release, then measures against fresh temporary data directories on 127.0.0.1 with
# port 0 (WAIAAS_DAEMON_PORT=0; the chosen port is read from <data-dir>/daemon.port), the master password from
# WAIAAS_MASTER_PASSWORD and the DEFAULT Argon2id cost (64 MiB, 3 iterations):
#   1. cold start of a foreground `waiaas start` until GET /health answers 200 (first start and later start)
#   2. idle RSS of the daemon process (/proc/<pid>/status)
#   3. GET /health throughput and latency with wrk, 16 connections, after a warm-up
#   4. masterAuth request latency (GET /v1/wallets, GET /v1/audit-logs?limit=1) vs GET /health, sequential
#   5. wallet creation latency (POST /v1/wallets), sequential, alternating solana/ethereum
#
# Usage: bench/daemon-core.sh [--runs N] [--duration SECONDS] [--skip-build] [--nice] [--env KEY=VALUE ...]
#   --env passes a variable to the daemon only (experiments, e.g. --env DOTNET_TieredPGO=0).
#   --nice runs the measurements (daemon, client, wrk) at nice -20 (root only), to lessen the interference of other
#   jobs on a shared machine; docs/benchmarks.md says which numbers were taken that way.
# Output: human-readable progress on stdout; all numbers in bench/results/daemon-core-<UTC timestamp>.json
# (bench/results/ is git-ignored). docs/benchmarks.md records a run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool_dir="$root/artifacts/bin/waiaas"
runs=10
duration=12
build=1
nice_prefix=()
extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --skip-build) build=0; shift ;;
        --nice) nice_prefix=(nice -n -20); shift ;;
        --env) extra+=(--env "$2"); shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

if ! command -v wrk >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then
        apt-get update
        apt-get install -y wrk
    else
        echo "wrk is missing: sudo apt-get install -y wrk" >&2
        exit 1
    fi
fi
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 1; }

if [[ $build -eq 1 ]]; then
    dotnet build "$root/packages/WaiaaS.Cli/WaiaaS.Cli.csproj" -c Release -o "$tool_dir" --nologo -v quiet -clp:ErrorsOnly
fi

mkdir -p "$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="$root/bench/results/daemon-core-$stamp.json"

echo "== machine"
grep -m1 "model name" /proc/cpuinfo || true
echo "cores: $(nproc)  RAM: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)  OS: $(. /etc/os-release && echo "$PRETTY_NAME")  kernel: $(uname -r)"
echo ".NET SDK $(dotnet --version); runtimes: $(dotnet --list-runtimes | awk '{print $1" "$2}' | tr '\n' ';')"
echo "wrk: $(wrk -v 2>&1 | head -1)"
echo "load average: $(cat /proc/loadavg)  priority: ${nice_prefix[*]:-default}"

# wrk: 2 threads, 16 connections. A 3 s warm-up run (discarded), then the measured run.
wrk_hook="wrk -t2 -c16 -d3s http://127.0.0.1:{port}/health >/dev/null && wrk -t2 -c16 -d${duration}s --latency -s '$root/bench/wrk-report.lua' http://127.0.0.1:{port}/health"

"${nice_prefix[@]}" python3 "$root/bench/daemon_core.py" --tool "$tool_dir/waiaas" --json "$json" --runs "$runs" \
    --wrk-hook "$wrk_hook" "${extra[@]}"
echo "== results written to $json"
