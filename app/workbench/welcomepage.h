#pragma once

#include <QWidget>

namespace awb {

/// What the window shows when nothing is open: where to start, and that no account is needed.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// The bundled sample library, found next to the executable or in the installed data folder.
    static QString sampleLibraryPath();

Q_SIGNALS:
    void openProjectRequested();
    void openUserAgentsRequested();
    void openSamplesRequested();
    void newAgentRequested();
    /// "Set up a provider": the window opens the provider settings.
    void setUpProviderRequested();
};

} // namespace awb
