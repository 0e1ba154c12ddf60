// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_mapping_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QTableWidget>
#include <QVBoxLayout>

#include "data/csv_layout.h"
#include "data/csv_reader.h"
#include "util/errors.h"

namespace prime::ui {

namespace {
constexpr int kPreviewRows = 12;
const prime::ColumnRole kRoles[] = {ColumnRole::Ignore,      ColumnRole::Parameter,   ColumnRole::Latency,
                                    ColumnRole::Area,        ColumnRole::Feasible,    ColumnRole::Infeasible,
                                    ColumnRole::Application, ColumnRole::Reason,      ColumnRole::Metric};

QString roleLabel(ColumnRole r) {
    switch (r) {
        case ColumnRole::Ignore: return ColumnMappingDialog::tr("ignore");
        case ColumnRole::Parameter: return ColumnMappingDialog::tr("parameter");
        case ColumnRole::Latency: return ColumnMappingDialog::tr("latency (ms)");
        case ColumnRole::Area: return ColumnMappingDialog::tr("area (mm²)");
        case ColumnRole::Feasible: return ColumnMappingDialog::tr("feasible (1 = yes)");
        case ColumnRole::Infeasible: return ColumnMappingDialog::tr("infeasible (1 = yes)");
        case ColumnRole::Application: return ColumnMappingDialog::tr("application");
        case ColumnRole::Reason: return ColumnMappingDialog::tr("infeasibility reason");
        case ColumnRole::Metric: return ColumnMappingDialog::tr("other metric");
    }
    return {};
}

QString settingsKey(const std::string& header) {
    // Header names may hold '/' (a QSettings group separator): percent-encode them.
    return QStringLiteral("columnRoles/") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(header)));
}
}  // namespace

std::vector<std::string> ColumnMappingDialog::readHeader(const QString& path) {
    CsvReader reader(path.toStdString());
    std::vector<std::string_view> fields;
    if (!reader.next_row(fields)) throw InputError(path.toStdString(), "line", 1, "the file is empty");
    return {fields.begin(), fields.end()};
}

std::map<std::string, ColumnRole> ColumnMappingDialog::rememberedRoles(const std::vector<std::string>& header) {
    QSettings settings;
    std::map<std::string, ColumnRole> roles;
    for (const auto& h : header) {
        const QString v = settings.value(settingsKey(h)).toString();
        if (v.isEmpty()) continue;
        if (const auto r = role_from_name(v.toStdString())) roles[h] = *r;
    }
    return roles;
}

std::optional<QString> ColumnMappingDialog::mappingProblem(const std::vector<std::string>& header,
                                                           const std::map<std::string, ColumnRole>& roles, const QString& path) {
    ReadOptions options;
    options.roles = roles;
    try {
        resolve_csv_layout(header, options, QFileInfo(path).fileName().toStdString());
        return std::nullopt;
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
}

ColumnMappingDialog::ColumnMappingDialog(const QString& path, QWidget* parent) : QDialog(parent), path_(path) {
    setObjectName("columnMappingDialog");
    setWindowTitle(tr("Column mapping — %1").arg(QFileInfo(path).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose what each column holds. A log needs parameter columns, a latency, an area, "
                                "and a feasible or infeasible flag. Your choice is remembered for these column names."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    CsvReader reader(path.toStdString());
    std::vector<std::string_view> fields;
    if (!reader.next_row(fields)) throw InputError(path.toStdString(), "line", 1, "the file is empty");
    header_.assign(fields.begin(), fields.end());
    std::vector<std::vector<QString>> rows;
    while (static_cast<int>(rows.size()) < kPreviewRows && reader.next_row(fields)) {
        std::vector<QString> row;
        for (auto f : fields) row.push_back(QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())));
        rows.push_back(std::move(row));
    }

    const int columns = static_cast<int>(header_.size());
    preview_ = new QTableWidget(static_cast<int>(rows.size()) + 1, columns, this);
    preview_->setObjectName("mappingPreview");
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList labels;
    for (const auto& h : header_) labels << QString::fromStdString(h);
    preview_->setHorizontalHeaderLabels(labels);
    QStringList rowLabels{tr("role")};
    for (std::size_t r = 0; r < rows.size(); ++r) rowLabels << QString::number(r + 2);  // file line numbers
    preview_->setVerticalHeaderLabels(rowLabels);
    const auto remembered = rememberedRoles(header_);
    for (int c = 0; c < columns; ++c) {
        auto* box = new QComboBox(preview_);
        box->setObjectName(QStringLiteral("role_%1").arg(c));
        for (ColumnRole r : kRoles) box->addItem(roleLabel(r), static_cast<int>(r));
        const auto it = remembered.find(header_[static_cast<std::size_t>(c)]);
        const ColumnRole initial = it != remembered.end() ? it->second : detect_role(header_[static_cast<std::size_t>(c)], nullptr);
        box->setCurrentIndex(box->findData(static_cast<int>(initial)));
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::check);
        preview_->setCellWidget(0, c, box);
        boxes_.push_back(box);
        for (std::size_t r = 0; r < rows.size(); ++r)
            preview_->setItem(static_cast<int>(r) + 1, c,
                              new QTableWidgetItem(static_cast<std::size_t>(c) < rows[r].size() ? rows[r][static_cast<std::size_t>(c)] : QString()));
    }
    preview_->resizeColumnsToContents();
    layout->addWidget(preview_, 1);
    status_ = new QLabel(this);
    status_->setObjectName("mappingStatus");
    status_->setWordWrap(true);
    layout->addWidget(status_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
    check();
}

void ColumnMappingDialog::setRole(int column, ColumnRole role) {
    boxes_[static_cast<std::size_t>(column)]->setCurrentIndex(boxes_[static_cast<std::size_t>(column)]->findData(static_cast<int>(role)));
}

std::map<std::string, ColumnRole> ColumnMappingDialog::roles() const {
    std::map<std::string, ColumnRole> out;
    for (std::size_t c = 0; c < header_.size(); ++c) out[header_[c]] = static_cast<ColumnRole>(boxes_[c]->currentData().toInt());
    return out;
}

void ColumnMappingDialog::check() {
    problem_ = mappingProblem(header_, roles(), path_);
    ok_->setEnabled(!problem_);
    status_->setText(problem_ ? QStringLiteral("<span style='color:#b00'>%1</span>").arg(problem_->toHtmlEscaped())
                              : tr("The mapping is complete."));
}

void ColumnMappingDialog::remember() const {
    QSettings settings;
    for (const auto& [name, role] : roles()) settings.setValue(settingsKey(name), QString::fromStdString(std::string(role_name(role))));
}

}  // namespace prime::ui
