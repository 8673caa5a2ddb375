// The planner form kept in step with the plan (see plannerformsync.h).
#include "plannerformsync.h"

#include "plandocumentmodel.h"
#include "plannerform.h"
#include "plantitle.h"

#include <QDate>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <cstdlib>

namespace lento::ui {

PlannerFormSync::PlannerFormSync(PlannerForm *form, PlanDocumentModel *document, QWidget *barParent)
    : QObject(form), m_form(form), m_document(document), m_bar(new QFrame(barParent))
{
    m_bar->setObjectName(QStringLiteral("plannerPendingBar"));
    m_bar->setFrameShape(QFrame::StyledPanel);
    m_bar->setAutoFillBackground(true);
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Window, QColor(0xf6, 0xd3, 0x65));
    palette.setColor(QPalette::WindowText, QColor(0x3a, 0x2c, 0x00));
    m_bar->setPalette(palette);
    m_text = new QLabel(m_bar);
    m_text->setWordWrap(true);
    m_apply = new QPushButton(m_bar);
    m_apply->setObjectName(QStringLiteral("pendingGenerateButton"));
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_apply);
    m_bar->hide();

    connect(m_apply, &QPushButton::clicked, this, &PlannerFormSync::generateRequested);
    connect(form, &PlannerForm::edited, this, [this] { setPending(true); });
    connect(form, &PlannerForm::titleEdited, this, &PlannerFormSync::titleEdited);
    connect(form, &PlannerForm::startDateEdited, this, &PlannerFormSync::startDateEdited);
    connect(document, &PlanDocumentModel::restored, this, [this] { showPlan(m_document->plan()); });
    connect(document, &PlanDocumentModel::changed, this, [this] {
        if (m_catalogue)
            m_form->setGeneratedTitle(PlanTitle::generatedFor(m_document->plan(), *m_catalogue));
    });
    retranslate();
}

void PlannerFormSync::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
}

QWidget *PlannerFormSync::pendingBar() const
{
    return m_bar;
}

void PlannerFormSync::setPending(bool on)
{
    m_pending = on;
    m_bar->setVisible(on);
}

void PlannerFormSync::showPlan(const Plan &plan)
{
    PlannerRequest request = m_document->context().fallback;
    const QJsonValue planner = plan.extra.value(QStringLiteral("planner"));
    if (planner.isObject()) {
        auto parsed = PlannerRequest::fromJson(planner.toObject());
        if (parsed.ok())
            request = parsed.value();
    }
    request.current = plan.current;
    request.startDate = plan.startDate.isValid() ? plan.startDate : QDate::currentDate();
    // A generated title stays out of the field, so the next plan generated gets its own.
    const bool generated = m_catalogue && PlanTitle::isGenerated(plan, *m_catalogue);
    request.title = generated ? QString() : plan.title;
    request.patient = plan.patient;
    request.model = plan.model;
    m_form->setRequest(request);
    m_form->setGeneratedTitle(m_catalogue ? PlanTitle::generatedFor(plan, *m_catalogue) : QString());
    setPending(false);
}

void PlannerFormSync::titleEdited(const QString &title)
{
    const QString generated = m_catalogue ? PlanTitle::generatedFor(m_document->plan(), *m_catalogue) : QString();
    m_document->setTitle(title.isEmpty() ? generated : title);
}

void PlannerFormSync::startDateEdited(const QDate &date)
{
    const auto result = m_document->setStartDate(date);
    if (!result.ok) {
        m_form->showMessage(result.error, true);
        return;
    }
    // Far from today is allowed (a plan recorded late, one prepared ahead) but said.
    const qint64 days = QDate::currentDate().daysTo(date);
    const QString shown = QLocale().toString(date, QLocale::ShortFormat);
    if (days > 366)
        m_form->showMessage(
            tr("Start date: %1 is more than a year from today; check that it is right.").arg(shown), false);
    else if (days < -366)
        m_form->showMessage(tr("Start date: %1 is more than a year ago; check that it is right.").arg(shown), false);
    else
        m_form->showMessage(QString(), false);
}

void PlannerFormSync::retranslate()
{
    m_text->setText(tr("The planner settings were changed and the plan does not follow them yet. Generate the "
                       "plan to apply them (steps edited by hand are replaced; Undo brings them back)."));
    m_apply->setText(tr("Generate plan"));
    m_bar->setAccessibleName(tr("Planner settings not applied"));
}

} // namespace lento::ui
