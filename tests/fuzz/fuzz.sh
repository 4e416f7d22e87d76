#!/usr/bin/env bash
# Builds (if needed) and runs every libFuzzer target for a bounded time each.
#   tests/fuzz/fuzz.sh [SECONDES_PAR_CIBLE] [DOSSIER_DE_CONSTRUCTION]
# CI: 30 s per target (scripts/tester.sh). By hand: longer, e.g. tests/fuzz/fuzz.sh 600.
# The corpus grows in <build>/corpus/<cible> and is kept between runs; a crash leaves its input in
# <build>/artefacts/ and makes the script fail (replay: <build>/<cible> <fichier>).
set -euo pipefail
racine=$(cd "$(dirname "$0")/../.." && pwd)
secondes=${1:-30}
build=${2:-$racine/build-fuzz}

command -v clang++ >/dev/null || { echo "Erreur : clang++ est nécessaire au fuzzing (paquet clang)." >&2; exit 1; }
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$racine/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
fi
cmake --build "$build" -j "${OPENMAIRIE_FUZZ_JOBS:-2}"

mkdir -p "$build/artefacts"
# Seed corpus: the import bad-input suite, the shipped templates, typed dates and INSEE codes.
graines() {
    case "$1" in
        fuzz_csvreader) echo "$racine/tests/fixtures/import" ;;
        fuzz_template) echo "$racine/resources/templates/reglement" ;;
        fuzz_dates_insee) echo "$racine/tests/fuzz/seeds/dates_insee" ;;
    esac
}
statut=0
for cible in fuzz_csvreader fuzz_template fuzz_dates_insee; do
    corpus="$build/corpus/$cible"
    mkdir -p "$corpus"
    printf '==> %s : %s s\n' "$cible" "$secondes"
    # UBSan reports are fatal (-fno-sanitize-recover) and ASan's leaks too: any report fails the run.
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 QT_QPA_PLATFORM=offscreen \
        "$build/$cible" "$corpus" "$(graines "$cible")" -max_total_time="$secondes" -timeout=20 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$build/artefacts/$cible-" -print_final_stats=1 2>"$build/$cible.log"; then
        statut=1
        tail -n 60 "$build/$cible.log" >&2
        printf 'Erreur : %s a trouvé une entrée fautive (voir %s/artefacts).\n' "$cible" "$build" >&2
    else
        grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$build/$cible.log" | sed 's/^/    /' || true
    fi
done
exit $statut
