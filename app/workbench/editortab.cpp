#include "editortab.h"

#include "agentform.h"
#include "codeeditor.h"
#include "findbar.h"
#include "theme.h"

#include "highlight/highlighterfactory.h"

#include "agent/agentbuffer.h"
#include "agent/agentdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QUuid>
#include <QVBoxLayout>

namespace awb {

static QTextDocument *plainTextDocument()
{
    auto *document = new QTextDocument;
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    return document;
}

EditorTab::EditorTab(QWidget *parent)
    : QWidget(parent)
    , m_buffer(new AgentBuffer(plainTextDocument(), this))
    , m_views(new QTabWidget(this))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // The source view must own the document's layout before anything else lays it out.
    auto *sourcePage = new QWidget(m_views);
    m_source = new CodeEditor(sourcePage);
    m_source->setDocument(m_buffer->textDocument());
    m_findBar = new FindBar(sourcePage);
    m_findBar->setEditor(m_source);
    auto *sourceLayout = new QVBoxLayout(sourcePage);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(0);
    sourceLayout->addWidget(m_source);
    sourceLayout->addWidget(m_findBar);
    m_sourcePage = sourcePage;
    m_form = new AgentForm(m_buffer, m_views);
    HighlighterFactory::create(m_buffer->textDocument(), Theme::isDark());
    HighlighterFactory::create(m_form->bodyEditor()->document(), Theme::isDark());

    m_views->setDocumentMode(true);
    // No mnemonics: Alt+F and Alt+S belong to the menus and form fields; Ctrl+1 and Ctrl+2 switch.
    m_views->addTab(m_form, tr("Form"));
    m_views->addTab(sourcePage, tr("Source"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);

    connect(m_buffer, &AgentBuffer::modifiedChanged, this, &EditorTab::titleChanged);
    connect(m_buffer, &AgentBuffer::pathChanged, this, &EditorTab::titleChanged);
    connect(m_buffer, &AgentBuffer::documentChanged, this, &EditorTab::edited);
}

QString EditorTab::path() const
{
    return m_buffer->path();
}

QString EditorTab::title() const
{
    QString name = m_buffer->document().name();
    if (name.isEmpty())
        name = path().isEmpty() ? tr("Untitled") : QFileInfo(path()).fileName();
    if (m_missingOnDisk)
        name = tr("%1 (deleted)").arg(name);
    return isModified() ? name + QLatin1Char('*') : name;
}

bool EditorTab::isModified() const
{
    // An untouched new agent closes without a question; Save still asks where to put it.
    return m_missingOnDisk || m_buffer->isModified();
}

void EditorTab::setMissingOnDisk(bool missing)
{
    if (m_missingOnDisk == missing)
        return;
    m_missingOnDisk = missing;
    Q_EMIT titleChanged();
}

bool EditorTab::openFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.size() > AgentDocument::MaxFileSize) {
        if (error)
            *error = tr("%1 is %2 MB; agent files larger than %3 MB are not opened.")
                         .arg(path)
                         .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(AgentDocument::MaxFileSize / (1024 * 1024));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        if (error)
            *error = tr("%1 looks like a binary file, not an agent file.").arg(path);
        return false;
    }
    // A reload (outside change, Revert) keeps the place the person was looking at; a first
    // open starts at the top.
    const bool reload = !m_buffer->path().isEmpty();
    const int position = reload ? m_source->textCursor().position() : 0;
    const int scroll = reload ? m_source->verticalScrollBar()->value() : 0;
    m_diskBytes = bytes;
    m_missingOnDisk = false;
    m_buffer->load(bytes, info.absoluteFilePath());
    restorePosition(position, scroll);
    Q_EMIT titleChanged();
    return true;
}

void EditorTab::restorePosition(int position, int scroll)
{
    QTextCursor cursor = m_source->textCursor();
    cursor.setPosition(std::clamp(position, 0, m_buffer->textDocument()->characterCount() - 1));
    m_source->setTextCursor(cursor);
    m_source->verticalScrollBar()->setValue(scroll);
}

void EditorTab::openText(const QByteArray &bytes, const QString &path, bool modified)
{
    m_buffer->load(modified ? QByteArray() : bytes, path);
    if (modified)
        m_buffer->replaceText(QString::fromUtf8(bytes));
    restorePosition(0, 0);
    Q_EMIT titleChanged();
}

bool EditorTab::save(const QString &path, QString *error)
{
    const QString target = path.isEmpty() ? this->path() : path;
    const QByteArray bytes = m_buffer->bytesToSave();
    // The folder may have gone while the file was open (a branch switched, a folder deleted).
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(target, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2. The file on disk was not changed.").arg(target, file.errorString());
        return false;
    }
    m_diskBytes = bytes;
    m_missingOnDisk = false;
    m_buffer->setPath(QFileInfo(target).absoluteFilePath());
    m_buffer->markSaved();
    Q_EMIT titleChanged();
    return true;
}

bool EditorTab::revert(QString *error)
{
    return openFile(path(), error);
}

void EditorTab::showSource()
{
    m_views->setCurrentWidget(m_sourcePage);
}

void EditorTab::showForm()
{
    m_views->setCurrentWidget(m_form);
}

bool EditorTab::isSourceShown() const
{
    return m_views->currentWidget() == m_sourcePage;
}

} // namespace awb
