#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace OpenMairie::Elec {

class ElecService;

// Bureaux with their inscrits, the découpage (ranges of streets per bureau with the electors they
// hold), the redécoupage preview and the refonte.
class BureauxView final : public QWidget
{
    Q_OBJECT

public:
    explicit BureauxView(ElecService &service, QWidget *parent = nullptr);
    void reload();

private:
    void previewRedecoupage();
    void refonte();

    ElecService &m_service;
    QTableWidget *m_bureaux;
    QTableWidget *m_plages;
    QLabel *m_message;
};

} // namespace OpenMairie::Elec
