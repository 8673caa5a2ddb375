// Amount spin box that reports unreadable input (see amountspinbox.h).
#include "amountspinbox.h"

#include <QLineEdit>

namespace lento::ui {

AmountSpinBox::AmountSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) { m_typed = text; });
    connect(this, &QAbstractSpinBox::editingFinished, this, [this] {
        if (m_typed.isEmpty())
            return;
        QString typed = m_typed;
        m_typed.clear();
        int pos = 0;
        if (QDoubleSpinBox::validate(typed, pos) != QValidator::Acceptable)
            Q_EMIT inputRejected(QString(typed).remove(suffix()).remove(prefix()).trimmed());
    });
}

QValidator::State AmountSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QDoubleSpinBox::validate(input, pos);
    // Keep what was typed on screen; the value only changes for an acceptable amount.
    return state == QValidator::Invalid ? QValidator::Intermediate : state;
}

} // namespace lento::ui
