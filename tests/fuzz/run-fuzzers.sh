#!/usr/bin/env bash
# Runs the libFuzzer targets of a sanitize build for a given time each and prints, per target, the
# executions, executions per second, coverage (edges and features) and crashes, then the totals.
# Fails on any crash (or sanitizer report, or timeout) and on a target that ran zero executions.
# Usage: run-fuzzers.sh [--seconds N] [--build DIR] [TARGET...]   (targets: profile json route embed markup bibtex)
# The corpus each target grows is kept in DIR/fuzz-corpus/TARGET, so later runs start where the last
# stopped; crashing inputs are written to DIR/fuzz-artifacts/ (reproduce: DIR/tests/fuzz/fuzz_TARGET FILE).
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
seconds=60; build="$repo/build/sanitize"; targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --build) build="$2"; shift 2 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -eq 0 ] && targets=(profile json route embed markup bibtex)

# Seed corpora (read-only): valid and invalid inputs of each parser.
seeds_for() {
    case "$1" in
        profile|json) echo "$repo/data $repo/tests/fixtures $repo/tests/fixtures/malformed $repo/tests/fixtures/hostile" ;;
        bibtex) echo "$here/seeds/bibtex $repo/tests/data/bib" ;;
        *) echo "$here/seeds/$1" ;;
    esac
}

mkdir -p "$build/fuzz-artifacts"
status=0; total_runs=0
printf '%-8s %12s %10s %8s %8s %8s  %s\n' target executions exec/s edges features crashes log
for t in "${targets[@]}"; do
    bin="$build/tests/fuzz/fuzz_$t"
    if [ ! -x "$bin" ]; then echo "$bin is missing: build the preset sanitize (cmake --build --preset sanitize --target fuzzers)"; exit 2; fi
    corpus="$build/fuzz-corpus/$t"; log="$build/fuzz-$t.log"
    mkdir -p "$corpus"
    rm -f "$build/fuzz-artifacts/$t-"*
    # shellcheck disable=SC2046
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        "$bin" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$here/dict/$t.dict" -artifact_prefix="$build/fuzz-artifacts/$t-" "$corpus" $(seeds_for "$t") >"$log" 2>&1
    code=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    crashes=$(find "$build/fuzz-artifacts" -name "$t-*" | wc -l)
    printf '%-8s %12s %10s %8s %8s %8s  %s\n' "$t" "${runs:-0}" "${rate:-0}" "${cov:-?}" "${ft:-?}" "$crashes" "$log"
    total_runs=$((total_runs + ${runs:-0}))
    if [ $code -ne 0 ] || [ "$crashes" -gt 0 ]; then
        status=1
        echo "fuzz_$t FAILED (exit $code): $(grep -m1 -E 'ERROR|fuzz check failed|runtime error|Timeout|out-of-memory' "$log")"
        for f in "$build/fuzz-artifacts/$t-"*; do [ -e "$f" ] && echo "  reproduce: $bin $f"; done
    elif [ "${runs:-0}" -eq 0 ]; then
        status=1; echo "fuzz_$t FAILED: no executions (see $log)"
    fi
done
echo "total executions: $total_runs"
exit $status
