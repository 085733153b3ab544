#include "importdialog.h"

#include "exportpreview.h"

#include "export/importsource.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace awb {

ImportDialog::ImportDialog(const QString &destination, QWidget *parent)
    : QDialog(parent)
    , m_source(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_overwrite(new QComboBox(this))
    , m_preview(new ExportPreview(this))
    , m_status(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_form(new QWidget(this))
{
    setWindowTitle(tr("Import Agents"));
    resize(920, 680);

    m_source->setPlaceholderText(tr("A file, a folder or a .zip archive"));
    m_source->setAccessibleName(tr("Import from"));
    auto *pickFile = new QPushButton(tr("&File…"), this);
    auto *pickFolder = new QPushButton(tr("F&older…"), this);
    auto *pickZip = new QPushButton(tr("&Zip…"), this);
    m_format->addItem(tr("Detect from each file's path"), QString());
    for (const ExportFormatInfo &info : ExportFormats::all()) {
        if (info.importable)
            m_format->addItem(info.label, info.id);
    }
    m_format->setAccessibleName(tr("Format"));
    m_destination->setText(QDir::toNativeSeparators(destination));
    m_destination->setAccessibleName(tr("Agents folder"));
    auto *pickDestination = new QPushButton(tr("Browse…"), this);
    m_overwrite->addItem(tr("Skip it (keep the file on disk)"), int(ExportWriter::Overwrite::Skip));
    m_overwrite->addItem(tr("Overwrite it"), int(ExportWriter::Overwrite::Replace));
    m_overwrite->setAccessibleName(tr("When a file exists and differs"));

    auto *grid = new QGridLayout(m_form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Import from:"), this), 0, 0);
    grid->addWidget(m_source, 0, 1);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(pickFile);
    pickers->addWidget(pickFolder);
    pickers->addWidget(pickZip);
    grid->addLayout(pickers, 0, 2);
    grid->addWidget(new QLabel(tr("Format:"), this), 1, 0);
    grid->addWidget(m_format, 1, 1);
    grid->addWidget(new QLabel(tr("Into agents folder:"), this), 2, 0);
    grid->addWidget(m_destination, 2, 1);
    grid->addWidget(pickDestination, 2, 2);
    grid->addWidget(new QLabel(tr("When a file exists and differs:"), this), 3, 0);
    grid->addWidget(m_overwrite, 3, 1);

    connect(pickFile, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Import Agent File"), m_source->text(), tr("Agent files (*.md *.toml *.json);;All files (*)"));
        if (!f.isEmpty())
            setSource(f);
    });
    connect(pickFolder, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Import Agents Folder"), m_source->text());
        if (!d.isEmpty())
            setSource(d);
    });
    connect(pickZip, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Import Zip Archive"), m_source->text(), tr("Zip archives (*.zip)"));
        if (!f.isEmpty())
            setSource(f);
    });
    connect(pickDestination, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Import into Folder"), m_destination->text());
        if (!d.isEmpty())
            setDestination(d);
    });
    connect(m_source, &QLineEdit::editingFinished, this, &ImportDialog::reload);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::reload);
    connect(m_destination, &QLineEdit::editingFinished, this, &ImportDialog::updatePlan);
    connect(m_overwrite, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePlan);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::writeInBackground);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    reload();
}

ImportDialog::~ImportDialog()
{
    // Line edits report editingFinished when they lose focus on destruction, after our members are gone.
    disconnect(m_source, nullptr, this, nullptr);
    disconnect(m_destination, nullptr, this, nullptr);
}

void ImportDialog::setSource(const QString &path)
{
    m_source->setText(QDir::toNativeSeparators(path));
    reload();
}

void ImportDialog::setFormat(const QString &formatId)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(formatId)));
    reload();
}

void ImportDialog::setDestination(const QString &folder)
{
    m_destination->setText(QDir::toNativeSeparators(folder));
    updatePlan();
}

void ImportDialog::setOverwrite(ExportWriter::Overwrite overwrite)
{
    m_overwrite->setCurrentIndex(m_overwrite->findData(int(overwrite)));
}

QString ImportDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

namespace {

struct Loaded
{
    QList<ExportedFile> files;
    QStringList errors;
};

// Runs on a worker: an archive or a folder can take a moment to read.
Loaded load(const QString &source, std::optional<ExportFormat> format)
{
    Loaded out;
    const ImportSource::Result read = ImportSource::read(source);
    if (!read.ok) {
        out.errors.append(read.errorString);
        return out;
    }
    const ImportSource::Converted converted = ImportSource::convert(read.files, format);
    out.files = converted.files;
    out.errors = read.problems + converted.errors;
    return out;
}

} // namespace

void ImportDialog::reload()
{
    // The newest source wins: results of an older read that finish later are dropped.
    const quint64 serial = ++m_readSerial;
    m_files.clear();
    m_errors.clear();
    const QString source = QDir::fromNativeSeparators(m_source->text().trimmed());
    if (source.isEmpty()) {
        m_shownSerial = serial;
        updatePlan();
        Q_EMIT sourceRead();
        return;
    }
    const QString id = m_format->currentData().toString();
    const ExportFormatInfo *forced = id.isEmpty() ? nullptr : ExportFormats::find(id);
    const std::optional<ExportFormat> format = forced ? std::optional(forced->format) : std::nullopt;
    m_preview->setPlan({}, destination());
    m_import->setEnabled(false);
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(source)));
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_readSerial)
            return;
        m_files = watcher->result().files;
        m_errors = watcher->result().errors;
        m_shownSerial = serial;
        updatePlan();
        Q_EMIT sourceRead();
    });
    watcher->setFuture(QtConcurrent::run(load, source, format));
}

void ImportDialog::updatePlan()
{
    if (isReading()) {
        m_import->setEnabled(false);
        return;
    }
    const auto overwrite = ExportWriter::Overwrite(m_overwrite->currentData().toInt());
    m_preview->setOverwrite(overwrite);
    const QString dest = destination();
    const QList<PlannedFile> plan = dest.isEmpty() ? QList<PlannedFile>() : ExportWriter::plan(dest, m_files);
    m_preview->setPlan(plan, dest);
    QStringList lines;
    if (m_source->text().trimmed().isEmpty())
        lines.append(tr("Choose a file, a folder or a zip archive to import."));
    else if (m_files.isEmpty() && m_errors.isEmpty())
        lines.append(tr("No agent files found there."));
    bool blocked = false;
    int differ = 0;
    for (const PlannedFile &p : plan) {
        const bool writes = p.state == PlannedFile::State::New
            || (p.state == PlannedFile::State::Differs && overwrite == ExportWriter::Overwrite::Replace);
        if (writes && !p.problem.isEmpty() && !blocked) {
            blocked = true;
            lines.append(tr("Cannot write: %1. Nothing will be written.").arg(p.problem));
        }
        differ += p.state == PlannedFile::State::Differs;
    }
    if (!plan.isEmpty() && !blocked) {
        QString summary = tr("Agents to import: %1").arg(plan.size());
        if (differ) {
            summary += QStringLiteral("; ")
                + (overwrite == ExportWriter::Overwrite::Replace ? tr("overwriting a different file: %1").arg(differ)
                                                                 : tr("different on disk, skipped: %1").arg(differ));
        }
        lines.append(summary + QLatin1Char('.'));
    }
    for (const QString &e : std::as_const(m_errors))
        lines.append(tr("Not importable: %1").arg(e));
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_import->setEnabled(!plan.isEmpty() && !blocked && !dest.isEmpty());
}

bool ImportDialog::finishWrite(const ExportWriter::Result &result, const QList<PlannedFile> &plan)
{
    m_form->setEnabled(true);
    m_preview->setEnabled(true);
    updatePlan();
    if (!result.ok) {
        m_status->setText(tr("Not imported: %1").arg(result.errorString));
        return false;
    }
    m_written.clear();
    for (qsizetype i = 0; i < result.outcomes.size() && i < plan.size(); ++i) {
        if (result.outcomes.at(i) == ExportWriter::Outcome::Written)
            m_written.append(plan.at(i).target);
    }
    m_status->setText(
        tr("Agents imported into %1: %2").arg(QDir::toNativeSeparators(destination())).arg(m_written.size()));
    return true;
}

bool ImportDialog::write()
{
    updatePlan();
    if (!m_import->isEnabled())
        return false;
    const QList<PlannedFile> plan = m_preview->plan();
    return finishWrite(ExportWriter::write(plan, ExportWriter::Overwrite(m_overwrite->currentData().toInt())), plan);
}

void ImportDialog::writeInBackground()
{
    updatePlan();
    if (!m_import->isEnabled())
        return;
    m_form->setEnabled(false);
    m_preview->setEnabled(false);
    m_import->setEnabled(false);
    m_status->setText(tr("Writing…"));
    const QList<PlannedFile> plan = m_preview->plan();
    const auto overwrite = ExportWriter::Overwrite(m_overwrite->currentData().toInt());
    auto *watcher = new QFutureWatcher<ExportWriter::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, plan] {
        watcher->deleteLater();
        if (finishWrite(watcher->result(), plan))
            accept();
    });
    watcher->setFuture(QtConcurrent::run([plan, overwrite] { return ExportWriter::write(plan, overwrite); }));
}

} // namespace awb
