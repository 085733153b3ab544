#include "linediff.h"

#include <QList>

#include <vector>

namespace awb {

namespace {

enum class Op { Equal, Delete, Insert };

// Lines as `diff` sees them: a last line without a newline carries diff's marker, so that
// adding or removing the final newline shows as a change.
QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    else
        lines.last() += QStringLiteral("\n\\ No newline at end of file");
    return lines;
}

// The edit script turning a into b: common ends first, then a longest common subsequence of
// the middle (quadratic, so bounded; past the bound the middle is replaced as a whole).
QList<Op> editScript(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    QList<Op> ops(head, Op::Equal);
    if (n * m > 4'000'000) {
        ops.append(QList<Op>(n, Op::Delete));
        ops.append(QList<Op>(m, Op::Insert));
    } else {
        // lcs[i][j]: longest common subsequence of a[head+i..] and b[head+j..].
        std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[i][j]
                    = a.at(head + i) == b.at(head + j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                ops.append(Op::Equal);
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.append(Op::Delete); // removals before additions, as diff prints them
                ++i;
            } else {
                ops.append(Op::Insert);
                ++j;
            }
        }
    }
    ops.append(QList<Op>(tail, Op::Equal));
    return ops;
}

QString range(int start, int count)
{
    return count == 1 ? QString::number(start) : QStringLiteral("%1,%2").arg(start).arg(count);
}

} // namespace

QList<LineDiff::Hunk> LineDiff::hunks(const QString &oldText, const QString &newText, int context)
{
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);
    const QList<Op> ops = editScript(a, b);
    QList<Hunk> out;
    qsizetype k = 0;
    int ai = 0, bi = 0; // lines of a and b before ops[k]
    while (k < ops.size()) {
        if (ops.at(k) == Op::Equal) {
            ++k;
            ++ai;
            ++bi;
            continue;
        }
        // A change at k: start `context` equal lines before it.
        const int back = std::min<int>(context, std::min(ai, bi));
        Hunk h;
        h.oldStart = ai - back;
        h.newStart = bi - back;
        for (int c = back; c > 0; --c)
            h.lines.append(QLatin1Char(' ') + a.at(ai - c));
        h.oldCount = h.newCount = back;
        // Extend while changes are closer than 2 * context equal lines apart.
        while (k < ops.size()) {
            if (ops.at(k) == Op::Equal) {
                qsizetype run = 0;
                while (k + run < ops.size() && ops.at(k + run) == Op::Equal)
                    ++run;
                if (k + run == ops.size() || run > 2 * context) {
                    const int keep = std::min<int>(context, run);
                    for (int c = 0; c < keep; ++c)
                        h.lines.append(QLatin1Char(' ') + a.at(ai + c));
                    h.oldCount += keep;
                    h.newCount += keep;
                    k += run;
                    ai += run;
                    bi += run;
                    break;
                }
                for (qsizetype c = 0; c < run; ++c)
                    h.lines.append(QLatin1Char(' ') + a.at(ai + c));
                h.oldCount += run;
                h.newCount += run;
                k += run;
                ai += run;
                bi += run;
            } else if (ops.at(k) == Op::Delete) {
                h.lines.append(QLatin1Char('-') + a.at(ai++));
                ++h.oldCount;
                ++k;
            } else {
                h.lines.append(QLatin1Char('+') + b.at(bi++));
                ++h.newCount;
                ++k;
            }
        }
        // diff numbers an empty side by the line before it.
        h.oldStart += h.oldCount > 0 ? 1 : 0;
        h.newStart += h.newCount > 0 ? 1 : 0;
        out.append(h);
    }
    return out;
}

QString LineDiff::unified(
    const QString &oldText, const QString &newText, const QString &oldLabel, const QString &newLabel, int context)
{
    const QList<Hunk> list = hunks(oldText, newText, context);
    if (list.isEmpty())
        return {};
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldLabel, newLabel);
    for (const Hunk &h : list) {
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(h.oldStart, h.oldCount), range(h.newStart, h.newCount));
        for (const QString &line : h.lines)
            out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace awb
