#!/usr/bin/env bash
# The whole test suite for a fresh clone: installs what the tests need, builds with warnings as errors,
# checks formatting, runs every test project, and ends with one line "N passed, N failed".
# Environment: TOML_TEST_DIR (default ../shared/toml-test), CI=true makes missing inputs failures.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

bash build/bootstrap.sh

echo "== build (Release, warnings as errors)"
dotnet restore WaiaaS.sln --nologo -v quiet
dotnet build WaiaaS.sln -c Release --no-restore --nologo -v quiet -clp:ErrorsOnly

echo "== format check"
dotnet format WaiaaS.sln --verify-no-changes --no-restore

echo "== tests"
set +e
dotnet test WaiaaS.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" \
  2>&1 | tee "$results/dotnet-test.log"
status=${PIPESTATUS[0]}
set -e

if [ -f "$results/toml-test-summary.txt" ]; then
  echo "== toml-test conformance"
  cat "$results/toml-test-summary.txt"
fi

# Totals over every test assembly's summary line ("Passed!  - Failed: 0, Passed: 9, Skipped: 0, ..."):
# the one closing line CI reads. Every test project must have reported, or a host crash went unnoticed.
projects=$(ls tests/*/*.csproj | wc -l)
summaries=$(grep -cE '^(Passed|Failed)! +- ' "$results/dotnet-test.log" || true)
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- ' "$results/dotnet-test.log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
if [ "$summaries" -ne "$projects" ]; then
  echo "test: $summaries of $projects test projects reported results" >&2
  [ "$status" -ne 0 ] || status=1
fi
if [ "$passed" -eq 0 ]; then
  echo "test: no test ran" >&2
  [ "$status" -ne 0 ] || status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
