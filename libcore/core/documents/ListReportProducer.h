#pragma once

#include "DocumentProducer.h"
#include "ListLayout.h"
#include "ListRowSource.h"

#include <QDateTime>
#include <QImage>

#include <functional>
#include <memory>

namespace OpenMairie::Documents {

// What the page header says besides the layout's title.
struct OPENMAIRIE_CORE_EXPORT ListHeader
{
    QString communeName;  // "Arles"
    QString codeInsee;
    QString subtitle;     // replaces the layout's subtitle when set ("Année 2026")
    QDateTime printedAt = QDateTime::currentDateTime();
    QString printedBy;
    QImage logo;          // optional, top left
};

// The streaming paginator of long lists (listes d'émargement, registres, tableaux). Two passes over
// the rows, neither keeping them:
//  1. the plan: with fixed-height rows the database only counts rows per group ("count first");
//     with growing rows the cursor is read once and each row measured;
//  2. the painting, on a second cursor: headers, repeated column titles, rows, group breaks on a
//     new page, totals, closing sentence, signature boxes, footer « Page N / M ».
// Both passes read the same snapshot (one read transaction), so N / M cannot be wrong.
class OPENMAIRIE_CORE_EXPORT ListReportProducer final : public DocumentProducer
{
public:
    using RowSourceFactory = std::function<std::unique_ptr<ListRowSource>()>;

    ListReportProducer(ListLayout layout, ListHeader header, RowSourceFactory rows);

    QString title() const override { return m_layout.title; }
    Core::Status produce(PageSink &sink, const ProductionContext &context) override;

    const ListLayout &layout() const { return m_layout; }

    // "Commune d'Arles", "Commune du Havre", "Commune des Baux-de-Provence".
    static QString communeTitle(const QString &name);

private:
    ListLayout m_layout;
    ListHeader m_header;
    RowSourceFactory m_rows;
};

} // namespace OpenMairie::Documents
