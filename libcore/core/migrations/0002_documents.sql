-- Éditions : paramètres de la commune (&maire, &adresse...), modèles de documents propres à une
-- commune avec leurs révisions, journal des impressions.

-- openMairie's om_parametre: the values that templates merge as &nom.
CREATE TABLE collectivite_parametre (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    nom VARCHAR(64) NOT NULL,
    valeur TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, nom)
);

-- A commune's own version of a template (shipped defaults live in the program's resources).
-- A niveau-2 collectivité's active template is the shared fallback of its communes.
CREATE TABLE document_modele (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    module VARCHAR(64) NOT NULL,
    code VARCHAR(100) NOT NULL,
    libelle VARCHAR(200) NOT NULL,
    source VARCHAR(100) NOT NULL,
    actif {{bool}} NOT NULL DEFAULT {{true}},
    revision_courante INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, module, code)
);

-- Every saved state of a template, kept for ever: a printed document names the revision that made it.
CREATE TABLE document_modele_revision (
    id {{id}},
    modele_id {{ref}} NOT NULL REFERENCES document_modele(id),
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    numero INTEGER NOT NULL,
    contenu TEXT NOT NULL,
    empreinte VARCHAR(64) NOT NULL,
    commentaire TEXT NOT NULL DEFAULT '',
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (modele_id, numero)
);

-- Journal of what was printed: which template revision, by whom, when, into which file.
CREATE TABLE document_impression (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    module VARCHAR(64) NOT NULL,
    document VARCHAR(100) NOT NULL,
    genre VARCHAR(16) NOT NULL CHECK (genre IN ('modele', 'liste', 'etiquettes')),
    titre VARCHAR(300) NOT NULL DEFAULT '',
    modele_origine VARCHAR(16) NOT NULL DEFAULT '' CHECK (modele_origine IN ('', 'commune', 'mutualise', 'livre')),
    modele_revision INTEGER,
    modele_revision_id {{ref}} REFERENCES document_modele_revision(id),
    modele_empreinte VARCHAR(64) NOT NULL DEFAULT '',
    destination VARCHAR(16) NOT NULL CHECK (destination IN ('pdf', 'imprimante')),
    fichier TEXT NOT NULL DEFAULT '',
    empreinte_fichier VARCHAR(64) NOT NULL DEFAULT '',
    filigrane VARCHAR(100) NOT NULL DEFAULT '',
    nombre_documents INTEGER NOT NULL DEFAULT 0,
    nombre_pages INTEGER NOT NULL DEFAULT 0,
    nombre_lignes {{bigint}} NOT NULL DEFAULT 0,
    donnees_personnelles {{bool}} NOT NULL DEFAULT {{false}},
    utilisateur VARCHAR(100) NOT NULL,
    imprime_le {{timestamp}} NOT NULL DEFAULT {{now}}
);
CREATE INDEX document_impression_document ON document_impression (collectivite_id, module, document);

-- One row per record of a template print (a batch of 800 letters gives 800 rows), so that the
-- question "which template printed arrêté 2026-0042?" has an answer.
-- The journals of prints and revisions are their own trace (append-only, see the triggers below):
-- the audit triggers would only copy them.
-- @sans-audit document_modele_revision
-- @sans-audit document_impression
-- @sans-audit document_impression_element
CREATE TABLE document_impression_element (
    impression_id {{ref}} NOT NULL REFERENCES document_impression(id),
    -- The commune of the print: the server shows each agent the elements of his communes only.
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    rang INTEGER NOT NULL,
    cle VARCHAR(100) NOT NULL,
    premiere_page INTEGER NOT NULL,
    nombre_pages INTEGER NOT NULL,
    PRIMARY KEY (impression_id, rang)
);
CREATE INDEX document_impression_element_cle ON document_impression_element (cle);

-- @sqlite
-- Revisions and the print journal are history: append-only, like journal_audit.
CREATE TRIGGER document_modele_revision_no_update BEFORE UPDATE ON document_modele_revision
BEGIN
    SELECT RAISE(ABORT, 'Une révision de modèle ne peut pas être modifiée');
END;
CREATE TRIGGER document_modele_revision_no_delete BEFORE DELETE ON document_modele_revision
BEGIN
    SELECT RAISE(ABORT, 'Une révision de modèle ne peut pas être effacée');
END;
CREATE TRIGGER document_impression_no_update BEFORE UPDATE ON document_impression
BEGIN
    SELECT RAISE(ABORT, 'Le journal des impressions ne peut pas être modifié');
END;
CREATE TRIGGER document_impression_no_delete BEFORE DELETE ON document_impression
BEGIN
    SELECT RAISE(ABORT, 'Le journal des impressions ne peut pas être effacé');
END;
CREATE TRIGGER document_impression_element_no_update BEFORE UPDATE ON document_impression_element
BEGIN
    SELECT RAISE(ABORT, 'Le journal des impressions ne peut pas être modifié');
END;
CREATE TRIGGER document_impression_element_no_delete BEFORE DELETE ON document_impression_element
BEGIN
    SELECT RAISE(ABORT, 'Le journal des impressions ne peut pas être effacé');
END;
-- @pgsql
CREATE FUNCTION document_historique_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'L''historique des modèles et le journal des impressions ne peuvent pas être modifiés ni effacés';
END;
$$;
CREATE TRIGGER document_modele_revision_no_change BEFORE UPDATE OR DELETE ON document_modele_revision
    FOR EACH ROW EXECUTE FUNCTION document_historique_immuable();
CREATE TRIGGER document_impression_no_change BEFORE UPDATE OR DELETE ON document_impression
    FOR EACH ROW EXECUTE FUNCTION document_historique_immuable();
CREATE TRIGGER document_impression_element_no_change BEFORE UPDATE OR DELETE ON document_impression_element
    FOR EACH ROW EXECUTE FUNCTION document_historique_immuable();
-- @all
