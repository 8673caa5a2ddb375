// The no-patient page (see emptystate.h).
#include "emptystate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lento::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_body(new QLabel(this)),
      m_note(new QLabel(this)),
      m_newPatient(new QPushButton(this)),
      m_demo(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_title->setFont(big);
    for (QLabel *l : {m_title, m_body, m_note}) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_newPatient->setObjectName(QStringLiteral("emptyNewPatient"));
    m_demo->setObjectName(QStringLiteral("emptyDemo"));
    m_newPatient->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_newPatient);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    // A column of limited width, centred; the labels fill it so word wrap gets the right height.
    auto *column = new QWidget(this);
    column->setMaximumWidth(600);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(12, 0, 12, 0);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_body);
    columnLayout->addSpacing(16);
    columnLayout->addLayout(buttons);
    columnLayout->addSpacing(24);
    columnLayout->addWidget(m_note);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_newPatient, &QPushButton::clicked, this, &EmptyState::newPatientRequested);
    connect(m_demo, &QPushButton::clicked, this, &EmptyState::demoRequested);
    retranslateUi();
}

void EmptyState::setFirstRun(bool firstRun)
{
    m_firstRun = firstRun;
    retranslateUi();
}

QString EmptyState::headline() const
{
    return m_title->text();
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EmptyState::retranslateUi()
{
    if (m_firstRun) {
        m_title->setText(tr("Welcome to Lento"));
        m_body->setText(tr("Lento helps you plan a gradual benzodiazepine taper with a patient: choose the "
                           "pace, adjust each step, and see what every change does to the drug level and "
                           "to the modelled withdrawal pressure.\n\nStart by adding your first patient, or "
                           "create a demo patient (Help → Create demo patient) to look around."));
    } else {
        m_title->setText(tr("No patient open"));
        m_body->setText(tr("Choose a patient from the list (Ctrl+F searches by name or identifier), "
                           "or add a new one."));
    }
    m_note->setText(tr("Risk figures in Lento are modelled from published pharmacology and a stated "
                       "hypothesis about adaptation. They are not predictions for an individual patient."));
    m_newPatient->setText(tr("&New patient…"));
    m_newPatient->setAccessibleName(tr("New patient"));
    m_demo->setText(tr("Create &demo patient"));
    m_demo->setAccessibleName(tr("Create demo patient"));
    m_demo->setVisible(m_firstRun);
}

} // namespace lento::ui
