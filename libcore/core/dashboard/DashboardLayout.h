#pragma once

#include "Profile.h"

#include <QStringList>

namespace OpenMairie::Core {

// The widgets a profile sees on the home page of the session's commune, in order.
struct OPENMAIRIE_CORE_EXPORT DashboardLayout
{
    Profile profile = Profile::Consultation;
    QStringList widgetIds;
    // 0 while the administrator has not chosen (the default: every widget the profile may see);
    // otherwise the stored row's version, for optimistic locking.
    int version = 0;

    bool isDefault() const { return version == 0; }
};

} // namespace OpenMairie::Core
