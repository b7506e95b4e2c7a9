// The font atlas, rasterised as it is drawn. ImGui's stb_truetype builder (imgui_draw.cpp) packs every
// glyph and rasterises all of them in Build(): on the web that was the largest cost before the first
// frame (about 50 ms for some 1,000 glyphs in eight sizes, most of which the first screen never shows).
// This builder packs the same rectangles and gives every glyph the same metrics and UVs, so the layout
// is final at once, but rasterises none of them. Rasterize() draws the glyphs a frame samples just
// before that frame is drawn, and then the rest, a few milliseconds a frame. The pixels end up the
// same as ImGui's builder's (tests/ui/glyph_atlas_test.cpp).
#pragma once

#include <cstddef>

struct ImDrawData;
struct ImFontAtlas;

namespace portfolio::glyphs {

// The atlas's next Build() (GetTexDataAs*, or one of its own) packs without rasterising.
void UseDeferredBuilder(ImFontAtlas& atlas);

// Rows [y0, y1) of the atlas's pixels that changed: TexPixelsAlpha8 and, when ImGui made it,
// TexPixelsRGBA32 (a texture upload reads that one).
struct RowSpan {
    int y0 = 0, y1 = 0;
    bool Empty() const { return y1 <= y0; }
};

// Rasterises each glyph that `draw_data` samples from `atlas` (its draw commands with the atlas's
// TexID) and that was not drawn yet, then others in atlas order until `ahead_ms` have passed
// (0: only those sampled). `draw_data` may be null.
RowSpan Rasterize(ImFontAtlas& atlas, const ImDrawData* draw_data, double ahead_ms);
RowSpan RasterizeAll(ImFontAtlas& atlas);

// Glyphs of the atlas's last build still to rasterise (0 once done, and for an atlas ImGui's own
// builder built).
std::size_t Pending(const ImFontAtlas& atlas);

}  // namespace portfolio::glyphs
