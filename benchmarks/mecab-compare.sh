#!/usr/bin/env bash
# Compares `postlint tokenize` with `mecab` on the shared post corpus: checks that the outputs are
# byte-identical (default format and -Owakati), then times both alternately and prints throughput,
# the postlint/mecab ratio and peak RSS as a Markdown table.
#
# Usage: bash benchmarks/mecab-compare.sh            (from the repository root or anywhere)
# Environment: SHARED (default ../shared beside the repository), ROUNDS (default 5),
#              DICDIR (default /var/lib/mecab/dic/ipadic-utf8), WORK (default artifacts/mecab-compare),
#              AOT=0 to skip the NativeAOT publish.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
SHARED="${SHARED:-$repo/../shared}"
ROUNDS="${ROUNDS:-5}"
DICDIR="${DICDIR:-/var/lib/mecab/dic/ipadic-utf8}"
WORK="${WORK:-$repo/artifacts/mecab-compare}"
AOT="${AOT:-1}"
mkdir -p "$WORK"

for tool in mecab python3 dotnet /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "mecab-compare: $tool is required (run scripts/setup.sh)" >&2; exit 2; }
done

# 1. Corpus: 20,000 posts, seed 1, text-only (newlines inside a post become one space).
corpus="$WORK/posts-20k.txt"
if [ ! -s "$corpus" ]; then
  echo "mecab-compare: building the corpus in $WORK" >&2
  bash "$SHARED/bench/ja-sentences.sh" > "$WORK/ja-sentences.txt"
  python3 "$SHARED/bench/make-corpus.py" --sentences "$WORK/ja-sentences.txt" --count 20000 --seed 1 > "$WORK/posts-20k.jsonl"
  python3 -c 'import sys,json; [print(json.loads(l)["text"].replace("\n"," ")) for l in sys.stdin]' \
    < "$WORK/posts-20k.jsonl" > "$corpus"
fi
bytes=$(stat -c %s "$corpus")
lines=$(wc -l < "$corpus")
sha=$(sha256sum "$corpus" | cut -c1-16)

# 2. Builds: the framework-dependent Release build, and a NativeAOT binary if the toolchain allows.
echo "mecab-compare: building postlint (Release)" >&2
dotnet build src/PostLint.Cli -c Release --nologo -v q -o "$WORK/jit" >/dev/null
declare -A programs=( [mecab]="mecab -d $DICDIR" [postlint]="dotnet $WORK/jit/postlint.dll tokenize --dicdir $DICDIR" )
order=(mecab postlint)
aot_status="skipped (AOT=0)"
if [ "$AOT" = "1" ]; then
  echo "mecab-compare: publishing postlint with NativeAOT" >&2
  if dotnet publish src/PostLint.Cli -c Release -r linux-x64 -p:PublishAot=true --nologo -v q -o "$WORK/aot" > "$WORK/aot.log" 2>&1 && [ -x "$WORK/aot/postlint" ]; then
    programs[postlint-aot]="$WORK/aot/postlint tokenize --dicdir $DICDIR"
    order+=(postlint-aot)
    aot_status="works ($(stat -c %s "$WORK/aot/postlint") byte binary)"
  else
    aot_status="failed (see $WORK/aot.log)"
  fi
fi

# 3. Identity: every postlint variant must print exactly what mecab prints.
mecab -d "$DICDIR" < "$corpus" > "$WORK/mecab.out"
mecab -d "$DICDIR" -Owakati < "$corpus" > "$WORK/mecab.wakati"
for name in "${order[@]:1}"; do
  ${programs[$name]} < "$corpus" > "$WORK/$name.out"
  ${programs[$name]} --format wakati < "$corpus" > "$WORK/$name.wakati"
  if ! cmp -s "$WORK/mecab.out" "$WORK/$name.out" || ! cmp -s "$WORK/mecab.wakati" "$WORK/$name.wakati"; then
    echo "mecab-compare: $name output differs from mecab (see $WORK)" >&2
    exit 1
  fi
done
echo "mecab-compare: outputs identical ($(stat -c %s "$WORK/mecab.out") bytes default, $(stat -c %s "$WORK/mecab.wakati") bytes wakati)" >&2

# 4. Timing: the programs alternate within each round so that machine noise hits all of them.
times="$WORK/times.tsv"
: > "$times"
for round in $(seq "$ROUNDS"); do
  for name in "${order[@]}"; do
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" ${programs[$name]} < "$corpus" > /dev/null
    echo "$name $(cat "$WORK/time.txt")" >> "$times"
  done
done

# 5. Report: median wall and CPU (user+sys) time, throughput, ratios to mecab, peak RSS (max over rounds).
python3 - "$times" "$bytes" "$lines" "$ROUNDS" "$sha" "$DICDIR" "$aot_status" "${order[@]}" <<'PY'
import sys, statistics
path, size, lines, rounds, sha, dicdir, aot = sys.argv[1:8]
order = sys.argv[8:]
size, lines = int(size), int(lines)
data = {}
for row in open(path):
    name, secs, user, system, rss = row.split()
    data.setdefault(name, []).append((float(secs), float(user) + float(system), int(rss)))
base = statistics.median(s for s, _, _ in data["mecab"])
base_cpu = statistics.median(c for _, c, _ in data["mecab"])
print(f"corpus: {lines:,} posts, {size:,} bytes (sha256 {sha}…), dictionary {dicdir}, {rounds} alternating rounds, medians")
print(f"NativeAOT: {aot}")
print()
print("| program | wall s | MB/s | lines/s | throughput vs mecab | CPU s | CPU vs mecab | peak RSS MB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name in order:
    t = statistics.median(s for s, _, _ in data[name])
    cpu = statistics.median(c for _, c, _ in data[name])
    rss = max(r for _, _, r in data[name]) / 1024
    print(f"| {name} | {t:.3f} | {size / 1e6 / t:.2f} | {lines / t:,.0f} | {base / t:.2f} | {cpu:.2f} | {base_cpu / cpu:.2f} | {rss:.0f} |")
PY
