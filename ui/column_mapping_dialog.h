// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Maps the columns of a CSV whose roles the reader does not recognise: a
// preview of the first rows, a role per column (parameter, latency, area,
// feasible, ...), a live check with the reader's own rules, and the choice
// remembered per header name (QSettings) so the next file with the same
// columns opens without asking.
#include <QDialog>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "data/column_roles.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace prime::ui {

class ColumnMappingDialog : public QDialog {
    Q_OBJECT
public:
    // Throws prime::InputError when the file cannot be read.
    explicit ColumnMappingDialog(const QString& path, QWidget* parent = nullptr);

    const std::vector<std::string>& header() const { return header_; }
    QComboBox* roleBox(int column) const { return boxes_[static_cast<std::size_t>(column)]; }
    void setRole(int column, prime::ColumnRole role);
    // header name -> role for every column, as chosen.
    std::map<std::string, prime::ColumnRole> roles() const;
    // Why the chosen mapping cannot be read, or nothing when it can.
    std::optional<QString> problem() const { return problem_; }
    // Stores the chosen roles per header name.
    void remember() const;

    // The first row of a CSV (delimiter detected). Throws prime::InputError.
    static std::vector<std::string> readHeader(const QString& path);
    // Remembered roles for those header names that have one.
    static std::map<std::string, prime::ColumnRole> rememberedRoles(const std::vector<std::string>& header);
    // The reader's objection to a header with these roles, or nothing.
    static std::optional<QString> mappingProblem(const std::vector<std::string>& header,
                                                 const std::map<std::string, prime::ColumnRole>& roles, const QString& path);

private:
    void check();

    QString path_;
    std::vector<std::string> header_;
    std::vector<QComboBox*> boxes_;
    QTableWidget* preview_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* ok_ = nullptr;
    std::optional<QString> problem_;
};

}  // namespace prime::ui
