// Benchmark helpers. A headless App: its own ImGui context, fonts built, a 1440x900 display, scrolled to the
// publication list and settled (the same setup as the headless UI test). Frame() draws one frame.
#pragma once

#include <memory>

#include "core/load.h"

struct ImGuiContext;

namespace portfolio::ui {
class App;
}

namespace portfolio::bench {

// The loader's limits for a synthetic profile of `publications`: the defaults (16 MB a document, 50,000
// entries a list) refuse the 100k one (56 MB), so the document and list caps grow with the size asked for.
LoadLimits ScaleLimits(std::size_t publications);

class UiHarness {
public:
    explicit UiHarness(LoadResult loaded);
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    void Frame();
    int VertexCount() const;  // of the last frame's draw data

private:
    ImGuiContext* context_ = nullptr;
    std::unique_ptr<ui::App> app_;
};

}  // namespace portfolio::bench
