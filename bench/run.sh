#!/bin/sh
# Times `dossier validate` on a generated repository. Usage:
#   bench/run.sh [UNITS TASKS FILES SIZE_KIB]      (default 40 × 50 × 10 = 20,000 files of ~16 KiB)
# Set BENCH_DIR to keep the repository somewhere else (default /tmp/dossier-bench).
set -eu
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
units=${1:-40}; tasks=${2:-50}; files=${3:-10}; size=${4:-16}
dir=${BENCH_DIR:-/tmp/dossier-bench}/repo-$units-$tasks-$files-$size
if [ ! -d "$dir" ]; then
  java bench/GenRepo.java "$dir" "$units" "$tasks" "$files" "$size"
fi
count=$(find "$dir/evidence" -type f | wc -l)
echo "repository: $dir ($count files, $(du -sh "$dir" | cut -f1))"
for run in 1 2 3; do
  start=$(date +%s.%N)
  ./dossier validate "$dir" --as-of 2021-08-05 --format json -o /tmp/dossier-bench-result.json --fail-on never
  end=$(date +%s.%N)
  echo "validate run $run: $(echo "$end - $start" | bc) s"
done
