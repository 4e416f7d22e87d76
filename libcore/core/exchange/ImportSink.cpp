#include "ImportSink.h"

namespace OpenMairie::Core {

ImportSink::~ImportSink() = default;

QList<ImportIssue> ImportSink::validate(const ImportRow &row)
{
    Q_UNUSED(row)
    return {};
}

int ImportSink::preferredBatchSize() const
{
    return 1;
}

Status ImportSink::finish()
{
    return {};
}

} // namespace OpenMairie::Core
