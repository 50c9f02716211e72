#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (in build-fuzz/) and runs each for SECONDS.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     default: 60 s, every target
# Exits non-zero when a target finds a crash; the input is left in build-fuzz/artifacts/.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_page fuzz_extract fuzz_query fuzz_normalize fuzz_feed"}
build=${FUZZ_BUILD_DIR:-build-fuzz}

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DJIKENBO_FUZZ=ON >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" --target $targets

mkdir -p "$build/artifacts"
status=0
for t in $targets; do
    name=${t#fuzz_}
    work="$build/corpus/$name"
    mkdir -p "$work"
    log="$build/$t.log"
    echo "fuzz: $t for ${seconds}s"
    if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/$t" "$work" "tests/fuzz/corpus/$name" \
        -dict=tests/fuzz/jikenbo.dict -max_total_time="$seconds" -max_len=65536 -timeout=20 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" >"$log" 2>&1; then
        execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')
        echo "fuzz: $t ok, $execs executions, corpus $(ls "$work" | wc -l) inputs"
    else
        status=1
        echo "fuzz: $t FAILED; see $log and $build/artifacts/" >&2
        tail -n 40 "$log" >&2
    fi
done
exit $status
