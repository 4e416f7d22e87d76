#pragma once

#include "Result.h"

namespace OpenMairie::Cimetiere {

class CimetiereAccess;

// The demonstration cemetery of `openmairie-cli demo`: a few hundred plots on a grid, tariffs,
// concessions of every duration (some expired, some about to), deceased, operations in progress.
class DemoCemetery
{
public:
    explicit DemoCemetery(CimetiereAccess &access);
    Core::Status populate();

private:
    CimetiereAccess &m_access;
};

} // namespace OpenMairie::Cimetiere
