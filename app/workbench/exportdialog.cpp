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
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
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

QStringList ExportDialog::libraryFiles(const LibraryModel *library)
{
    QStringList files;
    QSet<QString> seen;
    for (int g = 0; g < library->rowCount(); ++g) {
        const QModelIndex group = library->index(g, 0);
        for (int r = 0; r < library->rowCount(group); ++r) {
            const QString path = library->index(r, 0, group).data(LibraryModel::FilePathRole).toString();
            if (path.isEmpty() || seen.contains(path))
                continue;
            seen.insert(path);
            files.append(path);
        }
    }
    return files;
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
    , m_busy(new QProgressBar(this))
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
    updateLibraryLabel();
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
    m_busy->setAccessibleName(tr("Planning the export"));
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    connect(&m_libraryWatcher, &QFutureWatcherBase::finished, this, &ExportDialog::onLibraryRead);
    connect(&m_libraryWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int done) {
        if (m_libraryRead || !m_libraryScope->isChecked() || !isPlanning())
            return;
        m_busy->setRange(0, m_libraryFileCount);
        m_busy->setValue(done);
        m_status->setText(tr("Reading the library: %1 of %2 agent files…").arg(done).arg(m_libraryFileCount));
    });

    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addLayout(top);
    form->addWidget(destBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_preview, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    updatePlan();
}

ExportDialog::ExportDialog(const AgentDocument &current, const QStringList &libraryFiles, QWidget *parent)
    : ExportDialog(current, QList<AgentDocument>(), parent)
{
    readLibrary(libraryFiles);
}

ExportDialog::~ExportDialog()
{
    // Line edits report editingFinished when they lose focus on destruction, after our members are gone.
    disconnect(m_folder, nullptr, this, nullptr);
    disconnect(m_zip, nullptr, this, nullptr);
    // The workers hold copies only: cancelled, they stop at the next file or format and nothing
    // waits for them; what they still deliver goes to watchers that are gone.
    m_libraryWatcher.disconnect(this);
    m_libraryWatcher.cancel();
    if (m_planWatcher) {
        m_planWatcher->disconnect(this);
        m_planWatcher->cancel();
    }
}

void ExportDialog::readLibrary(const QStringList &files)
{
    m_libraryFileCount = int(files.size());
    m_libraryRead = files.isEmpty();
    m_libraryScope->setEnabled(!files.isEmpty());
    updateLibraryLabel();
    if (!m_libraryRead)
        m_libraryWatcher.setFuture(QtConcurrent::run(&ExportDialogPlanner::readLibrary, files));
    updatePlan();
}

void ExportDialog::onLibraryRead()
{
    if (m_libraryWatcher.isCanceled() || m_libraryWatcher.future().resultCount() == 0)
        return;
    m_library = m_libraryWatcher.result();
    m_libraryRead = true;
    updateLibraryLabel();
    m_libraryScope->setEnabled(!m_library.isEmpty() || m_libraryScope->isChecked());
    if (m_libraryScope->isChecked())
        updatePlan();
}

void ExportDialog::updateLibraryLabel()
{
    m_libraryScope->setText(m_libraryRead ? tr("Whole library (agents: %1)").arg(m_library.size())
                                          : tr("Whole library (reading %1 files…)").arg(m_libraryFileCount));
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

bool ExportDialog::isPlanning() const
{
    return m_shownSerial != m_planSerial;
}

ExportDialogPlanner::Input ExportDialog::planInput() const
{
    ExportDialogPlanner::Input input;
    input.agents = m_currentScope->isChecked() ? QList<AgentDocument> { m_current } : m_library;
    input.formats = formats();
    input.destination = destinationPath();
    input.home = Destination(m_destinations->checkedId()) == Destination::Home;
    input.zip = Destination(m_destinations->checkedId()) == Destination::Zip;
    return input;
}

void ExportDialog::updatePlan()
{
    // The newest choices win: an older plan still running is cancelled and its result dropped.
    const quint64 serial = ++m_planSerial;
    if (m_planWatcher)
        m_planWatcher->cancel();
    m_note.clear();
    m_write->setEnabled(false);
    m_preview->setOverwrite(ExportWriter::Overwrite(m_overwrite->currentData().toInt()));
    if (destinationPath().isEmpty()) {
        showNoPlan(tr("Choose where the files go."));
        return;
    }
    if (formats().isEmpty()) {
        showNoPlan(tr("Choose at least one format."));
        return;
    }
    if (m_libraryScope->isChecked() && !m_libraryRead) {
        showBusy(tr("Reading the library: %1 agent files…").arg(m_libraryFileCount));
        m_busy->setRange(0, m_libraryFileCount);
        m_busy->setValue(m_libraryWatcher.progressValue());
        return; // planned once the library is read
    }
    showBusy(tr("Planning the files…"));
    auto *watcher = new QFutureWatcher<ExportDialogPlanner::Plan>(this);
    m_planWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (m_planWatcher == watcher)
            m_planWatcher = nullptr;
        if (serial == m_planSerial && !watcher->isCanceled() && watcher->future().resultCount() > 0)
            showPlan(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([input = planInput()](QPromise<ExportDialogPlanner::Plan> &promise) {
        const auto plan = ExportDialogPlanner::plan(input, [&promise] { return promise.isCanceled(); });
        if (!promise.isCanceled())
            promise.addResult(plan);
    }));
}

void ExportDialog::showBusy(const QString &text)
{
    m_busy->setRange(0, 0);
    m_busy->show();
    m_preview->setEnabled(false);
    m_write->setEnabled(false);
    m_status->setText(m_note.isEmpty() ? text : m_note);
}

void ExportDialog::showNoPlan(const QString &why)
{
    m_shownSerial = m_planSerial;
    m_busy->hide();
    m_preview->setPlan({}, destinationPath());
    m_preview->setEnabled(true);
    m_status->setText(why);
    Q_EMIT planReady();
}

void ExportDialog::showPlan(const ExportDialogPlanner::Plan &result)
{
    if (result.files.isEmpty()) {
        showNoPlan(tr("No agents to export."));
        return;
    }
    m_shownSerial = m_planSerial;
    m_busy->hide();
    const QString &dest = result.destination;
    const bool zip = Destination(m_destinations->checkedId()) == Destination::Zip;
    const auto overwrite = ExportWriter::Overwrite(m_overwrite->currentData().toInt());
    const QList<PlannedFile> &plan = result.files;
    m_preview->setPlan(plan, dest);
    m_preview->setEnabled(!m_writing);
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
    if (zip && result.destinationExists) {
        text = overwrite == ExportWriter::Overwrite::Replace
            ? tr("%1 exists and will be replaced. ").arg(dest) + text
            : tr("%1 exists: choose Overwrite to replace it.").arg(dest);
    }
    if (blocked)
        text = tr("Cannot write: %1. Nothing will be written.").arg(firstProblem);
    m_status->setText(m_note.isEmpty() ? text : m_note);
    m_write->setEnabled(
        !m_writing && blocked == 0 && !(zip && result.destinationExists && overwrite == ExportWriter::Overwrite::Skip));
    Q_EMIT planReady();
}

bool ExportDialog::finishWrite(const ExportWriter::Result &result)
{
    m_writing = false;
    m_form->setEnabled(true);
    if (!result.ok) {
        updatePlan();
        m_note = tr("Not exported: %1").arg(result.errorString);
        m_status->setText(m_note);
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
    m_note = tr("Files written to %1: %2").arg(QDir::toNativeSeparators(destinationPath())).arg(written);
    m_status->setText(m_note);
    return true;
}

bool ExportDialog::write()
{
    if (isPlanning() || !m_write->isEnabled())
        return false;
    return finishWrite(
        ExportDialogPlanner::write(planInput(), ExportWriter::Overwrite(m_overwrite->currentData().toInt())));
}

void ExportDialog::writeInBackground()
{
    if (isPlanning() || !m_write->isEnabled())
        return;
    m_writing = true;
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
    watcher->setFuture(QtConcurrent::run(
        [input = planInput(), overwrite = ExportWriter::Overwrite(m_overwrite->currentData().toInt())] {
            return ExportDialogPlanner::write(input, overwrite);
        }));
}

} // namespace awb
