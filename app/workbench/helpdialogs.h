#pragma once

#include <QList>

class QAction;
class QWidget;

namespace awb {

/// The Help menu's windows: the user guide shipped with the program, and the shortcuts.
class HelpDialogs
{
public:
    static void showUserGuide(QWidget *parent);
    /// Lists every action that has a shortcut, so the list can never go stale.
    static void showShortcuts(QWidget *parent, const QList<QAction *> &actions);
};

} // namespace awb
