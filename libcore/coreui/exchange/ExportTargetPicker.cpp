#include "ExportTargetPicker.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

namespace OpenMairie::CoreUi {

using Core::ExportFormat;
using Core::TableWriter;

ExportTargetPicker::ExportTargetPicker(QWidget *parent)
    : QWidget(parent), m_csv(new QRadioButton(TableWriter::formatName(ExportFormat::Csv), this)),
      m_xlsx(new QRadioButton(TableWriter::formatName(ExportFormat::Xlsx), this)), m_file(new QLineEdit(this))
{
    m_csv->setObjectName(QStringLiteral("csvRadio"));
    m_xlsx->setObjectName(QStringLiteral("xlsxRadio"));
    m_file->setObjectName(QStringLiteral("exportFileEdit"));
    m_csv->setChecked(true);
    auto *browseButton = new QPushButton(tr("Parcourir…"), this);

    auto *formats = new QHBoxLayout;
    formats->addWidget(m_csv);
    formats->addWidget(m_xlsx);
    formats->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Format :"), formats);
    layout->addRow(tr("Fichier :"), fileRow);

    connect(m_csv, &QRadioButton::toggled, this, [this] { applyExtension(); });
    connect(browseButton, &QPushButton::clicked, this, &ExportTargetPicker::browse);
}

ExportFormat ExportTargetPicker::format() const
{
    return m_xlsx->isChecked() ? ExportFormat::Xlsx : ExportFormat::Csv;
}

void ExportTargetPicker::setFormat(ExportFormat format)
{
    (format == ExportFormat::Xlsx ? m_xlsx : m_csv)->setChecked(true);
    applyExtension();
}

QString ExportTargetPicker::filePath() const
{
    return m_file->text().trimmed();
}

void ExportTargetPicker::setFilePath(const QString &path)
{
    m_file->setText(path);
    applyExtension();
}

void ExportTargetPicker::setSuggestedName(const QString &baseName)
{
    if (!m_file->text().isEmpty())
        return;
    QString name = baseName;
    for (const QChar c : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        name.replace(c, u'_');
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir(dir).filePath(name));
    applyExtension();
}

void ExportTargetPicker::applyExtension()
{
    if (!m_file->text().isEmpty())
        m_file->setText(TableWriter::withExtension(m_file->text(), format()));
}

void ExportTargetPicker::browse()
{
    const QString filter = format() == ExportFormat::Xlsx ? tr("Classeurs Excel (*.xlsx)") : tr("Fichiers CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Exporter vers"), m_file->text(), filter);
    if (!path.isEmpty())
        setFilePath(path);
}

} // namespace OpenMairie::CoreUi
