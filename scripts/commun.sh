# Fonctions partagées par demarrer.sh et tester.sh (à inclure avec « . »).

racine=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${OPENMAIRIE_BUILD_DIR:-$racine/build}

message() { printf '\033[1m==> %s\033[0m\n' "$*"; }
echec() { printf '\033[31mErreur : %s\033[0m\n' "$*" >&2; exit 1; }

# Installe les paquets Debian qui manquent (et seulement eux).
installer_paquets() {
    local manquants=()
    while read -r paquet; do
        case "$paquet" in ''|'#'*) continue ;; esac
        dpkg-query -W -f='${Status}' "$paquet" 2>/dev/null | grep -q 'install ok installed' || manquants+=("$paquet")
    done < "$racine/scripts/paquets-debian.txt"
    if [ ${#manquants[@]} -eq 0 ]; then
        return 0
    fi
    message "Installation des paquets manquants : ${manquants[*]}"
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || echec "ces paquets manquent et il faut être root pour les installer : ${manquants[*]}"
        sudo=sudo
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${manquants[@]}" >/dev/null
}

# Configure (une fois) et construit la suite avec ccache ; les reconstructions sont incrémentales.
construire() {
    message "Construction dans $build_dir"
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$racine" -B "$build_dir" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
            -DOPENMAIRIE_WARNINGS_AS_ERRORS=ON >/dev/null
    fi
    cmake --build "$build_dir" -j "$(nproc)"
}
