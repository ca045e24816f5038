#!/usr/bin/env bash
# Cold start of the NativeAOT `postlint`: process start to exit for one short post, timed by
# hyperfine for a baseline binary and the binary of the current tree in ONE run (so that both see
# the same machine load; the ratio between them is what counts, the absolute times move with the
# load). Commands: `--version`, `check` of a Japanese post with the default profile, the same
# with `--profile ishinomaki`, and `check` of a post with a Latin word (which loads the en_US
# spelling dictionary). Prints the load average before and after, and writes the table (wall and
# CPU time of both binaries) as Markdown to $WORK/cold-start.md.
#
# Usage: bash benchmarks/cold-start.sh [BASE_REF]
#   BASE_REF: the commit to build the baseline binary from (default: 70df915, the last commit
#             before the lexicon key cache; 5580735 is the one before the first cold-start work;
#             `git worktree` checks it out under $WORK).
# The new binary keeps the lexicons' morpheme keys in $WORK/cache (POSTLINT_CACHE_DIR): the
# warm-up runs write them, the timed runs read them, as every run after the first does for a
# user. "new check, nothing kept (--no-cache)" times a run that tokenizes every spelling.
# Environment: BASE_BIN (a baseline binary to use instead of building BASE_REF), NEW_BIN (a binary
#              of the current tree already published, instead of publishing it again), RUNS (default 60), WARMUP (default 5), WORK (default artifacts/cold-start).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
BASE_REF="${1:-70df915}"
RUNS="${RUNS:-60}"
WARMUP="${WARMUP:-5}"
WORK="${WORK:-$repo/artifacts/cold-start}"
mkdir -p "$WORK"

for tool in hyperfine dotnet git; do
  command -v "$tool" >/dev/null || { echo "cold-start: $tool is required (run scripts/setup.sh)" >&2; exit 2; }
done

publish() { # publish <source tree> <output folder>
  echo "cold-start: publishing the NativeAOT binary of $1" >&2
  dotnet publish "$1/src/PostLint.Cli" -c Release -r linux-x64 -o "$2" -nologo -v quiet >&2
}

# 1. The binary of the current tree.
if [ -n "${NEW_BIN:-}" ]; then
  new="$NEW_BIN"
else
  publish "$repo" "$WORK/new"
  new="$WORK/new/postlint"
fi

# 2. The baseline: a given binary, or BASE_REF built in a worktree of its own.
if [ -n "${BASE_BIN:-}" ]; then
  base="$BASE_BIN"
else
  if [ ! -x "$WORK/base-$BASE_REF/postlint" ]; then
    tree="$WORK/src-$BASE_REF"
    [ -d "$tree" ] || git worktree add --detach "$tree" "$BASE_REF" >&2
    publish "$tree" "$WORK/base-$BASE_REF"
    git worktree remove --force "$tree" >&2
  fi
  base="$WORK/base-$BASE_REF/postlint"
fi

# 3. The posts: one short Japanese post, and one with a Latin word.
printf '今日は晴れです\n' > "$WORK/post.txt"
printf '今日は晴れです。Tokyo の天気\n' > "$WORK/latin.txt"

export POSTLINT_CACHE_DIR="$WORK/cache"
rm -rf "$POSTLINT_CACHE_DIR"

# 4. Both binaries print the same for each post (the work is the same, only faster).
for post in post.txt latin.txt; do
  for profile in "" "--profile ishinomaki"; do
    # shellcheck disable=SC2086
    if ! diff <(cd "$WORK" && "$base" check $profile "$post" 2>&1) <(cd "$WORK" && "$new" check $profile "$post" 2>&1) >&2; then
      echo "cold-start: the two binaries disagree on check $profile $post" >&2
      exit 1
    fi
  done
done

# 5. One hyperfine run over both binaries; exit codes are not checked (findings exit 1).
echo "cold-start: load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$WORK/load.txt" >&2
cd "$WORK"
hyperfine -N --warmup "$WARMUP" --runs "$RUNS" -i --export-json "$WORK/cold-start.json" \
  -n "base --version" "$base --version" \
  -n "new --version" "$new --version" \
  -n "base check (default profile)" "$base check post.txt" \
  -n "new check (default profile)" "$new check post.txt" \
  -n "new check, nothing kept (--no-cache)" "$new check --no-cache post.txt" \
  -n "base check --profile ishinomaki" "$base check --profile ishinomaki post.txt" \
  -n "new check --profile ishinomaki" "$new check --profile ishinomaki post.txt" \
  -n "base check (Latin word, en_US)" "$base check latin.txt" \
  -n "new check (Latin word, en_US)" "$new check latin.txt"
echo "cold-start: load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$WORK/load.txt" >&2
# 6. The table: wall time (what a user waits, and what the load of other processes inflates most),
#    CPU time (user + system, steadier under load) and the fastest run, new against base.
python3 - "$WORK/cold-start.json" > "$WORK/cold-start.md" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print("| command | base wall ms (mean ± σ) | new wall ms (mean ± σ) | base CPU ms | new CPU ms | base min ms | new min ms | new/base (CPU) |")
print("|---|---|---|---|---|---|---|---|")
for name in [c[len("base "):] for c in results if c.startswith("base ")]:
    b, n = results["base " + name], results["new " + name]
    cpu = lambda r: 1000 * (r["user"] + r["system"])
    print(f"| {name} | {1000*b['mean']:.1f} ± {1000*b['stddev']:.1f} | {1000*n['mean']:.1f} ± {1000*n['stddev']:.1f} "
          f"| {cpu(b):.1f} | {cpu(n):.1f} | {1000*b['min']:.1f} | {1000*n['min']:.1f} | {cpu(n)/cpu(b):.2f} |")
b, n = results["base check (default profile)"], results["new check, nothing kept (--no-cache)"]
print(f"| check, nothing kept (new: --no-cache) | {1000*b['mean']:.1f} ± {1000*b['stddev']:.1f} | {1000*n['mean']:.1f} ± {1000*n['stddev']:.1f} "
      f"| {cpu(b):.1f} | {cpu(n):.1f} | {1000*b['min']:.1f} | {1000*n['min']:.1f} | {cpu(n)/cpu(b):.2f} |")
PY
cat "$WORK/cold-start.md"
echo "cold-start: table in $WORK/cold-start.md" >&2
