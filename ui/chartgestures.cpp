// Chart gestures (see chartgestures.h).
#include "chartgestures.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>

namespace lento::ui {

ChartGestures::ChartGestures(
    QChartView *view, QChart *chart, std::function<QPair<double, double>()> visibleDays, QObject *parent)
    : QObject(parent), m_view(view), m_chart(chart), m_visibleDays(std::move(visibleDays))
{
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
}

double ChartGestures::dayAt(const QPointF &viewportPos) const
{
    const auto [from, to] = m_visibleDays();
    const QPointF chartPos = m_chart->mapFromScene(m_view->mapToScene(viewportPos.toPoint()));
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0)
        return from;
    return from + (chartPos.x() - plot.left()) / plot.width() * (to - from);
}

bool ChartGestures::overPlot(const QPointF &viewportPos) const
{
    return m_chart->plotArea().contains(m_chart->mapFromScene(m_view->mapToScene(viewportPos.toPoint())));
}

bool ChartGestures::eventFilter(QObject *watched, QEvent *event)
{
    if (m_viewport.isNull() || watched != m_viewport.data())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Wheel: {
        auto *e = static_cast<QWheelEvent *>(event);
        const int delta = e->angleDelta().y();
        if (delta != 0)
            Q_EMIT zoomRequested(dayAt(e->position()), std::pow(0.85, double(delta) / 120.0));
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            return false;
        m_pressed = true;
        m_dragged = false;
        m_pressPos = m_lastPos = e->position();
        return true;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        const QPointF pos = e->position();
        if (m_pressed) {
            if (!m_dragged && (pos - m_pressPos).manhattanLength() > 4)
                m_dragged = true;
            const double w = m_chart->plotArea().width();
            if (m_dragged && w > 0) {
                const auto [from, to] = m_visibleDays();
                Q_EMIT panRequested(-(pos.x() - m_lastPos.x()) / w * (to - from));
                m_lastPos = pos;
            }
        }
        if (overPlot(pos))
            Q_EMIT hovered(dayAt(pos));
        else
            Q_EMIT hoverLeft();
        return false;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton || !m_pressed)
            return false;
        m_pressed = false;
        if (!m_dragged && overPlot(e->position()))
            Q_EMIT clicked(dayAt(e->position()));
        return true;
    }
    case QEvent::MouseButtonDblClick:
        Q_EMIT resetRequested();
        return true;
    case QEvent::Leave:
        Q_EMIT hoverLeft();
        return false;
    case QEvent::ContextMenu:
        Q_EMIT contextMenuRequested(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    default:
        return false;
    }
}

} // namespace lento::ui
