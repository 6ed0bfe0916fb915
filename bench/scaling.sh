#!/usr/bin/env bash
# Scaling benchmark: Guidepost full builds at growing corpus sizes; prints time per article as a Markdown table.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
    cat <<EOF
usage: bench/scaling.sh [--sizes "1000 10000 50000"] [--rounds R] [--work DIR]
  --sizes "A B ..."  total article counts, split evenly between en and vi (default "1000 10000 50000")
  --rounds R         builds per size (default 1); the median is reported
  --work DIR         where the corpora and outputs go (default bench/work)
EOF
    exit 2
}

sizes="1000 10000 50000"
rounds=1
work="$BENCH_DIR/work"
while [ $# -gt 0 ]; do
    case $1 in
        --sizes) sizes=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        *) usage ;;
    esac
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || usage
for total in $sizes; do
    [[ $total =~ ^[1-9][0-9]*$ && $((total % 2)) -eq 0 ]] || die "sizes must be even positive article counts, got '$total'"
done

require_tools java du awk
guidepost_ready || die "nothing to measure without a working Guidepost launcher"
logs="$work/logs"
mkdir -p "$work" "$logs" "$BENCH_DIR/results"
RESULTS="$work/scaling.tmp"
: >"$RESULTS"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for total in $sizes; do
    corpus="$work/corpus-$((total / 2))-guidepost-only"
    generate_corpus $((total / 2)) "$corpus" --no-hugo
    echo "Guidepost, $total articles"
    for round in $(seq 1 "$rounds"); do
        rm -rf "$work/scaling-public" "$corpus/guidepost/.guidepost-cache"
        timed "build-$total" "$logs/scaling-$total-$round.log" \
            "$GUIDEPOST" build --site "$corpus/guidepost" --out "$work/scaling-public" || true
    done
done
rm -rf "$work/scaling-public"

report="$BENCH_DIR/results/scaling-$(date +%Y%m%d-%H%M%S).md"
{
    echo "### Guidepost build time by corpus size (en + vi, median of $rounds)"
    echo
    echo "Machine: $(machine_line "$load_before"); $(date +%F)."
    echo
    echo "| articles | wall time (s) | peak RSS (MB) | ms per article | ms per added article |"
    echo "|---:|---:|---:|---:|---:|"
    previous_total=""; previous_time=""
    for total in $sizes; do
        seconds=$(median "build-$total" 2)
        peak=$(median "build-$total" 3)
        per_article=$(divide "$seconds" "$total" 6)
        marginal="–"
        if [ -n "$previous_time" ] && [ -n "$seconds" ]; then
            marginal=$(awk -v t="$seconds" -v pt="$previous_time" -v n="$total" -v pn="$previous_total" \
                'BEGIN { printf "%.2f", 1000 * (t - pt) / (n - pn) }')
        fi
        echo "| $total | ${seconds:-failed} | $(mb "$peak" 1024) | $(awk -v v="$per_article" 'BEGIN { if (v == "n/a") print "n/a"; else printf "%.2f", 1000 * v }') | $marginal |"
        previous_total=$total; previous_time=$seconds
    done
    echo
    echo "\"ms per added article\" is the slope between consecutive sizes: it stays flat when the build grows linearly"
    echo "(the fixed start-up cost, JVM included, weighs on \"ms per article\" at small sizes only)."
} | tee "$report"
echo
echo "Report written to ${report#"$ROOT_DIR"/}"
