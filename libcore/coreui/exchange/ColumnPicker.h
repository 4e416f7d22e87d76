#pragma once

#include "openmairie_coreui_export.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace OpenMairie::CoreUi {

// The columns of an export: a checkbox each, in an order the agent can change (drag and drop, or
// "Monter"/"Descendre" for the keyboard).
class OPENMAIRIE_COREUI_EXPORT ColumnPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnPicker(QWidget *parent = nullptr);

    // Replaces the list; `keys` identify the columns, `labels` are shown.
    void setColumns(const QStringList &keys, const QStringList &labels, const QList<bool> &checked);
    // The checked keys, in the displayed order.
    QStringList checkedKeys() const;
    void setChecked(const QString &key, bool checked);
    void setAllChecked(bool checked);
    // Moves a column one place up (-1) or down (+1).
    void move(const QString &key, int delta);

signals:
    void changed();

private:
    void moveCurrent(int delta);

    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace OpenMairie::CoreUi
