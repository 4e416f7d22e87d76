-- Référentiels : paramètres typés de la commune (logo compris), tables de référence partagées par
-- toutes les communes (départements, pays, nationalités, civilités, types de voie) et voies de la
-- commune avec leurs plages de numéros (découpage électoral d'openElec).
--
-- A reference value is never deleted once used: it is retired (date_fin_validite). A retired value
-- is still shown on the records that carry it but is no longer offered in pick lists.

-- The logo and other images live in the database: a backup or a second seat has them too.
ALTER TABLE collectivite_parametre ADD COLUMN valeur_binaire {{blob}};

-- @reference departement
CREATE TABLE departement (
    id {{id}},
    code VARCHAR(3) NOT NULL UNIQUE,
    libelle VARCHAR(100) NOT NULL,
    cle_recherche VARCHAR(100) NOT NULL,
    date_debut_validite {{date}},
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

-- @reference pays
CREATE TABLE pays (
    id {{id}},
    code VARCHAR(5) NOT NULL UNIQUE,
    libelle VARCHAR(100) NOT NULL,
    cle_recherche VARCHAR(100) NOT NULL,
    date_debut_validite {{date}},
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

-- @reference nationalite
CREATE TABLE nationalite (
    id {{id}},
    code VARCHAR(5) NOT NULL UNIQUE,
    libelle VARCHAR(100) NOT NULL,
    cle_recherche VARCHAR(100) NOT NULL,
    pays_id {{ref}} REFERENCES pays(id),
    date_debut_validite {{date}},
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

-- @reference civilite
CREATE TABLE civilite (
    id {{id}},
    code VARCHAR(5) NOT NULL UNIQUE,
    libelle VARCHAR(100) NOT NULL,
    cle_recherche VARCHAR(100) NOT NULL,
    date_debut_validite {{date}},
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

-- @reference voie_type
CREATE TABLE voie_type (
    id {{id}},
    code VARCHAR(5) NOT NULL UNIQUE,
    libelle VARCHAR(100) NOT NULL,
    cle_recherche VARCHAR(100) NOT NULL,
    date_debut_validite {{date}},
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

CREATE TABLE voie (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    code VARCHAR(10) NOT NULL,
    voie_type_id {{ref}} REFERENCES voie_type(id),
    libelle VARCHAR(150) NOT NULL,
    complement VARCHAR(150) NOT NULL DEFAULT '',
    -- TextNormalizer::searchKey of "type libellé complément": "rue de la République" is found by "republique".
    cle_recherche VARCHAR(400) NOT NULL,
    date_debut_validite {{date}},
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, code)
);
CREATE INDEX voie_recherche ON voie (collectivite_id, cle_recherche);

-- Number ranges of a street (openElec's découpage: a street split across bureaux by numbers).
CREATE TABLE voie_plage (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    voie_id {{ref}} NOT NULL REFERENCES voie(id),
    numero_debut INTEGER NOT NULL CHECK (numero_debut >= 0),
    numero_fin INTEGER NOT NULL,
    cote VARCHAR(6) NOT NULL CHECK (cote IN ('pair', 'impair', 'tous')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    CHECK (numero_fin >= numero_debut)
);
CREATE INDEX voie_plage_voie ON voie_plage (voie_id);

-- Valeurs livrées, écrites à la création de la base (avant que le journal d'audit ne suive ces tables).
-- Générées depuis resources/reference/*.csv ; tst_referencetables vérifie qu'elles y correspondent,
-- cle_recherche comprise (TextNormalizer::searchKey).
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('01', 'Ain', 'AIN', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('02', 'Aisne', 'AISNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('03', 'Allier', 'ALLIER', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('04', 'Alpes-de-Haute-Provence', 'ALPES DE HAUTE PROVENCE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('05', 'Hautes-Alpes', 'HAUTES ALPES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('06', 'Alpes-Maritimes', 'ALPES MARITIMES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('07', 'Ardèche', 'ARDECHE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('08', 'Ardennes', 'ARDENNES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('09', 'Ariège', 'ARIEGE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('10', 'Aube', 'AUBE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('11', 'Aude', 'AUDE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('12', 'Aveyron', 'AVEYRON', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('13', 'Bouches-du-Rhône', 'BOUCHES DU RHONE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('14', 'Calvados', 'CALVADOS', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('15', 'Cantal', 'CANTAL', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('16', 'Charente', 'CHARENTE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('17', 'Charente-Maritime', 'CHARENTE MARITIME', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('18', 'Cher', 'CHER', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('19', 'Corrèze', 'CORREZE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('21', 'Côte-d''Or', 'COTE D OR', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('22', 'Côtes-d''Armor', 'COTES D ARMOR', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('23', 'Creuse', 'CREUSE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('24', 'Dordogne', 'DORDOGNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('25', 'Doubs', 'DOUBS', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('26', 'Drôme', 'DROME', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('27', 'Eure', 'EURE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('28', 'Eure-et-Loir', 'EURE ET LOIR', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('29', 'Finistère', 'FINISTERE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('2A', 'Corse-du-Sud', 'CORSE DU SUD', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('2B', 'Haute-Corse', 'HAUTE CORSE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('30', 'Gard', 'GARD', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('31', 'Haute-Garonne', 'HAUTE GARONNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('32', 'Gers', 'GERS', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('33', 'Gironde', 'GIRONDE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('34', 'Hérault', 'HERAULT', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('35', 'Ille-et-Vilaine', 'ILLE ET VILAINE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('36', 'Indre', 'INDRE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('37', 'Indre-et-Loire', 'INDRE ET LOIRE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('38', 'Isère', 'ISERE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('39', 'Jura', 'JURA', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('40', 'Landes', 'LANDES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('41', 'Loir-et-Cher', 'LOIR ET CHER', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('42', 'Loire', 'LOIRE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('43', 'Haute-Loire', 'HAUTE LOIRE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('44', 'Loire-Atlantique', 'LOIRE ATLANTIQUE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('45', 'Loiret', 'LOIRET', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('46', 'Lot', 'LOT', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('47', 'Lot-et-Garonne', 'LOT ET GARONNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('48', 'Lozère', 'LOZERE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('49', 'Maine-et-Loire', 'MAINE ET LOIRE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('50', 'Manche', 'MANCHE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('51', 'Marne', 'MARNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('52', 'Haute-Marne', 'HAUTE MARNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('53', 'Mayenne', 'MAYENNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('54', 'Meurthe-et-Moselle', 'MEURTHE ET MOSELLE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('55', 'Meuse', 'MEUSE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('56', 'Morbihan', 'MORBIHAN', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('57', 'Moselle', 'MOSELLE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('58', 'Nièvre', 'NIEVRE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('59', 'Nord', 'NORD', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('60', 'Oise', 'OISE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('61', 'Orne', 'ORNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('62', 'Pas-de-Calais', 'PAS DE CALAIS', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('63', 'Puy-de-Dôme', 'PUY DE DOME', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('64', 'Pyrénées-Atlantiques', 'PYRENEES ATLANTIQUES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('65', 'Hautes-Pyrénées', 'HAUTES PYRENEES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('66', 'Pyrénées-Orientales', 'PYRENEES ORIENTALES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('67', 'Bas-Rhin', 'BAS RHIN', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('68', 'Haut-Rhin', 'HAUT RHIN', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('69', 'Rhône', 'RHONE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('70', 'Haute-Saône', 'HAUTE SAONE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('71', 'Saône-et-Loire', 'SAONE ET LOIRE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('72', 'Sarthe', 'SARTHE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('73', 'Savoie', 'SAVOIE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('74', 'Haute-Savoie', 'HAUTE SAVOIE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('75', 'Paris', 'PARIS', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('76', 'Seine-Maritime', 'SEINE MARITIME', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('77', 'Seine-et-Marne', 'SEINE ET MARNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('78', 'Yvelines', 'YVELINES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('79', 'Deux-Sèvres', 'DEUX SEVRES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('80', 'Somme', 'SOMME', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('81', 'Tarn', 'TARN', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('82', 'Tarn-et-Garonne', 'TARN ET GARONNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('83', 'Var', 'VAR', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('84', 'Vaucluse', 'VAUCLUSE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('85', 'Vendée', 'VENDEE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('86', 'Vienne', 'VIENNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('87', 'Haute-Vienne', 'HAUTE VIENNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('88', 'Vosges', 'VOSGES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('89', 'Yonne', 'YONNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('90', 'Territoire de Belfort', 'TERRITOIRE DE BELFORT', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('91', 'Essonne', 'ESSONNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('92', 'Hauts-de-Seine', 'HAUTS DE SEINE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('93', 'Seine-Saint-Denis', 'SEINE SAINT DENIS', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('94', 'Val-de-Marne', 'VAL DE MARNE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('95', 'Val-d''Oise', 'VAL D OISE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('971', 'Guadeloupe', 'GUADELOUPE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('972', 'Martinique', 'MARTINIQUE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('973', 'Guyane', 'GUYANE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('974', 'La Réunion', 'LA REUNION', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('976', 'Mayotte', 'MAYOTTE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('975', 'Saint-Pierre-et-Miquelon', 'SAINT PIERRE ET MIQUELON', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('977', 'Saint-Barthélemy', 'SAINT BARTHELEMY', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('978', 'Saint-Martin', 'SAINT MARTIN', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('984', 'Terres australes et antarctiques françaises', 'TERRES AUSTRALES ET ANTARCTIQUES FRANCAISES', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('986', 'Wallis et Futuna', 'WALLIS ET FUTUNA', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('987', 'Polynésie française', 'POLYNESIE FRANCAISE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('988', 'Nouvelle-Calédonie', 'NOUVELLE CALEDONIE', 'installation', 'installation');
INSERT INTO departement (code, libelle, cle_recherche, created_by, updated_by) VALUES ('989', 'Île de Clipperton', 'ILE DE CLIPPERTON', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99100', 'France', 'FRANCE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99101', 'Danemark', 'DANEMARK', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99102', 'Islande', 'ISLANDE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99103', 'Norvège', 'NORVEGE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99104', 'Suède', 'SUEDE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99105', 'Finlande', 'FINLANDE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99106', 'Estonie', 'ESTONIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99107', 'Lettonie', 'LETTONIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99108', 'Lituanie', 'LITUANIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99109', 'Allemagne', 'ALLEMAGNE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99110', 'Autriche', 'AUTRICHE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99111', 'Bulgarie', 'BULGARIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99112', 'Hongrie', 'HONGRIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99113', 'Liechtenstein', 'LIECHTENSTEIN', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99114', 'Roumanie', 'ROUMANIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99116', 'Tchéquie', 'TCHEQUIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99117', 'Slovaquie', 'SLOVAQUIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99118', 'Bosnie-Herzégovine', 'BOSNIE HERZEGOVINE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99119', 'Croatie', 'CROATIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99122', 'Pologne', 'POLOGNE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99123', 'Russie', 'RUSSIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99125', 'Albanie', 'ALBANIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99126', 'Grèce', 'GRECE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99127', 'Italie', 'ITALIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99128', 'Saint-Marin', 'SAINT MARIN', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99129', 'Vatican', 'VATICAN', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99130', 'Andorre', 'ANDORRE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99131', 'Belgique', 'BELGIQUE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99132', 'Royaume-Uni', 'ROYAUME UNI', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99134', 'Espagne', 'ESPAGNE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99135', 'Pays-Bas', 'PAYS BAS', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99136', 'Irlande', 'IRLANDE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99137', 'Luxembourg', 'LUXEMBOURG', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99138', 'Monaco', 'MONACO', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99139', 'Portugal', 'PORTUGAL', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99140', 'Suisse', 'SUISSE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99144', 'Malte', 'MALTE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99145', 'Slovénie', 'SLOVENIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99155', 'Ukraine', 'UKRAINE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99208', 'Turquie', 'TURQUIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99216', 'Chine', 'CHINE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99217', 'Japon', 'JAPON', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99223', 'Inde', 'INDE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99254', 'Chypre', 'CHYPRE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99350', 'Maroc', 'MAROC', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99351', 'Tunisie', 'TUNISIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99352', 'Algérie', 'ALGERIE', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99401', 'Canada', 'CANADA', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99404', 'États-Unis', 'ETATS UNIS', 'installation', 'installation');
INSERT INTO pays (code, libelle, cle_recherche, created_by, updated_by) VALUES ('99501', 'Australie', 'AUSTRALIE', 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('FR', 'française', 'FRANCAISE', (SELECT id FROM pays WHERE code = '99100'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('DE', 'allemande', 'ALLEMANDE', (SELECT id FROM pays WHERE code = '99109'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('AT', 'autrichienne', 'AUTRICHIENNE', (SELECT id FROM pays WHERE code = '99110'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('BE', 'belge', 'BELGE', (SELECT id FROM pays WHERE code = '99131'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('BG', 'bulgare', 'BULGARE', (SELECT id FROM pays WHERE code = '99111'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('CY', 'chypriote', 'CHYPRIOTE', (SELECT id FROM pays WHERE code = '99254'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('HR', 'croate', 'CROATE', (SELECT id FROM pays WHERE code = '99119'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('DK', 'danoise', 'DANOISE', (SELECT id FROM pays WHERE code = '99101'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('ES', 'espagnole', 'ESPAGNOLE', (SELECT id FROM pays WHERE code = '99134'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('EE', 'estonienne', 'ESTONIENNE', (SELECT id FROM pays WHERE code = '99106'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('FI', 'finlandaise', 'FINLANDAISE', (SELECT id FROM pays WHERE code = '99105'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('GR', 'grecque', 'GRECQUE', (SELECT id FROM pays WHERE code = '99126'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('HU', 'hongroise', 'HONGROISE', (SELECT id FROM pays WHERE code = '99112'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('IE', 'irlandaise', 'IRLANDAISE', (SELECT id FROM pays WHERE code = '99136'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('IT', 'italienne', 'ITALIENNE', (SELECT id FROM pays WHERE code = '99127'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('LV', 'lettone', 'LETTONE', (SELECT id FROM pays WHERE code = '99107'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('LT', 'lituanienne', 'LITUANIENNE', (SELECT id FROM pays WHERE code = '99108'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('LU', 'luxembourgeoise', 'LUXEMBOURGEOISE', (SELECT id FROM pays WHERE code = '99137'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('MT', 'maltaise', 'MALTAISE', (SELECT id FROM pays WHERE code = '99144'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('NL', 'néerlandaise', 'NEERLANDAISE', (SELECT id FROM pays WHERE code = '99135'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('PL', 'polonaise', 'POLONAISE', (SELECT id FROM pays WHERE code = '99122'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('PT', 'portugaise', 'PORTUGAISE', (SELECT id FROM pays WHERE code = '99139'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('RO', 'roumaine', 'ROUMAINE', (SELECT id FROM pays WHERE code = '99114'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('SK', 'slovaque', 'SLOVAQUE', (SELECT id FROM pays WHERE code = '99117'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('SI', 'slovène', 'SLOVENE', (SELECT id FROM pays WHERE code = '99145'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('SE', 'suédoise', 'SUEDOISE', (SELECT id FROM pays WHERE code = '99104'), 'installation', 'installation');
INSERT INTO nationalite (code, libelle, cle_recherche, pays_id, created_by, updated_by) VALUES ('CZ', 'tchèque', 'TCHEQUE', (SELECT id FROM pays WHERE code = '99116'), 'installation', 'installation');
INSERT INTO civilite (code, libelle, cle_recherche, created_by, updated_by) VALUES ('M', 'M.', 'M', 'installation', 'installation');
INSERT INTO civilite (code, libelle, cle_recherche, created_by, updated_by) VALUES ('MME', 'Mme', 'MME', 'installation', 'installation');
INSERT INTO civilite (code, libelle, cle_recherche, date_fin_validite, created_by, updated_by) VALUES ('MLLE', 'Mlle', 'MLLE', '2012-02-21', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('ALL', 'allée', 'ALLEE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('AV', 'avenue', 'AVENUE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('BD', 'boulevard', 'BOULEVARD', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('CHE', 'chemin', 'CHEMIN', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('CHS', 'chaussée', 'CHAUSSEE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('CITE', 'cité', 'CITE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('CRS', 'cours', 'COURS', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('DOM', 'domaine', 'DOMAINE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('ESP', 'esplanade', 'ESPLANADE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('FG', 'faubourg', 'FAUBOURG', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('HAM', 'hameau', 'HAMEAU', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('IMP', 'impasse', 'IMPASSE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('LD', 'lieu-dit', 'LIEU DIT', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('LOT', 'lotissement', 'LOTISSEMENT', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('MTE', 'montée', 'MONTEE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('PASS', 'passage', 'PASSAGE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('PL', 'place', 'PLACE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('PLAN', 'plan', 'PLAN', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('PROM', 'promenade', 'PROMENADE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('QUAI', 'quai', 'QUAI', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('QUA', 'quartier', 'QUARTIER', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('RES', 'résidence', 'RESIDENCE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('RPT', 'rond-point', 'ROND POINT', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('RTE', 'route', 'ROUTE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('RUE', 'rue', 'RUE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('RLE', 'ruelle', 'RUELLE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('SQ', 'square', 'SQUARE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('TRA', 'traverse', 'TRAVERSE', 'installation', 'installation');
INSERT INTO voie_type (code, libelle, cle_recherche, created_by, updated_by) VALUES ('VC', 'voie communale', 'VOIE COMMUNALE', 'installation', 'installation');
