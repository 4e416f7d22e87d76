#pragma once

#include "openmairie_core_export.h"

namespace OpenMairie::Documents {

// Decides page breaks for a list from heights alone. The paginator runs it twice with the same
// heights: once to count pages (so that every page can say « Page N / M »), once while painting;
// the two runs cannot disagree because they are the same code.
class OPENMAIRIE_CORE_EXPORT ListPagePlanner
{
public:
    explicit ListPagePlanner(double bodyHeight);

    double bodyHeight() const { return m_bodyHeight; }

    // A group (or the recapitulation) always starts on a new page.
    void beginSection();
    // A row, or a block kept in one piece; true when it starts a new page.
    bool place(double height);
    // Pages the section took.
    int endSection();

    int totalPages() const { return m_totalPages; }
    int pageInSection() const { return m_pageInSection; }
    double usedOnPage() const { return m_used; }

private:
    double m_bodyHeight;
    double m_used = 0;
    int m_totalPages = 0;
    int m_pageInSection = 0;
};

} // namespace OpenMairie::Documents
