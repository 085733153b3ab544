#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace awb {

/// Tools as a checklist of Claude Code's tools plus free entries (MCP patterns, `Bash(...)` rules).
class ToolPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ToolPicker(const QString &allLabel, QWidget *parent = nullptr);

    /// An empty list with `all` set means every tool (the key is absent).
    void setTools(bool all, const QStringList &entries);
    QStringList tools() const;
    bool allTools() const;

Q_SIGNALS:
    void toolsEdited();

private:
    void updateEnabled();

    QCheckBox *m_all;
    QListWidget *m_list;
    QLineEdit *m_extra;
    bool m_updating = false;
};

} // namespace awb
