// Profile images (core/image.h) as GL textures, with a mipmap chain built on the CPU so a photo
// drawn far smaller than its pixels stays smooth. ImTextureID is the GL texture name.
#pragma once

#include "core/image.h"
#include "imgui.h"

namespace portfolio::gfx {

ImTextureID CreateImageTexture(const RgbaImage& image);
void DeleteImageTexture(ImTextureID texture);

}  // namespace portfolio::gfx
