// Keeps the planner form and the plan being edited in step. The title and start date typed in
// the form go into the plan at once (undoable; an emptied title field gives the generated title
// back); any other setting changed in the form raises a bar, always in view above the form, until
// "Generate plan" applies it; undo and redo put the plan's own settings back in the form.
#pragma once

#include "plan.h"
#include "planner.h"

#include <QObject>

class QFrame;
class QLabel;
class QPushButton;
class QWidget;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class PlanDocumentModel;
class PlannerForm;

class PlannerFormSync : public QObject
{
    Q_OBJECT
public:
    // The bar is created as a child of `barParent`; the caller places it.
    PlannerFormSync(PlannerForm *form, PlanDocumentModel *document, QWidget *barParent);

    void setCatalogue(const lento::Catalogue *catalogue);
    QWidget *pendingBar() const;
    QPushButton *pendingGenerateButton() const { return m_apply; }
    bool pending() const { return m_pending; }
    void setPending(bool on);
    // Fills the form with what `plan` was made with (its "planner" settings, else the document's
    // fallback request), its current regimen, start date and, when typed, its title.
    void showPlan(const lento::Plan &plan);
    void retranslate();

Q_SIGNALS:
    void generateRequested();

private:
    void titleEdited(const QString &title);
    void startDateEdited(const QDate &date);

    PlannerForm *m_form;
    PlanDocumentModel *m_document;
    const lento::Catalogue *m_catalogue = nullptr;
    QFrame *m_bar;
    QLabel *m_text;
    QPushButton *m_apply;
    bool m_pending = false;
};

} // namespace lento::ui
