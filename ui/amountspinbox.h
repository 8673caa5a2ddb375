// A spin box for amounts in mg that does not quietly drop what it cannot read: a stray letter
// ("1e9") stays visible while typing instead of being skipped (which turned "1e9" into 19), and
// when editing ends on text that is not an amount in range, the old value is kept and
// inputRejected() says what was typed so the form can name the field.
#pragma once

#include <QDoubleSpinBox>

namespace lento::ui {

class AmountSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit AmountSpinBox(QWidget *parent = nullptr);

    QValidator::State validate(QString &input, int &pos) const override;

Q_SIGNALS:
    void inputRejected(const QString &typed);

private:
    QString m_typed; // the text last typed by the user, until editing ends
};

} // namespace lento::ui
