#include "tomlwriter.h"

namespace awb {

QString TomlWriter::basicString(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

void TomlWriter::add(const QString &key, const QString &value)
{
    m_text += key + QStringLiteral(" = ") + basicString(value) + QLatin1Char('\n');
}

void TomlWriter::addMultiline(const QString &key, const QString &value)
{
    bool literalSafe = !value.contains(QLatin1String("'''")) && !value.endsWith(QLatin1Char('\''));
    for (const QChar c : value) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
            literalSafe = false;
    }
    if (literalSafe) // the newline right after the opening quotes is not part of the value
        m_text += key + QStringLiteral(" = '''\n") + value + QStringLiteral("'''\n");
    else
        m_text += key + QStringLiteral(" = ") + basicString(value) + QLatin1Char('\n');
}

namespace {

bool parseBasic(const QString &text, qsizetype &i, QString &out, bool multi, QString *error)
{
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (multi ? text.mid(i, 3) == QLatin1String("\"\"\"") : c == QLatin1Char('"')) {
            i += multi ? 3 : 1;
            return true;
        }
        if (!multi && c == QLatin1Char('\n')) {
            *error = QStringLiteral("a string is not closed on its line");
            return false;
        }
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar e = text.at(i + 1);
            i += 2;
            switch (e.unicode()) {
            case 'n': out += QLatin1Char('\n'); break;
            case 't': out += QLatin1Char('\t'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case '"': out += QLatin1Char('"'); break;
            case '\\': out += QLatin1Char('\\'); break;
            case 'u':
                out += QChar(text.mid(i, 4).toUShort(nullptr, 16));
                i += 4;
                break;
            case '\n':
                while (i < text.size() && text.at(i).isSpace())
                    ++i;
                break;
            default:
                *error = QStringLiteral("unknown escape \\%1").arg(e);
                return false;
            }
            continue;
        }
        out += c;
        ++i;
    }
    *error = QStringLiteral("a string is never closed");
    return false;
}

} // namespace

TomlReader::Result TomlReader::read(const QString &text)
{
    Result r;
    qsizetype i = 0;
    int line = 1;
    bool inTable = false;
    auto skipSpaces = [&] {
        while (i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
            ++i;
    };
    auto skipLine = [&] {
        while (i < text.size() && text.at(i) != QLatin1Char('\n'))
            ++i;
    };
    auto fail = [&](const QString &message) {
        r.errorString = message;
        r.errorLine = line + int(text.left(i).count(QLatin1Char('\n'))) - line + 1;
        return r;
    };
    while (i < text.size()) {
        skipSpaces();
        if (i >= text.size())
            break;
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#')) {
            skipLine();
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype end = text.indexOf(QLatin1Char(']'), i);
            r.tables.append(text.mid(i + 1, end - i - 1).trimmed());
            inTable = true;
            skipLine();
            continue;
        }
        qsizetype eq = text.indexOf(QLatin1Char('='), i);
        const qsizetype nl = text.indexOf(QLatin1Char('\n'), i);
        if (eq < 0 || (nl >= 0 && eq > nl))
            return fail(QStringLiteral("expected 'key = value'"));
        QString key = text.mid(i, eq - i).trimmed();
        if (key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')))
            key = key.mid(1, key.size() - 2);
        i = eq + 1;
        skipSpaces();
        QVariant value;
        QString error;
        if (text.mid(i, 3) == QLatin1String("\"\"\"")) {
            i += 3;
            if (i < text.size() && text.at(i) == QLatin1Char('\n'))
                ++i;
            QString s;
            if (!parseBasic(text, i, s, true, &error))
                return fail(error);
            value = s;
        } else if (text.mid(i, 3) == QLatin1String("'''")) {
            i += 3;
            if (i < text.size() && text.at(i) == QLatin1Char('\n'))
                ++i;
            const qsizetype end = text.indexOf(QLatin1String("'''"), i);
            if (end < 0)
                return fail(QStringLiteral("a ''' string is never closed"));
            value = text.mid(i, end - i);
            i = end + 3;
        } else if (i < text.size() && text.at(i) == QLatin1Char('"')) {
            ++i;
            QString s;
            if (!parseBasic(text, i, s, false, &error))
                return fail(error);
            value = s;
        } else if (i < text.size() && text.at(i) == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0 || (nl >= 0 && end > nl))
                return fail(QStringLiteral("a ' string is not closed on its line"));
            value = text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            const qsizetype end = nl < 0 ? text.size() : nl;
            QString raw = text.mid(i, end - i);
            if (const qsizetype hash = raw.indexOf(QLatin1Char('#')); hash >= 0)
                raw = raw.left(hash);
            raw = raw.trimmed();
            bool isInt = false;
            const qlonglong n = raw.toLongLong(&isInt);
            if (raw == QLatin1String("true") || raw == QLatin1String("false"))
                value = raw == QLatin1String("true");
            else if (isInt)
                value = n;
            else
                value = raw; // arrays and inline tables are kept as their text
            i = end;
        }
        if (!inTable)
            r.values.append({key, value});
        skipSpaces();
        if (i < text.size() && text.at(i) == QLatin1Char('#'))
            skipLine();
    }
    r.ok = true;
    return r;
}

} // namespace awb
