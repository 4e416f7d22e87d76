-- openElec : listes électorales sous le régime du répertoire électoral unique (REU, loi 2016-1048).
-- Le maire décide des inscriptions et des radiations ; chaque changement de la liste est un
-- mouvement, instruit, décidé, notifié, transmis au REU puis appliqué.

CREATE TABLE elec_canton (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    code VARCHAR(10) NOT NULL,
    libelle VARCHAR(150) NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, code)
);

CREATE TABLE elec_circonscription (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    code VARCHAR(10) NOT NULL,
    libelle VARCHAR(150) NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, code)
);

-- Codes sur 4 chiffres (0001...) : exigence du ministère depuis 2023.
CREATE TABLE elec_bureau (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    code VARCHAR(4) NOT NULL,
    libelle VARCHAR(150) NOT NULL,
    adresse_lieu VARCHAR(300) NOT NULL DEFAULT '',
    canton_id {{ref}} REFERENCES elec_canton(id),
    circonscription_id {{ref}} REFERENCES elec_circonscription(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, code)
);

-- Découpage : chaque voie coupée en plages de numéros (paires, impaires, toutes) par bureau, pour
-- que le bureau se déduise de l'adresse.
CREATE TABLE elec_decoupage (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    voie_id {{ref}} NOT NULL REFERENCES voie(id),
    numero_debut INTEGER NOT NULL CHECK (numero_debut >= 0),
    numero_fin INTEGER NOT NULL,
    cote VARCHAR(6) NOT NULL CHECK (cote IN ('pair', 'impair', 'tous')),
    bureau_id {{ref}} NOT NULL REFERENCES elec_bureau(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    CHECK (numero_fin >= numero_debut)
);
CREATE INDEX elec_decoupage_voie ON elec_decoupage (collectivite_id, voie_id);

-- Types de mouvement : les motifs légaux du régime REU, communs à toutes les communes.
-- @reference elec_type_mouvement
CREATE TABLE elec_type_mouvement (
    id {{id}},
    code VARCHAR(20) NOT NULL UNIQUE,
    libelle VARCHAR(200) NOT NULL,
    categorie VARCHAR(12) NOT NULL CHECK (categorie IN ('inscription', 'modification', 'radiation')),
    -- 'immediat' : dès qu'il est appliqué ; 'election' : pour un scrutin donné (L30).
    effet VARCHAR(10) NOT NULL DEFAULT 'immediat' CHECK (effet IN ('immediat', 'election')),
    code_insee VARCHAR(4) NOT NULL DEFAULT '',
    nouvelle_carte {{bool}} NOT NULL DEFAULT {{true}},
    -- Inscription L30 : admise après le 6e vendredi, jusqu'au 10e jour avant le scrutin.
    l30 {{bool}} NOT NULL DEFAULT {{false}},
    -- Radiation par le maire après procédure contradictoire (L18, R12 : 15 jours pour répondre).
    contradictoire {{bool}} NOT NULL DEFAULT {{false}},
    -- « Venant d'une autre commune » : commune de provenance obligatoire.
    provenance_requise {{bool}} NOT NULL DEFAULT {{false}},
    actif {{bool}} NOT NULL DEFAULT {{true}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

CREATE TABLE elec_electeur (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    liste VARCHAR(3) NOT NULL CHECK (liste IN ('LP', 'LCE', 'LCM')),
    -- Identifiant national d'électeur, donné par le REU (vide tant que l'INSEE ne l'a pas attribué).
    ine VARCHAR(10),
    civilite VARCHAR(5) NOT NULL DEFAULT '',
    nom_naissance VARCHAR(100) NOT NULL,
    nom_usage VARCHAR(100) NOT NULL DEFAULT '',
    prenoms VARCHAR(150) NOT NULL,
    sexe CHAR(1) NOT NULL CHECK (sexe IN ('M', 'F')),
    date_naissance {{date}} NOT NULL,
    -- 'france' : code INSEE de la commune ; 'etranger' : code pays 99xxx et ville en texte ;
    -- 'algerie' : ancien département 91352/92352/93352/94352 et ville en texte.
    naissance_mode VARCHAR(8) NOT NULL DEFAULT 'france' CHECK (naissance_mode IN ('france', 'etranger', 'algerie')),
    naissance_code VARCHAR(5) NOT NULL DEFAULT '',
    naissance_libelle VARCHAR(150) NOT NULL DEFAULT '',
    nationalite VARCHAR(100) NOT NULL DEFAULT '',
    numero_voie INTEGER NOT NULL DEFAULT 0,
    complement_numero VARCHAR(10) NOT NULL DEFAULT '',
    voie_id {{ref}} REFERENCES voie(id),
    complement_adresse VARCHAR(200) NOT NULL DEFAULT '',
    contact_adresse VARCHAR(300) NOT NULL DEFAULT '',
    contact_code_postal VARCHAR(10) NOT NULL DEFAULT '',
    contact_ville VARCHAR(100) NOT NULL DEFAULT '',
    contact_pays VARCHAR(100) NOT NULL DEFAULT '',
    telephone VARCHAR(30) NOT NULL DEFAULT '',
    courriel VARCHAR(200) NOT NULL DEFAULT '',
    bureau_id {{ref}} REFERENCES elec_bureau(id),
    bureau_force {{bool}} NOT NULL DEFAULT {{false}},
    -- Rang dans le bureau et la liste ; 0 : provisoire, en attente de numérotation.
    numero_ordre INTEGER NOT NULL DEFAULT 0,
    situation VARCHAR(10) NOT NULL DEFAULT 'inscrit' CHECK (situation IN ('inscrit', 'radie')),
    date_inscription {{date}},
    date_radiation {{date}},
    motif_radiation VARCHAR(200) NOT NULL DEFAULT '',
    -- TextNormalizer::searchKey : recherche sans accents ni casse, sur les deux moteurs.
    cle_nom VARCHAR(100) NOT NULL,
    cle_usage VARCHAR(100) NOT NULL DEFAULT '',
    cle_prenoms VARCHAR(150) NOT NULL,
    -- Ordre alphabétique de la liste : nom de naissance, prénoms (clé de la pagination).
    cle_tri VARCHAR(260) NOT NULL,
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    CHECK (situation = 'inscrit' OR date_radiation IS NOT NULL)
);
-- @pgsql
-- Search keys compared byte by byte, as SQLite does: prefix searches use the index and the
-- alphabetical order of the list is the same on both backends.
ALTER TABLE elec_electeur ALTER COLUMN cle_nom TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE elec_electeur ALTER COLUMN cle_usage TYPE VARCHAR(100) COLLATE "C";
ALTER TABLE elec_electeur ALTER COLUMN cle_prenoms TYPE VARCHAR(150) COLLATE "C";
ALTER TABLE elec_electeur ALTER COLUMN cle_tri TYPE VARCHAR(260) COLLATE "C";
-- @all
CREATE UNIQUE INDEX elec_electeur_ine ON elec_electeur (collectivite_id, liste, ine);
CREATE INDEX elec_electeur_tri ON elec_electeur (collectivite_id, liste, cle_tri, id);
CREATE INDEX elec_electeur_nom ON elec_electeur (collectivite_id, cle_nom);
CREATE INDEX elec_electeur_usage ON elec_electeur (collectivite_id, cle_usage);
CREATE INDEX elec_electeur_naissance ON elec_electeur (collectivite_id, date_naissance);
CREATE INDEX elec_electeur_bureau ON elec_electeur (collectivite_id, liste, bureau_id, numero_ordre);
CREATE INDEX elec_electeur_voie ON elec_electeur (voie_id);

-- Scrutins : leurs dates fixent les dates limites d'inscription (6e vendredi, L30 jusqu'au 10e jour).
CREATE TABLE elec_scrutin (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    libelle VARCHAR(150) NOT NULL,
    date_tour1 {{date}} NOT NULL,
    date_tour2 {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

CREATE TABLE elec_mouvement (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    type_id {{ref}} NOT NULL REFERENCES elec_type_mouvement(id),
    liste VARCHAR(3) NOT NULL CHECK (liste IN ('LP', 'LCE', 'LCM')),
    -- Vide pour une inscription pas encore appliquée : l'électeur n'existe pas encore.
    electeur_id {{ref}} REFERENCES elec_electeur(id),
    date_demande {{date}} NOT NULL,
    provenance VARCHAR(30) NOT NULL DEFAULT 'mairie'
        CHECK (provenance IN ('mairie', 'en_ligne', 'insee', 'consulaire', 'courrier', 'tiers', 'redecoupage', 'reu', 'autre')),
    commune_provenance VARCHAR(150) NOT NULL DEFAULT '',
    pieces TEXT NOT NULL DEFAULT '',
    -- L'électeur tel qu'il sera après application (JSON), pour les inscriptions et modifications.
    donnees TEXT NOT NULL DEFAULT '',
    ancien_bureau_id {{ref}} REFERENCES elec_bureau(id),
    nouveau_bureau_id {{ref}} REFERENCES elec_bureau(id),
    etat VARCHAR(14) NOT NULL DEFAULT 'en_instruction'
        CHECK (etat IN ('en_instruction', 'accepte', 'refuse', 'transmis', 'applique')),
    -- Radiation contradictoire : date où l'électeur a été avisé (15 jours pour répondre).
    date_avis_contradictoire {{date}},
    date_decision {{date}},
    decide_par VARCHAR(100) NOT NULL DEFAULT '',
    motif_decision TEXT NOT NULL DEFAULT '',
    date_notification {{date}},
    date_transmission {{date}},
    statut_transmission VARCHAR(20) NOT NULL DEFAULT '',
    date_application {{date}},
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);
CREATE INDEX elec_mouvement_etat ON elec_mouvement (collectivite_id, etat, date_demande);
CREATE INDEX elec_mouvement_electeur ON elec_mouvement (electeur_id);

-- Chaque étape d'un mouvement (dépôt, décision, notification, transmission, application), dans
-- l'ordre : l'historique montré sur la fiche de l'électeur. Un journal, jamais modifié.
-- @sans-audit elec_mouvement_historique
CREATE TABLE elec_mouvement_historique (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    mouvement_id {{ref}} NOT NULL REFERENCES elec_mouvement(id),
    etat VARCHAR(14) NOT NULL,
    date_etape {{date}} NOT NULL,
    par VARCHAR(100) NOT NULL DEFAULT '',
    commentaire TEXT NOT NULL DEFAULT '',
    created_at {{timestamp}} NOT NULL DEFAULT {{now}}
);
CREATE INDEX elec_mouvement_historique_mouvement ON elec_mouvement_historique (mouvement_id, id);

-- Motifs légaux (code électoral L11, L18, L30, L16 II ; décret 2018-343).
INSERT INTO elec_type_mouvement (code, libelle, categorie, effet, code_insee, nouvelle_carte, l30, contradictoire, provenance_requise, created_by, updated_by) VALUES
('IVD', 'Inscription volontaire : domicile dans la commune (L11 1°)', 'inscription', 'immediat', '', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('IVR', 'Inscription volontaire : résidence de six mois (L11 1°)', 'inscription', 'immediat', '', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('IVC', 'Inscription volontaire : contribuable depuis deux ans (L11 2°)', 'inscription', 'immediat', '', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('IVG', 'Inscription volontaire : gérant ou associé (L11 3°)', 'inscription', 'immediat', '', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('CC', 'Inscription venant d''une autre commune', 'inscription', 'immediat', '', {{true}}, {{false}}, {{false}}, {{true}}, 'installation', 'installation'),
('IO', 'Inscription d''office d''un jeune majeur (INSEE)', 'inscription', 'immediat', '8', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('IN', 'Inscription d''office après acquisition de la nationalité française (INSEE)', 'inscription', 'immediat', '1', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('IJ', 'Inscription sur décision judiciaire', 'inscription', 'immediat', '2', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('CCIN', 'Inscription sur décision de la commission de contrôle', 'inscription', 'immediat', '', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('L30FM', 'Inscription L30 1° : fonctionnaire ou militaire muté ou retraité, et sa famille', 'inscription', 'election', '', {{true}}, {{true}}, {{false}}, {{false}}, 'installation', 'installation'),
('L30MS', 'Inscription L30 2° : libéré du service militaire', 'inscription', 'election', '', {{true}}, {{true}}, {{false}}, {{false}}, 'installation', 'installation'),
('L30PR', 'Inscription L30 3° : changement de domicile pour motif professionnel, et sa famille', 'inscription', 'election', '', {{true}}, {{true}}, {{false}}, {{false}}, 'installation', 'installation'),
('L30MA', 'Inscription L30 4° : majeur depuis la date limite', 'inscription', 'election', '', {{true}}, {{true}}, {{false}}, {{false}}, 'installation', 'installation'),
('L30NA', 'Inscription L30 5° : naturalisé depuis la date limite', 'inscription', 'election', '', {{true}}, {{true}}, {{false}}, {{false}}, 'installation', 'installation'),
('L30DR', 'Inscription L30 6° : droit de vote recouvré', 'inscription', 'election', '', {{true}}, {{true}}, {{false}}, {{false}}, 'installation', 'installation'),
('MADR', 'Changement d''adresse dans la commune (à signaler à l''INSEE sous 7 jours)', 'modification', 'immediat', '', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('MUSA', 'Changement de nom d''usage', 'modification', 'immediat', '', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('MBUR', 'Changement de bureau (redécoupage)', 'modification', 'immediat', '', {{true}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('MCON', 'Changement des coordonnées de contact', 'modification', 'immediat', '', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('RPC', 'Radiation par le maire après procédure contradictoire : perte d''attache communale (L18)', 'radiation', 'immediat', '', {{false}}, {{false}}, {{true}}, {{false}}, 'installation', 'installation'),
('DC', 'Radiation pour décès (INSEE)', 'radiation', 'immediat', '1', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('DP', 'Radiation : inscription dans une autre commune (INSEE)', 'radiation', 'immediat', '2', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('INC', 'Radiation pour incapacité électorale (INSEE)', 'radiation', 'immediat', '8', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('PN', 'Radiation pour perte de la nationalité (INSEE)', 'radiation', 'immediat', '9', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('RVUE', 'Radiation volontaire d''un citoyen de l''Union européenne (listes complémentaires)', 'radiation', 'immediat', '', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('RCC', 'Radiation sur décision de la commission de contrôle', 'radiation', 'immediat', '', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('RJ', 'Radiation sur décision judiciaire', 'radiation', 'immediat', '3', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation'),
('RABS', 'Proposition de radiation : électeur absent de l''extrait du REU', 'radiation', 'immediat', '', {{false}}, {{false}}, {{false}}, {{false}}, 'installation', 'installation');
