#include "CsvImporter.h"

#include "AuditTrail.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "HeaderMapping.h"
#include "ImportSink.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <memory>
#include <vector>

namespace OpenMairie::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Core::CsvImporter)
};

// A refused row, as opposed to a failure that stops the import (disk, connection).
bool refusesRowOnly(const Error &error)
{
    return error.kind() == Error::Kind::InvalidInput || error.kind() == Error::Kind::Conflict
           || error.kind() == Error::Kind::NotFound;
}

// The reject file: the refused lines as they were read, plus why. Written through a QSaveFile so
// that a cancelled or failed import leaves no half file behind.
class RejectFile
{
public:
    explicit RejectFile(const QString &path) : m_file(path) {}

    bool enabled() const { return !m_file.fileName().isEmpty(); }

    Status open(const QStringList &header)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return Error(Tr::tr("Le fichier des rejets « %1 » ne peut pas être créé. Choisissez un dossier où vous "
                                "pouvez écrire.").arg(QFileInfo(m_file.fileName()).fileName()),
                         m_file.errorString(), Error::Kind::Storage);
        m_writer = std::make_unique<CsvWriter>(m_file);
        QStringList fields = header;
        fields << CsvImporter::rejectColumnName();
        m_writer->writeRecord(fields);
        return m_writer->status();
    }

    void write(const QStringList &fields, qsizetype headerSize, const QString &motive)
    {
        if (!m_writer)
            return;
        // Short lines are padded so that the motive stays in its column; long lines keep every
        // field, since the agent must see the data to correct it.
        for (const QString &f : fields)
            m_writer->addField(f);
        for (qsizetype i = fields.size(); i < headerSize; ++i)
            m_writer->addField(QString());
        m_writer->addField(motive);
        m_writer->endRecord();
        ++m_count;
    }

    qint64 count() const { return m_count; }

    Status commit()
    {
        if (!m_writer)
            return {};
        if (!m_writer->status()) {
            m_file.cancelWriting();
            return m_writer->status();
        }
        if (!m_file.commit())
            return Error(Tr::tr("Le fichier des rejets n'a pas pu être enregistré."), m_file.errorString(),
                         Error::Kind::Storage);
        return {};
    }

    void discard()
    {
        if (m_writer)
            m_file.cancelWriting();
        m_writer.reset();
    }

private:
    QSaveFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
    qint64 m_count = 0;
};

struct PendingReject
{
    qint64 line = 0;
    QStringList fields;
    QString motive;
};

class ImportRun
{
public:
    ImportRun(const ImportDefinition &definition, const ExchangeActor &actor, const ImportOptions &options,
              const ImportProgressCallback &progress, const CancellationToken *cancel, QIODevice &input,
              const QSqlDatabase &database, const SqlDialect &dialect)
        : m_definition(definition), m_actor(actor), m_options(options), m_progress(progress), m_cancel(cancel),
          m_input(input), m_db(database), m_dialect(dialect), m_rejects(options.rejectFilePath)
    {
        m_report.dryRun = options.dryRun;
        m_report.mode = options.mode;
        m_report.sourceName = options.sourceName;
    }

    ImportReport execute();

private:
    ImportReport refused(const QString &fileError)
    {
        m_report.addIssue({0, {}, fileError});
        m_report.outcome = m_options.dryRun ? ImportReport::Outcome::DryRunFailed : ImportReport::Outcome::Refused;
        m_rejects.discard();
        return m_report;
    }
    ImportReport failed(const Error &error)
    {
        m_report.outcome = ImportReport::Outcome::Failed;
        m_report.failure = error;
        m_rejects.discard();
        return m_report;
    }

    bool processRecord(const CsvRecord &record);
    bool flushBatch();
    void rejectLine(qint64 line, const QStringList &fields, const QList<ImportIssue> &issues);
    void writePendingRejects();
    Status runStatement(const QString &sql);
    void reportProgress();
    Status writeAudit();

    const ImportDefinition &m_definition;
    const ExchangeActor &m_actor;
    const ImportOptions &m_options;
    const ImportProgressCallback &m_progress;
    const CancellationToken *m_cancel;
    QIODevice &m_input;
    QSqlDatabase m_db;
    SqlDialect m_dialect;

    ImportReport m_report;
    RejectFile m_rejects;
    std::unique_ptr<CsvReader> m_reader;
    HeaderMapping m_mapping;
    std::vector<std::unique_ptr<ForeignKeyLookup>> m_lookups;
    std::unique_ptr<ImportSink> m_sink;
    QList<QList<int>> m_keyColumns;
    std::vector<QHash<QString, qint64>> m_seenKeys;
    QList<ImportRow> m_batch;
    int m_batchSize = 1;
    QList<PendingReject> m_pendingRejects;
    Error m_fatal;
    bool m_hasFatal = false;
};

Status ImportRun::runStatement(const QString &sql)
{
    // Executed directly: PostgreSQL cannot PREPARE a SAVEPOINT.
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Sql::error(q.lastError(), sql);
    return {};
}

void ImportRun::reportProgress()
{
    if (!m_progress)
        return;
    ImportProgress p;
    p.bytesRead = m_reader ? m_reader->bytesRead() : 0;
    p.bytesTotal = m_input.isSequential() ? -1 : m_input.size();
    p.lines = m_report.dataLines;
    m_progress(p);
}

void ImportRun::rejectLine(qint64 line, const QStringList &fields, const QList<ImportIssue> &issues)
{
    ++m_report.rejectedLines;
    QStringList motives;
    for (const ImportIssue &issue : issues) {
        m_report.addIssue(issue);
        motives << issue.motive();
    }
    if (!m_rejects.enabled())
        return;
    PendingReject reject{line, fields, motives.join(QStringLiteral(" | "))};
    // The reject file keeps the file's order: while valid lines wait in the batch (the sink may
    // still refuse one of them), later rejects wait too.
    m_pendingRejects.append(std::move(reject));
    if (m_batch.isEmpty())
        writePendingRejects();
}

void ImportRun::writePendingRejects()
{
    std::stable_sort(m_pendingRejects.begin(), m_pendingRejects.end(),
                     [](const PendingReject &a, const PendingReject &b) { return a.line < b.line; });
    for (const PendingReject &r : std::as_const(m_pendingRejects))
        m_rejects.write(r.fields, m_mapping.headerFieldCount(), r.motive);
    m_pendingRejects.clear();
}

bool ImportRun::flushBatch()
{
    if (m_batch.isEmpty()) {
        writePendingRejects();
        return true;
    }
    const QString sp = QStringLiteral("om_import_lot");
    if (Status s = runStatement(QStringLiteral("SAVEPOINT ") + sp); !s) {
        m_fatal = s.error();
        m_hasFatal = true;
        return false;
    }
    Status written = m_sink->write(m_batch);
    if (written) {
        runStatement(QStringLiteral("RELEASE SAVEPOINT ") + sp);
        m_report.writtenLines += m_batch.size();
    } else if (!refusesRowOnly(written.error())) {
        m_fatal = written.error();
        m_hasFatal = true;
        return false;
    } else {
        runStatement(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp);
        runStatement(QStringLiteral("RELEASE SAVEPOINT ") + sp);
        // Replayed one by one to find the refused lines; a batch of one already says which.
        for (const ImportRow &row : std::as_const(m_batch)) {
            Status one = written;
            if (m_batch.size() > 1) {
                runStatement(QStringLiteral("SAVEPOINT ") + sp);
                one = m_sink->write({row});
                if (one) {
                    runStatement(QStringLiteral("RELEASE SAVEPOINT ") + sp);
                    ++m_report.writtenLines;
                    continue;
                }
                if (!refusesRowOnly(one.error())) {
                    m_fatal = one.error();
                    m_hasFatal = true;
                    return false;
                }
                runStatement(QStringLiteral("ROLLBACK TO SAVEPOINT ") + sp);
                runStatement(QStringLiteral("RELEASE SAVEPOINT ") + sp);
            }
            --m_report.validLines;
            rejectLine(row.line, row.sourceFields, {{row.line, {}, one.error().message()}});
        }
    }
    m_batch.clear();
    writePendingRejects();
    return true;
}

bool ImportRun::processRecord(const CsvRecord &record)
{
    ++m_report.dataLines;
    QList<ImportIssue> issues;
    const qsizetype expectedFields = m_mapping.headerFieldCount();
    const QString separator = CsvReader::separatorName(m_reader->separator());
    if (record.hasProblem()) {
        issues.append({record.line, m_mapping.fieldName(record.problemField - 1), record.problem});
    } else if (record.fields.size() < expectedFields) {
        issues.append({record.line, {},
                       Tr::tr("la ligne compte %1 champs au lieu de %2 : des valeurs ou des séparateurs (%3) "
                              "manquent.").arg(record.fields.size()).arg(expectedFields).arg(separator)});
    } else if (record.fields.size() > expectedFields) {
        issues.append({record.line, {},
                       Tr::tr("la ligne compte %1 champs au lieu de %2 : une valeur contient sans doute un %3 ; "
                              "entourez-la de guillemets.")
                           .arg(record.fields.size()).arg(expectedFields).arg(separator)});
    }
    if (!issues.isEmpty()) {
        rejectLine(record.line, record.fields, issues);
        return true;
    }

    const QList<ImportColumn> &columns = m_definition.columns();
    ImportRow row;
    row.line = record.line;
    row.definition = &m_definition;
    row.values.resize(columns.size());
    QList<bool> converted(columns.size(), false);
    for (int i = 0; i < columns.size(); ++i) {
        const int field = m_mapping.fieldOfColumn().at(i);
        const QString cell = field >= 0 ? record.fields.at(field) : QString();
        Result<QVariant> value = columns.at(i).convert(cell, m_lookups.at(i).get());
        if (!value) {
            if (!refusesRowOnly(value.error())) {
                m_fatal = value.error();
                m_hasFatal = true;
                return false;
            }
            issues.append({record.line, columns.at(i).name(), value.error().message()});
            continue;
        }
        row.values[i] = value.value();
        converted[i] = true;
    }
    if (issues.isEmpty())
        issues.append(m_sink->validate(row));

    for (qsizetype k = 0; k < m_keyColumns.size(); ++k) {
        QStringList parts;
        bool usable = true;
        for (const int c : m_keyColumns.at(k)) {
            const QVariant &v = row.values.at(c);
            if (!converted.at(c) || v.isNull()) {
                usable = false; // an empty key part is never a duplicate, as in SQL
                break;
            }
            if (v.metaType().id() == QMetaType::QString)
                parts << ImportColumn::comparisonKey(v.toString());
            else if (v.metaType().id() == QMetaType::QDate)
                parts << v.toDate().toString(Qt::ISODate);
            else
                parts << v.toString();
        }
        if (!usable)
            continue;
        const QString key = parts.join(QChar(0x1F));
        auto &seen = m_seenKeys[k];
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            QStringList names;
            for (const int c : m_keyColumns.at(k))
                names << columns.at(c).name();
            issues.append({record.line, {},
                           Tr::tr("doublon de la ligne %1 : mêmes valeurs de %2.")
                               .arg(it.value()).arg(names.join(QStringLiteral(", ")))});
        } else {
            seen.insert(key, record.line);
        }
    }

    if (!issues.isEmpty()) {
        rejectLine(record.line, record.fields, issues);
        return true;
    }
    ++m_report.validLines;
    row.sourceFields = record.fields;
    m_batch.append(std::move(row));
    // Rejects waiting for the batch are bounded too: a file of mostly bad lines flushes often.
    if (m_batch.size() >= m_batchSize || m_pendingRejects.size() >= 1000)
        return flushBatch();
    return true;
}

Status ImportRun::writeAudit()
{
    AuditEntry entry;
    entry.module = m_definition.module();
    entry.table = m_definition.targetTable();
    entry.action = QStringLiteral("import");
    QJsonObject after;
    after.insert(QStringLiteral("fichier"), m_options.sourceName);
    after.insert(QStringLiteral("objet"), m_definition.id());
    after.insert(QStringLiteral("lignes_importees"), m_report.writtenLines);
    after.insert(QStringLiteral("lignes_rejetees"), m_report.rejectedLines);
    after.insert(QStringLiteral("encodage"), TextDecoder::displayName(m_report.encoding));
    after.insert(QStringLiteral("separateur"), CsvReader::separatorName(m_report.separator));
    after.insert(QStringLiteral("mode"), m_options.mode == ImportOptions::Mode::AllOrNothing
                                             ? QStringLiteral("tout_ou_rien") : QStringLiteral("lignes_valides"));
    entry.after = after;
    entry.comment = Tr::tr("Import de « %1 » (%2) : %3 ligne(s) importée(s), %4 rejetée(s).")
                        .arg(m_options.sourceName, m_definition.title())
                        .arg(m_report.writtenLines).arg(m_report.rejectedLines);
    return AuditTrail::recordAs(m_db, m_actor.login, m_actor.communeId, entry);
}

ImportReport ImportRun::execute()
{
    if (Status s = m_definition.validate(); !s)
        return failed(s.error());

    CsvReader::Options readerOptions;
    readerOptions.encoding = m_options.encoding;
    readerOptions.separator = m_options.separator;
    m_reader = std::make_unique<CsvReader>(m_input, readerOptions);
    if (Status s = m_reader->open(); !s) {
        if (s.error().kind() != Error::Kind::InvalidInput)
            return failed(s.error());
        m_report.formatKnown = true;
        m_report.encoding = m_reader->encoding();
        return refused(s.error().message());
    }
    m_report.formatKnown = true;
    m_report.encoding = m_reader->encoding();
    m_report.separator = m_reader->separator();
    m_report.separatorKnown = true;
    m_report.separatorFound = m_reader->separatorFound();

    CsvRecord record;
    bool gotHeader = false;
    bool sawBlank = false;
    while (m_reader->readRecord(record)) {
        if (!record.isBlank() || record.hasProblem()) {
            gotHeader = true;
            break;
        }
        sawBlank = true;
    }
    if (!m_reader->status())
        return failed(m_reader->status().error());
    m_report.encoding = m_reader->encoding();
    if (!gotHeader) {
        m_report.formatKnown = m_reader->bytesRead() > 0;
        return refused(sawBlank ? Tr::tr("le fichier ne contient que des lignes vides : il n'y a rien à importer. "
                                         "Vérifiez que vous avez choisi le bon fichier.")
                                : Tr::tr("le fichier est vide : il ne contient aucune ligne. Vérifiez que vous avez "
                                         "choisi le bon fichier, ou partez du modèle de fichier."));
    }
    if (record.hasProblem())
        return refused(Tr::tr("la ligne d'en-tête est mal formée : %1").arg(record.problem));
    m_mapping = HeaderMapping::match(m_definition, record.fields, m_reader->separatorFound());
    m_report.warnings = m_mapping.warnings();
    if (!m_mapping.ok()) {
        for (const QString &e : m_mapping.errors())
            m_report.addIssue({0, {}, e});
        m_report.outcome = m_options.dryRun ? ImportReport::Outcome::DryRunFailed : ImportReport::Outcome::Refused;
        return m_report;
    }
    m_report.headerRead = true;
    const QStringList header = record.fields;

    for (const QStringList &names : m_definition.uniqueKeys()) {
        QList<int> indexes;
        for (const QString &n : names)
            indexes << m_definition.indexOf(n);
        m_keyColumns << indexes;
    }
    m_seenKeys.resize(m_keyColumns.size());

    ImportContext context;
    context.database = m_db;
    context.dialect = m_dialect;
    context.actor = m_actor;
    context.dryRun = m_options.dryRun;
    context.definition = &m_definition;

    Transaction transaction(m_db, m_dialect);
    if (!transaction.begun())
        return failed(transaction.begun().error());

    const QList<ImportColumn> &columns = m_definition.columns();
    m_lookups.resize(columns.size());
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).type() != ImportColumn::Type::ForeignKey || m_mapping.fieldOfColumn().at(i) < 0)
            continue;
        m_lookups[i] = columns.at(i).lookupFactory()();
        if (Status s = m_lookups[i]->prepare(context); !s)
            return failed(s.error());
    }
    m_sink = m_definition.createSink();
    if (!m_sink)
        return failed(Error(Tr::tr("L'import « %1 » n'a pas de destination : signalez-le au prestataire.")
                                .arg(m_definition.title()), {}, Error::Kind::Generic));
    if (Status s = m_sink->begin(context); !s)
        return failed(s.error());
    m_batchSize = std::max(1, m_sink->preferredBatchSize());
    if (m_rejects.enabled())
        if (Status s = m_rejects.open(header); !s)
            return failed(s.error());

    while (m_reader->readRecord(record)) {
        if (CancellationToken::isCancelled(m_cancel)) {
            m_rejects.discard();
            m_report.outcome = ImportReport::Outcome::Cancelled;
            return m_report;
        }
        if (record.isBlank() && !record.hasProblem()) {
            ++m_report.blankLines;
            continue;
        }
        if (!processRecord(record))
            return failed(m_fatal);
        if (m_report.dataLines % CsvImporter::kProgressInterval == 0)
            reportProgress();
    }
    if (!m_reader->status())
        return failed(m_reader->status().error());
    if (!flushBatch())
        return failed(m_fatal);
    if (CancellationToken::isCancelled(m_cancel)) {
        m_rejects.discard();
        m_report.outcome = ImportReport::Outcome::Cancelled;
        return m_report;
    }
    if (Status s = m_sink->finish(); !s)
        return failed(s.error());
    m_report.encoding = m_reader->encoding();
    m_report.sortIssues();
    reportProgress();

    if (m_report.dataLines == 0)
        return refused(Tr::tr("le fichier ne contient que la ligne d'en-tête : il n'y a aucune ligne à importer."));

    auto finishRejects = [this]() -> Status {
        if (m_rejects.count() == 0) {
            m_rejects.discard();
            return {};
        }
        if (Status s = m_rejects.commit(); !s)
            return s;
        m_report.rejectFilePath = m_options.rejectFilePath;
        return {};
    };

    const bool allOrNothingRefused =
        m_options.mode == ImportOptions::Mode::AllOrNothing && m_report.rejectedLines > 0;
    if (m_options.dryRun) {
        transaction.rollback();
        m_report.outcome = allOrNothingRefused || m_report.writtenLines == 0 ? ImportReport::Outcome::DryRunFailed
                                                                             : ImportReport::Outcome::DryRunPassed;
        if (Status s = finishRejects(); !s)
            return failed(s.error());
        return m_report;
    }
    if (allOrNothingRefused || m_report.writtenLines == 0) {
        transaction.rollback();
        m_report.outcome = ImportReport::Outcome::Refused;
        if (Status s = finishRejects(); !s)
            return failed(s.error());
        return m_report;
    }
    if (Status s = writeAudit(); !s)
        return failed(s.error());
    if (Status s = transaction.commit(); !s)
        return failed(s.error());
    m_report.outcome = m_report.rejectedLines > 0 ? ImportReport::Outcome::ImportedWithRejects
                                                  : ImportReport::Outcome::Imported;
    if (Status s = finishRejects(); !s)
        m_report.warnings << Tr::tr("les lignes ont été importées, mais le fichier des rejets n'a pas pu être "
                                    "enregistré : %1").arg(s.error().message());
    return m_report;
}
} // namespace

CsvImporter::CsvImporter(const ImportDefinition &definition, const ExchangeActor &actor)
    : m_definition(definition), m_actor(actor)
{
}

ImportReport CsvImporter::run(QIODevice &input, const QSqlDatabase &database, const SqlDialect &dialect)
{
    ImportRun run(m_definition, m_actor, m_options, m_progress, m_cancel, input, database, dialect);
    return run.execute();
}

} // namespace OpenMairie::Core
