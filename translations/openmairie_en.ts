<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>OpenMairie::Cimetiere</name>
    <message>
        <source>Aucune commune n&apos;est choisie : choisissez la commune dont vous gérez les cimetières.</source>
        <translation>No commune is selected: choose the commune whose cemeteries you manage.</translation>
    </message>
    <message>
        <source>Liste les concessions de la commune arrivées ou arrivant à terme avant une date</source>
        <translation>Lists the commune&apos;s concessions that have expired or will expire before a date</translation>
    </message>
    <message>
        <source>Concessions dont le terme précède cette date (AAAA-MM-JJ).</source>
        <translation>Concessions whose term ends before this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Reprend les emplacements, concessions et défunts d&apos;un tableur (tout ou rien)</source>
        <translation>Imports plots, concessions and deceased from a spreadsheet (all or nothing)</translation>
    </message>
    <message>
        <source>Simulation : vérifie les deux fichiers et affiche le compte rendu sans rien enregistrer.</source>
        <translation>Dry run: checks both files and shows the report without saving anything.</translation>
    </message>
    <message>
        <source>Recalcule l&apos;occupation de chaque emplacement d&apos;après les défunts et les tailles en vigueur (après un import ou un changement de paramètre)</source>
        <translation>Recalculates the occupancy of each plot from its deceased and the current space settings (after an import or a settings change)</translation>
    </message>
    <message>
        <source>Indiquez la date limite avec --avant AAAA-MM-JJ, par exemple --avant 2027-12-31.</source>
        <translation>Give the cut-off date with --avant YYYY-MM-DD, for example --avant 2027-12-31.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2027-12-31.</source>
        <translation>“%1” is not a date: write it as YYYY-MM-DD, for example 2027-12-31.</translation>
    </message>
    <message>
        <source>Aucune concession n&apos;arrive à terme avant le %1.</source>
        <translation>No concession expires before %1.</translation>
    </message>
    <message>
        <source>%1  %2  %3, %4  %5  fin le %6 (renouvelable jusqu&apos;au %7)</source>
        <translation>%1  %2  %3, %4  %5  ends %6 (renewable until %7)</translation>
    </message>
    <message numerus="yes">
        <source>%n concession(s).</source>
        <translation>
            <numerusform>%n concession.</numerusform>
            <numerusform>%n concessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Occupation recalculée pour %n emplacement(s).</source>
        <translation>
            <numerusform>Occupancy recalculated for %n plot.</numerusform>
            <numerusform>Occupancy recalculated for %n plots.</numerusform>
        </translation>
    </message>
    <message>
        <source>L&apos;import n&apos;est pas disponible.</source>
        <translation>Import is not available.</translation>
    </message>
    <message>
        <source>Indiquez les deux fichiers, dans cet ordre : openmairie-cli cimetiere import emplacements.csv defunts.csv</source>
        <translation>Give both files, in this order: openmairie-cli cimetiere import emplacements.csv defunts.csv</translation>
    </message>
    <message>
        <source>Rien n&apos;a été enregistré : corrigez les lignes signalées puis relancez l&apos;import.</source>
        <translation>Nothing has been saved: correct the reported lines, then run the import again.</translation>
    </message>
    <message>
        <source>Concessions à renouveler</source>
        <translation>Concessions to renew</translation>
    </message>
    <message>
        <source>Concessions échues ou arrivant à terme dans les %1 mois : les familles doivent être informées de leur droit au renouvellement.</source>
        <translation>Concessions expired or expiring within %1 months: families must be informed of their right to renew.</translation>
    </message>
    <message>
        <source>Opérations funéraires en cours</source>
        <translation>Funeral operations in progress</translation>
    </message>
    <message>
        <source>Opérations créées et pas encore validées : leurs défunts sont verrouillés.</source>
        <translation>Operations created but not yet validated: their deceased are locked.</translation>
    </message>
    <message>
        <source>Occupation des cimetières</source>
        <translation>Cemetery occupancy</translation>
    </message>
    <message>
        <source>Par cimetière : places occupées sur places offertes, et emplacements libres.</source>
        <translation>By cemetery: spaces occupied out of spaces available, and free plots.</translation>
    </message>
    <message>
        <source>Aucune concession à renouveler dans les %1 mois.</source>
        <translation>No concession to renew within %1 months.</translation>
    </message>
    <message>
        <source>concession(s) à renouveler, dont %1 déjà échue(s).</source>
        <translation>concession(s) to renew, %1 of them already expired.</translation>
    </message>
    <message>
        <source>%1 autre(s), échue(s) depuis plus de deux ans, ne peuvent plus être renouvelées : la commune peut reprendre le terrain.</source>
        <translation>%1 other(s), expired more than two years ago, can no longer be renewed: the commune may take back the land.</translation>
    </message>
    <message>
        <source>Aucune opération en attente de validation.</source>
        <translation>No operation awaiting validation.</translation>
    </message>
    <message>
        <source>opération(s) en attente de validation.</source>
        <translation>operation(s) awaiting validation.</translation>
    </message>
    <message>
        <source>%1 % des places occupées (%2 sur %3) ; %4 emplacement(s) libre(s) sur %5</source>
        <translation>%1 % of spaces occupied (%2 of %3); %4 plot(s) free out of %5</translation>
    </message>
    <message>
        <source>Aucun cimetière enregistré.</source>
        <translation>No cemetery recorded.</translation>
    </message>
    <message>
        <source>durée « %1 » inconnue : écrivez temporaire 15, trentenaire, cinquantenaire, centenaire, perpetuelle ou un nombre d&apos;années (5 à 15, 30, 50, 100).</source>
        <translation>unknown duration “%1”: write temporaire 15, trentenaire, cinquantenaire, centenaire, perpetuelle or a number of years (5 to 15, 30, 50, 100).</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / n° %4</source>
        <translation>%1 / %2 / %3 / no. %4</translation>
    </message>
    <message>
        <source>l&apos;emplacement %1 existe déjà : l&apos;import n&apos;écrase pas un emplacement (modifiez-le dans sa fiche).</source>
        <translation>plot %1 already exists: the import does not overwrite a plot (edit it in its record).</translation>
    </message>
    <message>
        <source>un emplacement « %1 » ne se concède pas : retirez le numéro de titre ou corrigez la nature.</source>
        <translation>a “%1” plot cannot be granted as a concession: remove the deed number or correct the type.</translation>
    </message>
    <message>
        <source>le titre n° %1 existe déjà dans la commune ou plus haut dans le fichier : chaque titre a un numéro unique.</source>
        <translation>deed no. %1 already exists in the commune or higher up in the file: each deed has a unique number.</translation>
    </message>
    <message>
        <source>la date de début du titre n° %1 manque.</source>
        <translation>the start date of deed no. %1 is missing.</translation>
    </message>
    <message>
        <source>la durée du titre n° %1 manque.</source>
        <translation>the duration of deed no. %1 is missing.</translation>
    </message>
    <message>
        <source>le nom du concessionnaire du titre n° %1 manque.</source>
        <translation>the concession holder&apos;s name for deed no. %1 is missing.</translation>
    </message>
    <message>
        <source>la date de fin %1 ne correspond pas au début %2 plus la durée %3 (%4) : corrigez l&apos;une des trois.</source>
        <translation>the end date %1 does not match the start %2 plus the duration %3 (%4): correct one of the three.</translation>
    </message>
    <message>
        <source>une concession perpétuelle n&apos;a pas de date de fin : videz la colonne date_fin.</source>
        <translation>a perpetual concession has no end date: empty the date_fin column.</translation>
    </message>
    <message>
        <source>la colonne %1 est remplie sans numéro de titre : indiquez le numéro du titre de concession.</source>
        <translation>column %1 is filled in without a deed number: enter the concession deed number.</translation>
    </message>
    <message>
        <source>L&apos;emplacement %1 n&apos;a pas pu être enregistré.</source>
        <translation>Plot %1 could not be saved.</translation>
    </message>
    <message>
        <source>Le titre n° %1 n&apos;a pas pu être enregistré.</source>
        <translation>Deed no. %1 could not be saved.</translation>
    </message>
    <message>
        <source>l&apos;emplacement %1 n&apos;existe pas : ajoutez-le au fichier des emplacements ou corrigez cimetière, zone, allée et numéro.</source>
        <translation>plot %1 does not exist: add it to the plots file or correct the cemetery, section, row and number.</translation>
    </message>
    <message>
        <source>la date de naissance %1 suit la date de décès %2.</source>
        <translation>the date of birth %1 is after the date of death %2.</translation>
    </message>
    <message>
        <source>la date d&apos;inhumation %1 précède la date de décès %2.</source>
        <translation>the burial date %1 is before the date of death %2.</translation>
    </message>
    <message>
        <source>l&apos;emplacement %1 est complet : %2 place(s) pour %3 occupée(s) avec ce défunt. Corrigez le nombre de places dans le fichier des emplacements ou l&apos;emplacement du défunt.</source>
        <translation>plot %1 is full: %2 space(s) for %3 occupied with this deceased. Correct the number of spaces in the plots file or the deceased&apos;s plot.</translation>
    </message>
    <message>
        <source>L&apos;emplacement %1 est introuvable.</source>
        <translation>Plot %1 cannot be found.</translation>
    </message>
    <message>
        <source>Le défunt %1 (ligne %2) n&apos;a pas pu être enregistré.</source>
        <translation>Deceased %1 (line %2) could not be saved.</translation>
    </message>
    <message>
        <source>Emplacements de cimetière</source>
        <translation>Cemetery plots</translation>
    </message>
    <message>
        <source>Un emplacement par ligne, avec sa concession quand il en a une (numéro de titre, début, durée, concessionnaire). Cimetières, zones et allées absents sont créés. Un emplacement déjà présent est refusé, jamais écrasé.</source>
        <translation>One plot per line, with its concession if it has one (deed number, start, duration, concession holder). Missing cemeteries, sections and rows are created. A plot that already exists is rejected, never overwritten.</translation>
    </message>
    <message>
        <source>Cimetière</source>
        <translation>Cemetery</translation>
    </message>
    <message>
        <source>Zone ou carré</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Allée ou rang</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>Surface (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>Position x sur le plan (m)</source>
        <translation>x position on the plan (m)</translation>
    </message>
    <message>
        <source>Position y sur le plan (m)</source>
        <translation>y position on the plan (m)</translation>
    </message>
    <message>
        <source>Numéro du titre</source>
        <translation>Deed number</translation>
    </message>
    <message>
        <source>Début de la concession</source>
        <translation>Concession start</translation>
    </message>
    <message>
        <source>Durée (temporaire 15, trentenaire...)</source>
        <translation>Duration (temporaire 15, trentenaire...)</translation>
    </message>
    <message>
        <source>Fin de la concession</source>
        <translation>Concession end</translation>
    </message>
    <message>
        <source>Type de bénéficiaires</source>
        <translation>Beneficiary type</translation>
    </message>
    <message>
        <source>individuelle</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>collective</translation>
    </message>
    <message>
        <source>familiale</source>
        <translation>family</translation>
    </message>
    <message>
        <source>Nom du concessionnaire</source>
        <translation>Concession holder&apos;s name</translation>
    </message>
    <message>
        <source>Prénom du concessionnaire</source>
        <translation>Concession holder&apos;s first name</translation>
    </message>
    <message>
        <source>Adresse du concessionnaire</source>
        <translation>Concession holder&apos;s address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Montant payé (€)</source>
        <translation>Amount paid (€)</translation>
    </message>
    <message>
        <source>Défunts inhumés</source>
        <translation>Buried deceased</translation>
    </message>
    <message>
        <source>Un défunt par ligne, avec l&apos;emplacement où il repose (cimetière, zone, allée, numéro). La capacité de chaque emplacement est vérifiée.</source>
        <translation>One deceased per line, with the plot where they rest (cemetery, section, row, number). Each plot&apos;s capacity is checked.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation>Name in use</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Date de décès</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Lieu de décès</source>
        <translation>Place of death</translation>
    </message>
    <message>
        <source>Date d&apos;inhumation</source>
        <translation>Burial date</translation>
    </message>
    <message>
        <source>cercueil</source>
        <translation>coffin</translation>
    </message>
    <message>
        <source>urne</source>
        <translation>urn</translation>
    </message>
    <message>
        <source>reliquaire</source>
        <translation>reliquary</translation>
    </message>
    <message>
        <source>Places occupées par un cercueil</source>
        <translation>Spaces taken by a coffin</translation>
    </message>
    <message>
        <source>Nombre de places qu&apos;occupe un cercueil dans un emplacement (1 par défaut).</source>
        <translation>Number of spaces a coffin takes in a plot (1 by default).</translation>
    </message>
    <message>
        <source>Places occupées par une urne</source>
        <translation>Spaces taken by an urn</translation>
    </message>
    <message>
        <source>Nombre de places qu&apos;occupe une urne (0,1 par défaut : dix urnes font une place).</source>
        <translation>Number of spaces an urn takes (0.1 by default: ten urns make one space).</translation>
    </message>
    <message>
        <source>Places occupées par un reliquaire</source>
        <translation>Spaces taken by a reliquary</translation>
    </message>
    <message>
        <source>Nombre de places qu&apos;occupent les restes réduits d&apos;un corps (0,5 par défaut).</source>
        <translation>Number of spaces the reduced remains of a body take (0.5 by default).</translation>
    </message>
    <message>
        <source>Délai avant réduction de corps (années)</source>
        <translation>Interval before reduction of remains (years)</translation>
    </message>
    <message>
        <source>Années minimales entre l&apos;inhumation et une réduction de corps (règlement du cimetière).</source>
        <translation>Minimum years between burial and a reduction of remains (cemetery regulations).</translation>
    </message>
    <message>
        <source>Renouvellement possible avant le terme (mois)</source>
        <translation>Renewal possible before expiry (months)</translation>
    </message>
    <message>
        <source>Combien de mois avant son terme une concession peut être renouvelée.</source>
        <translation>How many months before its expiry a concession can be renewed.</translation>
    </message>
    <message>
        <source>Cimetières</source>
        <translation>Cemeteries</translation>
    </message>
    <message>
        <source>État civil et funéraire</source>
        <translation>Civil registration and funerals</translation>
    </message>
    <message>
        <source>Cimetières : défunts et concessionnaires</source>
        <translation>Cemeteries: deceased and concession holders</translation>
    </message>
    <message>
        <source>Recherche annulée.</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Nom d&apos;un défunt ou d&apos;un concessionnaire (accents et majuscules indifférents)</source>
        <translation>Name of a deceased person or concession holder (accents and case ignored)</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Double-cliquez une ligne pour voir l&apos;emplacement sur le plan.</source>
        <translation>Double-click a line to see the plot on the plan.</translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Concessions échues ou arrivant à terme dans les</source>
        <translation>Concessions expired or expiring within</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Deed</translation>
    </message>
    <message>
        <source>Concessionnaire</source>
        <translation>Concession holder</translation>
    </message>
    <message>
        <source>Emplacement</source>
        <translation>Plot</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Renouvelable jusqu&apos;au</source>
        <translation>Renewable until</translation>
    </message>
    <message>
        <source>Une concession échue peut être renouvelée pendant deux ans après son terme (article L2223-15 du CGCT) ; les familles doivent être informées de ce droit.</source>
        <translation>An expired concession can be renewed for two years after its expiry (article L2223-15 of the CGCT); families must be informed of this right.</translation>
    </message>
    <message>
        <source>Échéances</source>
        <translation>Expiries</translation>
    </message>
    <message>
        <source>Emplacements libres</source>
        <translation>Free plots</translation>
    </message>
    <message>
        <source>La commune doit toujours disposer de places en terrain commun (article L2223-3 du CGCT).</source>
        <translation>The commune must always have spaces available in common ground (article L2223-3 of the CGCT).</translation>
    </message>
    <message>
        <source>Places libres</source>
        <translation>Free spaces</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Opération</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Avertissements</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Les défunts concernés restent verrouillés tant que l&apos;opération n&apos;est pas validée ou annulée.</source>
        <translation>The deceased concerned stay locked until the operation is validated or cancelled.</translation>
    </message>
    <message>
        <source>Opérations en cours</source>
        <translation>Operations in progress</translation>
    </message>
    <message>
        <source>Personne ne correspond à « %1 ».</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1, &lt;b&gt;%2&lt;/b&gt; ; %3 place(s), %4 occupée(s).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, &lt;b&gt;%2&lt;/b&gt;; %3 space(s), %4 occupied.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Concession n° &lt;b&gt;%1&lt;/b&gt;, %2, du %3 %4 ; %5 payés.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Concession no. &lt;b&gt;%1&lt;/b&gt;, %2, from %3 %4; %5 paid.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>au %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>à perpétuité</source>
        <translation>in perpetuity</translation>
    </message>
    <message>
        <source>&lt;p&gt;Aucune concession en cours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No current concession.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Défunts&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Deceased&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 — décès le %2, inhumation le %3 (%4)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 — died %2, buried %3 (%4)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Fiche de l&apos;emplacement</source>
        <translation>Plot record</translation>
    </message>
    <message>
        <source>temporaire</source>
        <translation>temporary</translation>
    </message>
    <message>
        <source>trentenaire</source>
        <translation>30-year</translation>
    </message>
    <message>
        <source>cinquantenaire</source>
        <translation>50-year</translation>
    </message>
    <message>
        <source>centenaire</source>
        <translation>100-year</translation>
    </message>
    <message>
        <source>perpétuelle</source>
        <translation>perpetual</translation>
    </message>
    <message>
        <source>Une concession temporaire dure de %1 à %2 ans (article L2223-14 du CGCT) : indiquez une durée dans cet intervalle (%3 ans demandés).</source>
        <translation>A temporary concession lasts from %1 to %2 years (article L2223-14 of the CGCT): enter a duration within this range (%3 years requested).</translation>
    </message>
    <message>
        <source>La durée « %1 » est inconnue : indiquez temporaire, trentenaire, cinquantenaire, centenaire ou perpetuelle.</source>
        <translation>Duration “%1” is unknown: enter temporaire, trentenaire, cinquantenaire, centenaire or perpetuelle.</translation>
    </message>
    <message>
        <source>Les concessions centenaires ne sont plus accordées depuis 1959 : choisissez une concession temporaire, trentenaire, cinquantenaire ou perpétuelle.</source>
        <translation>100-year concessions have not been granted since 1959: choose a temporary, 30-year, 50-year or perpetual concession.</translation>
    </message>
    <message>
        <source>%1 (%2 ans)</source>
        <translation>%1 (%2 years)</translation>
    </message>
    <message>
        <source>Une concession perpétuelle n&apos;a pas de terme : elle ne se renouvelle pas.</source>
        <translation>A perpetual concession has no expiry: it is not renewed.</translation>
    </message>
    <message>
        <source>Cette concession arrive à terme le %1 : son renouvellement est possible à partir du %2.</source>
        <translation>This concession expires on %1: it can be renewed from %2.</translation>
    </message>
    <message>
        <source>Cette concession a expiré le %1 : le renouvellement n&apos;était possible que jusqu&apos;au %2 (deux ans après le terme, article L2223-15 du CGCT). Le terrain peut être repris par la commune ; accordez si besoin une nouvelle concession.</source>
        <translation>This concession expired on %1: renewal was only possible until %2 (two years after expiry, article L2223-15 of the CGCT). The land may be taken back by the commune; grant a new concession if needed.</translation>
    </message>
    <message>
        <source>Une concession perpétuelle ne peut pas être convertie : aucune durée n&apos;est plus longue.</source>
        <translation>A perpetual concession cannot be converted: no duration is longer.</translation>
    </message>
    <message>
        <source>Une conversion se fait vers une durée plus longue (article L2223-16 du CGCT) : la concession est %1, choisissez une durée supérieure.</source>
        <translation>A conversion must be to a longer duration (article L2223-16 of the CGCT): the concession is %1, choose a longer duration.</translation>
    </message>
    <message>
        <source>Cette concession a expiré le %1 : elle ne peut plus être convertie. Renouvelez-la en choisissant une durée plus longue.</source>
        <translation>This concession expired on %1: it can no longer be converted. Renew it with a longer duration.</translation>
    </message>
    <message>
        <source>Conversion au %1 : tarif %2 %3 − crédit du temps restant (%4 × %5 jours restants / %6 jours) %7 = %8 à payer.</source>
        <translation>Conversion on %1: fee %2 %3 − credit for the remaining time (%4 × %5 days remaining / %6 days) %7 = %8 to pay.</translation>
    </message>
    <message>
        <source>Concession perpétuelle : le remboursement éventuel est fixé par délibération du conseil municipal.</source>
        <translation>Perpetual concession: any refund is set by council resolution.</translation>
    </message>
    <message>
        <source>Rétrocession au %1 : %2 payés × %3 jours restants / %4 jours = %5 remboursés.</source>
        <translation>Surrender on %1: %2 paid × %3 days remaining / %4 days = %5 refunded.</translation>
    </message>
    <message>
        <source>renouvelée</source>
        <translation>renewed</translation>
    </message>
    <message>
        <source>convertie</source>
        <translation>converted</translation>
    </message>
    <message>
        <source>rétrocédée</source>
        <translation>surrendered</translation>
    </message>
    <message>
        <source>terminée</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>La concession n° %1</source>
        <translation>Concession no. %1</translation>
    </message>
    <message>
        <source>Cette concession n&apos;existe pas (ou plus) dans la commune.</source>
        <translation>This concession does not exist (or no longer exists) in the commune.</translation>
    </message>
    <message>
        <source>La concession n° %1 est %2 depuis le %3 : seule une concession active peut être renouvelée, convertie ou rétrocédée.</source>
        <translation>Concession no. %1 has been %2 since %3: only an active concession can be renewed, converted or surrendered.</translation>
    </message>
    <message>
        <source>Indiquez le numéro du titre de concession.</source>
        <translation>Enter the concession deed number.</translation>
    </message>
    <message>
        <source>Le numéro de titre %1 est déjà attribué dans la commune : chaque titre de concession a un numéro unique.</source>
        <translation>Deed number %1 is already assigned in the commune: each concession deed has a unique number.</translation>
    </message>
    <message>
        <source>Le type de bénéficiaires « %1 » est inconnu : individuelle, collective ou familiale.</source>
        <translation>Beneficiary type “%1” is unknown: individuelle, collective or familiale.</translation>
    </message>
    <message>
        <source>Le rôle « %1 » est inconnu : concessionnaire, ayant_droit, beneficiaire ou exclu.</source>
        <translation>Role “%1” is unknown: concessionnaire, ayant_droit, beneficiaire or exclu.</translation>
    </message>
    <message>
        <source>Indiquez le nom de chaque personne du titre.</source>
        <translation>Enter the name of each person on the deed.</translation>
    </message>
    <message>
        <source>Seule une concession familiale peut exclure nommément des personnes.</source>
        <translation>Only a family concession can exclude people by name.</translation>
    </message>
    <message>
        <source>Indiquez au moins un concessionnaire (nom et adresse) : c&apos;est lui qui signe le titre.</source>
        <translation>Enter at least one concession holder (name and address): they sign the deed.</translation>
    </message>
    <message>
        <source>Une concession collective désigne nommément ses bénéficiaires : ajoutez-les au titre.</source>
        <translation>A collective concession names its beneficiaries: add them to the deed.</translation>
    </message>
    <message>
        <source>Une concession individuelle n&apos;a qu&apos;un concessionnaire, qui y sera seul inhumé : choisissez une concession collective ou familiale.</source>
        <translation>An individual concession has only one concession holder, who alone will be buried there: choose a collective or family concession.</translation>
    </message>
    <message>
        <source>Cet emplacement n&apos;existe pas (ou plus) dans la commune.</source>
        <translation>This plot does not exist (or no longer exists) in the commune.</translation>
    </message>
    <message>
        <source>Aucun tarif n&apos;est en vigueur le %1 pour une concession %2 (%3) au cimetière %4 : saisissez le tarif voté par le conseil municipal dans les tarifs.</source>
        <translation>No fee is in force on %1 for a %2 concession (%3) at cemetery %4: enter the fee voted by the municipal council in the fees.</translation>
    </message>
    <message>
        <source>Le montant d&apos;un tarif ne peut pas être négatif.</source>
        <translation>A fee amount cannot be negative.</translation>
    </message>
    <message>
        <source>Indiquez la date à partir de laquelle le tarif s&apos;applique (date de la délibération ou date qu&apos;elle fixe).</source>
        <translation>Enter the date from which the fee applies (date of the council resolution or the date it sets).</translation>
    </message>
    <message>
        <source>La fin de validité du tarif (%1) doit suivre son début (%2).</source>
        <translation>The fee&apos;s end of validity (%1) must be after its start (%2).</translation>
    </message>
    <message>
        <source>Un tarif pour une concession %1 (%2) est déjà en vigueur depuis le %3 sur cette période : fermez-le d&apos;abord en lui donnant une fin de validité.</source>
        <translation>A fee for a %1 concession (%2) has already been in force since %3 over this period: close it first by giving it an end of validity.</translation>
    </message>
    <message>
        <source>Aucun tarif n&apos;est en vigueur le %1 pour une concession %2 : saisissez le tarif voté par le conseil municipal.</source>
        <translation>No fee is in force on %1 for a %2 concession: enter the fee voted by the municipal council.</translation>
    </message>
    <message>
        <source>Indiquez la date de début de la concession.</source>
        <translation>Enter the concession start date.</translation>
    </message>
    <message>
        <source>La date de début (%1) est à plus d&apos;un an : vérifiez-la.</source>
        <translation>The start date (%1) is more than a year away: check it.</translation>
    </message>
    <message>
        <source>Un emplacement « %1 » ne se concède pas : choisissez un terrain, une case de columbarium, une cavurne ou un enfeu.</source>
        <translation>A “%1” plot cannot be granted as a concession: choose land, a columbarium cell, an urn vault or a wall niche.</translation>
    </message>
    <message>
        <source>Cet emplacement est %1 : débloquez-le avant de le concéder.</source>
        <translation>This plot is %1: unblock it before granting it.</translation>
    </message>
    <message>
        <source>Cet emplacement est déjà concédé (titre n° %1) : renouvelez ou convertissez ce titre, ou choisissez un emplacement libre.</source>
        <translation>This plot is already granted (deed no. %1): renew or convert that deed, or choose a free plot.</translation>
    </message>
    <message>
        <source>Renouvellement du titre n° %1 au tarif du %2 (%3) : nouvelle période du %4 au %5.</source>
        <translation>Renewal of deed no. %1 at the fee of %2 (%3): new period from %4 to %5.</translation>
    </message>
    <message>
        <source>perpétuité</source>
        <translation>perpetuity</translation>
    </message>
    <message>
        <source>La concession n° %1 est %2 : seule une concession active peut être convertie.</source>
        <translation>Concession no. %1 has been %2: only an active concession can be converted.</translation>
    </message>
    <message numerus="yes">
        <source>La concession n° %1 contient %n défunt(s) : seule une concession vide peut être rétrocédée à la commune.</source>
        <translation>
            <numerusform>Concession no. %1 contains %n deceased person: only an empty concession can be surrendered to the commune.</numerusform>
            <numerusform>Concession no. %1 contains %n deceased people: only an empty concession can be surrendered to the commune.</numerusform>
        </translation>
    </message>
    <message>
        <source>L&apos;opération %1 est en cours sur cet emplacement : validez-la ou annulez-la avant la rétrocession.</source>
        <translation>Operation %1 is in progress on this plot: validate or cancel it before the surrender.</translation>
    </message>
    <message>
        <source>Ce défunt n&apos;existe pas (ou plus) dans la commune.</source>
        <translation>This deceased person does not exist (or no longer exists) in the commune.</translation>
    </message>
    <message>
        <source>Indiquez le nom du défunt.</source>
        <translation>Enter the name of the deceased.</translation>
    </message>
    <message>
        <source>La date de décès (%1) est dans le futur : corrigez-la.</source>
        <translation>The date of death (%1) is in the future: correct it.</translation>
    </message>
    <message>
        <source>La date de naissance (%1) suit la date de décès (%2) : corrigez l&apos;une des deux.</source>
        <translation>The date of birth (%1) is after the date of death (%2): correct one of them.</translation>
    </message>
    <message>
        <source>La date d&apos;inhumation (%1) précède la date de décès (%2) : corrigez l&apos;une des deux.</source>
        <translation>The burial date (%1) is before the date of death (%2): correct one of them.</translation>
    </message>
    <message>
        <source>L&apos;emplacement est complet : %1 place(s) occupée(s) sur %2, un(e) %3 de plus n&apos;y tient pas.</source>
        <translation>The plot is full: %1 of %2 space(s) occupied, one more %3 will not fit.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;emplacement où le défunt repose.</source>
        <translation>Choose the plot where the deceased rests.</translation>
    </message>
    <message>
        <source>La fiche de %1</source>
        <translation>%1&apos;s record</translation>
    </message>
    <message>
        <source>%1 fait l&apos;objet de l&apos;opération %2 en cours : sa fiche est verrouillée jusqu&apos;à ce que l&apos;opération soit validée ou annulée.</source>
        <translation>%1 is the subject of operation %2 in progress: their record is locked until the operation is validated or cancelled.</translation>
    </message>
    <message>
        <source>Tapez au moins deux lettres du nom recherché.</source>
        <translation>Type at least two letters of the name you are looking for.</translation>
    </message>
    <message>
        <source>défunt, décès le %1</source>
        <translation>deceased, died %1</translation>
    </message>
    <message>
        <source>défunt</source>
        <translation>deceased</translation>
    </message>
    <message>
        <source>concessionnaire</source>
        <translation>concession holder</translation>
    </message>
    <message>
        <source>ayant droit</source>
        <translation>rightful claimant</translation>
    </message>
    <message>
        <source>%1, titre n° %2</source>
        <translation>%1, deed no. %2</translation>
    </message>
    <message>
        <source>Cimetière communal</source>
        <translation>Municipal cemetery</translation>
    </message>
    <message>
        <source>Chemin du Cimetière</source>
        <translation>Chemin du Cimetière</translation>
    </message>
    <message>
        <source>Délibération n° %1-012</source>
        <translation>Council resolution no. %1-012</translation>
    </message>
    <message>
        <source>Rang %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Espace cinéraire</source>
        <translation>Cremation area</translation>
    </message>
    <message>
        <source>Columbarium</source>
        <translation>Columbarium</translation>
    </message>
    <message>
        <source>Jardin du souvenir</source>
        <translation>Garden of remembrance</translation>
    </message>
    <message>
        <source>%1 rue de la République</source>
        <translation>%1 rue de la République</translation>
    </message>
    <message>
        <source>inhumé</source>
        <translation>buried</translation>
    </message>
    <message>
        <source>exhumé</source>
        <translation>exhumed</translation>
    </message>
    <message>
        <source>transféré hors de la commune</source>
        <translation>transferred out of the commune</translation>
    </message>
    <message>
        <source>cendres dispersées</source>
        <translation>ashes scattered</translation>
    </message>
    <message>
        <source>en attente d&apos;inhumation</source>
        <translation>awaiting burial</translation>
    </message>
    <message>
        <source>L&apos;inhumation a lieu moins de 24 heures après le décès (%1) : elle n&apos;est possible qu&apos;au-delà de 24 heures (article R2213-33 du CGCT), sauf cas prévus par le texte.</source>
        <translation>The burial takes place less than 24 hours after death (%1): it is only allowed after 24 hours (article R2213-33 of the CGCT), except in the cases the text provides for.</translation>
    </message>
    <message>
        <source>L&apos;inhumation a lieu %1 jours après le décès (%2) : au-delà de 14 jours calendaires, une dérogation du préfet est nécessaire (article R2213-33 du CGCT).</source>
        <translation>The burial takes place %1 days after death (%2): beyond 14 calendar days, a dispensation from the prefect is required (article R2213-33 of the CGCT).</translation>
    </message>
    <message>
        <source>Choisissez un emplacement existant de la commune.</source>
        <translation>Choose an existing plot of the commune.</translation>
    </message>
    <message>
        <source>%1, %2, n° %3</source>
        <translation>%1, %2, no. %3</translation>
    </message>
    <message>
        <source>L&apos;emplacement %1 est %2 : aucune inhumation n&apos;y est possible tant qu&apos;il n&apos;est pas débloqué.</source>
        <translation>Plot %1 is %2: no burial is possible there until it is unblocked.</translation>
    </message>
    <message>
        <source>La dispersion des cendres se fait dans un jardin du souvenir : choisissez l&apos;espace de dispersion du cimetière.</source>
        <translation>Ashes are scattered in a garden of remembrance: choose the cemetery&apos;s scattering area.</translation>
    </message>
    <message>
        <source>On ne dépose ni cercueil ni urne dans %1 (%2) : choisissez une sépulture.</source>
        <translation>Neither a coffin nor an urn can be placed in %1 (%2): choose a grave.</translation>
    </message>
    <message>
        <source>Un cercueil ne peut pas être déposé dans %1 (%2) : choisissez un terrain, un enfeu, un terrain commun ou le caveau provisoire.</source>
        <translation>A coffin cannot be placed in %1 (%2): choose land, a wall niche, common ground or the temporary vault.</translation>
    </message>
    <message>
        <source>L&apos;emplacement %1 n&apos;est pas concédé : accordez d&apos;abord une concession, ou choisissez un terrain commun.</source>
        <translation>Plot %1 is not under concession: grant a concession first, or choose common ground.</translation>
    </message>
    <message>
        <source>Le consentement du concessionnaire (ou de ses ayants droit) est requis pour déposer un corps ou une urne dans la concession n° %1 : cochez-le une fois l&apos;accord écrit obtenu.</source>
        <translation>The consent of the concession holder (or their rightful claimants) is required to place a body or an urn in concession no. %1: tick it once written agreement has been obtained.</translation>
    </message>
    <message>
        <source>L&apos;emplacement %1 est complet : %2 place(s) occupée(s) ou réservée(s) par une opération en cours sur %3 ; %4 de plus n&apos;y tient pas. Choisissez un autre emplacement ou faites d&apos;abord une réduction de corps.</source>
        <translation>Plot %1 is full: %2 space(s) occupied or reserved by an operation in progress out of %3; there is no room for %4 as well. Choose another plot or carry out a reduction of remains first.</translation>
    </message>
    <message>
        <source>Indiquez la date de l&apos;opération.</source>
        <translation>Enter the date of the operation.</translation>
    </message>
    <message>
        <source>L&apos;heure « %1 » n&apos;est pas une heure : tapez-la sous la forme 14:30.</source>
        <translation>“%1” is not a time: type it as 14:30.</translation>
    </message>
    <message>
        <source>Choisissez le ou les défunts concernés par l&apos;opération.</source>
        <translation>Choose the deceased concerned by the operation.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;emplacement concerné par l&apos;opération.</source>
        <translation>Choose the plot concerned by the operation.</translation>
    </message>
    <message>
        <source>%1 fait déjà l&apos;objet de l&apos;opération %2 en cours : validez-la ou annulez-la avant d&apos;en créer une autre.</source>
        <translation>%1 is already the subject of operation %2 in progress: validate or cancel it before creating another.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas en attente d&apos;inhumation (%2) : pour le changer d&apos;emplacement, enregistrez un transfert.</source>
        <translation>%1 is not awaiting burial (%2): to move them to another plot, record a transfer.</translation>
    </message>
    <message>
        <source>%1 est une urne : enregistrez un dépôt d&apos;urne ou une dispersion.</source>
        <translation>%1 is an urn: record an urn deposit or a scattering of ashes.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une urne (%2) : enregistrez une inhumation.</source>
        <translation>%1 is not an urn (%2): record a burial.</translation>
    </message>
    <message>
        <source>Indiquez la date de décès de %1 sur sa fiche : elle fixe le délai légal d&apos;inhumation.</source>
        <translation>Enter the date of death of %1 in their record: it sets the legal time limit for burial.</translation>
    </message>
    <message>
        <source>L&apos;opération (%1) précède le décès de %2 (%3) : corrigez la date.</source>
        <translation>The operation (%1) is before the death of %2 (%3): correct the date.</translation>
    </message>
    <message>
        <source>%1 ne repose pas dans l&apos;emplacement choisi : choisissez l&apos;emplacement où il est inhumé.</source>
        <translation>%1 does not rest in the chosen plot: choose the plot where they are buried.</translation>
    </message>
    <message>
        <source>Indiquez à quel titre le défunt a droit à une sépulture dans la commune (article L2223-3 du CGCT) : décès dans la commune, domicile, sépulture de famille ou inscription sur la liste électorale.</source>
        <translation>State on what grounds the deceased is entitled to burial in the commune (article L2223-3 of the CGCT): death in the commune, residence, family grave or registration on the electoral roll.</translation>
    </message>
    <message>
        <source>Indiquez le demandeur et sa qualité (plus proche parent du défunt, article R2213-40 du CGCT).</source>
        <translation>Enter the applicant and their capacity (closest relative of the deceased, article R2213-40 of the CGCT).</translation>
    </message>
    <message>
        <source>Le plus proche parent atteste sur l&apos;honneur qu&apos;aucun parent de même degré ne s&apos;oppose à l&apos;exhumation (article R2213-40 du CGCT) : cochez la déclaration une fois signée.</source>
        <translation>The closest relative declares on their honour that no relative of the same degree objects to the exhumation (article R2213-40 of the CGCT): tick the declaration once it is signed.</translation>
    </message>
    <message>
        <source>Seul un corps en cercueil peut faire l&apos;objet d&apos;une réduction (%1 : %2).</source>
        <translation>Only a body in a coffin can undergo a reduction (%1: %2).</translation>
    </message>
    <message>
        <source>La date d&apos;inhumation de %1 est inconnue : saisissez-la sur sa fiche pour vérifier le délai de réduction.</source>
        <translation>The burial date of %1 is unknown: enter it in their record to check the reduction interval.</translation>
    </message>
    <message>
        <source>%1 a été inhumé(e) le %2 : une réduction de corps n&apos;est possible qu&apos;après %3 ans, à partir du %4.</source>
        <translation>%1 was buried on %2: a reduction of remains is only possible after %3 years, from %4.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;emplacement de destination du transfert, ou la commune où le corps est transféré.</source>
        <translation>Enter the destination plot of the transfer, or the commune the body is transferred to.</translation>
    </message>
    <message>
        <source>La destination du transfert est l&apos;emplacement de départ : choisissez-en un autre.</source>
        <translation>The transfer destination is the starting plot: choose another one.</translation>
    </message>
    <message>
        <source>%1 vient d&apos;être engagé(e) dans une autre opération : rechargez et réessayez.</source>
        <translation>%1 has just been included in another operation: reload and try again.</translation>
    </message>
    <message>
        <source>Cette opération n&apos;existe pas (ou plus) dans la commune.</source>
        <translation>This operation does not exist (or no longer exists) in the commune.</translation>
    </message>
    <message>
        <source>L&apos;opération %1</source>
        <translation>Operation %1</translation>
    </message>
    <message>
        <source>L&apos;opération %1 a été validée le %2 : une opération validée est irréversible.</source>
        <translation>Operation %1 was validated on %2: a validated operation cannot be reversed.</translation>
    </message>
    <message>
        <source>L&apos;opération %1 est annulée : créez une nouvelle opération si besoin.</source>
        <translation>Operation %1 is cancelled: create a new operation if needed.</translation>
    </message>
    <message>
        <source>Inhumation</source>
        <translation>Burial</translation>
    </message>
    <message>
        <source>Exhumation</source>
        <translation>Exhumation</translation>
    </message>
    <message>
        <source>Réduction / réunion de corps</source>
        <translation>Reduction / combining of remains</translation>
    </message>
    <message>
        <source>Transfert</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Dépôt d&apos;urne</source>
        <translation>Urn deposit</translation>
    </message>
    <message>
        <source>Dispersion des cendres</source>
        <translation>Scattering of ashes</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;a pas pu être créé : vérifiez le dossier et ses droits.</source>
        <translation>File “%1” could not be created: check the folder and its permissions.</translation>
    </message>
    <message>
        <source>Plan au %1</source>
        <translation>Plan as at %1</translation>
    </message>
    <message>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Le plan n&apos;a pas pu être écrit dans « %1 ».</source>
        <translation>The plan could not be written to “%1”.</translation>
    </message>
    <message>
        <source>Libre</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Temporaire (5 à 15 ans)</source>
        <translation>Temporary (5 to 15 years)</translation>
    </message>
    <message>
        <source>Trentenaire</source>
        <translation>30-year</translation>
    </message>
    <message>
        <source>Cinquantenaire</source>
        <translation>50-year</translation>
    </message>
    <message>
        <source>Centenaire</source>
        <translation>100-year</translation>
    </message>
    <message>
        <source>Perpétuelle</source>
        <translation>Perpetual</translation>
    </message>
    <message>
        <source>Sans concession (terrain commun, bloqué...)</source>
        <translation>No concession (common ground, blocked...)</translation>
    </message>
    <message>
        <source>Couleur selon l&apos;état</source>
        <translation>Colour by status</translation>
    </message>
    <message>
        <source>Couleur selon la durée</source>
        <translation>Colour by duration</translation>
    </message>
    <message>
        <source>Nom d&apos;un défunt, d&apos;une famille ou n° d&apos;emplacement…</source>
        <translation>Name of a deceased person, a family or plot no.…</translation>
    </message>
    <message>
        <source>Trouver</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Déplacer les emplacements</source>
        <translation>Move plots</translation>
    </message>
    <message>
        <source>Mode modification : faites glisser un emplacement à sa place ; chaque déplacement est enregistré.</source>
        <translation>Edit mode: drag a plot to its place; each move is saved.</translation>
    </message>
    <message>
        <source>Tout voir</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <source>Exporter pour un SIG…</source>
        <translation>Export for a GIS…</translation>
    </message>
    <message>
        <source>Enregistre les emplacements au format GeoJSON, lisible par QGIS.</source>
        <translation>Saves the plots in GeoJSON format, readable by QGIS.</translation>
    </message>
    <message>
        <source>Plan scanné…</source>
        <translation>Scanned plan…</translation>
    </message>
    <message>
        <source>Affiche sous les emplacements l&apos;image du plan du cimetière (1 pixel = 5 cm).</source>
        <translation>Shows the image of the cemetery plan beneath the plots (1 pixel = 5 cm).</translation>
    </message>
    <message>
        <source>Cimetière :</source>
        <translation>Cemetery:</translation>
    </message>
    <message>
        <source>Aucun cimetière : créez-en un ou importez vos emplacements.</source>
        <translation>No cemetery: create one or import your plots.</translation>
    </message>
    <message>
        <source>%1 emplacements, dont %2 libres. Molette : zoom ; double-clic : fiche de l&apos;emplacement.</source>
        <translation>%1 plots, %2 of them free. Wheel: zoom; double-click: plot record.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Légende&lt;/b&gt;</source>
        <translation>&lt;b&gt;Legend&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — famille %2</source>
        <translation>%1 — %2 family</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Aucun emplacement, défunt ni concessionnaire ne correspond à « %1 ».</source>
        <translation>No plot, deceased or concession holder matches “%1”.</translation>
    </message>
    <message>
        <source>%1 déplacé et enregistré.</source>
        <translation>%1 moved and saved.</translation>
    </message>
    <message>
        <source>Exporter le plan en PDF</source>
        <translation>Export the plan to PDF</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Plan du %1</source>
        <translation>Plan of %1</translation>
    </message>
    <message>
        <source>Exporter les emplacements pour un SIG</source>
        <translation>Export the plots for a GIS</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;a pas pu être écrit : vérifiez le dossier et ses droits.</source>
        <translation>File “%1” could not be written: check the folder and its permissions.</translation>
    </message>
    <message>
        <source>Plan scanné du cimetière</source>
        <translation>Scanned cemetery plan</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;a pas pu être lu.</source>
        <translation>File “%1” could not be read.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une image lisible : enregistrez le plan en PNG ou en JPEG.</source>
        <translation>“%1” is not a readable image: save the plan as PNG or JPEG.</translation>
    </message>
    <message>
        <source>Plan du cimetière</source>
        <translation>Cemetery plan</translation>
    </message>
    <message>
        <source>Famille %1</source>
        <translation>%1 family</translation>
    </message>
    <message>
        <source>%1 place(s), %2 occupée(s)</source>
        <translation>%1 space(s), %2 occupied</translation>
    </message>
    <message>
        <source>Concession jusqu&apos;au %1</source>
        <translation>Concession until %1</translation>
    </message>
    <message>
        <source>Concession perpétuelle</source>
        <translation>Perpetual concession</translation>
    </message>
    <message>
        <source>Concession (terrain)</source>
        <translation>Concession (land)</translation>
    </message>
    <message>
        <source>Case de columbarium</source>
        <translation>Columbarium cell</translation>
    </message>
    <message>
        <source>Cavurne</source>
        <translation>Urn vault</translation>
    </message>
    <message>
        <source>Enfeu</source>
        <translation>Wall niche</translation>
    </message>
    <message>
        <source>Terrain commun</source>
        <translation>Common ground</translation>
    </message>
    <message>
        <source>Ossuaire</source>
        <translation>Ossuary</translation>
    </message>
    <message>
        <source>Caveau provisoire (dépositoire)</source>
        <translation>Temporary vault (holding vault)</translation>
    </message>
    <message>
        <source>Réservé</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Occupé</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Bloqué</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>En procédure</source>
        <translation>Under procedure</translation>
    </message>
    <message>
        <source>L&apos;emplacement %1</source>
        <translation>Plot %1</translation>
    </message>
    <message>
        <source>Indiquez le nom du cimetière.</source>
        <translation>Enter the cemetery name.</translation>
    </message>
    <message>
        <source>Un cimetière s&apos;appelle déjà « %1 » dans la commune : choisissez un autre nom.</source>
        <translation>A cemetery in the commune is already called “%1”: choose another name.</translation>
    </message>
    <message>
        <source>Le plan scanné dépasse 30 Mo : enregistrez-le avec une résolution plus faible.</source>
        <translation>The scanned plan exceeds 30 MB: save it at a lower resolution.</translation>
    </message>
    <message>
        <source>Le cimetière choisi n&apos;existe pas dans la commune.</source>
        <translation>The chosen cemetery does not exist in the commune.</translation>
    </message>
    <message>
        <source>Indiquez le nom de la zone ou du carré.</source>
        <translation>Enter the section name.</translation>
    </message>
    <message>
        <source>Ce cimetière a déjà une zone « %1 ».</source>
        <translation>This cemetery already has a section “%1”.</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;allée ou du rang.</source>
        <translation>Enter the row name.</translation>
    </message>
    <message>
        <source>La zone choisie n&apos;existe pas dans la commune.</source>
        <translation>The chosen section does not exist in the commune.</translation>
    </message>
    <message>
        <source>Cette zone a déjà une allée « %1 ».</source>
        <translation>This section already has a row “%1”.</translation>
    </message>
    <message>
        <source>L&apos;emplacement</source>
        <translation>The plot</translation>
    </message>
    <message>
        <source>Le numéro de l&apos;emplacement est un entier à partir de 1 (%1 saisi).</source>
        <translation>The plot number is a whole number from 1 (%1 entered).</translation>
    </message>
    <message>
        <source>Le nombre de places va de 0 à 50 (%1 saisi).</source>
        <translation>The number of spaces ranges from 0 to 50 (%1 entered).</translation>
    </message>
    <message>
        <source>La largeur et la longueur de l&apos;emplacement sur le plan doivent être positives.</source>
        <translation>The width and length of the plot on the plan must be positive.</translation>
    </message>
    <message>
        <source>La surface ne peut pas être négative.</source>
        <translation>The area cannot be negative.</translation>
    </message>
    <message>
        <source>L&apos;allée choisie n&apos;existe pas dans la commune.</source>
        <translation>The chosen row does not exist in the commune.</translation>
    </message>
    <message>
        <source>Le numéro %1 est déjà attribué dans cette allée : choisissez un autre numéro ou un complément (bis, ter).</source>
        <translation>Number %1 is already assigned in this row: choose another number or a suffix (bis, ter).</translation>
    </message>
    <message>
        <source>Indiquez une plage de numéros croissante à partir de 1 (du %1 au %2 saisi).</source>
        <translation>Enter an increasing range of numbers starting from 1 (%1 to %2 entered).</translation>
    </message>
    <message>
        <source>Une création par lot se limite à 5 000 emplacements : découpez la plage.</source>
        <translation>A batch creation is limited to 5,000 plots: split the range.</translation>
    </message>
    <message>
        <source>Le numéro %1 existe déjà dans cette allée : aucun emplacement n&apos;a été créé. Choisissez une plage de numéros libres.</source>
        <translation>Number %1 already exists in this row: no plot has been created. Choose a range of free numbers.</translation>
    </message>
    <message>
        <source>%1 contient des défunts : il ne peut pas être déclaré libre.</source>
        <translation>%1 contains deceased: it cannot be marked as free.</translation>
    </message>
    <message>
        <source>La liste « %1 » n&apos;existe pas : type_zone, type_allee, type_sepulture ou nature_travaux.</source>
        <translation>List “%1” does not exist: type_zone, type_allee, type_sepulture or nature_travaux.</translation>
    </message>
    <message>
        <source>Indiquez le code et le libellé de la valeur.</source>
        <translation>Enter the code and the label of the value.</translation>
    </message>
    <message>
        <source>La fin de validité (%1) précède son début (%2) : corrigez les dates.</source>
        <translation>The end of validity (%1) is before its start (%2): correct the dates.</translation>
    </message>
    <message>
        <source>Le code « %1 » existe déjà dans cette liste.</source>
        <translation>Code “%1” already exists in this list.</translation>
    </message>
    <message>
        <source>Indiquez le nom de l&apos;entreprise.</source>
        <translation>Enter the company name.</translation>
    </message>
    <message>
        <source>La fin des travaux (%1) précède leur début (%2) : corrigez les dates.</source>
        <translation>The end of the works (%1) is before their start (%2): correct the dates.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est vide : joignez la photo ou le document scanné.</source>
        <translation>File “%1” is empty: attach the photo or the scanned document.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » dépasse 20 Mo : réduisez sa résolution avant de le joindre.</source>
        <translation>File “%1” exceeds 20 MB: reduce its resolution before attaching it.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::AuditCommand</name>
    <message>
        <source>Identifiant de l&apos;auteur.</source>
        <translation>Login of the author.</translation>
    </message>
    <message>
        <source>IDENTIFIANT</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Module (core, reglement...).</source>
        <translation>Module (core, reglement...).</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODULE</translation>
    </message>
    <message>
        <source>Table (reglement_arrete...).</source>
        <translation>Table (reglement_arrete...).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>Numéro de l&apos;enregistrement.</source>
        <translation>Number of the record.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>insert, update, delete, login, login_failed, export, print...</source>
        <translation>insert, update, delete, login, login_failed, export, print...</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Depuis le (JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation>From (DD/MM/YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Jusqu&apos;au (inclus).</source>
        <translation>Until (inclusive).</translation>
    </message>
    <message>
        <source>Nombre maximal de lignes (1000 par défaut).</source>
        <translation>Maximum number of lines (1000 by default).</translation>
    </message>
    <message>
        <source>--id attend un numéro d&apos;enregistrement (entier positif).</source>
        <translation>--id expects a record number (positive whole number).</translation>
    </message>
    <message>
        <source>--limite attend un nombre de lignes (entier positif).</source>
        <translation>--limite expects a number of lines (positive whole number).</translation>
    </message>
    <message>
        <source>--%1 : %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>La période est inversée : --au doit suivre --du.</source>
        <translation>The period is reversed: --au must follow --du.</translation>
    </message>
    <message>
        <source>Affiche le journal d&apos;audit (les plus récents d&apos;abord), filtré.</source>
        <translation>Shows the audit trail (most recent first), filtered.</translation>
    </message>
    <message>
        <source>Exporte le journal filtré en CSV pour Excel (l&apos;export est lui-même journalisé).</source>
        <translation>Exports the filtered trail as CSV for Excel (the export is itself logged).</translation>
    </message>
    <message>
        <source>Fichier CSV à écrire.</source>
        <translation>CSV file to write.</translation>
    </message>
    <message>
        <source>FICHIER.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Champs modifiés</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>Indiquez le fichier à écrire : --out journal.csv.</source>
        <translation>Give the file to write: --out journal.csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) du journal exportée(s) dans %1.</source>
        <translation>
            <numerusform>%n line of the trail exported to %1.</numerusform>
            <numerusform>%n lines of the trail exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::BackupCommand</name>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Sauvegarde la base SQLite dans FICHIER (copie cohérente, même application ouverte). Administrateur.</source>
        <translation>Backs up the SQLite database to FILE (consistent copy, even while the application is open). Administrator.</translation>
    </message>
    <message>
        <source>Une base sur serveur PostgreSQL se restaure avec les outils du serveur, pas avec openmairie-cli : %1 (sauvegarde faite avec %2). Voir docs/cli.md.</source>
        <translation>A database on a PostgreSQL server is restored with the server&apos;s tools, not with openmairie-cli: %1 (backup made with %2). See docs/cli.md.</translation>
    </message>
    <message>
        <source>Une base sur serveur PostgreSQL se sauvegarde avec les outils du serveur, pas avec openmairie-cli : utilisez pg_dump, par exemple %1 (restauration avec pg_restore). Voir docs/cli.md.</source>
        <translation>A database on a PostgreSQL server is backed up with the server&apos;s tools, not with openmairie-cli: use pg_dump, for example %1 (restore with pg_restore). See docs/cli.md.</translation>
    </message>
    <message>
        <source>Indiquez le fichier de sauvegarde à créer : openmairie-cli backup FICHIER (par exemple sauvegarde-2026-05-12.sqlite).</source>
        <translation>Give the backup file to create: openmairie-cli backup FILE (for example backup-2026-05-12.sqlite).</translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe déjà : il n&apos;est pas écrasé. Choisissez un autre nom.</source>
        <translation>The file “%1” already exists: it is not overwritten. Choose another name.</translation>
    </message>
    <message>
        <source>Sauvegarde enregistrée : %1 (%2).</source>
        <translation>Backup saved: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::CliApplication</name>
    <message>
        <source>[COMMANDE]</source>
        <translation>[COMMAND]</translation>
    </message>
    <message>
        <source>Affiche l&apos;aide générale, ou celle d&apos;une commande.</source>
        <translation>Shows the general help, or the help of a command.</translation>
    </message>
    <message>
        <source>Erreur : </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Commande inconnue « %1 ». Tapez « openmairie-cli help » pour la liste des commandes.</source>
        <translation>Unknown command “%1”. Type “openmairie-cli help” for the list of commands.</translation>
    </message>
    <message>
        <source>Indiquez une commande. Tapez « openmairie-cli help » pour la liste des commandes.</source>
        <translation>Give a command. Type “openmairie-cli help” for the list of commands.</translation>
    </message>
    <message>
        <source>« %1 » demande une sous-commande (voir la liste ci-dessus).</source>
        <translation>“%1” needs a subcommand (see the list above).</translation>
    </message>
    <message>
        <source>Erreur : la commande « %1 » déclare une option dont le nom est déjà pris (%2) ; signalez-le au fournisseur du module.</source>
        <translation>Error: the command “%1” declares an option whose name is already taken (%2); report it to the module&apos;s supplier.</translation>
    </message>
    <message>
        <source>Option inconnue « %1 » pour la commande « %2 ». Tapez « openmairie-cli %2 --help » pour ses options.</source>
        <translation>Unknown option “%1” for the command “%2”. Type “openmairie-cli %2 --help” for its options.</translation>
    </message>
    <message>
        <source>Ligne de commande incorrecte : %1 Tapez « openmairie-cli %2 --help ».</source>
        <translation>Invalid command line: %1 Type “openmairie-cli %2 --help”.</translation>
    </message>
    <message>
        <source>Écrivez le nom de la commande « %1 » avant ses options.</source>
        <translation>Write the name of the command “%1” before its options.</translation>
    </message>
    <message>
        <source>La commande « %1 » s&apos;est arrêtée sur une erreur interne. Signalez-le avec le détail ci-dessous.</source>
        <translation>The command “%1” stopped on an internal error. Report it with the details below.</translation>
    </message>
    <message>
        <source>Commandes permises au compte « %1 » (profil %2) :</source>
        <translation>Commands allowed for account “%1” (profile %2):</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::CliWorkspace</name>
    <message>
        <source>Mot de passe du rôle « %1 » (%2) :</source>
        <translation>Password of the role “%1” (%2):</translation>
    </message>
    <message>
        <source>La base %1 ne contient pas de données OpenMairie. Créez-la d&apos;abord avec « openmairie-cli init --commune CODE_INSEE ».</source>
        <translation>The database %1 holds no OpenMairie data. Create it first with “openmairie-cli init --commune INSEE_CODE”.</translation>
    </message>
    <message>
        <source>Schéma mis à jour : %1</source>
        <translation>Schema updated: %1</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Attention : module écarté, sa mise à jour a échoué — %1</source>
        <translation>Warning: module set aside, its update failed — %1</translation>
    </message>
    <message>
        <source>La commande « %1 » demande une connexion : indiquez votre identifiant avec --user (par exemple --user admin) ; le mot de passe est lu dans OPENMAIRIE_PASSWORD ou demandé.</source>
        <translation>The command “%1” needs a connection: give your login with --user (for example --user admin); the password is read from OPENMAIRIE_PASSWORD or asked.</translation>
    </message>
    <message>
        <source>Mot de passe de « %1 » :</source>
        <translation>Password of “%1”:</translation>
    </message>
    <message>
        <source>La commande « %1 » est réservée aux administrateurs ; le compte « %2 » a le profil « %3 ».</source>
        <translation>The command “%1” is reserved for administrators; the account “%2” has the profile “%3”.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::CommunesCommand</name>
    <message>
        <source>Liste les communes gérées dans la base.</source>
        <translation>Lists the communes managed in the database.</translation>
    </message>
    <message>
        <source>CODE_INSEE</source>
        <translation>INSEE_CODE</translation>
    </message>
    <message>
        <source>Ajoute une commune du référentiel INSEE à la base (syndicat intercommunal). Administrateur.</source>
        <translation>Adds a commune from the INSEE reference to the database (intercommunal syndicate). Administrator.</translation>
    </message>
    <message>
        <source>Argument inattendu « %1 » : « communes list » n&apos;en prend pas.</source>
        <translation>Unexpected argument “%1”: “communes list” takes none.</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Indiquez une commune à ajouter : openmairie-cli communes add CODE_INSEE (par exemple 13055 pour Marseille).</source>
        <translation>Give a commune to add: openmairie-cli communes add INSEE_CODE (for example 13055 for Marseille).</translation>
    </message>
    <message>
        <source>Commune ajoutée : %1 (%2). Les comptes multi-communes y ont accès ; rattachez-y les autres comptes depuis l&apos;application.</source>
        <translation>Commune added: %1 (%2). Multi-commune accounts can reach it; attach the other accounts to it from the application.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::DatabaseTarget</name>
    <message>
        <source>Deux rôles différents sont indiqués : « %1 » dans l&apos;adresse --db et « %2 » avec --user. Gardez-en un seul.</source>
        <translation>Two different roles are given: “%1” in the --db address and “%2” with --user. Keep only one.</translation>
    </message>
    <message>
        <source>Rôle PostgreSQL manquant : indiquez-le dans l&apos;adresse (postgresql://rôle@serveur:port/base) ou avec --user.</source>
        <translation>PostgreSQL role missing: give it in the address (postgresql://role@server:port/database) or with --user.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::DemoCommand</name>
    <message>
        <source>chargées</source>
        <translation>loaded</translation>
    </message>
    <message>
        <source>déjà chargées le %1 par %2 : rien d&apos;ajouté</source>
        <translation>already loaded on %1 by %2: nothing added</translation>
    </message>
    <message>
        <source>échec : %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>Remplit la commune de travail de données de démonstration réalistes, pour chaque module installé. Administrateur.</source>
        <translation>Fills the working commune with realistic demonstration data, for each installed module. Administrator.</translation>
    </message>
    <message>
        <source>Argument inattendu « %1 » : « demo » n&apos;en prend pas ; la commune se choisit avec --commune.</source>
        <translation>Unexpected argument “%1”: “demo” takes none; the commune is chosen with --commune.</translation>
    </message>
    <message>
        <source>Aucun module actif : il n&apos;y a pas de données de démonstration à charger (voir « openmairie-cli modules »).</source>
        <translation>No active module: there is no demonstration data to load (see “openmairie-cli modules”).</translation>
    </message>
    <message>
        <source>Données de démonstration pour %1 (%2) :</source>
        <translation>Demonstration data for %1 (%2):</translation>
    </message>
    <message>
        <source>Rien n&apos;a été ajouté : les données de démonstration de cette commune sont déjà chargées.</source>
        <translation>Nothing was added: the demonstration data of this commune is already loaded.</translation>
    </message>
    <message numerus="yes">
        <source>Erreur : %n module(s) n&apos;ont pas pu charger leurs données de démonstration (détail ci-dessus).</source>
        <translation>
            <numerusform>Error: %n module could not load its demonstration data (details above).</numerusform>
            <numerusform>Error: %n modules could not load their demonstration data (details above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::DemoDataLoader</name>
    <message>
        <source>Données de démonstration chargées pour %1 (%2)</source>
        <translation>Demonstration data loaded for %1 (%2)</translation>
    </message>
    <message>
        <source>Connexion nécessaire pour charger les données de démonstration.</source>
        <translation>A connection is needed to load the demonstration data.</translation>
    </message>
    <message>
        <source>données chargées, mais leur trace n&apos;a pas pu être écrite (un nouveau lancement les chargerait une seconde fois) : %1</source>
        <translation>data loaded, but its record could not be written (a new run would load it a second time): %1</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::GlobalOptions</name>
    <message>
        <source>Base de données : sqlite:CHEMIN ou postgresql://rôle@serveur:port/base. Par défaut, celle enregistrée par l&apos;application sur ce compte, sinon le fichier local.</source>
        <translation>Database: sqlite:PATH or postgresql://role@server:port/database. By default, the one saved by the application for this account, else the local file.</translation>
    </message>
    <message>
        <source>ADRESSE</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Identifiant de connexion (SQLite), ou rôle PostgreSQL s&apos;il n&apos;est pas dans l&apos;adresse.</source>
        <translation>Login (SQLite), or PostgreSQL role if it is not in the address.</translation>
    </message>
    <message>
        <source>IDENTIFIANT</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Commune de travail (code INSEE) parmi celles du compte ; pour « init », la commune à créer.</source>
        <translation>Working commune (INSEE code) among the account&apos;s; for “init”, the commune to create.</translation>
    </message>
    <message>
        <source>CODE_INSEE</source>
        <translation>INSEE_CODE</translation>
    </message>
    <message>
        <source>Résultat en JSON sur la sortie standard (pour les scripts).</source>
        <translation>Result as JSON on standard output (for scripts).</translation>
    </message>
    <message>
        <source>Affiche l&apos;aide (générale, ou de la commande indiquée).</source>
        <translation>Shows the help (general, or of the given command).</translation>
    </message>
    <message>
        <source>Affiche la version.</source>
        <translation>Shows the version.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::HelpPrinter</name>
    <message>
        <source>Codes de sortie : 0 succès ; 1 échec de l&apos;opération (base, fichier…) ; 2 ligne de commande incorrecte ; 3 authentification ou droits refusés ; 4 données refusées (code INSEE, mot de passe trop faible, fichier existant…).</source>
        <translation>Exit codes: 0 success; 1 the operation failed (database, file…); 2 invalid command line; 3 authentication or rights refused; 4 data refused (INSEE code, password too weak, existing file…).</translation>
    </message>
    <message>
        <source>Commandes du socle :</source>
        <translation>Core commands:</translation>
    </message>
    <message>
        <source>Module « %1 » (%2) :</source>
        <translation>Module “%1” (%2):</translation>
    </message>
    <message>
        <source>Commandes « %1 » :</source>
        <translation>“%1” commands:</translation>
    </message>
    <message>
        <source> (par défaut : %1)</source>
        <translation> (default: %1)</translation>
    </message>
    <message>
        <source>openmairie-cli %1 : la console d&apos;OpenMairie, pour les traitements par lots et les scripts.</source>
        <translation>openmairie-cli %1: the OpenMairie console, for batch work and scripts.</translation>
    </message>
    <message>
        <source>Usage : openmairie-cli [options] COMMANDE [arguments] [options de la commande]</source>
        <translation>Usage: openmairie-cli [options] COMMAND [arguments] [command options]</translation>
    </message>
    <message>
        <source>Options générales (avant ou après la commande) :</source>
        <translation>General options (before or after the command):</translation>
    </message>
    <message>
        <source>Mot de passe : lu dans la variable d&apos;environnement OPENMAIRIE_PASSWORD, sinon demandé au terminal (jamais sur la ligne de commande). Sur PostgreSQL, c&apos;est le mot de passe du rôle sur le serveur.</source>
        <translation>Password: read from the environment variable OPENMAIRIE_PASSWORD, else asked on the terminal (never on the command line). On PostgreSQL, it is the role&apos;s password on the server.</translation>
    </message>
    <message>
        <source>Aide d&apos;une commande : openmairie-cli COMMANDE --help. Manuel : docs/cli.md.</source>
        <translation>Help of a command: openmairie-cli COMMAND --help. Manual: docs/cli.md.</translation>
    </message>
    <message>
        <source>Aide d&apos;une commande : openmairie-cli %1 SOUS-COMMANDE --help.</source>
        <translation>Help of a command: openmairie-cli %1 SUBCOMMAND --help.</translation>
    </message>
    <message>
        <source>Usage : openmairie-cli [options] %1%2</source>
        <translation>Usage: openmairie-cli [options] %1%2</translation>
    </message>
    <message>
        <source> [options de la commande]</source>
        <translation> [command options]</translation>
    </message>
    <message>
        <source>Droit nécessaire : %1.</source>
        <translation>Right needed: %1.</translation>
    </message>
    <message>
        <source>Options de la commande :</source>
        <translation>Command options:</translation>
    </message>
    <message>
        <source>Options générales :</source>
        <translation>General options:</translation>
    </message>
    <message>
        <source>Seulement les commandes que vos droits permettent : openmairie-cli help --user VOTRE_IDENTIFIANT.</source>
        <translation>Only the commands your rights allow: openmairie-cli help --user YOUR_LOGIN.</translation>
    </message>
    <message>
        <source>Aucune commande « %1 » ne vous est permise.</source>
        <translation>None of the “%1” commands is allowed to you.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::InitCommand</name>
    <message>
        <source>Crée une base neuve : la commune (code INSEE) et son administrateur.</source>
        <translation>Creates a new database: the commune (INSEE code) and its administrator.</translation>
    </message>
    <message>
        <source>Nom affiché de l&apos;administrateur (par défaut « Administrateur »).</source>
        <translation>Display name of the administrator (default “Administrator”).</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Argument inattendu « %1 » : la commune se donne avec --commune CODE_INSEE.</source>
        <translation>Unexpected argument “%1”: the commune is given with --commune INSEE_CODE.</translation>
    </message>
    <message>
        <source>Indiquez la commune à créer avec --commune CODE_INSEE (par exemple --commune 13004 pour Arles).</source>
        <translation>Give the commune to create with --commune INSEE_CODE (for example --commune 13004 for Arles).</translation>
    </message>
    <message>
        <source>La base « %1 » existe déjà : « init » ne crée qu&apos;une base neuve et n&apos;écrase jamais un fichier existant. Pour travailler sur cette base : openmairie-cli --db sqlite:%1 --user IDENTIFIANT status</source>
        <translation>The database “%1” already exists: “init” only creates a new database and never overwrites an existing file. To work on this database: openmairie-cli --db sqlite:%1 --user LOGIN status</translation>
    </message>
    <message>
        <source>Mot de passe du nouvel administrateur « %1 » (au moins 8 caractères, lettres et chiffres ou signes) :</source>
        <translation>Password of the new administrator “%1” (at least 8 characters, letters and digits or signs):</translation>
    </message>
    <message>
        <source>Saisissez-le une seconde fois :</source>
        <translation>Type it a second time:</translation>
    </message>
    <message>
        <source>Attention : module écarté, la création de ses tables a échoué — %1</source>
        <translation>Warning: module set aside, creating its tables failed — %1</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Base OpenMairie créée : %1.</source>
        <translation>OpenMairie database created: %1.</translation>
    </message>
    <message>
        <source>Commune : %1 (%2).</source>
        <translation>Commune: %1 (%2).</translation>
    </message>
    <message>
        <source>Administrateur : %1 (profil %2).</source>
        <translation>Administrator: %1 (profile %2).</translation>
    </message>
    <message>
        <source>Étapes de schéma appliquées : %1.</source>
        <translation>Schema steps applied: %1.</translation>
    </message>
    <message>
        <source>Pour la suite : openmairie-cli --db %1 --user %2 status</source>
        <translation>Next: openmairie-cli --db %1 --user %2 status</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::MigrateCommand</name>
    <message>
        <source>Met à jour le schéma de la base (socle et modules installés). Administrateur.</source>
        <translation>Updates the database schema (core and installed modules). Administrator.</translation>
    </message>
    <message>
        <source>Argument inattendu « %1 » : « migrate » n&apos;en prend pas.</source>
        <translation>Unexpected argument “%1”: “migrate” takes none.</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>La base est déjà à jour : aucune étape à appliquer.</source>
        <translation>The database is already up to date: no step to apply.</translation>
    </message>
    <message>
        <source>Étapes appliquées (%1) :</source>
        <translation>Steps applied (%1):</translation>
    </message>
    <message>
        <source>Erreur : module écarté, sa mise à jour a échoué — %1</source>
        <translation>Error: module set aside, its update failed — %1</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::ModulesCommand</name>
    <message>
        <source>Liste les modules installés sur ce poste, actifs ou refusés (avec la raison).</source>
        <translation>Lists the modules installed on this workstation, active or refused (with the reason).</translation>
    </message>
    <message>
        <source>Argument inattendu « %1 » : « modules » n&apos;en prend pas.</source>
        <translation>Unexpected argument “%1”: “modules” takes none.</translation>
    </message>
    <message>
        <source>Aucun module trouvé. Les modules sont les fichiers om_&lt;id&gt; placés dans l&apos;un de ces dossiers :</source>
        <translation>No module found. Modules are the om_&lt;id&gt; files placed in one of these folders:</translation>
    </message>
    <message>
        <source>Modules actifs (%1) :</source>
        <translation>Active modules (%1):</translation>
    </message>
    <message>
        <source>  (aucun)</source>
        <translation>  (none)</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modules refusés (%1) :</source>
        <translation>Refused modules (%1):</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dossiers examinés : %1</source>
        <translation>Folders searched: %1</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::ParametresCommand</name>
    <message>
        <source>(image enregistrée)</source>
        <translation>(image saved)</translation>
    </message>
    <message>
        <source>(aucune image)</source>
        <translation>(no image)</translation>
    </message>
    <message>
        <source>Liste les paramètres de la commune, leur valeur et s&apos;il s&apos;agit de la valeur par défaut.</source>
        <translation>Lists the commune&apos;s parameters, their value and whether it is the default value.</translation>
    </message>
    <message>
        <source>NOM VALEUR</source>
        <translation>NAME VALUE</translation>
    </message>
    <message>
        <source>Donne une valeur à un paramètre (pour le logo : le chemin d&apos;une image PNG ou JPEG de 2 Mo au plus). Administrateur.</source>
        <translation>Gives a value to a parameter (for the logo: the path of a PNG or JPEG image of at most 2 MB). Administrator.</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Rend à un paramètre sa valeur par défaut. Administrateur.</source>
        <translation>Gives a parameter back its default value. Administrator.</translation>
    </message>
    <message>
        <source>Argument inattendu « %1 » : « parametres list » n&apos;en prend pas.</source>
        <translation>Unexpected argument “%1”: “parametres list” takes none.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1 (par défaut)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Paramètres de la commune %1 :</source>
        <translation>Parameters of the commune %1:</translation>
    </message>
    <message>
        <source>Indiquez le nom du paramètre et sa valeur, par exemple : parametres set maire &quot;Mme Jeanne Martin&quot; (la liste : parametres list).</source>
        <translation>Give the name of the parameter and its value, for example: parametres set maire &quot;Mme Jeanne Martin&quot; (the list: parametres list).</translation>
    </message>
    <message>
        <source>Paramètre « %1 » enregistré : %2</source>
        <translation>Parameter “%1” saved: %2</translation>
    </message>
    <message>
        <source>Indiquez le nom du paramètre, par exemple : parametres reset qualite_signataire.</source>
        <translation>Give the name of the parameter, for example: parametres reset qualite_signataire.</translation>
    </message>
    <message>
        <source>Paramètre « %1 » remis à sa valeur par défaut : %2</source>
        <translation>Parameter “%1” set back to its default value: %2</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::PasswordSource</name>
    <message>
        <source>Aucun mot de passe fourni : l&apos;entrée standard n&apos;est pas un terminal, il ne peut donc pas être demandé. Définissez la variable d&apos;environnement OPENMAIRIE_PASSWORD avant de lancer la commande (par exemple dans le script : export OPENMAIRIE_PASSWORD=…).</source>
        <translation>No password given: standard input is not a terminal, so it cannot be asked. Set the environment variable OPENMAIRIE_PASSWORD before running the command (for example in the script: export OPENMAIRIE_PASSWORD=…).</translation>
    </message>
    <message>
        <source>Saisie du mot de passe interrompue : rien n&apos;a été fait.</source>
        <translation>Password entry interrupted: nothing was done.</translation>
    </message>
    <message>
        <source>Mot de passe vide : rien n&apos;a été fait. Relancez la commande et saisissez le mot de passe.</source>
        <translation>Empty password: nothing was done. Run the command again and type the password.</translation>
    </message>
    <message>
        <source>Les deux saisies du mot de passe diffèrent : rien n&apos;a été fait. Relancez la commande.</source>
        <translation>The two password entries differ: nothing was done. Run the command again.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::RestoreCommand</name>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Remplace la base SQLite par la sauvegarde FICHIER ; l&apos;ancienne base est conservée à côté. Administrateur.</source>
        <translation>Replaces the SQLite database with the backup FILE; the old database is kept next to it. Administrator.</translation>
    </message>
    <message>
        <source>Indiquez la sauvegarde à restaurer : openmairie-cli restore FICHIER.</source>
        <translation>Give the backup to restore: openmairie-cli restore FILE.</translation>
    </message>
    <message>
        <source>Impossible de copier la sauvegarde vers « %1 ». Vérifiez vos droits sur ce dossier et la place libre.</source>
        <translation>Cannot copy the backup to “%1”. Check your rights on this folder and the free space.</translation>
    </message>
    <message>
        <source>Base restaurée depuis « %1 ».</source>
        <translation>Database restored from “%1”.</translation>
    </message>
    <message>
        <source>Aucune base n&apos;existait à cet emplacement : la sauvegarde y a été copiée.</source>
        <translation>No database existed at this location: the backup was copied there.</translation>
    </message>
    <message>
        <source>La base remplacée est conservée dans « %1 ».</source>
        <translation>The replaced database is kept in “%1”.</translation>
    </message>
    <message>
        <source>Son schéma sera mis à jour à la prochaine ouverture si la sauvegarde est ancienne.</source>
        <translation>Its schema will be updated at the next opening if the backup is old.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::RightsCommand</name>
    <message>
        <source>Liste les droits des modules chargés et le profil minimal qui les détient.</source>
        <translation>Lists the rights of the loaded modules and the minimal profile that holds them.</translation>
    </message>
    <message>
        <source>DROIT PROFIL</source>
        <translation>RIGHT PROFILE</translation>
    </message>
    <message>
        <source>Accorde un droit à un profil et aux profils supérieurs (par exemple : droits set reglement.arrete.creer utilisateur).</source>
        <translation>Grants a right to a profile and to the higher profiles (for example: droits set reglement.arrete.creer utilisateur).</translation>
    </message>
    <message>
        <source>DROIT</source>
        <translation>RIGHT</translation>
    </message>
    <message>
        <source>Rétablit le profil minimal déclaré par le module pour ce droit.</source>
        <translation>Restores the minimal profile declared by the module for this right.</translation>
    </message>
    <message>
        <source>Droit</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>À partir du profil</source>
        <translation>From the profile</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1 (modifié ; par défaut : %2)</source>
        <translation>%1 (changed; default: %2)</translation>
    </message>
    <message>
        <source>Indiquez le droit et le profil : openmairie-cli droits set reglement.arrete.creer utilisateur.</source>
        <translation>Give the right and the profile: openmairie-cli droits set reglement.arrete.creer utilisateur.</translation>
    </message>
    <message>
        <source>Profil « %1 » inconnu : choisissez consultation, utilisateur-limite, utilisateur, super-utilisateur ou administrateur.</source>
        <translation>Unknown profile “%1”: choose consultation, utilisateur-limite, utilisateur, super-utilisateur or administrateur.</translation>
    </message>
    <message>
        <source>Droit %1 accordé à partir du profil %2.</source>
        <translation>Right %1 granted from the profile %2.</translation>
    </message>
    <message>
        <source>Indiquez le droit : openmairie-cli droits reset reglement.arrete.creer.</source>
        <translation>Give the right: openmairie-cli droits reset reglement.arrete.creer.</translation>
    </message>
    <message>
        <source>Droit %1 rétabli : à partir du profil %2.</source>
        <translation>Right %1 restored: from the profile %2.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::StatusCommand</name>
    <message>
        <source>module absent de ce poste (ses données sont conservées)</source>
        <translation>module not on this workstation (its data is kept)</translation>
    </message>
    <message>
        <source>plus récent que ce logiciel : installez la dernière version d&apos;OpenMairie</source>
        <translation>newer than this software: install the latest version of OpenMairie</translation>
    </message>
    <message>
        <source>à jour</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>à mettre à jour : lancez « openmairie-cli migrate »</source>
        <translation>to update: run “openmairie-cli migrate”</translation>
    </message>
    <message>
        <source> ; étapes modifiées depuis leur application : %1</source>
        <translation>; steps changed since they were applied: %1</translation>
    </message>
    <message>
        <source>Affiche la base, la version du schéma de chaque module, les communes et le nombre de comptes.</source>
        <translation>Shows the database, the schema version of each module, the communes and the number of accounts.</translation>
    </message>
    <message>
        <source>Argument inattendu « %1 » : « status » n&apos;en prend pas.</source>
        <translation>Unexpected argument “%1”: “status” takes none.</translation>
    </message>
    <message>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Connecté : %1 (%2), commune de travail %3 (%4)</source>
        <translation>Signed in: %1 (%2), working commune %3 (%4)</translation>
    </message>
    <message>
        <source>Communes gérées (%1) :</source>
        <translation>Managed communes (%1):</translation>
    </message>
    <message>
        <source>Comptes utilisateurs : %1</source>
        <translation>User accounts: %1</translation>
    </message>
    <message>
        <source>Schéma :</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Appliquée</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Connue</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Module refusé : %1</source>
        <translation>Module refused: %1</translation>
    </message>
    <message>
        <source>La base a été mise à jour par une version plus récente d&apos;OpenMairie : installez la dernière version sur ce poste.</source>
        <translation>The database was updated by a newer version of OpenMairie: install the latest version on this workstation.</translation>
    </message>
    <message>
        <source>La base est à jour.</source>
        <translation>The database is up to date.</translation>
    </message>
    <message>
        <source>La base n&apos;est pas à jour : un administrateur doit lancer « openmairie-cli migrate ».</source>
        <translation>The database is not up to date: an administrator must run “openmairie-cli migrate”.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::UsersCommand</name>
    <message>
        <source>toutes</source>
        <translation>all</translation>
    </message>
    <message>
        <source>IDENTIFIANT</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Crée le compte d&apos;un agent (sur PostgreSQL, aussi son rôle de connexion). Mot de passe pris dans OPENMAIRIE_NEW_PASSWORD ou demandé deux fois.</source>
        <translation>Creates an agent&apos;s account (on PostgreSQL, also their login role). Password taken from OPENMAIRIE_NEW_PASSWORD or asked twice.</translation>
    </message>
    <message>
        <source>Profil : consultation, utilisateur-limite, utilisateur, super-utilisateur, administrateur.</source>
        <translation>Profile: consultation, utilisateur-limite, utilisateur, super-utilisateur, administrateur.</translation>
    </message>
    <message>
        <source>PROFIL</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Nom et prénom de l&apos;agent.</source>
        <translation>Full name of the agent.</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Liste les comptes, leur profil et leurs communes.</source>
        <translation>Lists the accounts, their profile and their communes.</translation>
    </message>
    <message>
        <source>Désactive un compte (il reste dans le journal ; sur PostgreSQL le rôle ne peut plus se connecter).</source>
        <translation>Disables an account (it stays in the trail; on PostgreSQL the role can no longer sign in).</translation>
    </message>
    <message>
        <source>Réactive un compte désactivé.</source>
        <translation>Enables a disabled account again.</translation>
    </message>
    <message>
        <source>Donne un nouveau mot de passe à un agent et lève le blocage après des essais infructueux. Mot de passe pris dans OPENMAIRIE_NEW_PASSWORD ou demandé deux fois.</source>
        <translation>Gives an agent a new password and lifts the lock after failed attempts. Password taken from OPENMAIRIE_NEW_PASSWORD or asked twice.</translation>
    </message>
    <message>
        <source>Mot de passe de %1 : </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>Confirmez le mot de passe de %1 : </source>
        <translation>Confirm the password of %1: </translation>
    </message>
    <message>
        <source>Indiquez l&apos;identifiant du compte : openmairie-cli users add IDENTIFIANT --profil utilisateur --communes 13004.</source>
        <translation>Give the account&apos;s login: openmairie-cli users add LOGIN --profil utilisateur --communes 13004.</translation>
    </message>
    <message>
        <source>Profil « %1 » inconnu : choisissez consultation, utilisateur-limite, utilisateur, super-utilisateur ou administrateur.</source>
        <translation>Unknown profile “%1”: choose consultation, utilisateur-limite, utilisateur, super-utilisateur or administrateur.</translation>
    </message>
    <message>
        <source>Indiquez les communes du compte : --commune 13004 (plusieurs : --commune 13004,13055 ; agent du syndicat : --commune toutes).</source>
        <translation>Give the account&apos;s communes: --commune 13004 (several: --commune 13004,13055; syndicate agent: --commune toutes).</translation>
    </message>
    <message>
        <source>La commune de code INSEE « %1 » n&apos;est pas gérée dans cette base : ajoutez-la d&apos;abord avec « openmairie-cli communes add %1 ».</source>
        <translation>The commune with INSEE code “%1” is not managed in this database: add it first with “openmairie-cli communes add %1”.</translation>
    </message>
    <message>
        <source>L&apos;identifiant « %1 » est déjà utilisé. Choisissez-en un autre.</source>
        <translation>The login “%1” is already used. Choose another one.</translation>
    </message>
    <message>
        <source>Compte créé : %1, profil %2, communes : %3.</source>
        <translation>Account created: %1, profile %2, communes: %3.</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>désactivé</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Indiquez l&apos;identifiant du compte : openmairie-cli users %1 IDENTIFIANT.</source>
        <translation>Give the account&apos;s login: openmairie-cli users %1 LOGIN.</translation>
    </message>
    <message>
        <source>Compte %1 réactivé.</source>
        <translation>Account %1 enabled again.</translation>
    </message>
    <message>
        <source>Compte %1 désactivé.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;identifiant du compte : openmairie-cli users passwd IDENTIFIANT.</source>
        <translation>Give the account&apos;s login: openmairie-cli users passwd LOGIN.</translation>
    </message>
    <message>
        <source>Nouveau mot de passe enregistré pour %1.</source>
        <translation>New password saved for %1.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Cli::VoiesCommand</name>
    <message>
        <source>Option --%1 : %2</source>
        <translation>Option --%1: %2</translation>
    </message>
    <message>
        <source>Liste les voies de la commune (celles en vigueur ; --retirees pour toutes).</source>
        <translation>Lists the commune&apos;s streets (those in force; --retirees for all).</translation>
    </message>
    <message>
        <source>Voies dont le nom contient TEXTE, sans tenir compte des accents ni des majuscules.</source>
        <translation>Streets whose name contains TEXT, ignoring accents and capitals.</translation>
    </message>
    <message>
        <source>Montre aussi les voies retirées.</source>
        <translation>Also shows the withdrawn streets.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Ajoute une voie à la commune. Super utilisateur.</source>
        <translation>Adds a street to the commune. Super user.</translation>
    </message>
    <message>
        <source>Type de voie : RUE, AV, BD, CHE, PL, IMP... (voir l&apos;écran Tables de référence).</source>
        <translation>Street type: RUE, AV, BD, CHE, PL, IMP... (see the Reference tables screen).</translation>
    </message>
    <message>
        <source>Libellé (obligatoire), par exemple « de la République ».</source>
        <translation>Name (mandatory), for example “de la République”.</translation>
    </message>
    <message>
        <source>Complément (facultatif).</source>
        <translation>Complement (optional).</translation>
    </message>
    <message>
        <source>En vigueur depuis cette date (facultatif).</source>
        <translation>In force since this date (optional).</translation>
    </message>
    <message>
        <source>Retire une voie : elle n&apos;est plus proposée mais reste sur les adresses qui l&apos;utilisent.</source>
        <translation>Withdraws a street: it is no longer offered but stays on the addresses that use it.</translation>
    </message>
    <message>
        <source>À partir de cette date (par défaut : aujourd&apos;hui).</source>
        <translation>From this date (default: today).</translation>
    </message>
    <message>
        <source>Argument inattendu « %1 » : pour chercher une voie, écrivez --recherche TEXTE.</source>
        <translation>Unexpected argument “%1”: to search for a street, write --recherche TEXT.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Voie</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Validité</source>
        <translation>Validity</translation>
    </message>
    <message numerus="yes">
        <source>Voies %1 : %n voie(s)</source>
        <translation>
            <numerusform>Streets %1: %n street</numerusform>
            <numerusform>Streets %1: %n streets</numerusform>
        </translation>
    </message>
    <message>
        <source>Indiquez le code de la voie, par exemple : voies add REP --type RUE --libelle &quot;de la République&quot;.</source>
        <translation>Give the street code, for example: voies add REP --type RUE --libelle &quot;de la République&quot;.</translation>
    </message>
    <message>
        <source>Voie ajoutée : %1 « %2 ».</source>
        <translation>Street added: %1 “%2”.</translation>
    </message>
    <message>
        <source>Indiquez le code de la voie à retirer, par exemple : voies retire REP.</source>
        <translation>Give the code of the street to withdraw, for example: voies retire REP.</translation>
    </message>
    <message>
        <source>Voie « %1 » retirée à partir du %2.</source>
        <translation>Street “%1” withdrawn from %2.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::AgentRoles</name>
    <message>
        <source>Le serveur refuse de gérer les rôles : le rôle connecté doit avoir l&apos;attribut CREATEROLE (voir le guide du serveur partagé).</source>
        <translation>The server refuses to manage roles: the signed-in role must have the CREATEROLE attribute (see the shared server guide).</translation>
    </message>
    <message>
        <source>Le rôle « %1 » n&apos;existe pas encore sur le serveur : indiquez le mot de passe de ce nouvel agent pour le créer.</source>
        <translation>The role “%1” does not exist yet on the server: give the password of this new agent to create it.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::AuditQuery</name>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Connexion</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Connexion refusée</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Connectez-vous pour consulter le journal.</source>
        <translation>Sign in to view the trail.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Champs modifiés</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message numerus="yes">
        <source>Export du journal d&apos;audit (%n ligne(s)) vers %1</source>
        <translation>
            <numerusform>Export of the audit trail (%n line) to %1</numerusform>
            <numerusform>Export of the audit trail (%n lines) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::BackupService</name>
    <message>
        <source>Le fichier « %1 » existe déjà : il n&apos;est pas écrasé. Choisissez un autre nom.</source>
        <translation>The file “%1” already exists: it is not overwritten. Choose another name.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire dans le dossier « %1 ». Choisissez un dossier où vous pouvez écrire.</source>
        <translation>Cannot write in the folder “%1”. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>La sauvegarde n&apos;a pas pu être enregistrée sous « %1 ».</source>
        <translation>The backup could not be saved as “%1”.</translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde « %1 » n&apos;existe pas.</source>
        <translation>The backup file “%1” does not exist.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une sauvegarde OpenMairie. Rien n&apos;a été restauré.</source>
        <translation>“%1” is not an OpenMairie backup. Nothing was restored.</translation>
    </message>
    <message>
        <source>La sauvegarde « %1 » est endommagée. Rien n&apos;a été restauré ; essayez une sauvegarde plus ancienne.</source>
        <translation>The backup “%1” is damaged. Nothing was restored; try an older backup.</translation>
    </message>
    <message>
        <source>Impossible de copier la sauvegarde à côté de la base (disque plein ?). Rien n&apos;a été restauré.</source>
        <translation>Cannot copy the backup next to the database (disk full?). Nothing was restored.</translation>
    </message>
    <message>
        <source>La restauration n&apos;a pas pu remplacer « %1 ». L&apos;ancienne base est conservée dans « %2 ».</source>
        <translation>The restore could not replace “%1”. The old database is kept in “%2”.</translation>
    </message>
    <message>
        <source>Les bases sur serveur PostgreSQL se sauvegardent et se restaurent avec les outils du serveur : pg_dump -Fc pour sauvegarder, pg_restore pour restaurer (voir le guide du partenaire, docs/serveur-partage.md).</source>
        <translation>Databases on a PostgreSQL server are backed up and restored with the server&apos;s tools: pg_dump -Fc to back up, pg_restore to restore (see the partner&apos;s guide, docs/serveur-partage.md).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::CliCommandRegistry</name>
    <message>
        <source>Erreur : </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Détail technique : </source>
        <translation>Technical details: </translation>
    </message>
    <message>
        <source>Commande invalide.</source>
        <translation>Invalid command.</translation>
    </message>
    <message>
        <source>La commande « %1 » est déjà déclarée.</source>
        <translation>The command “%1” is already declared.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::CommuneReference</name>
    <message>
        <source>Le code INSEE « %1 » ne correspond à aucune commune. Vérifiez-le (5 caractères, par exemple 13004 pour Arles, 2A004 pour Ajaccio).</source>
        <translation>The INSEE code “%1” matches no commune. Check it (5 characters, for example 13004 for Arles, 2A004 for Ajaccio).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::CommuneService</name>
    <message>
        <source>La commune %1 (%2) existe déjà dans cette base.</source>
        <translation>The commune %1 (%2) already exists in this database.</translation>
    </message>
    <message>
        <source>La commune de code INSEE %1 n&apos;est pas gérée dans cette base. Ajoutez-la avec « openmairie-cli communes add --commune %1 ».</source>
        <translation>The commune with INSEE code %1 is not managed in this database. Add it with “openmairie-cli communes add --commune %1”.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ConnectionProfile</name>
    <message>
        <source>Chemin de fichier manquant dans « %1 ». Écrivez par exemple sqlite:/home/mairie/openmairie.sqlite.</source>
        <translation>File path missing in “%1”. Write for example sqlite:/home/mairie/openmairie.sqlite.</translation>
    </message>
    <message>
        <source>Adresse de serveur illisible : « %1 ». Écrivez par exemple postgresql://agent@serveur:5432/mairie.</source>
        <translation>Unreadable server address: “%1”. Write for example postgresql://agent@server:5432/mairie.</translation>
    </message>
    <message>
        <source>Ne mettez pas le mot de passe dans l&apos;adresse du serveur : il serait visible de tous. Utilisez la variable OPENMAIRIE_PASSWORD ou laissez la suite le demander.</source>
        <translation>Do not put the password in the server address: everyone could see it. Use the variable OPENMAIRIE_PASSWORD or let the suite ask for it.</translation>
    </message>
    <message>
        <source>Nom de base manquant dans « %1 ». Écrivez par exemple postgresql://agent@serveur:5432/mairie.</source>
        <translation>Database name missing in “%1”. Write for example postgresql://agent@server:5432/mairie.</translation>
    </message>
    <message>
        <source>Mode SSL inconnu « %1 ». Valeurs possibles : %2.</source>
        <translation>Unknown SSL mode “%1”. Possible values: %2.</translation>
    </message>
    <message>
        <source>Base de données non reconnue : « %1 ». Utilisez sqlite:CHEMIN ou postgresql://rôle@serveur:port/base.</source>
        <translation>Unrecognised database: “%1”. Use sqlite:PATH or postgresql://role@server:port/database.</translation>
    </message>
    <message>
        <source>Aucun profil de connexion enregistré.</source>
        <translation>No connection profile saved.</translation>
    </message>
    <message>
        <source>fichier local %1</source>
        <translation>local file %1</translation>
    </message>
    <message>
        <source>serveur %1:%2, base %3</source>
        <translation>server %1:%2, database %3</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::CoreServices</name>
    <message>
        <source>La base %1 ne contient pas de données OpenMairie. Créez-la d&apos;abord avec « openmairie-cli init » ou l&apos;assistant de premier démarrage.</source>
        <translation>The database %1 holds no OpenMairie data. Create it first with “openmairie-cli init” or the first-run wizard.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;identifiant de l&apos;administrateur.</source>
        <translation>Give the administrator&apos;s login.</translation>
    </message>
    <message>
        <source>Mot de passe de l&apos;administrateur refusé : %1</source>
        <translation>Administrator&apos;s password refused: %1</translation>
    </message>
    <message>
        <source>La base %1 contient déjà des données OpenMairie : elle n&apos;est pas réinitialisée. Ouvrez-la, ou choisissez une base vide.</source>
        <translation>The database %1 already holds OpenMairie data: it is not reinitialised. Open it, or choose an empty database.</translation>
    </message>
    <message>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Le compte « %1 » n&apos;est rattaché à aucune commune. Demandez à l&apos;administrateur de vous en attribuer une.</source>
        <translation>The account “%1” is attached to no commune. Ask the administrator to give you one.</translation>
    </message>
    <message>
        <source>Le compte « %1 » n&apos;a pas accès à la commune de code INSEE %2.</source>
        <translation>The account “%1” has no access to the commune with INSEE code %2.</translation>
    </message>
    <message>
        <source>Gérer les comptes des agents (création, profil, communes, désactivation, mot de passe)</source>
        <translation>Manage the agents&apos; accounts (creation, profile, communes, disabling, password)</translation>
    </message>
    <message>
        <source>Modifier la matrice des droits des profils</source>
        <translation>Change the rights matrix of the profiles</translation>
    </message>
    <message>
        <source>Consulter le journal d&apos;audit</source>
        <translation>View the audit trail</translation>
    </message>
    <message>
        <source>Exporter le journal d&apos;audit</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Ajouter des communes à la base</source>
        <translation>Add communes to the database</translation>
    </message>
    <message>
        <source>Sauvegarder et restaurer la base</source>
        <translation>Back up and restore the database</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::CsvExporter</name>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être créé. Choisissez un dossier où vous pouvez écrire.</source>
        <translation>The file “%1” cannot be created. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas commencé.</source>
        <translation>The export did not start.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;a pas pu être enregistré (disque plein ou droits insuffisants).</source>
        <translation>The file “%1” could not be saved (disk full or insufficient rights).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::CsvImporter</name>
    <message>
        <source>Le fichier des rejets « %1 » ne peut pas être créé. Choisissez un dossier où vous pouvez écrire.</source>
        <translation>The rejects file “%1” cannot be created. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Le fichier des rejets n&apos;a pas pu être enregistré.</source>
        <translation>The rejects file could not be saved.</translation>
    </message>
    <message>
        <source>la ligne compte %1 champs au lieu de %2 : des valeurs ou des séparateurs (%3) manquent.</source>
        <translation>the line has %1 fields instead of %2: values or separators (%3) are missing.</translation>
    </message>
    <message>
        <source>la ligne compte %1 champs au lieu de %2 : une valeur contient sans doute un %3 ; entourez-la de guillemets.</source>
        <translation>the line has %1 fields instead of %2: a value probably contains a %3; put it between quotes.</translation>
    </message>
    <message>
        <source>doublon de la ligne %1 : mêmes valeurs de %2.</source>
        <translation>duplicate of line %1: same values of %2.</translation>
    </message>
    <message>
        <source>Import de « %1 » (%2) : %3 ligne(s) importée(s), %4 rejetée(s).</source>
        <translation>Import of “%1” (%2): %3 line(s) imported, %4 rejected.</translation>
    </message>
    <message>
        <source>le fichier ne contient que des lignes vides : il n&apos;y a rien à importer. Vérifiez que vous avez choisi le bon fichier.</source>
        <translation>the file holds only empty lines: there is nothing to import. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>le fichier est vide : il ne contient aucune ligne. Vérifiez que vous avez choisi le bon fichier, ou partez du modèle de fichier.</source>
        <translation>the file is empty: it holds no line. Check that you chose the right file, or start from the file template.</translation>
    </message>
    <message>
        <source>la ligne d&apos;en-tête est mal formée : %1</source>
        <translation>the header line is malformed: %1</translation>
    </message>
    <message>
        <source>L&apos;import « %1 » n&apos;a pas de destination : signalez-le au prestataire.</source>
        <translation>The import “%1” has no destination: report it to the service provider.</translation>
    </message>
    <message>
        <source>le fichier ne contient que la ligne d&apos;en-tête : il n&apos;y a aucune ligne à importer.</source>
        <translation>the file holds only the header line: there is no line to import.</translation>
    </message>
    <message>
        <source>les lignes ont été importées, mais le fichier des rejets n&apos;a pas pu être enregistré : %1</source>
        <translation>the lines were imported, but the rejects file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::CsvReader</name>
    <message>
        <source>point-virgule</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas ouvert en lecture.</source>
        <translation>The file is not open for reading.</translation>
    </message>
    <message>
        <source>Le fichier est enregistré en UTF-16 (« Texte Unicode ») : ce n&apos;est pas un CSV lisible. Dans le tableur, enregistrez-le au format « CSV UTF-8 » ou « CSV (séparateur : point-virgule) ».</source>
        <translation>The file is saved in UTF-16 (“Unicode Text”): it is not a readable CSV. In the spreadsheet, save it as “CSV UTF-8” or “CSV (semicolon separated)”.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un fichier texte CSV (c&apos;est peut-être un classeur Excel ou LibreOffice renommé). Ouvrez-le dans le tableur et enregistrez-le au format CSV.</source>
        <translation>This file is not a CSV text file (it may be a renamed Excel or LibreOffice workbook). Open it in the spreadsheet and save it as CSV.</translation>
    </message>
    <message>
        <source>Le fichier mélange deux encodages de caractères (UTF-8 et Windows-1252 ou ISO-8859-15), à partir de la ligne %1 : les lettres accentuées seraient mal lues. Ouvrez-le dans le tableur, corrigez les accents et réenregistrez-le au format « CSV UTF-8 ».</source>
        <translation>The file mixes two character encodings (UTF-8 and Windows-1252 or ISO-8859-15), from line %1: accented letters would be misread. Open it in the spreadsheet, fix the accents and save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>La lecture du fichier s&apos;est interrompue : rien n&apos;a été importé. Vérifiez que le fichier est toujours accessible puis recommencez.</source>
        <translation>Reading the file stopped: nothing was imported. Check that the file is still reachable, then start again.</translation>
    </message>
    <message>
        <source>la valeur dépasse %1 octets : elle est trop longue pour être une donnée, le fichier est sans doute mal formé (guillemet non fermé ?).</source>
        <translation>the value exceeds %1 bytes: it is too long to be data, the file is probably malformed (unclosed quote?).</translation>
    </message>
    <message>
        <source>la ligne compte plus de %1 champs : le fichier n&apos;est sans doute pas un CSV de ce type.</source>
        <translation>the line has more than %1 fields: the file is probably not a CSV of this kind.</translation>
    </message>
    <message>
        <source>caractères invalides pour l&apos;encodage %1 : le fichier mélange sans doute deux encodages. Réenregistrez-le au format « CSV UTF-8 » depuis le tableur.</source>
        <translation>invalid characters for the encoding %1: the file probably mixes two encodings. Save it again as “CSV UTF-8” from the spreadsheet.</translation>
    </message>
    <message>
        <source>le guillemet ouvert ligne %1 n&apos;est jamais fermé : tout le reste du fichier a été lu comme une seule valeur. Ajoutez le guillemet fermant.</source>
        <translation>the quote opened on line %1 is never closed: the whole rest of the file was read as a single value. Add the closing quote.</translation>
    </message>
    <message>
        <source>caractère « %1 » après un guillemet fermant : un guillemet à l&apos;intérieur d&apos;une valeur doit être doublé (&quot;&quot;), et la valeur entière entourée de guillemets.</source>
        <translation>character “%1” after a closing quote: a quote inside a value must be doubled (&quot;&quot;), and the whole value put between quotes.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::CsvWriter</name>
    <message>
        <source>Le fichier ne peut pas être écrit (disque plein ou droits insuffisants). Choisissez un autre emplacement.</source>
        <translation>The file cannot be written (disk full or insufficient rights). Choose another location.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::DashboardLayoutStore</name>
    <message>
        <source>Choisir les éléments du tableau de bord de chaque profil</source>
        <translation>Choose the dashboard items of each profile</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une commune.</source>
        <translation>Choose a commune first.</translation>
    </message>
    <message>
        <source>Le tableau de bord du profil « %1 » a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Fermez la fenêtre et rouvrez-la pour partir de sa version actuelle.</source>
        <translation>The dashboard of the profile “%1” was changed by someone else since you opened it. Close the window and open it again to start from its current version.</translation>
    </message>
    <message>
        <source>L&apos;élément « %1 » n&apos;existe pas : le module qui le proposait n&apos;est peut-être plus installé. Retirez-le de la liste puis enregistrez.</source>
        <translation>The item “%1” does not exist: the module that offered it may no longer be installed. Remove it from the list, then save.</translation>
    </message>
    <message>
        <source>L&apos;élément « %1 » figure deux fois : gardez-le une seule fois.</source>
        <translation>The item “%1” appears twice: keep it only once.</translation>
    </message>
    <message>
        <source>Le profil « %1 » n&apos;a pas le droit de voir « %2 » : retirez cet élément de son tableau de bord, ou accordez-lui d&apos;abord le droit.</source>
        <translation>The profile “%1” has no right to see “%2”: remove this item from its dashboard, or grant it the right first.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::DashboardLoader</name>
    <message>
        <source>« %1 » n&apos;a pas pu être calculé : %2</source>
        <translation>“%1” could not be computed: %2</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::DashboardRegistry</name>
    <message>
        <source>Signalez-le au prestataire du module.</source>
        <translation>Report it to the module&apos;s service provider.</translation>
    </message>
    <message>
        <source>L&apos;élément de tableau de bord « %1 » est déclaré deux fois : signalez-le au prestataire.</source>
        <translation>The dashboard item “%1” is declared twice: report it to the service provider.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::DashboardWidgetDefinition</name>
    <message>
        <source>Compteur</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Alerte</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Liste courte</source>
        <translation>Short list</translation>
    </message>
    <message>
        <source>Raccourci</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Un élément du tableau de bord n&apos;a pas d&apos;identifiant, de module ou de titre.</source>
        <translation>A dashboard item has no identifier, module or title.</translation>
    </message>
    <message>
        <source>L&apos;élément « %1 » doit avoir un identifiant qui commence par « %2. ».</source>
        <translation>The item “%1” must have an identifier that starts with “%2.”.</translation>
    </message>
    <message>
        <source>L&apos;identifiant de l&apos;élément « %1 » ne doit pas contenir de virgule.</source>
        <translation>The identifier of the item “%1” must not contain a comma.</translation>
    </message>
    <message>
        <source>L&apos;élément « %1 » ne dit pas quel droit il faut pour le voir.</source>
        <translation>The item “%1” does not say which right is needed to see it.</translation>
    </message>
    <message>
        <source>Le raccourci « %1 » ne dit pas quelle vue il ouvre.</source>
        <translation>The shortcut “%1” does not say which view it opens.</translation>
    </message>
    <message>
        <source>L&apos;élément « %1 » n&apos;a pas de fonction de calcul.</source>
        <translation>The item “%1” has no computing function.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::DatabaseManager</name>
    <message>
        <source>« %1 » est un dossier, pas un fichier de base de données. Choisissez un fichier.</source>
        <translation>“%1” is a folder, not a database file. Choose a file.</translation>
    </message>
    <message>
        <source>Le fichier de données « %1 » n&apos;existe pas. Vérifiez le chemin, ou créez une nouvelle base avec « openmairie-cli init ».</source>
        <translation>The data file “%1” does not exist. Check the path, or create a new database with “openmairie-cli init”.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier « %1 ». Vérifiez vos droits sur ce dossier.</source>
        <translation>Cannot create the folder “%1”. Check your rights on this folder.</translation>
    </message>
    <message>
        <source>Le dossier « %1 » est en lecture seule : la base ne peut pas y être créée. Choisissez un dossier où vous pouvez écrire.</source>
        <translation>The folder “%1” is read-only: the database cannot be created there. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe déjà : il n&apos;est pas écrasé. Choisissez un autre nom, ou ouvrez-le au lieu de le créer.</source>
        <translation>The file “%1” already exists: it is not overwritten. Choose another name, or open it instead of creating it.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu. Vérifiez vos droits sur ce fichier.</source>
        <translation>The file “%1” cannot be read. Check your rights on this file.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;est pas une base de données OpenMairie : c&apos;est le fichier d&apos;un autre programme, ou il est endommagé. Il n&apos;a pas été modifié. Choisissez le bon fichier ou restaurez une sauvegarde.</source>
        <translation>The file “%1” is not an OpenMairie database: it belongs to another program, or it is damaged. It was not changed. Choose the right file or restore a backup.</translation>
    </message>
    <message>
        <source>Le fichier de données « %1 » (ou son dossier) est en lecture seule : OpenMairie doit pouvoir y écrire. Demandez les droits d&apos;écriture ou copiez le fichier dans un dossier à vous.</source>
        <translation>The data file “%1” (or its folder) is read-only: OpenMairie must be able to write to it. Ask for write rights or copy the file into a folder of your own.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est endommagé ou n&apos;est pas une base OpenMairie. Il n&apos;a pas été modifié. Restaurez la dernière sauvegarde.</source>
        <translation>The file “%1” is damaged or is not an OpenMairie database. It was not changed. Restore the latest backup.</translation>
    </message>
    <message>
        <source>Impossible d&apos;initialiser le fichier « %1 ».</source>
        <translation>Cannot initialise the file “%1”.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est une base SQLite d&apos;un autre programme, pas une base OpenMairie. Il n&apos;a pas été modifié. Choisissez le fichier de données d&apos;OpenMairie.</source>
        <translation>The file “%1” is an SQLite database of another program, not an OpenMairie database. It was not changed. Choose the OpenMairie data file.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est endommagé : sa structure ne peut pas être lue. Il n&apos;a pas été modifié. Restaurez la dernière sauvegarde.</source>
        <translation>The file “%1” is damaged: its structure cannot be read. It was not changed. Restore the latest backup.</translation>
    </message>
    <message>
        <source>Le pilote %1 de Qt n&apos;est pas installé. Réinstallez OpenMairie (paquet libqt6sql6-%2 sous Debian).</source>
        <translation>Qt&apos;s %1 driver is not installed. Reinstall OpenMairie (package libqt6sql6-%2 on Debian).</translation>
    </message>
    <message>
        <source>Le pilote SQLite de Qt ne permet pas d&apos;enregistrer l&apos;auteur des modifications dans le journal d&apos;audit. Réinstallez OpenMairie avec les paquets de Debian.</source>
        <translation>Qt&apos;s SQLite driver does not allow recording the author of changes in the audit trail. Reinstall OpenMairie with Debian&apos;s packages.</translation>
    </message>
    <message>
        <source>Le profil de connexion est incomplet.</source>
        <translation>The connection profile is incomplete.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier « %1 » en écriture.</source>
        <translation>Cannot open the file “%1” for writing.</translation>
    </message>
    <message>
        <source>Aucune base de données n&apos;est ouverte.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Le disque est plein : le fichier « %1 » ne peut pas être ouvert. Libérez de la place puis recommencez.</source>
        <translation>The disk is full: the file “%1” cannot be opened. Free some space, then start again.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est en lecture seule. Demandez les droits d&apos;écriture.</source>
        <translation>The file “%1” is read-only. Ask for write rights.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être ouvert. Vérifiez qu&apos;il s&apos;agit bien du fichier de données d&apos;OpenMairie.</source>
        <translation>The file “%1” cannot be opened. Check that it is indeed the OpenMairie data file.</translation>
    </message>
    <message>
        <source>le serveur %1, port %2</source>
        <translation>the server %1, port %2</translation>
    </message>
    <message>
        <source>Le serveur %1, port %2</source>
        <translation>The server %1, port %2</translation>
    </message>
    <message>
        <source>Mot de passe refusé par %1 pour le rôle « %2 ». Vérifiez l&apos;identifiant et le mot de passe (attention aux majuscules), ou demandez à l&apos;administrateur de le réinitialiser.</source>
        <translation>Password refused by %1 for the role “%2”. Check the login and the password (mind the capitals), or ask the administrator to reset it.</translation>
    </message>
    <message>
        <source>%1 demande un mot de passe pour le rôle « %2 ». Saisissez-le à la connexion ou dans la variable OPENMAIRIE_PASSWORD.</source>
        <translation>%1 asks for a password for the role “%2”. Type it when signing in or put it in the variable OPENMAIRIE_PASSWORD.</translation>
    </message>
    <message>
        <source>La base « %1 » n&apos;existe pas sur %2. Vérifiez son nom dans le profil de connexion, ou demandez au prestataire de la créer.</source>
        <translation>The database “%1” does not exist on %2. Check its name in the connection profile, or ask the service provider to create it.</translation>
    </message>
    <message>
        <source>%1 exige une connexion chiffrée (SSL). Choisissez le mode SSL « require » (ou « verify-full ») dans le profil de connexion.</source>
        <translation>%1 requires an encrypted connection (SSL). Choose the SSL mode “require” (or “verify-full”) in the connection profile.</translation>
    </message>
    <message>
        <source>%1 n&apos;accepte pas les connexions chiffrées (SSL) alors que le profil l&apos;exige. Demandez au prestataire d&apos;activer SSL sur le serveur, ou changez le mode SSL du profil.</source>
        <translation>%1 does not accept encrypted connections (SSL) although the profile requires them. Ask the service provider to enable SSL on the server, or change the SSL mode of the profile.</translation>
    </message>
    <message>
        <source>Le rôle « %1 » n&apos;existe pas sur %2. Vérifiez l&apos;identifiant.</source>
        <translation>The role “%1” does not exist on %2. Check the login.</translation>
    </message>
    <message>
        <source>%1 refuse la connexion du rôle « %2 » depuis ce poste. Demandez au prestataire d&apos;autoriser ce poste (pg_hba.conf).</source>
        <translation>%1 refuses the connection of the role “%2” from this workstation. Ask the service provider to allow this workstation (pg_hba.conf).</translation>
    </message>
    <message>
        <source>Le nom de serveur « %1 » est inconnu. Vérifiez l&apos;adresse du serveur dans le profil de connexion.</source>
        <translation>The server name “%1” is unknown. Check the server address in the connection profile.</translation>
    </message>
    <message>
        <source>Impossible de joindre %1. Vérifiez que le serveur est démarré, que l&apos;adresse et le port du profil sont justes et que le réseau fonctionne, puis réessayez.</source>
        <translation>Cannot reach %1. Check that the server is running, that the profile&apos;s address and port are right and that the network works, then try again.</translation>
    </message>
    <message>
        <source>La connexion au serveur %1, port %2 a échoué. Réessayez ; si cela se reproduit, transmettez le détail de l&apos;erreur à votre prestataire.</source>
        <translation>The connection to the server %1, port %2 failed. Try again; if it happens again, send the error details to your service provider.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ExchangeCli</name>
    <message>
        <source>Aucun objet importable n&apos;est déclaré.</source>
        <translation>No importable object is declared.</translation>
    </message>
    <message>
        <source>Objets importables :</source>
        <translation>Importable objects:</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Importe un fichier CSV dans un objet déclaré importable (--objet core.voies...), tout ou rien sauf --partiel.</source>
        <translation>Imports a CSV file into an object declared as importable (--objet core.voies...), all or nothing unless --partiel is given.</translation>
    </message>
    <message>
        <source>Identifiant de l&apos;objet à importer, par exemple core.voies (la liste s&apos;affiche si l&apos;option manque).</source>
        <translation>Identifier of the object to import, for example core.voies (the list is shown if the option is missing).</translation>
    </message>
    <message>
        <source>Simulation : vérifie tout le fichier et affiche le compte rendu sans rien enregistrer.</source>
        <translation>Dry run: checks the whole file and shows the report without saving anything.</translation>
    </message>
    <message>
        <source>Importe les lignes valides et met les autres dans le fichier de rejets (par défaut : une seule ligne fausse refuse tout le fichier).</source>
        <translation>Imports the valid lines and puts the others in the rejects file (by default: a single invalid line rejects the whole file).</translation>
    </message>
    <message>
        <source>Fichier où écrire les lignes refusées avec leur motif (par défaut avec --partiel : NOM_rejets.csv à côté du fichier).</source>
        <translation>File to write the rejected lines to, with their reason (default with --partiel: NAME_rejets.csv next to the file).</translation>
    </message>
    <message>
        <source>Indiquez l&apos;objet à importer avec --objet ID.</source>
        <translation>Specify the object to import with --objet ID.</translation>
    </message>
    <message>
        <source>Objet importable inconnu « %1 ».</source>
        <translation>Unknown importable object “%1”.</translation>
    </message>
    <message>
        <source>Indiquez le fichier à importer, par exemple : openmairie-cli import --objet %1 fichier.csv</source>
        <translation>Specify the file to import, for example: openmairie-cli import --objet %1 file.csv</translation>
    </message>
    <message>
        <source>Un seul fichier à la fois : « %1 » est de trop.</source>
        <translation>One file at a time: “%1” is one too many.</translation>
    </message>
    <message>
        <source>Erreur : </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Détail technique : </source>
        <translation>Technical detail: </translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ExportJob</name>
    <message>
        <source>Choisissez le fichier dans lequel exporter.</source>
        <translation>Choose the file to export to.</translation>
    </message>
    <message>
        <source>Choisissez au moins une colonne à exporter.</source>
        <translation>Choose at least one column to export.</translation>
    </message>
    <message>
        <source>Cet export contient des données personnelles et doit être enregistré au journal : la base de données n&apos;est pas ouverte.</source>
        <translation>This export holds personal data and must be recorded in the log: the database is not open.</translation>
    </message>
    <message>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Export %1 de « %2 » : %3 ligne(s) ; colonnes : %4.</source>
        <translation>Export %1 of “%2”: %3 line(s); columns: %4.</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas pu être inscrit au journal d&apos;audit : par sécurité, aucun fichier n&apos;a été écrit. %1</source>
        <translation>The export could not be recorded in the audit trail: for safety, no file was written. %1</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ExportService</name>
    <message>
        <source>Connectez-vous avant d&apos;exporter.</source>
        <translation>Sign in before exporting.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::FrenchDate</name>
    <message>
        <source>« %1 » n&apos;est pas une date : écrivez-la JJ/MM/AAAA (par exemple 20/12/1975 ou 20121975).</source>
        <translation>“%1” is not a date: write it DD/MM/YYYY (for example 20/12/1975 or 20121975).</translation>
    </message>
    <message>
        <source>La date « %1 » n&apos;existe pas (jour, mois ou année impossible).</source>
        <translation>The date “%1” does not exist (impossible day, month or year).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::HeaderMapping</name>
    <message>
        <source>champ %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <source>la colonne %1 n&apos;a pas de nom dans l&apos;en-tête : elle est ignorée.</source>
        <translation>column %1 has no name in the header: it is ignored.</translation>
    </message>
    <message>
        <source>la colonne « %1 » figure deux fois dans l&apos;en-tête (colonnes %2 et %3) : supprimez l&apos;une des deux.</source>
        <translation>the column “%1” appears twice in the header (columns %2 and %3): delete one of them.</translation>
    </message>
    <message>
        <source>la première ligne ne contient aucun séparateur (point-virgule, virgule ou tabulation) ni aucune colonne attendue : ce n&apos;est pas un fichier CSV en colonnes, ou l&apos;en-tête manque. Partez du modèle de fichier.</source>
        <translation>the first line holds no separator (semicolon, comma or tab) and no expected column: it is not a CSV file in columns, or the header is missing. Start from the file template.</translation>
    </message>
    <message>
        <source>aucune colonne attendue n&apos;a été reconnue dans la première ligne : le fichier doit commencer par la ligne d&apos;en-tête du modèle (%1).</source>
        <translation>no expected column was recognised in the first line: the file must start with the header line of the template (%1).</translation>
    </message>
    <message>
        <source>la colonne obligatoire « %1 » (%2) est absente de l&apos;en-tête : ajoutez-la, ou partez du modèle de fichier.</source>
        <translation>the mandatory column “%1” (%2) is missing from the header: add it, or start from the file template.</translation>
    </message>
    <message>
        <source>la colonne « %1 » (colonne %2) n&apos;est pas attendue : elle est ignorée.</source>
        <translation>the column “%1” (column %2) is not expected: it is ignored.</translation>
    </message>
    <message>
        <source>la colonne « %1 » (colonne %2) n&apos;est pas attendue : supprimez-la ou corrigez son nom d&apos;après le modèle de fichier.</source>
        <translation>the column “%1” (column %2) is not expected: delete it or fix its name after the file template.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ImportColumn</name>
    <message>
        <source>Texte, %1 caractères au plus</source>
        <translation>Text, at most %1 characters</translation>
    </message>
    <message>
        <source>Nombre entier de %1 à %2</source>
        <translation>Whole number from %1 to %2</translation>
    </message>
    <message>
        <source>Nombre entier</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Nombre, virgule décimale, %1 décimales au plus (exemple : 12,50)</source>
        <translation>Number, decimal comma, at most %1 decimals (example: 12,50)</translation>
    </message>
    <message>
        <source>Date JJ/MM/AAAA (exemple : 20/12/1975)</source>
        <translation>Date DD/MM/YYYY (example: 20/12/1975)</translation>
    </message>
    <message>
        <source>oui ou non</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>Une valeur parmi : %1</source>
        <translation>One value among: %1</translation>
    </message>
    <message>
        <source>Code ou libellé de %1 existant</source>
        <translation>Existing code or label of %1</translation>
    </message>
    <message>
        <source>valeur obligatoire manquante.</source>
        <translation>mandatory value missing.</translation>
    </message>
    <message>
        <source>%1 compte %2 caractères : %3 au plus.</source>
        <translation>%1 has %2 characters: at most %3.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas un nombre entier.</source>
        <translation>%1 is not a whole number.</translation>
    </message>
    <message>
        <source>%1 est hors des limites permises (de %2 à %3).</source>
        <translation>%1 is outside the allowed range (from %2 to %3).</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas un nombre : écrivez-le avec une virgule décimale, par exemple 12,50.</source>
        <translation>%1 is not a number: write it with a decimal comma, for example 12,50.</translation>
    </message>
    <message>
        <source>%1 a %2 décimales : %3 au plus.</source>
        <translation>%1 has %2 decimals: at most %3.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une réponse oui/non : écrivez oui ou non.</source>
        <translation>%1 is not a yes/no answer: write oui or non.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une valeur permise ; valeurs possibles : %2.</source>
        <translation>%1 is not an allowed value; possible values: %2.</translation>
    </message>
    <message>
        <source>La colonne « %1 » n&apos;a pas de table de correspondance.</source>
        <translation>The column “%1” has no lookup table.</translation>
    </message>
    <message>
        <source>type de colonne inconnu.</source>
        <translation>unknown column type.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ImportDefinition</name>
    <message>
        <source>La définition d&apos;import « %1 » est incorrecte : signalez-le au prestataire.</source>
        <translation>The import definition “%1” is wrong: report it to the service provider.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ImportRegistry</name>
    <message>
        <source>L&apos;import « %1 » est déclaré deux fois : signalez-le au prestataire.</source>
        <translation>The import “%1” is declared twice: report it to the service provider.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ImportReport</name>
    <message>
        <source>Erreur : %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Ligne %1 : %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Ligne %1, colonne « %2 » : %3</source>
        <translation>Line %1, column “%2”: %3</translation>
    </message>
    <message>
        <source>colonne « %1 » : %2</source>
        <translation>column “%1”: %2</translation>
    </message>
    <message>
        <source>ligne rejetée</source>
        <translation>line rejected</translation>
    </message>
    <message>
        <source>lignes rejetées</source>
        <translation>lines rejected</translation>
    </message>
    <message>
        <source>Import réussi : %1.</source>
        <translation>Import succeeded: %1.</translation>
    </message>
    <message>
        <source>ligne importée</source>
        <translation>line imported</translation>
    </message>
    <message>
        <source>lignes importées</source>
        <translation>lines imported</translation>
    </message>
    <message>
        <source>Import partiel : %1, %2 (voir le fichier des rejets).</source>
        <translation>Partial import: %1, %2 (see the rejects file).</translation>
    </message>
    <message>
        <source>Fichier refusé : rien n&apos;a été importé.</source>
        <translation>File refused: nothing was imported.</translation>
    </message>
    <message>
        <source>Fichier refusé : aucune ligne n&apos;est valide (%1), rien n&apos;a été importé.</source>
        <translation>File refused: no line is valid (%1), nothing was imported.</translation>
    </message>
    <message>
        <source>Fichier refusé : %1 sur %2, rien n&apos;a été importé. Corrigez-les puis recommencez, ou choisissez d&apos;importer seulement les lignes valides.</source>
        <translation>File refused: %1 out of %2, nothing was imported. Fix them then start again, or choose to import only the valid lines.</translation>
    </message>
    <message>
        <source>Fichier refusé : %1 sur %2, rien n&apos;a été importé. Corrigez-la puis recommencez, ou choisissez d&apos;importer seulement les lignes valides.</source>
        <translation>File refused: %1 out of %2, nothing was imported. Fix it then start again, or choose to import only the valid lines.</translation>
    </message>
    <message>
        <source>ligne en erreur</source>
        <translation>line in error</translation>
    </message>
    <message>
        <source>lignes en erreur</source>
        <translation>lines in error</translation>
    </message>
    <message>
        <source>Simulation : %1 seraient importées, %2 ; rien n&apos;a été enregistré.</source>
        <translation>Simulation: %1 would be imported, %2; nothing was saved.</translation>
    </message>
    <message>
        <source>ligne</source>
        <translation>line</translation>
    </message>
    <message>
        <source>lignes</source>
        <translation>lines</translation>
    </message>
    <message>
        <source>Simulation réussie : %1 peuvent être importées ; rien n&apos;a été enregistré.</source>
        <translation>Simulation succeeded: %1 can be imported; nothing was saved.</translation>
    </message>
    <message>
        <source>Simulation : le fichier serait refusé ; rien n&apos;a été enregistré.</source>
        <translation>Simulation: the file would be refused; nothing was saved.</translation>
    </message>
    <message>
        <source>Simulation : le fichier serait refusé, %1 sur %2 ; rien n&apos;a été enregistré.</source>
        <translation>Simulation: the file would be refused, %1 out of %2; nothing was saved.</translation>
    </message>
    <message>
        <source>Import annulé : rien n&apos;a été enregistré.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Échec de l&apos;import : rien n&apos;a été enregistré. %1</source>
        <translation>Import failed: nothing was saved. %1</translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Encodage : %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source> ; séparateur : %1</source>
        <translation>; separator: %1</translation>
    </message>
    <message>
        <source>aucun trouvé</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>Lignes de données : %1 (valides : %2, rejetées : %3)</source>
        <translation>Data lines: %1 (valid: %2, rejected: %3)</translation>
    </message>
    <message>
        <source> ; lignes vides ignorées : %1</source>
        <translation>; empty lines ignored: %1</translation>
    </message>
    <message>
        <source>Avertissement : %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>… et %1 (voir le fichier des rejets).</source>
        <translation>… and %1 (see the rejects file).</translation>
    </message>
    <message>
        <source>autre erreur</source>
        <translation>other error</translation>
    </message>
    <message>
        <source>autres erreurs</source>
        <translation>other errors</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ImportService</name>
    <message>
        <source>Le fichier « %1 » ne peut pas être ouvert. Vérifiez qu&apos;il existe et que vous avez le droit de le lire.</source>
        <translation>The file “%1” cannot be opened. Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>Connectez-vous avant d&apos;importer un fichier.</source>
        <translation>Sign in before importing a file.</translation>
    </message>
    <message>
        <source>Choisissez la commune pour laquelle vous importez.</source>
        <translation>Choose the commune you are importing for.</translation>
    </message>
    <message>
        <source>Le modèle ne peut pas être enregistré dans « %1 ». Choisissez un dossier où vous pouvez écrire.</source>
        <translation>The template cannot be saved in “%1”. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Le modèle n&apos;a pas pu être enregistré.</source>
        <translation>The template could not be saved.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::MigrationRunner</name>
    <message>
        <source>La base n&apos;a pas pu être préparée pour le contrôle des accès et le journal d&apos;audit ; rien n&apos;a été modifié. %1</source>
        <translation>The database could not be prepared for access control and the audit trail; nothing was changed. %1</translation>
    </message>
    <message>
        <source>Cette base de données a été mise à jour par une version plus récente d&apos;OpenMairie (module « %1 » : schéma en version %2, cette version du logiciel ne connaît que la version %3). Rien n&apos;a été modifié. Installez la dernière version d&apos;OpenMairie sur ce poste.</source>
        <translation>This database was updated by a newer version of OpenMairie (module “%1”: schema version %2, this version of the software only knows version %3). Nothing was changed. Install the latest version of OpenMairie on this workstation.</translation>
    </message>
    <message>
        <source>La mise à jour du schéma (module « %1 », étape %2 « %3 ») a échoué ; la base est restée telle qu&apos;elle était avant cette étape. %4</source>
        <translation>The schema update (module “%1”, step %2 “%3”) failed; the database stayed as it was before this step. %4</translation>
    </message>
    <message>
        <source>La mise à jour du schéma (module « %1 », étape %2 « %3 ») est refusée ; la base est restée telle qu&apos;elle était avant cette étape. %4</source>
        <translation>The schema update (module “%1”, step %2 “%3”) is refused; the database stayed as it was before this step. %4</translation>
    </message>
    <message>
        <source>La mise à jour du schéma (module « %1 », étape %2) n&apos;a pas pu être enregistrée ; la base est restée telle qu&apos;elle était. %3</source>
        <translation>The schema update (module “%1”, step %2) could not be recorded; the database stayed as it was. %3</translation>
    </message>
    <message>
        <source>L&apos;étape déjà appliquée %1 du module « %2 » a été modifiée depuis (somme de contrôle différente) : la base n&apos;a pas reçu ce changement. Signalez-le à votre prestataire.</source>
        <translation>The already applied step %1 of the module “%2” was changed since (different checksum): the database did not receive this change. Report it to your service provider.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::MigrationStep</name>
    <message>
        <source>Étape de migration mal nommée « %1 » dans le module %2 (attendu : NNNN_description.sql).</source>
        <translation>Badly named migration step “%1” in the module %2 (expected: NNNN_description.sql).</translation>
    </message>
    <message>
        <source>Étape de migration illisible : %1.</source>
        <translation>Unreadable migration step: %1.</translation>
    </message>
    <message>
        <source>Les étapes de migration du module %1 ne se suivent pas : l&apos;étape %2 est attendue.</source>
        <translation>The migration steps of the module %1 do not follow each other: step %2 is expected.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ModuleManager</name>
    <message>
        <source>fichier illisible ou endommagé (%1)</source>
        <translation>unreadable or damaged file (%1)</translation>
    </message>
    <message>
        <source>un autre module « %1 » est déjà chargé depuis %2</source>
        <translation>another module “%1” is already loaded from %2</translation>
    </message>
    <message>
        <source>désactivé par le fichier de déploiement</source>
        <translation>disabled by the deployment file</translation>
    </message>
    <message>
        <source>dépend du module « %1 », qui n&apos;est pas installé</source>
        <translation>depends on the module “%1”, which is not installed</translation>
    </message>
    <message>
        <source>dépend du module « %1 », qui a été refusé (%2)</source>
        <translation>depends on the module “%1”, which was refused (%2)</translation>
    </message>
    <message>
        <source>dépendance circulaire : %1</source>
        <translation>circular dependency: %1</translation>
    </message>
    <message>
        <source>le module n&apos;a pas pu être chargé : %1</source>
        <translation>the module could not be loaded: %1</translation>
    </message>
    <message>
        <source>l&apos;initialisation a échoué : %1</source>
        <translation>initialisation failed: %1</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ModuleSpec</name>
    <message>
        <source>fichier illisible ou endommagé : ce n&apos;est pas un module Qt valide</source>
        <translation>unreadable or damaged file: it is not a valid Qt module</translation>
    </message>
    <message>
        <source>interface %1 incompatible : cette version d&apos;OpenMairie attend %2</source>
        <translation>incompatible interface %1: this version of OpenMairie expects %2</translation>
    </message>
    <message>
        <source>ce fichier n&apos;est pas un module OpenMairie (interface « %1 »)</source>
        <translation>this file is not an OpenMairie module (interface “%1”)</translation>
    </message>
    <message>
        <source>métadonnées incomplètes : identifiant (Id) absent</source>
        <translation>incomplete metadata: identifier (Id) missing</translation>
    </message>
    <message>
        <source>format de métadonnées %1 inconnu (attendu : %2)</source>
        <translation>unknown metadata format %1 (expected: %2)</translation>
    </message>
    <message>
        <source>conçu pour l&apos;interface de modules version %1, alors que cette version d&apos;OpenMairie fournit la version %2 : installez une version du module faite pour celle-ci</source>
        <translation>built for the module interface version %1, while this version of OpenMairie provides version %2: install a version of the module made for it</translation>
    </message>
    <message>
        <source>trouvé</source>
        <translation>found</translation>
    </message>
    <message>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>chargé</source>
        <translation>loaded</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>arrêté</source>
        <translation>stopped</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ParameterRegistry</name>
    <message>
        <source>Adresse de la mairie</source>
        <translation>Town hall address</translation>
    </message>
    <message>
        <source>Numéro et voie, sur une ou plusieurs lignes.</source>
        <translation>Number and street, on one or several lines.</translation>
    </message>
    <message>
        <source>Logo de la commune</source>
        <translation>Commune logo</translation>
    </message>
    <message>
        <source>Image PNG ou JPEG de 2 Mo au plus, imprimée en tête des documents.</source>
        <translation>PNG or JPEG image of at most 2 MB, printed at the top of documents.</translation>
    </message>
    <message>
        <source>Qualité du signataire par défaut</source>
        <translation>Default signatory&apos;s title</translation>
    </message>
    <message>
        <source>Imprimée sous la signature, par exemple « Le Maire ».</source>
        <translation>Printed under the signature, for example “Le Maire”.</translation>
    </message>
    <message>
        <source>Le Maire</source>
        <translation>Le Maire</translation>
    </message>
    <message>
        <source>Nom du maire</source>
        <translation>Mayor&apos;s name</translation>
    </message>
    <message>
        <source>Tel qu&apos;imprimé : « Mme Jeanne Martin ».</source>
        <translation>As printed: “Mme Jeanne Martin”.</translation>
    </message>
    <message>
        <source>Adjoint délégué</source>
        <translation>Delegated deputy mayor</translation>
    </message>
    <message>
        <source>Nom et délégation de l&apos;adjoint qui signe en l&apos;absence du maire.</source>
        <translation>Name and delegation of the deputy who signs when the mayor is away.</translation>
    </message>
    <message>
        <source>Code postal de la mairie</source>
        <translation>Town hall postcode</translation>
    </message>
    <message>
        <source>Téléphone de la mairie</source>
        <translation>Town hall telephone</translation>
    </message>
    <message>
        <source>Adresse électronique de la mairie</source>
        <translation>Town hall e-mail address</translation>
    </message>
    <message>
        <source>Site internet de la commune</source>
        <translation>Commune website</translation>
    </message>
    <message>
        <source>Tribunal administratif compétent</source>
        <translation>Competent administrative court</translation>
    </message>
    <message>
        <source>Cité dans la mention des voies de recours.</source>
        <translation>Quoted in the statement of means of appeal.</translation>
    </message>
    <message>
        <source>Nom de paramètre refusé « %1 » (module %2) : lettres minuscules sans accent, chiffres et « _ », 64 caractères au plus.</source>
        <translation>Parameter name refused “%1” (module %2): lower-case letters without accents, digits and “_”, at most 64 characters.</translation>
    </message>
    <message>
        <source>Le paramètre « %1 » doit indiquer son module et son libellé.</source>
        <translation>The parameter “%1” must give its module and its label.</translation>
    </message>
    <message>
        <source>Le paramètre à choix « %1 » ne propose aucun choix.</source>
        <translation>The choice parameter “%1” offers no choice.</translation>
    </message>
    <message>
        <source>Valeur par défaut refusée pour le paramètre « %1 » : %2</source>
        <translation>Default value refused for the parameter “%1”: %2</translation>
    </message>
    <message>
        <source>Le paramètre « %1 » est déjà déclaré par le module %2.</source>
        <translation>The parameter “%1” is already declared by the module %2.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ParameterService</name>
    <message>
        <source>Le paramètre « %1 » n&apos;existe pas. Paramètres connus : %2.</source>
        <translation>The parameter “%1” does not exist. Known parameters: %2.</translation>
    </message>
    <message>
        <source>Le paramètre « %1 » n&apos;existe pas.</source>
        <translation>The parameter “%1” does not exist.</translation>
    </message>
    <message>
        <source>Le paramètre « %1 » n&apos;est pas une image.</source>
        <translation>The parameter “%1” is not an image.</translation>
    </message>
    <message>
        <source>Le fichier image « %1 » est introuvable ou illisible. Vérifiez le chemin.</source>
        <translation>The image file “%1” cannot be found or read. Check the path.</translation>
    </message>
    <message>
        <source>le paramètre « %1 »</source>
        <translation>the parameter “%1”</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ParameterValue</name>
    <message>
        <source>Paramètre « %1 » : %2</source>
        <translation>Parameter “%1”: %2</translation>
    </message>
    <message>
        <source>le texte dépasse 4 000 caractères ; raccourcissez-le.</source>
        <translation>the text exceeds 4,000 characters; shorten it.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un nombre entier : écrivez des chiffres seulement, par exemple 12.</source>
        <translation>“%1” is not a whole number: write digits only, for example 12.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est ni « oui » ni « non ».</source>
        <translation>“%1” is neither “oui” nor “non”.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un choix possible. Choix possibles : %2.</source>
        <translation>“%1” is not a possible choice. Possible choices: %2.</translation>
    </message>
    <message>
        <source>c&apos;est une image : choisissez un fichier image, pas un texte.</source>
        <translation>it is an image: choose an image file, not a text.</translation>
    </message>
    <message>
        <source>le fichier est vide. Choisissez une image PNG ou JPEG.</source>
        <translation>the file is empty. Choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>l&apos;image pèse %1 Ko, plus que les 2 Mo admis. Réduisez-la (par exemple à 600 pixels de large) puis choisissez-la de nouveau.</source>
        <translation>the image weighs %1 KB, more than the 2 MB allowed. Shrink it (for example to 600 pixels wide), then choose it again.</translation>
    </message>
    <message>
        <source>le fichier n&apos;est pas une image lisible (%1). Choisissez une image PNG ou JPEG.</source>
        <translation>the file is not a readable image (%1). Choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>texte</source>
        <translation>text</translation>
    </message>
    <message>
        <source>texte sur plusieurs lignes</source>
        <translation>text on several lines</translation>
    </message>
    <message>
        <source>nombre entier</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>oui ou non</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>date JJ/MM/AAAA</source>
        <translation>date DD/MM/YYYY</translation>
    </message>
    <message>
        <source>choix</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::PasswordHasher</name>
    <message>
        <source>La bibliothèque de chiffrement (libsodium) n&apos;a pas pu démarrer.</source>
        <translation>The encryption library (libsodium) could not start.</translation>
    </message>
    <message>
        <source>Mémoire insuffisante pour protéger le mot de passe.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <source>Le mot de passe doit compter au moins %1 caractères.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Le mot de passe doit mêler des lettres et des chiffres ou des signes.</source>
        <translation>The password must mix letters with digits or signs.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::Permissions</name>
    <message>
        <source>Votre profil ne permet pas cette opération (%1). Demandez ce droit à l&apos;administrateur.</source>
        <translation>Your profile does not allow this operation (%1). Ask the administrator for this right.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::Profile</name>
    <message>
        <source>Consultation</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Utilisateur limité</source>
        <translation>Limited user</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Super utilisateur</source>
        <translation>Super user</translation>
    </message>
    <message>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ReferenceServices</name>
    <message>
        <source>modifier les paramètres de la commune : maire, adresse, logo, options des modules</source>
        <translation>change the commune&apos;s parameters: mayor, address, logo, module options</translation>
    </message>
    <message>
        <source>modifier les tables de référence partagées : pays, nationalités, civilités, types de voie</source>
        <translation>change the shared reference tables: countries, nationalities, titles, street types</translation>
    </message>
    <message>
        <source>modifier les voies de la commune et leurs plages de numéros</source>
        <translation>change the commune&apos;s streets and their number ranges</translation>
    </message>
    <message>
        <source>importer les voies de la commune</source>
        <translation>import the commune&apos;s streets</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ReferenceTable</name>
    <message>
        <source>Départements</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Nationalités</source>
        <translation>Nationalities</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Civilités</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Types de voie</source>
        <translation>Street types</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ReferenceTableService</name>
    <message>
        <source>la valeur « %1 » de la table %2</source>
        <translation>the value “%1” of the table %2</translation>
    </message>
    <message>
        <source>Le code « %1 » n&apos;existe pas dans la table %2.</source>
        <translation>The code “%1” does not exist in the table %2.</translation>
    </message>
    <message>
        <source>Cette valeur n&apos;existe plus dans la table %1.</source>
        <translation>This value no longer exists in the table %1.</translation>
    </message>
    <message>
        <source>Indiquez le code (%1).</source>
        <translation>Give the code (%1).</translation>
    </message>
    <message>
        <source>Code « %1 » refusé : %2 caractères au plus, sans espace.</source>
        <translation>Code “%1” refused: at most %2 characters, without spaces.</translation>
    </message>
    <message>
        <source>Indiquez le libellé de la valeur « %1 ».</source>
        <translation>Give the label of the value “%1”.</translation>
    </message>
    <message>
        <source>Le libellé dépasse 100 caractères : raccourcissez-le.</source>
        <translation>The label exceeds 100 characters: shorten it.</translation>
    </message>
    <message>
        <source>Le pays de code « %1 » n&apos;existe pas : indiquez son code INSEE (99100 pour la France).</source>
        <translation>The country with code “%1” does not exist: give its INSEE code (99100 for France).</translation>
    </message>
    <message>
        <source>Le code « %1 » existe déjà dans la table %2 : choisissez-en un autre, ou modifiez la valeur existante.</source>
        <translation>The code “%1” already exists in the table %2: choose another one, or change the existing value.</translation>
    </message>
    <message>
        <source>Le code « %1 » existe déjà dans la table %2 : choisissez-en un autre.</source>
        <translation>The code “%1” already exists in the table %2: choose another one.</translation>
    </message>
    <message>
        <source>Indiquez la date à partir de laquelle la valeur n&apos;est plus proposée.</source>
        <translation>Give the date from which the value is no longer offered.</translation>
    </message>
    <message>
        <source>La valeur « %1 » est déjà retirée depuis le %2.</source>
        <translation>The value “%1” has already been withdrawn since %2.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::RightsMatrix</name>
    <message>
        <source>Le droit « %1 » n&apos;est déclaré par aucun module chargé.</source>
        <translation>The right “%1” is declared by no loaded module.</translation>
    </message>
    <message>
        <source>Le droit de gérer les droits reste réservé aux administrateurs.</source>
        <translation>The right to manage rights stays reserved to administrators.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::SchemaSecurity</name>
    <message>
        <source>Le module « %1 » (étape %2 « %3 »)</source>
        <translation>The module “%1” (step %2 “%3”)</translation>
    </message>
    <message>
        <source>%1 crée la table « %2 » : un nom de table ne contient que des minuscules sans accent, des chiffres et le souligné. L&apos;étape est refusée.</source>
        <translation>%1 creates the table “%2”: a table name holds only lower-case letters without accents, digits and the underscore. The step is refused.</translation>
    </message>
    <message>
        <source>%1 crée la table « %2 » : les tables d&apos;un module commencent par son identifiant (« %3_... »), pour que ses droits d&apos;accès lui soient attribués. L&apos;étape est refusée.</source>
        <translation>%1 creates the table “%2”: the tables of a module start with its identifier (“%3_...”), so that its access rights are given to it. The step is refused.</translation>
    </message>
    <message>
        <source>%1 crée la table « %2 » sans colonne collectivite_id : chaque table de données est rattachée à une commune, pour que le serveur ne montre à chaque agent que les données de ses communes. S&apos;il s&apos;agit d&apos;une table de référence partagée par toutes les communes, déclarez-la dans la migration par la ligne « -- @reference %2 ». L&apos;étape est refusée.</source>
        <translation>%1 creates the table “%2” without a collectivite_id column: each data table is attached to a commune, so that the server shows each agent only the data of their communes. If it is a reference table shared by all communes, declare it in the migration with the line “-- @reference %2”. The step is refused.</translation>
    </message>
    <message>
        <source>Le rôle de groupe « %1 » n&apos;a pas pu être créé sur le serveur : le rôle qui met la base à jour doit avoir l&apos;attribut CREATEROLE (voir le guide du serveur partagé).</source>
        <translation>The group role “%1” could not be created on the server: the role that updates the database must have the CREATEROLE attribute (see the shared server guide).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::SearchEngine</name>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::SearchRegistry</name>
    <message>
        <source>Un module déclare une recherche sans identifiant, module, titre ou droit requis : signalez-le au prestataire.</source>
        <translation>A module declares a search without identifier, module, title or required right: report it to the service provider.</translation>
    </message>
    <message>
        <source>La recherche « %1 » est déclarée deux fois : signalez-le au prestataire.</source>
        <translation>The search “%1” is declared twice: report it to the service provider.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::ShippedReferenceData</name>
    <message>
        <source>Données de référence introuvables dans le programme : %1. Réinstallez OpenMairie.</source>
        <translation>Reference data not found in the program: %1. Reinstall OpenMairie.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::Sql</name>
    <message>
        <source>Le disque est plein : l&apos;opération a été annulée et rien n&apos;a été enregistré. Libérez de la place sur le disque puis recommencez.</source>
        <translation>The disk is full: the operation was cancelled and nothing was saved. Free some disk space, then start again.</translation>
    </message>
    <message>
        <source>La base de données est en lecture seule : rien n&apos;a été enregistré. Vérifiez les droits sur le fichier ou sur le serveur.</source>
        <translation>The database is read-only: nothing was saved. Check the rights on the file or on the server.</translation>
    </message>
    <message>
        <source>La base de données est endommagée. Arrêtez la saisie et restaurez la dernière sauvegarde (openmairie-cli restore).</source>
        <translation>The database is damaged. Stop entering data and restore the latest backup (openmairie-cli restore).</translation>
    </message>
    <message>
        <source>Cet enregistrement existe déjà.</source>
        <translation>This record already exists.</translation>
    </message>
    <message>
        <source>Cet enregistrement est lié à d&apos;autres données : l&apos;opération est refusée.</source>
        <translation>This record is linked to other data: the operation is refused.</translation>
    </message>
    <message>
        <source>Vos droits sur le serveur ne permettent pas cette opération.</source>
        <translation>Your rights on the server do not allow this operation.</translation>
    </message>
    <message>
        <source>La connexion au serveur de données est perdue. Vérifiez le réseau ; votre saisie n&apos;a pas été enregistrée.</source>
        <translation>The connection to the data server is lost. Check the network; your entry was not saved.</translation>
    </message>
    <message>
        <source>Erreur de la base de données.</source>
        <translation>Database error.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::SqlForeignKeyLookup</name>
    <message>
        <source>%1 est un libellé ambigu de %2 (codes %3) : indiquez le code.</source>
        <translation>%1 is an ambiguous label of %2 (codes %3): give the code.</translation>
    </message>
    <message>
        <source>%1 ne correspond à aucun code ni libellé de %2.</source>
        <translation>%1 matches no code or label of %2.</translation>
    </message>
    <message>
        <source>%1 ne correspond à aucun code ni libellé de %2 de la commune.</source>
        <translation>%1 matches no code or label of %2 of the commune.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::SqlInsertSink</name>
    <message>
        <source>L&apos;import vers « %1 » est mal déclaré : signalez-le au prestataire.</source>
        <translation>The import into “%1” is badly declared: report it to the service provider.</translation>
    </message>
    <message>
        <source>la base de données refuse cette ligne : une règle de la table « %1 » n&apos;est pas respectée.</source>
        <translation>the database refuses this line: a rule of the table “%1” is not respected.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::StaleRecord</name>
    <message>
        <source>Modification refusée : quelqu&apos;un d&apos;autre a modifié %1 depuis son affichage. Rouvrez la fiche pour voir sa valeur actuelle, puis refaites votre modification.</source>
        <translation>Change refused: someone else changed %1 since it was shown. Open the record again to see its current value, then redo your change.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::StoredQuery</name>
    <message>
        <source>La requête mémorisée « %1 » est mal déclarée : signalez-le au prestataire.</source>
        <translation>The saved query “%1” is badly declared: report it to the service provider.</translation>
    </message>
    <message>
        <source>Choisissez au moins une colonne.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <source>La colonne « %1 » n&apos;existe pas dans la requête « %2 ».</source>
        <translation>The column “%1” does not exist in the query “%2”.</translation>
    </message>
    <message>
        <source>La colonne « %1 » est choisie deux fois.</source>
        <translation>The column “%1” is chosen twice.</translation>
    </message>
    <message>
        <source>Le tri sur « %1 » n&apos;existe pas dans la requête « %2 ».</source>
        <translation>The sort on “%1” does not exist in the query “%2”.</translation>
    </message>
    <message>
        <source>La requête « %1 » ne peut pas être triée par « %2 ».</source>
        <translation>The query “%1” cannot be sorted by “%2”.</translation>
    </message>
    <message>
        <source>Le nombre de lignes maximal ne peut pas être négatif.</source>
        <translation>The maximum number of lines cannot be negative.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord la commune.</source>
        <translation>Choose the commune first.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::StoredQueryRegistry</name>
    <message>
        <source>La requête mémorisée « %1 » est déclarée deux fois : signalez-le au prestataire.</source>
        <translation>The saved query “%1” is declared twice: report it to the service provider.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::TableWriter</name>
    <message>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV pour Excel (.csv)</source>
        <translation>CSV for Excel (.csv)</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::TextDecoder</name>
    <message>
        <source>ASCII (compatible UTF-8)</source>
        <translation>ASCII (UTF-8 compatible)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>ISO-8859-15</source>
        <translation>ISO-8859-15</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>mélange UTF-8 et Windows-1252</source>
        <translation>mix of UTF-8 and Windows-1252</translation>
    </message>
    <message>
        <source>binaire (pas du texte)</source>
        <translation>binary (not text)</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::UserAccountService</name>
    <message>
        <source>Identifiant « %1 » refusé : utilisez de 2 à 63 caractères parmi les lettres minuscules sans accent, les chiffres, le point, le tiret et le souligné, en commençant par une lettre (par exemple « jdupont »).</source>
        <translation>Login “%1” refused: use 2 to 63 characters among lower-case letters without accents, digits, dot, hyphen and underscore, starting with a letter (for example “jdupont”).</translation>
    </message>
    <message>
        <source>L&apos;identifiant « %1 » est déjà utilisé. Choisissez-en un autre.</source>
        <translation>The login “%1” is already used. Choose another one.</translation>
    </message>
    <message>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>Le rôle « %1 » est bien reconnu par le serveur, mais il n&apos;a pas de compte dans OpenMairie. Demandez à l&apos;administrateur de créer votre compte.</source>
        <translation>The role “%1” is recognised by the server, but it has no OpenMairie account. Ask the administrator to create your account.</translation>
    </message>
    <message>
        <source>Le compte « %1 » est désactivé. Adressez-vous à l&apos;administrateur.</source>
        <translation>The account “%1” is disabled. Contact the administrator.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais de mot de passe : le compte « %1 » est bloqué encore %n minute(s). Réessayez ensuite, ou demandez à l&apos;administrateur de réinitialiser le mot de passe.</source>
        <translation>
            <numerusform>Too many password attempts: the account “%1” is locked for %n more minute. Try again then, or ask the administrator to reset the password.</numerusform>
            <numerusform>Too many password attempts: the account “%1” is locked for %n more minutes. Try again then, or ask the administrator to reset the password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mot de passe incorrect %1 fois : le compte « %2 » est bloqué pendant %3 minutes.</source>
        <translation>Wrong password %1 times: the account “%2” is locked for %3 minutes.</translation>
    </message>
    <message>
        <source>Choisissez au moins une commune pour le compte « %1 », ou cochez « toutes les communes » pour un agent du syndicat.</source>
        <translation>Choose at least one commune for the account “%1”, or check “all communes” for a syndicate agent.</translation>
    </message>
    <message>
        <source>Le compte « %1 » n&apos;existe pas.</source>
        <translation>The account “%1” does not exist.</translation>
    </message>
    <message>
        <source>Vous ne pouvez pas retirer vous-même votre profil d&apos;administrateur : demandez-le à un autre administrateur.</source>
        <translation>You cannot remove your own administrator profile: ask another administrator.</translation>
    </message>
    <message>
        <source>Le compte « %1 »</source>
        <translation>The account “%1”</translation>
    </message>
    <message>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>L&apos;ancien mot de passe est incorrect : votre mot de passe n&apos;a pas été changé.</source>
        <translation>The old password is wrong: your password was not changed.</translation>
    </message>
    <message>
        <source>Connectez-vous d&apos;abord pour changer votre mot de passe.</source>
        <translation>Sign in first to change your password.</translation>
    </message>
    <message>
        <source>Nouveau mot de passe refusé : %1</source>
        <translation>New password refused: %1</translation>
    </message>
    <message>
        <source>Le nouveau mot de passe doit être différent de l&apos;ancien.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::Validity</name>
    <message>
        <source>retiré le %1</source>
        <translation>withdrawn on %1</translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>en vigueur</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>%1 : la date de retrait (%2) doit suivre la date de début de validité (%3).</source>
        <translation>%1: the withdrawal date (%2) must follow the start of validity (%3).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::VersionConflict</name>
    <message>
        <source>un autre agent</source>
        <translation>another agent</translation>
    </message>
    <message>
        <source>%1 a été modifié par %2 le %3 à %4 pendant que vous le modifiiez : rechargez-le pour voir ses nouvelles valeurs, puis refaites votre modification (elle n&apos;a pas été enregistrée).</source>
        <translation>%1 was changed by %2 on %3 at %4 while you were changing it: reload it to see its new values, then redo your change (it was not saved).</translation>
    </message>
    <message>
        <source>%1 a été modifié par %2 pendant que vous le modifiiez : rechargez-le pour voir ses nouvelles valeurs, puis refaites votre modification (elle n&apos;a pas été enregistrée).</source>
        <translation>%1 was changed by %2 while you were changing it: reload it to see its new values, then redo your change (it was not saved).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::Voie</name>
    <message>
        <source>du %1 au %2, %3</source>
        <translation>from %1 to %2, %3</translation>
    </message>
    <message>
        <source>côté pair</source>
        <translation>even side</translation>
    </message>
    <message>
        <source>côté impair</source>
        <translation>odd side</translation>
    </message>
    <message>
        <source>les deux côtés</source>
        <translation>both sides</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::VoieImport</name>
    <message>
        <source>type de voie</source>
        <translation>street type</translation>
    </message>
    <message>
        <source>Voies de la commune</source>
        <translation>Streets of the commune</translation>
    </message>
    <message>
        <source>Une voie par ligne : code propre à la commune, type (RUE, AV, « avenue »...), libellé et complément. Les voies déjà présentes (même code) sont refusées, jamais écrasées.</source>
        <translation>One street per line: the commune&apos;s own code, type (RUE, AV, “avenue”...), name and complement. Streets already present (same code) are refused, never overwritten.</translation>
    </message>
    <message>
        <source>Code de la voie</source>
        <translation>Street code</translation>
    </message>
    <message>
        <source>Type de voie</source>
        <translation>Street type</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Complément</source>
        <translation>Complement</translation>
    </message>
    <message>
        <source>En vigueur depuis le</source>
        <translation>In force since</translation>
    </message>
    <message>
        <source>le code « %1 » contient une espace : écrivez-le d&apos;un seul tenant.</source>
        <translation>the code “%1” contains a space: write it in one piece.</translation>
    </message>
    <message>
        <source>la commune a déjà une voie de code « %1 » : la ligne est ignorée (l&apos;import n&apos;écrase pas une voie ; modifiez-la dans l&apos;écran des voies).</source>
        <translation>the commune already has a street with code “%1”: the line is ignored (the import does not overwrite a street; change it in the streets screen).</translation>
    </message>
    <message>
        <source>La voie « %1 » n&apos;a pas pu être enregistrée.</source>
        <translation>The street “%1” could not be saved.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::VoieService</name>
    <message>
        <source>la voie « %1 »</source>
        <translation>the street “%1”</translation>
    </message>
    <message>
        <source>La voie de code « %1 » n&apos;existe pas dans la commune %2. Vérifiez le code (commande « voies list »).</source>
        <translation>The street with code “%1” does not exist in the commune %2. Check the code (command “voies list”).</translation>
    </message>
    <message>
        <source>Cette voie n&apos;existe plus dans la commune.</source>
        <translation>This street no longer exists in the commune.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une commune.</source>
        <translation>Choose a commune first.</translation>
    </message>
    <message>
        <source>Indiquez le code de la voie.</source>
        <translation>Give the street code.</translation>
    </message>
    <message>
        <source>Code de voie « %1 » refusé : 10 caractères au plus, sans espace.</source>
        <translation>Street code “%1” refused: at most 10 characters, without spaces.</translation>
    </message>
    <message>
        <source>Indiquez le libellé de la voie « %1 » (par exemple « de la République »).</source>
        <translation>Give the name of the street “%1” (for example “de la République”).</translation>
    </message>
    <message>
        <source>Le libellé et le complément de la voie ont 150 caractères au plus.</source>
        <translation>The name and the complement of the street have at most 150 characters.</translation>
    </message>
    <message>
        <source>Le type de voie « %1 » n&apos;existe pas. Choisissez-le dans la liste des types (RUE, AV, CHE...).</source>
        <translation>The street type “%1” does not exist. Choose it in the list of types (RUE, AV, CHE...).</translation>
    </message>
    <message>
        <source>Le code « %1 » est déjà celui de la voie « %2 » : choisissez-en un autre.</source>
        <translation>The code “%1” is already the one of the street “%2”: choose another one.</translation>
    </message>
    <message>
        <source>Indiquez la date à partir de laquelle la voie n&apos;est plus proposée.</source>
        <translation>Give the date from which the street is no longer offered.</translation>
    </message>
    <message>
        <source>La voie « %1 » est déjà retirée depuis le %2.</source>
        <translation>The street “%1” has already been withdrawn since %2.</translation>
    </message>
    <message>
        <source>Les numéros d&apos;une plage sont positifs (0 pour les adresses sans numéro).</source>
        <translation>The numbers of a range are positive (0 for addresses without a number).</translation>
    </message>
    <message>
        <source>Plage refusée : le numéro de fin (%1) est plus petit que le numéro de début (%2). Inversez-les.</source>
        <translation>Range refused: the end number (%1) is smaller than the start number (%2). Swap them.</translation>
    </message>
    <message>
        <source>Plage refusée : « %1 » chevauche la plage « %2 » de la voie « %3 ». Un numéro ne peut appartenir qu&apos;à une plage ; modifiez les bornes ou le côté.</source>
        <translation>Range refused: “%1” overlaps the range “%2” of the street “%3”. A number can belong to one range only; change the bounds or the side.</translation>
    </message>
    <message>
        <source>la plage « %1 »</source>
        <translation>the range “%1”</translation>
    </message>
    <message>
        <source>cette plage</source>
        <translation>this range</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Core::XlsxExporter</name>
    <message>
        <source>Le classeur « %1 » ne peut pas être écrit (%2). Vérifiez la place sur le disque et vos droits sur le dossier.</source>
        <translation>The workbook “%1” cannot be written (%2). Check the disk space and your rights on the folder.</translation>
    </message>
    <message>
        <source>Le dossier de « %1 » n&apos;accepte pas l&apos;écriture. Choisissez un dossier où vous pouvez écrire.</source>
        <translation>The folder of “%1” does not accept writing. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>création impossible</source>
        <translation>cannot create</translation>
    </message>
    <message>
        <source>feuille</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>en-tête</source>
        <translation>header</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;a pas commencé.</source>
        <translation>The export did not start.</translation>
    </message>
    <message>
        <source>Un classeur Excel contient au plus %1 lignes : exportez plutôt au format CSV.</source>
        <translation>An Excel workbook holds at most %1 lines: export as CSV instead.</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ligne %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>fermeture</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>L&apos;export n&apos;est pas terminé.</source>
        <translation>The export is not finished.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe et ne peut pas être remplacé : il est peut-être ouvert dans le tableur. Fermez-le, ou choisissez un autre nom.</source>
        <translation>The file “%1” exists and cannot be replaced: it may be open in the spreadsheet. Close it, or choose another name.</translation>
    </message>
    <message>
        <source>Le classeur n&apos;a pas pu être enregistré sous « %1 ».</source>
        <translation>The workbook could not be saved as “%1”.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::AuditBrowser</name>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Champs modifiés</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Sélectionnez un événement pour voir les valeurs avant et après.</source>
        <translation>Select an event to see the values before and after.</translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation>E&amp;xport as CSV…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>ex. : reglement_arrete</source>
        <translation>e.g.: reglement_arrete</translation>
    </message>
    <message>
        <source>tous</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Filtres</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>&amp;Utilisateur :</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Commune :</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>&amp;Module :</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>&amp;Table :</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>N° d&apos;&amp;enregistrement :</source>
        <translation>&amp;Record no.:</translation>
    </message>
    <message>
        <source>&amp;Action :</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Du :</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>(tous)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(toutes)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>Administration et outils communs</source>
        <translation>Administration and shared tools</translation>
    </message>
    <message>
        <source>Le n° d&apos;enregistrement « %1 » n&apos;est pas un nombre : saisissez le numéro de la fiche (ex. : 42) ou laissez le champ vide.</source>
        <translation>The record no. “%1” is not a number: type the number of the record (e.g.: 42) or leave the field empty.</translation>
    </message>
    <message>
        <source>Date de début : %1</source>
        <translation>Start date: %1</translation>
    </message>
    <message>
        <source>Date de fin : %1</source>
        <translation>End date: %1</translation>
    </message>
    <message>
        <source>La période est inversée : la date de début (%1) est après la date de fin (%2).</source>
        <translation>The period is reversed: the start date (%1) is after the end date (%2).</translation>
    </message>
    <message>
        <source>%1 premiers événements : précisez les filtres pour voir les autres.</source>
        <translation>First %1 events: narrow the filters to see the others.</translation>
    </message>
    <message numerus="yes">
        <source>%n événement(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 par %2 le %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <source> — %1 n° %2</source>
        <translation> — %1 no. %2</translation>
    </message>
    <message>
        <source>journal-audit-%1.csv</source>
        <translation>journal-audit-%1.csv</translation>
    </message>
    <message>
        <source>Exporter le journal d&apos;audit</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n événement(s) exporté(s) dans %1</source>
        <translation>
            <numerusform>%n event exported to %1</numerusform>
            <numerusform>%n events exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::AuditValueText</name>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 : « %2 » → « %3 »</source>
        <translation>%1: “%2” → “%3”</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ChangePasswordDialog</name>
    <message>
        <source>Changer mon mot de passe</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Mot de passe &amp;actuel :</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>Nouveau mot de passe :</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>&amp;Changer</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saisissez votre mot de passe actuel.</source>
        <translation>Type your current password.</translation>
    </message>
    <message>
        <source>Le nouveau mot de passe est identique à l&apos;actuel : choisissez-en un autre.</source>
        <translation>The new password is the same as the current one: choose another one.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ColumnPicker</name>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Colonnes à exporter</source>
        <translation>Columns to export</translation>
    </message>
    <message>
        <source>Tout cocher</source>
        <translation>Check all</translation>
    </message>
    <message>
        <source>Tout décocher</source>
        <translation>Uncheck all</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::CommuneParametersPage</name>
    <message>
        <source>&lt;b&gt;Paramètres de la commune&lt;/b&gt;&lt;br&gt;Ces valeurs sont imprimées dans les documents (&amp;amp;maire, &amp;amp;adresse, logo…) et règlent les options des modules.</source>
        <translation>&lt;b&gt;Commune parameters&lt;/b&gt;&lt;br&gt;These values are printed in documents (&amp;amp;maire, &amp;amp;adresse, logo…) and set the modules&apos; options.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Mairie</source>
        <translation>Town hall</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>Consultation seule : votre profil ne permet pas de modifier les paramètres de la commune.</source>
        <translation>Read only: your profile does not allow changing the commune&apos;s parameters.</translation>
    </message>
    <message>
        <source>Aucune modification à enregistrer.</source>
        <translation>No change to save.</translation>
    </message>
    <message numerus="yes">
        <source>%n paramètre(s) enregistré(s).</source>
        <translation>
            <numerusform>%n parameter saved.</numerusform>
            <numerusform>%n parameters saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>« %1 » reprend sa valeur par défaut.</source>
        <translation>“%1” takes its default value back.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu : %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>Image choisie : cliquez sur « Enregistrer » pour la garder.</source>
        <translation>Image chosen: click “Save” to keep it.</translation>
    </message>
    <message>
        <source>Choisir le logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::DashboardCard</name>
    <message>
        <source>Actualiser « %1 »</source>
        <translation>Refresh “%1”</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Calcul en cours…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Ouvrir la liste correspondante</source>
        <translation>Open the matching list</translation>
    </message>
    <message>
        <source>Rien à afficher pour l&apos;instant.</source>
        <translation>Nothing to show for now.</translation>
    </message>
    <message>
        <source>Cliquez sur « Actualiser » pour réessayer.</source>
        <translation>Click “Refresh” to try again.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::DashboardLayoutDialog</name>
    <message>
        <source>Personnaliser le tableau de bord</source>
        <translation>Customise the dashboard</translation>
    </message>
    <message>
        <source>Cochez les éléments que les agents de ce profil voient sur leur page d&apos;accueil, puis rangez-les dans l&apos;ordre d&apos;affichage. Seuls les éléments que le profil a le droit de voir sont proposés.</source>
        <translation>Check the items that the agents of this profile see on their home page, then arrange them in display order. Only the items the profile may see are offered.</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Revenir au choix par défaut</source>
        <translation>Back to the default choice</translation>
    </message>
    <message>
        <source>Le profil verra tous les éléments que ses droits permettent, y compris ceux des modules installés plus tard.</source>
        <translation>The profile will see every item its rights allow, including those of modules installed later.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Profil :</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Aucun élément n&apos;est proposé à ce profil : ses droits ne donnent accès à aucun.</source>
        <translation>No item is offered to this profile: its rights give access to none.</translation>
    </message>
    <message>
        <source>Choix par défaut : le profil voit tous les éléments que ses droits permettent.</source>
        <translation>Default choice: the profile sees every item its rights allow.</translation>
    </message>
    <message>
        <source>Choix enregistré pour ce profil : %1 élément affiché.</source>
        <translation>Choice saved for this profile: %1 item shown.</translation>
    </message>
    <message>
        <source>Choix enregistré pour ce profil : %1 éléments affichés.</source>
        <translation>Choice saved for this profile: %1 items shown.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::DashboardView</name>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Tout actualiser</source>
        <translation>Refresh all</translation>
    </message>
    <message>
        <source>Personnaliser…</source>
        <translation>Customise…</translation>
    </message>
    <message>
        <source>Choisir les éléments du tableau de bord de chaque profil et leur ordre</source>
        <translation>Choose the dashboard items of each profile and their order</translation>
    </message>
    <message>
        <source>Aucun élément n&apos;est affiché pour votre profil. Cliquez sur « Personnaliser… » pour en choisir.</source>
        <translation>No item is shown for your profile. Click “Customise…” to choose some.</translation>
    </message>
    <message>
        <source>Aucun élément n&apos;est prévu pour votre profil. Les modules que vous utilisez restent accessibles ci-dessous et dans le menu de gauche.</source>
        <translation>No item is planned for your profile. The modules you use remain available below and in the left-hand menu.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::DateLineEdit</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::DocumentJobDialog</name>
    <message>
        <source>Préparation de « %1 »…</source>
        <translation>Preparing “%1”…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annulation en cours : le fichier partiel est supprimé…</source>
        <translation>Cancelling: the partial file is being deleted…</translation>
    </message>
    <message>
        <source>%1 sur %2…</source>
        <translation>%1 of %2…</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::DocumentPreviewDialog</name>
    <message>
        <source>Aperçu — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <source>Enregistrer en PDF/A</source>
        <translation>Save as PDF/A</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrer en PDF/A…</source>
        <translation>Save as PDF/A…</translation>
    </message>
    <message>
        <source>Enregistrer le document en PDF/A, format d&apos;archivage des actes</source>
        <translation>Save the document as PDF/A, the archiving format for official acts</translation>
    </message>
    <message>
        <source>Enregistrement en PDF/A</source>
        <translation>Saving as PDF/A</translation>
    </message>
    <message>
        <source>Journal des impressions</source>
        <translation>Print log</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ExportDialog</name>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Exporter « %1 »</source>
        <translation>Export “%1”</translation>
    </message>
    <message>
        <source>Colonnes à exporter</source>
        <translation>Columns to export</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ces données sont personnelles : l&apos;export sera inscrit au journal d&apos;audit (qui, quand, quoi, combien de lignes). Ne les transmettez qu&apos;à qui y a droit.</source>
        <translation>This data is personal: the export will be recorded in the audit trail (who, when, what, how many lines). Only pass it on to those entitled to it.</translation>
    </message>
    <message>
        <source>Cochez au moins une colonne à exporter.</source>
        <translation>Check at least one column to export.</translation>
    </message>
    <message>
        <source>Choisissez le fichier dans lequel exporter (bouton « Parcourir… »).</source>
        <translation>Choose the file to export to (“Browse…” button).</translation>
    </message>
    <message>
        <source>%1 lignes</source>
        <translation>%1 lines</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ExportTargetPicker</name>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporter vers</source>
        <translation>Export to</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ImportDialog</name>
    <message>
        <source>Tout ou rien : une seule ligne en erreur et rien n&apos;est importé (recommandé)</source>
        <translation>All or nothing: a single line in error and nothing is imported (recommended)</translation>
    </message>
    <message>
        <source>Importer les lignes valides et mettre les autres dans un fichier de rejets</source>
        <translation>Import the valid lines and put the others in a rejects file</translation>
    </message>
    <message>
        <source>Vérifier sans importer</source>
        <translation>Check without importing</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Importer : %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>Détection automatique</source>
        <translation>Automatic detection</translation>
    </message>
    <message>
        <source>Le fichier doit être un CSV dont la première ligne nomme les colonnes.</source>
        <translation>The file must be a CSV whose first line names the columns.</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Télécharger le modèle de fichier…</source>
        <translation>Download the file template…</translation>
    </message>
    <message>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Encodage :</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Séparateur :</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Colonnes attendues</source>
        <translation>Expected columns</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Fichier des rejets :</source>
        <translation>Rejects file:</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Contenu attendu</source>
        <translation>Expected content</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Encodage : %1 ; séparateur : %2 ; %3 colonne(s) dans l&apos;en-tête.</source>
        <translation>Encoding: %1; separator: %2; %3 column(s) in the header.</translation>
    </message>
    <message>
        <source>aucun trouvé</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Fichier des rejets</source>
        <translation>Rejects file</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Enregistrer le modèle de fichier</source>
        <translation>Save the file template</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord le fichier à importer (bouton « Parcourir… »).</source>
        <translation>Choose the file to import first (“Browse…” button).</translation>
    </message>
    <message>
        <source>Indiquez où écrire le fichier des rejets : les lignes refusées y sont copiées pour être corrigées.</source>
        <translation>Say where to write the rejects file: the refused lines are copied there to be fixed.</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>%1 lignes lues</source>
        <translation>%1 lines read</translation>
    </message>
    <message>
        <source>Lignes de données : %1 ; valides : %2 ; rejetées : %3.</source>
        <translation>Data lines: %1; valid: %2; rejected: %3.</translation>
    </message>
    <message>
        <source>Avertissement : %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Fichier des rejets : %1</source>
        <translation>Rejects file: %1</translation>
    </message>
    <message>
        <source>fichier</source>
        <translation>file</translation>
    </message>
    <message>
        <source>… et %1 autres erreurs : voir le fichier des rejets.</source>
        <translation>… and %1 other errors: see the rejects file.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::LabelCalibrationDialog</name>
    <message>
        <source>Calibration des étiquettes et des cartes</source>
        <translation>Calibration of labels and cards</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Imprimante par défaut</source>
        <translation>Default printer</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Positif : l&apos;impression va vers la droite.</source>
        <translation>Positive: the print moves to the right.</translation>
    </message>
    <message>
        <source>Positif : l&apos;impression descend.</source>
        <translation>Positive: the print moves down.</translation>
    </message>
    <message>
        <source>Décalage horizontal</source>
        <translation>Horizontal offset</translation>
    </message>
    <message>
        <source>Décalage vertical</source>
        <translation>Vertical offset</translation>
    </message>
    <message>
        <source>Planche</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Modèle de planche</source>
        <translation>Sheet model</translation>
    </message>
    <message>
        <source>Rangées</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Largeur d&apos;une étiquette</source>
        <translation>Label width</translation>
    </message>
    <message>
        <source>Hauteur d&apos;une étiquette</source>
        <translation>Label height</translation>
    </message>
    <message>
        <source>Marge du haut</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <source>Marge de gauche</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <source>Espace entre colonnes</source>
        <translation>Space between columns</translation>
    </message>
    <message>
        <source>Espace entre rangées</source>
        <translation>Space between rows</translation>
    </message>
    <message>
        <source>Imprimer la page de calibration…</source>
        <translation>Print the calibration page…</translation>
    </message>
    <message>
        <source>Enregistrer le décalage</source>
        <translation>Save the offset</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Page de calibration</source>
        <translation>Calibration page</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ListExportButton</name>
    <message>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Enregistrer la liste affichée (avec ses filtres) en CSV pour Excel ou en classeur .xlsx, avec les colonnes de votre choix</source>
        <translation>Save the list shown (with its filters) as CSV for Excel or as an .xlsx workbook, with the columns you choose</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ParameterField</name>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Choisir une image…</source>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <source>(valeur par défaut)</source>
        <translation>(default value)</translation>
    </message>
    <message>
        <source>Valeur par défaut</source>
        <translation>Default value</translation>
    </message>
    <message>
        <source>Efface la valeur propre à la commune : la valeur par défaut s&apos;applique.</source>
        <translation>Clears the commune&apos;s own value: the default value applies.</translation>
    </message>
    <message>
        <source>Aucun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>(à enregistrer)</source>
        <translation>(to save)</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::PasswordFields</name>
    <message>
        <source>%1 caractères au moins</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Con&amp;firmation :</source>
        <translation>Con&amp;firmation:</translation>
    </message>
    <message>
        <source>Saisissez le mot de passe, puis sa confirmation.</source>
        <translation>Type the password, then its confirmation.</translation>
    </message>
    <message>
        <source>La confirmation ne correspond pas au mot de passe : saisissez-le une seconde fois à l&apos;identique.</source>
        <translation>The confirmation does not match the password: type it a second time identically.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::RecordActions</name>
    <message>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ne plus proposer à partir du</source>
        <translation>No longer offer from</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::RecordHistoryWidget</name>
    <message>
        <source>Aucun événement n&apos;est inscrit au journal pour cette fiche.</source>
        <translation>No event is recorded in the trail for this record.</translation>
    </message>
    <message numerus="yes">
        <source>%n événement(s), du plus ancien au plus récent.</source>
        <translation>
            <numerusform>%n event, from oldest to most recent.</numerusform>
            <numerusform>%n events, from oldest to most recent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 : « %2 »</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>%1 : « %2 » (supprimé)</source>
        <translation>%1: “%2” (deleted)</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ReferenceAdministration</name>
    <message>
        <source>&amp;Paramètres de la commune…</source>
        <translation>Commune &amp;parameters…</translation>
    </message>
    <message>
        <source>&amp;Tables de référence…</source>
        <translation>&amp;Reference tables…</translation>
    </message>
    <message>
        <source>&amp;Voies de la commune…</source>
        <translation>Commune &amp;streets…</translation>
    </message>
    <message>
        <source>Paramètres de la commune</source>
        <translation>Commune parameters</translation>
    </message>
    <message>
        <source>Tables de référence</source>
        <translation>Reference tables</translation>
    </message>
    <message>
        <source>Voies de la commune</source>
        <translation>Streets of the commune</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ReferenceListTable</name>
    <message>
        <source>Validité</source>
        <translation>Validity</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ReferenceTableEditor</name>
    <message>
        <source>Rechercher (code ou libellé, sans tenir compte des accents)</source>
        <translation>Search (code or label, ignoring accents)</translation>
    </message>
    <message>
        <source>Afficher les valeurs retirées</source>
        <translation>Show the withdrawn values</translation>
    </message>
    <message>
        <source>Table :</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Libellé :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Pays (code INSEE) :</source>
        <translation>Country (INSEE code):</translation>
    </message>
    <message>
        <source>99100 pour la France</source>
        <translation>99100 for France</translation>
    </message>
    <message>
        <source>En vigueur depuis le :</source>
        <translation>In force since:</translation>
    </message>
    <message>
        <source>État :</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Nouvelle valeur</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>La valeur n&apos;est plus proposée à partir de cette date ; elle reste affichée sur les fiches qui l&apos;utilisent.</source>
        <translation>The value is no longer offered from this date; it stays shown on the records that use it.</translation>
    </message>
    <message>
        <source>Consultation seule : ces tables sont partagées par toutes les communes ; seul un administrateur les modifie.</source>
        <translation>Read only: these tables are shared by all communes; only an administrator changes them.</translation>
    </message>
    <message>
        <source>Validité</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>nouvelle valeur</source>
        <translation>new value</translation>
    </message>
    <message>
        <source>« %1 » est enregistré dans la table %2.</source>
        <translation>“%1” is saved in the table %2.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord, dans la liste, la valeur à retirer.</source>
        <translation>First choose, in the list, the value to withdraw.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est plus proposé à partir du %2 ; les fiches qui l&apos;utilisent le gardent.</source>
        <translation>“%1” is no longer offered from %2; the records that use it keep it.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::ResetPasswordDialog</name>
    <message>
        <source>Réinitialiser le mot de passe</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <source>Nouveau mot de passe du compte « %1 ». Communiquez-le à l&apos;agent de vive voix : il pourra le changer ensuite par « Mon compte ». Un compte bloqué après des essais manqués est débloqué.</source>
        <translation>New password of the account “%1”. Tell it to the agent in person: they can change it afterwards through “My account”. An account locked after failed attempts is unlocked.</translation>
    </message>
    <message>
        <source>&amp;Réinitialiser</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::RightsMatrixDialog</name>
    <message>
        <source>&amp;Rétablir la valeur par défaut</source>
        <translation>&amp;Restore the default value</translation>
    </message>
    <message>
        <source>Droits des profils</source>
        <translation>Profile rights</translation>
    </message>
    <message>
        <source>Cochez les profils qui détiennent chaque droit. Un droit accordé à un profil vaut pour les profils supérieurs ; l&apos;administrateur les détient tous. Chaque changement est enregistré aussitôt ; les lignes en gras diffèrent de la valeur prévue par le module.</source>
        <translation>Check the profiles that hold each right. A right granted to a profile holds for the higher profiles; the administrator holds them all. Each change is saved at once; the lines in bold differ from the value planned by the module.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Administration et outils communs</source>
        <translation>Administration and shared tools</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Droit</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Nom technique</source>
        <translation>Technical name</translation>
    </message>
    <message>
        <source>Valeur prévue par le module : à partir du profil « %1 ».</source>
        <translation>Value planned by the module: from the profile “%1”.</translation>
    </message>
    <message>
        <source>Droit non modifié</source>
        <translation>Right not changed</translation>
    </message>
    <message>
        <source>Droit non rétabli</source>
        <translation>Right not restored</translation>
    </message>
    <message>
        <source>Sélectionnez un droit pour voir sa valeur prévue par le module.</source>
        <translation>Select a right to see the value planned by the module.</translation>
    </message>
    <message>
        <source>« %1 » : détenu à partir du profil « %2 » ; valeur prévue par le module : « %3 ».</source>
        <translation>“%1”: held from the profile “%2”; value planned by the module: “%3”.</translation>
    </message>
    <message>
        <source>« %1 » : détenu à partir du profil « %2 » (valeur prévue par le module).</source>
        <translation>“%1”: held from the profile “%2” (value planned by the module).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::SearchResultsPopup</name>
    <message>
        <source>Recherche de « %1 » en cours…</source>
        <translation>Searching for “%1”…</translation>
    </message>
    <message>
        <source>Aucun résultat pour « %1 ». Vérifiez l&apos;orthographe ou tapez moins de lettres.</source>
        <translation>No result for “%1”. Check the spelling or type fewer letters.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::SecurityAdministration</name>
    <message>
        <source>&amp;Utilisateurs…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>Créer les comptes des agents, choisir leur profil et leurs communes</source>
        <translation>Create the agents&apos; accounts, choose their profile and their communes</translation>
    </message>
    <message>
        <source>&amp;Droits des profils…</source>
        <translation>Profile &amp;rights…</translation>
    </message>
    <message>
        <source>Choisir les profils qui détiennent chaque droit</source>
        <translation>Choose the profiles that hold each right</translation>
    </message>
    <message>
        <source>&amp;Journal d&apos;audit…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <source>Qui a modifié quoi, quand et dans quelle commune</source>
        <translation>Who changed what, when and in which commune</translation>
    </message>
    <message>
        <source>Changer mon &amp;mot de passe…</source>
        <translation>Change my &amp;password…</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::StoredQueryDialog</name>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Requêtes mémorisées</source>
        <translation>Saved queries</translation>
    </message>
    <message>
        <source>Ces données sont personnelles : chaque export est inscrit au journal d&apos;audit.</source>
        <translation>This data is personal: each export is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>croissant</source>
        <translation>ascending</translation>
    </message>
    <message>
        <source>décroissant</source>
        <translation>descending</translation>
    </message>
    <message>
        <source>toutes</source>
        <translation>all</translation>
    </message>
    <message>
        <source> lignes</source>
        <translation> lines</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Tri et limite</source>
        <translation>Sort and limit</translation>
    </message>
    <message>
        <source>Trier par :</source>
        <translation>Sort by:</translation>
    </message>
    <message>
        <source>puis par :</source>
        <translation>then by:</translation>
    </message>
    <message>
        <source>Lignes au plus :</source>
        <translation>At most lines:</translation>
    </message>
    <message>
        <source>Aperçu (%1 premières lignes)</source>
        <translation>Preview (first %1 lines)</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Requête :</source>
        <translation>Query:</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Aucune requête mémorisée n&apos;est disponible pour votre profil.</source>
        <translation>No saved query is available for your profile.</translation>
    </message>
    <message>
        <source>%1 premières lignes affichées ; l&apos;export les contiendra toutes.</source>
        <translation>First %1 lines shown; the export will hold them all.</translation>
    </message>
    <message>
        <source>%1 ligne(s).</source>
        <translation>%1 line(s).</translation>
    </message>
    <message>
        <source>Choisissez le fichier dans lequel exporter (bouton « Parcourir… »).</source>
        <translation>Choose the file to export to (“Browse…” button).</translation>
    </message>
    <message>
        <source>%1 lignes</source>
        <translation>%1 lines</translation>
    </message>
    <message>
        <source>%1 ligne(s) exportée(s) dans « %2 ».</source>
        <translation>%1 line(s) exported to “%2”.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::TemplateEditorWidget</name>
    <message>
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Souligné</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>À gauche</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Centré</source>
        <translation>Centred</translation>
    </message>
    <message>
        <source>À droite</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Justifié</source>
        <translation>Justified</translation>
    </message>
    <message>
        <source>Taille du texte (points)</source>
        <translation>Text size (points)</translation>
    </message>
    <message>
        <source>Insérer un tableau</source>
        <translation>Insert a table</translation>
    </message>
    <message>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Le modèle est correct : tous les champs existent dans la source « %1 ».</source>
        <translation>The template is correct: all fields exist in the source “%1”.</translation>
    </message>
    <message>
        <source>Champs disponibles</source>
        <translation>Available fields</translation>
    </message>
    <message>
        <source>Mise en page</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Titre du modèle</source>
        <translation>Template title</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Paysage</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Marge de gauche</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <source>Marge du haut</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <source>Marge de droite</source>
        <translation>Right margin</translation>
    </message>
    <message>
        <source>Marge du bas</source>
        <translation>Bottom margin</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>par exemple « Projet » ; vide : aucun</source>
        <translation>for example “Draft”; empty: none</translation>
    </message>
    <message>
        <source>Filigrane</source>
        <translation>Watermark</translation>
    </message>
    <message>
        <source>Numéroter les pages (« Page 1 / 2 »)</source>
        <translation>Number the pages (“Page 1 / 2”)</translation>
    </message>
    <message>
        <source>par exemple « Arrêté n° [numero] »</source>
        <translation>for example “Arrêté n° [numero]”</translation>
    </message>
    <message>
        <source>Pied de page</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Modèle chargé : %1.</source>
        <translation>Template loaded: %1.</translation>
    </message>
    <message numerus="yes">
        <source>(%n autre(s) erreur(s))</source>
        <translation>
            <numerusform>(%n other error)</numerusform>
            <numerusform>(%n other errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>Aperçu impossible — %1</source>
        <translation>Preview impossible — %1</translation>
    </message>
    <message numerus="yes">
        <source>Aperçu à jour avec l&apos;exemple de la source « %1 » (%n page(s)).</source>
        <translation>
            <numerusform>Preview up to date with the example of the source “%1” (%n page).</numerusform>
            <numerusform>Preview up to date with the example of the source “%1” (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Modèle enregistré pour la commune (révision %1).</source>
        <translation>Template saved for the commune (revision %1).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::TemplateFieldPalette</name>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>À insérer</source>
        <translation>To insert</translation>
    </message>
    <message>
        <source>Double-cliquez sur un champ pour l&apos;insérer à l&apos;emplacement du curseur.</source>
        <translation>Double-click a field to insert it at the cursor position.</translation>
    </message>
    <message>
        <source>Insère « %1 »</source>
        <translation>Inserts “%1”</translation>
    </message>
    <message>
        <source>Champs de « %1 »</source>
        <translation>Fields of “%1”</translation>
    </message>
    <message>
        <source>%1 (en toutes lettres)</source>
        <translation>%1 (in words)</translation>
    </message>
    <message>
        <source>Blocs répétés (une ligne par élément)</source>
        <translation>Repeated blocks (one line per item)</translation>
    </message>
    <message>
        <source>Total : %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Nombre de lignes</source>
        <translation>Number of lines</translation>
    </message>
    <message>
        <source>Paramètres de la commune</source>
        <translation>Commune parameters</translation>
    </message>
    <message>
        <source>Mise en forme et codes</source>
        <translation>Formatting and codes</translation>
    </message>
    <message>
        <source>Logo de la commune (25 mm de haut)</source>
        <translation>Commune logo (25 mm high)</translation>
    </message>
    <message>
        <source>Début de majuscules</source>
        <translation>Start of upper case</translation>
    </message>
    <message>
        <source>Fin de majuscules</source>
        <translation>End of upper case</translation>
    </message>
    <message>
        <source>Début de minuscules</source>
        <translation>Start of lower case</translation>
    </message>
    <message>
        <source>Fin de minuscules</source>
        <translation>End of lower case</translation>
    </message>
    <message>
        <source>Saut de page</source>
        <translation>Page break</translation>
    </message>
    <message>
        <source>Code-barres (Code 128) d&apos;un champ</source>
        <translation>Barcode (Code 128) of a field</translation>
    </message>
    <message>
        <source>QR code d&apos;un champ</source>
        <translation>QR code of a field</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::UserAccountForm</name>
    <message>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Compte « %1 »</source>
        <translation>Account “%1”</translation>
    </message>
    <message>
        <source>L&apos;identifiant ne change pas : le journal d&apos;audit et le serveur le connaissent sous ce nom.</source>
        <translation>The login does not change: the audit trail and the server know it under this name.</translation>
    </message>
    <message>
        <source>ex. : jdupont</source>
        <translation>e.g.: jdupont</translation>
    </message>
    <message>
        <source>ex. : Jeanne Dupont</source>
        <translation>e.g.: Jeanne Dupont</translation>
    </message>
    <message>
        <source>&amp;Toutes les communes (agent du syndicat)</source>
        <translation>&amp;All communes (syndicate agent)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Profil :</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Communes de travail</source>
        <translation>Working communes</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saisissez le nom de l&apos;agent : il apparaît dans le journal d&apos;audit et sur l&apos;écran d&apos;accueil.</source>
        <translation>Type the agent&apos;s name: it appears in the audit trail and on the home screen.</translation>
    </message>
    <message>
        <source>Cochez au moins une commune, ou « Toutes les communes » pour un agent du syndicat.</source>
        <translation>Check at least one commune, or “All communes” for a syndicate agent.</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Compte modifié entre-temps</source>
        <translation>Account changed meanwhile</translation>
    </message>
    <message>
        <source>Recharger le compte tel qu&apos;il est maintenant ? Vos modifications seront à refaire.</source>
        <translation>Reload the account as it is now? Your changes will have to be redone.</translation>
    </message>
    <message>
        <source>&amp;Recharger</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Garder ma saisie</source>
        <translation>Keep my entry</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::UsersDialog</name>
    <message>
        <source>&amp;Nouveau…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Désactiver</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Réinitialiser le mot de passe…</source>
        <translation>&amp;Reset the password…</translation>
    </message>
    <message>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Filtrer par identifiant, nom, profil ou commune…</source>
        <translation>Filter by login, name, profile or commune…</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Bloqué jusqu&apos;à</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Liste des comptes indisponible</source>
        <translation>List of accounts unavailable</translation>
    </message>
    <message>
        <source>Toutes (agent du syndicat)</source>
        <translation>All (syndicate agent)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n compte(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Ré&amp;activer</source>
        <translation>Re&amp;enable</translation>
    </message>
    <message>
        <source>Liste des communes indisponible</source>
        <translation>List of communes unavailable</translation>
    </message>
    <message>
        <source>Compte introuvable</source>
        <translation>Account not found</translation>
    </message>
    <message>
        <source>Désactivation impossible</source>
        <translation>Cannot disable</translation>
    </message>
    <message>
        <source>Réactivation impossible</source>
        <translation>Cannot enable again</translation>
    </message>
</context>
<context>
    <name>OpenMairie::CoreUi::VoieEditor</name>
    <message>
        <source>Rechercher une voie (« republique » trouve « rue de la République »)</source>
        <translation>Search for a street (“republique” finds “rue de la République”)</translation>
    </message>
    <message>
        <source>Afficher les voies retirées</source>
        <translation>Show the withdrawn streets</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Voie</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>de la République</source>
        <translation>de la République</translation>
    </message>
    <message>
        <source>Libellé :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Complément :</source>
        <translation>Complement:</translation>
    </message>
    <message>
        <source>En vigueur depuis le :</source>
        <translation>In force since:</translation>
    </message>
    <message>
        <source>État :</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Nouvelle voie</source>
        <translation>New street</translation>
    </message>
    <message>
        <source>La voie n&apos;est plus proposée à partir de cette date ; les adresses qui l&apos;utilisent la gardent.</source>
        <translation>The street is no longer offered from this date; the addresses that use it keep it.</translation>
    </message>
    <message>
        <source>Plages de numéros (découpage)</source>
        <translation>Number ranges (division)</translation>
    </message>
    <message>
        <source>Du n°</source>
        <translation>From no.</translation>
    </message>
    <message>
        <source>Au n°</source>
        <translation>To no.</translation>
    </message>
    <message>
        <source>Côté</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Ajouter la plage</source>
        <translation>Add the range</translation>
    </message>
    <message>
        <source>Supprimer la plage</source>
        <translation>Delete the range</translation>
    </message>
    <message>
        <source>au n°</source>
        <translation>to no.</translation>
    </message>
    <message>
        <source>Consultation seule : votre profil ne permet pas de modifier les voies.</source>
        <translation>Read only: your profile does not allow changing the streets.</translation>
    </message>
    <message>
        <source>(sans type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <source>%1 (retiré)</source>
        <translation>%1 (withdrawn)</translation>
    </message>
    <message>
        <source>nouvelle voie</source>
        <translation>new street</translation>
    </message>
    <message>
        <source>La voie « %1 » est enregistrée.</source>
        <translation>The street “%1” is saved.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord, dans la liste, la voie à retirer.</source>
        <translation>First choose, in the list, the street to withdraw.</translation>
    </message>
    <message>
        <source>La voie « %1 » n&apos;est plus proposée à partir du %2 ; les adresses qui l&apos;utilisent la gardent.</source>
        <translation>The street “%1” is no longer offered from %2; the addresses that use it keep it.</translation>
    </message>
    <message>
        <source>Enregistrez d&apos;abord la voie, puis ajoutez ses plages de numéros.</source>
        <translation>Save the street first, then add its number ranges.</translation>
    </message>
    <message>
        <source>Plage ajoutée : %1.</source>
        <translation>Range added: %1.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord la plage à supprimer.</source>
        <translation>First choose the range to delete.</translation>
    </message>
    <message>
        <source>Plage supprimée : %1.</source>
        <translation>Range deleted: %1.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::BarcodeRenderer</name>
    <message>
        <source>Rien à coder : la valeur est vide.</source>
        <translation>Nothing to encode: the value is empty.</translation>
    </message>
    <message>
        <source>Mémoire insuffisante pour produire le code-barres.</source>
        <translation>Not enough memory to produce the barcode.</translation>
    </message>
    <message>
        <source>La valeur « %1 » ne peut pas être codée en %2.</source>
        <translation>The value “%1” cannot be encoded as %2.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::CommuneParameters</name>
    <message>
        <source>Nom du maire (« Mme Jeanne Martin »)</source>
        <translation>Mayor&apos;s name (“Mme Jeanne Martin”)</translation>
    </message>
    <message>
        <source>Qualité du signataire par défaut (« Le Maire »)</source>
        <translation>Default signatory&apos;s title (“Le Maire”)</translation>
    </message>
    <message>
        <source>Adresse de la mairie</source>
        <translation>Town hall address</translation>
    </message>
    <message>
        <source>Code postal de la mairie</source>
        <translation>Town hall postcode</translation>
    </message>
    <message>
        <source>Téléphone de la mairie</source>
        <translation>Town hall telephone</translation>
    </message>
    <message>
        <source>Adresse électronique de la mairie</source>
        <translation>Town hall e-mail address</translation>
    </message>
    <message>
        <source>Site internet de la commune</source>
        <translation>Commune website</translation>
    </message>
    <message>
        <source>Tribunal administratif compétent (recours)</source>
        <translation>Competent administrative court (appeals)</translation>
    </message>
    <message>
        <source>Fichier du logo (PNG ou JPEG), imprimé en tête des documents</source>
        <translation>Logo file (PNG or JPEG), printed at the top of documents</translation>
    </message>
    <message>
        <source>Nom de la commune</source>
        <translation>Commune name</translation>
    </message>
    <message>
        <source>« Commune d&apos;Arles » (avec l&apos;élision)</source>
        <translation>“Commune d&apos;Arles” (with the elision)</translation>
    </message>
    <message>
        <source>« d&apos;Arles », « du Havre », « de Marseille » : après « Le Maire »</source>
        <translation>“d&apos;Arles”, “du Havre”, “de Marseille”: after “Le Maire”</translation>
    </message>
    <message>
        <source>Code INSEE de la commune</source>
        <translation>INSEE code of the commune</translation>
    </message>
    <message>
        <source>Numéro du département</source>
        <translation>Department number</translation>
    </message>
    <message>
        <source>Date du jour (12/03/2026)</source>
        <translation>Today&apos;s date (12/03/2026)</translation>
    </message>
    <message>
        <source>Date du jour en lettres (12 mars 2026)</source>
        <translation>Today&apos;s date in words (12 mars 2026)</translation>
    </message>
    <message>
        <source>du %1</source>
        <translation>du %1</translation>
    </message>
    <message>
        <source>des %1</source>
        <translation>des %1</translation>
    </message>
    <message>
        <source>d&apos;%1</source>
        <translation>d&apos;%1</translation>
    </message>
    <message>
        <source>de %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune %1</source>
        <translation>Commune %1</translation>
    </message>
    <message>
        <source>La commune n° %1 n&apos;existe pas dans cette base.</source>
        <translation>The commune no. %1 does not exist in this database.</translation>
    </message>
    <message>
        <source>Nom de paramètre refusé « %1 » : lettres sans accent, chiffres et « _ », 64 caractères au plus.</source>
        <translation>Parameter name refused “%1”: letters without accents, digits and “_”, at most 64 characters.</translation>
    </message>
    <message>
        <source>Le paramètre « %1 » est calculé à partir de la commune : il ne se saisit pas.</source>
        <translation>The parameter “%1” is computed from the commune: it is not typed in.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::DocumentJob</name>
    <message>
        <source>L&apos;édition n&apos;a pas encore été lancée.</source>
        <translation>The printing has not started yet.</translation>
    </message>
    <message>
        <source>Rien à imprimer.</source>
        <translation>Nothing to print.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::DocumentProducer</name>
    <message>
        <source>Édition annulée : aucun fichier n&apos;a été écrit.</source>
        <translation>Printing cancelled: no file was written.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::DocumentServices</name>
    <message>
        <source>Modifier les modèles de documents de la commune</source>
        <translation>Edit the commune&apos;s document templates</translation>
    </message>
    <message>
        <source>Modifier les paramètres de la commune imprimés dans les documents (maire, adresse, logo)</source>
        <translation>Edit the commune parameters printed in documents (mayor, address, logo)</translation>
    </message>
    <message>
        <source>Consulter le journal des impressions</source>
        <translation>View the print log</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une commune.</source>
        <translation>Choose a commune first.</translation>
    </message>
    <message>
        <source>Aucun document à imprimer : la sélection est vide.</source>
        <translation>No document to print: the selection is empty.</translation>
    </message>
    <message>
        <source>Le modèle « %1 » (%2) ne correspond plus à sa source de données : %3 Corrigez-le dans l&apos;éditeur de modèles.</source>
        <translation>The template “%1” (%2) no longer matches its data source: %3 Fix it in the template editor.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::DocumentSourceRegistry</name>
    <message>
        <source>Source de données vide.</source>
        <translation>Empty data source.</translation>
    </message>
    <message>
        <source>Une source de données de documents doit avoir un nom.</source>
        <translation>A document data source must have a name.</translation>
    </message>
    <message>
        <source>La source de données « %1 » est déjà déclarée par un autre module.</source>
        <translation>The data source “%1” is already declared by another module.</translation>
    </message>
    <message>
        <source>La source de données « %1 » n&apos;est pas disponible : le module qui la fournit n&apos;est pas installé ou a été refusé au démarrage (voir « Modules »).</source>
        <translation>The data source “%1” is not available: the module that provides it is not installed or was refused at start-up (see “Modules”).</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::DocumentTemplate</name>
    <message>
        <source>Numéro de révision de modèle illisible : « %1 ».</source>
        <translation>Unreadable template revision number: “%1”.</translation>
    </message>
    <message>
        <source>Le modèle ne dit pas à quel document il sert (balise « openmairie-modele » module/code manquante).</source>
        <translation>The template does not say which document it serves (tag “openmairie-modele” module/code missing).</translation>
    </message>
    <message>
        <source>Le modèle « %1 » ne dit pas quelle source de données il utilise (balise « openmairie-source » manquante).</source>
        <translation>The template “%1” does not say which data source it uses (tag “openmairie-source” missing).</translation>
    </message>
    <message>
        <source>Aucun modèle « %1 » n&apos;est livré pour le module « %2 ».</source>
        <translation>No template “%1” is shipped for the module “%2”.</translation>
    </message>
    <message>
        <source>Le modèle livré « %1/%2 » est illisible : %3</source>
        <translation>The shipped template “%1/%2” is unreadable: %3</translation>
    </message>
    <message>
        <source>Le modèle livré « %1/%2 » se déclare comme « %3/%4 ».</source>
        <translation>The shipped template “%1/%2” declares itself as “%3/%4”.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::DocumentTemplateStore</name>
    <message>
        <source>modèle de la commune, révision %1</source>
        <translation>commune&apos;s template, revision %1</translation>
    </message>
    <message>
        <source>modèle mutualisé, révision %1</source>
        <translation>shared template, revision %1</translation>
    </message>
    <message>
        <source>modèle livré, révision %1</source>
        <translation>shipped template, revision %1</translation>
    </message>
    <message>
        <source>La révision de modèle n° %1 n&apos;existe pas.</source>
        <translation>The template revision no. %1 does not exist.</translation>
    </message>
    <message>
        <source>Le modèle ne dit pas à quel document il sert (module et code).</source>
        <translation>The template does not say which document it serves (module and code).</translation>
    </message>
    <message>
        <source>Donnez un titre au modèle avant de l&apos;enregistrer.</source>
        <translation>Give the template a title before saving it.</translation>
    </message>
    <message>
        <source>Le modèle « %1 » a été modifié entre-temps par %2 : vos changements ne sont pas enregistrés. Rouvrez le modèle pour repartir de sa dernière version.</source>
        <translation>The template “%1” was changed meanwhile by %2: your changes are not saved. Open the template again to start from its latest version.</translation>
    </message>
    <message>
        <source>un autre poste</source>
        <translation>another workstation</translation>
    </message>
    <message>
        <source>La commune n&apos;a pas de modèle propre pour ce document : c&apos;est le modèle livré qui s&apos;imprime.</source>
        <translation>The commune has no template of its own for this document: the shipped template is printed.</translation>
    </message>
    <message>
        <source>Le modèle « %1 » a été modifié entre-temps par %2. Rouvrez-le puis recommencez.</source>
        <translation>The template “%1” was changed meanwhile by %2. Open it again, then start again.</translation>
    </message>
    <message>
        <source>Le modèle a été modifié entre-temps : rouvrez-le puis recommencez.</source>
        <translation>The template was changed meanwhile: open it again, then start again.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::LabelCalibrationProducer</name>
    <message>
        <source>Page de calibration des étiquettes</source>
        <translation>Label calibration page</translation>
    </message>
    <message>
        <source>Étiquette %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>Page de calibration — %1</source>
        <translation>Calibration page — %1</translation>
    </message>
    <message>
        <source>Imprimante : %1
Décalage appliqué : horizontal %2 mm, vertical %3 mm

1. Imprimez cette page sur une feuille blanche ordinaire, comme une planche d&apos;étiquettes.
2. Posez-la sur une planche vierge et regardez à contre-jour.
3. Mesurez de combien les cadres imprimés sont décalés par rapport aux étiquettes : vers la droite ou vers le bas, la valeur est positive ; vers la gauche ou vers le haut, négative. Les règles en millimètres le long des bords donnent aussi le décalage : le bord de la feuille doit tomber sur le 0.
4. Ajoutez ces valeurs au décalage de l&apos;imprimante, puis imprimez de nouveau cette page pour vérifier.</source>
        <translation>Printer: %1
Offset applied: horizontal %2 mm, vertical %3 mm

1. Print this page on an ordinary white sheet, as if it were a sheet of labels.
2. Lay it on a blank sheet of labels and look against the light.
3. Measure how far the printed frames are shifted from the labels: to the right or downwards, the value is positive; to the left or upwards, negative. The millimetre rulers along the edges give the offset too: the edge of the sheet must fall on the 0.
4. Add these values to the printer&apos;s offset, then print this page again to check.</translation>
    </message>
    <message>
        <source>fichier PDF</source>
        <translation>PDF file</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::LabelSheetLayout</name>
    <message>
        <source>La planche doit avoir de 1 à 40 rangées et de 1 à 20 colonnes d&apos;étiquettes.</source>
        <translation>The sheet must have 1 to 40 rows and 1 to 20 columns of labels.</translation>
    </message>
    <message>
        <source>Une étiquette doit mesurer au moins 10 mm de large et 5 mm de haut.</source>
        <translation>A label must be at least 10 mm wide and 5 mm high.</translation>
    </message>
    <message>
        <source>Les marges et les espaces entre étiquettes ne peuvent pas être négatifs.</source>
        <translation>Margins and spaces between labels cannot be negative.</translation>
    </message>
    <message>
        <source>Les étiquettes ne tiennent pas en largeur : %1 mm pour une feuille de %2 mm. Vérifiez la largeur, la marge de gauche et l&apos;espace entre colonnes.</source>
        <translation>The labels do not fit in width: %1 mm for a sheet of %2 mm. Check the width, the left margin and the space between columns.</translation>
    </message>
    <message>
        <source>Les étiquettes ne tiennent pas en hauteur : %1 mm pour une feuille de %2 mm. Vérifiez la hauteur, la marge du haut et l&apos;espace entre rangées.</source>
        <translation>The labels do not fit in height: %1 mm for a sheet of %2 mm. Check the height, the top margin and the space between rows.</translation>
    </message>
    <message>
        <source>Étiquettes 99,1 × 38,1 mm (2 × 7, type L7163)</source>
        <translation>Labels 99.1 × 38.1 mm (2 × 7, type L7163)</translation>
    </message>
    <message>
        <source>Étiquettes 63,5 × 38,1 mm (3 × 7, type L7160)</source>
        <translation>Labels 63.5 × 38.1 mm (3 × 7, type L7160)</translation>
    </message>
    <message>
        <source>Étiquettes 99,1 × 67,7 mm (2 × 4, type L7165)</source>
        <translation>Labels 99.1 × 67.7 mm (2 × 4, type L7165)</translation>
    </message>
    <message>
        <source>Planche A4 de 8 cartes 105 × 74,25 mm (cartes pré-imprimées)</source>
        <translation>A4 sheet of 8 cards 105 × 74.25 mm (pre-printed cards)</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::LabelSheetProducer</name>
    <message>
        <source>La première étiquette doit être entre 1 et %1 sur cette planche.</source>
        <translation>The first label must be between 1 and %1 on this sheet.</translation>
    </message>
    <message>
        <source>Aucune étiquette à imprimer : la sélection est vide.</source>
        <translation>No label to print: the selection is empty.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::ListLayout</name>
    <message>
        <source>La liste n&apos;a pas de titre.</source>
        <translation>The list has no title.</translation>
    </message>
    <message>
        <source>La liste « %1 » n&apos;a aucune colonne.</source>
        <translation>The list “%1” has no column.</translation>
    </message>
    <message>
        <source>La colonne « %1 » doit avoir une largeur positive.</source>
        <translation>The column “%1” must have a positive width.</translation>
    </message>
    <message>
        <source>Nom de champ invalide « %1 » dans la colonne « %2 ».</source>
        <translation>Invalid field name “%1” in the column “%2”.</translation>
    </message>
    <message>
        <source>La colonne « %1 » n&apos;est pas numérique : elle ne peut pas être totalisée.</source>
        <translation>The column “%1” is not numeric: it cannot be totalled.</translation>
    </message>
    <message>
        <source>Nom de champ de regroupement invalide « %1 ».</source>
        <translation>Invalid grouping field name “%1”.</translation>
    </message>
    <message>
        <source>Taille de police %1 hors limites (de 5 à 20 points).</source>
        <translation>Font size %1 out of range (5 to 20 points).</translation>
    </message>
    <message>
        <source>Hauteur de ligne %1 mm hors limites (de 3 à 80 mm).</source>
        <translation>Line height %1 mm out of range (3 to 80 mm).</translation>
    </message>
    <message>
        <source>Hauteur de ligne « %1 » inconnue : « fixe » ou « variable ».</source>
        <translation>Unknown line height “%1”: “fixe” or “variable”.</translation>
    </message>
    <message>
        <source>Type inconnu « %1 » pour la colonne « %2 ».</source>
        <translation>Unknown type “%1” for the column “%2”.</translation>
    </message>
    <message>
        <source>Alignement inconnu « %1 » pour la colonne « %2 » : gauche, centre ou droite.</source>
        <translation>Unknown alignment “%1” for the column “%2”: gauche, centre or droite.</translation>
    </message>
    <message>
        <source>Aucune mise en page de liste « %1 » n&apos;est livrée pour le module « %2 ».</source>
        <translation>No list layout “%1” is shipped for the module “%2”.</translation>
    </message>
    <message>
        <source>La mise en page « %1/%2 » est illisible.</source>
        <translation>The layout “%1/%2” is unreadable.</translation>
    </message>
    <message>
        <source>La mise en page « %1/%2 » est incorrecte : %3</source>
        <translation>The layout “%1/%2” is wrong: %3</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::ListReportProducer</name>
    <message>
        <source>La colonne « %1 » de la liste « %2 » attend le champ « %3 », absent de la requête qui fournit les lignes.</source>
        <translation>The column “%1” of the list “%2” expects the field “%3”, missing from the query that provides the lines.</translation>
    </message>
    <message>
        <source>La liste « %1 » est regroupée par « %2 », champ absent de la requête qui fournit les lignes.</source>
        <translation>The list “%1” is grouped by “%2”, a field missing from the query that provides the lines.</translation>
    </message>
    <message>
        <source>Les lignes de la liste « %1 » ne sont pas triées par « %2 » : la valeur « %3 » revient après une autre. Triez la requête par ce champ d&apos;abord.</source>
        <translation>The lines of the list “%1” are not sorted by “%2”: the value “%3” comes back after another one. Sort the query by this field first.</translation>
    </message>
    <message>
        <source>(sans valeur)</source>
        <translation>(no value)</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>RÉPUBLIQUE FRANÇAISE</source>
        <translation>RÉPUBLIQUE FRANÇAISE</translation>
    </message>
    <message>
        <source>Code INSEE %1</source>
        <translation>INSEE code %1</translation>
    </message>
    <message>
        <source>Édité le %1 à %2</source>
        <translation>Printed on %1 at %2</translation>
    </message>
    <message>
        <source>Édité le %1 à %2 par %3</source>
        <translation>Printed on %1 at %2 by %3</translation>
    </message>
    <message>
        <source>Récapitulatif</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>(suite)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Lignes</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>feuille %1 / %2</source>
        <translation>sheet %1 / %2</translation>
    </message>
    <message>
        <source>Aucun enregistrement.</source>
        <translation>No record.</translation>
    </message>
    <message>
        <source>ligne(s)</source>
        <translation>line(s)</translation>
    </message>
    <message>
        <source>Total : %1 %2</source>
        <translation>Total: %1 %2</translation>
    </message>
    <message>
        <source>Total %1 : %2 %3</source>
        <translation>Total %1: %2 %3</translation>
    </message>
    <message>
        <source>Fait le %1</source>
        <translation>Done on %1</translation>
    </message>
    <message>
        <source>Fait à %1, le %2</source>
        <translation>Done at %1, on %2</translation>
    </message>
    <message>
        <source>Les données de la liste ont changé pendant l&apos;édition : relancez l&apos;impression.</source>
        <translation>The list&apos;s data changed during printing: start the printing again.</translation>
    </message>
    <message>
        <source>Total général</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>La mise en page de la liste n&apos;a pas donné le nombre de pages prévu (%1 au lieu de %2).</source>
        <translation>The list layout did not give the expected number of pages (%1 instead of %2).</translation>
    </message>
    <message numerus="yes">
        <source>Le texte de %n ligne(s) dépasse la hauteur de ligne fixe et a été coupé : choisissez des lignes plus hautes ou la hauteur variable.</source>
        <translation>
            <numerusform>The text of %n line exceeds the fixed line height and was cut: choose taller lines or the variable height.</numerusform>
            <numerusform>The text of %n lines exceeds the fixed line height and was cut: choose taller lines or the variable height.</numerusform>
        </translation>
    </message>
    <message>
        <source>La liste « %1 » n&apos;a pas de source de lignes.</source>
        <translation>The list “%1” has no line source.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::OutputFile</name>
    <message>
        <source>Impossible d&apos;écrire le fichier « %1 » : %2</source>
        <translation>Cannot write the file “%1”: %2</translation>
    </message>
    <message>
        <source>Indiquez le fichier à écrire.</source>
        <translation>Give the file to write.</translation>
    </message>
    <message>
        <source>c&apos;est un dossier. Indiquez un nom de fichier, par exemple « document.pdf ».</source>
        <translation>it is a folder. Give a file name, for example “document.pdf”.</translation>
    </message>
    <message>
        <source>le dossier « %1 » n&apos;existe pas. Choisissez un autre emplacement.</source>
        <translation>the folder “%1” does not exist. Choose another location.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un dossier. Choisissez un autre emplacement.</source>
        <translation>“%1” is not a folder. Choose another location.</translation>
    </message>
    <message>
        <source>vous n&apos;avez pas le droit d&apos;écrire dans le dossier « %1 ». Choisissez un autre emplacement, par exemple votre dossier Documents.</source>
        <translation>you have no right to write in the folder “%1”. Choose another location, for example your Documents folder.</translation>
    </message>
    <message>
        <source>le fichier existe déjà et il est protégé en écriture. Choisissez un autre nom.</source>
        <translation>the file already exists and is write-protected. Choose another name.</translation>
    </message>
    <message>
        <source>le système refuse de le créer (disque plein, dossier en lecture seule ou fichier ouvert dans un autre programme). Choisissez un autre emplacement.</source>
        <translation>the system refuses to create it (disk full, read-only folder or file open in another program). Choose another location.</translation>
    </message>
    <message>
        <source>le fichier n&apos;a pas été ouvert.</source>
        <translation>the file was not opened.</translation>
    </message>
    <message>
        <source>l&apos;écriture n&apos;a pas pu être terminée (disque plein ?). Aucun fichier n&apos;a été créé.</source>
        <translation>writing could not be finished (disk full?). No file was created.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::PageDecorator</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::PageSetup</name>
    <message>
        <source>Mise en page « %1 » illisible : écrivez par exemple « A4 portrait 20 15 20 15 » (format, orientation, marges haut droite bas gauche en millimètres).</source>
        <translation>Unreadable layout “%1”: write for example “A4 portrait 20 15 20 15” (format, orientation, margins top right bottom left in millimetres).</translation>
    </message>
    <message>
        <source>Format de papier inconnu « %1 » : A4, A3 ou A5.</source>
        <translation>Unknown paper format “%1”: A4, A3 or A5.</translation>
    </message>
    <message>
        <source>Orientation inconnue « %1 » : portrait ou paysage.</source>
        <translation>Unknown orientation “%1”: portrait or paysage.</translation>
    </message>
    <message>
        <source>Les marges s&apos;écrivent [haut, droite, bas, gauche] en millimètres.</source>
        <translation>Margins are written [top, right, bottom, left] in millimetres.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::PageSink</name>
    <message>
        <source>Le document est déjà terminé.</source>
        <translation>The document is already finished.</translation>
    </message>
    <message>
        <source>Impossible de commencer à dessiner le document (imprimante ou fichier indisponible).</source>
        <translation>Cannot start drawing the document (printer or file unavailable).</translation>
    </message>
    <message>
        <source>Impossible de commencer une nouvelle page.</source>
        <translation>Cannot start a new page.</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être terminé.</source>
        <translation>The document could not be finished.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::PositionedFieldsLabelContent</name>
    <message>
        <source>Champ inconnu « [%1] » dans la zone placée à %2 mm, %3 mm : choisissez un champ de la source « %4 ».</source>
        <translation>Unknown field “[%1]” in the area placed at %2 mm, %3 mm: choose a field of the source “%4”.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::PrintJournal</name>
    <message>
        <source>Aucune commune choisie : l&apos;impression ne peut pas être journalisée.</source>
        <translation>No commune chosen: the printing cannot be logged.</translation>
    </message>
    <message>
        <source>Impression de données personnelles : %1</source>
        <translation>Printing of personal data: %1</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::PrinterOffsetStore</name>
    <message>
        <source>Décalage refusé : il doit être compris entre -%1 et +%1 mm. Mesurez de nouveau sur la page de calibration.</source>
        <translation>Offset refused: it must be between -%1 and +%1 mm. Measure again on the calibration page.</translation>
    </message>
    <message>
        <source>Le décalage n&apos;a pas pu être enregistré dans les réglages du poste.</source>
        <translation>The offset could not be saved in the workstation&apos;s settings.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::SqlListRowSource</name>
    <message>
        <source>Nom de colonne de regroupement invalide « %1 ».</source>
        <translation>Invalid grouping column name “%1”.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::TemplateBatchProducer</name>
    <message>
        <source>Aucun document à imprimer : la sélection est vide.</source>
        <translation>No document to print: the selection is empty.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::TemplateCompiler</name>
    <message>
        <source>le bloc %1 n&apos;est jamais fermé. Ajoutez « [/bloc] » à la fin de la partie à répéter (dans le même paragraphe, un paragraphe suivant ou la même ligne de tableau).</source>
        <translation>the block %1 is never closed. Add “[/bloc]” at the end of the part to repeat (in the same paragraph, a following paragraph or the same table row).</translation>
    </message>
    <message>
        <source>« [/bloc] » ne ferme aucun bloc ouvert avant lui.</source>
        <translation>“[/bloc]” closes no block opened before it.</translation>
    </message>
    <message>
        <source>le pied de page n&apos;accepte que du texte, des champs et des paramètres.</source>
        <translation>the footer only accepts text, fields and parameters.</translation>
    </message>
    <message>
        <source>crochet « [ » jamais fermé. Fermez le champ par « ] », ou écrivez « [[ » pour imprimer un crochet.</source>
        <translation>bracket “[” never closed. Close the field with “]”, or write “[[” to print a bracket.</translation>
    </message>
    <message>
        <source>indiquez quel bloc répéter : « [bloc:nom_du_bloc] ».</source>
        <translation>say which block to repeat: “[bloc:block_name]”.</translation>
    </message>
    <message>
        <source>indiquez la colonne à additionner : « [%1:%2.champ] ».</source>
        <translation>give the column to add up: “[%1:%2.field]”.</translation>
    </message>
    <message>
        <source>« [nombre:...] » compte les lignes d&apos;un bloc : écrivez « [nombre:%1] ».</source>
        <translation>“[nombre:...]” counts the lines of a block: write “[nombre:%1]”.</translation>
    </message>
    <message>
        <source>taille de code %1 mm hors limites (de 4 à 120 mm).</source>
        <translation>code size %1 mm out of range (4 to 120 mm).</translation>
    </message>
    <message>
        <source>hauteur de logo %1 mm hors limites (de 5 à 150 mm).</source>
        <translation>logo height %1 mm out of range (5 to 150 mm).</translation>
    </message>
    <message>
        <source>présentation inconnue « |%1 » : seule « |long » existe (date en toutes lettres).</source>
        <translation>unknown presentation “|%1”: only “|long” exists (date in words).</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas un champ : un champ s&apos;écrit « [nom] » avec des lettres, des chiffres ou « _ » (écrivez « [[ » pour imprimer un crochet).</source>
        <translation>%1 is not a field: a field is written “[name]” with letters, digits or “_” (write “[[” to print a bracket).</translation>
    </message>
    <message>
        <source>« [/bloc:%1] » ferme le bloc %2 : les noms doivent être identiques.</source>
        <translation>“[/bloc:%1]” closes the block %2: the names must be identical.</translation>
    </message>
    <message>
        <source>le bloc %1 s&apos;ouvre avant la fin du bloc %2 : un bloc ne peut pas en contenir un autre. Fermez d&apos;abord le premier par « [/bloc] ».</source>
        <translation>the block %1 opens before the end of the block %2: a block cannot hold another one. Close the first one with “[/bloc]” first.</translation>
    </message>
    <message>
        <source>le bloc %1 n&apos;est pas fermé dans la même ligne du tableau. Placez « [/bloc] » dans la dernière cellule de la ligne à répéter.</source>
        <translation>the block %1 is not closed in the same table row. Put “[/bloc]” in the last cell of the row to repeat.</translation>
    </message>
    <message>
        <source>« [/bloc] » ne ferme aucun bloc ouvert dans cette ligne du tableau.</source>
        <translation>“[/bloc]” closes no block opened in this table row.</translation>
    </message>
    <message>
        <source>le bloc %1 est à l&apos;intérieur du bloc %2 : un bloc ne peut pas en contenir un autre.</source>
        <translation>the block %1 is inside the block %2: a block cannot hold another one.</translation>
    </message>
    <message>
        <source>bloc inconnu %1 : la source « %2 » ne propose aucun bloc à répéter.</source>
        <translation>unknown block %1: the source “%2” offers no block to repeat.</translation>
    </message>
    <message>
        <source>bloc inconnu %1. Blocs de la source « %2 » : %3.</source>
        <translation>unknown block %1. Blocks of the source “%2”: %3.</translation>
    </message>
    <message>
        <source>champ inconnu %1 : la source « %2 » n&apos;a pas de bloc %3.</source>
        <translation>unknown field %1: the source “%2” has no block %3.</translation>
    </message>
    <message>
        <source>le champ %1 est une colonne du bloc %2 : placez-le entre « [bloc:%2] » et « [/bloc] ».</source>
        <translation>the field %1 is a column of the block %2: put it between “[bloc:%2]” and “[/bloc]”.</translation>
    </message>
    <message>
        <source>champ inconnu %1 : le bloc %2 n&apos;a pas cette colonne.</source>
        <translation>unknown field %1: the block %2 has no such column.</translation>
    </message>
    <message>
        <source>champ inconnu %1. Choisissez un champ de la source « %2 » dans la liste des champs disponibles.</source>
        <translation>unknown field %1. Choose a field of the source “%2” in the list of available fields.</translation>
    </message>
    <message>
        <source>paramètre inconnu « &amp;%1 ». Paramètres disponibles : %2. Écrivez « &amp;&amp; » pour imprimer le signe « &amp; ».</source>
        <translation>unknown parameter “&amp;%1”. Available parameters: %2. Write “&amp;&amp;” to print the sign “&amp;”.</translation>
    </message>
    <message>
        <source>colonne inconnue %1 dans le bloc %2.</source>
        <translation>unknown column %1 in the block %2.</translation>
    </message>
    <message>
        <source>la colonne %1 du bloc %2 n&apos;est pas un nombre : elle ne peut pas être additionnée.</source>
        <translation>the column %1 of the block %2 is not a number: it cannot be added up.</translation>
    </message>
    <message>
        <source>« [/%1] » ne ferme aucun « [%1] » ouvert dans ce paragraphe.</source>
        <translation>“[/%1]” closes no “[%1]” opened in this paragraph.</translation>
    </message>
    <message>
        <source>« [%1] » n&apos;est pas fermé : ajoutez « [/%1] » dans le même paragraphe.</source>
        <translation>“[%1]” is not closed: add “[/%1]” in the same paragraph.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::TemplateIssue</name>
    <message>
        <source>Pied de page, colonne %1 : %2</source>
        <translation>Footer, column %1: %2</translation>
    </message>
    <message>
        <source>Ligne %1, colonne %2 : %3</source>
        <translation>Line %1, column %2: %3</translation>
    </message>
    <message>
        <source>Le modèle « %1 » n&apos;est pas enregistré. %2</source>
        <translation>The template “%1” is not saved. %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n autre(s) erreur(s) après celle-ci.)</source>
        <translation>
            <numerusform>(%n other error after this one.)</numerusform>
            <numerusform>(%n other errors after this one.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenMairie::Documents::TemplateRenderer</name>
    <message>
        <source>Le paramètre « &amp;%1 » n&apos;est pas renseigné pour la commune : il est imprimé vide. Renseignez-le dans les paramètres de la commune.</source>
        <translation>The parameter “&amp;%1” is not filled in for the commune: it is printed empty. Fill it in the commune parameters.</translation>
    </message>
    <message>
        <source>Le champ « %1 » est vide : son %2 n&apos;est pas imprimé.</source>
        <translation>The field “%1” is empty: its %2 is not printed.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>code-barres</source>
        <translation>barcode</translation>
    </message>
    <message>
        <source>Le %1 du champ « %2 » n&apos;est pas imprimé : %3</source>
        <translation>The %1 of the field “%2” is not printed: %3</translation>
    </message>
    <message>
        <source>Le modèle affiche le logo de la commune, mais aucun logo n&apos;est paramétré (paramètre « logo ») : le document est imprimé sans logo.</source>
        <translation>The template shows the commune&apos;s logo, but no logo is set (parameter “logo”): the document is printed without a logo.</translation>
    </message>
    <message>
        <source>Le logo « %1 » est introuvable ou illisible : le document est imprimé sans logo. Vérifiez le paramètre « logo » de la commune.</source>
        <translation>The logo “%1” cannot be found or read: the document is printed without a logo. Check the commune&apos;s “logo” parameter.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Elec</name>
    <message>
        <source>Importe un extrait de la liste électorale du REU (CSV), synchronisé par INE</source>
        <translation>Imports an extract of the electoral roll from the REU (CSV), synchronised by INE</translation>
    </message>
    <message>
        <source>Vérifie et compte sans rien enregistrer.</source>
        <translation>Checks and counts without saving anything.</translation>
    </message>
    <message>
        <source>Cherche des électeurs (nom, prénom, date de naissance, INE)</source>
        <translation>Searches for electors (surname, first name, date of birth, INE)</translation>
    </message>
    <message>
        <source>Liste LP (par défaut), LCE ou LCM.</source>
        <translation>Roll LP (default), LCE or LCM.</translation>
    </message>
    <message>
        <source>Liste les inscrits qui pourraient être la même personne</source>
        <translation>Lists registered electors who might be the same person</translation>
    </message>
    <message>
        <source>Renumérote chaque bureau par ordre alphabétique (refonte de la liste)</source>
        <translation>Renumbers each polling station in alphabetical order (renumbering of the roll)</translation>
    </message>
    <message>
        <source>Indiquez le fichier de l&apos;extrait : openmairie-cli elec import FICHIER.csv</source>
        <translation>Specify the extract file: openmairie-cli elec import FILE.csv</translation>
    </message>
    <message>
        <source>Indiquez ce que vous cherchez : openmairie-cli elec search DUPONT</source>
        <translation>Specify what you are looking for: openmairie-cli elec search DUPONT</translation>
    </message>
    <message>
        <source>Aucun électeur ne correspond sur la %1.</source>
        <translation>No elector matches in the %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n groupe(s) de doublons possibles.</source>
        <translation>
            <numerusform>%n possible duplicate group.</numerusform>
            <numerusform>%n possible duplicate groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refonte faite : %n électeur(s) ont changé de numéro d&apos;ordre.</source>
        <translation>
            <numerusform>Renumbering done: %n elector has a new roll number.</numerusform>
            <numerusform>Renumbering done: %n electors have a new roll number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mouvements à traiter</source>
        <translation>Changes to process</translation>
    </message>
    <message>
        <source>Demandes d&apos;inscription, de modification et de radiation en cours, avec leur prochaine échéance légale (décision 5 jours, notification 2 jours, procédure contradictoire 15 jours).</source>
        <translation>Registration, update and removal requests in progress, with their next legal deadline (decision 5 days, notification 2 days, right-of-reply procedure 15 days).</translation>
    </message>
    <message>
        <source>Échéances électorales dépassées</source>
        <translation>Overdue electoral deadlines</translation>
    </message>
    <message>
        <source>Mouvements dont le délai légal de décision, de notification ou de transmission est dépassé.</source>
        <translation>Changes whose legal deadline for decision, notification or sending has passed.</translation>
    </message>
    <message>
        <source>Électeurs inscrits</source>
        <translation>Registered electors</translation>
    </message>
    <message>
        <source>Inscrits sur la liste principale et sur les listes complémentaires.</source>
        <translation>Registered on the main roll and on the supplementary rolls.</translation>
    </message>
    <message>
        <source>Inscrits par bureau</source>
        <translation>Registered by polling station</translation>
    </message>
    <message>
        <source>Inscrits de la liste principale dans chaque bureau de vote (un bureau dépasse rarement 1 000 électeurs).</source>
        <translation>Electors registered on the main roll in each polling station (a polling station rarely exceeds 1,000 electors).</translation>
    </message>
    <message>
        <source>Aucun mouvement en cours.</source>
        <translation>No changes in progress.</translation>
    </message>
    <message>
        <source>%1 avant le %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (dépassé)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Tous les délais légaux sont tenus.</source>
        <translation>All legal deadlines are met.</translation>
    </message>
    <message>
        <source>mouvement a dépassé son délai légal.</source>
        <translation>change is past its legal deadline.</translation>
    </message>
    <message>
        <source>mouvements ont dépassé leur délai légal.</source>
        <translation>changes are past their legal deadline.</translation>
    </message>
    <message>
        <source>%1 inscrits</source>
        <translation>%1 registered</translation>
    </message>
    <message>
        <source>Bureau %1 : %2 inscrits</source>
        <translation>Polling station %1: %2 registered</translation>
    </message>
    <message>
        <source>Aucun bureau de vote n&apos;est encore créé.</source>
        <translation>No polling station has been created yet.</translation>
    </message>
    <message>
        <source>Élections</source>
        <translation>Elections</translation>
    </message>
    <message>
        <source>Liste électorale</source>
        <translation>Electoral roll</translation>
    </message>
    <message>
        <source>Mouvements en cours</source>
        <translation>Changes in progress</translation>
    </message>
    <message>
        <source>Bureaux et découpage</source>
        <translation>Polling stations and street allocation</translation>
    </message>
    <message>
        <source>Électeurs</source>
        <translation>Electors</translation>
    </message>
    <message>
        <source>Recherche annulée.</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <source>né(e) le %1 — %2, bureau %3 n° %4%5</source>
        <translation>born %1 — %2, polling station %3 no. %4%5</translation>
    </message>
    <message>
        <source> (radié)</source>
        <translation> (removed)</translation>
    </message>
    <message>
        <source>Aucune commune n&apos;est choisie : choisissez la commune dont vous tenez les listes électorales.</source>
        <translation>No commune is selected: choose the commune whose electoral rolls you keep.</translation>
    </message>
    <message>
        <source>Cet électeur n&apos;existe pas dans les listes de %1.</source>
        <translation>This elector does not exist in the rolls of %1.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une liste électorale : indiquez LP, LCE ou LCM.</source>
        <translation>“%1” is not an electoral roll: enter LP, LCE or LCM.</translation>
    </message>
    <message>
        <source>Ce mouvement n&apos;existe pas dans les listes de %1.</source>
        <translation>This change does not exist in the rolls of %1.</translation>
    </message>
    <message>
        <source>Demande reçue après la date limite d&apos;inscription du %1 pour le scrutin « %2 » du %3 : l&apos;électeur ne pourra pas y voter (sauf cas L30), l&apos;inscription vaudra pour les scrutins suivants.</source>
        <translation>Request received after the registration deadline of %1 for the election “%2” of %3: the elector will not be able to vote in it (except in L30 cases); the registration will apply to subsequent elections.</translation>
    </message>
    <message>
        <source>Inscription L30 refusée : pour le scrutin « %1 » du %2, les inscriptions L30 étaient reçues jusqu&apos;au %3 (10e jour avant le scrutin). Enregistrez une inscription ordinaire : elle vaudra pour les scrutins suivants.</source>
        <translation>L30 registration refused: for the election “%1” of %2, L30 registrations were accepted until %3 (10th day before the election). Record an ordinary registration: it will apply to subsequent elections.</translation>
    </message>
    <message>
        <source>Inscription L30 refusée : elle n&apos;est possible qu&apos;entre la date limite d&apos;inscription (6e vendredi avant un scrutin) et le 10e jour avant ce scrutin, et aucun scrutin enregistré n&apos;est dans cette période au %1. Choisissez un motif d&apos;inscription ordinaire.</source>
        <translation>L30 registration refused: it is only possible between the registration deadline (6th Friday before an election) and the 10th day before that election, and no recorded election falls within this period as of %1. Choose an ordinary registration reason.</translation>
    </message>
    <message>
        <source>Le mouvement de %1</source>
        <translation>The change for %1</translation>
    </message>
    <message>
        <source>%1 a déjà un mouvement en cours : terminez-le (décision, transmission, application) avant d&apos;en saisir un autre.</source>
        <translation>%1 already has a change in progress: complete it (decision, sending, application) before entering another.</translation>
    </message>
    <message>
        <source>Demande reçue (%1)</source>
        <translation>Request received (%1)</translation>
    </message>
    <message>
        <source>d&apos;inscription</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>de modification</source>
        <translation>update</translation>
    </message>
    <message>
        <source>de radiation</source>
        <translation>removal</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un motif %2 : choisissez-en un dans la liste des types de mouvement.</source>
        <translation>“%1” is not a %2 reason: choose one from the list of change types.</translation>
    </message>
    <message>
        <source>Indiquez la date de la demande (date de réception en mairie).</source>
        <translation>Enter the request date (date received at the town hall).</translation>
    </message>
    <message>
        <source>La date de la demande %1 est dans le futur : indiquez le jour où elle a été reçue.</source>
        <translation>The request date %1 is in the future: enter the day it was received.</translation>
    </message>
    <message>
        <source>Indiquez la commune de provenance : elle est obligatoire pour le motif « %1 ».</source>
        <translation>Enter the previous commune: it is required for reason “%1”.</translation>
    </message>
    <message>
        <source>La voie choisie n&apos;existe pas dans le registre des voies de %1 : choisissez-la dans la liste proposée.</source>
        <translation>The selected street does not exist in the street register of %1: choose it from the list offered.</translation>
    </message>
    <message>
        <source>Aucun bureau ne couvre cette adresse dans le découpage : complétez le découpage de la voie, ou forcez le bureau de l&apos;électeur.</source>
        <translation>No polling station covers this address in the street allocation: complete the street allocation for the street, or override the elector&apos;s polling station.</translation>
    </message>
    <message>
        <source>Choisissez le bureau forcé de l&apos;électeur.</source>
        <translation>Choose the polling station to assign the elector to.</translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;est pas enregistrée :</source>
        <translation>The registration has not been saved:</translation>
    </message>
    <message>
        <source>%1, né(e) le %2, %3 bureau %4</source>
        <translation>%1, born %2, %3 polling station %4</translation>
    </message>
    <message>
        <source>Inscription suspendue : un électeur inscrit porte le même nom de naissance, la même date de naissance et un prénom proche. Vérifiez qu&apos;il ne s&apos;agit pas de la même personne, puis confirmez l&apos;inscription si c&apos;en est une autre.</source>
        <translation>Registration on hold: a registered elector has the same birth name, the same date of birth and a similar first name. Check that this is not the same person, then confirm the registration if it is someone else.</translation>
    </message>
    <message>
        <source>La fiche de %1</source>
        <translation>%1&apos;s record</translation>
    </message>
    <message>
        <source>%1 est radié(e) depuis le %2 : une modification n&apos;est plus possible, saisissez une nouvelle inscription.</source>
        <translation>%1 has been removed since %2: an update is no longer possible; enter a new registration.</translation>
    </message>
    <message>
        <source>La modification n&apos;est pas enregistrée :</source>
        <translation>The update has not been saved:</translation>
    </message>
    <message>
        <source>%1 est déjà radié(e) depuis le %2.</source>
        <translation>%1 has already been removed since %2.</translation>
    </message>
    <message>
        <source>La radiation volontaire ne concerne que les listes complémentaires (citoyens de l&apos;Union européenne) ; %1 est sur la liste principale.</source>
        <translation>Voluntary removal only applies to the supplementary rolls (European Union citizens); %1 is on the main roll.</translation>
    </message>
    <message>
        <source>Indiquez la date.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>La date %1 est dans le futur : indiquez le jour où c&apos;est fait.</source>
        <translation>The date %1 is in the future: enter the day it was done.</translation>
    </message>
    <message>
        <source>La date %1 précède la demande du %2 : vérifiez-la.</source>
        <translation>The date %1 is earlier than the request date %2: check it.</translation>
    </message>
    <message>
        <source>Le motif « %1 » ne suit pas la procédure contradictoire : il n&apos;y a pas d&apos;avis à envoyer.</source>
        <translation>Reason “%1” does not follow the right-of-reply procedure: there is no notice to send.</translation>
    </message>
    <message>
        <source>Ce mouvement est %1 : l&apos;avis contradictoire se donne pendant l&apos;instruction.</source>
        <translation>This change is %1: the right-of-reply notice is given during review.</translation>
    </message>
    <message>
        <source>Avis de radiation envoyé à l&apos;électeur (15 jours pour répondre)</source>
        <translation>Removal notice sent to the elector (15 days to reply)</translation>
    </message>
    <message>
        <source>Ce mouvement est déjà %1 : la décision a été prise.</source>
        <translation>This change is already %1: the decision has been made.</translation>
    </message>
    <message>
        <source>Indiquez le motif du refus : il figure sur la notification à l&apos;électeur.</source>
        <translation>Enter the reason for refusal: it appears on the notification to the elector.</translation>
    </message>
    <message>
        <source>Radiation non décidée : l&apos;électeur doit d&apos;abord être avisé de la radiation envisagée et de ses motifs (procédure contradictoire, 15 jours pour répondre).</source>
        <translation>Removal not decided: the elector must first be notified of the proposed removal and its grounds (right-of-reply procedure, 15 days to reply).</translation>
    </message>
    <message>
        <source>Radiation non décidée : l&apos;électeur, avisé le %1, peut répondre jusqu&apos;au %2 inclus. Décidez à partir du %3.</source>
        <translation>Removal not decided: the elector, notified on %1, may reply until %2 inclusive. Decide from %3 onwards.</translation>
    </message>
    <message>
        <source>Demande acceptée</source>
        <translation>Request accepted</translation>
    </message>
    <message>
        <source>Demande refusée</source>
        <translation>Request refused</translation>
    </message>
    <message>
        <source>Ce mouvement n&apos;est pas encore décidé : la notification suit la décision.</source>
        <translation>This change has not been decided yet: notification follows the decision.</translation>
    </message>
    <message>
        <source>La décision a déjà été notifiée le %1.</source>
        <translation>The decision was already notified on %1.</translation>
    </message>
    <message>
        <source>La notification du %1 précède la décision du %2 : vérifiez la date.</source>
        <translation>The notification date %1 is earlier than the decision date %2: check the date.</translation>
    </message>
    <message>
        <source>Décision notifiée à l&apos;électeur</source>
        <translation>Decision notified to the elector</translation>
    </message>
    <message>
        <source>Seul un mouvement accepté se transmet au REU ; celui-ci est %1.</source>
        <translation>Only an accepted change is sent to the REU; this one is %1.</translation>
    </message>
    <message>
        <source>La transmission du %1 précède la décision du %2 : vérifiez la date.</source>
        <translation>The sending date %1 is earlier than the decision date %2: check the date.</translation>
    </message>
    <message>
        <source>Décision transmise au REU</source>
        <translation>Decision sent to the REU</translation>
    </message>
    <message>
        <source>Ce mouvement est %1 : il s&apos;applique à la liste une fois accepté et transmis au REU.</source>
        <translation>This change is %1: it applies to the roll once accepted and sent to the REU.</translation>
    </message>
    <message>
        <source>L&apos;INE %1 est déjà celui d&apos;un électeur de la %2 : vérifiez la demande.</source>
        <translation>INE %1 already belongs to an elector on the %2: check the request.</translation>
    </message>
    <message>
        <source>L&apos;électeur de ce mouvement n&apos;existe plus.</source>
        <translation>The elector for this change no longer exists.</translation>
    </message>
    <message>
        <source>La fiche de l&apos;électeur a changé pendant l&apos;application : réessayez.</source>
        <translation>The elector&apos;s record changed while the change was being applied: try again.</translation>
    </message>
    <message>
        <source>Appliqué à la liste</source>
        <translation>Applied to the roll</translation>
    </message>
    <message>
        <source>Code de bureau « %1 » refusé : 4 chiffres (0001, 0002...), comme le demande le ministère.</source>
        <translation>Polling station code “%1” refused: 4 digits (0001, 0002...), as required by the ministry.</translation>
    </message>
    <message>
        <source>Indiquez le libellé du bureau (par exemple « Hôtel de ville »).</source>
        <translation>Enter the name of the polling station (for example “Town Hall”).</translation>
    </message>
    <message>
        <source>Le bureau %1 existe déjà : choisissez un autre code.</source>
        <translation>Polling station %1 already exists: choose another code.</translation>
    </message>
    <message>
        <source>Choisissez la voie de la plage.</source>
        <translation>Choose the street for the range.</translation>
    </message>
    <message>
        <source>Choisissez le bureau de la plage.</source>
        <translation>Choose the polling station for the range.</translation>
    </message>
    <message>
        <source>Plage du %1 au %2 refusée : le premier numéro doit être positif et ne pas dépasser le dernier.</source>
        <translation>Range from %1 to %2 refused: the first number must be positive and must not exceed the last.</translation>
    </message>
    <message>
        <source>Côté « %1 » inconnu : pair, impair ou tous.</source>
        <translation>Unknown side “%1”: even, odd or all.</translation>
    </message>
    <message>
        <source>Cette plage chevauche celle du %1 au %2 (%3) de la même voie, au bureau %4 : modifiez l&apos;une des deux pour qu&apos;un numéro ne relève que d&apos;un bureau.</source>
        <translation>This range overlaps the one from %1 to %2 (%3) on the same street, in polling station %4: change one of the two so that each number belongs to only one polling station.</translation>
    </message>
    <message>
        <source>La plage du découpage</source>
        <translation>The street allocation range</translation>
    </message>
    <message>
        <source>Cette plage n&apos;existe plus dans le découpage.</source>
        <translation>This range no longer exists in the street allocation.</translation>
    </message>
    <message>
        <source>Cette plage a été modifiée ou supprimée par quelqu&apos;un d&apos;autre : rechargez le découpage.</source>
        <translation>This range has been changed or deleted by someone else: reload the street allocation.</translation>
    </message>
    <message>
        <source>Redécoupage : bureau %1 → %2</source>
        <translation>Reallocation: polling station %1 → %2</translation>
    </message>
    <message>
        <source>Indiquez le libellé et la date du premier tour du scrutin.</source>
        <translation>Enter the name and the date of the first round of the election.</translation>
    </message>
    <message>
        <source>liste principale</source>
        <translation>main roll</translation>
    </message>
    <message>
        <source>liste complémentaire européenne</source>
        <translation>European supplementary roll</translation>
    </message>
    <message>
        <source>liste complémentaire municipale</source>
        <translation>municipal supplementary roll</translation>
    </message>
    <message>
        <source> épouse </source>
        <translation> married name </translation>
    </message>
    <message>
        <source> époux </source>
        <translation> married name </translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une liste électorale : indiquez LP (principale), LCE (complémentaire européenne) ou LCM (complémentaire municipale).</source>
        <translation>“%1” is not an electoral roll: enter LP (main), LCE (European supplementary) or LCM (municipal supplementary).</translation>
    </message>
    <message>
        <source>INE « %1 » invalide : l&apos;identifiant national d&apos;électeur compte 8 ou 9 chiffres (laissez-le vide tant que le REU ne l&apos;a pas attribué).</source>
        <translation>Invalid INE “%1”: the national elector identifier has 8 or 9 digits (leave it empty until the REU has assigned it).</translation>
    </message>
    <message>
        <source>Indiquez le nom de naissance.</source>
        <translation>Enter the birth name.</translation>
    </message>
    <message>
        <source>Indiquez les prénoms (« sans prénom » s&apos;il n&apos;en a pas à l&apos;état civil).</source>
        <translation>Enter the first names (“sans prénom” if there are none in the civil register).</translation>
    </message>
    <message>
        <source>Sexe « %1 » inconnu : indiquez M ou F.</source>
        <translation>Unknown sex “%1”: enter M or F.</translation>
    </message>
    <message>
        <source>Indiquez la date de naissance (par exemple 20121975 ou 20/12/1975).</source>
        <translation>Enter the date of birth (for example 20121975 or 20/12/1975).</translation>
    </message>
    <message>
        <source>La date de naissance %1 est dans le futur : vérifiez l&apos;année.</source>
        <translation>The date of birth %1 is in the future: check the year.</translation>
    </message>
    <message>
        <source>Indiquez la commune de naissance : son code INSEE ou son nom, choisi dans la liste proposée (par exemple 13004 pour Arles).</source>
        <translation>Enter the commune of birth: its INSEE code or its name, chosen from the list offered (for example 13004 for Arles).</translation>
    </message>
    <message>
        <source>Commune de naissance « %1 » : indiquez le code INSEE de la commune sur 5 caractères (par exemple 13004 pour Arles).</source>
        <translation>Commune of birth “%1”: enter the 5-character INSEE code of the commune (for example 13004 for Arles).</translation>
    </message>
    <message>
        <source>Pays de naissance « %1 » : indiquez le code INSEE du pays (99xxx, par exemple 99134 pour l&apos;Espagne).</source>
        <translation>Country of birth “%1”: enter the INSEE country code (99xxx, for example 99134 for Spain).</translation>
    </message>
    <message>
        <source>Indiquez la ville de naissance à l&apos;étranger, en toutes lettres.</source>
        <translation>Enter the city of birth abroad, in full.</translation>
    </message>
    <message>
        <source>Ancien département d&apos;Algérie « %1 » : indiquez 91352 (Alger), 92352 (Oran), 93352 (Constantine) ou 94352 (Territoires du Sud).</source>
        <translation>Former département of Algeria “%1”: enter 91352 (Algiers), 92352 (Oran), 93352 (Constantine) or 94352 (Southern Territories).</translation>
    </message>
    <message>
        <source>Indiquez la commune de naissance en Algérie, en toutes lettres.</source>
        <translation>Enter the commune of birth in Algeria, in full.</translation>
    </message>
    <message>
        <source>La nationalité est obligatoire sur la %1 : indiquez celle de l&apos;électeur (citoyen d&apos;un autre État de l&apos;Union européenne).</source>
        <translation>Nationality is required on the %1: enter the elector&apos;s nationality (citizen of another European Union member state).</translation>
    </message>
    <message>
        <source>Le numéro dans la voie ne peut pas être négatif (0 s&apos;il n&apos;y en a pas).</source>
        <translation>The street number cannot be negative (0 if there is none).</translation>
    </message>
    <message>
        <source>Courriel « %1 » invalide : écrivez-le nom@domaine.fr.</source>
        <translation>Invalid email “%1”: write it as name@domain.fr.</translation>
    </message>
    <message>
        <source>en instruction</source>
        <translation>under review</translation>
    </message>
    <message>
        <source>accepté</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>transmis au REU</source>
        <translation>sent to the REU</translation>
    </message>
    <message>
        <source>appliqué</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>aviser l&apos;électeur (procédure contradictoire)</source>
        <translation>notify the elector (right-of-reply procedure)</translation>
    </message>
    <message>
        <source>fin du délai de réponse de 15 jours</source>
        <translation>end of the 15-day reply period</translation>
    </message>
    <message>
        <source>décision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>notification</translation>
    </message>
    <message>
        <source>transmission au REU</source>
        <translation>sending to the REU</translation>
    </message>
    <message>
        <source>application à la liste</source>
        <translation>application to the roll</translation>
    </message>
    <message>
        <source>Extrait refusé : la liste électorale n&apos;a pas été modifiée.</source>
        <translation>Extract rejected: the electoral roll has not been changed.</translation>
    </message>
    <message>
        <source>Essai sans enregistrement : voici ce que l&apos;import ferait.</source>
        <translation>Trial run without saving: this is what the import would do.</translation>
    </message>
    <message>
        <source>Extrait importé.</source>
        <translation>Extract imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) rejetée(s) ; corrigez-les puis importez de nouveau le fichier :</source>
        <translation>
            <numerusform>%n line rejected; correct it, then import the file again:</numerusform>
            <numerusform>%n lines rejected; correct them, then import the file again:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ajoutés : %1 ; modifiés : %2 ; inchangés : %3 ; absents de l&apos;extrait (proposés à la radiation) : %4.</source>
        <translation>Added: %1; updated: %2; unchanged: %3; missing from the extract (proposed for removal): %4.</translation>
    </message>
    <message>
        <source>Colonnes ignorées : %1.</source>
        <translation>Ignored columns: %1.</translation>
    </message>
    <message>
        <source>Voies créées dans le registre des voies : %1.</source>
        <translation>Streets created in the street register: %1.</translation>
    </message>
    <message>
        <source>Bureaux créés : %1.</source>
        <translation>Polling stations created: %1.</translation>
    </message>
    <message>
        <source>Aucune commune n&apos;est choisie : choisissez la commune dont vous importez la liste.</source>
        <translation>No commune is selected: choose the commune whose roll you are importing.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu : %2. Vérifiez son nom et son emplacement.</source>
        <translation>The file “%1” cannot be read: %2. Check its name and location.</translation>
    </message>
    <message>
        <source>Le fichier est vide : il doit commencer par la ligne des en-têtes (code_bureau;liste;ine;nom_naissance...).</source>
        <translation>The file is empty: it must start with the header line (code_bureau;liste;ine;nom_naissance...).</translation>
    </message>
    <message>
        <source>Colonnes obligatoires absentes : %1. La première ligne du fichier doit nommer les colonnes de l&apos;extrait du REU (code_bureau, liste, ine, nom_naissance, prenoms, sexe, date_naissance...).</source>
        <translation>Required columns missing: %1. The first line of the file must name the columns of the REU extract (code_bureau, liste, ine, nom_naissance, prenoms, sexe, date_naissance...).</translation>
    </message>
    <message>
        <source>Ligne %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>date de naissance : %1</source>
        <translation>date of birth: %1</translation>
    </message>
    <message>
        <source>numéro de voie « %1 » invalide (un nombre, 0 s&apos;il n&apos;y en a pas)</source>
        <translation>invalid street number “%1” (a number, 0 if there is none)</translation>
    </message>
    <message>
        <source>numéro d&apos;ordre « %1 » invalide</source>
        <translation>invalid roll number “%1”</translation>
    </message>
    <message>
        <source>INE manquant : chaque électeur d&apos;un extrait du REU a son identifiant national</source>
        <translation>INE missing: every elector in an REU extract has a national identifier</translation>
    </message>
    <message>
        <source>Indiquez la date de naissance</source>
        <translation>Enter the date of birth</translation>
    </message>
    <message>
        <source>code de bureau « %1 » invalide : jusqu&apos;à 4 chiffres</source>
        <translation>invalid polling station code “%1”: up to 4 digits</translation>
    </message>
    <message>
        <source>INE %1 en double dans le fichier (déjà ligne %2, même liste)</source>
        <translation>INE %1 duplicated in the file (already on line %2, same roll)</translation>
    </message>
    <message>
        <source>Bureau %1</source>
        <translation>Polling station %1</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucun électeur après la ligne des en-têtes.</source>
        <translation>The file contains no electors after the header line.</translation>
    </message>
    <message>
        <source>Absent de l&apos;extrait du REU importé le %1</source>
        <translation>Missing from the REU extract imported on %1</translation>
    </message>
    <message>
        <source>Proposition de radiation : absent de l&apos;extrait du REU</source>
        <translation>Proposed removal: missing from the REU extract</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Elec::BureauxView</name>
    <message>
        <source>Redécoupage : voir les électeurs qui changent de bureau…</source>
        <translation>Reallocation: see electors changing polling station…</translation>
    </message>
    <message>
        <source>Refonte : renuméroter les bureaux…</source>
        <translation>Renumbering: renumber the polling stations…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <source>Lieu de vote</source>
        <translation>Polling place</translation>
    </message>
    <message>
        <source>Canton</source>
        <translation>Canton</translation>
    </message>
    <message>
        <source>Circonscription</source>
        <translation>Constituency</translation>
    </message>
    <message>
        <source>Inscrits (LP)</source>
        <translation>Registered (LP)</translation>
    </message>
    <message>
        <source>Voie</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Du n°</source>
        <translation>From no.</translation>
    </message>
    <message>
        <source>Au n°</source>
        <translation>To no.</translation>
    </message>
    <message>
        <source>Côté</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Électeurs</source>
        <translation>Electors</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>even</translation>
    </message>
    <message>
        <source>impair</source>
        <translation>odd</translation>
    </message>
    <message>
        <source>les deux</source>
        <translation>both</translation>
    </message>
    <message>
        <source>Le découpage actuel ne change le bureau d&apos;aucun électeur.</source>
        <translation>The current street allocation does not change any elector&apos;s polling station.</translation>
    </message>
    <message numerus="yes">
        <source>Redécoupage : %n électeur(s) changent de bureau</source>
        <translation>
            <numerusform>Reallocation: %n elector changes polling station</numerusform>
            <numerusform>Reallocation: %n electors change polling station</numerusform>
        </translation>
    </message>
    <message>
        <source>Électeur</source>
        <translation>Elector</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ancien bureau</source>
        <translation>Previous polling station</translation>
    </message>
    <message>
        <source>Nouveau bureau</source>
        <translation>New polling station</translation>
    </message>
    <message>
        <source>Ces modifications ne sont pas encore faites. « Créer les mouvements » enregistre un mouvement de changement de bureau pour chacun : ils suivent ensuite les étapes habituelles (décision, transmission au REU, application).</source>
        <translation>These updates have not been made yet. “Create changes” records a polling station change for each elector: these then follow the usual steps (decision, sending to the REU, application).</translation>
    </message>
    <message>
        <source>Créer les mouvements</source>
        <translation>Create changes</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n mouvement(s) de changement de bureau créés.</source>
        <translation>
            <numerusform>%n polling station change created.</numerusform>
            <numerusform>%n polling station changes created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refonte</source>
        <translation>Renumbering</translation>
    </message>
    <message>
        <source>Renuméroter chaque bureau par ordre alphabétique (nom de naissance, prénoms, date de naissance) ? Les numéros d&apos;ordre changent : prévoyez d&apos;imprimer de nouvelles cartes.</source>
        <translation>Renumber each polling station in alphabetical order (birth name, first names, date of birth)? Roll numbers will change: plan to print new electoral cards.</translation>
    </message>
    <message numerus="yes">
        <source>Refonte faite : %n électeur(s) ont changé de numéro d&apos;ordre.</source>
        <translation>
            <numerusform>Renumbering done: %n elector has a new roll number.</numerusform>
            <numerusform>Renumbering done: %n electors have a new roll number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenMairie::Elec::ElecteurListModel</name>
    <message>
        <source>provisoire</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>radié le %1</source>
        <translation>removed on %1</translation>
    </message>
    <message>
        <source>inscrit</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>N° d&apos;ordre</source>
        <translation>Roll no.</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation>Name in use</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Né(e) le</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Elec::ElecteurView</name>
    <message>
        <source>Inscrits</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Radiés</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Inscrits et radiés</source>
        <translation>Registered and removed</translation>
    </message>
    <message>
        <source>Rechercher : nom puis prénom, date de naissance (20121975) ou INE</source>
        <translation>Search: surname then first name, date of birth (20121975) or INE</translation>
    </message>
    <message>
        <source>Liste :</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Bureau :</source>
        <translation>Polling station:</translation>
    </message>
    <message>
        <source>Nouvelle inscription…</source>
        <translation>New registration…</translation>
    </message>
    <message>
        <source>Modifier (adresse, nom d&apos;usage)…</source>
        <translation>Update (address, used name)…</translation>
    </message>
    <message>
        <source>Radier…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n électeur(s)</source>
        <translation>
            <numerusform>%n elector</numerusform>
            <numerusform>%n electors</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Choisissez un électeur dans la liste pour voir sa fiche et l&apos;historique de ses mouvements.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose an elector from the list to see their record and the history of their changes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — commune %1 %2</source>
        <translation> — commune %1 %2</translation>
    </message>
    <message>
        <source> — %1 (%2)</source>
        <translation> — %1 (%2)</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>radié le %1 : %2</source>
        <translation>removed on %1: %2</translation>
    </message>
    <message>
        <source>inscrit depuis le %1</source>
        <translation>registered since %1</translation>
    </message>
    <message>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <source>pas encore attribué par le REU</source>
        <translation>not yet assigned by the REU</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <source>%1%2, n° d&apos;ordre %3</source>
        <translation>%1%2, roll no. %3</translation>
    </message>
    <message>
        <source> (forcé)</source>
        <translation> (overridden)</translation>
    </message>
    <message>
        <source>Né(e) le</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Historique des mouvements</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>&lt;li&gt;Aucun mouvement enregistré (électeur venu d&apos;un extrait du REU).&lt;/li&gt;</source>
        <translation>&lt;li&gt;No change recorded (elector from an REU extract).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Demande enregistrée : elle est en instruction (décision avant le %1) dans « Mouvements en cours ».</source>
        <translation>Request recorded: it is under review (decision by %1) in “Changes in progress”.</translation>
    </message>
    <message>
        <source>Demande de modification enregistrée : elle est en instruction.</source>
        <translation>Update request recorded: it is under review.</translation>
    </message>
    <message>
        <source>Radiation de %1</source>
        <translation>Removal of %1</translation>
    </message>
    <message>
        <source>Enregistrer la demande de radiation</source>
        <translation>Record the removal request</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Demande de radiation enregistrée : elle est en instruction.</source>
        <translation>Removal request recorded: it is under review.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Elec::InscriptionDialog</name>
    <message>
        <source>Modification de %1</source>
        <translation>Update of %1</translation>
    </message>
    <message>
        <source>Nouvelle demande d&apos;inscription</source>
        <translation>New registration request</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Au guichet de la mairie</source>
        <translation>At the town hall counter</translation>
    </message>
    <message>
        <source>Par courrier</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>En ligne (service-public.fr)</source>
        <translation>Online (service-public.fr)</translation>
    </message>
    <message>
        <source>Par un tiers mandaté</source>
        <translation>Through an authorised third party</translation>
    </message>
    <message>
        <source>INSEE</source>
        <translation>INSEE</translation>
    </message>
    <message>
        <source>Listes consulaires</source>
        <translation>Consular rolls</translation>
    </message>
    <message>
        <source>&amp;Liste :</source>
        <translation>Ro&amp;ll:</translation>
    </message>
    <message>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Demande reçue le :</source>
        <translation>Request received on:</translation>
    </message>
    <message>
        <source>&amp;Provenance :</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <source>Commune de provenance :</source>
        <translation>Previous commune:</translation>
    </message>
    <message>
        <source>État civil</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>20121975 ou 20/12/1975</source>
        <translation>20121975 or 20/12/1975</translation>
    </message>
    <message>
        <source>Né(e) en France</source>
        <translation>Born in France</translation>
    </message>
    <message>
        <source>Né(e) à l&apos;étranger</source>
        <translation>Born abroad</translation>
    </message>
    <message>
        <source>Né(e) dans un ancien département d&apos;Algérie</source>
        <translation>Born in a former département of Algeria</translation>
    </message>
    <message>
        <source>obligatoire sur les listes complémentaires</source>
        <translation>required on the supplementary rolls</translation>
    </message>
    <message>
        <source>Civilité :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>&amp;Nom de naissance :</source>
        <translation>&amp;Birth name:</translation>
    </message>
    <message>
        <source>Nom d&apos;&amp;usage :</source>
        <translation>&amp;Used name:</translation>
    </message>
    <message>
        <source>P&amp;rénoms :</source>
        <translation>&amp;First names:</translation>
    </message>
    <message>
        <source>&amp;Sexe :</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>Né(e) le :</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Lieu de naissance :</source>
        <translation>Place of birth:</translation>
    </message>
    <message>
        <source>Commune ou pays (code ou nom) :</source>
        <translation>Commune or country (code or name):</translation>
    </message>
    <message>
        <source>Ville (en toutes lettres) :</source>
        <translation>City (in full):</translation>
    </message>
    <message>
        <source>Nationalité :</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>Adresse de rattachement et bureau</source>
        <translation>Registration address and polling station</translation>
    </message>
    <message>
        <source>sans numéro</source>
        <translation>no number</translation>
    </message>
    <message>
        <source>tapez une partie du nom : « republique »</source>
        <translation>type part of the name: “republique”</translation>
    </message>
    <message>
        <source>Forcer le bureau :</source>
        <translation>Override polling station:</translation>
    </message>
    <message>
        <source>Numéro :</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>&amp;Voie :</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse :</source>
        <translation>Additional address details:</translation>
    </message>
    <message>
        <source>Bureau de vote :</source>
        <translation>Polling station:</translation>
    </message>
    <message>
        <source>Téléphone :</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>Courriel :</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Enregistrer la demande</source>
        <translation>Record the request</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>13004 ou « Arles »</source>
        <translation>13004 or “Arles”</translation>
    </message>
    <message>
        <source>code pays 99xxx, par exemple 99134 (Espagne)</source>
        <translation>country code 99xxx, for example 99134 (Spain)</translation>
    </message>
    <message>
        <source>91352 Alger, 92352 Oran, 93352 Constantine, 94352 Sud</source>
        <translation>91352 Algiers, 92352 Oran, 93352 Constantine, 94352 South</translation>
    </message>
    <message>
        <source>forcé</source>
        <translation>overridden</translation>
    </message>
    <message>
        <source>choisissez la voie dans la liste</source>
        <translation>choose the street from the list</translation>
    </message>
    <message>
        <source>aucun bureau ne couvre ce numéro : complétez le découpage ou forcez le bureau</source>
        <translation>no polling station covers this number: complete the street allocation or override the polling station</translation>
    </message>
    <message>
        <source>bureau %1 — %2 (d&apos;après le découpage)</source>
        <translation>polling station %1 — %2 (from the street allocation)</translation>
    </message>
    <message>
        <source>La voie « %1 » n&apos;est pas dans le registre des voies : choisissez-la dans la liste proposée en tapant une partie de son nom.</source>
        <translation>The street “%1” is not in the street register: choose it from the list offered by typing part of its name.</translation>
    </message>
    <message>
        <source>Inscription suspendue</source>
        <translation>Registration on hold</translation>
    </message>
    <message>
        <source>Doublon possible</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Enregistrer quand même ?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Elec::MouvementsView</name>
    <message>
        <source>Électeur avisé (contradictoire)</source>
        <translation>Elector notified (right of reply)</translation>
    </message>
    <message>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Refuser…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Décision notifiée</source>
        <translation>Decision notified</translation>
    </message>
    <message>
        <source>Transmis au REU</source>
        <translation>Sent to the REU</translation>
    </message>
    <message>
        <source>Appliquer à la liste</source>
        <translation>Apply to the roll</translation>
    </message>
    <message>
        <source>Demande du</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Électeur</source>
        <translation>Elector</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un mouvement dans la liste.</source>
        <translation>Choose a change from the list first.</translation>
    </message>
    <message>
        <source>Refus</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Motif du refus (figure sur la notification) :</source>
        <translation>Reason for refusal (shown on the notification):</translation>
    </message>
    <message>
        <source>%1 : %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::AboutDialog</name>
    <message>
        <source>À propos d&apos;OpenMairie</source>
        <translation>About OpenMairie</translation>
    </message>
    <message>
        <source>OpenMairie %1</source>
        <translation>OpenMairie %1</translation>
    </message>
    <message>
        <source>Suite logicielle libre pour les mairies</source>
        <translation>Free software suite for town halls</translation>
    </message>
    <message>
        <source>aucune base ouverte</source>
        <translation>no database open</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <source>Ce programme est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la Licence publique générale GNU (GPL), version 3 ou ultérieure. Il est fourni sans aucune garantie.</source>
        <translation>This program is free software: you can redistribute it and modify it under the terms of the GNU General Public License (GPL), version 3 or later. It comes with no warranty.</translation>
    </message>
    <message>
        <source>Qt %1 (compilé avec Qt %2).</source>
        <translation>Qt %1 (built with Qt %2).</translation>
    </message>
    <message>
        <source>Base de données : %1.</source>
        <translation>Database: %1.</translation>
    </message>
    <message>
        <source>OpenMairie reprend les règles métier des applications openMairie (openElec, openCimetière, openRésultat, openScrutin, openCourrier, openADS, openCadastre, openLogement, openRèglement), nées à la ville d&apos;Arles et développées depuis par la communauté openMairie et les collectivités qui l&apos;utilisent. Merci à elles.</source>
        <translation>OpenMairie takes up the business rules of the openMairie applications (openElec, openCimetière, openRésultat, openScrutin, openCourrier, openADS, openCadastre, openLogement, openRèglement), born in the city of Arles and developed since by the openMairie community and the local authorities that use them. Our thanks to them.</translation>
    </message>
    <message>
        <source>La liste des communes vient du Code officiel géographique de l&apos;INSEE, par le jeu de données « découpage administratif » d&apos;Etalab, diffusé sous la licence suivante :</source>
        <translation>The list of communes comes from INSEE&apos;s Code officiel géographique, through Etalab&apos;s “découpage administratif” data set, published under the following licence:</translation>
    </message>
    <message>
        <source>OpenMairie</source>
        <translation>OpenMairie</translation>
    </message>
    <message>
        <source>Données de référence</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Installé et assisté par</source>
        <translation>Installed and supported by</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::CommandLineOptions</name>
    <message>
        <source>OpenMairie, suite logicielle libre pour les mairies.

Sans option, OpenMairie ouvre la base enregistrée lors du dernier usage, ou l&apos;assistant de premier démarrage. Avec --user et la variable d&apos;environnement OPENMAIRIE_PASSWORD, la connexion est automatique.</source>
        <translation>OpenMairie, free software suite for town halls.

Without options, OpenMairie opens the database saved at the last use, or the first-run wizard. With --user and the environment variable OPENMAIRIE_PASSWORD, sign-in is automatic.</translation>
    </message>
    <message>
        <source>Affiche cette aide.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>Affiche la version.</source>
        <translation>Shows the version.</translation>
    </message>
    <message>
        <source>Base à ouvrir pour cette session, sans l&apos;enregistrer : sqlite:CHEMIN ou postgresql://rôle@serveur:port/base.</source>
        <translation>Database to open for this session, without saving it: sqlite:PATH or postgresql://role@server:port/database.</translation>
    </message>
    <message>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Identifiant de connexion (rôle sur PostgreSQL).</source>
        <translation>Login (role on PostgreSQL).</translation>
    </message>
    <message>
        <source>identifiant</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Commune de travail (code INSEE) pour un compte multi-communes.</source>
        <translation>Working commune (INSEE code) for a multi-commune account.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Quitte dès que la fenêtre principale est affichée (mesure du temps de démarrage, tests). Code de sortie 0 si la fenêtre a été atteinte.</source>
        <translation>Quits as soon as the main window is shown (start-up time measurement, tests). Exit code 0 if the window was reached.</translation>
    </message>
    <message>
        <source>%1
Tapez « openmairie --aide » pour la liste des options.</source>
        <translation>%1
Type “openmairie --aide” for the list of options.</translation>
    </message>
    <message>
        <source>Argument inattendu : « %1 ». Tapez « openmairie --aide » pour la liste des options.</source>
        <translation>Unexpected argument: “%1”. Type “openmairie --aide” for the list of options.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::CommuneSearchField</name>
    <message>
        <source>Nom de la commune ou code INSEE, par exemple « Arles » ou « 13004 »</source>
        <translation>Commune name or INSEE code, for example “Arles” or “13004”</translation>
    </message>
    <message>
        <source>Indiquez la commune : tapez le début de son nom ou son code INSEE, puis choisissez-la dans la liste.</source>
        <translation>Give the commune: type the start of its name or its INSEE code, then choose it in the list.</translation>
    </message>
    <message>
        <source>Plusieurs communes s&apos;appellent « %1 » (par exemple %2 et %3) : choisissez la vôtre dans la liste ou tapez son code INSEE.</source>
        <translation>Several communes are called “%1” (for example %2 and %3): choose yours in the list or type its INSEE code.</translation>
    </message>
    <message>
        <source>Commune introuvable : « %1 ». Tapez le début de son nom ou son code INSEE (5 caractères, par exemple 13004), puis choisissez-la dans la liste.</source>
        <translation>Commune not found: “%1”. Type the start of its name or its INSEE code (5 characters, for example 13004), then choose it in the list.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::ConnectionDialog</name>
    <message>
        <source>Changer de base de données</source>
        <translation>Change database</translation>
    </message>
    <message>
        <source>Choisissez la base à ouvrir. La session en cours est fermée ; vous vous reconnectez ensuite sur la base choisie, sans redémarrer OpenMairie.</source>
        <translation>Choose the database to open. The current session is closed; you then sign in again on the chosen database, without restarting OpenMairie.</translation>
    </message>
    <message>
        <source>Poste &amp;autonome (fichier local)</source>
        <translation>&amp;Standalone workstation (local file)</translation>
    </message>
    <message>
        <source>Serveur &amp;partagé (PostgreSQL)</source>
        <translation>&amp;Shared server (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>&amp;Créer une nouvelle base…</source>
        <translation>&amp;Create a new database…</translation>
    </message>
    <message>
        <source>&amp;Utiliser cette base</source>
        <translation>&amp;Use this database</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connexion réussie à %1, mais la base ne contient pas encore de données OpenMairie. Pour la préparer, cliquez sur « Créer une nouvelle base… ».</source>
        <translation>Connected to %1, but the database holds no OpenMairie data yet. To prepare it, click “Create a new database…”.</translation>
    </message>
    <message>
        <source>Connexion réussie à %1 : la base OpenMairie est prête.</source>
        <translation>Connected to %1: the OpenMairie database is ready.</translation>
    </message>
    <message>
        <source>Indiquez le fichier de données à ouvrir.</source>
        <translation>Give the data file to open.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;existe pas. Vérifiez le chemin, ou cliquez sur « Créer une nouvelle base… » pour en créer une.</source>
        <translation>The file “%1” does not exist. Check the path, or click “Create a new database…” to create one.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::DeploymentConfig</name>
    <message>
        <source>Le fichier de déploiement %1 est illisible : il est ignoré. Vérifiez sa syntaxe (sections [connexion], [commune], [partenaire], [modules]).</source>
        <translation>The deployment file %1 is unreadable: it is ignored. Check its syntax (sections [connexion], [commune], [partenaire], [modules]).</translation>
    </message>
    <message>
        <source>Le fichier de déploiement %1 contient un mot de passe (%2) : il est refusé et ignoré. Retirez-le : chaque agent saisit le sien à la connexion.</source>
        <translation>The deployment file %1 holds a password (%2): it is refused and ignored. Remove it: each agent types their own when signing in.</translation>
    </message>
    <message>
        <source>Le profil de connexion du fichier de déploiement %1 est incomplet : il est ignoré. Indiquez type=postgresql avec serveur, port et base, ou type=sqlite avec fichier.</source>
        <translation>The connection profile of the deployment file %1 is incomplete: it is ignored. Give type=postgresql with serveur, port and base, or type=sqlite with fichier.</translation>
    </message>
    <message>
        <source>Le code INSEE « %1 » du fichier de déploiement n&apos;est pas valide (cinq caractères, par exemple 13004 ou 2A004) : il est ignoré.</source>
        <translation>The INSEE code “%1” of the deployment file is not valid (five characters, for example 13004 or 2A004): it is ignored.</translation>
    </message>
    <message>
        <source>Le logo du partenaire %1 est introuvable : « À propos » s&apos;affiche sans lui.</source>
        <translation>The partner&apos;s logo %1 cannot be found: “About” is shown without it.</translation>
    </message>
    <message>
        <source>La langue « %1 » du fichier de déploiement n&apos;est pas proposée (fr ou en) : la langue du système est utilisée.</source>
        <translation>The language “%1” of the deployment file is not offered (fr or en): the system&apos;s language is used.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::DocumentTemplatesDialog</name>
    <message>
        <source>Modèles de documents</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <source>Modèle « %1 » du module %2</source>
        <translation>Template “%1” of the module %2</translation>
    </message>
    <message>
        <source>Aucun modèle de document : aucun module chargé n&apos;imprime de document.</source>
        <translation>No document template: no loaded module prints documents.</translation>
    </message>
    <message>
        <source>Choisissez un modèle à gauche. Vos modifications ne valent que pour votre commune ; chaque enregistrement est gardé comme une nouvelle version.</source>
        <translation>Choose a template on the left. Your changes only hold for your commune; each save is kept as a new version.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::DocumentToolsActions</name>
    <message>
        <source>&amp;Modèles de documents…</source>
        <translation>Document &amp;templates…</translation>
    </message>
    <message>
        <source>Adapter pour la commune les arrêtés, lettres et titres imprimés</source>
        <translation>Adapt for the commune the printed by-laws, letters and titles</translation>
    </message>
    <message>
        <source>Étalonnage des &amp;étiquettes…</source>
        <translation>&amp;Label calibration…</translation>
    </message>
    <message>
        <source>Caler l&apos;impression des étiquettes et des cartes sur l&apos;imprimante de ce poste</source>
        <translation>Align the printing of labels and cards with this workstation&apos;s printer</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::ErrorPanel</name>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Affiche le message technique, utile à votre prestataire informatique.</source>
        <translation>Shows the technical message, useful to your IT service provider.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::ExchangeToolsActions</name>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Requêtes mémorisées…</source>
        <translation>&amp;Stored queries…</translation>
    </message>
    <message>
        <source>Choisir une requête, ses colonnes et son tri, puis l&apos;exporter en CSV ou en .xlsx</source>
        <translation>Choose a query, its columns and its sort order, then export it to CSV or .xlsx</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::FirstRunWizard</name>
    <message>
        <source>OpenMairie — Premier démarrage</source>
        <translation>OpenMairie — First start</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::HomePage</name>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Vos modules</source>
        <translation>Your modules</translation>
    </message>
    <message>
        <source>Aucune commune</source>
        <translation>No commune</translation>
    </message>
    <message>
        <source>Commune — code INSEE %1</source>
        <translation>Commune — INSEE code %1</translation>
    </message>
    <message>
        <source>Connecté : %1 — profil %2</source>
        <translation>Signed in: %1 — profile %2</translation>
    </message>
    <message>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>aucun module actif</source>
        <translation>no active module</translation>
    </message>
    <message>
        <source>1 module actif</source>
        <translation>1 active module</translation>
    </message>
    <message>
        <source>%1 modules actifs</source>
        <translation>%1 active modules</translation>
    </message>
    <message>
        <source>, 1 module refusé</source>
        <translation>, 1 module refused</translation>
    </message>
    <message>
        <source>, %1 modules refusés</source>
        <translation>, %1 modules refused</translation>
    </message>
    <message>
        <source>OpenMairie %1 — %2 — &lt;a href=&quot;modules&quot;&gt;Modules installés…&lt;/a&gt;</source>
        <translation>OpenMairie %1 — %2 — &lt;a href=&quot;modules&quot;&gt;Installed modules…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Aucun module métier n&apos;est disponible</source>
        <translation>No business module is available</translation>
    </message>
    <message>
        <source>Les modules (élections, cimetière, réglementation…) s&apos;installent avec OpenMairie ou se déposent dans le dossier des modules ; ils apparaissent ici au démarrage suivant. Si un module est installé mais refusé, sa raison figure dans la liste des modules.</source>
        <translation>Modules (elections, cemetery, regulations…) are installed with OpenMairie or dropped into the modules folder; they appear here at the next start. If a module is installed but refused, its reason is shown in the list of modules.</translation>
    </message>
    <message>
        <source>Voir les modules installés…</source>
        <translation>See the installed modules…</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Modules, base de données et informations sur OpenMairie.</source>
        <translation>Modules, database and information about OpenMairie.</translation>
    </message>
    <message>
        <source>Modules installés…</source>
        <translation>Installed modules…</translation>
    </message>
    <message>
        <source>Changer de base de données…</source>
        <translation>Change database…</translation>
    </message>
    <message>
        <source>À propos d&apos;OpenMairie</source>
        <translation>About OpenMairie</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::LocalFileForm</name>
    <message>
        <source>&amp;Fichier de données :</source>
        <translation>Data &amp;file:</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Base OpenMairie (*.sqlite *.db);;Tous les fichiers (*)</source>
        <translation>OpenMairie database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Ouvrir une base OpenMairie</source>
        <translation>Open an OpenMairie database</translation>
    </message>
    <message>
        <source>Emplacement de la base OpenMairie</source>
        <translation>Location of the OpenMairie database</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::LoginDialog</name>
    <message>
        <source>OpenMairie — Connexion</source>
        <translation>OpenMairie — Sign in</translation>
    </message>
    <message>
        <source>OpenMairie</source>
        <translation>OpenMairie</translation>
    </message>
    <message>
        <source>Identifiez-vous pour accéder aux données de la mairie.</source>
        <translation>Identify yourself to reach the town hall&apos;s data.</translation>
    </message>
    <message>
        <source>Changer de &amp;base…</source>
        <translation>Change &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Se &amp;connecter</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Database:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Rôle PostgreSQL :</source>
        <translation>PostgreSQL &amp;role:</translation>
    </message>
    <message>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Sur le serveur partagé, l&apos;identifiant est votre rôle PostgreSQL et le mot de passe celui que le serveur connaît pour ce rôle.</source>
        <translation>On the shared server, the login is your PostgreSQL role and the password the one the server knows for this role.</translation>
    </message>
    <message>
        <source>Indiquez votre rôle PostgreSQL.</source>
        <translation>Give your PostgreSQL role.</translation>
    </message>
    <message>
        <source>Indiquez votre identifiant.</source>
        <translation>Give your login.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::MainWindow</name>
    <message>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Changer de base de données…</source>
        <translation>&amp;Change database…</translation>
    </message>
    <message>
        <source>&amp;Fermer l&apos;onglet</source>
        <translation>&amp;Close the tab</translation>
    </message>
    <message>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <source>Modules &amp;installés…</source>
        <translation>&amp;Installed modules…</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;OpenMairie</source>
        <translation>&amp;About OpenMairie</translation>
    </message>
    <message>
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Barre principale</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Commune de travail : les données affichées et saisies sont celles de cette commune.</source>
        <translation>Working commune: the data shown and entered are this commune&apos;s.</translation>
    </message>
    <message>
        <source>Aucun module disponible</source>
        <translation>No module available</translation>
    </message>
    <message>
        <source>OpenMairie</source>
        <translation>OpenMairie</translation>
    </message>
    <message>
        <source>OpenMairie — %1</source>
        <translation>OpenMairie — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Identifiant : %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <source>Commune de travail : %1</source>
        <translation>Working commune: %1</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>La vue « %1 » n&apos;a pas pu s&apos;ouvrir. Les autres modules restent utilisables ; signalez ce problème à votre prestataire.</source>
        <translation>The view “%1” could not open. The other modules remain usable; report this problem to your service provider.</translation>
    </message>
    <message>
        <source>%1 (%2) : %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>Mon &amp;compte</source>
        <translation>My &amp;account</translation>
    </message>
    <message>
        <source>Rechercher dans tous les modules…</source>
        <translation>Search all modules…</translation>
    </message>
    <message>
        <source>Tapez un nom, un numéro ou quelques mots (accents et majuscules indifférents) : les résultats s&apos;affichent par module. Flèches pour choisir, Entrée pour ouvrir la fiche, Échap pour fermer la liste.</source>
        <translation>Type a name, a number or a few words (accents and capitals ignored): the results are shown by module. Arrows to choose, Enter to open the record, Esc to close the list.</translation>
    </message>
    <message>
        <source>La fiche demandée n&apos;a pas pu être ouverte : la liste est affichée à la place.</source>
        <translation>The requested record could not be opened: the list is shown instead.</translation>
    </message>
    <message>
        <source>OpenMairie — toutes mes communes (saisie : %1)</source>
        <translation>OpenMairie — all my communes (entries go to %1)</translation>
    </message>
    <message numerus="yes">
        <source>Toutes mes communes (%n)</source>
        <translation>
            <numerusform>All my communes (%n)</numerusform>
            <numerusform>All my communes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Les listes montrent toutes vos communes ; les saisies vont à %1.</source>
        <translation>Lists show all your communes; new entries go to %1.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::ModuleNavigator</name>
    <message>
        <source>Navigation par module</source>
        <translation>Navigation by module</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Aucun module disponible</source>
        <translation>No module available</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::ModulesDialog</name>
    <message>
        <source>Modules installés</source>
        <translation>Installed modules</translation>
    </message>
    <message>
        <source>Aucun module n&apos;est installé. Les modules métier (élections, cimetière, réglementation…) se placent dans l&apos;un des dossiers ci-dessous puis apparaissent au démarrage suivant.</source>
        <translation>No module is installed. Business modules (elections, cemetery, regulations…) are placed in one of the folders below, then appear at the next start.</translation>
    </message>
    <message>
        <source>Un module est actif.</source>
        <translation>One module is active.</translation>
    </message>
    <message>
        <source>%1 modules sont actifs.</source>
        <translation>%1 modules are active.</translation>
    </message>
    <message>
        <source>Modules actifs : %1. Modules refusés : %2 ; leur raison est indiquée ci-dessous. Les modules refusés n&apos;empêchent pas les autres de fonctionner.</source>
        <translation>Active modules: %1. Refused modules: %2; their reason is given below. Refused modules do not prevent the others from working.</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 (facultatif)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>%1
Fichier : %2
Dépendances : %3</source>
        <translation>%1
File: %2
Dependencies: %3</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Dossiers examinés : %1</source>
        <translation>Folders searched: %1</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::ServerForm</name>
    <message>
        <source>disable — jamais chiffré</source>
        <translation>disable — never encrypted</translation>
    </message>
    <message>
        <source>allow — chiffré si le serveur l&apos;exige</source>
        <translation>allow — encrypted if the server requires it</translation>
    </message>
    <message>
        <source>prefer — chiffré si possible (par défaut)</source>
        <translation>prefer — encrypted if possible (default)</translation>
    </message>
    <message>
        <source>require — toujours chiffré</source>
        <translation>require — always encrypted</translation>
    </message>
    <message>
        <source>verify-ca — chiffré, certificat vérifié</source>
        <translation>verify-ca — encrypted, certificate checked</translation>
    </message>
    <message>
        <source>verify-full — chiffré, certificat et nom vérifiés</source>
        <translation>verify-full — encrypted, certificate and name checked</translation>
    </message>
    <message>
        <source>par exemple serveur.syndicat.local</source>
        <translation>for example server.syndicate.local</translation>
    </message>
    <message>
        <source>par exemple mairie</source>
        <translation>for example mairie</translation>
    </message>
    <message>
        <source>votre identifiant sur le serveur</source>
        <translation>your login on the server</translation>
    </message>
    <message>
        <source>Le mot de passe du rôle sur le serveur. OpenMairie ne l&apos;enregistre jamais.</source>
        <translation>The role&apos;s password on the server. OpenMairie never saves it.</translation>
    </message>
    <message>
        <source>&amp;Serveur :</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port :</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Base :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Mode SSL :</source>
        <translation>SSL &amp;mode:</translation>
    </message>
    <message>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse du serveur PostgreSQL (nom ou adresse IP).</source>
        <translation>Give the address of the PostgreSQL server (name or IP address).</translation>
    </message>
    <message>
        <source>Indiquez le nom de la base sur le serveur.</source>
        <translation>Give the name of the database on the server.</translation>
    </message>
    <message>
        <source>Indiquez le rôle (l&apos;identifiant) avec lequel se connecter au serveur.</source>
        <translation>Give the role (the login) to connect to the server with.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::ShellController</name>
    <message>
        <source>OpenMairie — Nouvelle base</source>
        <translation>OpenMairie — New database</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::ShellSettings</name>
    <message>
        <source>Le profil de connexion enregistré est incomplet.</source>
        <translation>The saved connection profile is incomplete.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::StartupBanner</name>
    <message>
        <source>Voir les modules…</source>
        <translation>See the modules…</translation>
    </message>
    <message>
        <source>Masquer</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Un module n&apos;a pas pu démarrer ; les autres fonctionnent normalement :</source>
        <translation>A module could not start; the others work normally:</translation>
    </message>
    <message>
        <source>%1 modules n&apos;ont pas pu démarrer ; les autres fonctionnent normalement :</source>
        <translation>%1 modules could not start; the others work normally:</translation>
    </message>
    <message>
        <source>Avertissements de la mise à jour de la base :</source>
        <translation>Warnings of the database update:</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::WizardAdminPage</name>
    <message>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Le compte de l&apos;administrateur gère les utilisateurs et les droits. Il n&apos;existe aucun mot de passe par défaut.</source>
        <translation>The administrator&apos;s account manages users and rights. There is no default password.</translation>
    </message>
    <message>
        <source>Lettres minuscules sans accent, chiffres, point, tiret ou souligné ; commence par une lettre (par exemple « jdupont »).</source>
        <translation>Lower-case letters without accents, digits, dot, hyphen or underscore; starts with a letter (for example “jdupont”).</translation>
    </message>
    <message>
        <source>par exemple Marie Durand, secrétaire de mairie</source>
        <translation>for example Marie Durand, town hall secretary</translation>
    </message>
    <message>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Nom et prénom :</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirmation :</source>
        <translation>&amp;Confirmation:</translation>
    </message>
    <message>
        <source>Sur un serveur partagé, l&apos;administrateur se connecte avec le rôle PostgreSQL « %1 » et le mot de passe que le serveur connaît pour ce rôle. OpenMairie n&apos;enregistre aucun mot de passe.</source>
        <translation>On a shared server, the administrator signs in with the PostgreSQL role “%1” and the password the server knows for this role. OpenMairie saves no password.</translation>
    </message>
    <message>
        <source>Au moins %1 caractères, en mêlant des lettres et des chiffres ou des signes.</source>
        <translation>At least %1 characters, mixing letters with digits or signs.</translation>
    </message>
    <message>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords are not identical.</translation>
    </message>
    <message>
        <source>Mot de passe valable : confirmez-le.</source>
        <translation>Valid password: confirm it.</translation>
    </message>
    <message>
        <source>Mot de passe valable et confirmé.</source>
        <translation>Valid and confirmed password.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;identifiant de l&apos;administrateur.</source>
        <translation>Give the administrator&apos;s login.</translation>
    </message>
    <message>
        <source>La confirmation ne correspond pas au mot de passe : retapez-la à l&apos;identique.</source>
        <translation>The confirmation does not match the password: type it again identically.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::WizardCommunePage</name>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Choisissez la commune dont cette base gère les données. Sur un serveur partagé, d&apos;autres communes pourront être ajoutées ensuite.</source>
        <translation>Choose the commune whose data this database manages. On a shared server, other communes can be added later.</translation>
    </message>
    <message>
        <source>&amp;Commune (nom ou code INSEE) :</source>
        <translation>&amp;Commune (name or INSEE code):</translation>
    </message>
    <message>
        <source>Liste officielle des communes : Code officiel géographique de l&apos;INSEE.</source>
        <translation>Official list of communes: INSEE&apos;s Code officiel géographique.</translation>
    </message>
    <message>
        <source>%1, code INSEE %2</source>
        <translation>%1, INSEE code %2</translation>
    </message>
    <message>
        <source> — département %1 (%2)</source>
        <translation> — department %1 (%2)</translation>
    </message>
    <message>
        <source> — %1 habitants</source>
        <translation> — %1 inhabitants</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::WizardLocalPage</name>
    <message>
        <source>Poste autonome</source>
        <translation>Standalone workstation</translation>
    </message>
    <message>
        <source>Les données de la mairie seront enregistrées dans ce fichier. L&apos;emplacement proposé convient dans la plupart des cas.</source>
        <translation>The town hall&apos;s data will be saved in this file. The suggested location suits most cases.</translation>
    </message>
    <message>
        <source>Indiquez le fichier où enregistrer les données.</source>
        <translation>Give the file to save the data in.</translation>
    </message>
    <message>
        <source>Ce fichier existe déjà. S&apos;il contient une base OpenMairie, elle sera ouverte telle quelle, sans rien effacer.</source>
        <translation>This file already exists. If it holds an OpenMairie database, it will be opened as it is, without erasing anything.</translation>
    </message>
    <message>
        <source>Un nouveau fichier sera créé ; le dossier est créé s&apos;il n&apos;existe pas.</source>
        <translation>A new file will be created; the folder is created if it does not exist.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe mais ne contient pas de base OpenMairie complète. Choisissez un autre nom de fichier pour créer une nouvelle base.</source>
        <translation>The file “%1” exists but holds no complete OpenMairie database. Choose another file name to create a new database.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::WizardModePage</name>
    <message>
        <source>Bienvenue dans OpenMairie</source>
        <translation>Welcome to OpenMairie</translation>
    </message>
    <message>
        <source>Choisissez où seront enregistrées les données de la mairie. Vous pourrez changer de base plus tard, depuis le menu Fichier.</source>
        <translation>Choose where the town hall&apos;s data will be saved. You can change database later, from the File menu.</translation>
    </message>
    <message>
        <source>Poste &amp;autonome (fichier local)</source>
        <translation>&amp;Standalone workstation (local file)</translation>
    </message>
    <message>
        <source>Serveur &amp;partagé (PostgreSQL)</source>
        <translation>&amp;Shared server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Les données sont enregistrées dans un fichier sur cet ordinateur, sans serveur ni réseau. Convient à une mairie qui travaille sur un seul poste. Pensez aux sauvegardes.</source>
        <translation>The data is saved in a file on this computer, without server or network. Suits a town hall working on a single workstation. Remember the backups.</translation>
    </message>
    <message>
        <source>Plusieurs postes, voire plusieurs communes, travaillent sur la même base, hébergée sur un serveur PostgreSQL (syndicat intercommunal, prestataire). Munissez-vous de l&apos;adresse du serveur, du nom de la base et de votre rôle.</source>
        <translation>Several workstations, even several communes, work on the same database, hosted on a PostgreSQL server (intercommunal syndicate, service provider). Have the server address, the database name and your role at hand.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::WizardServerPage</name>
    <message>
        <source>Serveur partagé</source>
        <translation>Shared server</translation>
    </message>
    <message>
        <source>Indiquez le serveur PostgreSQL fourni par votre syndicat ou votre prestataire. Le mot de passe sert à se connecter : il n&apos;est jamais enregistré.</source>
        <translation>Give the PostgreSQL server provided by your syndicate or your service provider. The password is used to connect: it is never saved.</translation>
    </message>
    <message>
        <source>&amp;Tester la connexion</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>Connexion réussie à %1. La base contient déjà des données OpenMairie : elle sera utilisée telle quelle.</source>
        <translation>Connected to %1. The database already holds OpenMairie data: it will be used as it is.</translation>
    </message>
    <message>
        <source>Connexion réussie à %1. La base est vide : l&apos;assistant va la préparer.</source>
        <translation>Connected to %1. The database is empty: the wizard will prepare it.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Gui::WizardSummaryPage</name>
    <message>
        <source>Récapitulatif</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Serveur partagé (PostgreSQL)</source>
        <translation>Shared server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Poste autonome</source>
        <translation>Standalone workstation</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Cette base contient déjà des données OpenMairie : elle sera utilisée telle quelle, rien n&apos;est effacé. Cliquez sur « Terminer », puis connectez-vous avec votre compte.</source>
        <translation>This database already holds OpenMairie data: it will be used as it is, nothing is erased. Click “Finish”, then sign in with your account.</translation>
    </message>
    <message>
        <source>OpenMairie va utiliser la base existante.</source>
        <translation>OpenMairie will use the existing database.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>En cliquant sur « Terminer », OpenMairie prépare la base, y enregistre la commune et le compte de l&apos;administrateur, puis ouvre la fenêtre principale.</source>
        <translation>When you click “Finish”, OpenMairie prepares the database, records the commune and the administrator&apos;s account in it, then opens the main window.</translation>
    </message>
    <message>
        <source>Vérifiez ces choix avant de créer la base.</source>
        <translation>Check these choices before creating the database.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Reglement</name>
    <message numerus="yes">
        <source>Le registre des arrêtés de %1 contient déjà %n arrêté(s) : les données de démonstration n&apos;y sont pas ajoutées.</source>
        <translation>
            <numerusform>The by-law register of %1 already holds %n by-law: the demonstration data is not added to it.</numerusform>
            <numerusform>The by-law register of %1 already holds %n by-laws: the demonstration data is not added to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le registre des arrêtés de %1 a atteint 9999 arrêtés : aucun numéro n&apos;est plus disponible pour cette année.</source>
        <translation>The by-law register of %1 has reached 9999 by-laws: no number is left for this year.</translation>
    </message>
    <message>
        <source>Le compteur des numéros d&apos;arrêtés de %1 est introuvable.</source>
        <translation>The by-law number counter of %1 cannot be found.</translation>
    </message>
    <message>
        <source>Avertissement : </source>
        <translation>Warning: </translation>
    </message>
    <message numerus="yes">
        <source>%1 écrit dans %2 (%n page(s)).</source>
        <translation>
            <numerusform>%1 written to %2 (%n page).</numerusform>
            <numerusform>%1 written to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Option --out manquante : indiquez le fichier PDF à écrire. Exemple : %1</source>
        <translation>Option --out missing: give the PDF file to write. Example: %1</translation>
    </message>
    <message>
        <source>Fichier PDF/A à écrire (obligatoire). Il n&apos;apparaît qu&apos;une fois complet.</source>
        <translation>PDF/A file to write (mandatory). It only appears once complete.</translation>
    </message>
    <message>
        <source>Imprime un arrêté en PDF/A, avec le modèle de la commune (ou celui fourni)</source>
        <translation>Prints a by-law as PDF/A, with the commune&apos;s template (or the shipped one)</translation>
    </message>
    <message>
        <source>Numéro de l&apos;arrêté (obligatoire), par exemple 2024-0012.</source>
        <translation>Number of the by-law (mandatory), for example 2024-0012.</translation>
    </message>
    <message>
        <source>Imprime la mention « Duplicata » en filigrane (copie d&apos;un arrêté déjà signé).</source>
        <translation>Prints the word “Duplicata” as a watermark (copy of an already signed by-law).</translation>
    </message>
    <message>
        <source>Imprime en PDF/A le registre chronologique des arrêtés d&apos;une année</source>
        <translation>Prints as PDF/A the chronological register of a year&apos;s by-laws</translation>
    </message>
    <message>
        <source>Année du registre (obligatoire).</source>
        <translation>Year of the register (mandatory).</translation>
    </message>
    <message>
        <source>Option --numero manquante : indiquez le numéro de l&apos;arrêté. Exemple : %1</source>
        <translation>Option --numero missing: give the number of the by-law. Example: %1</translation>
    </message>
    <message>
        <source>Arrêté n° %1</source>
        <translation>By-law no. %1</translation>
    </message>
    <message>
        <source>Option --annee manquante : indiquez l&apos;année du registre. Exemple : %1</source>
        <translation>Option --annee missing: give the year of the register. Example: %1</translation>
    </message>
    <message>
        <source>Option --annee : « %1 » n&apos;est pas une année (quatre chiffres, par exemple 2024).</source>
        <translation>Option --annee: “%1” is not a year (four digits, for example 2024).</translation>
    </message>
    <message>
        <source>Registre des arrêtés %1</source>
        <translation>By-law register %1</translation>
    </message>
    <message>
        <source>En vigueur</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Abrogé</source>
        <translation>Repealed</translation>
    </message>
    <message>
        <source>Annulé</source>
        <translation>Annulled</translation>
    </message>
    <message>
        <source>La date de publication ou d&apos;affichage (%1) précède la date de signature (%2) : un arrêté n&apos;est publié qu&apos;une fois signé. Corrigez l&apos;une des deux dates.</source>
        <translation>The publication or posting date (%1) precedes the signature date (%2): a by-law is only published once signed. Fix one of the two dates.</translation>
    </message>
    <message>
        <source>La date de publication ou d&apos;affichage (%1) est postérieure à aujourd&apos;hui (%2) : saisissez-la une fois l&apos;arrêté publié ou affiché.</source>
        <translation>The publication or posting date (%1) is after today (%2): enter it once the by-law is published or posted.</translation>
    </message>
    <message>
        <source>La date de transmission à la préfecture (%1) précède la date de signature (%2) : un arrêté n&apos;est transmis qu&apos;une fois signé. Corrigez l&apos;une des deux dates.</source>
        <translation>The date of transmission to the prefecture (%1) precedes the signature date (%2): a by-law is only transmitted once signed. Fix one of the two dates.</translation>
    </message>
    <message>
        <source>La date de transmission à la préfecture (%1) est postérieure à aujourd&apos;hui (%2) : saisissez-la une fois l&apos;arrêté transmis (date de l&apos;accusé de réception).</source>
        <translation>The date of transmission to the prefecture (%1) is after today (%2): enter it once the by-law is transmitted (date of the acknowledgement of receipt).</translation>
    </message>
    <message>
        <source>La date de notification (%1) précède la date de signature (%2) : un arrêté n&apos;est notifié qu&apos;une fois signé. Corrigez l&apos;une des deux dates.</source>
        <translation>The notification date (%1) precedes the signature date (%2): a by-law is only notified once signed. Fix one of the two dates.</translation>
    </message>
    <message>
        <source>La date de notification (%1) est postérieure à aujourd&apos;hui (%2) : saisissez-la une fois l&apos;arrêté notifié à l&apos;intéressé.</source>
        <translation>The notification date (%1) is after today (%2): enter it once the by-law is notified to the person concerned.</translation>
    </message>
    <message>
        <source>%1 compte %2 caractères pour %3 au plus : raccourcissez-le.</source>
        <translation>%1 has %2 characters for at most %3: shorten it.</translation>
    </message>
    <message>
        <source>La date de signature est obligatoire : saisissez la date à laquelle l&apos;arrêté a été signé (JJ/MM/AAAA).</source>
        <translation>The signature date is mandatory: enter the date on which the by-law was signed (DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>La date de signature (%1) est postérieure à aujourd&apos;hui (%2) : un arrêté est enregistré une fois signé.</source>
        <translation>The signature date (%1) is after today (%2): a by-law is recorded once signed.</translation>
    </message>
    <message>
        <source>La date de signature (%1) est antérieure à %2 : vérifiez l&apos;année.</source>
        <translation>The signature date (%1) is before %2: check the year.</translation>
    </message>
    <message>
        <source>Le numéro de cet arrêté appartient à l&apos;année %1 : la date de signature doit rester en %1. S&apos;il a été enregistré sur la mauvaise année, annulez-le et enregistrez-en un nouveau.</source>
        <translation>The number of this by-law belongs to the year %1: the signature date must stay in %1. If it was recorded on the wrong year, annul it and record a new one.</translation>
    </message>
    <message>
        <source>L&apos;objet est obligatoire : indiquez en une phrase ce que décide l&apos;arrêté.</source>
        <translation>The subject is mandatory: say in one sentence what the by-law decides.</translation>
    </message>
    <message>
        <source>L&apos;objet compte %1 caractères pour %2 au plus : raccourcissez-le et mettez le détail dans les observations.</source>
        <translation>The subject has %1 characters for at most %2: shorten it and put the details in the remarks.</translation>
    </message>
    <message>
        <source>Choisissez la catégorie de l&apos;arrêté.</source>
        <translation>Choose the category of the by-law.</translation>
    </message>
    <message>
        <source>Catégorie « %1 » inconnue : choisissez parmi %2.</source>
        <translation>Unknown category “%1”: choose among %2.</translation>
    </message>
    <message>
        <source>Indiquez le signataire, avec son nom et sa qualité (par exemple « Le Maire, Jean Dupont »).</source>
        <translation>Give the signatory, with their name and title (for example “Le Maire, Jean Dupont”).</translation>
    </message>
    <message>
        <source>Le signataire</source>
        <translation>The signatory</translation>
    </message>
    <message>
        <source>La référence</source>
        <translation>The reference</translation>
    </message>
    <message>
        <source>Le champ observations</source>
        <translation>The remarks field</translation>
    </message>
    <message>
        <source>Indiquez la date d&apos;abrogation (JJ/MM/AAAA).</source>
        <translation>Give the repeal date (DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>Indiquez la date d&apos;annulation (JJ/MM/AAAA).</source>
        <translation>Give the annulment date (DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>La date d&apos;abrogation (%1) précède la signature de l&apos;arrêté %2 (%3).</source>
        <translation>The repeal date (%1) precedes the signature of the by-law %2 (%3).</translation>
    </message>
    <message>
        <source>La date d&apos;annulation (%1) précède la signature de l&apos;arrêté %2 (%3).</source>
        <translation>The annulment date (%1) precedes the signature of the by-law %2 (%3).</translation>
    </message>
    <message>
        <source>La date d&apos;abrogation (%1) est postérieure à aujourd&apos;hui (%2) : enregistrez l&apos;abrogation une fois décidée.</source>
        <translation>The repeal date (%1) is after today (%2): record the repeal once decided.</translation>
    </message>
    <message>
        <source>La date d&apos;annulation (%1) est postérieure à aujourd&apos;hui (%2) : enregistrez l&apos;annulation une fois prononcée.</source>
        <translation>The annulment date (%1) is after today (%2): record the annulment once pronounced.</translation>
    </message>
    <message>
        <source>Indiquez le motif de l&apos;abrogation (par exemple « remplacé par l&apos;arrêté 2025-0003 »).</source>
        <translation>Give the reason for the repeal (for example “replaced by the by-law 2025-0003”).</translation>
    </message>
    <message>
        <source>Indiquez le motif de l&apos;annulation (par exemple « annulé par jugement du tribunal administratif du 12/03/2025 » ou « retiré »).</source>
        <translation>Give the reason for the annulment (for example “annulled by judgement of the administrative court of 12/03/2025” or “withdrawn”).</translation>
    </message>
    <message>
        <source>Le motif</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>L&apos;arrêté n&apos;est pas enregistré :</source>
        <translation>The by-law is not saved:</translation>
    </message>
    <message>
        <source>Option --%1 : %2</source>
        <translation>Option --%1: %2</translation>
    </message>
    <message>
        <source>le %1 à %2 par %3</source>
        <translation>on %1 at %2 by %3</translation>
    </message>
    <message>
        <source>Liste les arrêtés du registre de la commune (les plus récents d&apos;abord)</source>
        <translation>Lists the by-laws of the commune&apos;s register (most recent first)</translation>
    </message>
    <message>
        <source>Arrêtés de l&apos;année AAAA.</source>
        <translation>By-laws of the year YYYY.</translation>
    </message>
    <message>
        <source>Arrêtés de la catégorie CODE (voir « reglement categories »).</source>
        <translation>By-laws of the category CODE (see “reglement categories”).</translation>
    </message>
    <message>
        <source>Mots de l&apos;objet ou numéro, sans tenir compte des accents ni des majuscules.</source>
        <translation>Words of the subject or number, ignoring accents and capitals.</translation>
    </message>
    <message>
        <source>État : actif, abroge ou annule.</source>
        <translation>State: actif, abroge or annule.</translation>
    </message>
    <message>
        <source>Affiche un arrêté et son caractère exécutoire</source>
        <translation>Shows a by-law and whether it is enforceable</translation>
    </message>
    <message>
        <source>Enregistre un arrêté et affiche le numéro attribué</source>
        <translation>Records a by-law and shows the number given</translation>
    </message>
    <message>
        <source>Date de signature (obligatoire).</source>
        <translation>Signature date (mandatory).</translation>
    </message>
    <message>
        <source>Objet de l&apos;arrêté (obligatoire).</source>
        <translation>Subject of the by-law (mandatory).</translation>
    </message>
    <message>
        <source>Catégorie (obligatoire, voir « reglement categories »).</source>
        <translation>Category (mandatory, see “reglement categories”).</translation>
    </message>
    <message>
        <source>Nom et qualité du signataire (par défaut : celui du dernier arrêté).</source>
        <translation>Name and title of the signatory (default: the one of the last by-law).</translation>
    </message>
    <message>
        <source>Date de publication ou d&apos;affichage.</source>
        <translation>Publication or posting date.</translation>
    </message>
    <message>
        <source>Date de transmission à la préfecture.</source>
        <translation>Date of transmission to the prefecture.</translation>
    </message>
    <message>
        <source>Soumis à transmission : oui ou non (par défaut : selon la catégorie).</source>
        <translation>Subject to transmission: oui or non (default: according to the category).</translation>
    </message>
    <message>
        <source>Date de notification à l&apos;intéressé.</source>
        <translation>Date of notification to the person concerned.</translation>
    </message>
    <message>
        <source>Référence (facultative).</source>
        <translation>Reference (optional).</translation>
    </message>
    <message>
        <source>Observations (facultatives).</source>
        <translation>Remarks (optional).</translation>
    </message>
    <message>
        <source>Visas de l&apos;arrêté, un par ligne (« Vu le code général des collectivités territoriales… »).</source>
        <translation>Recitals (“visas”) of the by-law, one per line (“Vu le code général des collectivités territoriales…”).</translation>
    </message>
    <message>
        <source>Considérants, un par ligne (« Considérant que… »).</source>
        <translation>Considerations, one per line (“Considérant que…”).</translation>
    </message>
    <message>
        <source>Articles du dispositif, séparés par une ligne vide (numérotés à l&apos;impression).</source>
        <translation>Articles of the operative part, separated by an empty line (numbered when printed).</translation>
    </message>
    <message>
        <source>Date de la décision (par défaut : aujourd&apos;hui).</source>
        <translation>Date of the decision (default: today).</translation>
    </message>
    <message>
        <source>Motif (obligatoire).</source>
        <translation>Reason (mandatory).</translation>
    </message>
    <message>
        <source>Abroge un arrêté (il reste au registre avec son numéro)</source>
        <translation>Repeals a by-law (it stays in the register with its number)</translation>
    </message>
    <message>
        <source>Enregistre l&apos;annulation ou le retrait d&apos;un arrêté</source>
        <translation>Records the annulment or withdrawal of a by-law</translation>
    </message>
    <message>
        <source>Liste les catégories d&apos;arrêtés et leurs codes</source>
        <translation>Lists the by-law categories and their codes</translation>
    </message>
    <message>
        <source>Option --annee : « %1 » n&apos;est pas une année (écrivez-la sur quatre chiffres, par exemple 2024).</source>
        <translation>Option --annee: “%1” is not a year (write it with four digits, for example 2024).</translation>
    </message>
    <message>
        <source>Option --categorie : « %1 » n&apos;est pas une catégorie. Codes possibles : %2.</source>
        <translation>Option --categorie: “%1” is not a category. Possible codes: %2.</translation>
    </message>
    <message>
        <source>Option --etat : « %1 » n&apos;est pas un état. États possibles : actif, abroge, annule.</source>
        <translation>Option --etat: “%1” is not a state. Possible states: actif, abroge, annule.</translation>
    </message>
    <message numerus="yes">
        <source>Registre des arrêtés de %1 : %n arrêté(s)</source>
        <translation>
            <numerusform>By-law register of %1: %n by-law</numerusform>
            <numerusform>By-law register of %1: %n by-laws</numerusform>
        </translation>
    </message>
    <message>
        <source>NUMÉRO</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>CATÉGORIE</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>EXÉCUTOIRE</source>
        <translation>ENFORCEABLE</translation>
    </message>
    <message>
        <source>OBJET</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>Indiquez le numéro de l&apos;arrêté, par exemple : reglement show 2024-0012</source>
        <translation>Give the number of the by-law, for example: reglement show 2024-0012</translation>
    </message>
    <message>
        <source>Date de signature</source>
        <translation>Signature date</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Publication ou affichage</source>
        <translation>Publication or posting</translation>
    </message>
    <message>
        <source>Transmission à la préfecture</source>
        <translation>Transmission to the prefecture</translation>
    </message>
    <message>
        <source>%1 (non requise)</source>
        <translation>%1 (not required)</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1 le %2 : %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Caractère exécutoire</source>
        <translation>Enforceability</translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Option --%1 manquante. Exemple : reglement add --date 05/03/2024 --objet &quot;Arrêté portant …&quot; --categorie police</source>
        <translation>Option --%1 missing. Example: reglement add --date 05/03/2024 --objet &quot;Arrêté portant …&quot; --categorie police</translation>
    </message>
    <message>
        <source>Option --transmission-requise : répondez oui ou non (et non « %1 »).</source>
        <translation>Option --transmission-requise: answer oui or non (not “%1”).</translation>
    </message>
    <message>
        <source>Arrêté n° %1 enregistré.</source>
        <translation>By-law no. %1 recorded.</translation>
    </message>
    <message>
        <source>Indiquez le numéro de l&apos;arrêté, par exemple : %1 2024-0012 --motif &quot;…&quot;</source>
        <translation>Give the number of the by-law, for example: %1 2024-0012 --motif &quot;…&quot;</translation>
    </message>
    <message>
        <source>Option --motif manquante : indiquez le motif de l&apos;abrogation.</source>
        <translation>Option --motif missing: give the reason for the repeal.</translation>
    </message>
    <message>
        <source>Option --motif manquante : indiquez le motif de l&apos;annulation.</source>
        <translation>Option --motif missing: give the reason for the annulment.</translation>
    </message>
    <message>
        <source>Arrêté n° %1 abrogé le %2.</source>
        <translation>By-law no. %1 repealed on %2.</translation>
    </message>
    <message>
        <source>Arrêté n° %1 annulé le %2.</source>
        <translation>By-law no. %1 annulled on %2.</translation>
    </message>
    <message>
        <source> (sans transmission à la préfecture)</source>
        <translation> (without transmission to the prefecture)</translation>
    </message>
    <message>
        <source>%1 le %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Non soumis à transmission</source>
        <translation>Not subject to transmission</translation>
    </message>
    <message>
        <source>Duplicata</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une année : écrivez-la sur quatre chiffres, par exemple 2024.</source>
        <translation>“%1” is not a year: write it with four digits, for example 2024.</translation>
    </message>
    <message>
        <source>Le registre de %1 ne contient encore aucun arrêté : il n&apos;y a pas de registre %2 à imprimer.</source>
        <translation>The register of %1 holds no by-law yet: there is no %2 register to print.</translation>
    </message>
    <message>
        <source>Aucun arrêté n&apos;est enregistré en %1 dans le registre de %2 : il n&apos;y a pas de registre à imprimer. Années qui en ont : %3.</source>
        <translation>No by-law is recorded in %1 in the register of %2: there is no register to print. Years that have some: %3.</translation>
    </message>
    <message>
        <source>Année %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Réglementaire</source>
        <translation>Regulatory</translation>
    </message>
    <message>
        <source>Individuel</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Temporaire de circulation et de stationnement</source>
        <translation>Temporary traffic and parking</translation>
    </message>
    <message>
        <source>Permanent de circulation</source>
        <translation>Permanent traffic</translation>
    </message>
    <message>
        <source>Police du maire</source>
        <translation>Mayor&apos;s police powers</translation>
    </message>
    <message>
        <source>Fonction publique / personnel</source>
        <translation>Civil service / staff</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Arrêtés municipaux</source>
        <translation>Municipal by-laws</translation>
    </message>
    <message>
        <source>Réglementation</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <source>Arrêté municipal</source>
        <translation>Municipal by-law</translation>
    </message>
    <message>
        <source>Numéro de l&apos;arrêté (AAAA-NNNN)</source>
        <translation>Number of the by-law (YYYY-NNNN)</translation>
    </message>
    <message>
        <source>Nom du signataire</source>
        <translation>Signatory&apos;s name</translation>
    </message>
    <message>
        <source>Qualité du signataire (« Le Maire »)</source>
        <translation>Signatory&apos;s title (“Le Maire”)</translation>
    </message>
    <message>
        <source>Date de publication ou d&apos;affichage</source>
        <translation>Publication or posting date</translation>
    </message>
    <message>
        <source>Date de transmission en préfecture</source>
        <translation>Date of transmission to the prefecture</translation>
    </message>
    <message>
        <source>Date de notification</source>
        <translation>Notification date</translation>
    </message>
    <message>
        <source>Mention du caractère exécutoire (ou lignes à compléter à la main)</source>
        <translation>Statement of enforceability (or lines to complete by hand)</translation>
    </message>
    <message>
        <source>État (en vigueur, abrogé, annulé)</source>
        <translation>State (in force, repealed, annulled)</translation>
    </message>
    <message>
        <source>Visas</source>
        <translation>Recitals</translation>
    </message>
    <message>
        <source>Texte du visa (« Vu … ; »)</source>
        <translation>Text of the recital (“Vu … ;”)</translation>
    </message>
    <message>
        <source>Considérants</source>
        <translation>Considerations</translation>
    </message>
    <message>
        <source>Texte du considérant</source>
        <translation>Text of the consideration</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Numéro de l&apos;article (1er, 2, 3…)</source>
        <translation>Number of the article (1er, 2, 3…)</translation>
    </message>
    <message>
        <source>Texte de l&apos;article</source>
        <translation>Text of the article</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro d&apos;arrêté : écrivez-le AAAA-NNNN, par exemple 2024-0012.</source>
        <translation>“%1” is not a by-law number: write it YYYY-NNNN, for example 2024-0012.</translation>
    </message>
    <message>
        <source>L&apos;arrêté n° %1 n&apos;existe pas dans le registre de la commune. Vérifiez le numéro (« openmairie-cli reglement list --annee %2 » liste ceux de l&apos;année).</source>
        <translation>The by-law no. %1 does not exist in the commune&apos;s register. Check the number (“openmairie-cli reglement list --annee %2” lists those of the year).</translation>
    </message>
    <message>
        <source>Le Maire</source>
        <translation>Le Maire</translation>
    </message>
    <message>
        <source>de sa publication ou de son affichage le %1</source>
        <translation>de sa publication ou de son affichage le %1</translation>
    </message>
    <message>
        <source>de sa notification le %1</source>
        <translation>de sa notification le %1</translation>
    </message>
    <message>
        <source>Notifié le %1</source>
        <translation>Notifié le %1</translation>
    </message>
    <message>
        <source>Publié ou affiché le %1</source>
        <translation>Publié ou affiché le %1</translation>
    </message>
    <message>
        <source>Transmis au représentant de l&apos;État le %1      %2</source>
        <translation>Transmis au représentant de l&apos;État le %1      %2</translation>
    </message>
    <message>
        <source>Certifié exécutoire compte tenu de sa transmission au représentant de l&apos;État le %1 et %2.</source>
        <translation>Certifié exécutoire compte tenu de sa transmission au représentant de l&apos;État le %1 et %2.</translation>
    </message>
    <message>
        <source>Certifié exécutoire compte tenu %1.</source>
        <translation>Certifié exécutoire compte tenu %1.</translation>
    </message>
    <message>
        <source>portant réglementation temporaire de la circulation et du stationnement rue de la République à l&apos;occasion de la brocante de printemps</source>
        <translation>portant réglementation temporaire de la circulation et du stationnement rue de la République à l&apos;occasion de la brocante de printemps</translation>
    </message>
    <message>
        <source>Le Maire, Jean Dupont</source>
        <translation>Le Maire, Jean Dupont</translation>
    </message>
    <message>
        <source>Vu le code général des collectivités territoriales, notamment ses articles L.2212-1, L.2212-2 et L.2213-1 ;
Vu le code de la route, notamment ses articles R.411-8 et R.417-10 ;</source>
        <translation>Vu le code général des collectivités territoriales, notamment ses articles L.2212-1, L.2212-2 et L.2213-1 ;
Vu le code de la route, notamment ses articles R.411-8 et R.417-10 ;</translation>
    </message>
    <message>
        <source>Considérant qu&apos;il convient d&apos;assurer la sécurité des usagers et du public pendant la brocante ;</source>
        <translation>Considérant qu&apos;il convient d&apos;assurer la sécurité des usagers et du public pendant la brocante ;</translation>
    </message>
    <message>
        <source>Le dimanche 5 avril 2026, de 6 heures à 20 heures, la circulation et le stationnement de tous les véhicules sont interdits rue de la République.

La signalisation réglementaire sera mise en place par les services techniques municipaux.

Le Directeur général des services et le Chef de la police municipale sont chargés, chacun en ce qui le concerne, de l&apos;exécution du présent arrêté.</source>
        <translation>Le dimanche 5 avril 2026, de 6 heures à 20 heures, la circulation et le stationnement de tous les véhicules sont interdits rue de la République.

La signalisation réglementaire sera mise en place par les services techniques municipaux.

Le Directeur général des services et le Chef de la police municipale sont chargés, chacun en ce qui le concerne, de l&apos;exécution du présent arrêté.</translation>
    </message>
    <message>
        <source>la publication ou l&apos;affichage</source>
        <translation>publication or posting</translation>
    </message>
    <message>
        <source>la notification à l&apos;intéressé</source>
        <translation>notification to the person concerned</translation>
    </message>
    <message>
        <source>la publication ou la notification</source>
        <translation>publication or notification</translation>
    </message>
    <message>
        <source>la transmission à la préfecture (contrôle de légalité)</source>
        <translation>transmission to the prefecture (legality check)</translation>
    </message>
    <message>
        <source>Abrogé le %1</source>
        <translation>Repealed on %1</translation>
    </message>
    <message>
        <source>Annulé le %1</source>
        <translation>Annulled on %1</translation>
    </message>
    <message>
        <source>Exécutoire depuis le %1</source>
        <translation>Enforceable since %1</translation>
    </message>
    <message>
        <source>Non exécutoire : il manque %1.</source>
        <translation>Not enforceable: %1 is missing.</translation>
    </message>
    <message>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Aucune commune n&apos;est choisie : choisissez la commune dont vous tenez le registre des arrêtés.</source>
        <translation>No commune is chosen: choose the commune whose by-law register you keep.</translation>
    </message>
    <message>
        <source>L&apos;arrêté %1 a été modifié par %2 le %3 à %4 : rechargez-le pour voir ses nouvelles valeurs, puis refaites votre modification (elle n&apos;a pas été enregistrée).</source>
        <translation>The by-law %1 was changed by %2 on %3 at %4: reload it to see its new values, then redo your change (it was not saved).</translation>
    </message>
    <message>
        <source>un autre agent</source>
        <translation>another agent</translation>
    </message>
    <message>
        <source>L&apos;arrêté enregistré est introuvable.</source>
        <translation>The recorded by-law cannot be found.</translation>
    </message>
    <message>
        <source>Aucun numéro libre n&apos;a pu être attribué à l&apos;arrêté après %1 essais : réessayez.</source>
        <translation>No free number could be given to the by-law after %1 attempts: try again.</translation>
    </message>
    <message>
        <source>Cet arrêté n&apos;existe pas dans le registre de %1.</source>
        <translation>This by-law does not exist in the register of %1.</translation>
    </message>
    <message>
        <source>L&apos;arrêté %1 est %2 depuis le %3 : il ne peut plus être modifié.</source>
        <translation>The by-law %1 has been %2 since %3: it can no longer be changed.</translation>
    </message>
    <message>
        <source>La modification de l&apos;arrêté %1 n&apos;est pas enregistrée :</source>
        <translation>The change of the by-law %1 is not saved:</translation>
    </message>
    <message>
        <source>L&apos;arrêté %1 est déjà %2 depuis le %3.</source>
        <translation>The by-law %1 has already been %2 since %3.</translation>
    </message>
    <message>
        <source>L&apos;abrogation n&apos;est pas enregistrée :</source>
        <translation>The repeal is not saved:</translation>
    </message>
    <message>
        <source>L&apos;annulation n&apos;est pas enregistrée :</source>
        <translation>The annulment is not saved:</translation>
    </message>
    <message>
        <source>L&apos;arrêté %1 ne peut pas être supprimé : un arrêté numéroté reste au registre et son numéro n&apos;est jamais réattribué. Abrogez-le s&apos;il cesse de s&apos;appliquer, ou annulez-le s&apos;il a été retiré ou annulé par le juge.</source>
        <translation>The by-law %1 cannot be deleted: a numbered by-law stays in the register and its number is never given again. Repeal it if it stops applying, or annul it if it was withdrawn or annulled by the court.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro d&apos;arrêté : écrivez-le AAAA-NNNN (par exemple 2024-0012).</source>
        <translation>“%1” is not a by-law number: write it YYYY-NNNN (for example 2024-0012).</translation>
    </message>
    <message>
        <source>Aucun arrêté n° %1 dans le registre de %2.</source>
        <translation>No by-law no. %1 in the register of %2.</translation>
    </message>
    <message>
        <source>%1 — signé le %2</source>
        <translation>%1 — signed on %2</translation>
    </message>
    <message>
        <source>Recherche annulée.</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <source>Arrêtés de l&apos;année</source>
        <translation>By-laws of the year</translation>
    </message>
    <message>
        <source>Nombre d&apos;arrêtés enregistrés au registre pour l&apos;année en cours.</source>
        <translation>Number of by-laws recorded in the register for the current year.</translation>
    </message>
    <message>
        <source>À transmettre à la préfecture</source>
        <translation>To transmit to the prefecture</translation>
    </message>
    <message>
        <source>Arrêtés en vigueur soumis au contrôle de légalité qui n&apos;ont pas encore été transmis : ils ne sont pas exécutoires.</source>
        <translation>By-laws in force subject to the legality check that have not been transmitted yet: they are not enforceable.</translation>
    </message>
    <message>
        <source>Derniers arrêtés</source>
        <translation>Latest by-laws</translation>
    </message>
    <message>
        <source>Les %1 derniers arrêtés du registre ; un clic ouvre l&apos;arrêté.</source>
        <translation>The %1 latest by-laws of the register; a click opens the by-law.</translation>
    </message>
    <message>
        <source>Nouvel arrêté</source>
        <translation>New by-law</translation>
    </message>
    <message>
        <source>Enregistrer un arrêté au registre : son numéro est attribué à l&apos;enregistrement.</source>
        <translation>Record a by-law in the register: its number is given when saving.</translation>
    </message>
    <message>
        <source>arrêté enregistré en %1</source>
        <translation>by-law recorded in %1</translation>
    </message>
    <message>
        <source>arrêtés enregistrés en %1</source>
        <translation>by-laws recorded in %1</translation>
    </message>
    <message>
        <source>Aucun arrêté en attente de transmission : tout est à jour.</source>
        <translation>No by-law waiting for transmission: everything is up to date.</translation>
    </message>
    <message>
        <source>arrêté en vigueur pas encore transmis : il n&apos;est pas exécutoire.</source>
        <translation>by-law in force not yet transmitted: it is not enforceable.</translation>
    </message>
    <message>
        <source>arrêtés en vigueur pas encore transmis : ils ne sont pas exécutoires.</source>
        <translation>by-laws in force not yet transmitted: they are not enforceable.</translation>
    </message>
    <message>
        <source>Le registre est vide : aucun arrêté enregistré.</source>
        <translation>The register is empty: no by-law recorded.</translation>
    </message>
    <message>
        <source>Cet arrêté appartient à une commune qui n&apos;est pas parmi les vôtres : demandez à l&apos;administrateur de vous la rattacher.</source>
        <translation>This order belongs to a commune that is not one of yours: ask the administrator to attach it to your account.</translation>
    </message>
    <message>
        <source>en vigueur</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>abrogé</source>
        <translation>repealed</translation>
    </message>
    <message>
        <source>annulé</source>
        <translation>annulled</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Registre des arrêtés</source>
        <translation>Register of municipal orders</translation>
    </message>
    <message>
        <source>Tous les arrêtés de la commune, avec leur publication, leur transmission et leur état.</source>
        <translation>Every order of the commune, with its publication, transmission and state.</translation>
    </message>
    <message>
        <source>Publié le</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Transmis le</source>
        <translation>Transmitted on</translation>
    </message>
    <message>
        <source>Fin de validité le</source>
        <translation>Validity ended on</translation>
    </message>
    <message>
        <source>Motif de fin</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Arrêtés à transmettre en préfecture</source>
        <translation>Orders to transmit to the prefecture</translation>
    </message>
    <message>
        <source>Les arrêtés en vigueur soumis au contrôle de légalité qui n&apos;ont pas encore été transmis : tant qu&apos;ils ne le sont pas, ils ne sont pas exécutoires.</source>
        <translation>Orders in force subject to the legality check that have not been transmitted yet: until they are, they are not enforceable.</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Reglement::ArreteForm</name>
    <message>
        <source>Nouvel arrêté</source>
        <translation>New by-law</translation>
    </message>
    <message>
        <source>Nouvel arrêté — le numéro est attribué à l&apos;enregistrement</source>
        <translation>New by-law — the number is given when saving</translation>
    </message>
    <message>
        <source>Arrêté n° %1</source>
        <translation>By-law no. %1</translation>
    </message>
    <message>
        <source>%1 le %2 : %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Date de &amp;signature :</source>
        <translation>&amp;Signature date:</translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Catégorie :</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Par exemple : Arrêté portant réglementation temporaire de la circulation rue de la République pour la brocante du 12 mai</source>
        <translation>For example: Arrêté portant réglementation temporaire de la circulation rue de la République pour la brocante du 12 mai</translation>
    </message>
    <message>
        <source>&amp;Objet :</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Nom et qualité, par exemple « Le Maire, Jean Dupont »</source>
        <translation>Name and title, for example “Le Maire, Jean Dupont”</translation>
    </message>
    <message>
        <source>Si&amp;gnataire :</source>
        <translation>Si&amp;gnatory:</translation>
    </message>
    <message>
        <source>&amp;Publication ou affichage :</source>
        <translation>&amp;Publication or posting:</translation>
    </message>
    <message>
        <source>Soumis à transmission (contrôle de légalité, CGCT L2131-2)</source>
        <translation>Subject to transmission (legality check, CGCT L2131-2)</translation>
    </message>
    <message>
        <source>Décochez pour les actes que l&apos;article L2131-2 du CGCT ne soumet pas à transmission, par exemple les arrêtés de circulation et de stationnement.</source>
        <translation>Uncheck for the acts that article L2131-2 of the CGCT does not subject to transmission, for example traffic and parking by-laws.</translation>
    </message>
    <message>
        <source>&amp;Transmission à la préfecture :</source>
        <translation>&amp;Transmission to the prefecture:</translation>
    </message>
    <message>
        <source>Pour un acte individuel : date à laquelle l&apos;intéressé en a reçu notification.</source>
        <translation>For an individual act: date on which the person concerned was notified.</translation>
    </message>
    <message>
        <source>&amp;Notification :</source>
        <translation>&amp;Notification:</translation>
    </message>
    <message>
        <source>Référence interne ou de l&apos;accusé de réception (facultatif)</source>
        <translation>Internal reference or reference of the acknowledgement of receipt (optional)</translation>
    </message>
    <message>
        <source>&amp;Référence :</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>O&amp;bservations :</source>
        <translation>Re&amp;marks:</translation>
    </message>
    <message>
        <source>&amp;Registre</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Te&amp;xte de l&apos;arrêté</source>
        <translation>Te&amp;xt of the by-law</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+Entrée)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Un visa par ligne, par exemple :
Vu le code général des collectivités territoriales, notamment ses articles L.2212-1 et L.2213-1 ;
Vu le code de la route ;</source>
        <translation>One recital per line, for example:
Vu le code général des collectivités territoriales, notamment ses articles L.2212-1 et L.2213-1 ;
Vu le code de la route ;</translation>
    </message>
    <message>
        <source>Un considérant par ligne, par exemple :
Considérant qu&apos;il convient d&apos;assurer la sécurité des usagers pendant la brocante ;</source>
        <translation>One consideration per line, for example:
Considérant qu&apos;il convient d&apos;assurer la sécurité des usagers pendant la brocante ;</translation>
    </message>
    <message>
        <source>Les articles, séparés par une ligne vide ; ils sont numérotés à l&apos;impression (Article 1er, Article 2…).

Le stationnement est interdit rue de la République le 12 mai de 6 h à 20 h.

Le présent arrêté sera affiché en mairie.</source>
        <translation>The articles, separated by an empty line; they are numbered when printed (Article 1er, Article 2…).

Le stationnement est interdit rue de la République le 12 mai de 6 h à 20 h.

Le présent arrêté sera affiché en mairie.</translation>
    </message>
    <message>
        <source>&amp;Vu :</source>
        <translation>&amp;Vu:</translation>
    </message>
    <message>
        <source>C&amp;onsidérant :</source>
        <translation>C&amp;onsidérant:</translation>
    </message>
    <message>
        <source>&amp;Arrête :</source>
        <translation>&amp;Arrête:</translation>
    </message>
    <message>
        <source>« Le Maire de la commune », la date, la signature, les mentions de publication et de transmission et les voies de recours sont ajoutés par le modèle d&apos;impression.</source>
        <translation>“Le Maire de la commune”, the date, the signature, the publication and transmission statements and the means of appeal are added by the print template.</translation>
    </message>
    <message>
        <source>Consultation seule : votre profil ne permet pas de modifier les arrêtés.</source>
        <translation>Read only: your profile does not allow changing by-laws.</translation>
    </message>
    <message>
        <source>%1 / %2 caractères</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>Caractère exécutoire : %1</source>
        <translation>Enforceability: %1</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Reglement::ArreteListModel</name>
    <message>
        <source>notifié le %1</source>
        <translation>notified on %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>à transmettre</source>
        <translation>to transmit</translation>
    </message>
    <message>
        <source>non requise</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Publié</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Transmis</source>
        <translation>Transmitted</translation>
    </message>
    <message>
        <source>Exécutoire</source>
        <translation>Enforceable</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Reglement::ArreteView</name>
    <message>
        <source>Rechercher dans l&apos;objet ou le numéro (accents et majuscules indifférents)</source>
        <translation>Search in the subject or the number (accents and capitals ignored)</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>&amp;Nouvel arrêté</source>
        <translation>&amp;New by-law</translation>
    </message>
    <message>
        <source>Enregistrer un nouvel arrêté (Ctrl+N)</source>
        <translation>Record a new by-law (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Consulter ou modifier l&apos;arrêté choisi (Entrée)</source>
        <translation>View or change the chosen by-law (Enter)</translation>
    </message>
    <message>
        <source>A&amp;broger…</source>
        <translation>Re&amp;peal…</translation>
    </message>
    <message>
        <source>Ann&amp;uler l&apos;arrêté…</source>
        <translation>Ann&amp;ul the by-law…</translation>
    </message>
    <message>
        <source>&amp;Aperçu / imprimer l&apos;arrêté</source>
        <translation>&amp;Preview / print the by-law</translation>
    </message>
    <message>
        <source>Aperçu de l&apos;arrêté choisi, puis impression ou enregistrement en PDF (Ctrl+P)</source>
        <translation>Preview of the chosen by-law, then printing or saving as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;gistre de l&apos;année…</source>
        <translation>Re&amp;gister of the year…</translation>
    </message>
    <message>
        <source>Aperçu du registre chronologique des arrêtés d&apos;une année, à imprimer et signer</source>
        <translation>Preview of the chronological register of a year&apos;s by-laws, to print and sign</translation>
    </message>
    <message>
        <source>Aucun arrêté</source>
        <translation>No by-law</translation>
    </message>
    <message numerus="yes">
        <source>%n arrêté(s)</source>
        <translation>
            <numerusform>%n by-law</numerusform>
            <numerusform>%n by-laws</numerusform>
        </translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Arrêté n° %1 — aperçu avant impression</source>
        <translation>By-law no. %1 — print preview</translation>
    </message>
    <message>
        <source>Registre des arrêtés %1 — aperçu avant impression</source>
        <translation>By-law register %1 — print preview</translation>
    </message>
    <message>
        <source>Registre des arrêtés</source>
        <translation>By-law register</translation>
    </message>
    <message>
        <source>Année du registre :</source>
        <translation>Year of the register:</translation>
    </message>
    <message>
        <source>&amp;Historique…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Qui a créé et modifié l&apos;arrêté choisi, quand, et ce qui a changé</source>
        <translation>Who created and changed the chosen by-law, when, and what changed</translation>
    </message>
    <message>
        <source>Historique de l&apos;arrêté n° %1</source>
        <translation>History of the by-law no. %1</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OpenMairie::Reglement::EndOfValidityDialog</name>
    <message>
        <source>Abroger l&apos;arrêté %1</source>
        <translation>Repeal the by-law %1</translation>
    </message>
    <message>
        <source>Annuler l&apos;arrêté %1</source>
        <translation>Annul the by-law %1</translation>
    </message>
    <message>
        <source>L&apos;arrêté %1 du %2 cessera de s&apos;appliquer à partir de la date d&apos;abrogation. Il reste au registre avec son numéro.</source>
        <translation>The by-law %1 of %2 will stop applying from the repeal date. It stays in the register with its number.</translation>
    </message>
    <message>
        <source>L&apos;arrêté %1 du %2 est réputé n&apos;avoir jamais existé (annulation par le juge ou retrait). Il reste au registre avec son numéro.</source>
        <translation>The by-law %1 of %2 is deemed never to have existed (annulment by the court or withdrawal). It stays in the register with its number.</translation>
    </message>
    <message>
        <source>&amp;Date d&apos;abrogation :</source>
        <translation>Repeal &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Date d&apos;annulation :</source>
        <translation>Annulment &amp;date:</translation>
    </message>
    <message>
        <source>Par exemple : remplacé par l&apos;arrêté 2025-0003</source>
        <translation>For example: replaced by the by-law 2025-0003</translation>
    </message>
    <message>
        <source>Par exemple : annulé par jugement du tribunal administratif du 12/03/2025</source>
        <translation>For example: annulled by judgement of the administrative court of 12/03/2025</translation>
    </message>
    <message>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Abroger</source>
        <translation>&amp;Repeal</translation>
    </message>
    <message>
        <source>A&amp;nnuler l&apos;arrêté</source>
        <translation>A&amp;nnul the by-law</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Les marges ne peuvent pas être négatives.</source>
        <translation>Margins cannot be negative.</translation>
    </message>
    <message>
        <source>Les marges sont trop grandes pour le format %1 : il doit rester au moins 4 cm de largeur et de hauteur pour le texte.</source>
        <translation>The margins are too large for the format %1: at least 4 cm of width and height must remain for the text.</translation>
    </message>
</context>
</TS>
