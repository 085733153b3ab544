#include "exportdialog.h"

#include "exportpreview.h"

#include "library/librarymodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace awb {

namespace {

const QString FormatsKey = QStringLiteral("export/formats");
const QString FolderKey = QStringLiteral("export/folder");

// The project an agent file belongs to: the folder holding its .claude/agents.
QString projectOf(const QString &agentPath)
{
    const QString marker = QStringLiteral("/.claude/agents/");
    const qsizetype at = agentPath.indexOf(marker);
    return at > 0 ? agentPath.left(at) : QString();
}

} // namespace

QList<AgentDocument> ExportDialog::libraryDocuments(const LibraryModel *library)
{
    QList<AgentDocument> docs;
    QStringList seen;
    for (int g = 0; g < library->rowCount(); ++g) {
        const QModelIndex group = library->index(g, 0);
        for (int r = 0; r < library->rowCount(group); ++r) {
            const QString path = library->index(r, 0, group).data(LibraryModel::FilePathRole).toString();
            if (path.isEmpty() || seen.contains(path))
                continue;
            seen.append(path);
            const AgentDocument doc = AgentDocument::fromFile(path);
            if (doc.ioError().isEmpty() && doc.frontmatter().isMapping() && !doc.name().isEmpty())
                docs.append(doc);
        }
    }
    return docs;
}

ExportDialog::ExportDialog(const AgentDocument &current, const QList<AgentDocument> &library, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_library(library)
    , m_currentScope(new QRadioButton(this))
    , m_libraryScope(new QRadioButton(this))
    , m_destinations(new QButtonGroup(this))
    , m_folder(new QLineEdit(this))
    , m_zip(new QLineEdit(this))
    , m_homeHint(new QLabel(this))
    , m_overwrite(new QComboBox(this))
    , m_preview(new ExportPreview(this))
    , m_status(new QLabel(this))
    , m_write(new QPushButton(tr("&Write"), this))
    , m_form(new QWidget(this))
{
    setWindowTitle(tr("Export Agents"));
    resize(980, 720);

    auto *formatsBox = new QGroupBox(tr("Formats"), this);
    auto *formatsGrid = new QGridLayout(formatsBox);
    const QStringList chosen = QSettings().value(FormatsKey, QStringList { QStringLiteral("claude") }).toStringList();
    int i = 0;
    for (const ExportFormatInfo &info : ExportFormats::all()) {
        auto *box = new QCheckBox(info.label, formatsBox);
        box->setChecked(chosen.contains(info.id));
        box->setToolTip(
            ExportFormats::relativePath(info.format, tr("NAME", "stands for an agent's name in a file path")));
        formatsGrid->addWidget(box, i / 2, i % 2);
        m_formatBoxes.append({ info.format, box });
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePlan);
        ++i;
    }

    auto *scopeBox = new QGroupBox(tr("Agents"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    const bool hasCurrent = !m_current.name().isEmpty();
    m_currentScope->setText(
        hasCurrent ? tr("Current agent: %1").arg(m_current.name()) : tr("Current agent (none open)"));
    m_currentScope->setEnabled(hasCurrent);
    m_libraryScope->setText(tr("Whole library (agents: %1)").arg(m_library.size()));
    m_libraryScope->setEnabled(!m_library.isEmpty());
    (hasCurrent ? m_currentScope : m_libraryScope)->setChecked(true);
    scopeLayout->addWidget(m_currentScope);
    scopeLayout->addWidget(m_libraryScope);
    scopeLayout->addStretch();
    connect(m_currentScope, &QRadioButton::toggled, this, &ExportDialog::updatePlan);

    auto *destBox = new QGroupBox(tr("Destination"), this);
    auto *destGrid = new QGridLayout(destBox);
    auto *folderRadio = new QRadioButton(tr("Project &folder:"), destBox);
    auto *homeRadio = new QRadioButton(tr("Your &home folder (user-level agents)"), destBox);
    auto *zipRadio = new QRadioButton(tr("&Zip archive:"), destBox);
    m_destinations->addButton(folderRadio, int(Destination::Folder));
    m_destinations->addButton(homeRadio, int(Destination::Home));
    m_destinations->addButton(zipRadio, int(Destination::Zip));
    folderRadio->setChecked(true);
    QString folder = projectOf(m_current.path());
    if (folder.isEmpty())
        folder = QSettings().value(FolderKey, QString(QDir::homePath() + QStringLiteral("/agent-export"))).toString();
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_folder->setAccessibleName(tr("Project folder"));
    m_zip->setText(QDir::toNativeSeparators(QFileInfo(folder).absolutePath() + QStringLiteral("/agents.zip")));
    m_zip->setAccessibleName(tr("Zip archive"));
    m_homeHint->setText(tr("Where each tool reads your own agents: ~/.claude/agents, ~/.config/opencode/agent, …"));
    m_homeHint->setEnabled(false);
    auto *browseFolder = new QPushButton(tr("Browse…"), destBox);
    auto *browseZip = new QPushButton(tr("Browse…"), destBox);
    destGrid->addWidget(folderRadio, 0, 0);
    destGrid->addWidget(m_folder, 0, 1);
    destGrid->addWidget(browseFolder, 0, 2);
    destGrid->addWidget(homeRadio, 1, 0);
    destGrid->addWidget(m_homeHint, 1, 1, 1, 2);
    destGrid->addWidget(zipRadio, 2, 0);
    destGrid->addWidget(m_zip, 2, 1);
    destGrid->addWidget(browseZip, 2, 2);
    m_overwrite->addItem(tr("Skip it (keep the file on disk)"), int(ExportWriter::Overwrite::Skip));
    m_overwrite->addItem(tr("Overwrite it"), int(ExportWriter::Overwrite::Replace));
    m_overwrite->setAccessibleName(tr("When a file exists and differs"));
    destGrid->addWidget(new QLabel(tr("When a file exists and differs:"), destBox), 3, 0);
    destGrid->addWidget(m_overwrite, 3, 1, 1, 2);
    connect(m_destinations, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updatePlan();
    });
    connect(m_folder, &QLineEdit::editingFinished, this, &ExportDialog::updatePlan);
    connect(m_zip, &QLineEdit::editingFinished, this, &ExportDialog::updatePlan);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), m_folder->text());
        if (!dir.isEmpty())
            setDestination(Destination::Folder, dir);
    });
    connect(browseZip, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export as Zip Archive"), m_zip->text(),
            tr("Zip archives (*.zip)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            setDestination(
                Destination::Zip, file.endsWith(QLatin1String(".zip")) ? file : file + QStringLiteral(".zip"));
    });
    connect(m_overwrite, &QComboBox::currentIndexChanged, this, [this] {
        m_preview->setOverwrite(ExportWriter::Overwrite(m_overwrite->currentData().toInt()));
        updatePlan();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(formatsBox, 3);
    top->addWidget(scopeBox, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_write, QDialogButtonBox::AcceptRole);
    m_write->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &ExportDialog::writeInBackground);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addLayout(top);
    form->addWidget(destBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updatePlan();
}

ExportDialog::~ExportDialog()
{
    // Line edits report editingFinished when they lose focus on destruction, after our members are gone.
    disconnect(m_folder, nullptr, this, nullptr);
    disconnect(m_zip, nullptr, this, nullptr);
}

void ExportDialog::setFormats(const QList<ExportFormat> &formats)
{
    for (const auto &[format, box] : std::as_const(m_formatBoxes)) {
        const QSignalBlocker block(box);
        box->setChecked(formats.contains(format));
    }
    updatePlan();
}

QList<ExportFormat> ExportDialog::formats() const
{
    QList<ExportFormat> out;
    for (const auto &[format, box] : m_formatBoxes) {
        if (box->isChecked())
            out.append(format);
    }
    return out;
}

QCheckBox *ExportDialog::formatBox(ExportFormat format) const
{
    for (const auto &[f, box] : m_formatBoxes) {
        if (f == format)
            return box;
    }
    return nullptr;
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::CurrentAgent ? m_currentScope : m_libraryScope)->setChecked(true);
    updatePlan();
}

void ExportDialog::setDestination(Destination destination, const QString &path)
{
    if (destination == Destination::Folder && !path.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(path));
    if (destination == Destination::Zip && !path.isEmpty())
        m_zip->setText(QDir::toNativeSeparators(path));
    const QSignalBlocker block(m_destinations);
    m_destinations->button(int(destination))->setChecked(true);
    updatePlan();
}

void ExportDialog::setOverwrite(ExportWriter::Overwrite overwrite)
{
    m_overwrite->setCurrentIndex(m_overwrite->findData(int(overwrite)));
}

QString ExportDialog::destinationPath() const
{
    switch (Destination(m_destinations->checkedId())) {
    case Destination::Folder:
        return QDir::fromNativeSeparators(m_folder->text().trimmed());
    case Destination::Home:
        return QDir::homePath();
    case Destination::Zip:
        return QDir::fromNativeSeparators(m_zip->text().trimmed());
    }
    return {};
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

QList<AgentDocument> ExportDialog::agents() const
{
    if (m_currentScope->isChecked())
        return { m_current };
    return m_library;
}

void ExportDialog::updatePlan()
{
    const bool home = Destination(m_destinations->checkedId()) == Destination::Home;
    QList<ExportedFile> files;
    for (ExportFormat format : formats()) {
        for (ExportedFile f : AgentExporter::exportLibrary(agents(), format)) {
            if (home)
                f.relativePath = ExportFormats::userRelativePath(format, f.relativePath);
            files.append(f);
        }
    }
    const QString dest = destinationPath();
    const bool zip = Destination(m_destinations->checkedId()) == Destination::Zip;
    const auto overwrite = ExportWriter::Overwrite(m_overwrite->currentData().toInt());
    m_preview->setOverwrite(overwrite);
    if (dest.isEmpty() || files.isEmpty()) {
        m_preview->setPlan({}, dest);
        m_status->setText(dest.isEmpty() ? tr("Choose where the files go.") : tr("Choose at least one format."));
        m_write->setEnabled(false);
        return;
    }
    const QList<PlannedFile> plan = zip ? ExportWriter::planZip(dest, files) : ExportWriter::plan(dest, files);
    m_preview->setPlan(plan, dest);
    int fresh = 0, unchanged = 0, differ = 0, blocked = 0, lost = 0;
    QString firstProblem;
    for (const PlannedFile &p : plan) {
        const bool writes = p.state == PlannedFile::State::New
            || (p.state == PlannedFile::State::Differs && overwrite == ExportWriter::Overwrite::Replace);
        if (writes && !p.problem.isEmpty()) {
            ++blocked;
            if (firstProblem.isEmpty())
                firstProblem = p.problem;
        }
        fresh += p.state == PlannedFile::State::New;
        unchanged += p.state == PlannedFile::State::Unchanged;
        differ += p.state == PlannedFile::State::Differs;
        lost += p.state == PlannedFile::State::Duplicate && !p.problem.isEmpty();
    }
    QStringList parts { tr("New files: %1").arg(fresh) };
    if (unchanged)
        parts.append(tr("unchanged: %1").arg(unchanged));
    if (differ) {
        parts.append(overwrite == ExportWriter::Overwrite::Replace ? tr("overwriting a different file: %1").arg(differ)
                                                                   : tr("different on disk, skipped: %1").arg(differ));
    }
    if (lost)
        parts.append(tr("not written (two agents, one file name): %1").arg(lost));
    QString text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (zip && QFileInfo::exists(dest)) {
        text = overwrite == ExportWriter::Overwrite::Replace
            ? tr("%1 exists and will be replaced. ").arg(dest) + text
            : tr("%1 exists: choose Overwrite to replace it.").arg(dest);
    }
    if (blocked)
        text = tr("Cannot write: %1. Nothing will be written.").arg(firstProblem);
    m_status->setText(text);
    m_write->setEnabled(
        blocked == 0 && !(zip && QFileInfo::exists(dest) && overwrite == ExportWriter::Overwrite::Skip));
}

std::function<ExportWriter::Result()> ExportDialog::writeJob() const
{
    const auto overwrite = ExportWriter::Overwrite(m_overwrite->currentData().toInt());
    if (Destination(m_destinations->checkedId()) == Destination::Zip) {
        QList<ExportedFile> files;
        for (const PlannedFile &p : m_preview->plan())
            files.append(p.file);
        return [zip = destinationPath(), files, overwrite] { return ExportWriter::writeZip(zip, files, overwrite); };
    }
    return [plan = m_preview->plan(), overwrite] { return ExportWriter::write(plan, overwrite); };
}

bool ExportDialog::finishWrite(const ExportWriter::Result &result)
{
    m_form->setEnabled(true);
    m_preview->setEnabled(true);
    if (!result.ok) {
        updatePlan();
        m_status->setText(tr("Not exported: %1").arg(result.errorString));
        return false;
    }
    QStringList ids;
    for (ExportFormat f : formats())
        ids.append(ExportFormats::info(f).id);
    QSettings().setValue(FormatsKey, ids);
    if (Destination(m_destinations->checkedId()) == Destination::Folder)
        QSettings().setValue(FolderKey, m_folder->text());
    updatePlan();
    const int written = int(result.outcomes.count(ExportWriter::Outcome::Written));
    m_status->setText(tr("Files written to %1: %2").arg(QDir::toNativeSeparators(destinationPath())).arg(written));
    return true;
}

bool ExportDialog::write()
{
    updatePlan();
    if (!m_write->isEnabled())
        return false;
    return finishWrite(writeJob()());
}

void ExportDialog::writeInBackground()
{
    updatePlan();
    if (!m_write->isEnabled())
        return;
    m_form->setEnabled(false);
    m_preview->setEnabled(false);
    m_write->setEnabled(false);
    m_status->setText(tr("Writing…"));
    auto *watcher = new QFutureWatcher<ExportWriter::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (finishWrite(watcher->result()))
            accept();
    });
    watcher->setFuture(QtConcurrent::run(writeJob()));
}

} // namespace awb
