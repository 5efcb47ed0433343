#!/usr/bin/env bash
# Transaction-pipeline benchmark (issue 5, SPEC §19): a benchmark, not a test. Nothing here runs in the test suite.
#
# Builds the waiaas tool in Release, starts one Anvil (automine, chain id 31337) and one daemon on 127.0.0.1 (fresh
# temporary data directory, WAIAAS_DAEMON_PORT=0, the port read from <data-dir>/daemon.port, the Anvil registered as
# [rpc.custom.anvil] in config.toml), then, after a discarded warm-up of 600 sends from another wallet (--warmup):
#   one-wallet     200 native transfers from one wallet, 8 concurrent senders
#   eight-wallets  200 native transfers spread evenly over 8 wallets (one session for all 8), 8 concurrent senders
#   sequential     200 native transfers from one wallet, one sender (send latency without concurrent senders)
#   send-only      200 transfers that a SPENDING_LIMIT policy puts in the DELAY tier (one day): send latency with no
#                  chain work behind it (--concurrency 1 for a single sender)
# Each sender keeps one HTTP/1.1 connection alive. Measured: latency of POST /v1/transactions/send to its 201, how
# many confirm or fail (one GET /v1/transactions?limit=200 per pass, a 20 ms pause between passes; --poll ids polls
# GET /v1/transactions/{id} round-robin instead), and
# confirmed tx/s = confirmed / (first send .. the poll that saw the last one CONFIRMED). Each scenario --runs times.
# Daemon settings: WAIAAS_ORACLE_ENABLED=false, WAIAAS_AUTOSTOP_MAX_TRANSACTIONS_PER_WINDOW=1000000 (the
# unusual-activity rule would suspend the wallet after 20 sends in 5 min), WAIAAS_SECURITY_RATE_LIMIT_SESSION_RPM=0 and
# WAIAAS_SECURITY_RATE_LIMIT_TX_RPM=0 (the per-session request limits would throttle the benchmark), Argon2id 8 MiB / 1 iteration
# (WAIAAS_KEYSTORE_ARGON2_MEMORY_KIB, WAIAAS_KEYSTORE_ARGON2_ITERATIONS; not on the measured path).
#
# Usage: bench/pipeline.sh [--runs N] [--sends N] [--warmup N] [--concurrency N] [--poll list|ids] [--scenarios a,b] [--skip-build] [--nice] [--env KEY=VALUE ...]
# Output: progress on stdout; all numbers in bench/results/pipeline-<UTC timestamp>.json, the daemon's and Anvil's
# output in bench/results/pipeline-<UTC timestamp>/ (bench/results/ is git-ignored). docs/benchmarks.md records a run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool_dir="$root/artifacts/bin/waiaas"
anvil="$root/tests/node/node_modules/.bin/anvil"
build=1
nice_prefix=()
args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs|--sends|--warmup|--concurrency|--scenarios|--poll-pause|--poll) args+=("$1" "$2"); shift 2 ;;
        --env) args+=(--env "$2"); shift 2 ;;
        --skip-build) build=0; shift ;;
        --nice) nice_prefix=(nice -n -20); shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 1; }
[[ -x "$anvil" ]] || { echo "anvil is missing: (cd tests/node && npm install)" >&2; exit 1; }

if [[ $build -eq 1 ]]; then
    dotnet build "$root/packages/WaiaaS.Cli/WaiaaS.Cli.csproj" -c Release -o "$tool_dir" --nologo -v quiet -clp:ErrorsOnly
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$root/bench/results/pipeline-$stamp"
json="$root/bench/results/pipeline-$stamp.json"

echo "== machine"
grep -m1 "model name" /proc/cpuinfo || true
echo "cores: $(nproc)  RAM: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)  OS: $(. /etc/os-release && echo "$PRETTY_NAME")  kernel: $(uname -r)"
echo ".NET SDK $(dotnet --version); runtimes: $(dotnet --list-runtimes | awk '{print $1" "$2}' | tr '\n' ';')"
echo "anvil: $("$anvil" --version 2>&1 | head -1)  python: $(python3 --version 2>&1)"
echo "load average: $(cat /proc/loadavg)  priority: ${nice_prefix[*]:-default}  date: $(date -u +%FT%TZ)"

"${nice_prefix[@]}" python3 "$root/bench/pipeline.py" --tool "$tool_dir/waiaas" --anvil "$anvil" --json "$json" \
    --log-dir "$root/bench/results/pipeline-$stamp" "${args[@]}"
echo "== results written to $json (daemon and anvil output in bench/results/pipeline-$stamp/)"
