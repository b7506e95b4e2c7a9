// The deferred font atlas (ui/glyph_atlas.h) against ImGui's own stb_truetype builder: the same
// texture size, glyph metrics and, once rasterised, the same pixels; and a frame's glyphs are
// rasterised before it is drawn, however they are clipped.
#include <doctest/doctest.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/glyph_atlas.h"
#include "ui/icons.h"

namespace portfolio {
namespace {

std::string FontBytes(const char* name) {
    std::ifstream in(std::string(PORTFOLIO_ASSET_DIR) + "/fonts/" + name, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE_MESSAGE(!bytes.empty(), name);
    return bytes;
}

struct Files {
    std::string regular = FontBytes("Inter-Regular.ttf"), bold = FontBytes("Inter-Bold.ttf"), icons = FontBytes("icons.ttf");
};

// The app's kind of atlas: text at two sizes and weights, oversampled, with icons merged in.
void AddFonts(ImFontAtlas& atlas, Files& files, float multiply = 1.0f) {
    static const ImWchar text[] = {0x0020, 0x00FF, 0x2013, 0x2026, 0};
    static const ImWchar icons[] = {static_cast<ImWchar>(ui::kIconFirst), static_cast<ImWchar>(ui::kIconLast), 0};
    auto add = [&](std::string& bytes, float size, const ImWchar* ranges, bool merge, int oversample_h) {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;
        cfg.MergeMode = merge;
        cfg.OversampleH = oversample_h;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = merge;
        cfg.GlyphMinAdvanceX = merge ? size * 1.05f : 0.0f;
        cfg.RasterizerMultiply = multiply;
        atlas.AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), size, &cfg, ranges);
    };
    add(files.regular, 16.0f, text, false, 2);
    add(files.icons, 14.4f, icons, true, 2);
    add(files.bold, 26.0f, text, false, 1);
}

void CheckSameGlyphs(const ImFontAtlas& ours, const ImFontAtlas& imgui) {
    REQUIRE(ours.Fonts.Size == imgui.Fonts.Size);
    for (int f = 0; f < ours.Fonts.Size; ++f) {
        const ImFont& a = *ours.Fonts[f];
        const ImFont& b = *imgui.Fonts[f];
        REQUIRE(a.Glyphs.Size == b.Glyphs.Size);
        CHECK(a.Ascent == b.Ascent);
        CHECK(a.Descent == b.Descent);
        for (int g = 0; g < a.Glyphs.Size; ++g) {
            const ImFontGlyph& x = a.Glyphs[g];
            const ImFontGlyph& y = b.Glyphs[g];
            CAPTURE(x.Codepoint);
            REQUIRE(x.Codepoint == y.Codepoint);
            CHECK(x.AdvanceX == y.AdvanceX);
            CHECK((x.X0 == y.X0 && x.Y0 == y.Y0 && x.X1 == y.X1 && x.Y1 == y.Y1));
            CHECK((x.U0 == y.U0 && x.V0 == y.V0 && x.U1 == y.U1 && x.V1 == y.V1));
        }
    }
}

std::size_t NonZero(const ImFontAtlas& atlas, const ImFontGlyph& g) {
    std::size_t n = 0;
    const int x0 = static_cast<int>(g.U0 * static_cast<float>(atlas.TexWidth)), x1 = static_cast<int>(g.U1 * static_cast<float>(atlas.TexWidth));
    const int y0 = static_cast<int>(g.V0 * static_cast<float>(atlas.TexHeight)), y1 = static_cast<int>(g.V1 * static_cast<float>(atlas.TexHeight));
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) n += atlas.TexPixelsAlpha8[y * atlas.TexWidth + x] != 0;
    return n;
}

// A frame in its own context, drawing `text` with the first font at `pos`, clipped to `clip`.
struct Frame {
    ImGuiContext* context;
    explicit Frame(ImFontAtlas& atlas) : context(ImGui::CreateContext(&atlas)) {
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(400, 200);
        io.DeltaTime = 1.0f / 60.0f;
        io.IniFilename = nullptr;
    }
    ~Frame() { ImGui::DestroyContext(context); }
    const ImDrawData& Draw(const char* text, ImVec2 pos, ImVec4 clip) {
        ImGui::NewFrame();
        ImGui::GetForegroundDrawList()->AddText(ImGui::GetIO().Fonts->Fonts[0], 16.0f, pos, IM_COL32_WHITE, text, nullptr, 0.0f, &clip);
        ImGui::Render();
        return *ImGui::GetDrawData();
    }
};

}  // namespace

TEST_CASE("the deferred atlas packs like ImGui's builder and, rasterised, has the same pixels") {
    for (const float multiply : {1.0f, 1.4f}) {
        CAPTURE(multiply);
        Files files;
        ImFontAtlas imgui, ours;
        AddFonts(imgui, files, multiply);
        AddFonts(ours, files, multiply);
        glyphs::UseDeferredBuilder(ours);
        REQUIRE(imgui.Build());
        REQUIRE(ours.Build());
        REQUIRE(ours.TexWidth == imgui.TexWidth);
        REQUIRE(ours.TexHeight == imgui.TexHeight);
        CheckSameGlyphs(ours, imgui);
        CHECK(glyphs::Pending(imgui) == 0);  // ImGui's builder leaves nothing to do
        const std::size_t total = glyphs::Pending(ours);
        CHECK(total > 300);
        const std::size_t bytes = static_cast<std::size_t>(ours.TexWidth) * static_cast<std::size_t>(ours.TexHeight);
        // Only the custom rectangles (white pixel, lines, cursors) are drawn before any glyph is.
        CHECK(std::memcmp(ours.TexPixelsAlpha8, imgui.TexPixelsAlpha8, bytes) != 0);
        const ImFontGlyph* a = ours.Fonts[0]->FindGlyphNoFallback('A');
        REQUIRE(a != nullptr);
        CHECK(NonZero(ours, *a) == 0);
        // The RGBA copy made now, before rasterising, is kept in step too.
        unsigned char* rgba = nullptr;
        int w = 0, h = 0;
        ours.GetTexDataAsRGBA32(&rgba, &w, &h);
        const glyphs::RowSpan rows = glyphs::RasterizeAll(ours);
        CHECK(glyphs::Pending(ours) == 0);
        CHECK(rows.y0 >= 0);
        CHECK(rows.y1 <= ours.TexHeight);
        CHECK(rows.y1 > rows.y0);
        CHECK(std::memcmp(ours.TexPixelsAlpha8, imgui.TexPixelsAlpha8, bytes) == 0);
        bool rgba_same = true;
        for (std::size_t i = 0; i < bytes && rgba_same; ++i)
            rgba_same = ours.TexPixelsRGBA32[i] == IM_COL32(255, 255, 255, static_cast<unsigned>(imgui.TexPixelsAlpha8[i]));
        CHECK(rgba_same);
        CHECK(glyphs::RasterizeAll(ours).Empty());  // done: nothing more to draw
    }
}

TEST_CASE("a frame's glyphs are rasterised before it is drawn, clipped ones too, and only those") {
    Files files;
    ImFontAtlas reference, atlas;
    AddFonts(reference, files);
    AddFonts(atlas, files);
    glyphs::UseDeferredBuilder(atlas);
    REQUIRE(reference.Build());
    REQUIRE(atlas.Build());
    const std::size_t total = glyphs::Pending(atlas);
    Frame frame(atlas);
    const ImFont& font = *atlas.Fonts[0];

    // "Hg" plus an icon merged into the same font, drawn whole.
    unsigned search = 0;
    ImTextCharFromUtf8(&search, ICON_SEARCH, nullptr);
    const ImDrawData& whole = frame.Draw("Hg" ICON_SEARCH, ImVec2(10, 10), ImVec4(0, 0, 400, 200));
    const glyphs::RowSpan rows = glyphs::Rasterize(atlas, &whole, 0.0);
    CHECK(glyphs::Pending(atlas) == total - 3);
    for (const ImWchar c : {ImWchar('H'), ImWchar('g'), static_cast<ImWchar>(search)}) {
        CAPTURE(c);
        const ImFontGlyph& g = *font.FindGlyphNoFallback(c);
        CHECK(NonZero(atlas, g) > 0);
        CHECK(NonZero(atlas, g) == NonZero(reference, g));
        CHECK(rows.y0 <= static_cast<int>(g.V0 * static_cast<float>(atlas.TexHeight)));
        CHECK(rows.y1 >= static_cast<int>(g.V1 * static_cast<float>(atlas.TexHeight)));
    }
    CHECK(NonZero(atlas, *font.FindGlyphNoFallback('W')) == 0);  // not drawn, not rasterised
    CHECK(NonZero(atlas, *atlas.Fonts[1]->FindGlyphNoFallback('H')) == 0);  // another font's H

    // The same frame again changes nothing.
    CHECK(glyphs::Rasterize(atlas, &frame.Draw("Hg", ImVec2(10, 10), ImVec4(0, 0, 400, 200)), 0.0).Empty());

    // A "W" cut in half by its clip rectangle (as text in a field that scrolls): ImGui moves its UVs inside.
    const ImDrawData& clipped = frame.Draw("W", ImVec2(10, 10), ImVec4(16, 0, 400, 200));
    glyphs::Rasterize(atlas, &clipped, 0.0);
    CHECK(NonZero(atlas, *font.FindGlyphNoFallback('W')) > 0);
    CHECK(glyphs::Pending(atlas) == total - 4);

    // Drawn ahead, in budgeted steps, until none is left.
    int steps = 0;
    while (glyphs::Pending(atlas) > 0 && steps < 10000) {
        glyphs::Rasterize(atlas, nullptr, 0.5);
        ++steps;
    }
    CHECK(glyphs::Pending(atlas) == 0);
    const std::size_t bytes = static_cast<std::size_t>(atlas.TexWidth) * static_cast<std::size_t>(atlas.TexHeight);
    CHECK(std::memcmp(atlas.TexPixelsAlpha8, reference.TexPixelsAlpha8, bytes) == 0);
}

TEST_CASE("an atlas cleared or built again never gets the old build's glyphs") {
    Files files;
    ImFontAtlas atlas;
    glyphs::UseDeferredBuilder(atlas);
    AddFonts(atlas, files);
    REQUIRE(atlas.Build());
    const std::size_t first = glyphs::Pending(atlas);
    REQUIRE(first > 0);
    atlas.Clear();  // the pixels are gone: nothing is pending, nothing is written
    CHECK(glyphs::Pending(atlas) == 0);
    CHECK(glyphs::RasterizeAll(atlas).Empty());

    // Built again with fewer fonts: its own glyphs, rasterised into its own pixels.
    static const ImWchar digits[] = {'0', '9', 0};
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    atlas.AddFontFromMemoryTTF(files.regular.data(), static_cast<int>(files.regular.size()), 16.0f, &cfg, digits);
    REQUIRE(atlas.Build());
    CHECK(glyphs::Pending(atlas) == 10);  // the ten digits
    glyphs::RasterizeAll(atlas);
    CHECK(NonZero(atlas, *atlas.Fonts[0]->FindGlyphNoFallback('8')) > 0);
}

}  // namespace portfolio
