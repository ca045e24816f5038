#!/usr/bin/env bash
# Sets up the machine (idempotent), builds postlint, and checks the bundled sample draft the way a
# contractor would: findings with the guideline clause, then the safe fixes, then a clean re-check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build src/PostLint.Cli -c Release -o .build/cli --nologo -v quiet >/dev/null
postlint=.build/cli/postlint
draft=samples/drafts/ishinomaki-pr.txt

echo "== postlint check $draft --profile ishinomaki --sponsored"
set +e
"$postlint" check "$draft" --profile ishinomaki --sponsored
status=$?
set -e
echo "(exit code $status: 1 means error-level findings)"
[ "$status" -eq 1 ] || { echo "run-sample: expected findings (exit 1), got $status" >&2; exit 1; }

fixed=$(mktemp --suffix=.txt)
trap 'rm -f "$fixed"' EXIT
echo
echo "== postlint fix $draft --profile ishinomaki -o $fixed   (the draft itself is left as it is)"
"$postlint" fix "$draft" --profile ishinomaki --sponsored -o "$fixed" || true
echo "-- fixed draft:"
cat "$fixed"
