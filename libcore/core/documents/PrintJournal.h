#pragma once

#include "DocumentProducer.h"
#include "DocumentTemplateStore.h"

namespace OpenMairie::Documents {

// What is written in the print journal for one print.
struct OPENMAIRIE_CORE_EXPORT PrintJournalEntry
{
    enum class Kind { Template, List, Labels };
    enum class Destination { Pdf, Printer };

    QString module;
    QString document; // template or layout code
    Kind kind = Kind::Template;
    QString title;
    std::optional<ResolvedTemplate> source; // the template revision that produced it
    int layoutRevision = 0;                 // lists: the layout's revision
    Destination destination = Destination::Pdf;
    QString target; // file path or printer name
    QString fileChecksum;
    QString watermark;
    int documentCount = 0;
    int pageCount = 0;
    qint64 rowCount = 0;
    bool personalData = false;
    QList<ProducedItem> items;
};

struct OPENMAIRIE_CORE_EXPORT PrintJournalRow
{
    qint64 id = 0;
    QString module;
    QString document;
    QString title;
    QString origin;
    int revision = 0;
    QString checksum;
    QString destination;
    QString target;
    QString fileChecksum;
    int pageCount = 0;
    QString user;
    QDateTime printedAt;
};

// The journal of prints: which template revision produced which document, who printed it, when,
// into which file. Prints of personal data also go to the audit trail.
class OPENMAIRIE_CORE_EXPORT PrintJournal
{
public:
    // Inside the caller's transaction.
    static Core::Result<qint64> record(const QSqlDatabase &db, const QString &login, qint64 communeId,
                                       const PrintJournalEntry &entry);
    // The prints that included a record ("2026-0042"), latest first.
    static Core::Result<QList<PrintJournalRow>> forRecord(const QSqlDatabase &db, qint64 communeId,
                                                          const QString &module, const QString &key);
    static Core::Result<QList<PrintJournalRow>> recent(const QSqlDatabase &db, qint64 communeId, int limit = 100);
};

} // namespace OpenMairie::Documents
