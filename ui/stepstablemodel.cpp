// The steps table (see stepstablemodel.h). Figures are derived from the doses on every change,
// so they stay true after hand edits; compositions come from the step annotations (re-derived
// by every edit) and are composed afresh only when an annotation is missing.
#include "stepstablemodel.h"

#include "displaytext.h"
#include "plandelegate.h"
#include "plandocument.h"
#include "plandocumentmodel.h"
#include "simulator.h"
#include "stepannotator.h"

#include <QApplication>
#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QStyle>

#include <cmath>

namespace lento::ui {

StepsTableModel::StepsTableModel(PlanDocumentModel *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &PlanDocumentModel::changed, this, &StepsTableModel::refresh);
    m_doseColumns = computeDoseColumns();
    rebuildRows();
}

QList<QPair<QString, int>> StepsTableModel::computeDoseColumns() const
{
    const Plan &plan = m_document->plan();
    QStringList drugs;
    QMap<QString, QList<int>> minutes;
    auto add = [&](const QList<Dose> &doses) {
        for (const Dose &d : doses) {
            if (!drugs.contains(d.drug))
                drugs << d.drug;
            if (!minutes[d.drug].contains(d.minuteOfDay))
                minutes[d.drug] << d.minuteOfDay;
        }
    };
    add(plan.current);
    for (const Step &s : plan.steps)
        add(s.doses);
    QList<QPair<QString, int>> cols;
    for (const QString &drug : std::as_const(drugs)) {
        QList<int> m = minutes.value(drug);
        std::sort(m.begin(), m.end());
        for (int minute : std::as_const(m))
            cols.append({drug, minute});
    }
    return cols;
}

void StepsTableModel::rebuildRows()
{
    const Plan &plan = m_document->plan();
    m_rows.clear();
    m_rows.reserve(plan.steps.size());
    const Catalogue *catalogue = m_document->catalogue();
    if (!catalogue) {
        m_rows.resize(plan.steps.size());
        return;
    }
    const StepAnnotator annotator(plan, *catalogue, m_document->context().fallback);
    const ModelParams &model = plan.model;
    double prevDeq = annotator.dailyDeq(plan.current);
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const Step &step = plan.steps[i];
        Row row;
        row.dailyMg = annotator.dailyMg(step.doses);
        row.deq = annotator.dailyDeq(step.doses);
        row.hasCut = prevDeq > 0.0;
        row.cutPct = row.hasCut ? 100.0 * (prevDeq - row.deq) / prevDeq : 0.0;
        row.occBefore = occupancyPercent(prevDeq, model);
        row.occAfter = occupancyPercent(row.deq, model);
        row.dropPts = row.occBefore - row.occAfter;
        prevDeq = row.deq;

        const QJsonObject &a = step.annotations;
        row.kind = a.value(QStringLiteral("kind")).toString();
        row.edited = a.value(QStringLiteral("edited")).toBool();
        for (const QJsonValue &n : a.value(QStringLiteral("notes")).toArray())
            row.plannerNotes << n.toString();
        const QJsonArray comps = a.value(QStringLiteral("compositions")).toArray();
        for (const Dose &d : step.doses) {
            QString text;
            bool found = false;
            for (const QJsonValue &v : comps) {
                const QJsonObject c = v.toObject();
                if (c.value(QStringLiteral("drug")).toString() == d.drug
                    && PlanDocument::parseTime(c.value(QStringLiteral("time")).toString()) == d.minuteOfDay
                    && std::fabs(c.value(QStringLiteral("mg")).toDouble() - d.mg.value()) < 1e-9) {
                    found = true;
                    if (c.value(QStringLiteral("unavailable")).toBool()
                        || (c.value(QStringLiteral("pieces")).toArray().isEmpty() && d.mg.value() > 0.0))
                        row.unavailable = true;
                    else
                        text = DisplayText::pieces(c.value(QStringLiteral("pieces")).toArray());
                    break;
                }
            }
            if (!found) {
                const auto c = annotator.compose(d.drug, d.mg);
                if (c)
                    text = DisplayText::composition(*c);
                else
                    row.unavailable = true;
            }
            if (text.isEmpty())
                text = tr("cannot be made from the selected products");
            row.compositions << tr("%1 %2: %3", "time, drug: composition")
                                    .arg(PlanDocument::formatTime(d.minuteOfDay),
                                        DisplayText::drugName(d.drug, catalogue), text);
        }
        if (row.kind.isEmpty())
            row.kind = step.doses.isEmpty() ? QStringLiteral("stop") : QString();
        m_rows.append(row);
    }
}

void StepsTableModel::refresh()
{
    const auto columns = computeDoseColumns();
    const int oldRows = int(m_rows.size());
    if (columns != m_doseColumns || oldRows != m_document->plan().steps.size()) {
        beginResetModel();
        m_doseColumns = columns;
        rebuildRows();
        endResetModel();
        return;
    }
    rebuildRows();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void StepsTableModel::retranslate()
{
    beginResetModel();
    rebuildRows();
    endResetModel();
}

void StepsTableModel::setChecks(const QList<Check> &checks)
{
    QMap<int, int> severity;
    for (const Check &c : checks)
        if (c.stepIndex >= 0)
            severity[c.stepIndex] = std::max(severity.value(c.stepIndex, -1), int(c.severity));
    if (severity == m_stepSeverity)
        return;
    m_stepSeverity = severity;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, StepColumn), index(rowCount() - 1, StepColumn), {Qt::DecorationRole, Qt::ToolTipRole});
}

bool StepsTableModel::isValidIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount()
        && index.column() < columnCount();
}

int StepsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : notesColumn() + 1;
}

QPair<QString, int> StepsTableModel::doseColumnKey(int column) const
{
    const int i = column - FirstDoseColumn;
    if (i < 0 || i >= m_doseColumns.size())
        return {QString(), -1};
    return m_doseColumns[i];
}

int StepsTableModel::doseColumn(const QString &drug, int minuteOfDay) const
{
    const int i = int(m_doseColumns.indexOf(QPair<QString, int>(drug, minuteOfDay)));
    return i < 0 ? -1 : FirstDoseColumn + i;
}

QString StepsTableModel::totalText(const Row &row) const
{
    if (row.dailyMg.isEmpty())
        return tr("none");
    QStringList parts;
    for (auto it = row.dailyMg.cbegin(); it != row.dailyMg.cend(); ++it)
        parts << tr("%1 %2", "drug, amount")
                     .arg(DisplayText::drugName(it.key(), m_document->catalogue()), DisplayText::mg(it.value()));
    return parts.join(QStringLiteral(", "));
}

QVariant StepsTableModel::data(const QModelIndex &index, int role) const
{
    if (!isValidIndex(index))
        return QVariant();
    const Plan &plan = m_document->plan();
    const int r = index.row();
    const int c = index.column();
    const Step &step = plan.steps[r];
    const Row &row = m_rows[r];
    const int length = PlanEdits::stepLength(plan, r);

    if (role == StepIndexRole)
        return r;
    if (role == EditorKindRole) {
        if (c == DurationColumn)
            return QStringLiteral("days");
        if (c >= FirstDoseColumn && c < totalColumn())
            return QStringLiteral("mg");
        if (c == notesColumn())
            return QStringLiteral("text");
        return QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        if (c == StepColumn || c == DayColumn || c == DurationColumn || (c >= FirstDoseColumn && c < totalColumn())
            || c == deqColumn() || c == cutColumn())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    if (role == Qt::FontRole) {
        if (row.edited && c >= FirstDoseColumn && c < totalColumn()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    }
    if (role == Qt::DecorationRole && c == StepColumn) {
        const int sev = m_stepSeverity.value(r, -1);
        if (sev < 0 || !qApp)
            return QVariant();
        const QStyle::StandardPixmap icon = sev == int(CheckSeverity::Critical) ? QStyle::SP_MessageBoxCritical
            : sev == int(CheckSeverity::Warning)                                ? QStyle::SP_MessageBoxWarning
                                                                                : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }

    if (role == Qt::EditRole) {
        if (c == DurationColumn)
            return length;
        if (c >= FirstDoseColumn && c < totalColumn()) {
            const auto key = m_doseColumns[c - FirstDoseColumn];
            double mg = 0.0;
            for (const Dose &d : step.doses)
                if (d.drug == key.first && d.minuteOfDay == key.second)
                    mg += d.mg.value();
            return mg;
        }
        if (c == notesColumn())
            return step.note;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (c == StepColumn)
            return r + 1;
        if (c == KindColumn)
            return DisplayText::stepKindName(row.kind);
        if (c == DateColumn)
            return plan.startDate.isValid() ? QLocale().toString(plan.startDate.addDays(step.day), QLocale::ShortFormat)
                                            : tr("—");
        if (c == DayColumn)
            return step.day;
        if (c == DurationColumn)
            return length < 0 ? tr("to the end") : tr("%n day(s)", nullptr, length);
        if (c >= FirstDoseColumn && c < totalColumn()) {
            const auto key = m_doseColumns[c - FirstDoseColumn];
            double mg = 0.0;
            for (const Dose &d : step.doses)
                if (d.drug == key.first && d.minuteOfDay == key.second)
                    mg += d.mg.value();
            return mg > 0.0 ? DisplayText::mg(mg) : tr("—");
        }
        if (c == totalColumn())
            return totalText(row);
        if (c == deqColumn())
            return DisplayText::mg(row.deq, 2);
        if (c == cutColumn())
            return row.hasCut ? DisplayText::percent(row.cutPct, 1) : tr("—");
        if (c == occupancyColumn())
            return tr("%1 → %2 (−%3 points)", "occupancy before → after (drop)")
                .arg(DisplayText::percent(row.occBefore, 1), DisplayText::percent(row.occAfter, 1),
                    QLocale().toString(row.dropPts, 'f', 1));
        if (c == compositionColumn())
            return row.compositions.isEmpty() ? tr("nothing taken") : row.compositions.join(QStringLiteral("; "));
        if (c == notesColumn()) {
            QStringList parts;
            if (!step.note.isEmpty())
                parts << step.note;
            if (row.edited)
                parts << tr("Edited by hand.");
            parts << row.plannerNotes;
            return parts.join(QLatin1Char(' '));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (c == StepColumn && m_stepSeverity.contains(r))
            return tr("This step has findings in the checks panel.");
        if (c >= FirstDoseColumn && c < totalColumn())
            return tr("Amount in mg at this time of day; 0 removes the dose.");
        if (c == compositionColumn() && row.unavailable)
            return tr("At least one dose cannot be made from the selected products.");
        if (c == occupancyColumn())
            return tr("Modelled receptor occupancy D/(D + L50) of the daily diazepam-equivalent dose, before and after "
                      "this step.");
        if (c == cutColumn())
            return tr("Cut from the previous step, as a percentage of its diazepam-equivalent dose.");
        if (c == notesColumn() && !row.plannerNotes.isEmpty())
            return row.plannerNotes.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && c == compositionColumn() && row.unavailable)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return QVariant();
}

QVariant StepsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    if (section < 0 || section >= columnCount())
        return QVariant();
    if (section >= FirstDoseColumn && section < totalColumn()) {
        const auto key = m_doseColumns[section - FirstDoseColumn];
        const QString name = DisplayText::drugName(key.first, m_document->catalogue());
        if (role == Qt::ToolTipRole)
            return tr("%1 taken at %2, mg").arg(name, PlanDocument::formatTime(key.second));
        return tr("%1\n%2 (mg)", "drug, time").arg(name, PlanDocument::formatTime(key.second));
    }
    switch (section) {
    case StepColumn:
        return tr("Step");
    case KindColumn:
        return tr("Kind");
    case DateColumn:
        return tr("Date");
    case DayColumn:
        return tr("Day");
    case DurationColumn:
        return tr("Duration (days)");
    default:
        break;
    }
    if (section == totalColumn())
        return tr("Daily total");
    if (section == deqColumn())
        return role == Qt::ToolTipRole ? tr("Daily dose converted to diazepam with the plan's equivalence source")
                                       : tr("Diazepam eq. (mg/day)");
    if (section == cutColumn())
        return tr("Realised cut");
    if (section == occupancyColumn())
        return tr("Occupancy (modelled)");
    if (section == compositionColumn())
        return tr("Composition");
    if (section == notesColumn())
        return tr("Notes");
    return QVariant();
}

Qt::ItemFlags StepsTableModel::flags(const QModelIndex &index) const
{
    if (!isValidIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int c = index.column();
    if ((c >= FirstDoseColumn && c < totalColumn()) || c == notesColumn())
        f |= Qt::ItemIsEditable;
    if (c == DurationColumn && PlanEdits::stepLength(m_document->plan(), index.row()) > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool StepsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isValidIndex(index))
        return false;
    const int r = index.row();
    const int c = index.column();
    PlanDocumentModel::Result result;
    if (c >= FirstDoseColumn && c < totalColumn()) {
        bool ok = false;
        const double mg = value.toDouble(&ok);
        const auto key = m_doseColumns[c - FirstDoseColumn];
        if (!ok) {
            Q_EMIT editRejected(
                tr("%1: enter an amount in mg")
                    .arg(PlanEdits::stepField(
                        r, headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')))));
            return false;
        }
        result = m_document->setDoseAmount(r, key.first, key.second, mg);
    } else if (c == DurationColumn) {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok) {
            Q_EMIT editRejected(
                tr("%1: enter a whole number of days").arg(PlanEdits::stepField(r, tr("duration (days)"))));
            return false;
        }
        result = m_document->setStepLength(r, days);
    } else if (c == notesColumn()) {
        result = m_document->setNote(r, value.toString());
    } else {
        return false;
    }
    if (!result.ok) {
        Q_EMIT editRejected(result.error);
        return false;
    }
    if (!result.note.isEmpty())
        Q_EMIT editNoted(result.note);
    return true;
}

} // namespace lento::ui
