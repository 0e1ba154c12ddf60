// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One undoable edit as a before and after value and the function that shows
// a value (selection, table filters, pins). The edit is already applied when
// it is pushed, so the first redo() does nothing. The apply function must
// not push steps of its own: callers guard it (see ExplorerState).
#include <QUndoCommand>
#include <functional>
#include <utility>

namespace prime::ui {

template <class T>
class UndoStep : public QUndoCommand {
public:
    UndoStep(const QString& text, T before, T after, std::function<void(const T&)> apply)
        : QUndoCommand(text), before_(std::move(before)), after_(std::move(after)), apply_(std::move(apply)) {}
    void undo() override { apply_(before_); }
    void redo() override {
        if (applied_) apply_(after_);
        applied_ = true;
    }

private:
    T before_, after_;
    std::function<void(const T&)> apply_;
    bool applied_ = false;
};

}  // namespace prime::ui
