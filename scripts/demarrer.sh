#!/usr/bin/env bash
# Construit OpenMairie et l'ouvre sur une commune de démonstration (Arles) enregistrée dans un
# fichier SQLite local. La base de démonstration est créée au premier lancement puis réutilisée.
set -euo pipefail
. "$(dirname "$0")/commun.sh"

installer_paquets
construire

dossier_demo=${OPENMAIRIE_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/OpenMairie/demo}
base="$dossier_demo/openmairie-demo.sqlite"
fichier_mdp="$dossier_demo/mot-de-passe-admin.txt"
cli="$build_dir/bin/openmairie-cli"
gui="$build_dir/bin/openmairie"
mkdir -p "$dossier_demo"
chmod 700 "$dossier_demo"

if [ ! -f "$base" ]; then
    message "Création de la base de démonstration $base"
    # Demo database only: a random password, kept in a file readable by this account alone.
    umask 077
    mot_de_passe="Demo-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$mot_de_passe" > "$fichier_mdp"
    OPENMAIRIE_PASSWORD="$mot_de_passe" "$cli" --db "sqlite:$base" init --commune 13004 --user admin
    OPENMAIRIE_PASSWORD="$mot_de_passe" "$cli" --db "sqlite:$base" --user admin demo
fi
mot_de_passe=$(cat "$fichier_mdp")

message "Ouverture d'OpenMairie (identifiant : admin ; mot de passe : dans $fichier_mdp)"
export OPENMAIRIE_PASSWORD="$mot_de_passe"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$gui" --db "sqlite:$base" --user admin
fi
# No screen on this machine (a server reached by SSH): show the suite on a virtual screen and save
# what it looks like, so that the command still proves the build works.
capture="$build_dir/capture-demo.png"
message "Aucun écran détecté : OpenMairie s'ouvre sur un écran virtuel (Xvfb) ; capture dans $capture"
xvfb-run -a -s "-screen 0 1366x768x24" bash -c "
    '$gui' --db 'sqlite:$base' --user admin &
    pid=\$!
    sleep 6
    import -window root '$capture'
    kill \$pid
"
message "Capture enregistrée : $capture"
