#include "LabelCalibrationDialog.h"

#include "ErrorMessage.h"

#include "documents/LabelCalibrationProducer.h"
#include "documents/PageSink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OpenMairie::CoreUi {

using namespace OpenMairie::Documents;

LabelCalibrationDialog::LabelCalibrationDialog(PrinterOffsetStore store, QWidget *parent)
    : QDialog(parent), m_store(store), m_printer(std::make_unique<QPrinter>(QPrinter::ScreenResolution))
{
    setWindowTitle(tr("Calibration des étiquettes et des cartes"));
    m_printer->setFullPage(true);
    buildUi();
    setSheet(LabelSheetLayout::presets().first());
    loadPrinterOffset();
}

LabelCalibrationDialog::~LabelCalibrationDialog() = default;

void LabelCalibrationDialog::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    layout->addLayout(left);

    auto *printerBox = new QGroupBox(tr("Imprimante"), this);
    auto *printerForm = new QFormLayout(printerBox);
    m_printers = new QComboBox(printerBox);
    m_printers->setObjectName(QStringLiteral("printer"));
    m_printers->setEditable(true);
    m_printers->addItems(QPrinterInfo::availablePrinterNames());
    if (m_printers->count() == 0)
        m_printers->addItem(tr("Imprimante par défaut"));
    printerForm->addRow(tr("Imprimante"), m_printers);
    connect(m_printers, &QComboBox::currentTextChanged, this, &LabelCalibrationDialog::loadPrinterOffset);
    auto offsetSpin = [this, printerBox](const QString &name) {
        auto *s = new QDoubleSpinBox(printerBox);
        s->setObjectName(name);
        s->setRange(-PrinterOffsetStore::kMaxOffsetMm, PrinterOffsetStore::kMaxOffsetMm);
        s->setDecimals(1);
        s->setSingleStep(0.1);
        s->setSuffix(tr(" mm"));
        connect(s, &QDoubleSpinBox::valueChanged, this, &LabelCalibrationDialog::refreshPreview);
        return s;
    };
    m_offsetX = offsetSpin(QStringLiteral("offsetX"));
    m_offsetY = offsetSpin(QStringLiteral("offsetY"));
    m_offsetX->setToolTip(tr("Positif : l'impression va vers la droite."));
    m_offsetY->setToolTip(tr("Positif : l'impression descend."));
    printerForm->addRow(tr("Décalage horizontal"), m_offsetX);
    printerForm->addRow(tr("Décalage vertical"), m_offsetY);
    left->addWidget(printerBox);

    auto *sheetBox = new QGroupBox(tr("Planche"), this);
    auto *sheetForm = new QFormLayout(sheetBox);
    m_presets = new QComboBox(sheetBox);
    m_presets->setObjectName(QStringLiteral("preset"));
    for (const LabelSheetLayout &p : LabelSheetLayout::presets())
        m_presets->addItem(p.name);
    connect(m_presets, &QComboBox::activated, this,
            [this](int index) { setSheet(LabelSheetLayout::presets().value(index)); });
    sheetForm->addRow(tr("Modèle de planche"), m_presets);
    auto intSpin = [this, sheetBox](const QString &name, int max) {
        auto *s = new QSpinBox(sheetBox);
        s->setObjectName(name);
        s->setRange(1, max);
        connect(s, &QSpinBox::valueChanged, this, &LabelCalibrationDialog::refreshPreview);
        return s;
    };
    auto mmSpin = [this, sheetBox](const QString &name, double max) {
        auto *s = new QDoubleSpinBox(sheetBox);
        s->setObjectName(name);
        s->setRange(0, max);
        s->setDecimals(2);
        s->setSuffix(tr(" mm"));
        connect(s, &QDoubleSpinBox::valueChanged, this, &LabelCalibrationDialog::refreshPreview);
        return s;
    };
    m_rows = intSpin(QStringLiteral("rows"), 40);
    m_columns = intSpin(QStringLiteral("columns"), 20);
    m_width = mmSpin(QStringLiteral("labelWidth"), 420);
    m_height = mmSpin(QStringLiteral("labelHeight"), 420);
    m_top = mmSpin(QStringLiteral("topMargin"), 200);
    m_left = mmSpin(QStringLiteral("leftMargin"), 200);
    m_hGap = mmSpin(QStringLiteral("columnGap"), 100);
    m_vGap = mmSpin(QStringLiteral("rowGap"), 100);
    sheetForm->addRow(tr("Rangées"), m_rows);
    sheetForm->addRow(tr("Colonnes"), m_columns);
    sheetForm->addRow(tr("Largeur d'une étiquette"), m_width);
    sheetForm->addRow(tr("Hauteur d'une étiquette"), m_height);
    sheetForm->addRow(tr("Marge du haut"), m_top);
    sheetForm->addRow(tr("Marge de gauche"), m_left);
    sheetForm->addRow(tr("Espace entre colonnes"), m_hGap);
    sheetForm->addRow(tr("Espace entre rangées"), m_vGap);
    left->addWidget(sheetBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    left->addWidget(m_error);
    auto *print = new QPushButton(tr("Imprimer la page de calibration…"), this);
    print->setObjectName(QStringLiteral("printButton"));
    connect(print, &QPushButton::clicked, this, &LabelCalibrationDialog::printCalibrationPage);
    left->addWidget(print);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Enregistrer le décalage"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (Core::Status s = saveOffset(); !s)
            ErrorMessage::show(this, tr("Calibration"), s.error());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    left->addStretch();
    left->addWidget(buttons);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("calibrationPreview"));
    m_preview->setMinimumSize(360, 480);
    m_preview->fitInView();
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &LabelCalibrationDialog::paintPreview);
    layout->addWidget(m_preview, 1);
}

LabelSheetLayout LabelCalibrationDialog::sheet() const
{
    LabelSheetLayout l;
    l.name = m_sheetName;
    l.rows = m_rows->value();
    l.columns = m_columns->value();
    l.labelWidthMm = m_width->value();
    l.labelHeightMm = m_height->value();
    l.topMarginMm = m_top->value();
    l.leftMarginMm = m_left->value();
    l.horizontalGapMm = m_hGap->value();
    l.verticalGapMm = m_vGap->value();
    return l;
}

void LabelCalibrationDialog::setSheet(const LabelSheetLayout &sheet)
{
    m_sheetName = sheet.name;
    const QList<QWidget *> spins{m_rows, m_columns, m_width, m_height, m_top, m_left, m_hGap, m_vGap};
    for (QWidget *w : spins)
        w->blockSignals(true);
    m_rows->setValue(sheet.rows);
    m_columns->setValue(sheet.columns);
    m_width->setValue(sheet.labelWidthMm);
    m_height->setValue(sheet.labelHeightMm);
    m_top->setValue(sheet.topMarginMm);
    m_left->setValue(sheet.leftMarginMm);
    m_hGap->setValue(sheet.horizontalGapMm);
    m_vGap->setValue(sheet.verticalGapMm);
    for (QWidget *w : spins)
        w->blockSignals(false);
    refreshPreview();
}

QString LabelCalibrationDialog::printerName() const
{
    return m_printers->currentText();
}

void LabelCalibrationDialog::setPrinterName(const QString &name)
{
    m_printers->setCurrentText(name);
    loadPrinterOffset();
}

PrinterOffset LabelCalibrationDialog::offset() const
{
    return {m_offsetX->value(), m_offsetY->value()};
}

void LabelCalibrationDialog::setOffset(const PrinterOffset &offset)
{
    m_offsetX->setValue(offset.xMm);
    m_offsetY->setValue(offset.yMm);
}

void LabelCalibrationDialog::loadPrinterOffset()
{
    const PrinterOffset o = m_store.offset(printerName());
    const QSignalBlocker bx(m_offsetX), by(m_offsetY);
    m_offsetX->setValue(o.xMm);
    m_offsetY->setValue(o.yMm);
    refreshPreview();
}

QString LabelCalibrationDialog::errorText() const
{
    return m_error->text();
}

bool LabelCalibrationDialog::canSave() const
{
    return m_save->isEnabled();
}

void LabelCalibrationDialog::refreshPreview()
{
    if (!m_preview)
        return;
    const Core::Status valid = sheet().validate();
    m_error->setText(valid ? QString() : valid.error().message());
    m_save->setEnabled(valid.ok());
    m_printer->setPageLayout(sheet().pageLayout());
    m_preview->updatePreview();
}

void LabelCalibrationDialog::paintPreview(QPrinter *printer)
{
    m_previewPages = 0;
    LabelCalibrationProducer producer(sheet(), offset(), printerName());
    PageSink sink(printer);
    const Core::Status s = producer.produce(sink, ProductionContext{});
    sink.finish();
    m_previewPages = sink.pageCount();
    if (!s)
        m_error->setText(s.error().message());
}

Core::Status LabelCalibrationDialog::saveOffset()
{
    if (Core::Status s = sheet().validate(); !s)
        return s;
    return m_store.setOffset(printerName(), offset());
}

void LabelCalibrationDialog::printCalibrationPage()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(printerName());
    printer.setFullPage(true);
    printer.setPageLayout(sheet().pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LabelCalibrationProducer producer(sheet(), offset(), printer.printerName());
    PageSink sink(&printer);
    Core::Status s = producer.produce(sink, ProductionContext{});
    if (Core::Status f = sink.finish(); s && !f)
        s = f;
    if (!s)
        ErrorMessage::show(this, tr("Page de calibration"), s.error());
}

} // namespace OpenMairie::CoreUi
