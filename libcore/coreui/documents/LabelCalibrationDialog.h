#pragma once

#include "openmairie_coreui_export.h"

#include "documents/LabelSheetLayout.h"
#include "documents/PrinterOffsetStore.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QSpinBox;

namespace OpenMairie::CoreUi {

// Lines labels and pre-printed cards up with what a printer really does: choose the sheet and the
// printer, print the calibration page, measure, enter the offset, check again. The offset is kept
// per printer on this seat.
class OPENMAIRIE_COREUI_EXPORT LabelCalibrationDialog final : public QDialog
{
    Q_OBJECT

public:
    // store: where offsets are kept (the seat's settings by default).
    LabelCalibrationDialog(Documents::PrinterOffsetStore store, QWidget *parent = nullptr);
    ~LabelCalibrationDialog() override;

    Documents::LabelSheetLayout sheet() const;
    void setSheet(const Documents::LabelSheetLayout &sheet);
    QString printerName() const;
    void setPrinterName(const QString &name);
    Documents::PrinterOffset offset() const;
    void setOffset(const Documents::PrinterOffset &offset);

    QPrintPreviewWidget *preview() const { return m_preview; }
    int previewPageCount() const { return m_previewPages; }
    QString errorText() const;
    bool canSave() const;

    // Saves the offset for the chosen printer.
    Core::Status saveOffset();
    void refreshPreview();

private:
    void buildUi();
    void loadPrinterOffset();
    void paintPreview(QPrinter *printer);
    void printCalibrationPage();

    Documents::PrinterOffsetStore m_store;
    std::unique_ptr<QPrinter> m_printer;
    QComboBox *m_printers = nullptr;
    QComboBox *m_presets = nullptr;
    QSpinBox *m_rows = nullptr;
    QSpinBox *m_columns = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_top = nullptr;
    QDoubleSpinBox *m_left = nullptr;
    QDoubleSpinBox *m_hGap = nullptr;
    QDoubleSpinBox *m_vGap = nullptr;
    QDoubleSpinBox *m_offsetX = nullptr;
    QDoubleSpinBox *m_offsetY = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    int m_previewPages = 0;
    QString m_sheetName;
};

} // namespace OpenMairie::CoreUi
