#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace OpenMairie::Core {
class ModuleManager;
}

namespace OpenMairie::Gui {

// "Modules installés": every module found, active or refused, with the reason of each refusal
// (incompatible version, missing dependency, cycle, unreadable file, failed schema update).
class ModulesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, VersionColumn, StateColumn, ReasonColumn, ColumnCount };

    explicit ModulesDialog(const Core::ModuleManager &modules, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString summary() const;

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace OpenMairie::Gui
