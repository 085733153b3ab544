#include "mainwindow.h"

#include "agent/agentdocument.h"

#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>

namespace awb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_source(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Agent Workbench"));
    setCentralWidget(m_source);
    statusBar()->addWidget(m_status, 1);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::showOpenDialog);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(1100, 720);
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Agent"), QString(), tr("Agent files (*.md)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const AgentDocument doc = AgentDocument::fromFile(path);
    if (!doc.ioError().isEmpty()) {
        m_status->setText(doc.ioError());
        return false;
    }
    m_source->setPlainText(doc.text());
    m_status->setText(doc.loads() ? doc.listingLine() : tr("Skipped by Claude Code: %1").arg(doc.skipMessage()));
    setWindowTitle(tr("%1 — Agent Workbench").arg(path));
    return true;
}

} // namespace awb
