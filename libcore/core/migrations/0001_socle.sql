-- Socle commun : communes (collectivités), comptes, journal d'audit.
-- Chaque table métier des modules pointe vers collectivite.

CREATE TABLE collectivite (
    id {{id}},
    code_insee VARCHAR(5) NOT NULL UNIQUE,
    nom VARCHAR(200) NOT NULL,
    departement VARCHAR(3) NOT NULL,
    codes_postaux VARCHAR(200) NOT NULL DEFAULT '',
    population INTEGER,
    niveau INTEGER NOT NULL DEFAULT 1 CHECK (niveau IN (1, 2)),
    actif {{bool}} NOT NULL DEFAULT {{true}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

CREATE TABLE utilisateur (
    id {{id}},
    login VARCHAR(100) NOT NULL UNIQUE,
    nom VARCHAR(200) NOT NULL DEFAULT '',
    courriel VARCHAR(200) NOT NULL DEFAULT '',
    profil INTEGER NOT NULL CHECK (profil BETWEEN 1 AND 5),
    multi_collectivite {{bool}} NOT NULL DEFAULT {{false}},
    -- argon2id (libsodium) on a SQLite seat; empty on PostgreSQL, where the server authenticates the role.
    mot_de_passe_hash VARCHAR(200) NOT NULL DEFAULT '',
    actif {{bool}} NOT NULL DEFAULT {{true}},
    echecs_connexion INTEGER NOT NULL DEFAULT 0,
    bloque_jusqua {{timestamp}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

CREATE TABLE utilisateur_collectivite (
    utilisateur_id {{ref}} NOT NULL REFERENCES utilisateur(id) ON DELETE CASCADE,
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    PRIMARY KEY (utilisateur_id, collectivite_id)
);

CREATE TABLE journal_audit (
    id {{id}},
    horodatage {{timestamp}} NOT NULL DEFAULT {{now}},
    utilisateur VARCHAR(100) NOT NULL,
    collectivite_id {{ref}},
    module VARCHAR(64) NOT NULL,
    table_name VARCHAR(100) NOT NULL DEFAULT '',
    enregistrement_id {{bigint}},
    action VARCHAR(32) NOT NULL,
    avant TEXT,
    apres TEXT,
    commentaire TEXT NOT NULL DEFAULT ''
);
CREATE INDEX journal_audit_enregistrement ON journal_audit (table_name, enregistrement_id);
CREATE INDEX journal_audit_horodatage ON journal_audit (horodatage);

-- @sqlite
-- The audit trail is append-only: nobody rewrites history, not even through the file.
CREATE TRIGGER journal_audit_no_update BEFORE UPDATE ON journal_audit
BEGIN
    SELECT RAISE(ABORT, 'Le journal d''audit ne peut pas être modifié');
END;
CREATE TRIGGER journal_audit_no_delete BEFORE DELETE ON journal_audit
BEGIN
    SELECT RAISE(ABORT, 'Le journal d''audit ne peut pas être effacé');
END;
-- @pgsql
CREATE FUNCTION journal_audit_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Le journal d''audit ne peut pas être modifié ni effacé';
END;
$$;
CREATE TRIGGER journal_audit_no_change BEFORE UPDATE OR DELETE ON journal_audit
    FOR EACH ROW EXECUTE FUNCTION journal_audit_immuable();
-- TRUNCATE fires no row trigger: without this one the owner could empty the journal in one go.
CREATE TRIGGER journal_audit_no_truncate BEFORE TRUNCATE ON journal_audit
    FOR EACH STATEMENT EXECUTE FUNCTION journal_audit_immuable();
-- @all
