// The palette's text colours are readable: WCAG 2 contrast of at least 4.5:1 (AA for small text) on the
// page, on cards and on the alternate surface, in both themes; links and accents likewise on cards.
#include <doctest/doctest.h>

#include <cmath>

#include "ui/theme.h"

using namespace portfolio::ui;

namespace {

double Luminance(ImU32 c) {
    auto channel = [](unsigned v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel((c >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}

double Contrast(ImU32 a, ImU32 b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("text, muted and faint text, links and accents reach 4.5:1 on every surface, in both themes") {
    for (const ThemeMode mode : {ThemeMode::Light, ThemeMode::Dark}) {
        const Palette p = MakeTheme(mode).palette;
        CAPTURE(mode == ThemeMode::Dark);
        for (const ImU32 ground : {p.page, p.surface}) {
            CHECK(Contrast(p.text, ground) >= 7.0);
            CHECK(Contrast(p.text_muted, ground) >= 4.5);
            CHECK(Contrast(p.text_faint, ground) >= 4.5);
            CHECK(Contrast(p.link, ground) >= 4.5);
        }
        CHECK(Contrast(p.text_muted, p.surface_alt) >= 4.5);
        CHECK(Contrast(p.accent_text, p.accent) >= 4.5);
        // The faint grade still reads as quieter than the muted one.
        CHECK(Contrast(p.text_faint, p.surface) < Contrast(p.text_muted, p.surface));
    }
}
