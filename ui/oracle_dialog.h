#pragma once
// Sets up the command oracle: the user's own simulator, run as a command
// with {in} (a CSV of designs) and {out} (the CSV it writes) (docs/oracles.md),
// and its timeout. Test runs the command on one feasible logged design, off
// the GUI thread, and shows what it returned beside the log's latency, so a
// wrong column or unit shows up before a search depends on it.
#include <QDialog>
#include <QThread>
#include <memory>

#include "data/design_log.h"
#include "session/settings.h"
#include "util/job_control.h"

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace prime::ui {

class OracleDialog : public QDialog {
    Q_OBJECT
public:
    OracleDialog(std::shared_ptr<const DesignLog> log, const OracleSettings& settings, QWidget* parent = nullptr);
    ~OracleDialog() override;

    /// kind "command" with the command and timeout as edited.
    OracleSettings settings() const;
    QString testResult() const;

public Q_SLOTS:
    void test();

Q_SIGNALS:
    void testFinished(bool ok, const QString& text);

private:
    void showResult(const QString& text);
    std::shared_ptr<const DesignLog> log_;
    OracleSettings settings_;
    QLineEdit* command_ = nullptr;
    QDoubleSpinBox* timeout_ = nullptr;
    QPushButton* test_ = nullptr;
    QLabel* result_ = nullptr;
    QThread* running_ = nullptr;
    std::shared_ptr<JobControl> job_;
};

}  // namespace prime::ui
