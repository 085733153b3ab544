#include "triggersuite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace awb {

namespace {

QString decodeUtf8(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QJsonValue expectedJson(const QString &expected)
{
    return expected.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(expected);
}

// Reads one prompt object of the suite format or of a plain array; false with a message otherwise.
bool promptFromJson(const QJsonValue &value, int index, TriggerPrompt *prompt, QString *errorString)
{
    if (value.isString()) {
        *prompt = TriggerPrompt::user(value.toString().trimmed());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue text = object.contains(QLatin1String("prompt")) ? object.value(QLatin1String("prompt"))
                                                                         : object.value(QLatin1String("text"));
        if (!text.isString()) {
            *errorString = QStringLiteral("prompt %1: \"prompt\" must be a string").arg(index + 1);
            return false;
        }
        const QJsonValue expected = object.value(QLatin1String("expected"));
        if (!expected.isString() && !expected.isNull() && !expected.isUndefined()) {
            *errorString = QStringLiteral("prompt %1: \"expected\" must be an agent name or null").arg(index + 1);
            return false;
        }
        *prompt = TriggerPrompt::user(text.toString().trimmed(), expected.toString().trimmed());
    } else {
        *errorString = QStringLiteral("prompt %1: expected a string or an object").arg(index + 1);
        return false;
    }
    if (prompt->text.isEmpty()) {
        *errorString = QStringLiteral("prompt %1 is empty").arg(index + 1);
        return false;
    }
    return true;
}

bool promptsFromArray(const QJsonArray &array, TriggerPrompts *prompts, QString *errorString)
{
    TriggerPrompts read;
    for (int i = 0; i < array.size(); ++i) {
        TriggerPrompt prompt;
        if (!promptFromJson(array.at(i), i, &prompt, errorString))
            return false;
        read.append(prompt);
    }
    *prompts = read;
    return true;
}

// Splits CSV into rows of fields (RFC 4180); false on an unterminated quote.
bool csvRows(const QString &text, QList<QStringList> *rows, QString *errorString)
{
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const auto endRow = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
        rows->append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            // CRLF: the \n ends the row.
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        *errorString = QStringLiteral("line %1: a quoted field is never closed").arg(quoteLine);
        return false;
    }
    if (fieldStarted || !row.isEmpty() || !field.isEmpty())
        endRow();
    return true;
}

} // namespace

void TriggerSuite::replace(int index, const TriggerPrompt &prompt)
{
    if (index >= 0 && index < m_prompts.size())
        m_prompts[index] = prompt;
}

void TriggerSuite::remove(int index)
{
    if (index >= 0 && index < m_prompts.size())
        m_prompts.removeAt(index);
}

TriggerPrompts TriggerSuite::examplePrompts(const TriggerAgents &agents)
{
    TriggerPrompts prompts;
    for (const TriggerAgent &agent : agents) {
        for (int i = 0; i < agent.examples.size(); ++i) {
            const QString user = agent.examples.at(i).user().trimmed();
            if (user.isEmpty())
                continue;
            TriggerPrompt prompt;
            prompt.text = user;
            prompt.expected = agent.name;
            prompt.source = TriggerPrompt::Source::Example;
            prompt.exampleAgent = agent.name;
            prompt.exampleIndex = i;
            prompts.append(prompt);
        }
    }
    return prompts;
}

TriggerPrompts TriggerSuite::allPrompts(const TriggerAgents &agents) const
{
    TriggerPrompts all = m_includeExamples ? examplePrompts(agents) : TriggerPrompts();
    QSet<QPair<QString, QString>> seen;
    for (const TriggerPrompt &p : std::as_const(all))
        seen.insert({ p.text, p.expected });
    for (const TriggerPrompt &p : m_prompts) {
        if (seen.contains({ p.text, p.expected }))
            continue;
        all.append(p);
    }
    return all;
}

QByteArray TriggerSuite::toJson() const
{
    QJsonArray prompts;
    for (const TriggerPrompt &p : m_prompts) {
        prompts.append(QJsonObject {
            { QStringLiteral("prompt"), p.text }, { QStringLiteral("expected"), expectedJson(p.expected) } });
    }
    const QJsonObject root { { QStringLiteral("format"), formatName() }, { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("includeExamples"), m_includeExamples }, { QStringLiteral("prompts"), prompts } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool TriggerSuite::fromJson(const QByteArray &json, TriggerSuite *suite, QString *errorString)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorString
            = QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *errorString = QStringLiteral("not a trigger suite: the file holds no JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != formatName()) {
        *errorString = QStringLiteral("not a trigger suite: \"format\" is not \"%1\"").arg(formatName());
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        *errorString = QStringLiteral("\"version\" must be a positive integer");
        return false;
    }
    if (version.toInt() > FormatVersion) {
        *errorString = QStringLiteral("the suite was written in format version %1; this version of Agent Workbench "
                                      "reads up to version %2. Update Agent Workbench to open it")
                           .arg(version.toInt())
                           .arg(FormatVersion);
        return false;
    }
    const QJsonValue promptsValue = root.value(QLatin1String("prompts"));
    if (!promptsValue.isArray() && !promptsValue.isUndefined()) {
        *errorString = QStringLiteral("\"prompts\" must be an array");
        return false;
    }
    TriggerPrompts prompts;
    if (!promptsFromArray(promptsValue.toArray(), &prompts, errorString))
        return false;
    TriggerSuite read;
    read.m_prompts = prompts;
    read.m_includeExamples = root.value(QLatin1String("includeExamples")).toBool(true);
    *suite = read;
    return true;
}

bool TriggerSuite::save(const QString &path, QString *errorString) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *errorString = QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorString = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson());
    if (!file.commit()) {
        *errorString = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TriggerSuite::load(const QString &path, TriggerSuite *suite, QString *errorString)
{
    QFile file(path);
    if (!file.exists()) {
        *suite = TriggerSuite();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString error;
    if (!fromJson(file.readAll(), suite, &error)) {
        *errorString = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    return true;
}

bool TriggerSuite::parseText(const QByteArray &bytes, TriggerPrompts *prompts, QString *)
{
    TriggerPrompts read;
    const QStringList lines = decodeUtf8(bytes).split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.lastIndexOf(QLatin1Char('\t'));
        if (tab > 0)
            read.append(TriggerPrompt::user(line.left(tab).trimmed(), line.mid(tab + 1).trimmed()));
        else
            read.append(TriggerPrompt::user(trimmed));
    }
    *prompts = read;
    return true;
}

bool TriggerSuite::parseCsv(const QByteArray &bytes, TriggerPrompts *prompts, QString *errorString)
{
    QList<QStringList> rows;
    if (!csvRows(decodeUtf8(bytes), &rows, errorString))
        return false;
    int promptColumn = 0;
    int expectedColumn = 1;
    int first = 0;
    if (!rows.isEmpty()) {
        QStringList lower;
        for (const QString &h : rows.first())
            lower.append(h.trimmed().toLower());
        if (lower.contains(QStringLiteral("prompt"))) {
            promptColumn = int(lower.indexOf(QStringLiteral("prompt")));
            expectedColumn = int(lower.indexOf(QStringLiteral("expected")));
            first = 1;
        }
    }
    TriggerPrompts read;
    for (int r = first; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue; // blank line
        if (first == 0 && row.size() > 2) {
            *errorString = QStringLiteral("row %1 has %2 fields; expected two (prompt,expected) — quote fields that "
                                          "contain commas")
                               .arg(r + 1)
                               .arg(row.size());
            return false;
        }
        const QString text = row.value(promptColumn).trimmed();
        if (text.isEmpty()) {
            *errorString = QStringLiteral("row %1 has an empty prompt").arg(r + 1);
            return false;
        }
        read.append(TriggerPrompt::user(text, expectedColumn >= 0 ? row.value(expectedColumn).trimmed() : QString()));
    }
    *prompts = read;
    return true;
}

bool TriggerSuite::parseJson(const QByteArray &bytes, TriggerPrompts *prompts, QString *errorString)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorString
            = QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (doc.isArray())
        return promptsFromArray(doc.array(), prompts, errorString);
    TriggerSuite suite;
    if (!fromJson(bytes, &suite, errorString))
        return false;
    *prompts = suite.prompts();
    return true;
}

bool TriggerSuite::parse(const QByteArray &bytes, ImportFormat format, TriggerPrompts *prompts, QString *errorString)
{
    if (format == ImportFormat::Auto) {
        const QByteArray start = bytes.trimmed().left(1);
        format = (start == "{" || start == "[") ? ImportFormat::Json : ImportFormat::Text;
    }
    switch (format) {
    case ImportFormat::Json:
        return parseJson(bytes, prompts, errorString);
    case ImportFormat::Csv:
        return parseCsv(bytes, prompts, errorString);
    case ImportFormat::Text:
    case ImportFormat::Auto:
        break;
    }
    return parseText(bytes, prompts, errorString);
}

bool TriggerSuite::importFile(const QString &path, TriggerPrompts *prompts, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const ImportFormat format = suffix == QLatin1String("csv") ? ImportFormat::Csv
        : suffix == QLatin1String("json")                      ? ImportFormat::Json
                                                               : ImportFormat::Auto;
    QString error;
    if (!parse(file.readAll(), format, prompts, &error)) {
        *errorString = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    return true;
}

} // namespace awb
