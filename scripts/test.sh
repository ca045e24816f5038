#!/usr/bin/env bash
# Sets up the machine (idempotent) and runs every test of the solution.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test PostLint.sln -c Release --nologo "$@"
