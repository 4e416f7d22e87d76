-- openCimetière : cimetières, emplacements, concessions funéraires (CGCT L2223-1 et suivants),
-- défunts, opérations funéraires, travaux et pièces jointes.
--
-- Montants en centimes (entiers) : aucun arrondi flottant sur un titre de recette.
-- Les champs *_recherche portent TextNormalizer::searchKey() du nom : la recherche sans accents ni
-- casse marche de la même façon sur SQLite et PostgreSQL, avec un index ordinaire.

-- Listes de la commune avec dates de validité (types de zone, d'allée, de sépulture, natures de
-- travaux) : une valeur retirée n'est plus proposée mais reste sur les fiches qui l'utilisent.
CREATE TABLE cimetiere_liste (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    liste VARCHAR(20) NOT NULL CHECK (liste IN ('type_zone', 'type_allee', 'type_sepulture', 'nature_travaux')),
    code VARCHAR(20) NOT NULL,
    libelle VARCHAR(100) NOT NULL,
    date_debut_validite {{date}},
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, liste, code)
);

-- Entreprises autorisées à intervenir (pompes funèbres signalées).
CREATE TABLE cimetiere_entreprise (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    nom VARCHAR(200) NOT NULL CHECK (length(nom) >= 1),
    pompes_funebres {{bool}} NOT NULL DEFAULT {{false}},
    adresse VARCHAR(200) NOT NULL DEFAULT '',
    code_postal VARCHAR(10) NOT NULL DEFAULT '',
    ville VARCHAR(100) NOT NULL DEFAULT '',
    telephone VARCHAR(30) NOT NULL DEFAULT '',
    date_debut_validite {{date}},
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);

CREATE TABLE cimetiere_cimetiere (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    nom VARCHAR(200) NOT NULL CHECK (length(nom) >= 1),
    adresse VARCHAR(200) NOT NULL DEFAULT '',
    code_postal VARCHAR(10) NOT NULL DEFAULT '',
    ville VARCHAR(100) NOT NULL DEFAULT '',
    observations TEXT NOT NULL DEFAULT '',
    -- Plan scanné affiché sous les emplacements (facultatif) ; coordonnées du plan en mètres.
    plan_image {{blob}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, nom)
);

-- Zone ou carré.
CREATE TABLE cimetiere_zone (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    cimetiere_id {{ref}} NOT NULL REFERENCES cimetiere_cimetiere(id),
    type_id {{ref}} REFERENCES cimetiere_liste(id),
    libelle VARCHAR(100) NOT NULL CHECK (length(libelle) >= 1),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (cimetiere_id, libelle)
);

-- Allée ou rang.
CREATE TABLE cimetiere_allee (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    zone_id {{ref}} NOT NULL REFERENCES cimetiere_zone(id),
    type_id {{ref}} REFERENCES cimetiere_liste(id),
    libelle VARCHAR(100) NOT NULL CHECK (length(libelle) >= 1),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (zone_id, libelle)
);

CREATE TABLE cimetiere_emplacement (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    cimetiere_id {{ref}} NOT NULL REFERENCES cimetiere_cimetiere(id),
    allee_id {{ref}} NOT NULL REFERENCES cimetiere_allee(id),
    numero INTEGER NOT NULL CHECK (numero >= 1),
    complement VARCHAR(10) NOT NULL DEFAULT '',
    nature VARCHAR(20) NOT NULL CHECK (nature IN ('concession', 'columbarium', 'cavurne', 'enfeu',
        'terrain_commun', 'ossuaire', 'depositoire', 'jardin_souvenir')),
    statut VARCHAR(20) NOT NULL DEFAULT 'libre' CHECK (statut IN ('libre', 'reserve', 'occupe', 'bloque',
        'en_procedure')),
    places INTEGER NOT NULL DEFAULT 1 CHECK (places >= 0),
    -- Somme des tailles de ce que l'emplacement contient (cercueil, urne, reliquaire : paramètres),
    -- recalculée par le service ; comparée à places.
    occupation {{real}} NOT NULL DEFAULT 0,
    surface_m2 {{real}},
    sepulture_type_id {{ref}} REFERENCES cimetiere_liste(id),
    -- Nom de famille affiché sur le plan.
    famille VARCHAR(200) NOT NULL DEFAULT '',
    famille_recherche VARCHAR(200) NOT NULL DEFAULT '',
    -- Position et forme sur le plan (mètres, origine en haut à gauche).
    x {{real}} NOT NULL DEFAULT 0,
    y {{real}} NOT NULL DEFAULT 0,
    largeur {{real}} NOT NULL DEFAULT 1 CHECK (largeur > 0),
    hauteur {{real}} NOT NULL DEFAULT 2 CHECK (hauteur > 0),
    rotation {{real}} NOT NULL DEFAULT 0,
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (allee_id, numero, complement)
);
CREATE INDEX cimetiere_emplacement_cimetiere ON cimetiere_emplacement (collectivite_id, cimetiere_id, nature, statut);
CREATE INDEX cimetiere_emplacement_famille ON cimetiere_emplacement (collectivite_id, famille_recherche);

-- Tarifs votés par le conseil municipal (L2223-15) : cimetière × nature × durée, avec validité.
CREATE TABLE cimetiere_tarif (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    cimetiere_id {{ref}} NOT NULL REFERENCES cimetiere_cimetiere(id),
    nature VARCHAR(20) NOT NULL,
    duree_categorie VARCHAR(20) NOT NULL CHECK (duree_categorie IN ('temporaire', 'trentenaire',
        'cinquantenaire', 'centenaire', 'perpetuelle')),
    duree_annees INTEGER,
    montant_centimes {{bigint}} NOT NULL CHECK (montant_centimes >= 0),
    deliberation VARCHAR(100) NOT NULL DEFAULT '',
    date_debut_validite {{date}} NOT NULL,
    date_fin_validite {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);
CREATE INDEX cimetiere_tarif_cle ON cimetiere_tarif (collectivite_id, cimetiere_id, nature, duree_categorie);

-- Une concession par titre : un renouvellement ou une conversion crée un nouveau titre lié au
-- précédent (precedente_id), qui passe à l'état « renouvelee » ou « convertie ».
CREATE TABLE cimetiere_concession (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    emplacement_id {{ref}} NOT NULL REFERENCES cimetiere_emplacement(id),
    numero_titre VARCHAR(30) NOT NULL CHECK (length(numero_titre) >= 1),
    origine VARCHAR(20) NOT NULL DEFAULT 'attribution' CHECK (origine IN ('attribution', 'renouvellement',
        'conversion', 'reprise_donnees')),
    precedente_id {{ref}} REFERENCES cimetiere_concession(id),
    duree_categorie VARCHAR(20) NOT NULL CHECK (duree_categorie IN ('temporaire', 'trentenaire',
        'cinquantenaire', 'centenaire', 'perpetuelle')),
    duree_annees INTEGER,
    date_debut {{date}} NOT NULL,
    date_fin {{date}},
    type_beneficiaires VARCHAR(20) NOT NULL DEFAULT 'familiale' CHECK (type_beneficiaires IN ('individuelle',
        'collective', 'familiale')),
    tarif_id {{ref}} REFERENCES cimetiere_tarif(id),
    montant_centimes {{bigint}} NOT NULL DEFAULT 0,
    -- Conversion (L2223-16) : crédit du temps restant de l'ancien titre et son calcul, en clair.
    credit_centimes {{bigint}} NOT NULL DEFAULT 0,
    calcul TEXT NOT NULL DEFAULT '',
    reference_paiement VARCHAR(100) NOT NULL DEFAULT '',
    etat VARCHAR(20) NOT NULL DEFAULT 'active' CHECK (etat IN ('active', 'renouvelee', 'convertie',
        'retrocedee', 'terminee')),
    date_etat {{date}},
    remboursement_centimes {{bigint}} NOT NULL DEFAULT 0,
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    CHECK ((duree_categorie = 'perpetuelle') = (date_fin IS NULL)),
    UNIQUE (collectivite_id, numero_titre)
);
CREATE INDEX cimetiere_concession_emplacement ON cimetiere_concession (emplacement_id, etat);
CREATE INDEX cimetiere_concession_fin ON cimetiere_concession (collectivite_id, etat, date_fin);

-- Concessionnaires, ayants droit (lien de parenté), bénéficiaires nommés (collective) et
-- personnes exclues.
CREATE TABLE cimetiere_personne (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    concession_id {{ref}} NOT NULL REFERENCES cimetiere_concession(id),
    role VARCHAR(20) NOT NULL CHECK (role IN ('concessionnaire', 'ayant_droit', 'beneficiaire', 'exclu')),
    civilite VARCHAR(10) NOT NULL DEFAULT '',
    nom VARCHAR(100) NOT NULL CHECK (length(nom) >= 1),
    nom_usage VARCHAR(100) NOT NULL DEFAULT '',
    prenoms VARCHAR(200) NOT NULL DEFAULT '',
    nom_recherche VARCHAR(400) NOT NULL DEFAULT '',
    date_naissance {{date}},
    adresse VARCHAR(200) NOT NULL DEFAULT '',
    code_postal VARCHAR(10) NOT NULL DEFAULT '',
    ville VARCHAR(100) NOT NULL DEFAULT '',
    telephone VARCHAR(30) NOT NULL DEFAULT '',
    decede {{bool}} NOT NULL DEFAULT {{false}},
    parente VARCHAR(50) NOT NULL DEFAULT '',
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);
CREATE INDEX cimetiere_personne_concession ON cimetiere_personne (concession_id, role);
CREATE INDEX cimetiere_personne_recherche ON cimetiere_personne (collectivite_id, nom_recherche);

CREATE TABLE cimetiere_defunt (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    -- Vide tant que le défunt n'est pas inhumé, et après exhumation ou dispersion.
    emplacement_id {{ref}} REFERENCES cimetiere_emplacement(id),
    civilite VARCHAR(10) NOT NULL DEFAULT '',
    nom VARCHAR(100) NOT NULL CHECK (length(nom) >= 1),
    nom_usage VARCHAR(100) NOT NULL DEFAULT '',
    prenoms VARCHAR(200) NOT NULL DEFAULT '',
    -- Nom, nom d'usage et prénoms normalisés : « lefebvre » trouve « Lefèbvre ».
    nom_recherche VARCHAR(400) NOT NULL DEFAULT '',
    date_naissance {{date}},
    lieu_naissance VARCHAR(100) NOT NULL DEFAULT '',
    date_deces {{date}},
    lieu_deces VARCHAR(100) NOT NULL DEFAULT '',
    date_inhumation {{date}},
    nature_corps VARCHAR(20) NOT NULL DEFAULT 'cercueil' CHECK (nature_corps IN ('cercueil', 'urne', 'reliquaire')),
    etat VARCHAR(20) NOT NULL DEFAULT 'a_inhumer' CHECK (etat IN ('a_inhumer', 'inhume', 'exhume', 'transfere',
        'disperse')),
    date_exhumation {{date}},
    date_reduction {{date}},
    -- Opération en cours qui verrouille le défunt (aucune autre tant qu'elle n'est pas validée).
    verrou_operation_id {{bigint}},
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);
CREATE INDEX cimetiere_defunt_emplacement ON cimetiere_defunt (emplacement_id);
CREATE INDEX cimetiere_defunt_recherche ON cimetiere_defunt (collectivite_id, nom_recherche);

-- Opérations funéraires : en cours → validée (irréversible) ou annulée. Numéro « AAAA-NNNN » par
-- commune, remis à 1 chaque année.
CREATE TABLE cimetiere_operation (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    annee INTEGER NOT NULL,
    rang INTEGER NOT NULL CHECK (rang >= 1),
    numero VARCHAR(9) NOT NULL,
    type VARCHAR(20) NOT NULL CHECK (type IN ('inhumation', 'exhumation', 'reduction', 'transfert',
        'depot_urne', 'dispersion')),
    etat VARCHAR(20) NOT NULL DEFAULT 'en_cours' CHECK (etat IN ('en_cours', 'validee', 'annulee')),
    date_operation {{date}} NOT NULL,
    heure VARCHAR(5) NOT NULL DEFAULT '',
    emplacement_id {{ref}} REFERENCES cimetiere_emplacement(id),
    destination_id {{ref}} REFERENCES cimetiere_emplacement(id),
    destination_externe VARCHAR(200) NOT NULL DEFAULT '',
    entreprise_id {{ref}} REFERENCES cimetiere_entreprise(id),
    -- Demandeur (plus proche parent pour une exhumation, R2213-40) et sa déclaration sur l'honneur.
    demandeur_nom VARCHAR(200) NOT NULL DEFAULT '',
    demandeur_qualite VARCHAR(100) NOT NULL DEFAULT '',
    declaration_honneur {{bool}} NOT NULL DEFAULT {{false}},
    -- Droit à sépulture dans la commune (L2223-3).
    droit_sepulture VARCHAR(20) NOT NULL DEFAULT '' CHECK (droit_sepulture IN ('', 'deces', 'domicile',
        'sepulture_famille', 'liste_electorale')),
    consentement_titulaire {{bool}} NOT NULL DEFAULT {{false}},
    avertissements TEXT NOT NULL DEFAULT '',
    observations TEXT NOT NULL DEFAULT '',
    date_validation {{date}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (collectivite_id, annee, rang)
);
CREATE INDEX cimetiere_operation_etat ON cimetiere_operation (collectivite_id, etat);

CREATE TABLE cimetiere_operation_defunt (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    operation_id {{ref}} NOT NULL REFERENCES cimetiere_operation(id),
    defunt_id {{ref}} NOT NULL REFERENCES cimetiere_defunt(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    UNIQUE (operation_id, defunt_id)
);

-- Dernier rang de dossier d'opération attribué par commune et par année (ligne verrouillée par
-- la transaction qui crée l'opération).
CREATE TABLE cimetiere_compteur (
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    annee INTEGER NOT NULL,
    dernier_rang INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (collectivite_id, annee)
);

CREATE TABLE cimetiere_travaux (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    emplacement_id {{ref}} NOT NULL REFERENCES cimetiere_emplacement(id),
    entreprise_id {{ref}} REFERENCES cimetiere_entreprise(id),
    nature_id {{ref}} REFERENCES cimetiere_liste(id),
    demandeur_nature VARCHAR(20) NOT NULL DEFAULT 'concessionnaire' CHECK (demandeur_nature IN
        ('concessionnaire', 'ayant_droit', 'autre')),
    demandeur_nom VARCHAR(200) NOT NULL DEFAULT '',
    date_debut {{date}},
    date_fin {{date}},
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT '',
    CHECK (date_fin IS NULL OR date_debut IS NULL OR date_fin >= date_debut)
);
CREATE INDEX cimetiere_travaux_emplacement ON cimetiere_travaux (emplacement_id);

-- Photos et actes scannés par emplacement.
CREATE TABLE cimetiere_piece_jointe (
    id {{id}},
    collectivite_id {{ref}} NOT NULL REFERENCES collectivite(id),
    emplacement_id {{ref}} NOT NULL REFERENCES cimetiere_emplacement(id),
    nom_fichier VARCHAR(255) NOT NULL CHECK (length(nom_fichier) >= 1),
    type VARCHAR(20) NOT NULL DEFAULT 'document' CHECK (type IN ('photo', 'document')),
    date_piece {{date}},
    contenu {{blob}} NOT NULL,
    observations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{timestamp}} NOT NULL DEFAULT {{now}},
    created_by VARCHAR(100) NOT NULL DEFAULT '',
    updated_at {{timestamp}} NOT NULL DEFAULT {{now}},
    updated_by VARCHAR(100) NOT NULL DEFAULT ''
);
CREATE INDEX cimetiere_piece_jointe_emplacement ON cimetiere_piece_jointe (emplacement_id);
