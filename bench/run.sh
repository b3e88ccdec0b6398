#!/bin/sh
# Times `dossier validate` on a generated repository, in the same run as the script a user would
# otherwise write (Python: os.walk, then hashlib.sha256 of each file). Usage:
#   bench/run.sh [UNITS TASKS FILES SIZE_KIB]   default 40 × 50 × 10 = 20,000 files of ~256 KiB (~5 GB)
# BENCH_DIR keeps the generated repository somewhere else (default /tmp/dossier-bench).
set -eu
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
units=${1:-40}; tasks=${2:-50}; files=${3:-10}; size=${4:-256}
dir=${BENCH_DIR:-/tmp/dossier-bench}/repo-$units-$tasks-$files-$size
if [ ! -d "$dir" ]; then
  java bench/GenRepo.java "$dir" "$units" "$tasks" "$files" "$size"
fi
echo "repository: $dir ($(find "$dir/evidence" -type f | wc -l) files, $(du -sh "$dir/evidence" | cut -f1))"

seconds() { start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

python3 bench/baseline.py "$dir/evidence" >/dev/null   # warm the page cache for everybody
py=$(seconds python3 bench/baseline.py "$dir/evidence")
rm -rf "$dir/out/.dossier"
cold=$(seconds ./dossier validate "$dir" --as-of 2021-08-05 --format json -o /tmp/dossier-bench-result.json --fail-on never)
warm=$(seconds ./dossier validate "$dir" --as-of 2021-08-05 --format json -o /tmp/dossier-bench-result.json --fail-on never)
echo "python os.walk + sha256: ${py} s"
echo "dossier validate, cold:  ${cold} s ($(echo "scale=2; $cold / $py" | bc) x python)"
echo "dossier validate, warm:  ${warm} s ($(echo "scale=2; $warm / $py" | bc) x python)"
