#!/usr/bin/env bash
# Refait les captures d'écran du manuel d'openRèglement (docs/manuel-reglement.md) à partir des
# données de démonstration : base SQLite jetable (init + demo), puis openmairie-captures ouvre hors
# écran les fenêtres que voit l'agent et les enregistre dans docs/images/.
#
#   scripts/captures-manuel.sh              (dossier de construction : build/, ou OPENMAIRIE_BUILD_DIR)
set -euo pipefail
. "$(dirname "$0")/commun.sh"

[ -f "$build_dir/build.ninja" ] || echec "$build_dir n'est pas configuré : lancez d'abord scripts/demarrer.sh ou tester.sh"
message "Construction de la console, des modules et du programme de captures"
cmake --build "$build_dir" -j 2 --target openmairie-cli openmairie-captures om_reglement >/dev/null

travail=$(mktemp -d "${TMPDIR:-/tmp}/openmairie-captures.XXXXXX")
trap 'rm -rf "$travail"' EXIT
export XDG_CONFIG_HOME="$travail/config" XDG_DATA_HOME="$travail/donnees"
export OPENMAIRIE_MODULE_PATH="$build_dir/lib/openmairie/modules"
export OPENMAIRIE_PASSWORD="Captures-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
unset OPENMAIRIE_DEPLOYMENT_FILE
base="$travail/demo.sqlite"

message "Base de démonstration (Arles)"
"$build_dir/bin/openmairie-cli" --db "sqlite:$base" init --commune 13004 --user admin >/dev/null
"$build_dir/bin/openmairie-cli" --db "sqlite:$base" --user admin demo >/dev/null

message "Captures dans docs/images/"
QT_QPA_PLATFORM=offscreen "$build_dir/bin/openmairie-captures" --db "sqlite:$base" --user admin \
    --sortie "$racine/docs/images"
message "Captures à jour : relisez-les (docs/manuel-reglement.md) avant de les valider."
