#include "yamlreader.h"

#include "simpleyamlreader.h"

#include <libfyaml.h>

#include <QSet>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace awb {

namespace {

struct DocumentDeleter
{
    void operator()(fy_document *doc) const { fy_document_destroy(doc); }
};
struct DiagDeleter
{
    void operator()(fy_diag *diag) const { fy_diag_destroy(diag); }
};

QString scalarText(fy_node *node)
{
    size_t len = 0;
    const char *data = fy_node_get_scalar(node, &len);
    return data ? QString::fromUtf8(data, qsizetype(len)) : QString();
}

void setPosition(fy_node *node, int &line, int &column, int &endLine)
{
    fy_token *token = fy_node_get_scalar_token(node);
    if (!token)
        return;
    if (const fy_mark *start = fy_token_start_mark(token)) {
        line = start->line;
        column = start->column;
    }
    if (const fy_mark *end = fy_token_end_mark(token))
        endLine = end->line;
}

YamlValue::Style styleOf(fy_node *node)
{
    switch (fy_node_get_style(node)) {
    case FYNS_SINGLE_QUOTED:
        return YamlValue::Style::SingleQuoted;
    case FYNS_DOUBLE_QUOTED:
        return YamlValue::Style::DoubleQuoted;
    case FYNS_LITERAL:
        return YamlValue::Style::Literal;
    case FYNS_FOLDED:
        return YamlValue::Style::Folded;
    case FYNS_FLOW:
        return YamlValue::Style::Flow;
    case FYNS_BLOCK:
        return YamlValue::Style::Block;
    default:
        return YamlValue::Style::Plain;
    }
}

bool isEmptyStream(const QByteArray &utf8)
{
    for (const QByteArray &line : utf8.split('\n')) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#'))
            return false;
    }
    return true;
}

} // namespace

namespace {

// The core schema's tests, written out: they run for every plain scalar of every file.
bool isDigits(QStringView s, int base)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = base == 8 ? (u >= '0' && u <= '7')
            : base == 16          ? ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F'))
                                  : (u >= '0' && u <= '9');
        if (!ok)
            return false;
    }
    return true;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool isCoreFloat(QStringView s)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
        ++i;
    const qsizetype intStart = i;
    while (i < s.size() && s[i].isDigit() && s[i].unicode() < 128)
        ++i;
    const bool hasInt = i > intStart;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        const qsizetype fracStart = i;
        while (i < s.size() && s[i].unicode() >= '0' && s[i].unicode() <= '9')
            ++i;
        if (!hasInt && i == fracStart)
            return false;
    } else if (!hasInt) {
        return false;
    }
    if (i < s.size() && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'+'))
            ++i;
        if (!isDigits(s.mid(i), 10))
            return false;
        return true;
    }
    return i == s.size();
}

} // namespace

YamlValue YamlReader::resolvePlain(const QString &text)
{
    YamlValue v = YamlValue::makeString(text);
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL") {
        v.m_kind = YamlValue::Kind::Null;
        return v;
    }
    const char16_t first = text.front().unicode();
    // Most values are words: nothing below can match them.
    const bool mayBeSpecial = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.'
        || first == 't' || first == 'T' || first == 'f' || first == 'F';
    if (!mayBeSpecial)
        return v;
    if (text == u"true" || text == u"True" || text == u"TRUE" || text == u"false" || text == u"False"
        || text == u"FALSE") {
        v.m_kind = YamlValue::Kind::Bool;
        v.m_bool = first == 't' || first == 'T';
        return v;
    }
    const QStringView view(text);
    const QStringView unsigned_ = (first == '-' || first == '+') ? view.mid(1) : view;
    if (isDigits(unsigned_, 10)) {
        bool ok = false;
        v.m_int = text.toLongLong(&ok, 10);
        v.m_kind = ok ? YamlValue::Kind::Int : YamlValue::Kind::Float;
        v.m_double = ok ? double(v.m_int) : text.toDouble();
        return v;
    }
    if (text.size() > 2 && first == '0' && (text.at(1) == u'o' || text.at(1) == u'x')
        && isDigits(view.mid(2), text.at(1) == u'o' ? 8 : 16)) {
        bool ok = false;
        v.m_int = text.mid(2).toLongLong(&ok, text.at(1) == u'o' ? 8 : 16);
        v.m_kind = YamlValue::Kind::Int;
        v.m_double = double(v.m_int);
        return v;
    }
    if (isCoreFloat(view)) {
        v.m_kind = YamlValue::Kind::Float;
        v.m_double = text.toDouble();
        return v;
    }
    if (unsigned_ == u".inf" || unsigned_ == u".Inf" || unsigned_ == u".INF") {
        v.m_kind = YamlValue::Kind::Float;
        v.m_double = first == '-' ? -INFINITY : INFINITY;
        return v;
    }
    if (view == u".nan" || view == u".NaN" || view == u".NAN") {
        v.m_kind = YamlValue::Kind::Float;
        v.m_double = NAN;
    }
    return v;
}

YamlValue YamlReader::convertScalar(fy_node *node, const Context &ctx)
{
    const YamlValue::Style style = styleOf(node);
    QString text;
    // libfyaml 0.7.12 reads two escaped quotes in a row wrongly ('a''''b' gives a''' instead of
    // a''b); a single-quoted scalar on one line is read again from the source, where '' is the
    // only escape.
    fy_token *token = style == YamlValue::Style::SingleQuoted ? fy_node_get_scalar_token(node) : nullptr;
    const fy_mark *start = token ? fy_token_start_mark(token) : nullptr;
    const fy_mark *end = token ? fy_token_end_mark(token) : nullptr;
    if (start && end && start->line == end->line && start->input_pos <= end->input_pos
        && end->input_pos <= size_t(ctx.input.size())) {
        const QByteArrayView raw
            = ctx.input.sliced(qsizetype(start->input_pos), qsizetype(end->input_pos - start->input_pos));
        text = QString::fromUtf8(raw).replace(QLatin1String("''"), QLatin1String("'"));
    } else {
        text = scalarText(node);
    }
    size_t tagLen = 0;
    const char *tagData = fy_node_get_tag(node, &tagLen);
    const QString tag = tagData ? QString::fromUtf8(tagData, qsizetype(tagLen)) : QString();

    YamlValue v;
    if (tag == QLatin1String("!!str") || tag == QLatin1String("tag:yaml.org,2002:str") || tag == QLatin1String("!"))
        v = YamlValue::makeString(text, style);
    else if (style == YamlValue::Style::Plain)
        v = resolvePlain(text);
    else
        v = YamlValue::makeString(text, style);
    v.m_style = style;
    setPosition(node, v.m_line, v.m_column, v.m_endLine);
    return v;
}

YamlValue YamlReader::convert(fy_node *node, int depth, Context &ctx, bool inAlias)
{
    YamlValue result;
    if (!node || depth > 200 || ctx.aliasError) // deeply nested input: stop instead of exhausting the stack
        return result;
    if (fy_node_is_alias(node)) {
        fy_node *target = fy_node_resolve_alias(node);
        if (!target) {
            ctx.aliasError = true;
            return result;
        }
        YamlValue expanded = convert(target, depth + 1, ctx, true);
        return expanded;
    }
    if (inAlias && ++ctx.aliasExpansions > MaxAliasExpansion) {
        ctx.aliasError = true;
        return result;
    }
    switch (fy_node_get_type(node)) {
    case FYNT_SCALAR:
        return convertScalar(node, ctx);
    case FYNT_SEQUENCE: {
        result.m_kind = YamlValue::Kind::Sequence;
        result.m_style = styleOf(node);
        void *iter = nullptr;
        while (fy_node *item = fy_node_sequence_iterate(node, &iter)) {
            result.appendItem(convert(item, depth + 1, ctx, inAlias));
        }
        return result;
    }
    case FYNT_MAPPING: {
        result.m_kind = YamlValue::Kind::Mapping;
        result.m_style = styleOf(node);
        void *iter = nullptr;
        QSet<QString> seen;
        while (fy_node_pair *pair = fy_node_mapping_iterate(node, &iter)) {
            YamlValue::Entry entry;
            fy_node *keyNode = fy_node_pair_key(pair);
            if (keyNode && fy_node_get_type(keyNode) == FYNT_SCALAR) {
                entry.key = scalarText(keyNode);
                int endLine = -1;
                setPosition(keyNode, entry.keyLine, entry.keyColumn, endLine);
            } else if (keyNode) {
                char *flat = fy_emit_node_to_string(keyNode, FYECF_MODE_FLOW_ONELINE);
                entry.key = QString::fromUtf8(flat);
                free(flat);
            }
            if (seen.contains(entry.key)) {
                ctx.duplicateKey = true;
                ctx.duplicateLine = entry.keyLine;
                ctx.duplicateName = entry.key;
                return result;
            }
            seen.insert(entry.key);
            entry.value = convert(fy_node_pair_value(pair), depth + 1, ctx, inAlias);
            result.appendEntry(std::move(entry));
        }
        return result;
    }
    }
    return result;
}

YamlParseResult YamlReader::parse(const QByteArray &utf8)
{
    if (std::optional<YamlParseResult> simple = SimpleYamlReader::parse(utf8))
        return std::move(*simple);
    return parseWithLibfyaml(utf8);
}

YamlParseResult YamlReader::parseWithLibfyaml(const QByteArray &utf8)
{
    YamlParseResult result;
    // YAML does not allow NUL, and libfyaml 0.7.12 can crash on it (found by fuzzing).
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0) {
        result.errorString = QStringLiteral("the text contains a NUL character, which YAML does not allow");
        result.errorLine = int(utf8.left(nul).count('\n'));
        result.errorColumn = int(nul - utf8.lastIndexOf('\n', nul) - 1);
        return result;
    }

    fy_diag_cfg diagCfg;
    fy_diag_cfg_default(&diagCfg);
    diagCfg.fp = nullptr;
    diagCfg.output_fn = [](fy_diag *, void *, const char *, size_t) {};
    diagCfg.colorize = false;
    std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diagCfg));
    if (diag)
        fy_diag_set_collect_errors(diag.get(), true);

    fy_parse_cfg cfg {};
    // Aliases are expanded by convert(), with a budget; merge keys stay plain keys as in YAML 1.2.
    // libfyaml's own duplicate-key check is quadratic; convert() checks keys with a hash set.
    cfg.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_ALLOW_DUPLICATE_KEYS);
    cfg.diag = diag.get();

    std::unique_ptr<fy_document, DocumentDeleter> doc(
        fy_document_build_from_string(&cfg, utf8.constData(), size_t(utf8.size())));
    if (!doc) {
        if (isEmptyStream(utf8)) {
            // No document at all (empty or only comments): an empty frontmatter, not an error.
            result.ok = true;
            return result;
        }
        result.errorString = QStringLiteral("invalid YAML");
        if (diag) {
            void *iter = nullptr;
            if (fy_diag_error *err = fy_diag_errors_iterate(diag.get(), &iter)) {
                result.errorString = QString::fromUtf8(err->msg);
                // libfyaml's collected errors count lines and columns from 1.
                result.errorLine = std::max(0, err->line - 1);
                result.errorColumn = std::max(0, err->column - 1);
            }
        }
        return result;
    }
    Context ctx;
    ctx.input = utf8;
    result.root = convert(fy_document_root(doc.get()), 0, ctx, false);
    if (ctx.duplicateKey) {
        result.root = YamlValue();
        result.errorString = QStringLiteral("duplicate key '%1'").arg(ctx.duplicateName);
        result.errorLine = std::max(0, ctx.duplicateLine);
        result.errorColumn = 0;
        return result;
    }
    if (ctx.aliasError) {
        result.root = YamlValue();
        result.errorString = QStringLiteral("aliases expand to too much data (or refer to nothing)");
        result.errorLine = 0;
        result.errorColumn = 0;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace awb
