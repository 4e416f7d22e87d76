#pragma once

#include "Arrete.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace OpenMairie::CoreUi {
class DateLineEdit;
}

namespace OpenMairie::Reglement {

class ArreteService;

// Abrogates or cancels an arrêté: the date and the reason, kept in the register with it.
class EndOfValidityDialog : public QDialog
{
    Q_OBJECT

public:
    EndOfValidityDialog(ArreteService &service, const Arrete &arrete, ArreteState target, QWidget *parent = nullptr);

    // Records the abrogation or annulation through the service; true (and the dialog accepted)
    // when done, otherwise the reason is shown.
    bool confirm();
    QString shownError() const;
    const std::optional<Arrete> &result() const { return m_result; }

signals:
    void ended(const OpenMairie::Reglement::Arrete &arrete);

private:
    ArreteService &m_service;
    Arrete m_arrete;
    ArreteState m_target;
    std::optional<Arrete> m_result;
    CoreUi::DateLineEdit *m_date = nullptr;
    QPlainTextEdit *m_motif = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace OpenMairie::Reglement
