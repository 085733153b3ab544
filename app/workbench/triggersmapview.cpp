#include "triggersmapview.h"

#include "triggerscolors.h"

#include <QHash>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QToolTip>

#include <cmath>

namespace awb {

namespace {
constexpr double PromptRadius = 4.5;
constexpr double AgentRadius = 7.0;
constexpr double HitRadius = 9.0;
} // namespace

TriggersMapView::TriggersMapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("TriggersMapView"));
    setAccessibleName(tr("Map of agents and prompts"));
    setAccessibleDescription(tr("Agents are labeled anchors; prompts are points in the color of the agent that "
                                "wins them. Near means similar."));
    setMouseTracking(true);
    setMinimumSize(240, 200);
}

QSize TriggersMapView::sizeHint() const
{
    return QSize(520, 420);
}

void TriggersMapView::setData(const MapLayout::Result &layout, const TriggerResult &result)
{
    if (layout.agents.size() != result.agentCount() || layout.prompts.size() != result.promptCount()) {
        clear();
        return;
    }
    m_layout = layout;
    m_result = result;
    m_positionsFor = QSize();
    update();
}

void TriggersMapView::clear()
{
    m_layout = {};
    m_result = {};
    m_positionsFor = QSize();
    update();
}

QRectF TriggersMapView::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    // Room for labels on the right and a legend at the bottom.
    return QRectF(24, 20, std::max(40, width() - 24 - 24 - fm.horizontalAdvance(QStringLiteral("mmmmmmmm"))),
        std::max(40, height() - 20 - 2 * fm.height() - 20));
}

QPointF TriggersMapView::toWidget(const QPointF &p) const
{
    const QRectF r = plotRect();
    return QPointF(r.left() + (p.x() + 1) / 2 * r.width(), r.top() + (1 - (p.y() + 1) / 2) * r.height());
}

QPointF TriggersMapView::agentPosition(int agent) const
{
    return toWidget(m_layout.agents.value(agent));
}

QPointF TriggersMapView::promptPosition(int prompt) const
{
    return promptPositions().value(prompt);
}

const QList<QPointF> &TriggersMapView::promptPositions() const
{
    if (m_positionsFor == size() && m_promptPositions.size() == m_layout.prompts.size())
        return m_promptPositions;
    m_positionsFor = size();
    m_promptPositions.clear();
    // Prompts with the same words sit on one point (those sharing nothing with any agent all do): fan them
    // out on a small spiral so each stays visible and can be hovered.
    QHash<QPair<int, int>, int> taken;
    for (const QPointF &p : m_layout.prompts) {
        const QPointF c = toWidget(p);
        const QPair<int, int> cell { int(c.x() / 3), int(c.y() / 3) };
        const int k = taken.value(cell, 0);
        taken.insert(cell, k + 1);
        if (k == 0) {
            m_promptPositions.append(c);
            continue;
        }
        const double angle = k * 2.39996; // the golden angle spreads the points evenly
        const double radius = 7.0 * std::sqrt(double(k));
        m_promptPositions.append(c + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    return m_promptPositions;
}

QPair<bool, int> TriggersMapView::itemAt(const QPointF &pos) const
{
    double best = HitRadius * HitRadius;
    QPair<bool, int> hit { false, -1 };
    for (int a = 0; a < m_layout.agents.size(); ++a) {
        const QPointF d = agentPosition(a) - pos;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= best) {
            best = dist;
            hit = { true, a };
        }
    }
    if (hit.second >= 0)
        return hit; // anchors win over the prompts around them
    for (int p = 0; p < m_layout.prompts.size(); ++p) {
        const QPointF d = promptPosition(p) - pos;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= best) {
            best = dist;
            hit = { false, p };
        }
    }
    return hit;
}

void TriggersMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QColor dim = TriggersColors::none(pal);
    const QFontMetrics fm = fontMetrics();
    if (!hasData()) {
        painter.setPen(dim);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("The map appears after a run."));
        return;
    }
    // A light grid: the axes carry no meaning of their own, only distances do.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(60);
    painter.setPen(QPen(grid, 1, Qt::DotLine));
    const QRectF r = plotRect();
    for (int i = 0; i <= 4; ++i) {
        painter.drawLine(
            QPointF(r.left() + r.width() * i / 4, r.top()), QPointF(r.left() + r.width() * i / 4, r.bottom()));
        painter.drawLine(
            QPointF(r.left(), r.top() + r.height() * i / 4), QPointF(r.right(), r.top() + r.height() * i / 4));
    }

    // Thin lines from wrongly routed prompts to the agent that should have taken them.
    QColor miss = TriggersColors::bad(pal);
    miss.setAlpha(90);
    for (int p = 0; p < m_result.promptCount(); ++p) {
        const int expected = m_result.expectedIndex(p);
        if (m_result.isCorrect(p) || expected < 0)
            continue;
        painter.setPen(QPen(miss, 1, Qt::DashLine));
        painter.drawLine(promptPosition(p), agentPosition(expected));
    }
    for (int p = 0; p < m_result.promptCount(); ++p) {
        const QPointF c = promptPosition(p);
        const int winner = m_result.winner(p);
        if (winner >= 0) {
            painter.setPen(QPen(pal.color(QPalette::Base), 1));
            painter.setBrush(TriggersColors::agent(winner, pal));
        } else {
            painter.setPen(QPen(dim, 1.5));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(c, PromptRadius, PromptRadius);
        if (!m_result.isCorrect(p)) {
            painter.setPen(QPen(TriggersColors::bad(pal), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(c, PromptRadius + 2.5, PromptRadius + 2.5);
        }
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics bfm(bold);
    for (int a = 0; a < m_result.agentCount(); ++a) {
        const QPointF c = agentPosition(a);
        QPainterPath diamond;
        diamond.moveTo(c + QPointF(0, -AgentRadius));
        diamond.lineTo(c + QPointF(AgentRadius, 0));
        diamond.lineTo(c + QPointF(0, AgentRadius));
        diamond.lineTo(c + QPointF(-AgentRadius, 0));
        diamond.closeSubpath();
        painter.setPen(QPen(pal.color(QPalette::Text), 1.2));
        painter.setBrush(TriggersColors::agent(a, pal));
        painter.drawPath(diamond);
        const QString label = m_result.agents.at(a);
        const QRectF box(
            c.x() + AgentRadius + 3, c.y() - bfm.height() / 2.0, bfm.horizontalAdvance(label) + 6, bfm.height());
        QColor back = pal.color(QPalette::Base);
        back.setAlpha(200);
        painter.setPen(Qt::NoPen);
        painter.setBrush(back);
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(box, Qt::AlignCenter, label);
    }
    painter.setFont(font());

    // Legend.
    const double y = height() - fm.height() - 8;
    double x = 12;
    auto legend = [&](const QString &text, auto drawMark) {
        drawMark(QPointF(x + 5, y + fm.height() / 2.0));
        painter.setPen(dim);
        painter.drawText(QPointF(x + 14, y + fm.ascent()), text);
        x += 14 + fm.horizontalAdvance(text) + 16;
    };
    legend(tr("agent"), [&](QPointF c) {
        painter.setPen(QPen(pal.color(QPalette::Text), 1));
        painter.setBrush(TriggersColors::agent(0, pal));
        painter.drawPolygon(
            QPolygonF({ c + QPointF(0, -5), c + QPointF(5, 0), c + QPointF(0, 5), c + QPointF(-5, 0) }));
    });
    legend(tr("prompt, in its winner's color"), [&](QPointF c) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(TriggersColors::agent(1, pal));
        painter.drawEllipse(c, PromptRadius, PromptRadius);
    });
    legend(tr("none"), [&](QPointF c) {
        painter.setPen(QPen(dim, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, PromptRadius, PromptRadius);
    });
    legend(tr("wrong"), [&](QPointF c) {
        painter.setPen(QPen(TriggersColors::bad(pal), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, PromptRadius + 1, PromptRadius + 1);
    });
}

bool TriggersMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [isAgent, index] = itemAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QString tip;
        if (isAgent) {
            tip = QStringLiteral("<b>%1</b>").arg(m_result.agents.at(index).toHtmlEscaped());
        } else {
            const TriggerPrompt &p = m_result.prompts.at(index);
            const QString none = tr("none");
            tip = QStringLiteral("%1<br>").arg(p.text.toHtmlEscaped())
                + tr("expected: %1 · winner: %2")
                      .arg(p.expected.isEmpty() ? none : p.expected,
                          m_result.winner(index) >= 0 ? m_result.winnerName(index) : none)
                      .toHtmlEscaped();
        }
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void TriggersMapView::mousePressEvent(QMouseEvent *event)
{
    const auto [isAgent, index] = itemAt(event->position());
    if (!isAgent && index >= 0)
        Q_EMIT promptClicked(index);
    QWidget::mousePressEvent(event);
}

} // namespace awb
