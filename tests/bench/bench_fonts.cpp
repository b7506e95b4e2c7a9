// The font atlas at start-up, ImGui's stb_truetype builder against the deferred one (ui/glyph_atlas.h),
// with the app's fonts (ui/fonts.h: Inter in eight roles, icons in five) and the shipped profile's
// characters:
//  - imgui: Build() packing and rasterising every glyph (what the app did before);
//  - deferred: Build() packing only (the start-up cost now);
//  - deferred_all: Build() and then every glyph rasterised (all the work, done over the first frames).
// Counters: glyphs in the atlas, and the atlas's size in pixels.
// Run: build/test/tests/bench_fonts --benchmark_repetitions=10 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <cstdio>
#include <malloc.h>
#include <fstream>
#include <iterator>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/fonts.h"
#include "ui/glyph_atlas.h"

using namespace portfolio;

namespace {

const std::string& ProfileText() {
    static const std::string text = [] {
        std::ifstream in(PORTFOLIO_PROFILE, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }();
    return text;
}

enum class Kind { ImGui, Deferred, DeferredAll };

void BM_FontAtlas(benchmark::State& state, Kind kind) {
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    const std::string& text = ProfileText();
    int glyphs = 0;
    double ink = 0;
    for (auto _ : state) {
        state.PauseTiming();
        io.Fonts->Clear();
        ui::Fonts fonts;
        std::string error;
        state.ResumeTiming();
        if (!ui::LoadFonts(io, PORTFOLIO_ASSET_DIR, text, "About Publications Projects Experience Education Contact Xuanlei Zhao",
                           "Xuanlei Zhao", 1.0f, ui::FallbackFonts{}, fonts, error)) {
            state.SkipWithError(error.c_str());
            break;
        }
        if (kind == Kind::ImGui) io.Fonts->FontBuilderIO = ImFontAtlasGetBuilderForStbTruetype();
        io.Fonts->Build();
        if (kind == Kind::DeferredAll) glyphs::RasterizeAll(*io.Fonts);
        state.PauseTiming();
        glyphs = 0;
        for (const ImFont* font : io.Fonts->Fonts) glyphs += font->Glyphs.Size;
        ink = 0;
        for (int i = 0; i < io.Fonts->TexWidth * io.Fonts->TexHeight; ++i) ink += io.Fonts->TexPixelsAlpha8[i];
        state.ResumeTiming();
    }
    state.counters["glyphs"] = glyphs;
    state.counters["ink"] = ink;  // the sum of the atlas's coverage: the same when every glyph is drawn
    state.counters["atlas_px"] = static_cast<double>(io.Fonts->TexWidth) * io.Fonts->TexHeight;
    ImGui::DestroyContext(context);
}

}  // namespace

BENCHMARK_CAPTURE(BM_FontAtlas, deferred, Kind::Deferred)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FontAtlas, deferred_all, Kind::DeferredAll)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_FontAtlas, imgui, Kind::ImGui)->Unit(benchmark::kMillisecond);
int main(int argc, char** argv) {
    if (ProfileText().empty()) {
        std::fprintf(stderr, "bench_fonts: cannot read %s\n", PORTFOLIO_PROFILE);
        return 1;
    }
    // glibc hands blocks over 128 KB (the atlas, the rasteriser's scratch) back to the system when freed,
    // and the first benchmark then paid for fresh pages on every iteration (18 against 6.5 ms).
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
