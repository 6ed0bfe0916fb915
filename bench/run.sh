#!/usr/bin/env bash
# Side-by-side benchmark: Guidepost full build vs Hugo + Pagefind on one generated en+vi corpus; prints a Markdown report.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
    cat <<EOF
usage: bench/run.sh [--articles-per-lang N] [--rounds R] [--work DIR]
  --articles-per-lang N   articles per language, en + vi (default 5000, i.e. 10,000 articles)
  --rounds R              alternating rounds of Guidepost, Hugo, Pagefind (default 3); medians are reported
  --work DIR              where the corpus and outputs go (default bench/work)
EOF
    exit 2
}

per_lang=5000
rounds=3
work="$BENCH_DIR/work"
while [ $# -gt 0 ]; do
    case $1 in
        --articles-per-lang) per_lang=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        *) usage ;;
    esac
done
[[ $per_lang =~ ^[1-9][0-9]*$ && $rounds =~ ^[1-9][0-9]*$ ]] || usage

require_tools java hugo npm du awk
total=$((2 * per_lang))
corpus="$work/corpus-$per_lang"
guidepost_out="$work/guidepost-public-$per_lang"
hugo_site="$corpus/hugo"
logs="$work/logs"
mkdir -p "$work" "$logs" "$BENCH_DIR/results"
RESULTS="$work/runs-$per_lang.tmp"
: >"$RESULTS"

if ! compgen -G "$BENCH_DIR/node_modules/@pagefind/*/bin/pagefind*" >/dev/null; then
    echo "Installing the pinned Pagefind (npm ci in bench/)"
    (cd "$BENCH_DIR" && npm install --no-audit --no-fund)
fi
# The platform binary that `npx pagefind` would spawn, run directly so that Node's start-up is not charged to Pagefind.
pagefind=$(compgen -G "$BENCH_DIR/node_modules/@pagefind/*/bin/pagefind_extended" | head -n 1 || true)
pagefind=${pagefind:-$(compgen -G "$BENCH_DIR/node_modules/@pagefind/*/bin/pagefind" | head -n 1)}
[ -x "$pagefind" ] || die "no Pagefind binary under bench/node_modules/@pagefind (npm ci in bench/ failed?)"

generate_corpus "$per_lang" "$corpus"
with_guidepost=true
guidepost_ready || with_guidepost=false

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$rounds"); do
    echo "Round $round of $rounds ($total articles)"
    if $with_guidepost; then
        rm -rf "$guidepost_out" "$corpus/guidepost/.guidepost-cache"
        timed guidepost "$logs/guidepost-$round.log" \
            "$GUIDEPOST" build --site "$corpus/guidepost" --out "$guidepost_out" || true
    fi
    rm -rf "$hugo_site/public" "$hugo_site/resources"
    timed hugo "$logs/hugo-$round.log" hugo --quiet --source "$hugo_site" || true
    timed pagefind "$logs/pagefind-$round.log" "$pagefind" --site "$hugo_site/public" || true
done

g_time=$(median guidepost 2); g_peak=$(median guidepost 3); g_cpu=$(median guidepost 5)
h_time=$(median hugo 2); h_peak=$(median hugo 3); h_cpu=$(median hugo 5)
p_time=$(median pagefind 2); p_peak=$(median pagefind 3); p_cpu=$(median pagefind 5)
# sum_of A B: A + B, empty when either is missing.
sum_of() {
    [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { print a + b }' || true
}
hp_time=$(sum_of "$h_time" "$p_time")
hp_peak=$([ -n "$h_peak" ] && [ -n "$p_peak" ] && awk -v a="$h_peak" -v b="$p_peak" 'BEGIN { print (a > b ? a : b) }' || true)
g_out=""; g_search=""
if [ -n "$g_time" ]; then
    g_out=$(bytes "$guidepost_out")
    g_search=$(bytes "$guidepost_out/search")
fi
h_out=$(bytes "$hugo_site/public" --exclude=pagefind)
p_search=$(bytes "$hugo_site/public/pagefind")

# verdict VALUE LIMIT: whether a ratio meets its target.
verdict() {
    awk -v v="$1" -v l="$2" 'BEGIN { if (v == "n/a") print "–"; else print (v + 0 <= l + 0 ? "yes" : "no") }'
}
ratio_time_all=$(divide "$g_time" "$hp_time")
ratio_time_hugo=$(divide "$g_time" "$h_time")
ratio_memory=$(divide "$g_peak" "$h_peak")
ratio_search=$(divide "$g_search" "$p_search")
guidepost_note=""
$with_guidepost || guidepost_note="Guidepost was not measured: its launcher is missing or does not answer \`--version\`."
if $with_guidepost && [ -z "$g_time" ]; then
    guidepost_note="Guidepost was not measured: every build failed (see $logs/guidepost-*.log)."
fi

report="$BENCH_DIR/results/run-$total-$(date +%Y%m%d-%H%M%S).md"
{
    echo "### Guidepost vs Hugo + Pagefind: $total articles ($per_lang en + $per_lang vi), median of $rounds rounds"
    echo
    echo "Machine: $(machine_line "$load_before"); Pagefind $("$pagefind" --version | awk '{ print $NF }'); $(date +%F)."
    echo
    echo "| | wall time (s) | CPU time (s) | peak RSS (MB) | output (MB) | search index (MB) |"
    echo "|---|---:|---:|---:|---:|---:|"
    echo "| Guidepost: pages + search + checklists | ${g_time:-–} | ${g_cpu:-–} | $(mb "$g_peak" 1024) | $(mb "$g_out" 1048576) | $(mb "$g_search" 1048576) |"
    echo "| Hugo | ${h_time:-–} | ${h_cpu:-–} | $(mb "$h_peak" 1024) | $(mb "$h_out" 1048576) | |"
    echo "| Pagefind over Hugo's output | ${p_time:-–} | ${p_cpu:-–} | $(mb "$p_peak" 1024) | | $(mb "$p_search" 1048576) |"
    echo "| Hugo + Pagefind | ${hp_time:-–} | $(sum_of "$h_cpu" "$p_cpu") | $(mb "$hp_peak" 1024) | $(mb "$([ -n "$h_out" ] && [ -n "$p_search" ] && echo $((h_out + p_search)))" 1048576) | $(mb "$p_search" 1048576) |"
    echo
    echo "| ratio | value | target | met |"
    echo "|---|---:|---:|:---:|"
    echo "| Guidepost / (Hugo + Pagefind), wall time | $ratio_time_all | ≤ 0.5 | $(verdict "$ratio_time_all" 0.5) |"
    echo "| Guidepost / Hugo, wall time | $ratio_time_hugo | ≤ 1.0 | $(verdict "$ratio_time_hugo" 1) |"
    echo "| Guidepost / Hugo, peak memory | $ratio_memory | ≤ 1.0 | $(verdict "$ratio_memory" 1) |"
    echo "| Guidepost / Pagefind, search index size | $ratio_search | < 1.0 | $(verdict "$ratio_search" 0.999) |"
    echo
    echo "Rounds (s): Guidepost $(runs_of guidepost | grep . || echo "not run"); Hugo $(runs_of hugo); Pagefind $(runs_of pagefind)."
    echo "CPU time is user + system time of all threads: on a shared machine it shows the work done when the wall time drifts."
    [ -z "$guidepost_note" ] || { echo; echo "$guidepost_note"; }
} | tee "$report"
echo
echo "Report written to ${report#"$ROOT_DIR"/}"
