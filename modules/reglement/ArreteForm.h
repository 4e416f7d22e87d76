#pragma once

#include "Arrete.h"
#include "FieldError.h"

#include <QDialog>
#include <QMap>

#include <set>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace OpenMairie::CoreUi {
class DateLineEdit;
}

namespace OpenMairie::Reglement {

class ArreteService;

// Creates or edits one arrêté. The rules are the service's: the form runs them as the agent types
// and shows each message under its field; it saves through the service, which checks them again.
// Keyboard first: dates typed 05032024, Tab from field to field, Ctrl+Entrée saves, Échap closes.
class ArreteForm : public QDialog
{
    Q_OBJECT

public:
    // A new arrêté: signature today, the usual signatory, the number given when saved.
    explicit ArreteForm(ArreteService &service, QWidget *parent = nullptr);
    // An arrêté of the register; read-only when it no longer applies or the agent may not modify.
    ArreteForm(ArreteService &service, const Arrete &arrete, QWidget *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    // What the fields hold now (dates that do not parse are left empty).
    ArreteDraft draft() const;
    // The rules' messages for the fields as typed, date typing errors included.
    FieldErrors currentErrors() const;
    // The message shown under a field (empty when none is shown).
    QString shownError(ArreteField field) const;
    QString generalError() const;
    QString executoireText() const;

    // Validates, then creates or updates through the service. True when saved (the dialog is then
    // accepted); otherwise the messages are shown and the agent goes on typing.
    bool save();
    const std::optional<Arrete> &savedArrete() const { return m_saved; }

signals:
    void saved(const OpenMairie::Reglement::Arrete &arrete);

private:
    void build();
    QWidget *buildTextPage();
    void fill(const Arrete &arrete);
    void markTouched(ArreteField field);
    void refreshMessages();
    void applyCategoryDefaults();
    QWidget *withError(QWidget *field, ArreteField key);
    QWidget *inputFor(ArreteField field) const;
    void setReadOnly(bool readOnly);

    ArreteService &m_service;
    std::optional<Arrete> m_existing;
    std::optional<Arrete> m_saved;
    bool m_readOnly = false;
    bool m_showAll = false;
    bool m_transmissionChosen = false;
    std::set<ArreteField> m_touched;
    QMap<ArreteField, QLabel *> m_errorLabels;

    QLabel *m_title = nullptr;
    QLabel *m_stateBanner = nullptr;
    CoreUi::DateLineEdit *m_dateSignature = nullptr;
    QComboBox *m_categorie = nullptr;
    QPlainTextEdit *m_objet = nullptr;
    QLabel *m_objetCounter = nullptr;
    QLineEdit *m_signataire = nullptr;
    CoreUi::DateLineEdit *m_datePublication = nullptr;
    CoreUi::DateLineEdit *m_dateTransmission = nullptr;
    QCheckBox *m_transmissionRequise = nullptr;
    CoreUi::DateLineEdit *m_dateNotification = nullptr;
    QLineEdit *m_reference = nullptr;
    QPlainTextEdit *m_observations = nullptr;
    QPlainTextEdit *m_visas = nullptr;
    QPlainTextEdit *m_considerants = nullptr;
    QPlainTextEdit *m_articles = nullptr;
    QLabel *m_executoire = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace OpenMairie::Reglement
