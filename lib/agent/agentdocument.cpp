#include "agentdocument.h"

#include "fieldtable.h"
#include "listingline.h"
#include "yamlreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace awb {

AgentDocument AgentDocument::fromText(const QString &text, const QString &path)
{
    AgentDocument doc;
    doc.m_path = path;
    doc.m_text = text;
    doc.read();
    return doc;
}

namespace {

/// Decodes UTF-8 as Node does: invalid bytes become U+FFFD, and `invalid` says whether that happened.
QString decodeUtf8(const QByteArray &bytes, bool *invalid)
{
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    *invalid = decoder.hasError();
    return text;
}

/// The bytes of an open file whose size fstat gave: read straight into an array of that size
/// (readAll would ask fstat again). Files that give no size, such as pipes, are read to the end.
/// False when reading fails (the file's errorString() says why).
bool readOpenFile(QFile &file, qint64 size, QByteArray *bytes)
{
    if (size <= 0 || file.isSequential()) {
        *bytes = file.readAll();
        return file.error() == QFileDevice::NoError;
    }
    bytes->resize(size);
    const qint64 got = file.read(bytes->data(), size);
    if (got < 0)
        return false;
    bytes->truncate(got);
    return true;
}

} // namespace

AgentDocument AgentDocument::fromBytes(const QByteArray &bytes, const QString &path)
{
    AgentDocument doc;
    doc.m_path = path;
    doc.m_text = decodeUtf8(bytes, &doc.m_invalidUtf8);
    doc.read();
    return doc;
}

AgentDocument AgentDocument::fromFile(const QString &path)
{
    AgentDocument doc;
    doc.m_path = path;
    // Open first and ask questions only on failure: one open, two fstat (Qt's and the size), one read.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        const QFileInfo info(path);
        if (!info.exists())
            doc.m_ioError = QStringLiteral("No such file: %1").arg(path);
        else if (info.isDir())
            doc.m_ioError = QStringLiteral("%1 is a folder, not an agent file").arg(path);
        else
            doc.m_ioError = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return doc;
    }
    const qint64 size = file.size();
    if (size > MaxFileSize) {
        doc.m_ioError = QStringLiteral("%1 is %2 MB; agent files larger than %3 MB are not read")
                            .arg(path)
                            .arg(double(size) / (1024 * 1024), 0, 'f', 1)
                            .arg(MaxFileSize / (1024 * 1024));
        return doc;
    }
    QByteArray bytes;
    if (!readOpenFile(file, size, &bytes)) {
        doc.m_ioError = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
        return doc;
    }
    if (bytes.contains('\0')) {
        doc.m_ioError
            = QStringLiteral("%1 looks like a binary file (it contains NUL bytes), not an agent file").arg(path);
        return doc;
    }
    // Decoded in place: no second document to build and copy over this one.
    doc.m_text = decodeUtf8(bytes, &doc.m_invalidUtf8);
    doc.read();
    return doc;
}

QByteArray AgentDocument::toBytes() const
{
    return m_text.toUtf8();
}

void AgentDocument::read()
{
    m_split = FrontmatterSplit::find(m_text);
    if (!m_split.found) {
        m_readMode = ReadMode::NoFrontmatter;
        if (m_text.startsWith(QChar(0xfeff)))
            m_skip = SkipReason::ByteOrderMark;
        else if (!m_text.startsWith(QLatin1String("---")) && m_text.trimmed().startsWith(QLatin1String("---")))
            m_skip = SkipReason::LeadingBlankLine;
        else if (m_text.startsWith(QLatin1String("---")))
            m_skip = SkipReason::Unclosed;
        else
            m_skip = SkipReason::NoFrontmatter;
        return;
    }
    m_frontmatterFirstLine = int(QStringView(m_text).left(m_split.openEnd).count(QLatin1Char('\n')));

    const QStringView fm = QStringView(m_text).mid(m_split.openEnd, m_split.closeStart - m_split.openEnd);
    YamlParseResult parsed = YamlReader::parse(fm.toUtf8());
    if (parsed.ok) {
        m_readMode = ReadMode::Strict;
    } else {
        m_yamlError = parsed.errorString;
        m_yamlErrorLine = parsed.errorLine >= 0 ? fileLine(parsed.errorLine) : 0;
        m_yamlErrorColumn = parsed.errorColumn + 1;
        const QString repaired = LenientRetry::repair(fm.toString(), &m_retryChanges);
        parsed = YamlReader::parse(repaired.toUtf8());
        m_readMode = parsed.ok ? ReadMode::Lenient : ReadMode::Unparseable;
    }
    if (!parsed.ok) {
        m_skip = SkipReason::Unparseable;
        return;
    }
    m_root = parsed.root;
    if (!m_root.isMapping()) {
        m_skip = m_root.isNull() ? SkipReason::NoName : SkipReason::NotAMapping;
        return;
    }
    const YamlValue *nameValue = m_root.find(QStringLiteral("name"));
    const YamlValue *descValue = m_root.find(QStringLiteral("description"));
    if (!nameValue || nameValue->isNull())
        m_skip = SkipReason::NoName;
    else if (!nameValue->isString() || nameValue->text().isEmpty())
        m_skip = nameValue->isString() ? SkipReason::NoName : SkipReason::NameNotString;
    else if (!descValue || descValue->isNull() || (descValue->isString() && descValue->text().isEmpty()))
        m_skip = SkipReason::NoDescription;
    else if (!descValue->isString())
        m_skip = SkipReason::DescriptionNotString;
    else if (nameValue->text().startsWith(QLatin1Char('-')))
        m_skip = SkipReason::NameStartsWithDash;
    else
        m_skip = SkipReason::None;
}

const YamlValue *AgentDocument::field(const QString &key) const
{
    return m_root.isMapping() ? m_root.find(key) : nullptr;
}

QStringList AgentDocument::keys() const
{
    QStringList out;
    for (const auto &entry : m_root.entries())
        out.append(entry.key);
    return out;
}

QString AgentDocument::skipReasonCode(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return {};
    case SkipReason::ByteOrderMark:
        return QStringLiteral("skipped-bom");
    case SkipReason::LeadingBlankLine:
        return QStringLiteral("skipped-leading-blank");
    case SkipReason::NoFrontmatter:
        return QStringLiteral("skipped-no-frontmatter");
    case SkipReason::Unclosed:
        return QStringLiteral("skipped-unclosed-frontmatter");
    case SkipReason::Unparseable:
        return QStringLiteral("skipped-unparseable");
    case SkipReason::NotAMapping:
        return QStringLiteral("skipped-not-a-mapping");
    case SkipReason::NoName:
        return QStringLiteral("skipped-no-name");
    case SkipReason::NameNotString:
        return QStringLiteral("skipped-name-not-string");
    case SkipReason::NameStartsWithDash:
        return QStringLiteral("skipped-name-dash");
    case SkipReason::NoDescription:
        return QStringLiteral("skipped-no-description");
    case SkipReason::DescriptionNotString:
        return QStringLiteral("skipped-description-not-string");
    }
    return {};
}

QString AgentDocument::skipMessage() const
{
    switch (m_skip) {
    case SkipReason::None:
        return {};
    case SkipReason::ByteOrderMark:
        return QStringLiteral("The file starts with a byte order mark, so Claude Code finds no frontmatter");
    case SkipReason::LeadingBlankLine:
        return QStringLiteral("The frontmatter does not start at the first byte (blank line or spaces before '---')");
    case SkipReason::NoFrontmatter:
        return QStringLiteral("The file has no frontmatter block ('---' on the first line)");
    case SkipReason::Unclosed:
        return QStringLiteral("The frontmatter is never closed by a second '---'");
    case SkipReason::Unparseable:
        return QStringLiteral("The frontmatter is not valid YAML, even after Claude Code's quoting retry: %1")
            .arg(m_yamlError);
    case SkipReason::NotAMapping:
        return QStringLiteral("The frontmatter is %1, not a set of 'key: value' lines").arg(m_root.describe());
    case SkipReason::NoName:
        return QStringLiteral("There is no 'name'");
    case SkipReason::NameNotString: {
        const YamlValue *v = field(QStringLiteral("name"));
        return QStringLiteral("'name' is a %1, not a string").arg(v ? v->kindName() : QString());
    }
    case SkipReason::NameStartsWithDash:
        return QStringLiteral("'name' starts with '-'");
    case SkipReason::NoDescription:
        return QStringLiteral("There is no 'description' (or it is empty)");
    case SkipReason::DescriptionNotString: {
        const YamlValue *v = field(QStringLiteral("description"));
        return QStringLiteral("'description' is a %1, not a string").arg(v ? v->kindName() : QString());
    }
    }
    return {};
}

QString AgentDocument::name() const
{
    const YamlValue *v = field(QStringLiteral("name"));
    return v && v->isString() ? v->text() : QString();
}

QString AgentDocument::description() const
{
    const YamlValue *v = field(QStringLiteral("description"));
    if (!v || !v->isString())
        return {};
    // Most descriptions hold no `\n`: their text is shared, not copied.
    const QString &text = v->text();
    const auto nextEscape = [&text](qsizetype from) {
        qsizetype at = text.indexOf(QLatin1Char('\\'), from);
        while (at >= 0 && (at + 1 == text.size() || text.at(at + 1) != QLatin1Char('n')))
            at = text.indexOf(QLatin1Char('\\'), at + 1);
        return at;
    };
    qsizetype at = nextEscape(0);
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (; at >= 0; at = nextEscape(from)) {
        out.append(QStringView(text).mid(from, at - from));
        out.append(QLatin1Char('\n'));
        from = at + 2;
    }
    out.append(QStringView(text).mid(from));
    return out;
}

ToolList AgentDocument::tools() const
{
    return ToolList::fromYaml(field(QStringLiteral("tools")));
}

ToolList AgentDocument::disallowedTools() const
{
    ToolList list = ToolList::fromYaml(field(QStringLiteral("disallowedTools")));
    if (!list.present)
        list.all = false; // nothing disallowed
    return list;
}

QString AgentDocument::scalarField(const QString &key) const
{
    const YamlValue *v = field(key);
    return v && v->isScalar() && !v->isNull() ? v->text() : QString();
}

QString AgentDocument::model() const
{
    return scalarField(QStringLiteral("model")).trimmed();
}

QString AgentDocument::color() const
{
    const QString c = scalarField(QStringLiteral("color"));
    return FieldTable::colors().contains(c) ? c : QString();
}

QString AgentDocument::body() const
{
    return rawBody().trimmed();
}

QList<AgentExample> AgentDocument::examples() const
{
    return ExampleCodec::parse(description());
}

QString AgentDocument::toolsShown() const
{
    return ListingLine::toolsShown(tools(), disallowedTools());
}

QString AgentDocument::listingLine() const
{
    if (!loads())
        return {};
    return ListingLine::format(name(), description(), tools(), disallowedTools());
}

} // namespace awb
