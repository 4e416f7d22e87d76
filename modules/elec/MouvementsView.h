#pragma once

#include "Mouvement.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace OpenMairie::Elec {

class ElecService;

// The mouvements in progress with their next legal deadline, and the buttons of each step:
// aviser (radiation contradictoire), accepter, refuser, notifier, transmettre au REU, appliquer.
class MouvementsView final : public QWidget
{
    Q_OBJECT

public:
    explicit MouvementsView(ElecService &service, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return m_table; }

private:
    void step(const QString &action);

    ElecService &m_service;
    QList<Mouvement> m_rows;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace OpenMairie::Elec
