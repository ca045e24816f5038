#!/usr/bin/env bash
# Runs the hostile cases of issue 14 against the built CLI and prints a Markdown table: the exit
# code, the records the audit accounted for (read = analysed + rejected + skipped), the peak RSS
# (GNU time) and the wall time of each run. Every run has a hard limit (HARDENING_TIMEOUT seconds,
# default 300): a run killed by it shows exit 137 and "hang".
#
#   scripts/hardening-cases.sh [POSTLINT]     POSTLINT: the binary to run (default: the Release
#                                             build of src/PostLint.Cli, built if missing)
#
# Inputs are made in a temporary folder (about 2.5 GB of disk for the 200 MB string and the 2 GB
# line; the 2 GB line is a sparse file) and removed at the end. Needs python3 and /usr/bin/time
# (Debian: apt-get install time).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
postlint="${1:-$root/src/PostLint.Cli/bin/Release/net10.0/postlint}"
limit="${HARDENING_TIMEOUT:-300}"
if [[ ! -x "$postlint" ]]; then
  nice -n 10 dotnet build -c Release "$root/src/PostLint.Cli" --nologo -v quiet >&2
fi
[[ -x /usr/bin/time ]] || { echo "hardening-cases.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/postlint-hardening-XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"

# ---- inputs ---------------------------------------------------------------------------------
python3 - <<'PY'
import io, json, os, zipfile
def w(p, b):
    os.makedirs(os.path.dirname(p) or ".", exist_ok=True)
    with open(p, "wb") as f: f.write(b if isinstance(b, bytes) else b.encode())
w("draft.txt", "#PR #石巻市\n牡蠣が旬です\n")
# Every rule off: the runs measure reading and accounting, as the issue's timings did.
w("off.json", '{ "categories": { "disclosure": "none", "links": "none", "content": "none", "privacy": "none", "platform": "none", "operations": "none" } }')
# Malformed exports: broken JSON lines, a truncated tweets.js, wrong-typed Facebook fields, over-deep JSON.
w("broken.jsonl", '{"id":"1","text":"前"}\n{"id":"2","text":\n{"id":3,"text":["x"]}\nnot json\n{"id":"5","text":"後"}\n')
w("truncated-archive/data/tweets.js", 'window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", "full_text" : "前" } }, { "tweet" : { "id_str" : "2", "full_text" : "途中で')
w("fb-types/your_posts_1.json", '[{"timestamp":"x","data":[{"post":1}]},{"timestamp":1700000000,"data":[{"post":"正しい投稿"}]},{"timestamp":170000000000000,"data":[{"post":"未来"}]}]')
w("deep.jsonl", '{"id":"1","text":"前"}\n{"id":"2","text":"深い","x":' + "[" * 100000 + "]" * 100000 + '}\n{"id":"3","text":"後"}\n')
# Oversized records.
big = "あ" * (17 * 1024 * 1024 // 3)
w("line-17mb.jsonl", '{"id":"1","text":"前"}\n{"id":"2","text":"' + big + '"}\n{"id":"3","text":"後"}\n')
w("field-17mb.csv", 'id,text\n1,前\n2,"' + big + '"\n3,後\n')  # 5.9 M characters: under the 16 M a CSV record may have
w("field-17mb-ascii.csv", 'id,text\n1,前\n2,"' + "a" * (17 * 1024 * 1024) + '"\n3,後\n')  # 17.8 M characters: over it
with open("string-200mb.jsonl", "wb") as f:
    f.write(b'{"id":"1","text":"'); chunk = b"a" * (1 << 20)
    for _ in range(200): f.write(chunk)
    f.write(b'"}\n{"id":"2","text":"after"}\n')
with open("line-2gb.jsonl", "wb") as f:  # sparse: 2 GB of NUL bytes without a line break, then one record
    f.seek(2 * 1024 ** 3); f.write(b'\n{"id":"2","text":"after"}\n')
# CSV damage.
w("unbalanced.csv", 'id,text\n1,"開いたまま\n2,二\n3,三\n4,四\n')
w("duplicate-header.csv", 'text,text,id\n一,いち,1\n二,に,2\n')
w("utf16.csv", b"\xff\xfe" + "id,text\n1,UTF-16 の CSV\n".encode("utf-16-le"))
w("shift-jis.csv", "id,text\n1,シフトJISの本文\n".encode("shift_jis"))
# The lone surrogate at record 5,001 of 10,001.
w("surrogate.jsonl", "".join('{"id":"p%d","text":"%s"}\n' % (i, "切れた絵文字\\ud800" if i == 5001 else "お知らせ%d" % i) for i in range(1, 10002)))
# Quadratic-lexing posts, alone and 4 among 1,000.
w("dots.txt", "a." * 31600)
w("www.txt", "www." * 15800)
w("four-in-1000.jsonl", "".join('{"id":"%d","text":"%s"}\n' % (i, ("a." * 31600) if i % 250 == 0 else "お知らせ%d #PR #石巻市" % i) for i in range(1, 1001)))
# Zip archives: a bomb, zip-slip names, a damaged archive.
def mkzip(path, entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries: z.writestr(name, data)
    w(path, b.getvalue())
tweets = 'window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", "full_text" : "#PR #石巻市 牡蠣" } } ]'
with zipfile.ZipFile("bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
    with z.open("data/tweets.js", "w", force_zip64=True) as e:
        e.write(b"window.YTD.tweets.part0 = [ ")
        zeros = b" " * (1 << 24)
        for _ in range(128): e.write(zeros)  # 2 GB of spaces, about 2 MB compressed
        e.write(b"]")
mkzip("slip.zip", [("../../etc/evil/data/tweets.js", tweets), ("/abs/data/tweets.js", tweets), ("data/tweets.js", tweets)])
data = open("slip.zip", "rb").read()
w("damaged.zip", data[: len(data) // 2])
# Configuration files that are over the limit.
w("big-config.json", "{}" + " " * (2 * 1024 * 1024))
w("extends-zero.json", '{ "extends": ["ishinomaki", "/dev/zero"] }')
os.makedirs("dict", exist_ok=True)
w("dict/zero_US.aff", "SET UTF-8\n")
os.symlink("/dev/zero", "dict/zero_US.dic")
w("dic-zero.json", '{ "extends": "ishinomaki", "rules": { "PL5003": "warning" }, "spelling": { "dictionary": "./dict/zero_US" } }')
w("lexicon-zero.json", '{ "extends": "ishinomaki", "lexicons": ["/dev/zero"] }')
# A folder with a named pipe among posts.
w("folder/a.txt", "#PR #石巻市 牡蠣")
w("folder/b.jsonl", '{"id":"1","text":"帆立"}\n')
os.mkfifo("folder/pipe.jsonl")
os.mkfifo("pipe.json")
w("extends-pipe.json", '{ "extends": ["ishinomaki", "%s/pipe.json"] }' % os.getcwd())
os.makedirs("dic-pipe", exist_ok=True)
os.mkfifo("dic-pipe/sys.dic")
for n in ("unk.dic", "matrix.bin", "char.bin"): w("dic-pipe/" + n, b"")
PY

# ---- runs -----------------------------------------------------------------------------------
printf '| case | command | exit | read | analysed | rejected | skipped | peak RSS | wall |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|---:|\n'

# run NAME ARGS... : runs postlint ARGS; an audit writes its JSON report to report.json for the counts.
run() {
  local name="$1"; shift
  rm -f report.json
  local shown="postlint $*"
  shown="${shown//$work\//}"
  set +e
  /usr/bin/time -v -o time.txt timeout -s KILL "$limit" "$postlint" "$@" >"${STDOUT:-stdout.txt}" 2>stderr.txt </dev/null
  local exit=$?
  set -e
  local rss wall
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' time.txt)
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' time.txt)
  [[ $exit -eq 137 ]] && wall="$wall (hang)"
  local counts="— | — | — | —"
  if [[ -s report.json ]]; then
    counts=$(python3 -c '
import json; s = json.load(open("report.json"))["summary"]
print(" | ".join(str(s.get(k, "—")) for k in ("read", "posts", "rejected", "skipped")))')
  fi
  printf '| %s | `%s` | %s | %s | %s | %s |\n' "$name" "$shown" "$exit" "$counts" "$rss" "$wall"
  if grep -q '   at ' stderr.txt; then printf '|  | ↳ stack trace on stderr | | | | | | | |\n'; fi
}
audit() { local name="$1"; shift; run "$name" audit "$@" --config off.json --format json -o report.json; }

audit "broken JSON lines (2 of 5 unreadable)" broken.jsonl
audit "X archive whose tweets.js ends mid-element" truncated-archive
audit "Facebook: wrong-typed fields, a timestamp past 9999" fb-types
audit "over-deep JSON (100,000 levels) in a line" deep.jsonl
audit "JSON line of 17 MB" line-17mb.jsonl
audit "CSV field of 17 MB (Japanese, 5.9 M characters)" field-17mb.csv
audit "CSV field of 17 MB (ASCII, 17.8 M characters)" field-17mb-ascii.csv
audit "JSON string of 200 MB" string-200mb.jsonl
audit "line of 2 GB (NUL bytes, no line break)" line-2gb.jsonl
audit "CSV with an unbalanced quote" unbalanced.csv
audit "CSV header naming a column twice" duplicate-header.csv
audit "UTF-16 CSV with BOM" utf16.csv
audit "Shift_JIS CSV" shift-jis.csv
audit "lone surrogate at record 5,001 of 10,001" surrogate.jsonl
audit "4 posts of a.×31,600 among 1,000" four-in-1000.jsonl
audit "zip bomb (2 GB entry, ratio ≈1000)" bomb.zip
audit "zip-slip entry names" slip.zip
audit "damaged zip (cut in half)" damaged.zip
audit "named pipe in an audited folder" folder
run "a.×31,600 (63,200 characters)" check dots.txt --config off.json
run "www.×15,800" check www.txt --config off.json
run "/dev/zero as input (audit)" audit /dev/zero
run "/dev/zero as input (check)" check /dev/zero
run "/dev/zero as --config" check draft.txt --config /dev/zero
run "/dev/zero in extends" check draft.txt --config extends-zero.json
run "/dev/zero as the Hunspell .dic" check draft.txt --config dic-zero.json
run "/dev/zero as a lexicon" check draft.txt --config lexicon-zero.json
run "config of 2 MB" check draft.txt --config big-config.json
run "named pipe as --config" check draft.txt --config pipe.json
run "named pipe in extends" check draft.txt --config extends-pipe.json
run "named pipe as input" audit folder/pipe.jsonl
run "dicdir whose sys.dic is a named pipe" check draft.txt --profile ishinomaki --dicdir "$work/dic-pipe"
STDOUT=/dev/full run "report to a full disk (stdout is /dev/full)" check draft.txt --profile ishinomaki
run "unknown option after the file" check draft.txt --bogus
