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
status=0
dotnet test WaiaaS.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

if [ -f "$results/toml-test-summary.txt" ]; then
  echo "== toml-test conformance"
  cat "$results/toml-test-summary.txt"
fi

# Totals over every test project's TRX file: the one line CI reads.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  t="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
  e="$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "no test ran" >&2
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
