// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hand-made log of tests/explore/hand_made_log.h (its rows are listed
// there), loaded as the app loads one.
#include <memory>

#include "data/design_log.h"
#include "explore/budget_index.h"
#include "explore/log_overview.h"
#include "explore/hand_made_log.h"
#include "explorer_state.h"

inline std::shared_ptr<const prime::DesignLog> handMadeLog() {
    return std::make_shared<const prime::DesignLog>(prime::test::hand_made_log());
}

// Loads a log into an explorer state the way the main window does (the
// overview and index are computed here on the test's thread).
inline void loadInto(prime::ui::ExplorerState& state, std::shared_ptr<const prime::DesignLog> log) {
    state.setLog(log, prime::explore::overview(*log));
    state.setIndex(std::make_shared<const prime::explore::BudgetIndex>(*log));
}
