#include "chatmessageview.h"

#include "chatmessagewidget.h"

#include "chat/messagelistmodel.h"

#include <QLabel>
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
        return { width, layout()->totalHeightForWidth(width) };
    }
    QSize minimumSizeHint() const override
    {
        const QWidget *viewport = parentWidget();
        if (!layout() || !viewport)
            return QWidget::minimumSizeHint();
        return { layout()->totalMinimumSize().width(), layout()->totalHeightForWidth(viewport->width()) };
    }
};

} // namespace

ChatMessageView::ChatMessageView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new ChatContent(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_empty(new QLabel(m_content))
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
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
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
    qDeleteAll(m_rows);
    m_rows.clear();
    if (m_model && m_model->rowCount() > 0)
        insertRows(0, m_model->rowCount() - 1);
    m_empty->setVisible(m_rows.isEmpty());
}

void ChatMessageView::insertRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        auto *widget = new ChatMessageWidget(m_content);
        m_rows.insert(row, widget);
        m_layout->insertWidget(row + 1, widget); // after the empty-state label
        connect(widget, &ChatMessageWidget::editSubmitted, this,
            [this, widget](const QString &text) { Q_EMIT editSubmitted(int(m_rows.indexOf(widget)), text); });
        connect(widget, &ChatMessageWidget::regenerateRequested, this, &ChatMessageView::regenerateRequested);
        connect(widget, &ChatMessageWidget::continueRequested, this, &ChatMessageView::continueRequested);
    }
    m_empty->setVisible(m_rows.isEmpty());
    m_pinned = true;
    refreshStates();
    scrollToBottomIfPinned();
}

void ChatMessageView::removeRows(int first, int last)
{
    for (int row = last; row >= first && row < m_rows.size(); --row)
        delete m_rows.takeAt(row);
    m_empty->setVisible(m_rows.isEmpty());
    refreshStates();
}

void ChatMessageView::refreshRows(int first, int last)
{
    if (!m_model)
        return;
    const int lastReply = m_model->conversation().lastReplyIndex();
    const int count = m_model->rowCount();
    for (int row = std::max(first, 0); row <= last && row < m_rows.size(); ++row) {
        ChatMessageWidget::State state;
        state.streaming = row == m_model->streamingRow();
        state.isLastReply = row == lastReply && row == count - 1;
        state.busy = m_busy || m_model->streamingRow() >= 0;
        m_rows.at(row)->setTurn(m_model->message(row), state);
    }
}

void ChatMessageView::refreshStates()
{
    refreshRows(0, int(m_rows.size()) - 1);
}

void ChatMessageView::scrollToBottomIfPinned()
{
    if (m_pinned)
        QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

} // namespace awb
