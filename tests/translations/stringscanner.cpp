#include "stringscanner.h"

#include <QRegularExpression>
#include <QStringList>

namespace awb {

namespace {

struct Literal
{
    qsizetype start = 0; // position of the opening quote
    qsizetype end = 0; // one past the closing quote
    QString text; // between the quotes, as written
};

// Calls whose string arguments end up on screen.
const QSet<QString> TextCalls {
    QStringLiteral("setText"),
    QStringLiteral("setToolTip"),
    QStringLiteral("setStatusTip"),
    QStringLiteral("setWhatsThis"),
    QStringLiteral("setWindowTitle"),
    QStringLiteral("setPlaceholderText"),
    QStringLiteral("setTitle"),
    QStringLiteral("addAction"),
    QStringLiteral("addMenu"),
    QStringLiteral("setLabelText"),
    QStringLiteral("showMessage"),
    QStringLiteral("setAccessibleName"),
    QStringLiteral("setAccessibleDescription"),
    QStringLiteral("setTabText"),
    QStringLiteral("setTabToolTip"),
    QStringLiteral("addTab"),
    QStringLiteral("insertTab"),
    QStringLiteral("setHeaderLabels"),
    QStringLiteral("setHorizontalHeaderLabels"),
    QStringLiteral("setVerticalHeaderLabels"),
    QStringLiteral("setItemText"),
    QStringLiteral("addItem"),
    QStringLiteral("addItems"),
    QStringLiteral("insertItem"),
    QStringLiteral("setSuffix"),
    QStringLiteral("setPrefix"),
    QStringLiteral("setSpecialValueText"),
    QStringLiteral("setButtonText"),
    QStringLiteral("setInformativeText"),
    QStringLiteral("setDetailedText"),
    QStringLiteral("addRow"),
    QStringLiteral("information"),
    QStringLiteral("warning"),
    QStringLiteral("critical"),
    QStringLiteral("question"),
    QStringLiteral("about"),
    QStringLiteral("getText"),
    QStringLiteral("getItem"),
    QStringLiteral("getMultiLineText"),
    QStringLiteral("getOpenFileName"),
    QStringLiteral("getOpenFileNames"),
    QStringLiteral("getSaveFileName"),
    QStringLiteral("getExistingDirectory"),
    QStringLiteral("setNameFilter"),
    QStringLiteral("setNameFilters"),
    QStringLiteral("setApplicationDescription"),
    QStringLiteral("addPositionalArgument"),
    QStringLiteral("QLabel"),
    QStringLiteral("QPushButton"),
    QStringLiteral("QToolButton"),
    QStringLiteral("QCheckBox"),
    QStringLiteral("QRadioButton"),
    QStringLiteral("QGroupBox"),
    QStringLiteral("QAction"),
    QStringLiteral("QMenu"),
    QStringLiteral("QDockWidget"),
    QStringLiteral("QTableWidgetItem"),
    QStringLiteral("QTreeWidgetItem"),
    QStringLiteral("QListWidgetItem"),
    QStringLiteral("QMessageBox"),
    QStringLiteral("QCommandLineOption"),
};

// Marking calls: the literal inside is extracted by lupdate.
const QSet<QString> TranslateCalls {
    QStringLiteral("tr"),
    QStringLiteral("translate"),
    QStringLiteral("QT_TR_NOOP"),
    QStringLiteral("QT_TRANSLATE_NOOP"),
    QStringLiteral("QT_TR_N_NOOP"),
    QStringLiteral("QT_TRANSLATE_N_NOOP"),
    QStringLiteral("QT_TRANSLATE_NOOP3"),
    QStringLiteral("qtTrId"),
    QStringLiteral("QT_TRID_NOOP"),
};

// Calls whose string arguments are names, not text.
const QSet<QString> NonTextCalls {
    QStringLiteral("fromTheme"), QStringLiteral("QIcon"), QStringLiteral("QKeySequence"), QStringLiteral("QUrl"),
    QStringLiteral("QColor"), QStringLiteral("QFont"), QStringLiteral("setObjectName"), QStringLiteral("setProperty"),
    QStringLiteral("property"), QStringLiteral("setStyleSheet"), QStringLiteral("QRegularExpression"),
    QStringLiteral("QSettings"), QStringLiteral("value"), QStringLiteral("setValue"), QStringLiteral("findChild"),
    QStringLiteral("findChildren"), QStringLiteral("Q_LOGGING_CATEGORY"), QStringLiteral("qCDebug"),
    QStringLiteral("qCInfo"), QStringLiteral("qCWarning"), QStringLiteral("qCCritical"), QStringLiteral("qDebug"),
    QStringLiteral("qInfo"), QStringLiteral("qWarning"), QStringLiteral("qCritical"), QStringLiteral("qFatal"),
    QStringLiteral("Q_ASSERT_X"), QStringLiteral("QMimeData"), QStringLiteral("setData"), QStringLiteral("hasFormat"),
    QStringLiteral("data"),
    QStringLiteral("setHtml"), // built from translated parts plus markup
};

// Blanks comments (keeping newlines, so positions and line numbers stay) and collects literals.
QString stripComments(const QString &src, QList<Literal> *literals)
{
    QString out = src;
    const qsizetype n = src.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = src.at(i);
        const QChar next = i + 1 < n ? src.at(i + 1) : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < n && src.at(i) != QLatin1Char('\n'))
                out[i++] = QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            while (i < n && !(src.at(i) == QLatin1Char('*') && i + 1 < n && src.at(i + 1) == QLatin1Char('/'))) {
                if (src.at(i) != QLatin1Char('\n'))
                    out[i] = QLatin1Char(' ');
                ++i;
            }
            if (i < n) {
                out[i] = out[i + 1] = QLatin1Char(' ');
                i += 2;
            }
        } else if (c == QLatin1Char('R') && next == QLatin1Char('"')) {
            const qsizetype open = src.indexOf(QLatin1Char('('), i + 2);
            const QString delimiter = QLatin1Char(')') + src.mid(i + 2, open - i - 2) + QLatin1Char('"');
            const qsizetype close = open < 0 ? -1 : src.indexOf(delimiter, open);
            const qsizetype end = close < 0 ? n : close + delimiter.size();
            literals->append({ i + 1, end, src.mid(open + 1, close - open - 1) });
            i = end;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n && src.at(j) != QLatin1Char('"') && src.at(j) != QLatin1Char('\n'))
                j += src.at(j) == QLatin1Char('\\') ? 2 : 1;
            // Adjacent literals ("a" "b") are one string to the compiler and to lupdate.
            if (!literals->isEmpty() && literals->last().end <= i
                && src.mid(literals->last().end, i - literals->last().end).trimmed().isEmpty()) {
                literals->last().end = j + 1;
                literals->last().text += src.mid(i + 1, j - i - 1);
            } else {
                literals->append({ i, j + 1, src.mid(i + 1, j - i - 1) });
            }
            i = j + 1;
        } else if (c == QLatin1Char('\'')) {
            qsizetype j = i + 1;
            while (j < n && src.at(j) != QLatin1Char('\'') && src.at(j) != QLatin1Char('\n'))
                j += src.at(j) == QLatin1Char('\\') ? 2 : 1;
            i = j + 1;
        } else {
            ++i;
        }
    }
    return out;
}

// The name of the call whose '(' is at `paren`: "tr", "translate", "QLabel", "addAction".
QString callName(const QString &code, qsizetype paren)
{
    qsizetype end = paren;
    while (end > 0 && code.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    while (start > 0 && (code.at(start - 1).isLetterOrNumber() || code.at(start - 1) == QLatin1Char('_')))
        --start;
    return code.mid(start, end - start);
}

// For each literal, the names of the calls it sits in, innermost first. A lambda's body (a '{'
// after ')' or ']') starts afresh: what it calls is not an argument of the call around the lambda.
QList<QStringList> enclosingCalls(const QString &code, const QList<Literal> &literals)
{
    const QString body = QStringLiteral("{");
    const QString initList = QStringLiteral("{init");
    QList<QStringList> result(literals.size());
    QStringList stack;
    qsizetype next = 0;
    for (qsizetype i = 0; i < code.size() && next < literals.size(); ++i) {
        if (i == literals.at(next).start) {
            QStringList chain;
            for (auto it = stack.crbegin(); it != stack.crend() && *it != body; ++it) {
                if (*it != initList)
                    chain.append(*it);
            }
            result[next] = chain;
            i = literals.at(next).end - 1;
            ++next;
            continue;
        }
        const QChar c = code.at(i);
        if (c == QLatin1Char('(')) {
            stack.append(callName(code, i));
        } else if (c == QLatin1Char(')')) {
            if (!stack.isEmpty() && !stack.last().startsWith(body))
                stack.removeLast();
        } else if (c == QLatin1Char('{')) {
            qsizetype p = i;
            while (p > 0 && code.at(p - 1).isSpace())
                --p;
            const QChar before = p > 0 ? code.at(p - 1) : QChar();
            const bool lambdaOrBlock = before == QLatin1Char(')') || before == QLatin1Char(']')
                || code.mid(0, p).endsWith(QLatin1String("mutable"));
            stack.append(lambdaOrBlock ? body : initList);
        } else if (c == QLatin1Char('}')) {
            while (!stack.isEmpty() && !stack.last().startsWith(body))
                stack.removeLast();
            if (!stack.isEmpty())
                stack.removeLast();
        }
    }
    return result;
}

// The statement a position belongs to starts after the last ';', '{' or '}' before it.
QString statementBefore(const QString &code, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && code.at(start - 1) != QLatin1Char(';') && code.at(start - 1) != QLatin1Char('{')
        && code.at(start - 1) != QLatin1Char('}'))
        --start;
    return code.mid(start, pos - start);
}

QString withoutMarkup(QString s)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n|L\\d+)"));
    static const QRegularExpression tag(QStringLiteral("<[^<>]*>"));
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#\\d+;"));
    static const QRegularExpression escape(QStringLiteral("\\\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]+|.)"));
    s.remove(placeholder);
    s.replace(tag, QStringLiteral(" "));
    s.remove(entity);
    s.replace(escape, QStringLiteral(" "));
    return s;
}

} // namespace

QString StringScanner::Finding::toString() const
{
    return QStringLiteral("%1:%2: \"%3\" (%4)").arg(file).arg(line).arg(literal, context);
}

StringScanner::StringScanner(const QSet<QString> &allowed)
    : m_allowed(allowed)
{ }

bool StringScanner::isTextLike(const QString &literal)
{
    const QString s = withoutMarkup(literal);
    bool letter = false;
    bool upper = false;
    bool space = false;
    for (const QChar c : s) {
        letter = letter || c.isLetter();
        upper = upper || c.isUpper();
        space = space || c.isSpace();
    }
    // "opus", "view/theme", "~/.claude/agents": data. "Remove", "Open file": text.
    return letter && (upper || space);
}

bool StringScanner::isSentenceLike(const QString &literal)
{
    const QString s = withoutMarkup(literal).trimmed();
    static const QRegularExpression code(QStringLiteral("[{};=]|^\\w+:\\s*$|\\w+\\(|::"));
    if (s.contains(code))
        return false;
    static const QRegularExpression word(QStringLiteral("[^\\W\\d_]{2,}"));
    qsizetype words = 0;
    auto it = word.globalMatch(s);
    while (it.hasNext()) {
        it.next();
        ++words;
    }
    const auto firstLetter = std::find_if(s.cbegin(), s.cend(), [](QChar c) { return c.isLetter(); });
    // "Cannot read the file", and lowercase phrases of three words or more ("cannot write %1: %2").
    return s.contains(QLatin1Char(' ')) && firstLetter != s.cend()
        && ((words >= 2 && firstLetter->isUpper()) || words >= 3);
}

QList<StringScanner::Finding> StringScanner::scan(const QString &fileName, const QString &source) const
{
    QList<Literal> literals;
    const QString code = stripComments(source, &literals);
    const QList<QStringList> calls = enclosingCalls(code, literals);
    QList<Finding> findings;
    for (qsizetype k = 0; k < literals.size(); ++k) {
        const Literal &lit = literals.at(k);
        // #include "file.h" and other preprocessor lines hold no text.
        const qsizetype lineStart = code.lastIndexOf(QLatin1Char('\n'), lit.start) + 1;
        if (code.mid(lineStart, lit.start - lineStart).trimmed().startsWith(QLatin1Char('#')))
            continue;

        QString textCall;
        bool marked = false;
        bool nonText = false;
        for (const QString &name : calls.at(k)) {
            if (TranslateCalls.contains(name)) {
                marked = true;
                break;
            }
            if (NonTextCalls.contains(name)) {
                nonText = true;
                break;
            }
            if (TextCalls.contains(name)) {
                textCall = name;
                break;
            }
        }
        if (marked || nonText)
            continue;
        const QString statement = statementBefore(code, lit.start);
        static const QRegularExpression logging(QStringLiteral("\\bq(C?(Debug|Info|Warning|Critical)|Fatal)\\b"));
        if (statement.contains(logging))
            continue;

        // An error message handed back to be shown: "*error = ...", "m_errorString = ...".
        static const QRegularExpression errorOut(QStringLiteral("[eE]rror\\w*\\s*=[^=]"));
        QString context;
        if (!textCall.isEmpty() && isTextLike(lit.text))
            context = textCall;
        else if (statement.contains(errorOut) && isTextLike(lit.text))
            context = QStringLiteral("error message");
        else if (isSentenceLike(lit.text))
            context = QStringLiteral("sentence");
        if (context.isEmpty())
            continue;
        const QString key = fileName + QLatin1Char('|') + lit.text;
        if (m_allowed.contains(key)) {
            m_used.insert(key);
            continue;
        }
        const int line = int(source.left(lit.start).count(QLatin1Char('\n'))) + 1;
        findings.append({ fileName, line, context, lit.text });
    }
    return findings;
}

} // namespace awb
