// The deferred font atlas builder (glyph_atlas.h). Build() follows ImGui 1.90.1's
// ImFontAtlasBuildWithStbTruetype (imgui_draw.cpp, MIT licence) step for step, except step 8: where
// ImGui rasterises every packed glyph, this one sets the glyph's quad and advance exactly as
// stbtt_PackFontRangesRenderIntoRects would and remembers the glyph; Rasterize() later runs that
// function's rendering part for one glyph at a time.
#include "glyph_atlas.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <map>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

// stb_rect_pack and stb_truetype are compiled here, once, with imgui_draw.cpp's settings
// (portfolio_imconfig.h turns its copies off): the builder below needs stb_truetype's internals.
#define STBRP_ASSERT(x) \
    do { IM_ASSERT(x); } while (0)
#define STBRP_SORT ImQsort
#define STB_RECT_PACK_IMPLEMENTATION
#include "imstb_rectpack.h"

#define STBTT_malloc(x, u) ((void)(u), IM_ALLOC(x))
#define STBTT_free(x, u) ((void)(u), IM_FREE(x))
#define STBTT_assert(x) \
    do { IM_ASSERT(x); } while (0)
#define STBTT_fmod(x, y) ImFmod(x, y)
#define STBTT_sqrt(x) ImSqrt(x)
#define STBTT_pow(x, y) ImPow(x, y)
#define STBTT_fabs(x) ImFabs(x)
#define STBTT_ifloor(x) ((int)ImFloor(x))
#define STBTT_iceil(x) ((int)ImCeil(x))
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"

namespace portfolio::glyphs {
namespace {

// One source font of the build (ImFontConfig): what rasterising its glyphs needs.
struct Source {
    stbtt_fontinfo info;
    float scale = 1.0f;
    int h_over = 1, v_over = 1;
    bool multiply = false;
    unsigned char multiply_table[256];
};

// A packed glyph not yet drawn: its rectangle in the atlas (after the left and top padding, as
// stb_truetype draws into it) and its glyph index in its source.
struct Glyph {
    int source = 0, index = 0;
    int x = 0, y = 0, w = 0, h = 0;
};

constexpr int kCell = 16;  // the lookup grid's cell, in atlas pixels

struct Build {
    std::uintptr_t serial = 0;  // also in atlas->UserData: this build's, not an earlier atlas's at that address
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    int configs = 0;
    std::vector<Source> sources;
    std::vector<Glyph> glyphs;
    std::vector<unsigned char> done;
    std::size_t pending = 0;
    std::size_t next = 0;  // where rasterising ahead goes on
    // For each grid cell, the glyphs whose rectangles touch it: cell_glyphs[cell_start[c] .. cell_start[c + 1]).
    int columns = 0, rows = 0;
    std::vector<int> cell_start, cell_glyphs;
};

std::map<const ImFontAtlas*, Build>& Builds() {
    static std::map<const ImFontAtlas*, Build> builds;
    return builds;
}

std::uintptr_t Serial(const ImFontAtlas& atlas) { return reinterpret_cast<std::uintptr_t>(atlas.UserData); }

// The atlas's current build, or null (built by ImGui's builder, cleared, or every glyph drawn).
Build* Find(const ImFontAtlas& atlas) {
    auto& builds = Builds();
    const auto it = builds.find(&atlas);
    if (it == builds.end()) return nullptr;
    const Build& b = it->second;
    if (b.serial != Serial(atlas) || b.pixels != atlas.TexPixelsAlpha8 || b.width != atlas.TexWidth ||
        b.height != atlas.TexHeight || b.configs != atlas.ConfigData.Size) {
        builds.erase(it);
        return nullptr;
    }
    return &it->second;
}

void Index(Build& b) {
    b.columns = (b.width + kCell - 1) / kCell;
    b.rows = (b.height + kCell - 1) / kCell;
    const std::size_t cells = static_cast<std::size_t>(b.columns) * static_cast<std::size_t>(b.rows);
    b.cell_start.assign(cells + 1, 0);
    auto each_cell = [&](const Glyph& g, auto&& f) {
        for (int cy = g.y / kCell; cy <= (g.y + g.h) / kCell && cy < b.rows; ++cy)
            for (int cx = g.x / kCell; cx <= (g.x + g.w) / kCell && cx < b.columns; ++cx) f(static_cast<std::size_t>(cy * b.columns + cx));
    };
    for (const Glyph& g : b.glyphs) each_cell(g, [&](std::size_t c) { ++b.cell_start[c + 1]; });
    for (std::size_t c = 0; c < cells; ++c) b.cell_start[c + 1] += b.cell_start[c];
    b.cell_glyphs.resize(static_cast<std::size_t>(b.cell_start[cells]));
    std::vector<int> fill(b.cell_start.begin(), b.cell_start.end() - 1);
    for (std::size_t i = 0; i < b.glyphs.size(); ++i)
        each_cell(b.glyphs[i], [&](std::size_t c) { b.cell_glyphs[static_cast<std::size_t>(fill[c]++)] = static_cast<int>(i); });
}

// stbtt_PackFontRangesRenderIntoRects's rendering of one glyph, then ImGui's multiply, then the RGBA copy.
void Draw(Build& b, ImFontAtlas& atlas, std::size_t i, RowSpan& span) {
    if (b.done[i]) return;
    b.done[i] = 1;
    --b.pending;
    const Glyph& g = b.glyphs[i];
    const Source& s = b.sources[static_cast<std::size_t>(g.source)];
    unsigned char* out = b.pixels + g.x + g.y * b.width;
    stbtt_MakeGlyphBitmapSubpixel(&s.info, out, g.w - s.h_over + 1, g.h - s.v_over + 1, b.width, s.scale * static_cast<float>(s.h_over),
                                  s.scale * static_cast<float>(s.v_over), 0, 0, g.index);
    if (s.h_over > 1) stbtt__h_prefilter(out, g.w, g.h, b.width, static_cast<unsigned>(s.h_over));
    if (s.v_over > 1) stbtt__v_prefilter(out, g.w, g.h, b.width, static_cast<unsigned>(s.v_over));
    if (s.multiply) ImFontAtlasBuildMultiplyRectAlpha8(s.multiply_table, b.pixels, g.x, g.y, g.w, g.h, b.width);
    if (unsigned int* rgba = atlas.TexPixelsRGBA32)
        for (int y = g.y; y < g.y + g.h; ++y)
            for (int x = g.x; x < g.x + g.w; ++x) {
                const std::size_t at = static_cast<std::size_t>(y) * static_cast<std::size_t>(b.width) + static_cast<std::size_t>(x);
                rgba[at] = IM_COL32(255, 255, 255, static_cast<unsigned int>(b.pixels[at]));
            }
    if (span.Empty()) span = RowSpan{g.y, g.y + g.h};
    else span = RowSpan{std::min(span.y0, g.y), std::max(span.y1, g.y + g.h)};
}

void Finished(const ImFontAtlas& atlas, const Build& b) {
    if (b.pending == 0) Builds().erase(&atlas);  // nothing left to draw: the fonts' parsed tables go too
}

// ---- The build: ImGui's, but for step 8 ---------------------------------------------------------

struct SrcData {
    stbtt_fontinfo FontInfo;
    stbtt_pack_range PackRange;
    stbrp_rect* Rects;
    stbtt_packedchar* PackedChars;
    const ImWchar* SrcRanges;
    int DstIndex;
    int GlyphsHighest;
    int GlyphsCount;
    ImBitVector GlyphsSet;
    ImVector<int> GlyphsList;
};

struct DstData {
    int SrcCount;
    int GlyphsHighest;
    int GlyphsCount;
    ImBitVector GlyphsSet;
};

void UnpackBitVector(const ImBitVector* in, ImVector<int>* out) {
    const ImU32* begin = in->Storage.begin();
    for (const ImU32* it = begin; it < in->Storage.end(); ++it)
        if (const ImU32 bits = *it)
            for (ImU32 bit = 0; bit < 32; ++bit)
                if (bits & (static_cast<ImU32>(1) << bit)) out->push_back(static_cast<int>(((it - begin) << 5) + bit));
}

bool BuildDeferred(ImFontAtlas* atlas) {
    IM_ASSERT(atlas->ConfigData.Size > 0);
    Builds().erase(atlas);
    ImFontAtlasBuildInit(atlas);

    atlas->TexID = (ImTextureID) nullptr;
    atlas->TexWidth = atlas->TexHeight = 0;
    atlas->TexUvScale = ImVec2(0.0f, 0.0f);
    atlas->TexUvWhitePixel = ImVec2(0.0f, 0.0f);
    atlas->ClearTexData();

    ImVector<SrcData> src_tmp_array;
    ImVector<DstData> dst_tmp_array;
    src_tmp_array.resize(atlas->ConfigData.Size);
    dst_tmp_array.resize(atlas->Fonts.Size);
    std::memset(static_cast<void*>(src_tmp_array.Data), 0, static_cast<std::size_t>(src_tmp_array.size_in_bytes()));
    std::memset(static_cast<void*>(dst_tmp_array.Data), 0, static_cast<std::size_t>(dst_tmp_array.size_in_bytes()));

    // 1. Each source: its destination font, its font data, its highest code point.
    for (int src_i = 0; src_i < atlas->ConfigData.Size; src_i++) {
        SrcData& src_tmp = src_tmp_array[src_i];
        ImFontConfig& cfg = atlas->ConfigData[src_i];
        IM_ASSERT(cfg.DstFont && (!cfg.DstFont->IsLoaded() || cfg.DstFont->ContainerAtlas == atlas));
        src_tmp.DstIndex = -1;
        for (int output_i = 0; output_i < atlas->Fonts.Size && src_tmp.DstIndex == -1; output_i++)
            if (cfg.DstFont == atlas->Fonts[output_i]) src_tmp.DstIndex = output_i;
        if (src_tmp.DstIndex == -1) {
            IM_ASSERT(src_tmp.DstIndex != -1);
            return false;
        }
        const int font_offset = stbtt_GetFontOffsetForIndex(static_cast<unsigned char*>(cfg.FontData), cfg.FontNo);
        IM_ASSERT(font_offset >= 0 && "FontData is incorrect, or FontNo cannot be found.");
        if (!stbtt_InitFont(&src_tmp.FontInfo, static_cast<unsigned char*>(cfg.FontData), font_offset)) {
            IM_ASSERT(0 && "stbtt_InitFont(): failed to parse FontData.");
            return false;
        }
        DstData& dst_tmp = dst_tmp_array[src_tmp.DstIndex];
        src_tmp.SrcRanges = cfg.GlyphRanges ? cfg.GlyphRanges : atlas->GetGlyphRangesDefault();
        for (const ImWchar* src_range = src_tmp.SrcRanges; src_range[0] && src_range[1]; src_range += 2) {
            IM_ASSERT(src_range[0] <= src_range[1]);
            src_tmp.GlyphsHighest = ImMax(src_tmp.GlyphsHighest, static_cast<int>(src_range[1]));
        }
        dst_tmp.SrcCount++;
        dst_tmp.GlyphsHighest = ImMax(dst_tmp.GlyphsHighest, src_tmp.GlyphsHighest);
    }

    // 2. The code points each source adds: asked for, in the font, not set by an earlier source.
    int total_glyphs_count = 0;
    for (SrcData& src_tmp : src_tmp_array) {
        DstData& dst_tmp = dst_tmp_array[src_tmp.DstIndex];
        src_tmp.GlyphsSet.Create(src_tmp.GlyphsHighest + 1);
        if (dst_tmp.GlyphsSet.Storage.empty()) dst_tmp.GlyphsSet.Create(dst_tmp.GlyphsHighest + 1);
        for (const ImWchar* src_range = src_tmp.SrcRanges; src_range[0] && src_range[1]; src_range += 2)
            for (unsigned int codepoint = src_range[0]; codepoint <= src_range[1]; codepoint++) {
                if (dst_tmp.GlyphsSet.TestBit(static_cast<int>(codepoint))) continue;
                if (!stbtt_FindGlyphIndex(&src_tmp.FontInfo, static_cast<int>(codepoint))) continue;
                src_tmp.GlyphsCount++;
                dst_tmp.GlyphsCount++;
                src_tmp.GlyphsSet.SetBit(static_cast<int>(codepoint));
                dst_tmp.GlyphsSet.SetBit(static_cast<int>(codepoint));
                total_glyphs_count++;
            }
    }

    // 3. As flat lists.
    for (SrcData& src_tmp : src_tmp_array) {
        src_tmp.GlyphsList.reserve(src_tmp.GlyphsCount);
        UnpackBitVector(&src_tmp.GlyphsSet, &src_tmp.GlyphsList);
        src_tmp.GlyphsSet.Clear();
        IM_ASSERT(src_tmp.GlyphsList.Size == src_tmp.GlyphsCount);
    }
    for (DstData& dst_tmp : dst_tmp_array) dst_tmp.GlyphsSet.Clear();
    dst_tmp_array.clear();

    ImVector<stbrp_rect> buf_rects;
    ImVector<stbtt_packedchar> buf_packedchars;
    buf_rects.resize(total_glyphs_count);
    buf_packedchars.resize(total_glyphs_count);
    std::memset(static_cast<void*>(buf_rects.Data), 0, static_cast<std::size_t>(buf_rects.size_in_bytes()));
    std::memset(static_cast<void*>(buf_packedchars.Data), 0, static_cast<std::size_t>(buf_packedchars.size_in_bytes()));

    // 4. Every glyph's rectangle.
    int total_surface = 0;
    int buf_rects_out_n = 0;
    int buf_packedchars_out_n = 0;
    for (int src_i = 0; src_i < src_tmp_array.Size; src_i++) {
        SrcData& src_tmp = src_tmp_array[src_i];
        if (src_tmp.GlyphsCount == 0) continue;
        src_tmp.Rects = &buf_rects[buf_rects_out_n];
        src_tmp.PackedChars = &buf_packedchars[buf_packedchars_out_n];
        buf_rects_out_n += src_tmp.GlyphsCount;
        buf_packedchars_out_n += src_tmp.GlyphsCount;
        ImFontConfig& cfg = atlas->ConfigData[src_i];
        src_tmp.PackRange.font_size = cfg.SizePixels * cfg.RasterizerDensity;
        src_tmp.PackRange.first_unicode_codepoint_in_range = 0;
        src_tmp.PackRange.array_of_unicode_codepoints = src_tmp.GlyphsList.Data;
        src_tmp.PackRange.num_chars = src_tmp.GlyphsList.Size;
        src_tmp.PackRange.chardata_for_range = src_tmp.PackedChars;
        src_tmp.PackRange.h_oversample = static_cast<unsigned char>(cfg.OversampleH);
        src_tmp.PackRange.v_oversample = static_cast<unsigned char>(cfg.OversampleV);
        const float scale = (cfg.SizePixels > 0.0f) ? stbtt_ScaleForPixelHeight(&src_tmp.FontInfo, cfg.SizePixels * cfg.RasterizerDensity)
                                                    : stbtt_ScaleForMappingEmToPixels(&src_tmp.FontInfo, -cfg.SizePixels * cfg.RasterizerDensity);
        const int padding = atlas->TexGlyphPadding;
        for (int glyph_i = 0; glyph_i < src_tmp.GlyphsList.Size; glyph_i++) {
            int x0, y0, x1, y1;
            const int glyph_index_in_font = stbtt_FindGlyphIndex(&src_tmp.FontInfo, src_tmp.GlyphsList[glyph_i]);
            IM_ASSERT(glyph_index_in_font != 0);
            stbtt_GetGlyphBitmapBoxSubpixel(&src_tmp.FontInfo, glyph_index_in_font, scale * static_cast<float>(cfg.OversampleH),
                                            scale * static_cast<float>(cfg.OversampleV), 0, 0, &x0, &y0, &x1, &y1);
            src_tmp.Rects[glyph_i].w = static_cast<stbrp_coord>(x1 - x0 + padding + cfg.OversampleH - 1);
            src_tmp.Rects[glyph_i].h = static_cast<stbrp_coord>(y1 - y0 + padding + cfg.OversampleV - 1);
            total_surface += src_tmp.Rects[glyph_i].w * src_tmp.Rects[glyph_i].h;
        }
    }

    const int surface_sqrt = static_cast<int>(ImSqrt(static_cast<float>(total_surface))) + 1;
    atlas->TexHeight = 0;
    if (atlas->TexDesiredWidth > 0) atlas->TexWidth = atlas->TexDesiredWidth;
    else
        atlas->TexWidth = (surface_sqrt >= 4096 * 0.7f) ? 4096 : (surface_sqrt >= 2048 * 0.7f) ? 2048 : (surface_sqrt >= 1024 * 0.7f) ? 1024 : 512;

    // 5. and 6. Pack: the custom rectangles first, then each source's glyphs.
    const int TEX_HEIGHT_MAX = 1024 * 32;
    stbtt_pack_context spc = {};
    stbtt_PackBegin(&spc, nullptr, atlas->TexWidth, TEX_HEIGHT_MAX, 0, atlas->TexGlyphPadding, nullptr);
    ImFontAtlasBuildPackCustomRects(atlas, spc.pack_info);
    for (SrcData& src_tmp : src_tmp_array) {
        if (src_tmp.GlyphsCount == 0) continue;
        stbrp_pack_rects(static_cast<stbrp_context*>(spc.pack_info), src_tmp.Rects, src_tmp.GlyphsCount);
        for (int glyph_i = 0; glyph_i < src_tmp.GlyphsCount; glyph_i++)
            if (src_tmp.Rects[glyph_i].was_packed)
                atlas->TexHeight = ImMax(atlas->TexHeight, src_tmp.Rects[glyph_i].y + src_tmp.Rects[glyph_i].h);
    }

    // 7. The texture, blank.
    atlas->TexHeight = (atlas->Flags & ImFontAtlasFlags_NoPowerOfTwoHeight) ? (atlas->TexHeight + 1) : ImUpperPowerOfTwo(atlas->TexHeight);
    atlas->TexUvScale = ImVec2(1.0f / static_cast<float>(atlas->TexWidth), 1.0f / static_cast<float>(atlas->TexHeight));
    atlas->TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(static_cast<std::size_t>(atlas->TexWidth) * static_cast<std::size_t>(atlas->TexHeight)));
    std::memset(atlas->TexPixelsAlpha8, 0, static_cast<std::size_t>(atlas->TexWidth) * static_cast<std::size_t>(atlas->TexHeight));
    spc.pixels = atlas->TexPixelsAlpha8;
    spc.height = atlas->TexHeight;

    // 8. No rasterising: each glyph's packed quad as stbtt_PackFontRangesRenderIntoRects sets it, and
    // the glyph kept for Rasterize.
    Build b;
    for (int src_i = 0; src_i < src_tmp_array.Size; src_i++) {
        const ImFontConfig& cfg = atlas->ConfigData[src_i];
        SrcData& src_tmp = src_tmp_array[src_i];
        if (src_tmp.GlyphsCount == 0) continue;
        Source source;
        source.info = src_tmp.FontInfo;
        const float fh = src_tmp.PackRange.font_size;
        source.scale = fh > 0 ? stbtt_ScaleForPixelHeight(&source.info, fh) : stbtt_ScaleForMappingEmToPixels(&source.info, -fh);
        source.h_over = src_tmp.PackRange.h_oversample;
        source.v_over = src_tmp.PackRange.v_oversample;
        source.multiply = cfg.RasterizerMultiply != 1.0f;
        if (source.multiply) ImFontAtlasBuildMultiplyCalcLookupTable(source.multiply_table, cfg.RasterizerMultiply);
        const float recip_h = 1.0f / static_cast<float>(source.h_over), recip_v = 1.0f / static_cast<float>(source.v_over);
        const float sub_x = stbtt__oversample_shift(source.h_over), sub_y = stbtt__oversample_shift(source.v_over);
        const int source_no = static_cast<int>(b.sources.size());
        b.sources.push_back(source);
        const int pad = spc.padding;
        for (int glyph_i = 0; glyph_i < src_tmp.GlyphsCount; glyph_i++) {
            const stbrp_rect& r = src_tmp.Rects[glyph_i];
            if (!r.was_packed || r.w == 0 || r.h == 0) continue;  // stb_truetype leaves these as they are
            stbtt_packedchar& bc = src_tmp.PackedChars[glyph_i];
            const int index = stbtt_FindGlyphIndex(&source.info, src_tmp.GlyphsList[glyph_i]);
            Glyph g{source_no, index, r.x + pad, r.y + pad, r.w - pad, r.h - pad};
            int advance = 0, lsb = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            stbtt_GetGlyphHMetrics(&source.info, index, &advance, &lsb);
            stbtt_GetGlyphBitmapBox(&source.info, index, source.scale * static_cast<float>(source.h_over),
                                    source.scale * static_cast<float>(source.v_over), &x0, &y0, &x1, &y1);
            bc.x0 = static_cast<stbtt_int16>(g.x);
            bc.y0 = static_cast<stbtt_int16>(g.y);
            bc.x1 = static_cast<stbtt_int16>(g.x + g.w);
            bc.y1 = static_cast<stbtt_int16>(g.y + g.h);
            bc.xadvance = source.scale * static_cast<float>(advance);
            bc.xoff = static_cast<float>(x0) * recip_h + sub_x;
            bc.yoff = static_cast<float>(y0) * recip_v + sub_y;
            bc.xoff2 = static_cast<float>(x0 + g.w) * recip_h + sub_x;
            bc.yoff2 = static_cast<float>(y0 + g.h) * recip_v + sub_y;
            b.glyphs.push_back(g);
        }
        src_tmp.Rects = nullptr;
    }
    stbtt_PackEnd(&spc);
    buf_rects.clear();

    // 9. The fonts' glyphs for the layout.
    for (int src_i = 0; src_i < src_tmp_array.Size; src_i++) {
        SrcData& src_tmp = src_tmp_array[src_i];
        ImFontConfig& cfg = atlas->ConfigData[src_i];
        ImFont* dst_font = cfg.DstFont;
        const float font_scale = stbtt_ScaleForPixelHeight(&src_tmp.FontInfo, cfg.SizePixels);
        int unscaled_ascent, unscaled_descent, unscaled_line_gap;
        stbtt_GetFontVMetrics(&src_tmp.FontInfo, &unscaled_ascent, &unscaled_descent, &unscaled_line_gap);
        const float ascent = ImTrunc(static_cast<float>(unscaled_ascent) * font_scale + ((unscaled_ascent > 0.0f) ? +1 : -1));
        const float descent = ImTrunc(static_cast<float>(unscaled_descent) * font_scale + ((unscaled_descent > 0.0f) ? +1 : -1));
        ImFontAtlasBuildSetupFont(atlas, dst_font, &cfg, ascent, descent);
        const float font_off_x = cfg.GlyphOffset.x;
        const float font_off_y = cfg.GlyphOffset.y + IM_ROUND(dst_font->Ascent);
        const float inv_rasterization_scale = 1.0f / cfg.RasterizerDensity;
        for (int glyph_i = 0; glyph_i < src_tmp.GlyphsCount; glyph_i++) {
            const int codepoint = src_tmp.GlyphsList[glyph_i];
            const stbtt_packedchar& pc = src_tmp.PackedChars[glyph_i];
            stbtt_aligned_quad q;
            float unused_x = 0.0f, unused_y = 0.0f;
            stbtt_GetPackedQuad(src_tmp.PackedChars, atlas->TexWidth, atlas->TexHeight, glyph_i, &unused_x, &unused_y, &q, 0);
            const float x0 = q.x0 * inv_rasterization_scale + font_off_x;
            const float y0 = q.y0 * inv_rasterization_scale + font_off_y;
            const float x1 = q.x1 * inv_rasterization_scale + font_off_x;
            const float y1 = q.y1 * inv_rasterization_scale + font_off_y;
            dst_font->AddGlyph(&cfg, static_cast<ImWchar>(codepoint), x0, y0, x1, y1, q.s0, q.t0, q.s1, q.t1, pc.xadvance * inv_rasterization_scale);
        }
    }
    src_tmp_array.clear_destruct();
    ImFontAtlasBuildFinish(atlas);  // the custom rectangles (white pixel, lines, cursors) are drawn now

    static std::uintptr_t serials = 0;
    b.serial = ++serials;
    atlas->UserData = reinterpret_cast<void*>(b.serial);
    b.pixels = atlas->TexPixelsAlpha8;
    b.width = atlas->TexWidth;
    b.height = atlas->TexHeight;
    b.configs = atlas->ConfigData.Size;
    b.done.assign(b.glyphs.size(), 0);
    b.pending = b.glyphs.size();
    Index(b);
    if (b.pending > 0) Builds()[atlas] = std::move(b);
    return true;
}

}  // namespace

void UseDeferredBuilder(ImFontAtlas& atlas) {
    static const ImFontBuilderIO io = [] {
        ImFontBuilderIO builder;
        builder.FontBuilder_Build = BuildDeferred;
        return builder;
    }();
    atlas.FontBuilderIO = &io;
}

RowSpan Rasterize(ImFontAtlas& atlas, const ImDrawData* draw_data, double ahead_ms) {
    RowSpan span;
    Build* found = Find(atlas);
    if (!found) return span;
    Build& b = *found;
    if (draw_data) {
        const float w = static_cast<float>(b.width), h = static_cast<float>(b.height);
        for (const ImDrawList* list : draw_data->CmdLists) {
            for (const ImDrawCmd& cmd : list->CmdBuffer) {
                if (cmd.UserCallback || cmd.TextureId != atlas.TexID) continue;
                const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset;
                const ImDrawVert* vtx = list->VtxBuffer.Data + cmd.VtxOffset;
                for (unsigned e = 0; e < cmd.ElemCount; ++e) {
                    const ImVec2 uv = vtx[idx[e]].uv;
                    const float px = uv.x * w, py = uv.y * h;
                    if (!(px >= 0.0f && py >= 0.0f && px < w && py < h)) continue;
                    const int cell = static_cast<int>(py) / kCell * b.columns + static_cast<int>(px) / kCell;
                    for (int k = b.cell_start[static_cast<std::size_t>(cell)]; k < b.cell_start[static_cast<std::size_t>(cell) + 1]; ++k) {
                        const std::size_t i = static_cast<std::size_t>(b.cell_glyphs[static_cast<std::size_t>(k)]);
                        const Glyph& g = b.glyphs[i];
                        if (!b.done[i] && px >= static_cast<float>(g.x) && px <= static_cast<float>(g.x + g.w) &&
                            py >= static_cast<float>(g.y) && py <= static_cast<float>(g.y + g.h))
                            Draw(b, atlas, i, span);
                    }
                }
            }
        }
    }
    if (ahead_ms > 0.0) {
        using Clock = std::chrono::steady_clock;
        const Clock::time_point until = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double, std::milli>(ahead_ms));
        for (int n = 0; b.next < b.glyphs.size(); ++n) {
            if (n % 8 == 0 && Clock::now() >= until) break;
            Draw(b, atlas, b.next++, span);
        }
    }
    Finished(atlas, b);
    return span;
}

RowSpan RasterizeAll(ImFontAtlas& atlas) {
    RowSpan span;
    if (Build* b = Find(atlas)) {
        for (std::size_t i = 0; i < b->glyphs.size(); ++i) Draw(*b, atlas, i, span);
        Finished(atlas, *b);
    }
    return span;
}

std::size_t Pending(const ImFontAtlas& atlas) {
    const Build* b = Find(atlas);
    return b ? b->pending : 0;
}

}  // namespace portfolio::glyphs
