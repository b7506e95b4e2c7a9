// What the UI asks the renderer to draw under its own drawing this frame: the page's backdrop, soft card
// shadows and the avatar's monogram disc. Plain data in logical pixels: the contract between ui and gfx
// (gfx::Renderer::Render reads it and turns it into shader parameters, gfx/effects.h). Without a GPU
// renderer (headless tests) the UI draws simpler shadows and discs itself.
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

// The page behind everything: the theme's page colour with two soft, slowly drifting glows.
struct Backdrop {
    ImU32 page = 0, tint_a = 0, tint_b = 0;
    float strength = 0.10f;   // how visible the glows are
    float time = 0.0f;        // seconds of motion; held still for reduced motion and while idle
    float scroll = 0.0f;      // the page's scroll (parallax)
    bool transparent = false; // embedded over the host page's own background
};

struct EffectList {
    Backdrop backdrop;
    std::vector<ShadowEffect> shadows;
    std::vector<AvatarEffect> avatars;
    bool enabled = false;  // the renderer draws effects; otherwise the UI falls back to draw lists
    void Clear() {
        shadows.clear();
        avatars.clear();
    }
};

}  // namespace portfolio::ui
