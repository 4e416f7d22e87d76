#pragma once

#include "PageSetup.h"

namespace OpenMairie::Documents {

// A printer's shift, measured on the calibration page: positive x moves the print to the right,
// positive y moves it down.
struct OPENMAIRIE_CORE_EXPORT PrinterOffset
{
    double xMm = 0;
    double yMm = 0;

    bool operator==(const PrinterOffset &) const = default;
};

// A sheet of labels or pre-printed cards: a grid of equal labels. Sizes in millimetres, as printed
// on the box of labels.
class OPENMAIRIE_CORE_EXPORT LabelSheetLayout
{
public:
    QString name;
    PageSetup::Format format = PageSetup::Format::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    int rows = 7;
    int columns = 2;
    double labelWidthMm = 99.1;
    double labelHeightMm = 38.1;
    double topMarginMm = 15.15;
    double leftMarginMm = 4.65;
    double horizontalGapMm = 2.5; // between two columns
    double verticalGapMm = 0;     // between two rows

    int labelsPerSheet() const { return rows * columns; }
    // Label n of a sheet (row by row), shifted by the printer's offset.
    QRectF labelRectMm(int indexOnSheet, const PrinterOffset &offset = {}) const;
    QSizeF pageSizeMm() const;
    QPageLayout pageLayout() const;
    Core::Status validate() const;

    QJsonObject toJson() const;
    static Core::Result<LabelSheetLayout> fromJson(const QJsonObject &json);
    // Common sheets sold in France, and the A4 sheet of 8 cards.
    static QList<LabelSheetLayout> presets();

    bool operator==(const LabelSheetLayout &) const = default;
};

} // namespace OpenMairie::Documents
