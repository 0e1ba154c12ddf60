#include "oracle_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

#include "study/command_oracle.h"

namespace prime::ui {

OracleDialog::OracleDialog(std::shared_ptr<const DesignLog> log, const OracleSettings& settings, QWidget* parent)
    : QDialog(parent), log_(std::move(log)), settings_(settings) {
    setWindowTitle(tr("Command oracle"));
    setObjectName("oracleDialog");
    command_ = new QLineEdit(QString::fromStdString(settings.command), this);
    command_->setObjectName("oracleCommand");
    command_->setPlaceholderText(tr("my-sim --in {in} --out {out}"));
    command_->setMinimumWidth(380);
    timeout_ = new QDoubleSpinBox(this);
    timeout_->setObjectName("oracleTimeout");
    timeout_->setRange(1, 1e6);
    timeout_->setSuffix(tr(" s"));
    timeout_->setValue(settings.timeout_seconds);
    auto* help = new QLabel(tr("The command gets a CSV of designs ({in}: id, app and the parameters' raw values) and "
                               "writes one row per (id, app) to {out} with latency_ms and feasible (optionally "
                               "area_mm2, power_w, reason). Without {in}/{out} it reads stdin and writes stdout. "
                               "See docs/oracles.md."),
                            this);
    help->setWordWrap(true);
    test_ = new QPushButton(tr("Test on a logged design"), this);
    test_->setObjectName("oracleTestButton");
    connect(test_, &QPushButton::clicked, this, &OracleDialog::test);
    result_ = new QLabel(this);
    result_->setObjectName("oracleTestResult");
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Command"), command_);
    form->addRow(tr("Timeout per batch"), timeout_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(test_);
    layout->addWidget(result_);
    layout->addWidget(buttons);
    // Wide enough for the help text at its full height (word-wrapped labels
    // otherwise start clipped).
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

void OracleDialog::showResult(const QString& text) {
    result_->setText(text);
    // A failing command's stderr can be long: grow to show it, never shrink under the user.
    resize(size().expandedTo(sizeHint()));
}

OracleDialog::~OracleDialog() {
    if (job_) job_->cancel();
    if (running_) running_->wait();
}

OracleSettings OracleDialog::settings() const {
    OracleSettings s = settings_;
    s.kind = "command";
    s.command = command_->text().trimmed().toStdString();
    s.timeout_seconds = timeout_->value();
    return s;
}

QString OracleDialog::testResult() const { return result_->text(); }

void OracleDialog::test() {
    if (running_ || !log_) return;
    // The first feasible logged design with a latency: the command must agree with the log on it.
    std::size_t row = log_->rows();
    for (std::size_t r = 0; r < log_->rows(); ++r)
        if (log_->feasible()[r] && log_->latency_ms()[r] > 0) {
            row = r;
            break;
        }
    if (row == log_->rows()) {
        result_->setText(tr("The log has no feasible design to test with."));
        Q_EMIT testFinished(false, result_->text());
        return;
    }
    const Design design = log_->design(static_cast<RowIndex>(row));
    const std::string app = log_->app_names().empty() ? std::string() : log_->app_names()[log_->app()[row]];
    const double logged = log_->latency_ms()[row];
    const OracleSettings s = settings();
    job_ = std::make_shared<JobControl>();
    test_->setEnabled(false);
    result_->setText(tr("Running the command on logged row %1 (%2)…").arg(row + 1).arg(QString::fromStdString(app)));
    auto job = job_;
    auto space = log_->space();
    running_ = QThread::create([this, job, space, design, app, logged, s] {
        bool ok = false;
        QString text;
        try {
            CommandOracleOptions o;
            o.command = s.command;
            o.timeout_seconds = s.timeout_seconds;
            CommandOracle oracle(space, o);
            const auto r = oracle.evaluate({design}, {app}, job.get());
            const OracleResult& v = r.at(0);
            if (!v.feasible) {
                text = tr("The command says this logged feasible design fails: %1").arg(QString::fromStdString(v.reason));
            } else {
                const double got = v.latency_ms.at(0);
                ok = true;
                text = tr("Logged latency %1 ms, command %2 ms (ratio %3).")
                           .arg(logged, 0, 'g', 6)
                           .arg(got, 0, 'g', 6)
                           .arg(got / logged, 0, 'f', 3);
                if (std::abs(got / logged - 1) > 0.01)
                    text += QStringLiteral(" ") + tr("They differ by more than 1%: check the command's units and columns.");
            }
        } catch (const std::exception& e) {
            text = tr("The command failed: %1").arg(QString::fromStdString(e.what()));
        }
        QMetaObject::invokeMethod(this, [this, ok, text] {
            showResult(text);
            test_->setEnabled(true);
            running_->wait();
            running_->deleteLater();
            running_ = nullptr;
            Q_EMIT testFinished(ok, text);
        }, Qt::QueuedConnection);
    });
    running_->start();
}

}  // namespace prime::ui
