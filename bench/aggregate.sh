#!/bin/sh
# Times `dossier aggregate` on N generated district results (~2 MB each) in a 256 MB heap, in the
# same run as a Python script that json.loads each result and sums coverage per area, and checks
# that merging the results in reverse order gives the same bytes. Usage: bench/aggregate.sh [N]
# BENCH_DIR keeps the generated results somewhere else (default /tmp/dossier-bench).
set -eu
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
n=${1:-3000}
dir=${BENCH_DIR:-/tmp/dossier-bench}/results-$n
if [ ! -f "$dir/district-$(printf %04d $((n - 1))).json" ]; then
  python3 bench/gen_results.py "$dir" "$n"
fi
echo "results: $dir ($n files, $(du -sh "$dir" | cut -f1))"

seconds() { start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }

out=${BENCH_DIR:-/tmp/dossier-bench}/aggregate-out
rm -rf "$out" "$out-reversed"
cat "$dir"/*.json >/dev/null   # warm the page cache for everybody
py=$(seconds python3 bench/aggregate_baseline.py "$dir")
export DOSSIER_JAVA_OPTS="-Xmx256m ${DOSSIER_JAVA_OPTS:-}"
merge=$(seconds ./dossier aggregate "$dir" -o "$out" --name 某省 --format json,ledger -q)
# shellcheck disable=SC2046
seconds ./dossier aggregate $(ls "$dir"/*.json | sort -r) -o "$out-reversed" --name 某省 --format json,ledger -q >/dev/null
same=yes
for f in 汇总结果.json 汇总台账.xlsx; do
  cmp -s "$out/$f" "$out-reversed/$f" || same=no
done
echo "python json.load + sum per area: ${py} s"
echo "dossier aggregate (-Xmx256m):   ${merge} s ($(echo "scale=2; $merge / $py" | bc) x python)"
echo "same bytes in reverse order:     $same"
[ "$same" = yes ]
