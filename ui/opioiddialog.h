// Opioid co-use: how the patient's depressants combine on breathing by pharmacodynamic (Bliss)
// independence (docs/model.md §7): remaining drive = Π(1 − rᵢ). Opioid 40 % and benzodiazepine 30 %
// leave 42 % of normal drive, i.e. 58 % depression, not the 70 % a simple sum suggests. The
// fractions are editable illustrations; every figure is labelled modelled.
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lento::ui {

class OpioidDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpioidDialog(QWidget *parent = nullptr);

    // The benzodiazepines the plan uses (display names) and the starting fractions (0..1).
    void setAgents(const QStringList &benzodiazepines, double opioidDepression, double benzodiazepineDepression);

    int agentCount() const { return int(m_rows.size()); }
    void setDepression(int agent, double fraction); // 0..1
    double depression(int agent) const;
    double combinedDepression() const; // 1 − Π(1 − rᵢ)
    double remainingDrive() const { return 1.0 - combinedDepression(); }
    double additiveSum() const; // Σ rᵢ (the wrong answer, for contrast)
    QString resultText() const;
    void retranslate();

public Q_SLOTS:
    void addAgent();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLineEdit *name = nullptr;
        QDoubleSpinBox *percent = nullptr;
    };
    void addRow(const QString &name, double fraction, bool editableName);
    void update();

    QLabel *m_intro;
    QGridLayout *m_grid;
    QLabel *m_nameHeader;
    QLabel *m_percentHeader;
    QPushButton *m_add;
    QLabel *m_formula;
    QLabel *m_result;
    QLabel *m_caveat;
    QList<Row> m_rows;
};

} // namespace lento::ui
