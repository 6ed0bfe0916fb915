#!/usr/bin/env bash
# Search benchmark (issue 4): Guidepost's offline index vs Pagefind over Hugo's copy of the same pages; prints a Markdown table.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

per_lang=5000
work="$BENCH_DIR/work"
while [ $# -gt 0 ]; do
    case $1 in
        --articles-per-lang) per_lang=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        *) echo "usage: bench/search/run.sh [--articles-per-lang N] [--work DIR]" >&2; exit 2 ;;
    esac
done

require_tools java hugo chromium chromedriver mvn
corpus="$work/corpus-$per_lang"
guidepost_out="$work/guidepost-public-$per_lang"
hugo_public="$corpus/hugo/public"
mkdir -p "$work" "$BENCH_DIR/results"
pagefind=$(compgen -G "$BENCH_DIR/node_modules/@pagefind/*/bin/pagefind_extended" | head -n 1 || true)
pagefind=${pagefind:-$(compgen -G "$BENCH_DIR/node_modules/@pagefind/*/bin/pagefind" | head -n 1 || true)}
[ -x "$pagefind" ] || die "no Pagefind binary under bench/node_modules/@pagefind: run 'npm ci' in bench/"

generate_corpus "$per_lang" "$corpus"
guidepost_ready || die "the Guidepost launcher does not run"
echo "Building the Guidepost site and Hugo + Pagefind"
rm -rf "$guidepost_out" "$corpus/hugo/public" "$corpus/hugo/resources"
"$GUIDEPOST" build --site "$corpus/guidepost" --out "$guidepost_out" >"$work/search-guidepost.log" 2>&1
hugo --quiet --source "$corpus/hugo" >"$work/search-hugo.log" 2>&1
"$pagefind" --site "$hugo_public" >"$work/search-pagefind.log" 2>&1

(cd "$ROOT_DIR" && mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-test-classpath.txt)
report="$BENCH_DIR/results/search-$((2 * per_lang))-$(date +%Y%m%d-%H%M%S).md"
{
    echo "### Offline search: Guidepost vs Pagefind, $((2 * per_lang)) articles ($per_lang en + $per_lang vi)"
    echo
    echo "Machine: $(machine_line "$(cut -d' ' -f1-3 /proc/loadavg)"); Pagefind $("$pagefind" --version | awk '{ print $NF }'); $(chromium --version); $(date +%F)."
    echo
    java -cp "$(cat "$ROOT_DIR/target/bench-test-classpath.txt")" "$BENCH_DIR/search/SearchBench.java" "$guidepost_out" "$hugo_public" 2>"$work/search-bench.log"
} | tee "$report"
echo
echo "Report written to ${report#"$ROOT_DIR"/}"
