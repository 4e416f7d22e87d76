-- openRèglement : registre des arrêtés municipaux (CGCT L2122-29 et L2131-1 et suivants).
-- Un arrêté numéroté n'est jamais supprimé : il est abrogé ou annulé, et son numéro n'est jamais
-- réattribué.

CREATE TABLE reglement_arrete (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    -- Numéro « AAAA-NNNN » : année de la date de signature et rang dans l'année, par commune.
    annee INTEGER NOT NULL CHECK (annee BETWEEN 1900 AND 9999),
    rang INTEGER NOT NULL CHECK (rang BETWEEN 1 AND 9999),
    numero VARCHAR(9) NOT NULL,
    date_signature {{date}} NOT NULL,
    objet TEXT NOT NULL CHECK (length(objet) BETWEEN 1 AND 2000),
    -- TextNormalizer::searchKey(objet) : recherche sans accents ni casse sur les deux moteurs.
    objet_recherche TEXT NOT NULL,
    categorie VARCHAR(32) NOT NULL CHECK (categorie IN ('reglementaire', 'individuel', 'circulation_temporaire',
        'circulation_permanente', 'police', 'personnel', 'autre')),
    signataire VARCHAR(200) NOT NULL,
    date_publication {{date}},
    transmission_requise {{bool}} NOT NULL DEFAULT {{true}},
    date_transmission {{date}},
    date_notification {{date}},
    reference VARCHAR(100) NOT NULL DEFAULT '',
    observations TEXT NOT NULL DEFAULT '',
    etat VARCHAR(16) NOT NULL DEFAULT 'actif' CHECK (etat IN ('actif', 'abroge', 'annule')),
    -- Date et motif de l'abrogation ou de l'annulation.
    date_fin {{date}},
    motif_fin TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    CHECK (etat = 'actif' OR date_fin IS NOT NULL),
    UNIQUE (collectivite_id, annee, rang),
    UNIQUE (collectivite_id, numero)
);
CREATE INDEX reglement_arrete_date ON reglement_arrete (collectivite_id, date_signature);
CREATE INDEX reglement_arrete_objet_recherche ON reglement_arrete (collectivite_id, objet_recherche);
CREATE INDEX reglement_arrete_categorie ON reglement_arrete (collectivite_id, categorie, annee);

-- Dernier rang attribué par commune et par année. La ligne est verrouillée par la mise à jour qui
-- attribue le numéro, dans la transaction qui crée l'arrêté : deux agents qui enregistrent en même
-- temps obtiennent deux numéros différents, et un numéro attribué n'est jamais redonné.
CREATE TABLE reglement_compteur (
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    annee INTEGER NOT NULL,
    dernier_rang INTEGER NOT NULL DEFAULT 0 CHECK (dernier_rang BETWEEN 0 AND 9999),
    PRIMARY KEY (collectivite_id, annee)
);

-- @sqlite
-- The register is kept whole even against a hand-written DELETE or a renumbering.
CREATE TRIGGER reglement_arrete_no_delete BEFORE DELETE ON reglement_arrete
BEGIN
    SELECT RAISE(ABORT, 'Un arrêté numéroté ne peut pas être supprimé : abrogez-le ou annulez-le');
END;
CREATE TRIGGER reglement_arrete_numero_fixe BEFORE UPDATE OF collectivite_id, annee, rang, numero ON reglement_arrete
WHEN NEW.collectivite_id <> OLD.collectivite_id OR NEW.annee <> OLD.annee OR NEW.rang <> OLD.rang
     OR NEW.numero <> OLD.numero
BEGIN
    SELECT RAISE(ABORT, 'Le numéro d''un arrêté ne peut pas être modifié');
END;
-- @pgsql
CREATE FUNCTION reglement_arrete_protection() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Un arrêté numéroté ne peut pas être supprimé : abrogez-le ou annulez-le';
    END IF;
    IF NEW.collectivite_id <> OLD.collectivite_id OR NEW.annee <> OLD.annee OR NEW.rang <> OLD.rang
       OR NEW.numero <> OLD.numero THEN
        RAISE EXCEPTION 'Le numéro d''un arrêté ne peut pas être modifié';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER reglement_arrete_protection BEFORE UPDATE OR DELETE ON reglement_arrete
    FOR EACH ROW EXECUTE FUNCTION reglement_arrete_protection();
-- @all
