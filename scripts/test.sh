#!/usr/bin/env bash
# Sets up the machine (idempotent), runs every test of the solution, then tries the packages.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test PostLint.sln -c Release --nologo "$@"
# PostLint as users get it: the packages, the installed tool, an embedding project (samples/Consumer).
bash scripts/package-test.sh
