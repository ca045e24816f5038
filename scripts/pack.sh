#!/usr/bin/env bash
# Packs PostLint into a local NuGet feed (artifacts/feed, or $1): the libraries an embedder
# references, and the `postlint` .NET tool in its three parts —
#   postlint.linux-x64  the NativeAOT binary (needs clang; scripts/setup.sh installs it),
#   postlint.any        the framework-dependent build, for every other platform,
#   postlint            the package `dotnet tool install postlint` asks for, which points to the two.
# The feed is emptied first, so that it holds exactly one build.
set -euo pipefail
cd "$(dirname "$0")/.."
feed="$(realpath -m "${1:-artifacts/feed}")"
rm -rf "$feed"
mkdir -p "$feed"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# Quiet when it works; the whole build output when it does not.
pack() { dotnet pack "$@" -c Release --nologo -o "$feed" >"$log" 2>&1 || { cat "$log" >&2; echo "pack: dotnet pack $* failed" >&2; exit 1; }; }

for project in src/PostLint.Core src/PostLint.Morphology src/PostLint.Spelling src/PostLint.Input src/PostLint.Reporting src/PostLint.Rules src/PostLint.Extensions.DependencyInjection; do
  echo "pack: $project" >&2
  pack "$project"
done

echo "pack: postlint (linux-x64, NativeAOT)" >&2
pack src/PostLint.Cli -r linux-x64
echo "pack: postlint (any, framework-dependent)" >&2
pack src/PostLint.Cli -r any -p:PublishAot=false
echo "pack: postlint (the package that points to both)" >&2
pack src/PostLint.Cli

ls -1 "$feed"
