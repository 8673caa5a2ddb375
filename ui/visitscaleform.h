// One withdrawal scale (CIWA-B or BWSQ) as a form in the visit dialog: the 20 items with their
// score labels, a band set chooser, and a live total with its band and the band set's name.
// Unchecking the group records no score for this visit.
#pragma once

#include "withdrawalscales.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;

namespace lento::ui {

class VisitScaleForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit VisitScaleForm(lento::WithdrawalScale scale, QWidget *parent = nullptr);

    lento::WithdrawalScale scale() const { return m_scale; }
    // Raw item scores; nullopt when the scale was not recorded (group unchecked).
    std::optional<QList<int>> items() const;
    void setItems(const std::optional<QList<int>> &items);
    QString bandSet() const;
    void setBandSet(const QString &id); // unknown ids keep the current set
    std::optional<lento::ScaleScore> score() const;
    QString totalText() const; // what the total label shows
    QComboBox *itemBox(int index) const { return m_items.value(index); } // 0-based, for tests and focus

    // "Total 23 of 80 · moderate withdrawal (band set camh-1)"; "not recorded" when empty.
    static QString describe(lento::WithdrawalScale scale, const std::optional<lento::ScaleScore> &score);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTotal();

    lento::WithdrawalScale m_scale;
    QList<QLabel *> m_labels;
    QList<QComboBox *> m_items;
    QLabel *m_bandSetLabel = nullptr;
    QComboBox *m_bandSet = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace lento::ui
