#pragma once

#include "openmairie_coreui_export.h"

#include <QTableWidget>

namespace OpenMairie::Core {
struct Validity;
}

namespace OpenMairie::CoreUi {

// The list of a reference editor: read-only rows selected whole, retired values in grey italics
// with their retirement date, the record's id kept in the first cell.
class OPENMAIRIE_COREUI_EXPORT ReferenceListTable : public QTableWidget
{
    Q_OBJECT

public:
    ReferenceListTable(const QStringList &headers, QWidget *parent = nullptr);

    void addRecord(qint64 id, const QStringList &cells, const Core::Validity &validity);
    qint64 currentId() const;
    bool selectId(qint64 id);
    // The first column holds the code in every reference list.
    bool selectCode(const QString &code);
    QStringList codes() const;
};

} // namespace OpenMairie::CoreUi
