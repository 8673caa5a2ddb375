// The visit entry form: date, the doses actually taken since the last visit (pre-filled from
// the plan in force), CIWA-B and BWSQ item forms with live totals and bands, vitals, decision
// and notes. OK checks everything first (scores in range, no date in the future, vitals in
// plausible ranges) and lists every problem by field; a date more than a year ago is said under the
// field and confirmed before saving; nothing is saved here — the caller writes visit() through the
// store.
#pragma once

#include "plan.h"
#include "records.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class VisitScaleForm;

struct VisitProblem
{
    QString field; // stable key: "date", "doses[1].mg", "ciwa_b[4]", "vitals.pulse", ...
    QString message; // translated sentence naming the field
};

class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VisitDialog(const lento::Catalogue *catalogue, QWidget *parent = nullptr);

    // A new visit of `patientId` on `date`; the doses since `previousVisit` (or the plan's start)
    // are filled from `plan` (may be null: no pre-fill).
    void startNew(lento::store::RecordId patientId, lento::store::RecordId planId, const lento::Plan *plan,
        const QDate &previousVisit, const QDate &date);
    // Correcting a stored visit (its id and revision are kept).
    void edit(const lento::store::VisitRecord &visit, const lento::Plan *plan, const QDate &previousVisit);

    lento::store::VisitRecord visit() const; // the form's values
    QList<VisitProblem> problems() const; // validate(visit(), today) plus fields that did not parse
    void setToday(const QDate &today);
    VisitScaleForm *ciwaBForm() const { return m_ciwa; }
    VisitScaleForm *bwsqForm() const { return m_bwsq; }
    QTableWidget *dosesTable() const { return m_doses; }
    QLabel *problemLabel() const { return m_problemLabel; }

    QLabel *dateWarningLabel() const { return m_dateWarning; }

    // The warning shown under the date while it lies in the future or more than a year before
    // `today`; empty for a usual date. A date more than a year ago is saved once confirmed.
    static QString dateWarning(const QDate &date, const QDate &today);
    // Every problem with a visit, in form order. `today` bounds the dates.
    static QList<VisitProblem> validate(const lento::store::VisitRecord &visit, const QDate &today);
    // The plan's doses between `from` and `to` (inclusive) as taken-dose entries, one per dose
    // time and run of days with the same doses.
    static QList<lento::store::ActualDose> plannedDoses(const lento::Plan &plan, const QDate &from, const QDate &to);
    static QString decisionName(lento::store::VisitDecision decision);

public Q_SLOTS:
    void accept() override;
    void fillFromPlan();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void setDoses(const QList<lento::store::ActualDose> &doses);
    void addDoseRow(const lento::store::ActualDose &dose);
    void removeDoseRow();
    QDate spanStart() const;
    void showProblems(const QList<VisitProblem> &problems);
    QWidget *widgetFor(const QString &field) const;
    QList<VisitProblem> parseProblems() const;
    void updateDateWarning();
    bool confirmOldDate(); // false: the prescriber goes back to change the date

    const lento::Catalogue *m_catalogue;
    lento::store::VisitRecord m_base; // id, patient, plan, revision of the visit being edited
    std::optional<lento::Plan> m_plan;
    QDate m_previousVisit;
    QDate m_today;
    QDate m_confirmedDate; // an old date the prescriber has confirmed (or the stored one)
    bool m_dosesEdited = false;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_dateWarning = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QComboBox *m_decision = nullptr;
    QLabel *m_sbpLabel = nullptr, *m_dbpLabel = nullptr, *m_pulseLabel = nullptr, *m_tempLabel = nullptr,
           *m_respLabel = nullptr, *m_notesLabel = nullptr;
    QSpinBox *m_sbp = nullptr, *m_dbp = nullptr, *m_pulse = nullptr, *m_resp = nullptr;
    QDoubleSpinBox *m_temp = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_dosesHint = nullptr;
    QTableWidget *m_doses = nullptr;
    QPushButton *m_addDose = nullptr, *m_removeDose = nullptr, *m_fillDoses = nullptr;
    VisitScaleForm *m_ciwa = nullptr;
    VisitScaleForm *m_bwsq = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lento::ui
