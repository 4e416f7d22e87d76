#pragma once

#include "openmairie_coreui_export.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace OpenMairie::Core {
class AuditQuery;
}

namespace OpenMairie::CoreUi {

// The « Historique » of one record for a module's form: each event (who, when, what) oldest first,
// and under it what changed, « objet : « ancien » → « nouveau » ». Read from the audit journal
// through AuditQuery::history, so the module needs nothing of its own.
class OPENMAIRIE_COREUI_EXPORT RecordHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    RecordHistoryWidget(Core::AuditQuery &audit, const QString &table, qint64 recordId, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Every line as shown, events and their changes, for the tests and the clipboard.
    QStringList lines() const;
    QString errorText() const;

public slots:
    bool reload();

private:
    Core::AuditQuery &m_audit;
    QString m_table;
    qint64 m_recordId;
    QString m_errorText;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace OpenMairie::CoreUi
