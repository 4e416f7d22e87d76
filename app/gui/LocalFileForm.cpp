#include "LocalFileForm.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpenMairie::Gui {

LocalFileForm::LocalFileForm(Purpose purpose, QWidget *parent) : QWidget(parent), m_purpose(purpose)
{
    auto *label = new QLabel(tr("&Fichier de données :"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("localFilePath"));
    m_path->setClearButtonEnabled(true);
    m_path->setPlaceholderText(QDir::toNativeSeparators(Core::ConnectionProfile::defaultLocalFilePath()));
    label->setBuddy(m_path);
    m_browse = new QPushButton(tr("Parcourir…"), this);
    m_browse->setObjectName(QStringLiteral("localFileBrowse"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addLayout(row);

    connect(m_browse, &QPushButton::clicked, this, &LocalFileForm::browse);
    connect(m_path, &QLineEdit::textChanged, this, &LocalFileForm::changed);
}

QString LocalFileForm::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void LocalFileForm::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

Core::ConnectionProfile LocalFileForm::profile() const
{
    return Core::ConnectionProfile::sqlite(filePath());
}

void LocalFileForm::browse()
{
    const QString start = filePath().isEmpty() ? Core::ConnectionProfile::defaultLocalFilePath() : filePath();
    const QString filter = tr("Base OpenMairie (*.sqlite *.db);;Tous les fichiers (*)");
    const QString chosen = m_purpose == Purpose::OpenExisting
        ? QFileDialog::getOpenFileName(this, tr("Ouvrir une base OpenMairie"), start, filter)
        : QFileDialog::getSaveFileName(this, tr("Emplacement de la base OpenMairie"), start, filter, nullptr,
                                       QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

} // namespace OpenMairie::Gui
