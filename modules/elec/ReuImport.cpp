#include "ReuImport.h"

#include "ElecService.h"
#include "SqlValue.h"
#include "ElecteurRepository.h"
#include "ElecteurValidator.h"
#include "Mouvement.h"
#include "Tr.h"

#include "CsvReader.h"
#include "DatabaseManager.h"
#include "FrenchDate.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "TextNormalizer.h"
#include "Transaction.h"
#include "VoieService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace OpenMairie::Elec {

using Core::Error;
using Core::Result;
using Core::Sql;
using Core::Status;
using namespace Core::SqlValue;

namespace {

enum Column {
    CodeBureau, LibelleBureau, ListeCol, Ine, NomNaissance, NomUsage, Prenoms, Sexe, DateNaissance,
    CodeCommuneNaissance, LibelleCommuneNaissance, CodePaysNaissance, LibellePaysNaissance, Nationalite,
    NumeroVoie, ComplementNumero, LibelleVoie, ComplementAdresse, CodePostal, Commune, NumeroOrdre,
    ContactAdresse, ContactCodePostal, ContactVille, ContactPays, Civilite, ColumnCount
};

struct ColumnSpec
{
    Column column;
    const char *name; // as printed in messages
    bool required;
    QStringList keys; // header keys (search key without spaces)
};

const QList<ColumnSpec> &columnSpecs()
{
    static const QList<ColumnSpec> specs{
        {CodeBureau, "code_bureau", true, {QStringLiteral("CODEBUREAU"), QStringLiteral("BUREAU")}},
        {LibelleBureau, "libelle_bureau", false, {QStringLiteral("LIBELLEBUREAU")}},
        {ListeCol, "liste", true, {QStringLiteral("LISTE"), QStringLiteral("TYPELISTE"), QStringLiteral("CODELISTE")}},
        {Ine, "ine", true, {QStringLiteral("INE"), QStringLiteral("IDENTIFIANTNATIONALELECTEUR")}},
        {NomNaissance, "nom_naissance", true, {QStringLiteral("NOMNAISSANCE"), QStringLiteral("NOMDENAISSANCE")}},
        {NomUsage, "nom_usage", false, {QStringLiteral("NOMUSAGE"), QStringLiteral("NOMDUSAGE")}},
        {Prenoms, "prenoms", true, {QStringLiteral("PRENOMS"), QStringLiteral("PRENOM")}},
        {Sexe, "sexe", true, {QStringLiteral("SEXE")}},
        {DateNaissance, "date_naissance", true, {QStringLiteral("DATENAISSANCE"), QStringLiteral("DATEDENAISSANCE")}},
        {CodeCommuneNaissance, "code_commune_naissance", false, {QStringLiteral("CODECOMMUNENAISSANCE"), QStringLiteral("CODECOMMUNEDENAISSANCE")}},
        {LibelleCommuneNaissance, "libelle_commune_naissance", false, {QStringLiteral("LIBELLECOMMUNENAISSANCE"), QStringLiteral("COMMUNENAISSANCE"), QStringLiteral("COMMUNEDENAISSANCE")}},
        {CodePaysNaissance, "code_pays_naissance", false, {QStringLiteral("CODEPAYSNAISSANCE"), QStringLiteral("CODEPAYSDENAISSANCE")}},
        {LibellePaysNaissance, "libelle_pays_naissance", false, {QStringLiteral("LIBELLEPAYSNAISSANCE"), QStringLiteral("PAYSNAISSANCE"), QStringLiteral("PAYSDENAISSANCE")}},
        {Nationalite, "nationalite", false, {QStringLiteral("NATIONALITE")}},
        {NumeroVoie, "numero_voie", false, {QStringLiteral("NUMEROVOIE"), QStringLiteral("NUMERO")}},
        {ComplementNumero, "complement_numero", false, {QStringLiteral("COMPLEMENTNUMERO"), QStringLiteral("COMPLEMENTNUMEROVOIE"), QStringLiteral("INDICEREPETITION")}},
        {LibelleVoie, "libelle_voie", false, {QStringLiteral("LIBELLEVOIE"), QStringLiteral("VOIE")}},
        {ComplementAdresse, "complement_adresse", false, {QStringLiteral("COMPLEMENTADRESSE"), QStringLiteral("COMPLEMENTLOCALISATION")}},
        {CodePostal, "code_postal", false, {QStringLiteral("CODEPOSTAL")}},
        {Commune, "commune", false, {QStringLiteral("COMMUNE"), QStringLiteral("LIBELLECOMMUNE")}},
        {NumeroOrdre, "numero_ordre", false, {QStringLiteral("NUMEROORDRE"), QStringLiteral("NUMERODORDRE")}},
        {ContactAdresse, "contact_adresse", false, {QStringLiteral("CONTACTADRESSE"), QStringLiteral("ADRESSECONTACT")}},
        {ContactCodePostal, "contact_code_postal", false, {QStringLiteral("CONTACTCODEPOSTAL"), QStringLiteral("CODEPOSTALCONTACT")}},
        {ContactVille, "contact_ville", false, {QStringLiteral("CONTACTVILLE"), QStringLiteral("VILLECONTACT"), QStringLiteral("CONTACTCOMMUNE")}},
        {ContactPays, "contact_pays", false, {QStringLiteral("CONTACTPAYS"), QStringLiteral("PAYSCONTACT")}},
        {Civilite, "civilite", false, {QStringLiteral("CIVILITE")}},
    };
    return specs;
}

QString headerKey(const QString &header)
{
    return Core::TextNormalizer::searchKey(header).remove(u' ');
}

// What decides "unchanged": the fields the extract carries.
QByteArray signature(const Electeur &e)
{
    const QStringList parts{e.nomNaissance, e.nomUsage, e.prenoms, e.sexe, e.dateNaissance.toString(Qt::ISODate),
                            naissanceModeCode(e.naissanceMode), e.naissanceCode, e.naissanceLibelle, e.nationalite,
                            QString::number(e.numeroVoie), e.complementNumero, QString::number(e.voieId),
                            e.complementAdresse, QString::number(e.bureauId), QString::number(e.numeroOrdre),
                            e.contactAdresse, e.contactCodePostal, e.contactVille, e.contactPays, e.civilite};
    return QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Md5);
}

struct Existing
{
    qint64 id = 0;
    int version = 0;
    QByteArray signature;
    QString nom;
};

} // namespace

QJsonObject ReuImportReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("ajoutes"), ajoutes},
        {QStringLiteral("modifies"), modifies},
        {QStringLiteral("inchanges"), inchanges},
        {QStringLiteral("absents"), absents},
        {QStringLiteral("rejetes"), rejetes()},
        {QStringLiteral("refuse"), refused},
        {QStringLiteral("essai"), dryRun},
        {QStringLiteral("rejets"), QJsonArray::fromStringList(rejets)},
        {QStringLiteral("erreurs"), QJsonArray::fromStringList(erreurs)},
        {QStringLiteral("colonnes_ignorees"), QJsonArray::fromStringList(colonnesIgnorees)},
        {QStringLiteral("voies_creees"), QJsonArray::fromStringList(voiesCreees)},
        {QStringLiteral("bureaux_crees"), QJsonArray::fromStringList(bureauxCrees)},
        {QStringLiteral("absents_liste"), QJsonArray::fromStringList(listeAbsents)},
        {QStringLiteral("encodage"), encodage},
        {QStringLiteral("separateur"), separateur},
    };
}

QString ReuImportReport::text() const
{
    QStringList lines;
    if (refused)
        lines.append(Tr::tr("Extrait refusé : la liste électorale n'a pas été modifiée."));
    else if (dryRun)
        lines.append(Tr::tr("Essai sans enregistrement : voici ce que l'import ferait."));
    else
        lines.append(Tr::tr("Extrait importé."));
    lines.append(erreurs);
    if (!rejets.isEmpty()) {
        lines.append(Tr::tr("%n ligne(s) rejetée(s) ; corrigez-les puis importez de nouveau le fichier :", nullptr,
                            int(rejets.size())));
        lines.append(rejets);
    }
    if (!refused)
        lines.append(Tr::tr("Ajoutés : %1 ; modifiés : %2 ; inchangés : %3 ; absents de l'extrait (proposés à la "
                            "radiation) : %4.").arg(ajoutes).arg(modifies).arg(inchanges).arg(absents));
    if (!colonnesIgnorees.isEmpty())
        lines.append(Tr::tr("Colonnes ignorées : %1.").arg(colonnesIgnorees.join(QStringLiteral(", "))));
    if (!voiesCreees.isEmpty())
        lines.append(Tr::tr("Voies créées dans le registre des voies : %1.").arg(voiesCreees.join(QStringLiteral(", "))));
    if (!bureauxCrees.isEmpty())
        lines.append(Tr::tr("Bureaux créés : %1.").arg(bureauxCrees.join(QStringLiteral(", "))));
    return lines.join(u'\n');
}

ReuImport::ReuImport(Core::DatabaseManager &database, Core::Session &session, Core::Permissions &permissions)
    : m_database(database), m_session(session), m_permissions(permissions), m_today(QDate::currentDate())
{
}

Result<ReuImportReport> ReuImport::importFile(const QString &path, bool dryRun)
{
    if (Status s = m_permissions.require(ElecService::kPermissionImporter); !s)
        return s.error();
    if (!m_session.commune().isValid())
        return Error(Tr::tr("Aucune commune n'est choisie : choisissez la commune dont vous importez la liste."), {},
                     Error::Kind::PermissionDenied);
    ReuImportReport report;
    report.dryRun = dryRun;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("Le fichier « %1 » ne peut pas être lu : %2. Vérifiez son nom et son emplacement.")
                         .arg(path, file.errorString()), {}, Error::Kind::InvalidInput);
    Core::CsvReader reader(file);
    if (Status s = reader.open(); !s) {
        report.refused = true;
        report.erreurs.append(s.error().message());
        return report;
    }
    Core::CsvRecord record;
    if (!reader.readRecord(record)) {
        report.refused = true;
        report.erreurs.append(reader.status() ? Tr::tr("Le fichier est vide : il doit commencer par la ligne des en-têtes "
                                                        "(code_bureau;liste;ine;nom_naissance...).")
                                              : reader.status().error().message());
        return report;
    }
    report.encodage = Core::TextDecoder::displayName(reader.encoding());
    report.separateur = Core::CsvReader::separatorName(reader.separator());

    // Columns by header name, case-, accent- and separator-insensitive.
    QList<int> field(ColumnCount, -1);
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString key = headerKey(record.fields.at(i));
        bool known = false;
        for (const ColumnSpec &spec : columnSpecs())
            if (spec.keys.contains(key)) {
                if (field[spec.column] < 0)
                    field[spec.column] = i;
                known = true;
                break;
            }
        if (!known && !record.fields.at(i).trimmed().isEmpty())
            report.colonnesIgnorees.append(record.fields.at(i).trimmed());
    }
    QStringList missing;
    for (const ColumnSpec &spec : columnSpecs())
        if (spec.required && field[spec.column] < 0)
            missing.append(QString::fromLatin1(spec.name));
    if (!missing.isEmpty()) {
        report.refused = true;
        report.erreurs.append(Tr::tr("Colonnes obligatoires absentes : %1. La première ligne du fichier doit nommer les "
                                     "colonnes de l'extrait du REU (code_bureau, liste, ine, nom_naissance, prenoms, "
                                     "sexe, date_naissance...).").arg(missing.join(QStringLiteral(", "))));
        return report;
    }

    QSqlDatabase db = m_database.connection();
    const Core::SqlDialect dialect = m_database.dialect();
    const qint64 commune = m_session.commune().id;
    const QString login = text(m_session.user().login);
    Core::Transaction tx(db, dialect);
    if (!tx.begun())
        return tx.begun().error();
    const ElecteurRepository electeurs(db, dialect, commune);

    // What the database already holds: electors by list and INE, streets by key, bureaux by code.
    QHash<QString, Existing> existing;
    {
        Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("SELECT ") + ElecteurRepository::selectColumns()
                                                + ElecteurRepository::fromClause()
                                                + QStringLiteral(" WHERE e.collectivite_id = ? AND e.ine IS NOT NULL "
                                                                 "AND e.situation = 'inscrit'"),
                                        {commune});
        if (!q)
            return q.error();
        q.value().setForwardOnly(true);
        while (q.value().next()) {
            const Electeur e = ElecteurRepository::readRow(q.value());
            existing.insert(e.liste + u'|' + e.ine, {e.id, e.version, signature(e), e.nomNaissance + u' ' + e.prenoms});
        }
    }
    QHash<QString, qint64> voies;
    QSet<QString> voieCodes;
    {
        Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("SELECT id, cle_recherche, code FROM voie WHERE collectivite_id = ?"),
                                        {commune});
        if (!q)
            return q.error();
        while (q.value().next()) {
            voies.insert(q.value().value(1).toString(), q.value().value(0).toLongLong());
            voieCodes.insert(q.value().value(2).toString());
        }
    }
    QHash<QString, qint64> bureaux;
    {
        Result<QSqlQuery> q = Sql::exec(db, QStringLiteral("SELECT id, code FROM elec_bureau WHERE collectivite_id = ?"), {commune});
        if (!q)
            return q.error();
        while (q.value().next())
            bureaux.insert(q.value().value(1).toString(), q.value().value(0).toLongLong());
    }
    QHash<QString, int> nextNumero; // liste|bureau → next free number
    QHash<QString, qint64> seen;     // liste|ine → line
    QSet<QString> listesVues;
    int voieCounter = 0;

    // New electors are written in batches of kBatch rows per INSERT: one round trip to the server
    // per batch rather than per elector.
    constexpr int kBatch = 200;
    const QString insertHead = QStringLiteral(
        "INSERT INTO elec_electeur (collectivite_id, liste, ine, civilite, nom_naissance, nom_usage, prenoms, sexe, "
        "date_naissance, naissance_mode, naissance_code, naissance_libelle, nationalite, numero_voie, complement_numero, "
        "voie_id, complement_adresse, contact_adresse, contact_code_postal, contact_ville, contact_pays, bureau_id, "
        "numero_ordre, situation, date_inscription, cle_nom, cle_usage, cle_prenoms, cle_tri, created_by, updated_by) VALUES ");
    const QString rowValues = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'inscrit', ?, ?, ?, ?, ?, ?, ?)");
    const auto insertSqlFor = [&](int rows) -> QString {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values.append(rowValues);
        return insertHead + values.join(QStringLiteral(", "));
    };
    QSqlQuery batchInsert(db);
    const QString batchSql = insertSqlFor(kBatch);
    if (!batchInsert.prepare(batchSql))
        return Sql::error(batchInsert.lastError(), batchSql);
    QVariantList pending;
    int pendingRows = 0;
    const auto flush = [&](bool all) -> Status {
        if (pendingRows == 0 || (!all && pendingRows < kBatch))
            return {};
        QSqlQuery tail(db);
        QSqlQuery &q = pendingRows == kBatch ? batchInsert : tail;
        const QString sql = pendingRows == kBatch ? batchSql : insertSqlFor(pendingRows);
        if (&q == &tail && !tail.prepare(sql))
            return Sql::error(tail.lastError(), sql);
        for (int i = 0; i < pending.size(); ++i)
            q.bindValue(i, pending.at(i));
        if (!q.exec())
            return Sql::error(q.lastError(), sql.left(400));
        pending.clear();
        pendingRows = 0;
        return {};
    };

    const auto value = [&](Column c) -> QString {
        const int i = field[c];
        return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
    };

    while (reader.readRecord(record)) {
        if (record.isBlank())
            continue;
        const QString where = Tr::tr("Ligne %1").arg(record.line);
        if (record.hasProblem()) {
            report.rejets.append(where + QStringLiteral(" : ") + record.problem);
            continue;
        }
        QStringList problems;
        Electeur e;
        e.liste = value(ListeCol).toUpper();
        e.ine = value(Ine);
        e.civilite = value(Civilite);
        e.nomNaissance = value(NomNaissance);
        e.nomUsage = value(NomUsage);
        e.prenoms = value(Prenoms);
        e.sexe = value(Sexe).toUpper();
        const QString dateText = value(DateNaissance);
        if (Result<QDate> d = Core::FrenchDate::parse(dateText); d)
            e.dateNaissance = d.value();
        else
            problems.append(Tr::tr("date de naissance : %1").arg(d.error().message()));
        const QString pays = value(CodePaysNaissance);
        const QString communeNaissance = value(CodeCommuneNaissance);
        if (ElecteurValidator::algerianDepartements().contains(communeNaissance)
            || ElecteurValidator::algerianDepartements().contains(pays)) {
            e.naissanceMode = NaissanceMode::Algerie;
            e.naissanceCode = ElecteurValidator::algerianDepartements().contains(communeNaissance) ? communeNaissance : pays;
            e.naissanceLibelle = value(LibelleCommuneNaissance);
        } else if (!pays.isEmpty() && pays != u"99100") {
            e.naissanceMode = NaissanceMode::Etranger;
            e.naissanceCode = pays;
            e.naissanceLibelle = value(LibelleCommuneNaissance);
        } else {
            e.naissanceMode = NaissanceMode::France;
            e.naissanceCode = communeNaissance;
            e.naissanceLibelle = value(LibelleCommuneNaissance);
        }
        e.nationalite = value(Nationalite);
        const QString numero = value(NumeroVoie);
        if (!numero.isEmpty()) {
            bool ok = false;
            e.numeroVoie = numero.toInt(&ok);
            if (!ok || e.numeroVoie < 0)
                problems.append(Tr::tr("numéro de voie « %1 » invalide (un nombre, 0 s'il n'y en a pas)").arg(numero));
        }
        e.complementNumero = value(ComplementNumero);
        e.complementAdresse = value(ComplementAdresse);
        e.contactAdresse = value(ContactAdresse);
        e.contactCodePostal = value(ContactCodePostal);
        e.contactVille = value(ContactVille);
        e.contactPays = value(ContactPays);
        const QString ordre = value(NumeroOrdre);
        if (!ordre.isEmpty()) {
            bool ok = false;
            e.numeroOrdre = ordre.toInt(&ok);
            if (!ok || e.numeroOrdre < 0)
                problems.append(Tr::tr("numéro d'ordre « %1 » invalide").arg(ordre));
        }
        e = ElecteurValidator::normalized(e);
        if (e.ine.isEmpty())
            problems.append(Tr::tr("INE manquant : chaque électeur d'un extrait du REU a son identifiant national"));
        for (const QString &p : ElecteurValidator::validate(e, m_today))
            if (e.dateNaissance.isValid() || !p.startsWith(Tr::tr("Indiquez la date de naissance")))
                problems.append(p);
        QString bureauCode = value(CodeBureau);
        static const QRegularExpression bureauDigits(QStringLiteral("^[0-9]{1,4}$"));
        if (bureauDigits.match(bureauCode).hasMatch())
            bureauCode = bureauCode.rightJustified(4, u'0');
        else
            problems.append(Tr::tr("code de bureau « %1 » invalide : jusqu'à 4 chiffres").arg(bureauCode));
        const QString key = e.liste + u'|' + e.ine;
        if (!e.ine.isEmpty() && seen.contains(key))
            problems.append(Tr::tr("INE %1 en double dans le fichier (déjà ligne %2, même liste)").arg(e.ine).arg(seen.value(key)));
        if (!problems.isEmpty()) {
            QStringList sentences;
            for (const QString &p : problems)
                sentences.append(p.endsWith(u'.') ? p.chopped(1) : p);
            report.rejets.append(where + QStringLiteral(" : ") + sentences.join(QStringLiteral(" ; ")) + u'.');
            continue;
        }
        seen.insert(key, record.line);
        listesVues.insert(e.liste);
        if (!report.rejets.isEmpty())
            continue; // the file is refused anyway: only check the remaining lines

        // Bureau and street, created when unknown.
        qint64 bureauId = bureaux.value(bureauCode);
        if (bureauId == 0) {
            const QString libelle = value(LibelleBureau).isEmpty() ? Tr::tr("Bureau %1").arg(bureauCode) : value(LibelleBureau);
            Result<QVariant> id = Sql::scalar(db, QStringLiteral("INSERT INTO elec_bureau (collectivite_id, code, libelle, "
                                                                 "created_by, updated_by) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                              {commune, bureauCode, libelle, login, login});
            if (!id)
                return id.error();
            bureauId = id.value().toLongLong();
            bureaux.insert(bureauCode, bureauId);
            report.bureauxCrees.append(bureauCode + QStringLiteral(" ") + libelle);
        }
        e.bureauId = bureauId;
        const QString voieText = value(LibelleVoie).simplified();
        if (!voieText.isEmpty()) {
            const QString voieKey = Core::TextNormalizer::searchKey(voieText);
            qint64 voieId = voies.value(voieKey);
            if (voieId == 0) {
                QString code;
                do
                    code = QStringLiteral("REU%1").arg(++voieCounter, 4, 10, QChar(u'0'));
                while (voieCodes.contains(code));
                Core::Voie voie;
                voie.libelle = voieText;
                Result<QVariant> id = Sql::scalar(db, QStringLiteral("INSERT INTO voie (collectivite_id, code, libelle, "
                                                                     "cle_recherche, created_by, updated_by) VALUES "
                                                                     "(?, ?, ?, ?, ?, ?) RETURNING id"),
                                                  {commune, code, voieText, Core::VoieService::searchKeyOf(voie), login, login});
                if (!id)
                    return id.error();
                voieId = id.value().toLongLong();
                voies.insert(voieKey, voieId);
                voieCodes.insert(code);
                report.voiesCreees.append(voieText);
            }
            e.voieId = voieId;
        }

        const auto existingIt = existing.constFind(key);
        if (existingIt == existing.cend()) {
            const QString counterKey = e.liste + u'|' + QString::number(bureauId);
            if (e.numeroOrdre == 0) {
                if (!nextNumero.contains(counterKey)) {
                    Result<int> n = electeurs.nextNumero(e.liste, bureauId);
                    if (!n)
                        return n.error();
                    nextNumero.insert(counterKey, n.value());
                }
                e.numeroOrdre = nextNumero[counterKey]++;
            } else if (nextNumero.contains(counterKey)) {
                nextNumero[counterKey] = std::max(nextNumero[counterKey], e.numeroOrdre + 1);
            }
            const QVariantList binds{
                commune, e.liste, e.ine, text(e.civilite), e.nomNaissance, text(e.nomUsage), e.prenoms, e.sexe,
                e.dateNaissance, naissanceModeCode(e.naissanceMode), text(e.naissanceCode), text(e.naissanceLibelle),
                text(e.nationalite), e.numeroVoie, text(e.complementNumero), optionalId(e.voieId),
                text(e.complementAdresse), text(e.contactAdresse), text(e.contactCodePostal), text(e.contactVille),
                text(e.contactPays), bureauId, e.numeroOrdre, m_today,
                Core::TextNormalizer::searchKey(e.nomNaissance), Core::TextNormalizer::searchKey(e.nomUsage),
                Core::TextNormalizer::searchKey(e.prenoms), ElecteurRepository::cleTri(e), login, login};
            pending += binds;
            ++pendingRows;
            if (Status s = flush(false); !s)
                return s.error();
            ++report.ajoutes;
            if (report.listeAjoutes.size() < 1000)
                report.listeAjoutes.append(e.nomNaissance + u' ' + e.prenoms);
        } else {
            Result<std::optional<Electeur>> current = electeurs.findById(existingIt->id);
            if (!current)
                return current.error();
            Electeur after = current.value().value_or(e);
            if (e.numeroOrdre == 0)
                e.numeroOrdre = after.numeroOrdre;
            if (signature(e) == existingIt->signature) {
                ++report.inchanges;
                continue;
            }
            // The extract is the REU's truth for what it carries; the commune's own fields stay.
            after.civilite = e.civilite.isEmpty() ? after.civilite : e.civilite;
            after.nomNaissance = e.nomNaissance;
            after.nomUsage = e.nomUsage;
            after.prenoms = e.prenoms;
            after.sexe = e.sexe;
            after.dateNaissance = e.dateNaissance;
            after.naissanceMode = e.naissanceMode;
            after.naissanceCode = e.naissanceCode;
            after.naissanceLibelle = e.naissanceLibelle;
            after.nationalite = e.nationalite;
            after.numeroVoie = e.numeroVoie;
            after.complementNumero = e.complementNumero;
            after.voieId = e.voieId;
            after.complementAdresse = e.complementAdresse;
            after.contactAdresse = e.contactAdresse;
            after.contactCodePostal = e.contactCodePostal;
            after.contactVille = e.contactVille;
            after.contactPays = e.contactPays;
            after.bureauId = e.bureauId;
            after.numeroOrdre = e.numeroOrdre;
            Result<bool> written = electeurs.update(after, existingIt->version, login);
            if (!written)
                return written.error();
            ++report.modifies;
            if (report.listeModifies.size() < 1000)
                report.listeModifies.append(e.nomNaissance + u' ' + e.prenoms);
        }
    }
    if (Status s = flush(true); !s)
        return s.error();
    if (!reader.status()) {
        report.refused = true;
        report.erreurs.append(reader.status().error().message());
        return report;
    }
    if (!report.rejets.isEmpty()) {
        report.refused = true;
        report.ajoutes = report.modifies = report.inchanges = 0;
        report.voiesCreees.clear();
        report.bureauxCrees.clear();
        return report; // the transaction rolls back: the database is as it was
    }
    if (seen.isEmpty()) {
        report.refused = true;
        report.erreurs.append(Tr::tr("Le fichier ne contient aucun électeur après la ligne des en-têtes."));
        return report;
    }

    // Electors of the lists in the extract who are no longer in it: radiation proposals.
    {
        Result<QVariant> typeId = Sql::scalar(db, QStringLiteral("SELECT id FROM elec_type_mouvement WHERE code = 'RABS'"));
        if (!typeId)
            return typeId.error();
        QList<QPair<qint64, QString>> absents;
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            const QString liste = it.key().section(u'|', 0, 0);
            if (listesVues.contains(liste) && !seen.contains(it.key()))
                absents.append({it->id, it->nom});
        }
        for (const auto &[id, nom] : std::as_const(absents)) {
            Result<QVariant> open = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM elec_mouvement WHERE electeur_id = ? "
                                                                   "AND etat IN ('en_instruction', 'accepte', 'transmis')"),
                                                {id});
            if (!open)
                return open.error();
            ++report.absents;
            report.listeAbsents.append(nom);
            if (open.value().toInt() > 0)
                continue;
            Result<QVariant> liste = Sql::scalar(db, QStringLiteral("SELECT liste FROM elec_electeur WHERE id = ?"), {id});
            if (!liste)
                return liste.error();
            Result<QVariant> mid = Sql::scalar(
                db, QStringLiteral("INSERT INTO elec_mouvement (collectivite_id, type_id, liste, electeur_id, date_demande, "
                                   "provenance, observations, created_by, updated_by) VALUES (?, ?, ?, ?, ?, 'reu', ?, ?, ?) "
                                   "RETURNING id"),
                {commune, typeId.value(), liste.value(), id, m_today,
                 Tr::tr("Absent de l'extrait du REU importé le %1").arg(Core::FrenchDate::format(m_today)), login, login});
            if (!mid)
                return mid.error();
            if (Result<QSqlQuery> step = Sql::exec(db, QStringLiteral("INSERT INTO elec_mouvement_historique (collectivite_id, "
                                                                      "mouvement_id, etat, date_etape, par, commentaire) "
                                                                      "VALUES (?, ?, 'en_instruction', ?, ?, ?)"),
                                                   {commune, mid.value(), m_today, login,
                                                    Tr::tr("Proposition de radiation : absent de l'extrait du REU")});
                !step)
                return step.error();
        }
    }
    if (dryRun)
        return report; // rolled back
    if (Status s = tx.commit(); !s)
        return s.error();
    // Fresh statistics after a bulk load, so that the planner keeps using the search indexes
    // (PostgreSQL's autovacuum would come later; SQLite's optimize is cheap).
    QSqlQuery stats(db);
    stats.exec(dialect.isPostgres() ? QStringLiteral("ANALYZE elec_electeur") : QStringLiteral("PRAGMA optimize"));
    return report;
}

} // namespace OpenMairie::Elec
