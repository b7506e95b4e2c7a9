// What every headless UI test does in place of a window and a renderer: build the font atlas (as a
// renderer would when uploading it) and run frames at a display size, 60 per second.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "ui/app.h"

namespace portfolio::test {

inline void InitFonts(ui::App& app) {
    std::string error;
    REQUIRE_MESSAGE(app.InitFonts(error), error);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}

inline void RunFrames(ui::App& app, int n, float width, float height) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    for (int i = 0; i < n; ++i) {
        io.DeltaTime = 1.0f / 60.0f;
        app.Frame();
    }
}

}  // namespace portfolio::test
