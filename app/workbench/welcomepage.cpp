#include "welcomepage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace awb {

QString WelcomePage::sampleLibraryPath()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        appDir + QStringLiteral("/../share/agent-workbench/samples/agents"),
        appDir + QStringLiteral("/../../resources/samples/agents"), // build tree: build/bin
        QStringLiteral(AWB_SOURCE_RESOURCES "/samples/agents"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo(c).isDir())
            return QDir::cleanPath(c);
    }
    const QString installed = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
        QStringLiteral("agent-workbench/samples/agents"), QStandardPaths::LocateDirectory);
    return installed;
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("WelcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->setSpacing(10);

    auto *title = new QLabel(tr("<h1>Agent Workbench</h1>"), this);
    auto *intro = new QLabel(tr("Write subagents for Claude Code, see exactly what Claude Code reads from them, "
                                "and find out before it bites you when a file would not load. Editing, checking "
                                "and exporting need no account."),
        this);
    intro->setWordWrap(true);
    column->addWidget(title);
    column->addWidget(intro);

    auto addButton = [&](const QString &text, const QString &detail, void (WelcomePage::*signal)()) {
        auto *button = new QPushButton(text, this);
        button->setMinimumHeight(36);
        button->setAccessibleDescription(detail);
        button->setToolTip(detail);
        connect(button, &QPushButton::clicked, this, signal);
        column->addWidget(button);
        auto *note = new QLabel(detail, this);
        note->setWordWrap(true);
        // Quieter than the button, but readable: a disabled label is too faint in the light theme.
        note->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(note);
        return button;
    };
    addButton(tr("Open a &Project Folder…"), tr("Its .claude/agents/ folder, with every subfolder."),
        &WelcomePage::openProjectRequested);
    addButton(tr("Open &Your Agents (~/.claude/agents)"), tr("The agents Claude Code loads in every project."),
        &WelcomePage::openUserAgentsRequested);
    QPushButton *samples = addButton(tr("Explore the &Sample Library"),
        tr("A handful of well-written agents, one in the classic <example> style."),
        &WelcomePage::openSamplesRequested);
    samples->setEnabled(!sampleLibraryPath().isEmpty());
    addButton(
        tr("&New Agent"), tr("Start from a blank agent or a template (File ▸ New)."), &WelcomePage::newAgentRequested);

    // Models are optional: say what works without one before offering to set one up.
    auto *modelsTitle = new QLabel(tr("<h3>Models (optional)</h3>"), this);
    column->addSpacing(8);
    column->addWidget(modelsTitle);
    QPushButton *provider = addButton(tr("Set Up a P&rovider…"),
        tr("Finds model servers running on this computer (Ollama, LM Studio, llama.cpp), or takes an "
           "API key and keeps it in the system keychain. Needed only for test conversations and model "
           "routing."),
        &WelcomePage::setUpProviderRequested);
    provider->setObjectName(QStringLiteral("SetUpProvider"));
    auto *skip = new QLabel(tr("Or skip it: editing, linting, lexical triggers and export need no account."), this);
    skip->setObjectName(QStringLiteral("SkipProvider"));
    skip->setWordWrap(true);
    column->addWidget(skip);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

} // namespace awb
