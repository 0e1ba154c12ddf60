// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which applications a view shows: mask[a] != 0 shows application a; an
// empty mask shows every application (the default, so callers that do not
// care about applications pass nothing).
#include <vector>

#include "data/design_log.h"

namespace prime::explore {

using AppMask = std::vector<char>;

inline bool shows(const AppMask& mask, AppId app) { return mask.empty() || (app < mask.size() && mask[app]); }

inline AppMask only_app(std::size_t apps, AppId app) {
    AppMask m(apps, 0);
    if (app < apps) m[app] = 1;
    return m;
}

}  // namespace prime::explore
