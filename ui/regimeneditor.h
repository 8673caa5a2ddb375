// Editor for a daily regimen (the doses taken today): one row per dose with drug, clock time
// and amount, plus Add/Remove. Used by the planner form for the "current regimen".
#pragma once

#include "plan.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QPushButton;
class QTimeEdit;
class QToolButton;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class RegimenEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RegimenEditor(QWidget *parent = nullptr);

    void setCatalogue(const lento::Catalogue *catalogue);
    void setDoses(const QList<lento::Dose> &doses);
    QList<lento::Dose> doses() const;
    int rowCount() const { return int(m_rows.size()); }
    void retranslate();

Q_SIGNALS:
    void changed();
    // An amount field was left with text that is not an amount; `message` names the dose.
    void inputRejected(const QString &message);

public Q_SLOTS:
    void addRow();

private:
    struct Row
    {
        QComboBox *drug = nullptr;
        QDoubleSpinBox *mg = nullptr;
        QTimeEdit *time = nullptr;
        QToolButton *remove = nullptr;
    };
    void addRowFor(const lento::Dose &dose);
    void removeRow(QToolButton *button);
    void relayout();
    void fillDrugs(QComboBox *combo) const;

    const lento::Catalogue *m_catalogue = nullptr;
    QGridLayout *m_grid;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace lento::ui
