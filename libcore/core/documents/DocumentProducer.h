#pragma once

#include "JobControl.h"

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace OpenMairie::Documents {

class PageSink;

// One record of a template print and where it sits in the output: for the print journal.
struct OPENMAIRIE_CORE_EXPORT ProducedItem
{
    QString key;
    int firstPage = 0; // 1-based
    int pageCount = 0;
};

struct OPENMAIRIE_CORE_EXPORT ProductionReport
{
    int pageCount = 0;
    int documentCount = 0;
    qint64 rowCount = 0;
    QStringList warnings;
    QList<ProducedItem> items;
};

struct OPENMAIRIE_CORE_EXPORT ProductionContext
{
    QSqlDatabase db; // the producing thread's own connection
    qint64 communeId = 0;
    JobControl *control = nullptr;

    bool isCancelled() const { return control && control->isCancelled(); }
    void progress(qint64 done, qint64 total) const
    {
        if (control)
            control->reportProgress(done, total);
    }
};

// Something that paints pages: a batch of letters, a list, a label sheet. It can run again from
// scratch (the print preview repaints when the agent changes the printer).
class OPENMAIRIE_CORE_EXPORT DocumentProducer
{
public:
    virtual ~DocumentProducer();

    virtual QString title() const = 0;
    virtual Core::Status produce(PageSink &sink, const ProductionContext &context) = 0;

    const ProductionReport &report() const { return m_report; }

    // The error a producer returns when the agent cancels.
    static Core::Error cancelledError();

protected:
    ProductionReport m_report;
};

} // namespace OpenMairie::Documents
