// Settings…: planner defaults for new plans (strategy, pace, cut order), equivalence source,
// region and product forms, the model's hypothesis parameters (τR, L50, Hill) with a reset to
// the published defaults, the clinician name for the audit log, the clinic printed on handouts,
// and the language.
#pragma once

#include "settings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lento {
class Catalogue;
}

namespace lento::ui {

class VisitSettingsBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const AppSettings &settings, const lento::Catalogue *catalogue, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);
    void resetModel(); // τR, L50, Hill back to docs/model.md §4

    QDoubleSpinBox *tauField() const { return m_tau; }
    QDoubleSpinBox *l50Field() const { return m_l50; }
    QDoubleSpinBox *hillField() const { return m_hill; }
    QComboBox *languageField() const { return m_language; }
    VisitSettingsBox *visitSettings() const { return m_visits; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStrategyFields();
    static QString regionName(const QString &id, const lento::Catalogue *catalogue);

    const lento::Catalogue *m_catalogue;
    AppSettings m_initial;

    QGroupBox *m_plannerBox;
    QGroupBox *m_productBox;
    QGroupBox *m_modelBox;
    QGroupBox *m_generalBox;
    QComboBox *m_strategy;
    QDoubleSpinBox *m_percent;
    QDoubleSpinBox *m_linear;
    QDoubleSpinBox *m_drop;
    QDoubleSpinBox *m_pressure;
    QSpinBox *m_every;
    QComboBox *m_cutOrder;
    QComboBox *m_equivalence;
    QComboBox *m_region;
    QComboBox *m_forms;
    QLabel *m_modelNote;
    QDoubleSpinBox *m_tau;
    QDoubleSpinBox *m_l50;
    QDoubleSpinBox *m_hill;
    QPushButton *m_resetModel;
    QLineEdit *m_clinician;
    QLineEdit *m_clinicName;
    QLineEdit *m_clinicPhone;
    QComboBox *m_language;
    QList<QLabel *> m_labels;
    VisitSettingsBox *m_visits;
};

} // namespace lento::ui
