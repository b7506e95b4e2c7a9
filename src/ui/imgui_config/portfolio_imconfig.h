// Dear ImGui build configuration for the portfolio (IMGUI_USER_CONFIG): no demo code, no obsolete API,
// and asserts routed to a handler so tests fail on them while the shipped app logs and keeps running.
#pragma once

namespace portfolio {
// Called for every failed IM_ASSERT. Counts and logs; see ui/imgui_assert.h.
void ImAssertFailed(const char* expression, const char* file, int line);

// Hears of every item ImGui adds, with its rectangle, and of a widget's label and status flags (ImGui's
// test-engine hooks, imgui_hooks.cpp), once set as the context's TestEngine: the accessible mirror (ui/a11y.h).
struct ItemObserver {
    virtual void ItemAdd(unsigned id, float x0, float y0, float x1, float y1, bool window) = 0;
    virtual void ItemInfo(unsigned id, const char* label, int flags) = 0;

protected:
    ~ItemObserver() = default;
};
}  // namespace portfolio

#if defined(PORTFOLIO_TERSE_ASSERTS)
// Set for the web release build (src/CMakeLists.txt): the web download carries no assert texts (several KB of ImGui's expressions and paths): the line is
// enough to find one, and the count still reaches the tests.
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::portfolio::ImAssertFailed("", "imgui", __LINE__))
#else
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::portfolio::ImAssertFailed(#_EXPR, __FILE__, __LINE__))
#endif
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS  // no Metrics/Debug Log windows in the product
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
#define IMGUI_ENABLE_TEST_ENGINE  // its item hooks only (no test engine): they feed the accessible mirror
// stb_truetype and stb_rect_pack are compiled once, in ui/glyph_atlas.cpp (the font atlas builder uses
// stb_truetype's internals), not as imgui_draw.cpp's private copies.
#define IMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION
#define IMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION
