// Patient search and selection (see patientlist.h).
#include "patientlist.h"

#include "patientlistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lento::ui {

PatientList::PatientList(QWidget *parent)
    : QWidget(parent),
      m_model(new PatientListModel(this)),
      m_search(new QLineEdit(this)),
      m_phase(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_hint(new QLabel(this)),
      m_newButton(new QPushButton(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("patientList"));
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("patientTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::IdentifierColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::BirthColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_phase->setObjectName(QStringLiteral("patientFilter"));
    for (const PatientFilter f : PatientFilters::filters())
        m_phase->addItem(QString(), int(f));
    m_view->horizontalHeader()->setHighlightSections(false);

    m_hint->setObjectName(QStringLiteral("patientListHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_newButton->setObjectName(QStringLiteral("newPatientButton"));
    m_newButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_phase);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_newButton);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button: show everyone at once
            runSearch();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &PatientList::runSearch);
    connect(m_phase, &QComboBox::activated, this,
        [this](int index) { m_model->setPhaseFilter(PatientFilter(m_phase->itemData(index).toInt())); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            runSearch();
        }
        const QModelIndex current = m_view->currentIndex();
        activateRow(current.isValid() ? current.row() : (m_model->rowCount() == 1 ? 0 : -1));
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_newButton, &QPushButton::clicked, this, &PatientList::newPatientRequested);
    connect(m_model, &PatientListModel::modelReset, this, [this] {
        updateHint();
        setCurrentPatient(m_current);
    });

    retranslateUi();
}

void PatientList::setStore(lento::store::Store *store)
{
    m_model->setStore(store);
}

void PatientList::setPhaseFilter(PatientFilter filter)
{
    m_phase->setCurrentIndex(qMax(0, m_phase->findData(int(filter))));
    m_model->setPhaseFilter(filter);
}

void PatientList::setFilterSettings(const PatientFilterSettings &settings)
{
    m_model->setFilterSettings(settings);
}

void PatientList::refresh()
{
    m_model->refresh();
}

void PatientList::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientList::setCurrentPatient(lento::store::RecordId id)
{
    m_current = id;
    const int row = id ? m_model->rowOf(id) : -1;
    QSignalBlocker block(m_view->selectionModel());
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(row, PatientListModel::NameColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void PatientList::runSearch()
{
    m_model->setFilter(m_search->text());
}

void PatientList::activateRow(int row)
{
    const lento::store::RecordId id = m_model->idAt(row);
    if (id)
        Q_EMIT patientActivated(id);
}

void PatientList::updateHint()
{
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("The patient list could not be read: %1").arg(m_model->lastError());
    else if (m_model->hasMore())
        text = tr("Showing the first %n patients; type a name or identifier to narrow the list.", nullptr,
            m_model->rowCount());
    else if (m_model->rowCount() == 0 && !m_model->filter().isEmpty())
        text = tr("No patient's name or identifier starts with “%1”.").arg(m_model->filter());
    else if (m_model->rowCount() == 0 && m_model->phaseFilter() != PatientFilter::All)
        text = tr("No patient matches the filter “%1”.").arg(PatientFilters::filterName(m_model->phaseFilter()));
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

bool PatientList::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down in the search field move through the results without leaving the field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
            int row = key->key() == Qt::Key_Down ? current + 1 : current - 1;
            row = qBound(0, row, m_model->rowCount() - 1);
            const QModelIndex index = m_model->index(row, PatientListModel::NameColumn);
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientList::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name or identifier (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setAccessibleDescription(tr("Lists patients whose name or identifier starts with the text typed"));
    m_view->setAccessibleName(tr("Patients"));
    m_phase->setAccessibleName(tr("Show patients"));
    m_phase->setToolTip(tr("Show all patients, or only those in a phase of their taper. The visit intervals "
                           "are in the settings."));
    for (int i = 0; i < m_phase->count(); ++i)
        m_phase->setItemText(i, PatientFilters::filterName(PatientFilter(m_phase->itemData(i).toInt())));
    m_newButton->setText(tr("&New patient…"));
    m_newButton->setAccessibleName(tr("New patient"));
    m_newButton->setToolTip(tr("Add a patient (Ctrl+N)"));
    m_model->retranslate();
    updateHint();
}

} // namespace lento::ui
