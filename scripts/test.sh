#!/usr/bin/env bash
# Runs every test of ServiceQuality on a fresh machine: installs the storage emulator from npm, builds the
# Functions app, and runs each test project against a private Azurite.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# The Functions app is what Azure runs, and every test runs its function classes through the local host:
# it is always built (and its functions.metadata generated); a failure to build fails the run.
dotnet build functions/ServiceQuality.Functions/ServiceQuality.Functions.csproj -nologo -v q
echo "ServiceQuality.Functions: built."

# The benchmark command is not a test, but it must keep building.
dotnet build tools/ServiceQuality.Benchmarks/ServiceQuality.Benchmarks.csproj -nologo -v q
dotnet build tools/ServiceQuality.LoadTest/ServiceQuality.LoadTest.csproj -nologo -v q

# Tests of trait Data=shared read public corpora from ../shared/data, which a fresh clone lacks.
data_filter=()
if [ ! -d ../shared/data ]; then
  echo "Shared-data tests NOT run: ../shared/data is missing next to the repository (Data=shared tests, e.g. RealDataQualityTests)."
  data_filter=(--filter "Data!=shared")
fi

results=$(mktemp)
status=0
broken=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  # The browser tests drive Debian's Chromium; without it they are left out, saying so in one line.
  if [ "$name" = ServiceQuality.Browser.Tests ] && [ ! -x /usr/bin/chromium ]; then
    echo "Browser tests NOT run: /usr/bin/chromium is not installed (apt-get install chromium fonts-noto-cjk)."
    continue
  fi
  echo "== $name"
  output=$(mktemp)
  if ! dotnet test "$project" -nologo -v q --logger "console;verbosity=minimal" "${data_filter[@]}" "$@" 2>&1 | tee "$output"; then
    status=1
    # A project that did not build or run reports no counts; it still counts as a failure.
    grep -qE "(Passed|Failed)! +-" "$output" || { echo "error: $name did not build or run"; broken=$((broken + 1)); }
  fi
  cat "$output" >> "$results"
done

# One closing line for the whole run, summed over the projects.
summary=$(awk '/(Passed|Failed)! +-/ {
    gsub(",", "")
    for (i = 1; i < NF; i++) {
      if ($i == "Failed:") f += $(i + 1)
      if ($i == "Passed:") p += $(i + 1)
      if ($i == "Skipped:") s += $(i + 1)
    }
  }
  END { printf "%d passed, %d failed, %d skipped", p, f + broken, s }' broken="$broken" "$results")
echo "$summary"
case "$summary" in 0\ passed*) status=1 ;; esac
exit $status
