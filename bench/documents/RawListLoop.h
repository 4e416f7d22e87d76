#pragma once

#include <QSqlDatabase>
#include <QString>

class QPdfWriter;

// The reference of the paginator benchmark: what a programmer would write by hand with QPainter to
// print the same list — header, column titles, for each row four boxes and their text (wrapped),
// a new page when full or when the group changes, a footer. No count pass, no totals, no
// signature boxes, no « Page N / M ».
class RawListLoop
{
public:
    struct Result
    {
        int pages = 0;
        qint64 rows = 0;
    };

    static Result run(const QSqlDatabase &db, const QString &sql, QPdfWriter &writer, double rowHeightMm);
};
