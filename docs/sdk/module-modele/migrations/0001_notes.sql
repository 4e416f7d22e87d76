-- Module modèle : une table de données rattachée à la commune (collectivite_id), avec verrouillage
-- optimiste (version) et traçabilité (created/updated at/by). Le préfixe « modele_ » est obligatoire :
-- les droits d'accès du serveur sont attribués par module d'après ce préfixe. Les insertions,
-- modifications et suppressions sont journalisées par les déclencheurs que la suite installe.
CREATE TABLE modele_note (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    titre VARCHAR(200) NOT NULL CHECK (length(titre) BETWEEN 1 AND 200),
    texte TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);
CREATE INDEX modele_note_commune ON modele_note (collectivite_id);
