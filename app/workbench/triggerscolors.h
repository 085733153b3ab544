#pragma once

#include <QColor>

class QPalette;

namespace awb {

/// The colors of the Triggers pane, derived from the widget's palette so that every view reads the same
/// way in light and dark themes.
class TriggersColors
{
public:
    /// A cell's fill for a score in [0, 1]: the base color at 0, a saturated blue at 1.
    static QColor heat(double score, const QPalette &palette);
    /// Text that stays readable on `background`.
    static QColor textOn(const QColor &background);
    /// A categorical color for agent `index` (the map and the bars).
    static QColor agent(int index, const QPalette &palette);
    static QColor good(const QPalette &palette); ///< right answers
    static QColor bad(const QPalette &palette); ///< mistakes
    static QColor flipped(const QPalette &palette); ///< prompts that changed with the last edit
    static QColor expected(const QPalette &palette); ///< the marker of the expected agent
    static QColor none(const QPalette &palette); ///< "no agent"
    static QColor highlight(const QPalette &palette); ///< matched terms in explanations
    static bool isDark(const QPalette &palette);
};

} // namespace awb
