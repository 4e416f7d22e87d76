#!/usr/bin/env bash
# Vérifie le paquet Debian tel qu'un partenaire l'installe : construit le .deb (cpack -G DEB), le
# déballe dans une racine jetable (dpkg -x, sans rien installer sur la machine), puis lance depuis là :
#   openmairie-cli --version, modules, init et demo sur un fichier SQLite temporaire ;
#   l'interface graphique hors écran jusqu'à l'affichage de la fenêtre principale ;
#   la construction du module modèle du SDK (docs/sdk/module-modele) contre le paquet CMake déballé,
#   son test, puis son chargement par la suite déballée (OPENMAIRIE_MODULE_PATH).
# Échoue au premier écart, avec un message en français. Appelé par tester.sh après les tests.
#
#   scripts/verifier-paquet.sh            (dossier de construction : build/, ou OPENMAIRIE_BUILD_DIR)
set -euo pipefail
. "$(dirname "$0")/commun.sh"

[ -f "$build_dir/CPackConfig.cmake" ] || echec "$build_dir n'est pas configuré : lancez d'abord scripts/tester.sh"
for outil in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$outil" >/dev/null || echec "$outil est introuvable (paquets cmake et dpkg-dev)"
done

travail=$(mktemp -d "${TMPDIR:-/tmp}/openmairie-paquet.XXXXXX")
nettoyer() { rm -rf "$travail"; }
trap nettoyer EXIT

message "Construction du paquet Debian (cpack -G DEB)"
cmake --build "$build_dir" -j "${OPENMAIRIE_JOBS:-$(nproc)}" >/dev/null
(cd "$build_dir" && cpack -G DEB -B "$travail/paquet" >"$travail/cpack.log" 2>&1) \
    || { cat "$travail/cpack.log" >&2; echec "cpack n'a pas pu construire le paquet"; }
deb=$(ls "$travail"/paquet/openmairie_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || echec "aucun fichier .deb produit dans $travail/paquet"
message "Paquet : $(basename "$deb")"

# What the package declares and holds.
depends=$(dpkg-deb -f "$deb" Depends)
for dependance in libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n; do
    grep -q "$dependance" <<<"$depends" || echec "le paquet ne dépend pas de $dependance (Depends : $depends)"
done
contenu=$(dpkg-deb -c "$deb")
for attendu in ./usr/bin/openmairie ./usr/bin/openmairie-cli ./usr/share/applications/openmairie.desktop \
               ./usr/share/icons/hicolor/scalable/apps/openmairie.svg /openmairie/modules/om_reglement.so \
               /cmake/OpenMairie/OpenMairieConfig.cmake /cmake/OpenMairie/OpenMairieModule.cmake \
               ./usr/include/openmairie/core/IModule.h ./usr/include/openmairie/coreui/IModuleUi.h; do
    grep -q -- "$attendu" <<<"$contenu" || echec "le paquet ne contient pas $attendu"
done

racine_paquet="$travail/racine"
dpkg -x "$deb" "$racine_paquet"
libdir=$(dirname "$(find "$racine_paquet/usr/lib" -name 'libopenmairie-core.so*' | head -n 1)")
[ -d "$libdir" ] || echec "libopenmairie-core introuvable dans le paquet"
grep -q '^Categories=Office;' "$racine_paquet/usr/share/applications/openmairie.desktop" \
    || echec "l'entrée de bureau n'est pas dans la catégorie Office"

# The unpacked suite, as if installed: its own libraries, a private settings folder, no deployment file.
export LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export XDG_CONFIG_HOME="$travail/config" XDG_DATA_HOME="$travail/donnees" XDG_CONFIG_DIRS="$travail/xdg"
unset OPENMAIRIE_MODULE_PATH OPENMAIRIE_DEPLOYMENT_FILE
cli="$racine_paquet/usr/bin/openmairie-cli"
gui="$racine_paquet/usr/bin/openmairie"

message "openmairie-cli --version et modules depuis le paquet déballé"
version=$("$cli" --version) || echec "openmairie-cli --version a échoué"
grep -q "$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")" <<<"$version" \
    || echec "version inattendue : $version"
modules=$("$cli" modules) || echec "openmairie-cli modules a échoué"
grep -Eq '^[[:space:]]*reglement[[:space:]]' <<<"$modules" \
    || { echo "$modules" >&2; echec "le module reglement du paquet n'est pas actif"; }

message "Base de démonstration sur un fichier SQLite temporaire"
base="$travail/demo.sqlite"
export OPENMAIRIE_PASSWORD="Paquet-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
"$cli" --db "sqlite:$base" init --commune 13004 --user admin >/dev/null || echec "init a échoué depuis le paquet"
"$cli" --db "sqlite:$base" --user admin demo >/dev/null || echec "demo a échoué depuis le paquet"
"$cli" --db "sqlite:$base" --user admin status | grep -q "La base est à jour" || echec "status ne dit pas la base à jour"

message "Interface graphique hors écran (jusqu'à la fenêtre principale)"
QT_QPA_PLATFORM=offscreen timeout 60 "$gui" --db "sqlite:$base" --user admin --quitter-apres-affichage \
    || echec "l'interface graphique du paquet n'a pas atteint la fenêtre principale"

message "Module modèle du SDK construit contre le paquet déballé"
modele="$travail/module-modele"
cmake -S "$racine/docs/sdk/module-modele" -B "$modele" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_PREFIX_PATH="$racine_paquet/usr" -DCMAKE_COMPILE_WARNING_AS_ERROR=ON >"$travail/modele.log" 2>&1 \
    || { cat "$travail/modele.log" >&2; echec "le module modèle ne se configure pas contre le paquet"; }
cmake --build "$modele" -j "${OPENMAIRIE_JOBS:-$(nproc)}" >>"$travail/modele.log" 2>&1 \
    || { cat "$travail/modele.log" >&2; echec "le module modèle ne se construit pas contre le paquet"; }
(cd "$modele" && ctest --output-on-failure) >>"$travail/modele.log" 2>&1 \
    || { cat "$travail/modele.log" >&2; echec "le test du module modèle échoue"; }
modules=$(OPENMAIRIE_MODULE_PATH="$modele/modules" "$cli" modules) || echec "openmairie-cli modules a échoué"
grep -Eq '^[[:space:]]*modele[[:space:]]' <<<"$modules" \
    || { echo "$modules" >&2; echec "la suite déballée ne charge pas le module modèle"; }
OPENMAIRIE_MODULE_PATH="$modele/modules" "$cli" modele bonjour | grep -q "Bonjour" \
    || echec "la commande « modele bonjour » du module modèle ne répond pas"

message "Paquet vérifié : installation, console, interface, SDK."
