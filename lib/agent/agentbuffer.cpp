#include "agentbuffer.h"

#include "frontmattereditor.h"

#include <QStringDecoder>
#include <QTextCursor>
#include <QTextDocument>

namespace awb {

AgentBuffer::AgentBuffer(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_textDocument(document ? document : new QTextDocument)
{
    m_textDocument->setParent(this);
    m_textDocument->setUndoRedoEnabled(true);
    connect(m_textDocument, &QTextDocument::contentsChanged, this, &AgentBuffer::reparse);
}

void AgentBuffer::load(const QByteArray &bytes, const QString &path)
{
    m_loadedBytes = bytes;
    const AgentDocument decoded = AgentDocument::fromBytes(bytes, path);
    const QString text = decoded.text();
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    m_crlf = nl > 0 && text.at(nl - 1) == QLatin1Char('\r');
    m_path = path;
    // Not QSignalBlocker: highlighters and views must see the new text; only our reparse waits.
    m_loading = true;
    m_textDocument->setPlainText(m_crlf ? QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")) : text);
    m_textDocument->clearUndoRedoStacks();
    m_loading = false;
    m_savedText = text;
    m_document = decoded;
    if (normalized(m_textDocument->toPlainText()) != text) {
        // Mixed line endings or characters QTextDocument does not keep: the text view differs
        // from the bytes, so re-read what the view holds; saving unmodified still writes `bytes`.
        m_savedText = this->text();
        m_document = AgentDocument::fromText(m_savedText, path);
    }
    m_lastModified = false;
    Q_EMIT documentChanged();
    Q_EMIT modifiedChanged(false);
}

void AgentBuffer::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    reparse();
    Q_EMIT pathChanged(path);
}

QString AgentBuffer::normalized(const QString &text) const
{
    return m_crlf ? QString(text).replace(QLatin1Char('\n'), QLatin1String("\r\n")) : text;
}

QString AgentBuffer::text() const
{
    return normalized(m_textDocument->toPlainText());
}

QByteArray AgentBuffer::bytesToSave() const
{
    const QString current = text();
    if (current == m_savedText && !m_loadedBytes.isNull())
        return m_loadedBytes;
    return current.toUtf8();
}

void AgentBuffer::markSaved()
{
    m_loadedBytes = bytesToSave();
    m_savedText = text();
    m_lastModified = false;
    Q_EMIT modifiedChanged(false);
}

bool AgentBuffer::isModified() const
{
    return text() != m_savedText;
}

void AgentBuffer::reparse()
{
    if (m_loading)
        return;
    m_document = AgentDocument::fromText(text(), m_path);
    Q_EMIT documentChanged();
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void AgentBuffer::replaceText(const QString &newText)
{
    // The view holds LF text; compare and edit in that form.
    const QString target = m_crlf ? QString(newText).replace(QLatin1String("\r\n"), QLatin1String("\n")) : newText;
    const QString current = m_textDocument->toPlainText();
    if (target == current)
        return;
    qsizetype prefix = 0;
    const qsizetype maxPrefix = std::min(current.size(), target.size());
    while (prefix < maxPrefix && current.at(prefix) == target.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < current.size() - prefix && suffix < target.size() - prefix
        && current.at(current.size() - 1 - suffix) == target.at(target.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(m_textDocument);
    const bool pureInsertion = current.size() - suffix == prefix;
    // A plain insertion is left outside an edit block so that typing in a form field merges
    // into one undo step per run of characters, as typing in the source view does.
    if (!pureInsertion)
        cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(target.mid(prefix, target.size() - suffix - prefix));
    if (!pureInsertion)
        cursor.endEditBlock();
}

void AgentBuffer::setField(const QString &key, const YamlValue &value)
{
    replaceText(FrontmatterEditor::setField(text(), key, value));
}

void AgentBuffer::setScalarField(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        removeField(key);
        return;
    }
    setField(key, YamlValue::makeString(value));
}

void AgentBuffer::setListField(const QString &key, const QStringList &values)
{
    if (values.isEmpty()) {
        removeField(key);
        return;
    }
    const YamlValue *old = m_document.field(key);
    if (!old || old->isScalar()) {
        // Keep the comma-separated string form Claude Code users write most.
        setField(key, YamlValue::makeString(values.join(QStringLiteral(", "))));
        return;
    }
    setField(key, YamlValue::makeSequence(values, old->style()));
}

void AgentBuffer::removeField(const QString &key)
{
    replaceText(FrontmatterEditor::removeField(text(), key));
}

QString AgentBuffer::rawField(const QString &key) const
{
    const QString current = text();
    const FrontmatterEditor::KeyBlock block = FrontmatterEditor::findKey(current, key);
    if (!block.found)
        return {};
    QString raw = current.mid(block.start, block.end - block.start);
    raw.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (raw.endsWith(QLatin1Char('\n')))
        raw.chop(1);
    return raw;
}

void AgentBuffer::setRawField(const QString &key, const QString &entryText)
{
    // Make sure the key exists (added the way setField adds keys), then swap in the raw text:
    // all in one string so that it is one undo step.
    QString out = text();
    if (!FrontmatterEditor::findKey(out, key).found)
        out = FrontmatterEditor::setField(out, key, YamlValue::makeString(QStringLiteral("x")));
    const QString eol = FrontmatterEditor::lineEnding(out);
    QString entry = entryText;
    while (entry.endsWith(QLatin1Char('\n')))
        entry.chop(1);
    if (eol != QLatin1String("\n"))
        entry.replace(QLatin1Char('\n'), eol);
    const FrontmatterEditor::KeyBlock block = FrontmatterEditor::findKey(out, key);
    if (!block.found)
        return;
    const bool hadEol = QStringView(out).mid(block.start, block.end - block.start).endsWith(QLatin1Char('\n'));
    out.replace(block.start, block.end - block.start, entry + (hadEol ? eol : QString()));
    replaceText(out);
}

void AgentBuffer::setDescription(const QString &description)
{
    setField(QStringLiteral("description"), YamlValue::makeString(description));
}

QString AgentBuffer::descriptionIntro() const
{
    const QString description = m_document.description();
    QList<ExampleCodec::Span> spans;
    ExampleCodec::parse(description, &spans);
    if (spans.isEmpty())
        return description;
    QString intro = description;
    for (qsizetype i = spans.size() - 1; i >= 0; --i)
        intro.remove(spans.at(i).start, spans.at(i).end - spans.at(i).start);
    return intro.trimmed();
}

void AgentBuffer::setDescriptionIntro(const QString &intro)
{
    setDescription(ExampleCodec::replaceExamples(intro, m_document.examples()));
}

void AgentBuffer::setExamples(const QList<AgentExample> &examples)
{
    setDescription(ExampleCodec::replaceExamples(m_document.description(), examples));
}

void AgentBuffer::setBody(const QString &body)
{
    replaceText(FrontmatterEditor::setBody(text(), body));
}

void AgentBuffer::applyFix(const TextFix &fix)
{
    if (fix.isValid())
        replaceText(fix.applyTo(text()));
}

} // namespace awb
