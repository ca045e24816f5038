#!/usr/bin/env bash
# The content rules' speed bar (issue: "postlint audit with every content rule on runs at ≥ 0.7×
# the speed of mecab alone on the same text"): times `mecab` tokenizing the 20,000-post bench
# corpus and `postlint audit` of the same posts with every content rule on (PL3001–PL3010, PL4001,
# on top of the ishinomaki profile), alternately in each round, and prints the medians, the
# throughput ratio to mecab and peak RSS as a Markdown table. The audit also runs with
# `--dicdir none` (surface matching) for comparison. The audit is timed as the CLI ships: the
# NativeAOT binary (`dotnet publish -p:PublishAot=true`, as README's Speed section builds it);
# the framework-dependent build (`dotnet postlint.dll`, the dotnet tool) runs too, for comparison.
#
# Usage: bash benchmarks/content-compare.sh
# Environment: SHARED (default ../shared beside the repository), ROUNDS (default 5),
#              DICDIR (default /var/lib/mecab/dic/ipadic-utf8), WORK (default artifacts/content-compare),
#              AOT=0 to skip the NativeAOT publish (then only the JIT build is timed).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
SHARED="${SHARED:-$repo/../shared}"
ROUNDS="${ROUNDS:-5}"
DICDIR="${DICDIR:-/var/lib/mecab/dic/ipadic-utf8}"
WORK="${WORK:-$repo/artifacts/content-compare}"
AOT="${AOT:-1}"
mkdir -p "$WORK"

for tool in mecab python3 dotnet /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "content-compare: $tool is required (run scripts/setup.sh)" >&2; exit 2; }
done

# 1. Corpus: 20,000 posts, seed 1; mecab reads their text one post per line.
posts="$WORK/posts-20k.jsonl"
text="$WORK/posts-20k.txt"
if [ ! -s "$posts" ]; then
  echo "content-compare: building the corpus in $WORK" >&2
  bash "$SHARED/bench/ja-sentences.sh" > "$WORK/ja-sentences.txt"
  python3 "$SHARED/bench/make-corpus.py" --sentences "$WORK/ja-sentences.txt" --count 20000 --seed 1 > "$posts"
fi
python3 -c 'import sys,json; [print(json.loads(l)["text"].replace("\n"," ")) for l in sys.stdin]' < "$posts" > "$text"
lines=$(wc -l < "$text")
bytes=$(stat -c %s "$text")

# 2. Every content rule on, whatever the profile leaves off.
config="$WORK/postlint.json"
python3 - "$config" "$([ -f docs/rules/PL4001.md ] && echo yes || echo no)" <<'PY'
import json, sys
rules = {f"PL30{n:02d}": "warning" for n in range(1, 11)}
if sys.argv[2] == "yes":
    rules["PL4001"] = "warning"
json.dump({"extends": "ishinomaki", "rules": rules}, open(sys.argv[1], "w"), ensure_ascii=False, indent=2)
PY

echo "content-compare: building postlint (Release)" >&2
dotnet build src/PostLint.Cli -c Release --nologo -v q -o "$WORK/jit" >/dev/null
audit_args="audit $posts --config $config --format json"
declare -A programs=(
  [mecab]="mecab -d $DICDIR -o /dev/null $text"
  [postlint-audit-jit]="dotnet $WORK/jit/postlint.dll $audit_args --dicdir $DICDIR -o $WORK/report-jit.json"
)
order=(mecab)
if [ "$AOT" = "1" ]; then
  echo "content-compare: publishing postlint with NativeAOT" >&2
  if dotnet publish src/PostLint.Cli -c Release -r linux-x64 -p:PublishAot=true --nologo -v q -o "$WORK/aot" > "$WORK/aot.log" 2>&1 && [ -x "$WORK/aot/postlint" ]; then
    programs[postlint-audit]="$WORK/aot/postlint $audit_args --dicdir $DICDIR -o $WORK/report.json"
    programs[postlint-audit-surface]="$WORK/aot/postlint $audit_args --dicdir none -o $WORK/report-surface.json"
    order+=(postlint-audit postlint-audit-surface)
  else
    echo "content-compare: the NativeAOT publish failed (see $WORK/aot.log); timing the JIT build only" >&2
  fi
fi
if [ ${#order[@]} -eq 1 ]; then
  programs[postlint-audit]="dotnet $WORK/jit/postlint.dll $audit_args --dicdir $DICDIR -o $WORK/report.json"
  programs[postlint-audit-surface]="dotnet $WORK/jit/postlint.dll $audit_args --dicdir none -o $WORK/report-surface.json"
  order+=(postlint-audit postlint-audit-surface)
else
  order+=(postlint-audit-jit)
fi

# 3. Timing: the programs alternate within each round so that machine noise hits all of them.
#    postlint exits 1 when it has findings; that is its answer, not a failure.
times="$WORK/times.tsv"
: > "$times"
load_before=$(cut -d' ' -f1 /proc/loadavg)
for round in $(seq "$ROUNDS"); do
  for name in "${order[@]}"; do
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" ${programs[$name]} > /dev/null 2> "$WORK/$name.err" || [ $? -eq 1 ]
    echo "$name $(tail -1 "$WORK/time.txt")" >> "$times"
  done
done
load_after=$(cut -d' ' -f1 /proc/loadavg)
if [ -f "$WORK/report-jit.json" ] && ! cmp -s "$WORK/report.json" "$WORK/report-jit.json"; then
  echo "content-compare: the NativeAOT and JIT reports differ ($WORK/report.json, $WORK/report-jit.json)" >&2
  exit 1
fi
findings=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(sum(1 for x in r["results"] if x["ruleId"].startswith(("PL3","PL4001"))))' "$WORK/report.json")

# 4. Report: medians, throughput relative to mecab (≥ 0.7 is the bar), peak RSS.
python3 - "$times" "$bytes" "$lines" "$ROUNDS" "$DICDIR" "$findings" "$(nproc)" "$load_before → $load_after" "${order[@]}" <<'PY'
import sys, statistics
path, size, lines, rounds, dicdir, findings, cores, load = sys.argv[1:9]
order = sys.argv[9:]
size, lines = int(size), int(lines)
data = {}
for row in open(path):
    name, secs, user, system, rss = row.split()
    data.setdefault(name, []).append((float(secs), float(user) + float(system), int(rss)))
base = statistics.median(s for s, _, _ in data["mecab"])
base_cpu = statistics.median(c for _, c, _ in data["mecab"])
print(f"corpus: {lines:,} posts, {size:,} bytes of text; dictionary {dicdir}; {rounds} alternating rounds, medians; {cores} cores; load average {load}")
print(f"content findings in the audit (PL3xxx, PL4001): {int(findings):,}")
print()
print("| program | wall s | posts/s | µs/post | speed vs mecab | CPU s | CPU vs mecab | peak RSS MB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name in order:
    t = statistics.median(s for s, _, _ in data[name])
    cpu = statistics.median(c for _, c, _ in data[name])
    rss = max(r for _, _, r in data[name]) / 1024
    print(f"| {name} | {t:.2f} | {lines / t:,.0f} | {t / lines * 1e6:.0f} | {base / t:.2f}× | {cpu:.2f} | {base_cpu / cpu:.2f}× | {rss:.0f} |")
PY
