// ImGui assert accounting: the app logs a failed assert and goes on; tests read the count and fail on it.
#include "imgui_assert.h"

#include <cstdio>

namespace portfolio {
namespace {
int g_count = 0;           // process-wide by nature: IM_ASSERT has no context to carry state
char g_last[512] = "";
}  // namespace

void ImAssertFailed(const char* expression, const char* file, int line) {
    ++g_count;
    std::snprintf(g_last, sizeof g_last, "%s (%s:%d)", expression, file, line);
    std::fprintf(stderr, "ImGui assert failed: %s\n", g_last);
}

int ImAssertCount() { return g_count; }
void ResetImAssertCount() { g_count = 0; g_last[0] = '\0'; }
const char* LastImAssert() { return g_last; }

}  // namespace portfolio
