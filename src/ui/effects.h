// Effects the UI asks the renderer to draw under its own drawing this frame: soft card shadows and
// the avatar's monogram disc. Plain data in logical pixels; the gfx layer draws them with shaders
// before ImGui's draw data (see gfx/effects.h). Without a GPU renderer (headless tests) the UI draws
// simpler versions itself.
#pragma once

#include <vector>

#include "imgui.h"

namespace portfolio::ui {

struct ShadowEffect {
    ImVec2 min, max;      // the card's rectangle
    float radius = 14.0f; // its corner radius
    float blur = 18.0f;   // shadow softness in pixels
    float offset_y = 6.0f;
    ImU32 color = IM_COL32(0, 0, 0, 40);
};

struct AvatarEffect {
    ImVec2 center;
    float radius = 56.0f;
    ImU32 color_a = 0, color_b = 0;  // gradient from a (top-left) to b
};

struct EffectList {
    std::vector<ShadowEffect> shadows;
    std::vector<AvatarEffect> avatars;
    bool enabled = false;  // the renderer draws effects; otherwise the UI falls back to draw lists
    void Clear() {
        shadows.clear();
        avatars.clear();
    }
};

}  // namespace portfolio::ui
