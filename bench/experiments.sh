#!/usr/bin/env bash
# Start-up and memory experiments for docs/benchmarks.md (a benchmark, not a test; nothing here runs in the suite).
# Runs the cold-start and idle-RSS parts of bench/daemon_core.py once per runtime setting below, each against fresh
# temporary data directories on 127.0.0.1 with port 0. Settings are passed to the daemon process only; the product
# is not changed. The low-Argon2 row exists only to show how much of a start is the key derivation: the reported
# numbers use the default cost (64 MiB, 3 iterations).
#
# Usage: [EXPERIMENTS=serve] bench/experiments.sh [--runs N] [--r2r-tool PATH]   (run bench/daemon-core.sh first)
#   EXPERIMENTS=serve: the request-path experiments (masterAuth and wallet-creation latency) instead of start-up/RSS.
#   --r2r-tool: a ReadyToRun build of the tool, e.g. from
#     dotnet publish packages/WaiaaS.Cli/WaiaaS.Cli.csproj -c Release -r linux-x64 --self-contained false \
#       -p:PublishReadyToRun=true -p:NuGetLockFilePath=/tmp/waiaas-r2r.lock.json -o /tmp/waiaas-r2r
#   (the lock-file path keeps packages/WaiaaS.Cli/packages.lock.json free of the linux-x64 section)
# Output: bench/results/experiment-<name>-<UTC timestamp>.json and a summary table on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$root/artifacts/bin/waiaas/waiaas"
runs=5
r2r=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --r2r-tool) r2r="$2"; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$root/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

run() {
    local name="$1" path="$2"
    shift 2
    local env_args=()
    for kv in "$@"; do env_args+=(--env "$kv"); done
    echo "== experiment $name ($*) load: $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 "$root/bench/daemon_core.py" --tool "$path" --json "$root/bench/results/experiment-$name-$stamp.json" \
        --runs "$runs" --only cold,rss --idle-seconds 3 "${env_args[@]}" >/dev/null
}

# Request-path settings: masterAuth and wallet-creation latency (no wrk) for the settings that change code generation.
run_serve() {
    local name="$1" path="$2"
    shift 2
    local env_args=()
    for kv in "$@"; do env_args+=(--env "$kv"); done
    echo "== serve experiment $name ($*) load: $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 "$root/bench/daemon_core.py" --tool "$path" --json "$root/bench/results/serve-$name-$stamp.json" \
        --only serve --auth-requests 1000 --wallets 200 "${env_args[@]}" >/dev/null
}

if [[ "${EXPERIMENTS:-all}" == serve ]]; then
    run_serve baseline "$tool"
    run_serve no-tiered-pgo "$tool" DOTNET_TieredPGO=0
    run_serve no-tiered-compilation "$tool" DOTNET_TieredCompilation=0
    if [[ -n "$r2r" ]]; then
        run_serve app-ready-to-run "$r2r"
    fi
    python3 - "$root/bench/results" "$stamp" <<'EOF2'
import glob, json, os, sys
folder, stamp = sys.argv[1], sys.argv[2]
print(f"{'experiment':24} {'health ms p50/p99':18} {'wallets ms p50/p99':19} {'create ms p50/p99':18} {'sol p50':>8} {'eth p50':>8}")
for path in sorted(glob.glob(os.path.join(folder, f"serve-*-{stamp}.json")), key=os.path.getmtime):
    r = json.load(open(path))
    name = os.path.basename(path)[len("serve-"):-len(f"-{stamp}.json")]
    a, w = r["auth_latency_ms"], r["wallet_creation_ms"]
    print(f"{name:24} {a['health']['median']:.2f}/{a['health']['p99']:.2f}{'':9} {a['wallets']['median']:.2f}/{a['wallets']['p99']:.2f}{'':9} "
          f"{w['all']['median']:.2f}/{w['all']['p99']:.2f}{'':7} {w['solana']['median']:8.2f} {w['ethereum']['median']:8.2f}  load {a['loadavg_1min'][0]:.1f}")
EOF2
    exit 0
fi

run baseline "$tool"
run low-argon2 "$tool" WAIAAS_KEYSTORE_ARGON2_MEMORY_KIB=8192 WAIAAS_KEYSTORE_ARGON2_ITERATIONS=1
run no-tiered-pgo "$tool" DOTNET_TieredPGO=0
run no-framework-r2r "$tool" DOTNET_ReadyToRun=0
run no-tiered-compilation "$tool" DOTNET_TieredCompilation=0
run no-w-xor-x "$tool" DOTNET_EnableWriteXorExecute=0
run gc-conserve "$tool" DOTNET_GCConserveMemory=9 DOTNET_gcConcurrent=0
if [[ -n "$r2r" ]]; then
    run app-ready-to-run "$r2r"
    run app-ready-to-run-no-w-xor-x "$r2r" DOTNET_EnableWriteXorExecute=0
fi

python3 - "$root/bench/results" "$stamp" <<'EOF'
import glob, json, os, sys
folder, stamp = sys.argv[1], sys.argv[2]
print(f"{'experiment':32} {'first s (min..max)':24} {'later s (min..max)':24} {'CPU first/later s':18} {'RSS MiB':>8} {'anon/file/shmem':>16}")
for path in sorted(glob.glob(os.path.join(folder, f"experiment-*-{stamp}.json")), key=os.path.getmtime):
    r = json.load(open(path))
    name = os.path.basename(path)[len("experiment-"):-len(f"-{stamp}.json")]
    c, m = r["cold_start"], r["idle_rss"]["after_idle_kib"]
    f, l = c["first_start_s"], c["later_start_s"]
    print(f"{name:32} {f['median']:.2f} ({f['min']:.2f}..{f['max']:.2f}){'':6} {l['median']:.2f} ({l['min']:.2f}..{l['max']:.2f}){'':6} "
          f"{c['first_start_cpu_s']['median']:.2f}/{c['later_start_cpu_s']['median']:.2f}{'':8} {m['VmRSS']/1024:8.1f} "
          f"{m['RssAnon']/1024:.0f}/{m['RssFile']/1024:.0f}/{m['RssShmem']/1024:.0f}  load {c['loadavg_1min']['median']:.1f}")
EOF
