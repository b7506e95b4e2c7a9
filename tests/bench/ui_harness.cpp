#include "ui_harness.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/app.h"

namespace portfolio::bench {

LoadLimits ScaleLimits(std::size_t publications) {
    LoadLimits limits;
    limits.max_bytes = std::max(limits.max_bytes, publications * 1024);  // ~590 bytes a publication
    limits.max_items = std::max(limits.max_items, publications);
    return limits;
}

UiHarness::UiHarness(LoadResult loaded) : context_(ImGui::CreateContext()) {
    ui::AppSettings settings;
    settings.asset_dir = PORTFOLIO_ASSET_DIR;
    app_ = std::make_unique<ui::App>(settings, ui::Host{});
    app_->SetProfile(std::move(loaded));
    std::string error;
    app_->InitFonts(error);
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.DisplaySize = ImVec2(1440, 900);
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the real renderer (large meshes)
    app_->ApplyRoute("/publications");  // scrolled to the list
    for (int i = 0; i < 4; ++i) app_->Frame();  // settle layout and caches
}

UiHarness::~UiHarness() {
    ImGui::SetCurrentContext(context_);
    app_.reset();
    ImGui::DestroyContext(context_);
}

void UiHarness::Frame() {
    ImGui::SetCurrentContext(context_);
    app_->Frame();
}

int UiHarness::VertexCount() const {
    const ImDrawData* data = ImGui::GetDrawData();
    return data ? data->TotalVtxCount : 0;
}

}  // namespace portfolio::bench
