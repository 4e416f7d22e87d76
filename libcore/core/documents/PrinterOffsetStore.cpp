#include "PrinterOffsetStore.h"

#include <QCoreApplication>
#include <QSettings>

#include <cmath>
#include <memory>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::PrinterOffsetStore)
};
} // namespace

PrinterOffsetStore::PrinterOffsetStore(QSettings *settings) : m_settings(settings) {}

QString PrinterOffsetStore::key(const QString &printerName)
{
    QString name = printerName.trimmed().isEmpty() ? QStringLiteral("pdf") : printerName.trimmed();
    // QSettings treats '/' and '\' as group separators: a network printer "\\serveur\hp" stays one key.
    name.replace(u'/', u'_').replace(u'\\', u'_');
    return QStringLiteral("documents/decalages/") + name;
}

PrinterOffset PrinterOffsetStore::offset(const QString &printerName) const
{
    std::unique_ptr<QSettings> owned;
    QSettings *s = m_settings;
    if (!s) {
        owned = std::make_unique<QSettings>();
        s = owned.get();
    }
    const QString k = key(printerName);
    return {s->value(k + QStringLiteral("/x_mm"), 0.0).toDouble(), s->value(k + QStringLiteral("/y_mm"), 0.0).toDouble()};
}

Core::Status PrinterOffsetStore::setOffset(const QString &printerName, const PrinterOffset &offset)
{
    if (!std::isfinite(offset.xMm) || !std::isfinite(offset.yMm) || std::abs(offset.xMm) > kMaxOffsetMm
        || std::abs(offset.yMm) > kMaxOffsetMm)
        return Error(Tr::tr("Décalage refusé : il doit être compris entre -%1 et +%1 mm. Mesurez de nouveau sur la page "
                            "de calibration.").arg(kMaxOffsetMm), {}, Error::Kind::InvalidInput);
    std::unique_ptr<QSettings> owned;
    QSettings *s = m_settings;
    if (!s) {
        owned = std::make_unique<QSettings>();
        s = owned.get();
    }
    const QString k = key(printerName);
    s->setValue(k + QStringLiteral("/x_mm"), offset.xMm);
    s->setValue(k + QStringLiteral("/y_mm"), offset.yMm);
    s->sync();
    if (s->status() != QSettings::NoError)
        return Error(Tr::tr("Le décalage n'a pas pu être enregistré dans les réglages du poste."), {},
                     Error::Kind::Storage);
    return {};
}

} // namespace OpenMairie::Documents
