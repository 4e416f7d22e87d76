#pragma once

#include "Arrete.h"

#include "documents/IDocumentDataSource.h"

namespace OpenMairie::Reglement {

// The « reglement.arrete » data source: an arrêté of the register as its printed document needs it
// (the contract of resources/templates/reglement/arrete.html). The key is the number « AAAA-NNNN ».
// Stateless: the print worker threads call fetch() with their own connection.
class ArreteDocumentSource final : public Documents::IDocumentDataSource
{
public:
    static const QString kName;

    Documents::DataSourceSchema schema() const override;
    Core::Result<Documents::DocumentRecord> fetch(const QSqlDatabase &db, qint64 communeId,
                                                  const QString &key) const override;
    Documents::DocumentRecord sampleRecord() const override;

    // The record of an arrêté as stored: the text split into visas, considérants and articles.
    static Documents::DocumentRecord toRecord(const Arrete &arrete);
    // Visas and considérants are typed one per line; articles apart by an empty line, each possibly
    // with several lines (kept as line breaks). An « Article 2 : » typed by the agent is dropped,
    // since the template numbers the articles itself.
    static QStringList lines(const QString &text);
    static QStringList articles(const QString &text);
    // « 1er », « 2 », « 3 »: the French way of numbering the articles of an act.
    static QString articleNumber(int n);
    // « Le Maire, Jean Dupont » → « Le Maire » and « Jean Dupont » (either order; « Le Maire » when
    // no quality is written).
    static std::pair<QString, QString> qualityAndName(const QString &signataire);
    // The executory mention at the foot of the act, or the lines left blank to fill in by hand
    // when the act is printed for signature, before publication and transmission.
    static QString executoryMention(const Arrete &arrete);
};

} // namespace OpenMairie::Reglement
