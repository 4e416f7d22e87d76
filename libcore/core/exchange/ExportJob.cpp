#include "ExportJob.h"

#include "AuditTrail.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::ExportJob)
};
} // namespace

ExportJob::ExportJob(const ExportRequest &request, const ExchangeActor &actor) : m_request(request), m_actor(actor) {}

Result<ExportSummary> ExportJob::run(ExportSource &source, const QSqlDatabase &database, const SqlDialect &dialect)
{
    if (m_request.filePath.isEmpty())
        return Error(Tr::tr("Choisissez le fichier dans lequel exporter."), {}, Error::Kind::InvalidInput);
    const QList<ExportColumn> columns = source.columns();
    if (columns.isEmpty())
        return Error(Tr::tr("Choisissez au moins une colonne à exporter."), {}, Error::Kind::InvalidInput);
    if (m_request.personalData && !database.isOpen())
        return Error(Tr::tr("Cet export contient des données personnelles et doit être enregistré au journal : "
                            "la base de données n'est pas ouverte."),
                     {}, Error::Kind::Generic);

    std::unique_ptr<TableWriter> writer = TableWriter::create(m_request.format, m_request.filePath);
    if (Status s = writer->begin(m_request.title, columns); !s)
        return s.error();
    const qint64 total = source.rowCountHint();
    ExportSummary summary;
    summary.filePath = m_request.filePath;
    summary.format = m_request.format;
    QVariantList row;
    for (;;) {
        if (CancellationToken::isCancelled(m_cancel)) {
            writer->discard();
            return Error(Tr::tr("Export annulé : aucun fichier n'a été écrit."), {}, Error::Kind::Cancelled);
        }
        Result<bool> more = source.next(row);
        if (!more) {
            writer->discard();
            return more.error();
        }
        if (!more.value())
            break;
        if (Status s = writer->writeRow(row); !s) {
            writer->discard();
            return s.error();
        }
        ++summary.rows;
        if (m_progress && summary.rows % kProgressInterval == 0)
            m_progress(summary.rows, total);
    }
    if (Status s = writer->finish(); !s) {
        writer->discard();
        return s.error();
    }

    if (m_request.personalData) {
        AuditEntry entry;
        entry.module = m_request.module;
        entry.table = m_request.table;
        entry.action = QStringLiteral("export");
        QJsonArray labels;
        QStringList names;
        for (const ExportColumn &c : columns) {
            labels.append(c.label);
            names << c.label;
        }
        QJsonObject after;
        after.insert(QStringLiteral("objet"), m_request.title);
        after.insert(QStringLiteral("format"), TableWriter::extension(m_request.format));
        after.insert(QStringLiteral("lignes"), summary.rows);
        after.insert(QStringLiteral("colonnes"), labels);
        after.insert(QStringLiteral("fichier"), QFileInfo(m_request.filePath).fileName());
        entry.after = after;
        entry.comment = Tr::tr("Export %1 de « %2 » : %3 ligne(s) ; colonnes : %4.")
                            .arg(TableWriter::extension(m_request.format).toUpper(), m_request.title)
                            .arg(summary.rows)
                            .arg(names.join(QStringLiteral(", ")));
        Transaction transaction(database, dialect);
        Status audited = transaction.begun();
        if (audited)
            audited = AuditTrail::recordAs(database, m_actor.login, m_actor.communeId, entry);
        if (audited)
            audited = transaction.commit();
        if (!audited) {
            writer->discard();
            return Error(Tr::tr("L'export n'a pas pu être inscrit au journal d'audit : par sécurité, aucun fichier n'a "
                                "été écrit. %1").arg(audited.error().message()),
                         audited.error().detail(), audited.error().kind());
        }
    }
    if (Status s = writer->commit(); !s)
        return s.error();
    if (m_progress)
        m_progress(summary.rows, summary.rows);
    return summary;
}

} // namespace OpenMairie::Core
