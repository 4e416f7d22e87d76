#include "JobControl.h"

namespace OpenMairie::Documents {

JobControl::~JobControl() = default;

void SimpleJobControl::reportProgress(qint64 done, qint64 total)
{
    m_done.store(done);
    m_total.store(total);
}

} // namespace OpenMairie::Documents
