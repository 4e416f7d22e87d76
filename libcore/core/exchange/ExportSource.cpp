#include "ExportSource.h"

namespace OpenMairie::Core {

ExportSource::~ExportSource() = default;

qint64 ExportSource::rowCountHint() const
{
    return -1;
}

} // namespace OpenMairie::Core
