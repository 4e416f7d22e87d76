-- Tableau de bord de la page d'accueil : pour une commune et un profil, les éléments affichés et leur
-- ordre, choisis par l'administrateur. Sans ligne, le profil voit tous les éléments que ses droits
-- lui permettent de voir, dans l'ordre où les modules les déclarent.
--
-- Par commune plutôt que partagé : dans un syndicat qui héberge plusieurs communes, chaque mairie
-- organise l'accueil de ses agents, et la table suit les règles d'accès de toute donnée d'une commune.
CREATE TABLE tableau_de_bord (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    profil INTEGER NOT NULL CHECK (profil BETWEEN 1 AND 5),
    -- Identifiants des éléments dans l'ordre d'affichage, séparés par des virgules
    -- (« reglement.arretes_annee,reglement.derniers_arretes »). Ceux d'un module retiré sont gardés :
    -- ils réapparaissent si le module revient.
    elements TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, profil)
);
