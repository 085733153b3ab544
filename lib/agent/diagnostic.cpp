#include "diagnostic.h"

namespace awb {

QString Diagnostic::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return {};
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject object{
        {QStringLiteral("code"), code},
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("line"), line},
        {QStringLiteral("column"), column},
        {QStringLiteral("endLine"), endLine},
        {QStringLiteral("endColumn"), endColumn},
        {QStringLiteral("message"), message},
    };
    if (fix.isValid()) {
        object.insert(QStringLiteral("fix"), QJsonObject{{QStringLiteral("label"), fix.label},
                                                         {QStringLiteral("start"), double(fix.start)},
                                                         {QStringLiteral("length"), double(fix.length)},
                                                         {QStringLiteral("replacement"), fix.replacement}});
    }
    return object;
}

QString Diagnostic::toText(const QString &path) const
{
    return QStringLiteral("%1:%2:%3: %4: %5 [%6]")
        .arg(path)
        .arg(line)
        .arg(column)
        .arg(severityName(severity), message, code);
}

} // namespace awb
