#!/usr/bin/env bash
# flexmark-java alone over the benchmark corpus's article bodies (parse + render, one thread per core, no Guidepost
# code), with the launcher's compiler (C1) and with the optimizing one (C2): the floor under Guidepost's loading step.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
per_lang=${1:-5000}
passes=${2:-3}
corpus="$BENCH_DIR/work/corpus-$per_lang"
generate_corpus "$per_lang" "$corpus"
classpath_file="$BENCH_DIR/work/classpath.txt"
(cd "$ROOT_DIR" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null)
for compiler in "-XX:TieredStopAtLevel=1" "-XX:+TieredCompilation"; do
    echo "== $compiler"
    java "$compiler" -XX:+UseParallelGC -cp "$(cat "$classpath_file")" "$BENCH_DIR/FlexmarkFloor.java" "$corpus/guidepost/content" "$passes"
done
