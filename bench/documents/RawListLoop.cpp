#include "RawListLoop.h"

#include <QDate>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

RawListLoop::Result RawListLoop::run(const QSqlDatabase &db, const QString &sql, QPdfWriter &writer, double rowHeightMm)
{
    Result result;
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    const double k = writer.resolution() / 25.4;
    QPainter p(&writer);
    QFont body(QStringLiteral("DejaVu Sans Condensed"));
    body.setPointSizeF(8.5);
    QFont bold = body;
    bold.setBold(true);
    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPointSizeF(13);
    title.setBold(true);
    const QRectF content(12 * k, 12 * k, 186 * k, 271 * k);
    const double rowHeight = rowHeightMm * k;
    const double weights[4] = {1.6, 4, 1.2, 2};
    double x[5];
    x[0] = content.left();
    for (int i = 0; i < 4; ++i)
        x[i + 1] = x[i] + content.width() * weights[i] / 8.8;
    const QStringList titles{QStringLiteral("Électeur"), QStringLiteral("Adresse"), QStringLiteral("Né(e) le"),
                             QStringLiteral("Signature")};
    const double headerHeight = 30 * k;
    const double titleRow = 9 * k;
    const double bottom = content.bottom() - 8 * k;
    double y = 0;
    QString group;
    auto startPage = [&](const QString &g) {
        if (result.pages > 0)
            writer.newPage();
        ++result.pages;
        p.setFont(bold);
        p.drawText(QRectF(content.left(), content.top(), content.width(), 5 * k), Qt::AlignLeft,
                   QStringLiteral("Commune d'Arles"));
        p.setFont(title);
        p.drawText(QRectF(content.left(), content.top() + 8 * k, content.width(), 8 * k), Qt::AlignHCenter,
                   QStringLiteral("LISTE D'ÉMARGEMENT"));
        p.setFont(bold);
        p.drawText(QRectF(content.left(), content.top() + 20 * k, content.width(), 6 * k), Qt::AlignLeft, g);
        y = content.top() + headerHeight;
        for (int i = 0; i < 4; ++i) {
            const QRectF cell(x[i], y, x[i + 1] - x[i], titleRow);
            p.drawRect(cell);
            p.drawText(cell.adjusted(1.2 * k, 0, -1.2 * k, 0), Qt::AlignVCenter | Qt::TextWordWrap, titles.at(i));
        }
        y += titleRow;
        p.setFont(body);
        p.drawText(QRectF(content.left(), content.bottom() - 5 * k, content.width(), 5 * k), Qt::AlignRight,
                   QStringLiteral("Page %1").arg(result.pages));
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(sql);
    while (q.next()) {
        const QString g = q.value(0).toString();
        if (result.pages == 0 || g != group || y + rowHeight > bottom) {
            group = g;
            startPage(g);
        }
        const QString texts[4] = {q.value(1).toString(), q.value(2).toString(),
                                  QDate::fromString(q.value(3).toString(), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")),
                                  QString()};
        for (int i = 0; i < 4; ++i) {
            const QRectF cell(x[i], y, x[i + 1] - x[i], rowHeight);
            p.drawRect(cell);
            if (!texts[i].isEmpty())
                p.drawText(cell.adjusted(1.2 * k, 0.8 * k, -1.2 * k, -0.8 * k), Qt::AlignVCenter | Qt::TextWordWrap,
                           texts[i]);
        }
        y += rowHeight;
        ++result.rows;
    }
    p.end();
    return result;
}
