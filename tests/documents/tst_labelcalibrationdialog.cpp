#include "TestDatabase.h"

#include "documents/LabelCalibrationDialog.h"

#include <QComboBox>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenMairie;
using namespace OpenMairie::Documents;
using CoreUi::LabelCalibrationDialog;

class TstLabelCalibrationDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void previewsTheCalibrationPage()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        LabelCalibrationDialog dialog{PrinterOffsetStore(&settings)};
        dialog.show();
        QCOMPARE(dialog.sheet().rows, 7);
        QCOMPARE(dialog.sheet().columns, 2);
        QCOMPARE(dialog.previewPageCount(), 1);
        QCOMPARE(dialog.preview()->pageCount(), 1);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.canSave());
        // Another preset from the list.
        auto *presets = dialog.findChild<QComboBox *>(QStringLiteral("preset"));
        presets->setCurrentIndex(3);
        emit presets->activated(3);
        QCOMPARE(dialog.sheet().rows, 4);
        QCOMPARE(dialog.sheet().labelWidthMm, 105.0);
        QCOMPARE(dialog.previewPageCount(), 1);
    }

    void offsetIsKeptPerPrinter()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        {
            LabelCalibrationDialog dialog{PrinterOffsetStore(&settings)};
            dialog.setPrinterName(QStringLiteral("Brother HL-5250 (accueil)"));
            dialog.setOffset({1.3, -0.7});
            OM_VERIFY_OK(dialog.saveOffset());
            dialog.setPrinterName(QStringLiteral("Autre imprimante"));
            QCOMPARE(dialog.offset(), PrinterOffset());
        }
        LabelCalibrationDialog again{PrinterOffsetStore(&settings)};
        again.setPrinterName(QStringLiteral("Brother HL-5250 (accueil)"));
        QCOMPARE(again.offset(), (PrinterOffset{1.3, -0.7}));
    }

    void impossibleSheetIsSaid()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        LabelCalibrationDialog dialog{PrinterOffsetStore(&settings)};
        dialog.findChild<QSpinBox *>(QStringLiteral("columns"))->setValue(3);
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Les étiquettes ne tiennent pas en largeur : 306,9 mm pour une "
                                                              "feuille de 210,0 mm.")),
                 qPrintable(dialog.errorText()));
        QVERIFY(!dialog.canSave());
        QVERIFY(!dialog.saveOffset().ok());
        dialog.findChild<QSpinBox *>(QStringLiteral("columns"))->setValue(2);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.canSave());
    }
};

QTEST_MAIN(TstLabelCalibrationDialog)
#include "tst_labelcalibrationdialog.moc"
