// ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE), implemented without a test engine: they hand each
// item to the context's ItemObserver (portfolio_imconfig.h), the accessible mirror, when one is set.
#include "imgui.h"
#include "imgui_internal.h"

namespace {
portfolio::ItemObserver* ObserverOf(ImGuiContext* ctx) { return static_cast<portfolio::ItemObserver*>(ctx->TestEngine); }
}  // namespace

// item_data is null for a window (Begin reports the window as an item): not a control.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* item_data) {
    if (portfolio::ItemObserver* o = ObserverOf(ctx)) o->ItemAdd(id, bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y, item_data == nullptr);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (portfolio::ItemObserver* o = ObserverOf(ctx)) o->ItemInfo(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
