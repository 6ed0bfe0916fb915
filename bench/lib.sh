# Shared helpers of run.sh and scaling.sh: paths, tool checks, corpus generation, timed runs, medians, machine line.
# Sourced, not executed. Callers set RESULTS (the file timed runs append to) before calling timed.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$BENCH_DIR/.." && pwd)
GUIDEPOST=${GUIDEPOST:-"$ROOT_DIR/guidepost"}  # override to measure another checkout's launcher

die() {
    echo "bench: $*" >&2
    exit 1
}

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found on PATH"
    done
    [ -x /usr/bin/time ] || die "GNU time missing: install it with 'apt-get install time'"
}

# generate_corpus PER_LANG DIR [--no-hugo]: writes the corpus unless DIR already holds it from the same generator.
generate_corpus() {
    local per_lang=$1 dir=$2 extra=${3:-}
    local stamp
    stamp="$(sha256sum "$BENCH_DIR/CorpusGenerator.java" | cut -c1-16) $per_lang $extra"
    if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
        echo "Reusing corpus $dir"
        return
    fi
    java "$BENCH_DIR/CorpusGenerator.java" --articles-per-lang "$per_lang" --out "$dir" $extra
    echo "$stamp" >"$dir/.stamp"
}

# guidepost_ready: true when the launcher exists and answers; a launcher that builds itself does so here, untimed,
# and so does its first build, which writes the class-data archive every later build starts from.
guidepost_ready() {
    [ -x "$GUIDEPOST" ] || { echo "Guidepost: launcher $GUIDEPOST not found — Guidepost is not measured" >&2; return 1; }
    "$GUIDEPOST" --version >/dev/null 2>&1 \
        || { echo "Guidepost: '$GUIDEPOST --version' failed — Guidepost is not measured" >&2; return 1; }
    local warm_up
    warm_up=$(mktemp -d)
    "$GUIDEPOST" build --quiet --site "$ROOT_DIR" --out "$warm_up/public" >/dev/null 2>&1 || true
    rm -rf "$warm_up"
}

# timed LABEL LOG COMMAND...: runs COMMAND under GNU time; appends "LABEL seconds peak_kb exit_status" to $RESULTS.
timed() {
    local label=$1 log=$2
    shift 2
    local measure status=0 seconds peak user system
    measure=$(mktemp)
    /usr/bin/time -f '%e %M %U %S' -o "$measure" "$@" >"$log" 2>&1 || status=$?
    read -r seconds peak user system < <(tail -n 1 "$measure")
    rm -f "$measure"
    # columns: label, wall seconds, peak RSS (KB), exit status, CPU seconds (user + system, all threads)
    echo "$label ${seconds:-0} ${peak:-0} $status $(awk -v u="${user:-0}" -v s="${system:-0}" 'BEGIN { print u + s }')" >>"$RESULTS"
    if [ "$status" -eq 0 ]; then
        printf '  %-10s %8.2f s %8d MB\n' "$label" "$seconds" $((peak / 1024))
    else
        printf '  %-10s FAILED (exit %s), last lines of %s:\n' "$label" "$status" "$log"
        tail -n 5 "$log" | sed 's/^/      /'
    fi
    return "$status"
}

# median LABEL COLUMN: median of column 2 (seconds) or 3 (peak KB) over the successful runs of LABEL; empty if none.
median() {
    awk -v label="$1" -v column="$2" '$1 == label && $4 == 0 { print $column }' "$RESULTS" | sort -g \
        | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else if (NR) print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# runs_of LABEL: the seconds of every run of LABEL, in order, "failed" for failed runs.
runs_of() {
    awk -v label="$1" '$1 == label { printf "%s%s", sep, ($4 == 0 ? $2 : "failed"); sep = ", " }' "$RESULTS"
}

# bytes PATH [du options]: apparent size in bytes, empty if PATH does not exist.
bytes() {
    local path=$1
    shift
    if [ -e "$path" ]; then
        du -sb "$@" "$path" | cut -f1
    fi
}

# divide A B [DECIMALS]: A / B, or "n/a" when either is missing or B is zero.
divide() {
    awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.*f\n", d, a / b }'
}

# mb BYTES_OR_KB DIVISOR: a human figure in MB with one decimal, "–" when missing.
mb() {
    awk -v v="$1" -v d="$2" 'BEGIN { if (v == "") print "–"; else printf "%.1f\n", v / d }'
}

# machine_line LOAD: cores, CPU, memory, the load average taken before the runs, OS and tool versions.
machine_line() {
    local cpu memory
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    memory=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    printf '%s cores (%s), %s RAM, load average %s before the runs, %s %s; %s; %s; Guidepost %s' \
        "$(nproc)" "${cpu:-unknown CPU}" "$memory" "$1" "$(uname -s)" "$(uname -r)" \
        "$(java -version 2>&1 | head -n 1)" "$(hugo version 2>/dev/null | cut -d' ' -f1-2)" \
        "$(git -C "$(dirname "$GUIDEPOST")" rev-parse --short HEAD 2>/dev/null || echo unknown)"
}
