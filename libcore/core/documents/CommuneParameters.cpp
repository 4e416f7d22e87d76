#include "CommuneParameters.h"

#include "DataSourceSchema.h"
#include "TemplateCompiler.h"

#include "reference/ParameterService.h"

#include "AuditTrail.h"
#include "DatabaseManager.h"
#include "Permissions.h"
#include "Session.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::CommuneParameters)
};
} // namespace

CommuneParameters::CommuneParameters(Core::DatabaseManager &database, Core::Session &session,
                                     Core::Permissions &permissions, Core::AuditTrail &audit)
    : m_database(database), m_session(session), m_permissions(permissions), m_audit(audit)
{
}

QList<ParameterDefinition> CommuneParameters::standard()
{
    return {
        {QStringLiteral("maire"), Tr::tr("Nom du maire (« Mme Jeanne Martin »)")},
        {QStringLiteral("qualite_signataire"), Tr::tr("Qualité du signataire par défaut (« Le Maire »)")},
        {QStringLiteral("adresse"), Tr::tr("Adresse de la mairie")},
        {QStringLiteral("code_postal"), Tr::tr("Code postal de la mairie")},
        {QStringLiteral("telephone"), Tr::tr("Téléphone de la mairie")},
        {QStringLiteral("courriel"), Tr::tr("Adresse électronique de la mairie")},
        {QStringLiteral("site_web"), Tr::tr("Site internet de la commune")},
        {QStringLiteral("tribunal_administratif"), Tr::tr("Tribunal administratif compétent (recours)")},
        {QStringLiteral("logo"), Tr::tr("Fichier du logo (PNG ou JPEG), imprimé en tête des documents")},
    };
}

QList<ParameterDefinition> CommuneParameters::computed()
{
    return {
        {QStringLiteral("ville"), Tr::tr("Nom de la commune")},
        {QStringLiteral("commune"), Tr::tr("« Commune d'Arles » (avec l'élision)")},
        {QStringLiteral("de_ville"), Tr::tr("« d'Arles », « du Havre », « de Marseille » : après « Le Maire »")},
        {QStringLiteral("code_insee"), Tr::tr("Code INSEE de la commune")},
        {QStringLiteral("departement"), Tr::tr("Numéro du département")},
        {QStringLiteral("aujourdhui"), Tr::tr("Date du jour (12/03/2026)")},
        {QStringLiteral("aujourdhui_long"), Tr::tr("Date du jour en lettres (12 mars 2026)")},
    };
}

QString CommuneParameters::ofCommune(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return {};
    if (name.startsWith(QStringLiteral("Le "), Qt::CaseInsensitive))
        return Tr::tr("du %1").arg(name.mid(3));
    if (name.startsWith(QStringLiteral("Les "), Qt::CaseInsensitive))
        return Tr::tr("des %1").arg(name.mid(4));
    static const QString vowels = QStringLiteral("AEIOUYÂÀÉÈÊËÎÏÔÛÙŒ");
    if (vowels.contains(name.at(0).toUpper()))
        return Tr::tr("d'%1").arg(name);
    return Tr::tr("de %1").arg(name);
}

QString CommuneParameters::communeTitle(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("Commune");
    return Tr::tr("Commune %1").arg(ofCommune(name));
}

Core::Result<QHash<QString, QString>> CommuneParameters::values(const QSqlDatabase &db, qint64 communeId)
{
    QHash<QString, QString> result;
    Core::Result<QSqlQuery> commune = Core::Sql::exec(
        db, QStringLiteral("SELECT nom, code_insee, departement FROM collectivite WHERE id = ?"), {communeId});
    if (!commune)
        return commune.error();
    if (!commune.value().next())
        return Error(Tr::tr("La commune n° %1 n'existe pas dans cette base.").arg(communeId), {}, Error::Kind::NotFound);
    const QString name = commune.value().value(0).toString();
    result.insert(QStringLiteral("ville"), name);
    result.insert(QStringLiteral("commune"), communeTitle(name));
    result.insert(QStringLiteral("de_ville"), ofCommune(name));
    result.insert(QStringLiteral("code_insee"), commune.value().value(1).toString());
    result.insert(QStringLiteral("departement"), commune.value().value(2).toString());
    Core::Result<QSqlQuery> q = Core::Sql::exec(
        db, QStringLiteral("SELECT nom, valeur FROM collectivite_parametre WHERE collectivite_id = ?"), {communeId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        if (!result.contains(name)) // computed values win: « ville » is the commune's name
            result.insert(name, q.value().value(1).toString());
    }
    return result;
}

Core::Result<QStringList> CommuneParameters::knownNames(const QSqlDatabase &db, qint64 communeId)
{
    QStringList names = TemplateCompiler::builtinParameters();
    for (const ParameterDefinition &d : standard())
        if (!names.contains(d.name))
            names.append(d.name);
    if (communeId > 0) {
        Core::Result<QSqlQuery> q = Core::Sql::exec(
            db, QStringLiteral("SELECT nom FROM collectivite_parametre WHERE collectivite_id = ? ORDER BY nom"),
            {communeId});
        if (!q)
            return q.error();
        while (q.value().next())
            if (!names.contains(q.value().value(0).toString()))
                names.append(q.value().value(0).toString());
    }
    return names;
}

Core::Result<QHash<QString, QString>> CommuneParameters::values()
{
    Core::Result<QHash<QString, QString>> result = values(m_database.connection(), m_session.commune().id);
    if (!result || !m_typed)
        return result;
    Core::Result<QHash<QString, QString>> typed = m_typed->mergeValues();
    if (!typed)
        return typed.error();
    for (auto it = typed->cbegin(); it != typed->cend(); ++it)
        if (!result->contains(it.key())) // a default never hides a stored or computed value
            result.value().insert(it.key(), it.value());
    return result;
}

QByteArray CommuneParameters::logoData()
{
    if (!m_typed)
        return {};
    Core::Result<QByteArray> logo = m_typed->image(QStringLiteral("logo"));
    return logo ? logo.value() : QByteArray();
}

Core::Result<QStringList> CommuneParameters::knownNames()
{
    return knownNames(m_database.connection(), m_session.commune().id);
}

Core::Status CommuneParameters::set(const QString &name, const QString &value)
{
    if (m_typed && m_typed->registry().find(name))
        return m_typed->set(name, value);
    if (Core::Status s = m_permissions.require(QStringLiteral("documents.parametre.modifier")); !s)
        return s;
    if (!DataSourceSchema::isValidName(name) || name.size() > 64)
        return Error(Tr::tr("Nom de paramètre refusé « %1 » : lettres sans accent, chiffres et « _ », 64 caractères au "
                            "plus.").arg(name), {}, Error::Kind::InvalidInput);
    for (const ParameterDefinition &d : computed())
        if (d.name == name)
            return Error(Tr::tr("Le paramètre « %1 » est calculé à partir de la commune : il ne se saisit pas.").arg(name),
                         {}, Error::Kind::InvalidInput);
    const qint64 communeId = m_session.commune().id;
    const QString login = m_session.user().login;
    QSqlDatabase db = m_database.connection();
    Core::Transaction tx(db, m_database.dialect());
    if (!tx.begun())
        return tx.begun().error();
    Core::Result<QSqlQuery> existing = Core::Sql::exec(
        db, QStringLiteral("SELECT id, valeur FROM collectivite_parametre WHERE collectivite_id = ? AND nom = ?"),
        {communeId, name});
    if (!existing)
        return existing.error();
    qint64 id = 0;
    QString before;
    bool found = existing.value().next();
    if (found) {
        id = existing.value().value(0).toLongLong();
        before = existing.value().value(1).toString();
        if (before == value)
            return {};
        if (Core::Result<QSqlQuery> u = Core::Sql::exec(
                db, m_database.dialect().expand(QStringLiteral(
                        "UPDATE collectivite_parametre SET valeur = ?, version = version + 1, updated_at = {{now}}, "
                        "updated_by = ? WHERE id = ?")),
                {value.isNull() ? QString::fromLatin1("") : value, login.isNull() ? QString::fromLatin1("") : login, id});
            !u)
            return u.error();
    } else {
        Core::Result<QVariant> inserted = Core::Sql::scalar(
            db, QStringLiteral("INSERT INTO collectivite_parametre (collectivite_id, nom, valeur, created_by, updated_by) "
                               "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {communeId, name, value.isNull() ? QString::fromLatin1("") : value,
             login.isNull() ? QString::fromLatin1("") : login, login.isNull() ? QString::fromLatin1("") : login});
        if (!inserted)
            return inserted.error();
        id = inserted.value().toLongLong();
    }
    // The audit row (before and after) is written by the table's trigger, in this transaction.
    return tx.commit();
}

} // namespace OpenMairie::Documents
