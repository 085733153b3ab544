#pragma once

// Compares two YAML parses in every detail the reader exposes: kinds, styles, values and
// positions. Shared by tst_simpleyamlreader and fuzz_simpleyamlreader.
#include "agent/yamlreader.h"

#include <QString>

#include <cmath>

namespace awb::test {

/// Where `a` and `b` first differ, as a path and the two values; empty when they are the same.
inline QString yamlDifference(const YamlValue &a, const YamlValue &b, const QString &path = QStringLiteral("$"))
{
    const auto differ = [&](const char *what, const QString &x, const QString &y) {
        return QStringLiteral("%1: %2 %3 vs %4").arg(path, QLatin1String(what), x, y);
    };
    if (a.kind() != b.kind())
        return differ("kind", a.kindName(), b.kindName());
    if (a.style() != b.style())
        return differ("style", QString::number(int(a.style())), QString::number(int(b.style())));
    if (a.text() != b.text())
        return differ("text", a.text(), b.text());
    if (a.toBool() != b.toBool() || a.toInt() != b.toInt())
        return differ("value", a.describe(), b.describe());
    const bool bothNan = std::isnan(a.toDouble()) && std::isnan(b.toDouble());
    if (!bothNan && a.toDouble() != b.toDouble())
        return differ("number", QString::number(a.toDouble()), QString::number(b.toDouble()));
    if (a.line() != b.line() || a.column() != b.column() || a.endLine() != b.endLine())
        return differ("position", QStringLiteral("%1:%2-%3").arg(a.line()).arg(a.column()).arg(a.endLine()),
            QStringLiteral("%1:%2-%3").arg(b.line()).arg(b.column()).arg(b.endLine()));
    if (a.items().size() != b.items().size())
        return differ("items", QString::number(a.items().size()), QString::number(b.items().size()));
    for (qsizetype i = 0; i < a.items().size(); ++i) {
        const QString d = yamlDifference(a.items().at(i), b.items().at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        if (!d.isEmpty())
            return d;
    }
    if (a.entries().size() != b.entries().size())
        return differ("entries", QString::number(a.entries().size()), QString::number(b.entries().size()));
    for (qsizetype i = 0; i < a.entries().size(); ++i) {
        const YamlValue::Entry &x = a.entries().at(i);
        const YamlValue::Entry &y = b.entries().at(i);
        if (x.key != y.key || x.keyLine != y.keyLine || x.keyColumn != y.keyColumn)
            return differ("key", QStringLiteral("%1@%2:%3").arg(x.key).arg(x.keyLine).arg(x.keyColumn),
                QStringLiteral("%1@%2:%3").arg(y.key).arg(y.keyLine).arg(y.keyColumn));
        const QString d = yamlDifference(x.value, y.value, path + QLatin1Char('.') + x.key);
        if (!d.isEmpty())
            return d;
    }
    return {};
}

} // namespace awb::test
