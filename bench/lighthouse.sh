#!/usr/bin/env bash
# Lighthouse (mobile emulation, Debian's Chromium) on the sample site served on 127.0.0.1: home, an article, search, a checklist if built.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$BENCH_DIR/.." && pwd)

usage() {
    cat <<USAGE
usage: bench/lighthouse.sh [--site DIR] [--work DIR]
  --site DIR   the site folder to build and measure (default: the repository's sample site)
  --work DIR   where the built site and the Lighthouse reports go (default bench/work/lighthouse)
Needs node and npm; Lighthouse is pinned in bench/lighthouse/package.json. Chromium: \$CHROME_PATH or /usr/bin/chromium.
USAGE
    exit 2
}

site="$ROOT_DIR"
work="$BENCH_DIR/work/lighthouse"
while [ $# -gt 0 ]; do
    case $1 in
        --site) site=$(cd "$2" && pwd); shift 2 ;;
        --work) work=$2; shift 2 ;;
        *) usage ;;
    esac
done

export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "lighthouse.sh: no Chromium at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)" >&2; exit 1; }
command -v npm >/dev/null || { echo "lighthouse.sh: npm not found" >&2; exit 1; }
if [ ! -x "$BENCH_DIR/lighthouse/node_modules/.bin/lighthouse" ]; then
    (cd "$BENCH_DIR/lighthouse" && npm install --no-audit --no-fund)
fi

mkdir -p "$work/site"
port_file="$work/port"
rm -f "$port_file"
node "$BENCH_DIR/lighthouse/serve.mjs" "$work/site" >"$port_file" &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$port_file")"

# built for the address it is served at, as a hosted site would be (absolute canonical and hreflang links)
"$ROOT_DIR/guidepost" build --quiet --site "$site" --out "$work/site" --base-url "$base/" >&2

# the first language's home, its first article, its search page, and its first checklist when the site has checklists
lang=$(sed -n 's/^default_language: *//p' "$site/content/site.yaml")
article=$(cd "$work/site" && find "$lang" -mindepth 3 -name index.html -not -path "$lang/topics/*" -not -path "$lang/checklists/*" | sort | head -1)
checklist=$(cd "$work/site" && find "$lang/checklists" -mindepth 2 -name index.html 2>/dev/null | sort | head -1 || true)
pages=("home=$lang/index.html" "article=$article" "search=$lang/search/index.html")
[ -n "$checklist" ] && pages+=("checklist=$checklist")

printf '| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|\n'
for entry in "${pages[@]}"; do
    name=${entry%%=*}
    path=${entry#*=}
    report="$work/$name.report.json"
    "$BENCH_DIR/lighthouse/node_modules/.bin/lighthouse" "$base/$path" --quiet \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
        --output=json --output-path="$report" >&2
    node -e '
        const report = require(process.argv[1]);
        const score = id => Math.round(report.categories[id].score * 100);
        const failed = Object.values(report.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
            && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable").map(a => a.id);
        console.log(`| ${process.argv[2]} (${process.argv[3]}) | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} |`);
        if (failed.length) console.error(`${process.argv[2]}: audits below 100: ${failed.join(", ")}`);
    ' "$(cd "$(dirname "$report")" && pwd)/$(basename "$report")" "$name" "$path"
done
echo "Lighthouse $("$BENCH_DIR/lighthouse/node_modules/.bin/lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null), mobile emulation; reports in $work" >&2
