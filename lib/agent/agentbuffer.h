#pragma once

#include "agentdocument.h"
#include "diagnostic.h"
#include "example.h"
#include "yamlvalue.h"

#include <QObject>

class QTextDocument;

namespace awb {

/// One open agent file: its text in a QTextDocument (the single source of truth that the Source
/// view shows), the document as Claude Code reads it, and edits made field by field.
/// Every field edit becomes one text edit of just the changed characters, so the form and the
/// source share one undo history and the source view keeps its cursor and scroll position.
class AgentBuffer : public QObject
{
    Q_OBJECT

public:
    /// `document` lets a view supply a document with its own layout (QPlainTextEdit needs a
    /// QPlainTextDocumentLayout); the buffer takes ownership. Null creates a plain one.
    explicit AgentBuffer(QTextDocument *document = nullptr, QObject *parent = nullptr);

    QTextDocument *textDocument() const { return m_textDocument; }

    /// Replaces the whole content, clears undo and marks it saved.
    void load(const QByteArray &bytes, const QString &path);
    QString path() const { return m_path; }
    void setPath(const QString &path);

    /// The file text with the file's own line endings.
    QString text() const;
    /// What saving writes: the loaded bytes when nothing changed, else UTF-8 of `text()`.
    QByteArray bytesToSave() const;
    /// After a successful save of `bytesToSave()`.
    void markSaved();
    bool isModified() const;
    bool usesCrlf() const { return m_crlf; }

    const AgentDocument &document() const { return m_document; }

    void setField(const QString &key, const YamlValue &value);
    /// An empty string removes the key.
    void setScalarField(const QString &key, const QString &value);
    void setListField(const QString &key, const QStringList &values);
    void removeField(const QString &key);
    /// The raw YAML text of a key's lines (`key: ...` and its indented continuation), or empty.
    QString rawField(const QString &key) const;
    /// Replaces a key's lines with `entryText` as the user wrote it (it must start with `key:`).
    void setRawField(const QString &key, const QString &entryText);
    /// The description as Claude Code sees it; written in a style strict YAML readers accept.
    void setDescription(const QString &description);
    /// The description without its `<example>` blocks (what the form's description box edits).
    QString descriptionIntro() const;
    void setDescriptionIntro(const QString &intro);
    void setExamples(const QList<AgentExample> &examples);
    void setBody(const QString &body);
    void applyFix(const TextFix &fix);

    /// Replaces the text with `newText` by one edit of the differing range.
    void replaceText(const QString &newText);

Q_SIGNALS:
    /// The text changed and `document()` was re-read.
    void documentChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);

private:
    void reparse();
    QString normalized(const QString &text) const;

    QTextDocument *m_textDocument;
    QString m_path;
    QByteArray m_loadedBytes;
    QString m_savedText;
    bool m_crlf = false;
    bool m_lastModified = false;
    bool m_loading = false;
    AgentDocument m_document;
};

} // namespace awb
