#include "ListPagePlanner.h"

namespace OpenMairie::Documents {

namespace {
// Heights are sums of doubles in device units (1200 dpi): a tolerance of a hundredth of a dot
// avoids a spurious break when a page is exactly full.
constexpr double kEpsilon = 0.01;
} // namespace

ListPagePlanner::ListPagePlanner(double bodyHeight) : m_bodyHeight(bodyHeight) {}

void ListPagePlanner::beginSection()
{
    ++m_totalPages;
    m_pageInSection = 1;
    m_used = 0;
}

bool ListPagePlanner::place(double height)
{
    if (m_used > 0 && m_used + height > m_bodyHeight + kEpsilon) {
        ++m_totalPages;
        ++m_pageInSection;
        m_used = height;
        return true;
    }
    m_used += height;
    return false;
}

int ListPagePlanner::endSection()
{
    return m_pageInSection;
}

} // namespace OpenMairie::Documents
