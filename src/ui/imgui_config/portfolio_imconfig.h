// Dear ImGui build configuration for the portfolio (IMGUI_USER_CONFIG): no demo code, no obsolete API,
// and asserts routed to a handler so tests fail on them while the shipped app logs and keeps running.
#pragma once

namespace portfolio {
// Called for every failed IM_ASSERT. Counts and logs; see ui/imgui_assert.h.
void ImAssertFailed(const char* expression, const char* file, int line);
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
