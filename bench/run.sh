#!/bin/sh
# Times dossier, through ./dossier as a user runs it, against two references measured in the same
# run: the script an office would otherwise write (bench/baseline.py: os.walk, then SHA-256 of every
# file) and reading every byte once (find | xargs -P2 cat). The machine may be shared: only the
# ratios within one run mean anything, not the seconds.
#
#   bench/run.sh [UNITS TASKS FILES SIZE_KIB]   default 120 × 28 × 6 files of ~256 KiB (~20,000 files, ~5 GB)
#
# Three repositories of that shape (made once, outside the tree, under BENCH_DIR, default
# /tmp/dossier-bench): mixed (pdf, jpg, docx, png, xlsx), undated (pdfs with a real trailer and no
# date, as scans are: the date scan reads both 64 KiB ends of each), dated (pdfs with /CreationDate,
# docx with core.xml). Then start-up, a register of BENCH_REGISTER_ROWS rows (default 1,000,000;
# 0 leaves it out) and one tenth of it in a 256 MB heap, and report, ledger and package on the dated
# repository. BENCH_HUGE=1 adds 100,000 evidence files validated in a 256 MB heap. BENCH_SHEET_ROWS=N
# (e.g. 1000000) adds a task sheet and a units table of N rows, and of N/10, each validated in a heap of
# BENCH_SHEET_HEAP (default 256m; a sheet of a million tasks needs ~1g: README, development section).
set -eu
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
units=${1:-120}; tasks=${2:-28}; files=${3:-6}; size=${4:-256}
base=${BENCH_DIR:-/tmp/dossier-bench}
rows=${BENCH_REGISTER_ROWS:-1000000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
asof=2021-08-05

seconds() { start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
# the middle of five runs: start-up is short enough for one scheduler hiccup to double it
median5() {
  for i in 1 2 3 4 5; do seconds "$@"; done | sort -n | sed -n 3p
}
validate() { ./dossier validate "$1" --as-of $asof --format json -o "$out/result.json" --fail-on never; }
readall() { find "$1" -type f -print0 | xargs -0 -P2 cat >/dev/null; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"

jv=$(median5 java -version)
ver=$(median5 ./dossier --version)
rul=$(median5 ./dossier rules)
echo "start-up (median of 5): java -version ${jv} s; dossier --version ${ver} s ($(ratio "$ver" "$jv")x); dossier rules ${rul} s ($(ratio "$rul" "$jv")x)   [target <= 4x]"

for kind in mixed undated dated; do
  dir=$base/$kind-$units-$tasks-$files-$size
  [ -d "$dir" ] || java bench/GenRepo.java "$dir" "$units" "$tasks" "$files" "$size" "$kind" >/dev/null
  echo
  echo "== $kind: $(find "$dir/evidence" -type f | wc -l) files, $(du -sh "$dir/evidence" | cut -f1) in $dir"
  python3 bench/baseline.py "$dir/evidence" >/dev/null   # the page cache warm for everybody
  py=$(seconds python3 bench/baseline.py "$dir/evidence")
  cat=$(seconds readall "$dir/evidence")
  rm -rf "$dir/out/.dossier"
  cold=$(seconds validate "$dir")
  warm=$(seconds validate "$dir")
  floor=$(echo "$ver + $cat" | bc)
  echo "python os.walk + sha256  ${py} s"
  echo "find | xargs -P2 cat     ${cat} s ($(ratio "$cat" "$py")x python)"
  echo "validate, cold           ${cold} s ($(ratio "$cold" "$py")x python, $(ratio "$cold" "$cat")x cat, $(ratio "$cold" "$floor")x start-up + cat)   [targets <= 0.4x python, <= 1.5x start-up + cat]"
  echo "validate, warm           ${warm} s ($(ratio "$warm" "$py")x python, $(ratio "$warm" "$cat")x cat)   [target <= 0.12x python]"
  if [ "$kind" = dated ]; then
    rep=$(seconds ./dossier report "$dir" --as-of $asof -o "$out/report.docx")
    repmd=$(seconds ./dossier report "$dir" --as-of $asof --format md -o "$out/report.md")
    led=$(seconds ./dossier ledger "$dir" --as-of $asof -o "$out/ledger.xlsx")
    dry=$(seconds ./dossier package "$dir" --as-of $asof --force --dry-run)
    pkg=$(seconds ./dossier package "$dir" --as-of $asof --force -o "$out/bundle.zip")
    echo "report                   ${rep} s ($(ratio "$rep" "$warm")x warm validate)   [target <= 1.2x + writing its output]"
    echo "report --format md       ${repmd} s ($(ratio "$repmd" "$warm")x warm validate; the docx's own writing is the difference: $(echo "$rep - $repmd" | bc) s, $(unzip -l "$out/report.docx" | awk '/word\/document.xml/ {printf "%.0f MB", $1/1048576}') of document.xml)"
    echo "ledger                   ${led} s ($(ratio "$led" "$warm")x warm validate)"
    echo "package --dry-run        ${dry} s ($(ratio "$dry" "$warm")x warm validate)"
    echo "package (zip of it all)  ${pkg} s ($(ratio "$pkg" "$(echo "$warm + $cat" | bc)")x warm validate + cat)"
    rm -f "$out/bundle.zip"
  fi
done

if [ "$rows" -gt 0 ]; then
  small=$((rows / 10))
  echo
  for n in $small $rows; do
    dir=$base/register-$n
    [ -d "$dir" ] || java bench/GenRegister.java "$dir" "$n" >/dev/null
  done
  t1=$(DOSSIER_JAVA_OPTS=-Xmx256m seconds validate "$base/register-$small")
  t2=$(DOSSIER_JAVA_OPTS=-Xmx256m seconds validate "$base/register-$rows")
  ok=$(DOSSIER_JAVA_OPTS=-Xmx256m ./dossier validate "$base/register-$rows" --as-of $asof --fail-on never -q >/dev/null 2>&1 && echo "finished" || echo "FAILED")
  echo "register in a 256 MB heap: $small rows ${t1} s, $rows rows ${t2} s ($(ratio "$t2" "$t1")x for 10x the rows, $ok)   [target <= 11x]"
fi

if [ "${BENCH_HUGE:-0}" = 1 ]; then
  dir=$base/huge-100000
  [ -d "$dir" ] || java bench/GenRepo.java "$dir" 200 50 10 4 mixed >/dev/null
  rm -rf "$dir/out/.dossier"
  hc=$(DOSSIER_JAVA_OPTS=-Xmx256m seconds validate "$dir")
  hw=$(DOSSIER_JAVA_OPTS=-Xmx256m seconds validate "$dir")
  echo "100,000 files in a 256 MB heap: cold ${hc} s, warm ${hw} s ($(grep -c . "$dir/out/.dossier/content-cache.tsv") cache lines)"
fi

if [ "${BENCH_SHEET_ROWS:-0}" -gt 0 ]; then
  heap=${BENCH_SHEET_HEAP:-256m}
  echo
  for kind in tasks units; do
    line=""
    for n in $((BENCH_SHEET_ROWS / 10)) $BENCH_SHEET_ROWS; do
      dir=$base/$kind-$n
      [ -d "$dir" ] || java bench/GenSheets.java "$dir" "$n" "$kind" >/dev/null
      start=$(date +%s.%N)
      if DOSSIER_JAVA_OPTS=-Xmx$heap ./dossier validate "$dir" --as-of $asof --fail-on never -q >/dev/null 2>"$out/sheet.err"; then how=finished; else how="exit $?: $(head -c 60 "$out/sheet.err")"; fi
      line="$line$n rows $(echo "$(date +%s.%N) - $start" | bc) s ($how); "
    done
    echo "$kind in a $heap heap: $line  [target: 10x the rows <= 11x the time]"
  done
fi
