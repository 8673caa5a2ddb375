// The planner's findings as a table: severity, step, the message in the UI language (rebuilt
// from the check code and its numbers) and the rule's source. Critical findings come first.
#pragma once

#include "checks.h"

#include <QAbstractTableModel>
#include <QList>

namespace lento {
class Catalogue;
}

namespace lento::ui {

class ChecksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn = 0, StepColumn, MessageColumn, SourceColumn, ColumnCount };

    explicit ChecksModel(QObject *parent = nullptr);

    void setCatalogue(const lento::Catalogue *catalogue);
    void setChecks(const QList<lento::Check> &checks);
    const QList<lento::Check> &checks() const { return m_checks; }
    const lento::Check *checkAt(int row) const;
    int count(lento::CheckSeverity severity) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A valid index of this model (quiet: views and testers probe invalid ones on purpose).
    bool isValidIndex(const QModelIndex &index) const;
    const lento::Catalogue *m_catalogue = nullptr;
    QList<lento::Check> m_checks;
};

} // namespace lento::ui
