// Drawing the profile's own images (the avatar, project images) into a rounded box.
#pragma once

#include "imgui.h"
#include "ui/view.h"

namespace portfolio::ui {

enum class ImageFit {
    Cover,    // fills the box, cropping the longer side (photos, avatars)
    Contain,  // whole image, centred, letterboxed (logos that are far from square)
};

// Picks Cover for images close to the box's shape and Contain for the rest.
ImageFit FitFor(const ImageTexture& image, ImVec2 box);

// Draws `image` into [min, max] with rounded corners; returns the rectangle the pixels cover.
void DrawImage(ImDrawList* draw_list, const ImageTexture& image, ImVec2 min, ImVec2 max, ImageFit fit, float rounding,
               ImDrawFlags flags = 0);

}  // namespace portfolio::ui
