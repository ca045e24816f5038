#!/usr/bin/env bash
# Fuzzes one PostLint target for a bounded time with libFuzzer (docs/fuzzing.md).
#
#   scripts/fuzz.sh TARGET SECONDS      fuzz TARGET for SECONDS (restarted after each crash until the time is up)
#   scripts/fuzz.sh TARGET --replay [FILE|DIR...]   run saved inputs once (default: the seeds and the crashes found)
#   scripts/fuzz.sh list                the targets
#
# Targets: jsonl csv tweets zip facebook instagram text mecab hunspell.
# Needs: the .NET SDK, clang with libFuzzer (Debian: apt-get install clang libclang-rt-14-dev),
# the SharpFuzz.CommandLine tool (installed into fuzz/.build on first use), and for the mecab
# target IPADIC (mecab-ipadic-utf8). Runs under nice -n 10, one process at a time.
# Work files go to fuzz/.build (the growing corpus, the instrumented build); crashes to
# fuzz/findings/TARGET/ (crash-*, timeout-*, oom-*; slow-unit-* for inputs over 10 s that still
# finished); a line per run is added to fuzz/.build/runs.tsv.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz="$root/fuzz"
build="$fuzz/.build"
targets=(jsonl csv tweets zip facebook instagram text mecab hunspell)
sharpfuzz_version=2.3.0

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

[[ $# -ge 1 ]] || usage
target="$1"
if [[ "$target" == list ]]; then printf '%s\n' "${targets[@]}"; exit 0; fi
[[ " ${targets[*]} " == *" $target "* ]] || { echo "fuzz.sh: unknown target '$target' (targets: ${targets[*]})" >&2; exit 2; }
[[ $# -ge 2 ]] || usage

# The largest input each target is given: posts and exports stay small, a dictionary file does not.
case "$target" in
  mecab) max_len=300000 ;;
  zip|hunspell) max_len=131072 ;;
  *) max_len=65536 ;;
esac

prepare() {
  mkdir -p "$build"
  local stamp="$build/out/.instrumented"
  local newest
  newest="$(find "$root/src/PostLint.Core" "$fuzz/PostLint.Fuzz" -name '*.cs' -newer "$stamp" -print -quit 2>/dev/null || true)"
  if [[ ! -f "$stamp" || -n "$newest" ]]; then
    echo "fuzz.sh: building the harness" >&2
    rm -rf "$build/out"
    nice -n 10 dotnet publish "$fuzz/PostLint.Fuzz" -c Release -o "$build/out" --nologo -v quiet >&2
    if [[ ! -x "$build/tools/sharpfuzz" ]]; then
      dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$build/tools" >&2
    fi
    # Coverage comes from PostLint.Core, where every reader and loader lives.
    "$build/tools/sharpfuzz" "$build/out/PostLint.Core.dll" >&2
    touch "$stamp"
  fi

  if [[ ! -x "$build/postlint-libfuzzer" || "$fuzz/driver/postlint-libfuzzer.c" -nt "$build/postlint-libfuzzer" ]]; then
    command -v clang >/dev/null || { echo "fuzz.sh: clang is missing (Debian: apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
    clang -O1 -g -fsanitize=fuzzer -o "$build/postlint-libfuzzer" "$fuzz/driver/postlint-libfuzzer.c"
  fi
}

prepare
export POSTLINT_FUZZ_HARNESS="$build/out/PostLint.Fuzz.dll"
export POSTLINT_FUZZ_TARGET="$target"
export POSTLINT_FUZZ_DOTNET="$(command -v dotnet)"
# Memory beyond 1 GB in the .NET target is an OutOfMemoryException, which the fuzzer records as a crash:
# no input may make PostLint's readers hold more than that.
export DOTNET_GCHeapHardLimit=0x40000000
export DOTNET_TieredPGO=0

findings="$fuzz/findings/$target"
if [[ "$2" == --replay ]]; then
  shift 2
  inputs=("$@")
  if [[ ${#inputs[@]} -eq 0 ]]; then
    inputs=("$fuzz/corpus/$target")
    [[ -d "$findings" ]] && inputs+=("$findings")
  fi
  # Replays run the harness as built, not instrumented: the instrumented code writes coverage into
  # the fuzzer's shared memory, which only a fuzzer sets up.
  plain="$build/plain"
  if [[ ! -f "$plain/PostLint.Fuzz.dll" || -n "$(find "$root/src/PostLint.Core" "$fuzz/PostLint.Fuzz" -name '*.cs' -newer "$plain/PostLint.Fuzz.dll" -print -quit)" ]]; then
    nice -n 10 dotnet publish "$fuzz/PostLint.Fuzz" -c Release -o "$plain" --nologo -v quiet >&2
  fi
  exec nice -n 10 dotnet "$plain/PostLint.Fuzz.dll" "$target" --replay "${inputs[@]}"
fi

seconds="$2"
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "fuzz.sh: SECONDS must be a positive number" >&2; exit 2; }
work="$build/corpus/$target"
mkdir -p "$work" "$findings"
log="$build/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
mkdir -p "$(dirname "$log")"

start=$(date +%s)
runs=0
sessions=0
count_findings() { find "$findings" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l; }
crashes_before=$(count_findings)
while :; do
  left=$(( seconds - ($(date +%s) - start) ))
  (( left > 0 )) || break
  sessions=$((sessions + 1))
  # libFuzzer stops at the first crash; the loop starts it again with the time that is left.
  session="$build/logs/session.log"
  set +e
  nice -n 10 "$build/postlint-libfuzzer" \
    -max_total_time="$left" -timeout=20 -max_len="$max_len" -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$work" "$fuzz/corpus/$target" >"$session" 2>&1
  set -e
  cat "$session" >>"$log"
  done_runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$session" | tail -1 | grep -o '[0-9]*$' || true)
  if [[ -z "$done_runs" ]]; then
    # A crash ends the session before the final statistics: take the last progress line.
    done_runs=$(grep -o '^#[0-9]*' "$session" | tail -1 | tr -d '#' || true)
  fi
  runs=$((runs + ${done_runs:-0}))
  # A session that ends without a crash has used the time.
  grep -q 'Test unit written\|SUMMARY: libFuzzer' "$session" || break
done
elapsed=$(( $(date +%s) - start ))
crashes=$(( $(count_findings) - crashes_before ))
slow=$(find "$findings" -type f -name 'slow-unit-*' | wc -l)
corpus=$(find "$work" -type f | wc -l)
printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$elapsed" "$runs" "$crashes" "$corpus" "$sessions" >>"$build/runs.tsv"
echo "fuzz.sh: $target: ${elapsed}s, $runs executions, $crashes new crash(es), timeout(s) or out-of-memory in $findings ($slow slow input(s) kept there), corpus $corpus inputs ($log)"
