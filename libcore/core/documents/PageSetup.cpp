#include "PageSetup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace OpenMairie::Documents {

using Core::Error;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenMairie::Documents::PageSetup)
};

bool parseFormat(const QString &text, PageSetup::Format *format)
{
    const QString t = text.trimmed().toUpper();
    if (t == u"A4")
        *format = PageSetup::Format::A4;
    else if (t == u"A3")
        *format = PageSetup::Format::A3;
    else if (t == u"A5")
        *format = PageSetup::Format::A5;
    else
        return false;
    return true;
}

bool parseOrientation(const QString &text, QPageLayout::Orientation *orientation)
{
    const QString t = text.trimmed().toLower();
    if (t == u"portrait")
        *orientation = QPageLayout::Portrait;
    else if (t == u"paysage" || t == u"landscape")
        *orientation = QPageLayout::Landscape;
    else
        return false;
    return true;
}

Core::Status checkMargins(const PageSetup &setup)
{
    const QMarginsF m = setup.marginsMm();
    const QSizeF page = setup.pageSizeMm();
    if (m.left() < 0 || m.top() < 0 || m.right() < 0 || m.bottom() < 0)
        return Error(Tr::tr("Les marges ne peuvent pas être négatives."), {}, Error::Kind::InvalidInput);
    if (m.left() + m.right() > page.width() - 40 || m.top() + m.bottom() > page.height() - 40)
        return Error(Tr::tr("Les marges sont trop grandes pour le format %1 : il doit rester au moins 4 cm "
                            "de largeur et de hauteur pour le texte.").arg(PageSetup::formatName(setup.format())),
                     {}, Error::Kind::InvalidInput);
    return {};
}
} // namespace

PageSetup::PageSetup(Format format, QPageLayout::Orientation orientation, const QMarginsF &marginsMm)
    : m_format(format), m_orientation(orientation), m_marginsMm(marginsMm)
{
}

QPageSize PageSetup::pageSize() const
{
    switch (m_format) {
    case Format::A3:
        return QPageSize(QPageSize::A3);
    case Format::A5:
        return QPageSize(QPageSize::A5);
    case Format::A4:
        break;
    }
    return QPageSize(QPageSize::A4);
}

QPageLayout PageSetup::pageLayout() const
{
    QPageLayout layout(pageSize(), m_orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    // Full-page mode: a printer's unprintable border must not move the origin (QPrinter takes its
    // full-page setting from the layout's mode).
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

QSizeF PageSetup::pageSizeMm() const
{
    const QSizeF s = pageSize().size(QPageSize::Millimeter);
    return isLandscape() ? s.transposed() : s;
}

QRectF PageSetup::contentRectMm() const
{
    const QSizeF s = pageSizeMm();
    return QRectF(m_marginsMm.left(), m_marginsMm.top(), s.width() - m_marginsMm.left() - m_marginsMm.right(),
                  s.height() - m_marginsMm.top() - m_marginsMm.bottom());
}

QString PageSetup::formatName(Format format)
{
    switch (format) {
    case Format::A3:
        return QStringLiteral("A3");
    case Format::A5:
        return QStringLiteral("A5");
    case Format::A4:
        break;
    }
    return QStringLiteral("A4");
}

QString PageSetup::orientationName(QPageLayout::Orientation orientation)
{
    return orientation == QPageLayout::Landscape ? QStringLiteral("paysage") : QStringLiteral("portrait");
}

QString PageSetup::toText() const
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(formatName(m_format), orientationName(m_orientation))
        .arg(m_marginsMm.top())
        .arg(m_marginsMm.right())
        .arg(m_marginsMm.bottom())
        .arg(m_marginsMm.left());
}

Core::Result<PageSetup> PageSetup::fromText(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("[\\s;,]+"));
    const QStringList parts = text.trimmed().split(space, Qt::SkipEmptyParts);
    const Error bad(Tr::tr("Mise en page « %1 » illisible : écrivez par exemple « A4 portrait 20 15 20 15 » "
                           "(format, orientation, marges haut droite bas gauche en millimètres).").arg(text),
                    {}, Error::Kind::InvalidInput);
    if (parts.size() != 2 && parts.size() != 6)
        return bad;
    PageSetup setup;
    if (!parseFormat(parts.at(0), &setup.m_format) || !parseOrientation(parts.at(1), &setup.m_orientation))
        return bad;
    if (parts.size() == 6) {
        double v[4];
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            v[i] = QString(parts.at(2 + i)).replace(u',', u'.').toDouble(&ok);
            if (!ok)
                return bad;
        }
        setup.m_marginsMm = QMarginsF(v[3], v[0], v[1], v[2]);
    }
    if (Core::Status s = checkMargins(setup); !s)
        return s.error();
    return setup;
}

QJsonObject PageSetup::toJson() const
{
    return {{QStringLiteral("format"), formatName(m_format)},
            {QStringLiteral("orientation"), orientationName(m_orientation)},
            {QStringLiteral("marges"), QJsonArray{m_marginsMm.top(), m_marginsMm.right(), m_marginsMm.bottom(),
                                                  m_marginsMm.left()}}};
}

Core::Result<PageSetup> PageSetup::fromJson(const QJsonObject &json)
{
    PageSetup setup;
    if (json.contains(QStringLiteral("format"))
        && !parseFormat(json.value(QStringLiteral("format")).toString(), &setup.m_format))
        return Error(Tr::tr("Format de papier inconnu « %1 » : A4, A3 ou A5.")
                         .arg(json.value(QStringLiteral("format")).toString()), {}, Error::Kind::InvalidInput);
    if (json.contains(QStringLiteral("orientation"))
        && !parseOrientation(json.value(QStringLiteral("orientation")).toString(), &setup.m_orientation))
        return Error(Tr::tr("Orientation inconnue « %1 » : portrait ou paysage.")
                         .arg(json.value(QStringLiteral("orientation")).toString()), {}, Error::Kind::InvalidInput);
    if (json.contains(QStringLiteral("marges"))) {
        const QJsonArray m = json.value(QStringLiteral("marges")).toArray();
        if (m.size() != 4)
            return Error(Tr::tr("Les marges s'écrivent [haut, droite, bas, gauche] en millimètres."), {},
                         Error::Kind::InvalidInput);
        setup.m_marginsMm = QMarginsF(m.at(3).toDouble(), m.at(0).toDouble(), m.at(1).toDouble(), m.at(2).toDouble());
    }
    if (Core::Status s = checkMargins(setup); !s)
        return s.error();
    return setup;
}

} // namespace OpenMairie::Documents
