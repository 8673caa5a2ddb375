// What changed between two plan versions, in words: the comparison from core/plandiff turned
// into translated lines ("Step of 15 Mar 2025 moved to 22 Mar 2025 (+7 days)", "Added step …")
// and shown as a coloured list. The summary PDF uses the same lines.
#pragma once

#include "plandiff.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;

namespace lento {
class Catalogue;
}

namespace lento::ui {

struct HistoryVersion;

struct DiffLine
{
    enum class Kind { Header, Added, Removed, Changed, Summary };
    Kind kind = Kind::Changed;
    QString text;
    bool movedOnly = false; // a step that only moved to another date
};

class VersionDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit VersionDiffView(QWidget *parent = nullptr);

    void setCatalogue(const lento::Catalogue *catalogue) { m_catalogue = catalogue; }
    // Shows what changed from `older` to `newer` (either may fail to parse: then says so).
    void setVersions(const HistoryVersion &older, const HistoryVersion &newer);
    void clear(); // shows how to pick two versions
    QString plainText() const; // for tests
    const QList<DiffLine> &lines() const { return m_lines; }

    static QList<DiffLine> describe(const lento::PlanDiff &diff, const lento::Catalogue *catalogue);
    // "diazepam 7 mg/day (3.5 mg at 08:00, 3.5 mg at 20:00)"; "nothing (stopped)" when empty.
    static QString dosesText(const QList<lento::Dose> &doses, const lento::Catalogue *catalogue);
    // "3 steps moved, 1 added" — a one-line digest for the timeline and the summary.
    static QString digest(const lento::PlanDiff &diff);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    const lento::Catalogue *m_catalogue = nullptr;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    QList<DiffLine> m_lines;
    QString m_heading;
    bool m_empty = true;
    // Kept to re-render after a language switch.
    std::optional<lento::Plan> m_older, m_newer;
    QString m_olderName, m_newerName, m_error;
};

} // namespace lento::ui
