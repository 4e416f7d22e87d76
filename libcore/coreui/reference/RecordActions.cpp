#include "RecordActions.h"

#include "DateLineEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

RecordActions::RecordActions(const QString &newLabel, const QString &retireHelp, QWidget *parent)
    : QWidget(parent), m_retireDate(new DateLineEdit(this)), m_retire(new QPushButton(tr("Retirer"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *saveRow = new QHBoxLayout;
    auto *create = new QPushButton(newLabel, this);
    create->setObjectName(QStringLiteral("nouvelle"));
    auto *save = new QPushButton(tr("Enregistrer"), this);
    save->setObjectName(QStringLiteral("enregistrer"));
    saveRow->addWidget(create);
    saveRow->addStretch(1);
    saveRow->addWidget(save);
    layout->addLayout(saveRow);
    auto *retireRow = new QHBoxLayout;
    m_retireDate->setObjectName(QStringLiteral("dateRetrait"));
    m_retireDate->setDate(QDate::currentDate());
    m_retireDate->setMaximumWidth(110);
    m_retire->setObjectName(QStringLiteral("retirer"));
    m_retire->setToolTip(retireHelp);
    retireRow->addWidget(new QLabel(tr("Ne plus proposer à partir du"), this));
    retireRow->addWidget(m_retireDate);
    retireRow->addWidget(m_retire);
    retireRow->addStretch(1);
    layout->addLayout(retireRow);
    connect(create, &QPushButton::clicked, this, &RecordActions::newRequested);
    connect(save, &QPushButton::clicked, this, &RecordActions::saveRequested);
    connect(m_retire, &QPushButton::clicked, this, [this] { emit retireRequested(m_retireDate->date()); });
}

void RecordActions::setRetireEnabled(bool enabled)
{
    m_retire->setEnabled(enabled);
}

} // namespace OpenMairie::CoreUi
