#include "triggerscolors.h"

#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace awb {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

bool TriggersColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor TriggersColors::heat(double score, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // A gamma below 1 lifts the small scores that BM25 produces, so weak matches are still visible.
    const double t = std::pow(std::clamp(score, 0.0, 1.0), 0.6);
    if (isDark(palette)) {
        const QColor mid(0x1d, 0x4e, 0x89);
        const QColor top(0x5a, 0xa9, 0xff);
        return t < 0.5 ? mix(base, mid, t * 2) : mix(mid, top, (t - 0.5) * 2);
    }
    const QColor mid(0x9e, 0xc5, 0xf0);
    const QColor top(0x15, 0x4f, 0xa8);
    return t < 0.5 ? mix(base, mid, t * 2) : mix(mid, top, (t - 0.5) * 2);
}

QColor TriggersColors::textOn(const QColor &background)
{
    // Relative luminance (sRGB weights); the threshold keeps both black and white text above 4.5:1 where it can.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.5 ? QColor(0x10, 0x12, 0x16) : QColor(0xf6, 0xf7, 0xf9);
}

QColor TriggersColors::agent(int index, const QPalette &palette)
{
    // Tableau-like categorical hues: distinct for the eye and for most color-blind viewers.
    static const std::array<QRgb, 10> hues { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948, 0xb07aa1,
        0xff9da7, 0x9c755f, 0x7f7f7f };
    QColor c = QColor::fromRgb(hues[size_t(std::max(index, 0)) % hues.size()]);
    // Past ten agents, vary the lightness so neighbours still differ.
    const int round = std::max(index, 0) / int(hues.size());
    if (round % 2 == 1)
        c = isDark(palette) ? c.lighter(135) : c.darker(135);
    return isDark(palette) ? c.lighter(110) : c;
}

QColor TriggersColors::good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x8e, 0x3e);
}

QColor TriggersColors::bad(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x2b, 0x2b);
}

QColor TriggersColors::flipped(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf5, 0xb7, 0x3b) : QColor(0xc7, 0x7c, 0x02);
}

QColor TriggersColors::expected(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf5, 0xb7, 0x3b) : QColor(0xe0, 0x8a, 0x00);
}

QColor TriggersColors::none(const QPalette &palette)
{
    // Between text and base: quiet, but still readable (the disabled color of some styles is too faint).
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.55);
}

QColor TriggersColors::highlight(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0x55, 0x12) : QColor(0xff, 0xe6, 0x8a);
}

} // namespace awb
