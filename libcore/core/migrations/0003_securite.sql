-- Droits et sécurité : la matrice des droits par profil.
-- Chaque droit « <module>.<objet>.<action> » est déclaré par son module avec un profil minimal par
-- défaut ; l'administrateur peut l'abaisser ou le relever. Un droit accordé à un profil vaut pour
-- les profils supérieurs ; l'administrateur les a tous (le profil minimal va de 1 à 5).
-- @reference droit_profil

CREATE TABLE droit_profil (
    permission VARCHAR(150) NOT NULL PRIMARY KEY,
    profil_minimum INTEGER NOT NULL CHECK (profil_minimum BETWEEN 1 AND 5),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

-- Recherche dans le journal d'audit par commune, par auteur et par module.
CREATE INDEX journal_audit_collectivite ON journal_audit (collectivite_id, horodatage);
CREATE INDEX journal_audit_utilisateur ON journal_audit (utilisateur, horodatage);
CREATE INDEX journal_audit_module ON journal_audit (module, horodatage);
