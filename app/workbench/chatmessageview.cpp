#include "chatmessageview.h"

#include "chatmessagewidget.h"

#include "chat/messagelistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace awb {

namespace {

// QScrollArea sizes its widget from sizeHint() and minimumSizeHint(), which for wrapped text is the height at the
// text's narrow preferred width: far too tall. The height for the width it gets is the truth.
class ChatContent : public QWidget
{
public:
    using QWidget::QWidget;
    QSize sizeHint() const override
    {
        const QWidget *viewport = parentWidget();
        if (!layout() || !viewport)
            return QWidget::sizeHint();
        const int width = viewport->width();
        return { width, heightFor(width, layout()->totalSizeHint().height()) };
    }
    QSize minimumSizeHint() const override
    {
        const QWidget *viewport = parentWidget();
        if (!layout() || !viewport)
            return QWidget::minimumSizeHint();
        return { layout()->totalMinimumSize().width(),
            heightFor(viewport->width(), layout()->totalMinimumSize().height()) };
    }

private:
    // When no message wraps (none has a height for width), the plain hint is the height.
    int heightFor(int width, int fallback) const
    {
        const int height = layout()->totalHeightForWidth(width);
        return height >= 0 ? height : fallback;
    }
};

} // namespace

ChatMessageView::ChatMessageView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new ChatContent(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_empty(new QLabel(m_content))
    , m_earlierBar(new QWidget(m_content))
    , m_laterBar(new QWidget(m_content))
    , m_earlier(new QPushButton(m_earlierBar))
    , m_later(new QPushButton(m_laterBar))
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Conversation"));
    m_content->setBackgroundRole(QPalette::Base);
    m_content->setAutoFillBackground(true);
    // The layout must not pin the content's minimum size (see ChatContent).
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(8);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    auto *first = new QPushButton(tr("Beginning"), m_earlierBar);
    first->setToolTip(tr("Show the first messages of the conversation"));
    auto *top = new QHBoxLayout(m_earlierBar);
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(first);
    top->addWidget(m_earlier);
    top->addStretch(1);
    auto *last = new QPushButton(tr("Latest"), m_laterBar);
    last->setToolTip(tr("Show the newest messages"));
    auto *bottom = new QHBoxLayout(m_laterBar);
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addStretch(1);
    bottom->addWidget(m_later);
    bottom->addWidget(last);
    bottom->addStretch(1);
    connect(first, &QPushButton::clicked, this, &ChatMessageView::showFirst);
    connect(m_earlier, &QPushButton::clicked, this, &ChatMessageView::showEarlier);
    connect(m_later, &QPushButton::clicked, this, &ChatMessageView::showLater);
    connect(last, &QPushButton::clicked, this, &ChatMessageView::showLast);
    m_layout->addWidget(m_earlierBar);
    m_layout->addWidget(m_empty);
    m_layout->addWidget(m_laterBar);
    m_layout->addStretch(1);
    m_earlierBar->hide();
    m_laterBar->hide();
    setWidget(m_content);
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_pinned = value >= bar->maximum() - 4; });
    // Growing content moves the maximum: keep the newest text in view while pinned.
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_pinned)
            bar->setValue(max);
    });
}

void ChatMessageView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ChatMessageView::setModel(MessageListModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ChatMessageView::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertRows(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeRows(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                refreshRows(topLeft.row(), bottomRight.row());
            });
    }
    rebuild();
}

void ChatMessageView::setBusy(bool busy)
{
    m_busy = busy;
    refreshStates();
}

void ChatMessageView::rebuild()
{
    showLast();
}

int ChatMessageView::hiddenAfter() const
{
    const int count = m_model ? m_model->rowCount() : 0;
    return std::max(0, count - m_first - int(m_rows.size()));
}

void ChatMessageView::createWidgets(int row, int first, int last)
{
    for (int i = first; i <= last; ++i, ++row) {
        auto *widget = new ChatMessageWidget(m_content);
        m_rows.insert(row, widget);
        m_layout->insertWidget(row + 2, widget); // after the earlier buttons and the empty-state label
        connect(widget, &ChatMessageWidget::editSubmitted, this,
            [this, widget](const QString &text) { Q_EMIT editSubmitted(m_first + int(m_rows.indexOf(widget)), text); });
        connect(widget, &ChatMessageWidget::regenerateRequested, this, &ChatMessageView::regenerateRequested);
        connect(widget, &ChatMessageWidget::continueRequested, this, &ChatMessageView::continueRequested);
    }
}

void ChatMessageView::dropWidgets(int from, int count)
{
    for (int i = from + count - 1; i >= from; --i)
        delete m_rows.takeAt(i);
}

void ChatMessageView::updateButtons()
{
    m_earlier->setText(tr("Show %n earlier message(s)", nullptr, std::min(Page, m_first)));
    m_earlierBar->setVisible(m_first > 0);
    m_later->setText(tr("Show %n later message(s)", nullptr, std::min(Page, hiddenAfter())));
    m_laterBar->setVisible(hiddenAfter() > 0);
    m_empty->setVisible(m_rows.isEmpty());
}

void ChatMessageView::showRange(int first, int count)
{
    dropWidgets(0, int(m_rows.size()));
    m_first = first;
    if (count > 0)
        createWidgets(0, first, first + count - 1);
    updateButtons();
    refreshStates();
}

void ChatMessageView::showLast()
{
    const int count = m_model ? m_model->rowCount() : 0;
    showRange(std::max(0, count - Page), std::min(count, Page));
    m_pinned = true;
    scrollToBottomIfPinned();
}

void ChatMessageView::showFirst()
{
    const int count = m_model ? m_model->rowCount() : 0;
    showRange(0, std::min(count, Page));
    m_pinned = false;
    QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(0); });
}

void ChatMessageView::showEarlier()
{
    const int n = std::min(Page, m_first);
    if (n == 0)
        return;
    QWidget *anchor = m_rows.value(0);
    createWidgets(0, m_first - n, m_first - 1);
    m_first -= n;
    if (m_rows.size() > MaxShown)
        dropWidgets(MaxShown, int(m_rows.size()) - MaxShown);
    m_pinned = false;
    updateButtons();
    refreshStates();
    // Keep the message that was at the top where the person was reading.
    if (anchor)
        QTimer::singleShot(0, anchor, [this, anchor] { verticalScrollBar()->setValue(anchor->y() - 8); });
}

void ChatMessageView::showLater()
{
    const int n = std::min(Page, hiddenAfter());
    if (n == 0)
        return;
    const int end = m_first + int(m_rows.size());
    createWidgets(int(m_rows.size()), end, end + n - 1);
    if (m_rows.size() > MaxShown) {
        const int extra = int(m_rows.size()) - MaxShown;
        dropWidgets(0, extra);
        m_first += extra;
    }
    updateButtons();
    refreshStates();
}

void ChatMessageView::insertRows(int first, int last)
{
    const int n = last - first + 1;
    const int end = m_first + int(m_rows.size());
    if (first < m_first) {
        m_first += n; // before the window
        updateButtons();
        return;
    }
    if (first > end) {
        showLast(); // new messages at the end while earlier ones were shown: go to them
        return;
    }
    createWidgets(first - m_first, first, last);
    if (m_rows.size() > MaxShown) {
        const int extra = int(m_rows.size()) - MaxShown;
        dropWidgets(0, extra);
        m_first += extra;
    }
    updateButtons();
    m_pinned = true;
    refreshStates();
    scrollToBottomIfPinned();
}

void ChatMessageView::removeRows(int first, int last)
{
    const int end = m_first + int(m_rows.size()); // exclusive
    const int from = std::max(first, m_first);
    const int to = std::min(last, end - 1);
    if (from <= to)
        dropWidgets(from - m_first, to - from + 1);
    const int before = std::max(0, std::min(last, m_first - 1) - first + 1);
    m_first -= before;
    if (m_rows.isEmpty() && m_first > 0) {
        showLast();
        return;
    }
    updateButtons();
    refreshStates();
}

void ChatMessageView::refreshRows(int first, int last)
{
    if (!m_model)
        return;
    const int lastReply = m_model->conversation().lastReplyIndex();
    const int count = m_model->rowCount();
    const int end = m_first + int(m_rows.size());
    for (int row = std::max(first, m_first); row <= last && row < end; ++row) {
        ChatMessageWidget::State state;
        state.streaming = row == m_model->streamingRow();
        state.isLastReply = row == lastReply && row == count - 1;
        state.busy = m_busy || m_model->streamingRow() >= 0;
        m_rows.at(row - m_first)->setTurn(m_model->message(row), state);
    }
}

void ChatMessageView::refreshStates()
{
    refreshRows(m_first, m_first + int(m_rows.size()) - 1);
}

void ChatMessageView::scrollToBottomIfPinned()
{
    if (m_pinned)
        QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

} // namespace awb
