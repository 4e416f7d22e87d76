#include "EndOfValidityDialog.h"

#include "ArreteService.h"

#include "DateLineEdit.h"
#include "FrenchDate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::Reglement {

EndOfValidityDialog::EndOfValidityDialog(ArreteService &service, const Arrete &arrete, ArreteState target,
                                         QWidget *parent)
    : QDialog(parent), m_service(service), m_arrete(arrete), m_target(target)
{
    const bool abrogation = target == ArreteState::Abroge;
    setWindowTitle(abrogation ? tr("Abroger l'arrêté %1").arg(arrete.numero)
                              : tr("Annuler l'arrêté %1").arg(arrete.numero));
    setMinimumWidth(520);
    auto *root = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(abrogation
                       ? tr("L'arrêté %1 du %2 cessera de s'appliquer à partir de la date d'abrogation. Il reste au "
                            "registre avec son numéro.")
                             .arg(arrete.numero, Core::FrenchDate::format(arrete.dateSignature))
                       : tr("L'arrêté %1 du %2 est réputé n'avoir jamais existé (annulation par le juge ou retrait). "
                            "Il reste au registre avec son numéro.")
                             .arg(arrete.numero, Core::FrenchDate::format(arrete.dateSignature)));
    root->addWidget(intro);

    auto *form = new QFormLayout;
    m_date = new CoreUi::DateLineEdit(this);
    m_date->setObjectName(QStringLiteral("dateFin"));
    m_date->setDate(service.today());
    form->addRow(abrogation ? tr("&Date d'abrogation :") : tr("&Date d'annulation :"), m_date);
    m_motif = new QPlainTextEdit(this);
    m_motif->setObjectName(QStringLiteral("motifFin"));
    m_motif->setTabChangesFocus(true);
    m_motif->setFixedHeight(m_motif->fontMetrics().lineSpacing() * 3 + 12);
    m_motif->setPlaceholderText(abrogation ? tr("Par exemple : remplacé par l'arrêté 2025-0003")
                                           : tr("Par exemple : annulé par jugement du tribunal administratif du "
                                                "12/03/2025"));
    form->addRow(tr("&Motif :"), m_motif);
    root->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("erreur"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();
    root->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(abrogation ? tr("&Abroger") : tr("A&nnuler l'arrêté"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Fermer"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { confirm(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);
    m_motif->setFocus();
}

bool EndOfValidityDialog::confirm()
{
    QDate date;
    const QString typed = m_date->text().trimmed();
    if (!typed.isEmpty()) {
        Core::Result<QDate> parsed = Core::FrenchDate::parse(typed);
        if (!parsed) {
            m_error->setText(parsed.error().message());
            m_error->show();
            return false;
        }
        date = parsed.value();
    }
    const QString motif = m_motif->toPlainText();
    Core::Result<Arrete> r = m_target == ArreteState::Abroge
                                 ? m_service.abrogate(m_arrete.id, m_arrete.version, date, motif)
                                 : m_service.cancel(m_arrete.id, m_arrete.version, date, motif);
    if (!r) {
        m_error->setText(r.error().message());
        m_error->show();
        return false;
    }
    m_result = r.value();
    emit ended(r.value());
    accept();
    return true;
}

QString EndOfValidityDialog::shownError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace OpenMairie::Reglement
