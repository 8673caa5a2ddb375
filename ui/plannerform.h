// The planner form: today's regimen and everything the planner offers (strategy and pace,
// intervals and holds, crossover to a long-acting drug, equivalence source, region, forms and
// products, cut order, rounding, maintenance target). It builds a PlannerRequest and names the
// field when an entry is wrong (and warns when the start date is far from today); "Generate plan" and "Re-generate from
// selected step" are its actions.
#pragma once

#include "expected.h"
#include "planeditor.h"
#include "planner.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lento::ui {

class RegimenEditor;

class PlannerForm : public QWidget
{
    Q_OBJECT
public:
    explicit PlannerForm(QWidget *parent = nullptr);

    void setCatalogue(const lento::Catalogue *catalogue);
    void setDefaults(const PlannerDefaults &defaults); // fills the pace fields
    void setRequest(const lento::PlannerRequest &request); // fills every field
    // The request the form describes; errors name the form field.
    Expected<lento::PlannerRequest> request() const;
    void setPatient(const lento::PatientParams &patient, const lento::ModelParams &model);
    void setRegenerateEnabled(bool on);
    // Shown greyed in the empty title field: the title the plan gets while none is typed.
    void setGeneratedTitle(const QString &title);
    void showMessage(const QString &text, bool error);
    void retranslate();

    RegimenEditor *regimen() const { return m_regimen; }
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *strategyBox() const { return m_strategy; }
    QDoubleSpinBox *maxDropBox() const { return m_maxDrop; }
    QDoubleSpinBox *percentBox() const { return m_percent; }
    QSpinBox *everyBox() const { return m_every; }
    QLineEdit *holdsEdit() const { return m_holds; }
    QLineEdit *productsEdit() const { return m_products; }
    QComboBox *switchBox() const { return m_switchTo; }
    QPushButton *generateButton() const { return m_generate; }
    QLineEdit *titleEdit() const { return m_title; }
    QDateEdit *startEdit() const { return m_start; }
    // Says under the start date when it lies more than a year before or after today.
    QLabel *startWarningLabel() const { return m_startWarning; }

Q_SIGNALS:
    void generateRequested();
    void regenerateRequested();
    void titleEdited(const QString &title); // typed by the user
    void startDateEdited(const QDate &date); // changed by the user
    void edited(); // the user changed a planner setting (not the title or start date)

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateVisibility();
    void applyPreset();
    void syncPreset();
    static QString presetName(const lento::PacePreset &preset);
    void fillChoices();
    QLabel *label(QWidget *field) const;
    // A daily amount of a drug far above the catalogue's usual maximum, as an error naming it.
    std::optional<lento::Error> implausibleDose(const QList<lento::Dose> &current) const;
    void connectEdits();
    void userEdited();
    // Shows the start-date warning after the user's change (`edited`) to a date far from today,
    // keeps it current while shown, and hides it once the date is near today.
    void updateStartWarning(bool edited);

    const lento::Catalogue *m_catalogue = nullptr;
    lento::PatientParams m_patient;
    lento::ModelParams m_model;
    lento::PlannerRequest m_base; // fields the form does not show are kept from here
    int m_filling = 0; // > 0 while the program fills the fields: no edited() then
    QString m_generatedTitle;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QLabel *m_startWarning;
    RegimenEditor *m_regimen;
    QComboBox *m_preset;
    QComboBox *m_strategy;
    QLabel *m_strategyHelp;
    QDoubleSpinBox *m_percent;
    QDoubleSpinBox *m_linearMg;
    QDoubleSpinBox *m_maxDrop;
    QDoubleSpinBox *m_maxPressure;
    QSpinBox *m_every;
    QSpinBox *m_minInterval;
    QSpinBox *m_maxInterval;
    QLineEdit *m_holds;
    QComboBox *m_switchTo;
    QSpinBox *m_stageDays;
    QCheckBox *m_eveningFirst;
    QComboBox *m_equivalence;
    QComboBox *m_region;
    QComboBox *m_forms;
    QLineEdit *m_products;
    QComboBox *m_cutOrder;
    QComboBox *m_rounding;
    QCheckBox *m_microTaper;
    QCheckBox *m_hasTarget;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_floor;
    QLabel *m_message;
    QPushButton *m_generate;
    QPushButton *m_regenerate;
    QGroupBox *m_paceGroup;
    QGroupBox *m_switchGroup;
    QGroupBox *m_productGroup;
    QGroupBox *m_moreGroup;
    QFormLayout *m_paceForm;
    QFormLayout *m_switchForm;
    QFormLayout *m_productForm;
    QFormLayout *m_moreForm;
    QFormLayout *m_topForm;
    QLayout *m_targetRow = nullptr;
};

} // namespace lento::ui
