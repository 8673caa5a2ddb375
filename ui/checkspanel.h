// The checks panel: a summary line (counts by severity) and the list of findings; activating a
// finding (click, Enter) asks the editor to select its step. Findings wrap, their rows growing
// to fit; the current finding is shown in full, with its source, under the list (and as the
// row's tooltip).
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace lento::ui {

class ChecksModel;

class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksPanel(ChecksModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QString summary() const;
    void retranslate();

Q_SIGNALS:
    void stepActivated(int stepIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    void activate(const QModelIndex &index);

    ChecksModel *m_model;
    void showDetails(const QModelIndex &index);

    QLabel *m_summary;
    QTableView *m_view;
    QLabel *m_details; // the selected finding in full, with its source
};

} // namespace lento::ui
