#!/usr/bin/env bash
# Compares `postlint spell` with `hunspell -l` in one run, on the same word list of at least one
# million tokens (one per line: the en_US stems and Debian's licence texts, repeated):
#   - check: wall time for the whole list (process start, dictionary load, tokenizing, checking);
#   - load:  wall time for an empty input (process start + dictionary load only);
# and prints the ratios (hunspell time / postlint time: above 1 means postlint is faster).
# Each command runs RUNS times (default 5) after one warm-up; the median is reported.
# postlint runs twice: as a framework-dependent .NET program (JIT: pays the runtime's start-up),
# and as a NativeAOT binary (what the CLI ships as). Set AOT=0 to skip the NativeAOT build.
# The outputs of both programs are compared byte for byte first.
set -euo pipefail
cd "$(dirname "$0")/.."

dict=${DICT:-/usr/share/hunspell/en_US}
runs=${RUNS:-5}
work=${WORK:-$(mktemp -d)}
export LANG=C.UTF-8 LC_ALL=C.UTF-8

command -v hunspell >/dev/null || { echo "spell-compare: hunspell is not installed (scripts/setup.sh installs it)" >&2; exit 2; }
[ -f "$dict.aff" ] && [ -f "$dict.dic" ] || { echo "spell-compare: no dictionary at $dict.aff/.dic" >&2; exit 2; }

echo "building postlint (Release) ..." >&2
dotnet build src/PostLint.Cli -c Release --nologo -v q >/dev/null
jit=(dotnet src/PostLint.Cli/bin/Release/net10.0/postlint.dll)
aot=()
if [ "${AOT:-1}" = 1 ]; then
  echo "publishing postlint with NativeAOT ..." >&2
  if dotnet publish src/PostLint.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" --nologo -v q >/dev/null 2>"$work/aot.log"; then
    aot=("$work/aot/postlint")
  else
    echo "spell-compare: NativeAOT publish failed (see $work/aot.log); measuring the JIT build only" >&2
  fi
fi

words="$work/words.txt"
base="$work/base.txt"
{ tail -n +2 "$dict.dic" | cut -d/ -f1; cat /usr/share/common-licenses/* | tr -cs "A-Za-z0-9'’" '\n'; } > "$base"
: > "$words"
while [ "$(wc -l < "$words")" -lt 1000000 ]; do cat "$base" >> "$words"; done
: > "$work/empty.txt"
tokens=$(wc -l < "$words")

hunspell -d "$dict" -l "$words" > "$work/hunspell.out"
"${jit[@]}" spell "$words" --dictionary "$dict" > "$work/postlint.out"
if cmp -s "$work/hunspell.out" "$work/postlint.out"; then
  echo "outputs identical: $(wc -l < "$work/hunspell.out") misspelt of $tokens tokens" >&2
else
  echo "spell-compare: OUTPUTS DIFFER (see $work/hunspell.out and $work/postlint.out)" >&2
fi

# median wall time in milliseconds of RUNS runs (after one warm-up) of the given command
median_ms() {
  "$@" > /dev/null
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

h_check=$(median_ms hunspell -d "$dict" -l "$words")
h_load=$(median_ms hunspell -d "$dict" -l "$work/empty.txt")
j_check=$(median_ms "${jit[@]}" spell "$words" --dictionary "$dict")
j_load=$(median_ms "${jit[@]}" spell "$work/empty.txt" --dictionary "$dict")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo
echo "| program | check $tokens tokens (ms) | tokens/s | load: empty input (ms) | check ratio | load ratio |"
echo "|---|---|---|---|---|---|"
echo "| hunspell -l | $h_check | $(( tokens * 1000 / (h_check > 0 ? h_check : 1) )) | $h_load | 1.00 | 1.00 |"
echo "| postlint spell (JIT) | $j_check | $(( tokens * 1000 / (j_check > 0 ? j_check : 1) )) | $j_load | $(ratio "$h_check" "$j_check") | $(ratio "$h_load" "$j_load") |"
if [ ${#aot[@]} -gt 0 ]; then
  a_check=$(median_ms "${aot[@]}" spell "$words" --dictionary "$dict")
  a_load=$(median_ms "${aot[@]}" spell "$work/empty.txt" --dictionary "$dict")
  echo "| postlint spell (NativeAOT) | $a_check | $(( tokens * 1000 / (a_check > 0 ? a_check : 1) )) | $a_load | $(ratio "$h_check" "$a_check") | $(ratio "$h_load" "$a_load") |"
fi
echo
echo "ratios are hunspell time / postlint time (above 1: postlint is faster); median of $runs runs; $(nproc) cores; load average $(cut -d' ' -f1 /proc/loadavg)"
