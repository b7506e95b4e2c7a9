#include "ui/images.h"

#include <algorithm>

namespace portfolio::ui {

ImageFit FitFor(const ImageTexture& image, ImVec2 box) {
    if (image.width <= 0 || image.height <= 0 || box.x <= 0.0f || box.y <= 0.0f) return ImageFit::Contain;
    const float ratio = (static_cast<float>(image.width) / static_cast<float>(image.height)) / (box.x / box.y);
    return ratio > 0.8f && ratio < 1.25f ? ImageFit::Cover : ImageFit::Contain;
}

void DrawImage(ImDrawList* draw_list, const ImageTexture& image, ImVec2 min, ImVec2 max, ImageFit fit, float rounding,
               ImDrawFlags flags) {
    if (!image.texture || image.width <= 0 || image.height <= 0) return;
    const float bw = max.x - min.x, bh = max.y - min.y;
    if (bw <= 0.0f || bh <= 0.0f) return;
    const float iw = static_cast<float>(image.width), ih = static_cast<float>(image.height);
    ImVec2 uv0(0.0f, 0.0f), uv1(1.0f, 1.0f), p0 = min, p1 = max;
    if (fit == ImageFit::Cover) {
        // Crop the texture coordinates so the image keeps its proportions and fills the box.
        const float scale = std::max(bw / iw, bh / ih);
        const float u = bw / (iw * scale), v = bh / (ih * scale);
        uv0 = ImVec2((1.0f - u) * 0.5f, (1.0f - v) * 0.5f);
        uv1 = ImVec2(uv0.x + u, uv0.y + v);
    } else {
        const float scale = std::min(bw / iw, bh / ih);
        const float w = iw * scale, h = ih * scale;
        p0 = ImVec2(min.x + (bw - w) * 0.5f, min.y + (bh - h) * 0.5f);
        p1 = ImVec2(p0.x + w, p0.y + h);
        rounding = std::min(rounding, std::min(w, h) * 0.5f);
    }
    draw_list->AddImageRounded(image.texture, p0, p1, uv0, uv1, IM_COL32_WHITE, rounding, flags);
}

}  // namespace portfolio::ui
