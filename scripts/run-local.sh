#!/usr/bin/env bash
# Runs the whole of ServiceQuality on this machine: installs the storage emulator, starts Azurite on
# 127.0.0.1, then the local host (every HTTP route, queue handler and timer of the Functions app) on
# http://127.0.0.1:7071. Ctrl+C stops both. Data persists in .azurite/ between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ ! -f local.settings.json ]; then
  # Each machine gets its own function key (machine calls only); it is printed once here and kept in local.settings.json.
  key=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  sed "s/replace-with-a-random-key/$key/" local.settings.example.json > local.settings.json
  echo "Created local.settings.json with a new function key for machine calls such as minting survey tokens (x-functions-key header): $key"
fi
if grep -q "replace-with-a-signing-key" local.settings.json; then
  # The survey-invitation signing key is generated per machine as well, and never printed.
  sed -i "s/replace-with-a-signing-key/$(head -c 48 /dev/urandom | base64 | tr -d '/+=')/" local.settings.json
elif ! grep -q '"Invitations:SigningKey"' local.settings.json; then
  # A local.settings.json from before e-mail existed gets the key added beside the function key.
  signing=$(head -c 48 /dev/urandom | base64 | tr -d '/+=')
  sed -i 's/\("LocalFunctionKey": *"[^"]*"\)/\1,\n    "Invitations:SigningKey": "'"$signing"'"/' local.settings.json
fi

if grep -q "replace-with-a-staff-sign-in-key" local.settings.json; then
  # Signs the development sign-in cookie and the staff forms; generated per machine, never printed.
  sed -i "s/replace-with-a-staff-sign-in-key/$(head -c 48 /dev/urandom | base64 | tr -d '/+=')/" local.settings.json
elif ! grep -q '"Staff:SignInKey"' local.settings.json; then
  staff_key=$(head -c 48 /dev/urandom | base64 | tr -d '/+=')
  sed -i 's/\("LocalFunctionKey": *"[^"]*"\)/\1,\n    "Staff:SignInKey": "'"$staff_key"'"/' local.settings.json
fi
echo "Staff sign-in (development): http://127.0.0.1:7071/staff/sign-in"

azurite_pid=""
cleanup() { [ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if (exec 3<>/dev/tcp/127.0.0.1/10001) 2>/dev/null; then
  echo "Azurite is already listening on 127.0.0.1:10000-10002; using it."
else
  mkdir -p .azurite
  # Newer storage SDKs send API versions this emulator release does not list; it serves them fine.
  node_modules/.bin/azurite --silent --skipApiVersionCheck --disableTelemetry --location .azurite \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 &
  azurite_pid=$!
  for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null && break; sleep 0.1; done
  echo "Azurite started on 127.0.0.1 (blob 10000, queue 10001, table 10002)."
fi

dotnet build functions/ServiceQuality.LocalHost/ServiceQuality.LocalHost.csproj -c Release -nologo -v q
# host.json and local.settings.json are read from the repository root, as the Functions host reads them from the app folder.
dotnet functions/ServiceQuality.LocalHost/bin/Release/net10.0/ServiceQuality.LocalHost.dll "$PWD"
