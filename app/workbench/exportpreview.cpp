#include "exportpreview.h"

#include "agent/plaintooltip.h"
#include "export/linediff.h"

#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace awb {

namespace {

// Added lines green, removed lines red, hunk headers blue: the colors every diff viewer uses.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1Char('+'))) {
            format.setForeground(QColor(0x1a, 0x7f, 0x37));
            format.setBackground(QColor(0x1a, 0x7f, 0x37, 30));
        } else if (text.startsWith(QLatin1Char('-'))) {
            format.setForeground(QColor(0xcf, 0x22, 0x2e));
            format.setBackground(QColor(0xcf, 0x22, 0x2e, 30));
        } else if (text.startsWith(QLatin1String("@@"))) {
            format.setForeground(QColor(0x3b, 0x6e, 0xc8));
        } else {
            return;
        }
        setFormat(0, int(text.size()), format);
    }
};

QPlainTextEdit *codeView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(name);
    return view;
}

QString reportSummary(const ExportReport &report)
{
    int carried = 0, mapped = 0, dropped = 0;
    for (const ExportReport::Item &item : report.items) {
        if (item.outcome == ExportReport::Outcome::Carried)
            ++carried;
        else if (item.outcome == ExportReport::Outcome::Mapped)
            ++mapped;
        else
            ++dropped;
    }
    return ExportPreview::tr("%1 carried, %2 mapped, %3 dropped").arg(carried).arg(mapped).arg(dropped);
}

} // namespace

ExportPreview::ExportPreview(QWidget *parent)
    : QWidget(parent)
    , m_files(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_content(codeView(this, tr("File content")))
    , m_diff(codeView(this, tr("Changes against the file on disk")))
    , m_report(new QTreeWidget(this))
{
    m_files->setHeaderLabels({ tr("File"), tr("What happens"), tr("Fields") });
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setAccessibleName(tr("Files"));
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    new DiffHighlighter(m_diff->document());
    m_report->setHeaderLabels({ tr("Field"), tr("Outcome"), tr("Note") });
    m_report->setRootIsDecorated(false);
    m_report->setWordWrap(true);
    m_report->setAccessibleName(tr("Report"));
    m_tabs->addTab(m_content, tr("Preview"));
    m_tabs->addTab(m_diff, tr("Changes"));
    m_tabs->addTab(m_report, tr("Report"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_files);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_files, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { showFile(item ? m_files->indexOfTopLevelItem(item) : -1); });
}

QString ExportPreview::statusText(const PlannedFile &file, ExportWriter::Overwrite overwrite)
{
    switch (file.state) {
    case PlannedFile::State::New:
        return file.problem.isEmpty() ? tr("new") : tr("cannot write: %1").arg(file.problem);
    case PlannedFile::State::Unchanged:
        return tr("unchanged");
    case PlannedFile::State::Differs:
        if (overwrite == ExportWriter::Overwrite::Skip)
            return tr("differs on disk: skipped");
        return file.problem.isEmpty() ? tr("differs on disk: overwritten") : tr("cannot write: %1").arg(file.problem);
    case PlannedFile::State::Duplicate:
        return file.problem.isEmpty() ? tr("same as another file") : tr("not written: %1").arg(file.problem);
    }
    return {};
}

void ExportPreview::setPlan(const QList<PlannedFile> &plan, const QString &root)
{
    const QString selected = m_files->currentItem() ? m_files->currentItem()->text(0) : QString();
    m_plan = plan;
    m_root = root;
    fillList();
    int row = 0;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        if (m_files->topLevelItem(i)->text(0) == selected)
            row = i;
    }
    selectFile(m_plan.isEmpty() ? -1 : row);
    if (m_plan.isEmpty())
        showFile(-1);
}

void ExportPreview::setOverwrite(ExportWriter::Overwrite overwrite)
{
    m_overwrite = overwrite;
    for (int i = 0; i < m_files->topLevelItemCount() && i < m_plan.size(); ++i)
        m_files->topLevelItem(i)->setText(1, statusText(m_plan.at(i), m_overwrite));
}

void ExportPreview::fillList()
{
    m_files->clear();
    for (const PlannedFile &p : std::as_const(m_plan)) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(0, p.file.relativePath);
        item->setToolTip(0, plainToolTip(p.target));
        item->setText(1, statusText(p, m_overwrite));
        item->setToolTip(1, plainToolTip(p.problem));
        item->setText(2, reportSummary(p.file.report));
        if (!p.problem.isEmpty())
            item->setForeground(1, QColor(0xcf, 0x22, 0x2e));
    }
}

void ExportPreview::selectFile(int row)
{
    if (row >= 0 && row < m_files->topLevelItemCount())
        m_files->setCurrentItem(m_files->topLevelItem(row));
}

void ExportPreview::showFile(int row)
{
    m_report->clear();
    if (row < 0 || row >= m_plan.size()) {
        m_content->setPlainText(QString());
        m_diff->setPlainText(QString());
        return;
    }
    const PlannedFile &p = m_plan.at(row);
    m_content->setPlainText(QString::fromUtf8(p.file.content));
    switch (p.state) {
    case PlannedFile::State::Unchanged:
        m_diff->setPlainText(tr("The file on disk is the same."));
        break;
    case PlannedFile::State::Differs:
        m_diff->setPlainText(LineDiff::unified(QString::fromUtf8(p.onDisk), QString::fromUtf8(p.file.content),
            tr("on disk: %1").arg(p.target), tr("export: %1").arg(p.target)));
        break;
    default:
        m_diff->setPlainText(LineDiff::unified(QString(), QString::fromUtf8(p.file.content),
            QStringLiteral("/dev/null"), tr("new file: %1").arg(p.target)));
        break;
    }
    static const QStringList outcomes { tr("carried"), tr("mapped"), tr("dropped") };
    for (const ExportReport::Item &i : p.file.report.items) {
        auto *item = new QTreeWidgetItem(m_report, { i.field, outcomes.value(int(i.outcome)), i.note });
        item->setToolTip(2, plainToolTip(i.note));
        if (i.outcome == ExportReport::Outcome::Dropped)
            item->setForeground(1, QColor(0xcf, 0x22, 0x2e));
    }
    for (const QString &w : p.file.report.warnings) {
        auto *item = new QTreeWidgetItem(m_report, { QString(), tr("warning"), w });
        item->setToolTip(2, plainToolTip(w));
        item->setForeground(1, QColor(0xd0, 0x8a, 0x10));
    }
    m_report->resizeColumnToContents(0);
    m_report->resizeColumnToContents(1);
}

} // namespace awb
