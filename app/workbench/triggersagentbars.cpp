#include "triggersagentbars.h"

#include "triggerscolors.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace awb {

namespace {
constexpr int NameWidth = 170;
constexpr int Pad = 8;
} // namespace

TriggersAgentBars::TriggersAgentBars(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("TriggersAgentBars"));
    setAccessibleName(tr("Precision, recall and F1 per agent"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TriggersAgentBars::setMetrics(const TriggerMetrics &metrics)
{
    m_metrics = metrics;
    m_order.clear();
    for (int i = 0; i < metrics.agents().size(); ++i)
        m_order.append(i);
    const auto &agents = metrics.agents();
    // The agents that need attention first: expected ones by F1, then the ones no prompt expects.
    std::stable_sort(m_order.begin(), m_order.end(), [&agents](int a, int b) {
        const bool ea = agents.at(a).expected > 0 || agents.at(a).won > 0;
        const bool eb = agents.at(b).expected > 0 || agents.at(b).won > 0;
        if (ea != eb)
            return ea;
        return agents.at(a).f1 < agents.at(b).f1;
    });
    QStringList summary;
    for (const int i : std::as_const(m_order))
        summary.append(tr("%1: F1 %2").arg(agents.at(i).name).arg(agents.at(i).f1, 0, 'f', 2));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

int TriggersAgentBars::rowHeight() const
{
    return fontMetrics().height() * 2 + 6;
}

int TriggersAgentBars::headerHeight() const
{
    return fontMetrics().height() + 12;
}

QSize TriggersAgentBars::sizeHint() const
{
    return QSize(NameWidth + 360, headerHeight() + rowHeight() * std::max<int>(1, int(m_order.size())) + Pad);
}

QSize TriggersAgentBars::minimumSizeHint() const
{
    return QSize(NameWidth + 160, sizeHint().height());
}

int TriggersAgentBars::rowAt(int y) const
{
    const int row = (y - headerHeight()) / rowHeight();
    return y >= headerHeight() && row < m_order.size() ? row : -1;
}

void TriggersAgentBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const QColor dim = TriggersColors::none(pal);
    const QColor text = pal.color(QPalette::Text);
    const int barLeft = NameWidth + Pad;
    const int numberWidth = fm.horizontalAdvance(QStringLiteral("0.00")) + 6;
    const int barWidth = std::max(40, (width() - barLeft - Pad) / 3 - numberWidth - Pad);
    const int groupWidth = barWidth + numberWidth + Pad;
    const QStringList titles { tr("Precision"), tr("Recall"), tr("F1") };
    const QList<QColor> colors { TriggersColors::agent(0, pal), TriggersColors::agent(1, pal),
        TriggersColors::agent(2, pal) };

    painter.setPen(dim);
    painter.drawText(QRect(Pad, 0, NameWidth, headerHeight()), Qt::AlignVCenter | Qt::AlignLeft, tr("Agent (prompts)"));
    for (int k = 0; k < 3; ++k) {
        const QRect cell(barLeft + k * groupWidth, 0, groupWidth, headerHeight());
        painter.fillRect(QRect(cell.left(), cell.center().y() - 4, 8, 8), colors.at(k));
        painter.drawText(cell.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, titles.at(k));
    }
    if (m_order.isEmpty()) {
        painter.drawText(rect().adjusted(Pad, headerHeight(), -Pad, 0), Qt::AlignLeft | Qt::AlignTop,
            tr("No agents to measure yet."));
        return;
    }
    for (int row = 0; row < m_order.size(); ++row) {
        const AgentMetrics &m = m_metrics.agents().at(m_order.at(row));
        const int top = headerHeight() + row * rowHeight();
        if (row % 2 == 1)
            painter.fillRect(QRect(0, top, width(), rowHeight()), pal.color(QPalette::AlternateBase));
        const bool measured = m.expected > 0 || m.won > 0;
        painter.setPen(measured ? text : dim);
        const QString name = fm.elidedText(m.name, Qt::ElideMiddle, NameWidth - 4);
        painter.drawText(QRect(Pad, top + 3, NameWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.setPen(dim);
        const QString detail = measured
            ? tr("%n expected", nullptr, m.expected) + QStringLiteral(" · ") + tr("%n won", nullptr, m.won)
            : tr("no prompts");
        painter.drawText(QRect(Pad, top + 3 + fm.height(), NameWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(detail, Qt::ElideRight, NameWidth - 4));
        if (!measured)
            continue;
        const double values[3] = { m.precision, m.recall, m.f1 };
        for (int k = 0; k < 3; ++k) {
            const int left = barLeft + k * groupWidth;
            const QRectF track(left, top + rowHeight() / 2.0 - 6, barWidth, 12);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Window));
            painter.drawRoundedRect(track, 3, 3);
            QRectF bar = track;
            bar.setWidth(std::max(0.0, track.width() * std::clamp(values[k], 0.0, 1.0)));
            QColor c = colors.at(k);
            if (values[k] < 0.5)
                c = TriggersColors::bad(pal);
            painter.setBrush(c);
            if (bar.width() > 0)
                painter.drawRoundedRect(bar, 3, 3);
            painter.setPen(text);
            painter.drawText(QRect(left + barWidth + 4, top, numberWidth, rowHeight()),
                Qt::AlignVCenter | Qt::AlignLeft, QString::number(values[k], 'f', 2));
        }
    }
}

QRect TriggersAgentBars::rowRect(const QString &name) const
{
    for (int row = 0; row < m_order.size(); ++row) {
        if (m_metrics.agents().at(m_order.at(row)).name == name)
            return QRect(0, headerHeight() + row * rowHeight(), width(), rowHeight());
    }
    return {};
}

void TriggersAgentBars::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(int(event->position().y()));
    if (row >= 0)
        Q_EMIT agentActivated(m_metrics.agents().at(m_order.at(row)).name);
    QWidget::mousePressEvent(event);
}

bool TriggersAgentBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const AgentMetrics &m = m_metrics.agents().at(m_order.at(row));
        QString tip = QStringLiteral("<b>%1</b><br>").arg(m.name.toHtmlEscaped());
        tip += tr("Precision %1: of the %n prompts it wins, %2 expect it.", nullptr, m.won)
                   .arg(m.precision, 0, 'f', 2)
                   .arg(m.truePositives)
            + QStringLiteral("<br>");
        tip += tr("Recall %1: of the %n prompts that expect it, it wins %2.", nullptr, m.expected)
                   .arg(m.recall, 0, 'f', 2)
                   .arg(m.truePositives)
            + QStringLiteral("<br>");
        tip += tr("Steals %1, loses %2.").arg(m.steals.size()).arg(m.loses.size()) + QStringLiteral("<br><i>")
            + tr("Click to see its mistakes in the heatmap.") + QStringLiteral("</i>");
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace awb
