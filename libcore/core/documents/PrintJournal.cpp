#include "PrintJournal.h"

#include "AuditTrail.h"
#include "Sql.h"

#include <QCoreApplication>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::PrintJournal)
};

QString kindKey(PrintJournalEntry::Kind kind)
{
    switch (kind) {
    case PrintJournalEntry::Kind::List:
        return QStringLiteral("liste");
    case PrintJournalEntry::Kind::Labels:
        return QStringLiteral("etiquettes");
    case PrintJournalEntry::Kind::Template:
        break;
    }
    return QStringLiteral("modele");
}

const QString kSelectRows = QStringLiteral(
    "SELECT i.id, i.module, i.document, i.titre, i.modele_origine, i.modele_revision, i.modele_empreinte, "
    "i.destination, i.fichier, i.empreinte_fichier, i.nombre_pages, i.utilisateur, i.imprime_le "
    "FROM document_impression i ");

Core::Result<QList<PrintJournalRow>> readRows(Core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<PrintJournalRow> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PrintJournalRow row;
        row.id = r.value(0).toLongLong();
        row.module = r.value(1).toString();
        row.document = r.value(2).toString();
        row.title = r.value(3).toString();
        row.origin = r.value(4).toString();
        row.revision = r.value(5).toInt();
        row.checksum = r.value(6).toString();
        row.destination = r.value(7).toString();
        row.target = r.value(8).toString();
        row.fileChecksum = r.value(9).toString();
        row.pageCount = r.value(10).toInt();
        row.user = r.value(11).toString();
        const QVariant at = r.value(12);
        row.printedAt = at.typeId() == QMetaType::QDateTime ? at.toDateTime()
                                                            : QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        rows.append(row);
    }
    return rows;
}
// A null QString binds as SQL NULL; these columns are NOT NULL DEFAULT ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}
} // namespace

Core::Result<qint64> PrintJournal::record(const QSqlDatabase &db, const QString &login, qint64 communeId,
                                          const PrintJournalEntry &entry)
{
    if (communeId <= 0)
        return Error(Tr::tr("Aucune commune choisie : l'impression ne peut pas être journalisée."), {},
                     Error::Kind::InvalidInput);
    const QString origin = entry.source ? ResolvedTemplate::originKey(entry.source->origin) : QString();
    const QVariant revision = entry.source ? QVariant(entry.source->revision)
                                           : (entry.layoutRevision > 0 ? QVariant(entry.layoutRevision)
                                                                       : QVariant(QMetaType(QMetaType::Int)));
    const QVariant revisionId = entry.source && entry.source->revisionId > 0
        ? QVariant(entry.source->revisionId)
        : QVariant(QMetaType(QMetaType::LongLong));
    Core::Result<QVariant> id = Core::Sql::scalar(
        db,
        QStringLiteral("INSERT INTO document_impression (collectivite_id, module, document, genre, titre, modele_origine, "
                       "modele_revision, modele_revision_id, modele_empreinte, destination, fichier, empreinte_fichier, "
                       "filigrane, nombre_documents, nombre_pages, nombre_lignes, donnees_personnelles, utilisateur) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {communeId, notNull(entry.module), notNull(entry.document), kindKey(entry.kind), notNull(entry.title.left(300)),
         notNull(origin), revision, revisionId, notNull(entry.source ? entry.source->checksum : QString()),
         entry.destination == PrintJournalEntry::Destination::Pdf ? QStringLiteral("pdf") : QStringLiteral("imprimante"),
         notNull(entry.target), notNull(entry.fileChecksum), notNull(entry.watermark.left(100)), entry.documentCount,
         entry.pageCount,
         entry.rowCount, entry.personalData, login.isEmpty() ? QStringLiteral("(système)") : login});
    if (!id)
        return id.error();
    const qint64 journalId = id.value().toLongLong();
    int rank = 0;
    for (const ProducedItem &item : entry.items) {
        if (Core::Result<QSqlQuery> q = Core::Sql::exec(
                db,
                QStringLiteral("INSERT INTO document_impression_element (impression_id, collectivite_id, rang, cle, "
                               "premiere_page, nombre_pages) VALUES (?, ?, ?, ?, ?, ?)"),
                {journalId, communeId, ++rank, item.key.left(100), item.firstPage, item.pageCount});
            !q)
            return q.error();
    }
    if (entry.personalData) {
        // Personal data printed (lists of electors, of deceased): who took it, in the audit trail.
        Core::AuditEntry audit{entry.module, QStringLiteral("document_impression"), journalId, QStringLiteral("print"),
                               {},
                               {{QStringLiteral("document"), entry.document},
                                {QStringLiteral("titre"), entry.title},
                                {QStringLiteral("pages"), entry.pageCount},
                                {QStringLiteral("lignes"), entry.rowCount},
                                {QStringLiteral("destination"), entry.target}},
                               Tr::tr("Impression de données personnelles : %1").arg(entry.title)};
        if (Core::Status s = Core::AuditTrail::recordAs(db, login, communeId, audit); !s)
            return s.error();
    }
    return journalId;
}

Core::Result<QList<PrintJournalRow>> PrintJournal::forRecord(const QSqlDatabase &db, qint64 communeId,
                                                             const QString &module, const QString &key)
{
    return readRows(Core::Sql::exec(
        db,
        kSelectRows + QStringLiteral("WHERE i.collectivite_id = ? AND i.module = ? AND EXISTS (SELECT 1 FROM "
                                     "document_impression_element e WHERE e.impression_id = i.id AND e.cle = ?) "
                                     "ORDER BY i.id DESC"),
        {communeId, module, key}));
}

Core::Result<QList<PrintJournalRow>> PrintJournal::recent(const QSqlDatabase &db, qint64 communeId, int limit)
{
    return readRows(Core::Sql::exec(
        db, kSelectRows + QStringLiteral("WHERE i.collectivite_id = ? ORDER BY i.id DESC LIMIT ?"), {communeId, limit}));
}

} // namespace OpenMairie::Documents
