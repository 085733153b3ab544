#pragma once

#include <QString>

namespace awb {

/// Light and dark palettes. "system" keeps the platform's palette (which follows the desktop's
/// light or dark setting); Qt 6.4 has no color-scheme API, so darkness is read off the palette.
class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static Mode fromString(const QString &name);
    static QString toString(Mode mode);
    static void apply(Mode mode);
    /// Whether the application's current palette is dark.
    static bool isDark();
};

} // namespace awb
