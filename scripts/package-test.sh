#!/usr/bin/env bash
# Tries PostLint as its users get it, from packages rather than from the source tree:
#   1. packs everything into a local feed (scripts/pack.sh);
#   2. `dotnet tool install postlint` from that feed, then `postlint check` on the bundled drafts;
#   3. builds samples/Consumer, which references PostLint.Rules from the feed, runs it (built-in
#      rules, the sample's own rule CITY0001 with its own postlint.json section, fixes, a wrong
#      type in that section reported as PL0002) and compares what it prints.
# Packages are restored into a folder of this run, never from the machine's NuGet cache, so a
# package packed earlier with the same version can never stand in for this build.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() { echo "package-test: $*" >&2; exit 1; }

bash scripts/pack.sh "$root/artifacts/feed" >/dev/null

echo "package-test: dotnet tool install postlint" >&2
dotnet tool install postlint --tool-path "$work/tools" --add-source "$root/artifacts/feed" >/dev/null
postlint="$work/tools/postlint"
# On linux-x64 the NativeAOT package is the one installed: a native executable, no dotnet host.
if [ "$(uname -sm)" = "Linux x86_64" ]; then
  head -c 4 "$(readlink -f "$postlint")" | grep -q $'\x7fELF' || fail "the installed postlint is not the NativeAOT binary"
  [ -e "$(dirname "$(readlink -f "$postlint")")/postlint.dll" ] && fail "the linux-x64 tool package carries IL (postlint.dll), not the NativeAOT build"
fi

status=0
"$postlint" check samples/drafts/ishinomaki-pr-good.txt --profile ishinomaki --sponsored > "$work/good.txt" || status=$?
[ "$status" -eq 0 ] || { cat "$work/good.txt" >&2; fail "postlint check of a good draft exited $status, expected 0"; }
status=0
"$postlint" check samples/drafts/ishinomaki-pr.txt --profile ishinomaki --sponsored > "$work/bad.txt" || status=$?
[ "$status" -eq 1 ] || { cat "$work/bad.txt" >&2; fail "postlint check of a draft with findings exited $status, expected 1"; }
grep -q "PL1001" "$work/bad.txt" || fail "PL1001 missing from the installed tool's report"
grep -q "PL2001" "$work/bad.txt" || fail "PL2001 missing from the installed tool's report"

echo "package-test: samples/Consumer from the feed" >&2
version="$(sed -n 's|.*<Version>\(.*\)</Version>.*|\1|p' Directory.Build.props | head -n 1)"
# The version just packed, not an older one that a restore source may also hold.
dotnet run --project samples/Consumer -c Release -p:PostLintVersion="$version" > "$work/consumer.txt" 2>"$work/consumer.err" && status=0 || status=$?
[ "$status" -eq 1 ] || { cat "$work/consumer.err" "$work/consumer.txt" >&2; fail "samples/Consumer exited $status, expected 1 (draft-1 has findings)"; }
expect() { grep -qF -- "$1" "$work/consumer.txt" || { cat "$work/consumer.txt" >&2; fail "samples/Consumer did not print: $1"; }; }
expect "draft-1: "
expect "PL1003"
expect "CITY0001 Warning [22..25) 「市民課」は組織改編で「市民窓口課」になりました"
expect "fixed: #PR #石巻市 牡蠣の季節です。お問い合わせは市民窓口課へ"
expect "draft-2: 0 finding(s)"
expect "fixed: #PR #石巻市 金華山の紅葉が見頃です"
expect "config: PL0002 (1,35) オブジェクト（{ … }）で書いてください。配列になっています"
echo "package-test: the tool and the packages work as installed" >&2
