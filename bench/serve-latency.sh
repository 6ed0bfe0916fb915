#!/usr/bin/env bash
# Save-to-served latency of `guidepost serve` on a generated site (10,000 articles by default): see bench/README-serve.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
per_lang=5000
edits=10
edit=body
while [ $# -gt 0 ]; do
  case "$1" in
    --articles-per-lang) per_lang="$2"; shift 2 ;;
    --edits) edits="$2"; shift 2 ;;
    --edit) edit="$2"; shift 2 ;;
    *) echo "usage: bench/serve-latency.sh [--articles-per-lang N] [--edits N] [--edit body|title]" >&2; exit 2 ;;
  esac
done
generator="${GENERATOR:-$here/CorpusGenerator.java}"
if [ ! -f "$generator" ]; then
  echo "serve-latency: no corpus generator at $generator (it comes with the bench/ harness; or set GENERATOR=path)" >&2
  exit 2
fi
work="$here/work/serve-latency-$per_lang"
if [ ! -f "$work/guidepost/content/site.yaml" ]; then
  echo "generating $per_lang + $per_lang articles into $work ..." >&2
  java "$generator" --articles-per-lang "$per_lang" --out "$work" --no-hugo >&2
fi
"$root/guidepost" --version >/dev/null   # compiles the tool first if needed, outside the measurement
java "$here/ServeLatency.java" --guidepost "$root/guidepost" --site "$work/guidepost" --edits "$edits" --edit "$edit"
